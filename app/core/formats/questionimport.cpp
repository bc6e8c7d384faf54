#include "formats/questionimport.h"

#include "bank/bankreader.h"
#include "bank/questionstore.h"
#include "formats/giftformat.h"
#include "formats/moodlexmlformat.h"
#include "formats/questioncsvformat.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// An id for a question its file gives none: the file's name and the question's place in it.
QString generatedId(const QString &path, int number)
{
    static const QRegularExpression notIdCharacters(u"[^a-z0-9]+"_s);
    QString stem = QFileInfo(path).completeBaseName().toLower();
    stem.replace(notIdCharacters, u"-"_s);
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    if (stem.isEmpty())
        stem = u"imported"_s;
    return u"%1-%2"_s.arg(stem).arg(number, 3, 10, QChar(u'0'));
}

// The topic a name stands for: its id or its name in either language, in any case.
QString topicNamed(const BankCatalog &catalog, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const Topic &topic : catalog.topics) {
        if (topic.id.compare(wanted, Qt::CaseInsensitive) == 0
            || topic.name.en.compare(wanted, Qt::CaseInsensitive) == 0 || topic.name.ja == wanted)
            return topic.id;
    }
    return {};
}

// A file of another tool's format that asks whether to go on after each megabyte it reads, and
// reads nothing more once told not to: a CSV file is read whole before its first question is
// handed on (to find each question's rows), and that reading can then be stopped too.
class WatchedFile final : public QFile
{
public:
    WatchedFile(const QString &path, std::function<bool()> goesOn)
        : QFile(path)
        , m_goesOn(std::move(goesOn))
    { }

    bool stopped() const { return m_stopped; }
    // A file stopped is at its end: a reader that reads until the end stops there too.
    bool atEnd() const override { return m_stopped || QFile::atEnd(); }
    qint64 bytesAvailable() const override { return m_stopped ? 0 : QFile::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_stopped && m_goesOn && m_unasked >= askEvery) {
            m_unasked = 0;
            m_stopped = !m_goesOn();
        }
        if (m_stopped)
            return -1;
        const qint64 read = QFile::readData(data, maxSize);
        m_unasked += std::max<qint64>(read, 0);
        return read;
    }

private:
    static constexpr qint64 askEvery = 1 << 20;
    std::function<bool()> m_goesOn;
    qint64 m_unasked = 0;
    bool m_stopped = false;
};

} // namespace

QString QuestionImport::SkippedItem::toString() const
{
    return tr("%1:%2: skipped (%3): %4").arg(file).arg(item.line).arg(item.kind, item.title);
}

QStringList QuestionImport::formatNames()
{
    return {u"json"_s, u"gift"_s, u"moodle-xml"_s, u"csv"_s};
}

std::optional<QuestionImport::Format> QuestionImport::formatOf(const QString &path,
                                                               const QString &named)
{
    const QString name = named.isEmpty() ? QFileInfo(path).suffix().toLower() : named.toLower();
    if (name == u"json")
        return Format::Json;
    if (name == u"gift" || (named.isEmpty() && name == u"txt"))
        return Format::Gift;
    if (name == u"moodle-xml" || (named.isEmpty() && name == u"xml"))
        return Format::MoodleXml;
    if (name == u"csv")
        return Format::Csv;
    return std::nullopt;
}

QuestionImport::Preview QuestionImport::prepare(const QStringList &paths,
                                                const BankCatalog &catalog,
                                                const Placement &placement,
                                                const std::function<bool(const QString &)> &isTaken,
                                                const QString &namedFormat)
{
    Preview preview;
    readEach(paths, catalog, placement, isTaken, namedFormat, &preview,
             [&preview](Question &&question) {
                 preview.questions.append(std::move(question));
                 return true;
             });
    return preview;
}

QuestionImport::Preview QuestionImport::check(const QStringList &paths, const BankCatalog &catalog,
                                              const Placement &placement,
                                              const std::function<bool(const QString &)> &isTaken,
                                              const QString &namedFormat, const Progress &progress)
{
    Preview preview;
    readEach(
        paths, catalog, placement, isTaken, namedFormat, &preview, [](Question &&) { return true; },
        [&](int read) {
            preview.stopped = progress && !progress(read);
            return !preview.stopped;
        });
    return preview;
}

void QuestionImport::readEach(const QStringList &paths, const BankCatalog &catalog,
                              const Placement &placement,
                              const std::function<bool(const QString &)> &isTaken,
                              const QString &namedFormat, Preview *previewOut,
                              const std::function<bool(Question &&)> &take,
                              const Progress &progress, const std::function<bool()> &goesOn)
{
    Preview &preview = *previewOut;
    const auto problem = [&preview](const QString &where, const QString &message) {
        preview.problems.append({where, {}, {}, message});
    };
    const Blueprint *blueprint = catalog.blueprint(placement.exam);
    if (!blueprint) {
        problem(placement.exam, tr("no exam \"%1\" in the bank").arg(placement.exam));
        return;
    }
    QString domain = placement.domain;
    if (!placement.task.isEmpty()) {
        const Domain *owner = blueprint->domainOfTask(placement.task);
        if (!owner)
            problem(placement.task,
                    tr("no task \"%1\" in exam %2").arg(placement.task, blueprint->id));
        else if (!domain.isEmpty() && owner->id != domain)
            problem(
                placement.task,
                tr("task %1 belongs to domain %2, not %3").arg(placement.task, owner->id, domain));
        else
            domain = owner->id;
    }
    if (!domain.isEmpty() && !blueprint->domain(domain))
        problem(domain, tr("no domain \"%1\" in exam %2").arg(domain, blueprint->id));
    const QString topic = topicNamed(catalog, placement.topic);
    if (!placement.topic.isEmpty() && topic.isEmpty())
        problem(placement.topic, tr("no topic \"%1\" (not in topics.json)").arg(placement.topic));
    if (!preview.problems.isEmpty())
        return;
    const Placement resolved {blueprint->id, domain, placement.task, topic};

    QSet<QString> ids;
    const auto taken = [&](const QString &id) {
        return ids.contains(id) || isTaken(id);
    };
    bool wanted = true;
    int read = 0; // questions read from the files so far, whatever became of them
    const auto oneMoreRead = [&] {
        ++read;
        wanted = wanted && (!progress || progress(read));
    };
    for (const QString &path : paths) {
        if (!wanted)
            break;
        const QString name = BankReader::displayName(path);
        const auto format = formatOf(path, namedFormat);
        if (!format) {
            problem(name,
                    tr("cannot tell the file's format from its name: name it (%1)")
                        .arg(formatNames().join(u", "_s)));
            continue;
        }
        if (*format == Format::Json) {
            BankReader::readQuestionFiles(
                {path}, catalog, taken, &preview.problems,
                [&](Question &&question) {
                    ids.insert(question.id);
                    ++preview.ready;
                    wanted = take(std::move(question));
                    oneMoreRead();
                    return wanted;
                },
                BankReader::Rules::Format);
            continue;
        }
        WatchedFile file(path, [&] {
            wanted = wanted && (!progress || progress(read)) && (!goesOn || goesOn());
            return wanted;
        });
        if (!file.open(QIODevice::ReadOnly)) {
            problem(name, tr("cannot read: %1").arg(file.errorString()));
            continue;
        }
        int number = 0, unplaced = 0, firstUnplaced = 0;
        // Each question read is placed, checked and handed on before the next is read (every
        // format is read as a stream), so one copy of it is held.
        const auto handle = [&](QuestionExchange::Read &&r) {
            ++number;
            const QString where = u"%1:%2"_s.arg(name).arg(r.line);
            for (const QString &note : std::as_const(r.notes))
                preview.notes.append({where, note});
            Question question = std::move(r.question);
            place(question, r.category, resolved, catalog);
            if (question.id.isEmpty())
                question.id = generatedId(path, number);
            if (question.domain.isEmpty() || question.task.isEmpty()) {
                if (unplaced++ == 0)
                    firstUnplaced = r.line;
                return;
            }
            if (taken(question.id)) {
                preview.problems.append({where, question.id, u"id"_s,
                                         isTaken(question.id)
                                             ? tr("a question with this id is already in the "
                                                  "bank (was the file imported before?)")
                                             : tr("used twice in this import")});
                return;
            }
            ids.insert(question.id);
            auto checked
                = BankReader::questionFromJson(BankReader::questionToJson(question), question.exam,
                                               &catalog, where, &preview.problems);
            if (checked) {
                ++preview.ready;
                wanted = take(std::move(*checked));
            }
        };
        const auto next = [&](QuestionExchange::Read &&r) {
            if (!wanted)
                return false;
            handle(std::move(r));
            oneMoreRead();
            return wanted;
        };
        QuestionExchange::ReadResult rest; // what was skipped, and the file's problems
        if (*format == Format::Gift)
            GiftFormat::read(file, &rest, next);
        else if (*format == Format::MoodleXml)
            MoodleXmlFormat::read(file, &rest, next);
        else
            QuestionCsvFormat::read(file, &rest, next);
        file.close();
        // A file stopped midway ends where it was stopped, not where it was written to.
        if (file.stopped())
            break;
        for (const QuestionExchange::Problem &p : std::as_const(rest.problems))
            problem(u"%1:%2"_s.arg(name).arg(p.line), p.message);
        for (const QuestionExchange::Skipped &skipped : std::as_const(rest.skipped))
            preview.skipped.append({name, skipped});
        if (unplaced > 0) {
            preview.withoutPlace += unplaced;
            problem(u"%1:%2"_s.arg(name).arg(firstUnplaced),
                    tr("%n question(s) of this file give no domain and task: choose where to file "
                       "them",
                       nullptr, unplaced));
        }
    }
}

void QuestionImport::place(Question &question, const QString &category, const Placement &resolved,
                           const BankCatalog &catalog)
{
    question.exam = resolved.exam;
    if (question.domain.isEmpty() && question.task.isEmpty()) {
        question.domain = resolved.domain;
        question.task = resolved.task;
    }
    if (question.domain.isEmpty() && !question.task.isEmpty()) {
        const Blueprint *blueprint = catalog.blueprint(resolved.exam);
        if (const Domain *owner = blueprint ? blueprint->domainOfTask(question.task) : nullptr)
            question.domain = owner->id;
    }
    if (question.topics.isEmpty()) {
        const QString named = topicNamed(catalog, category.section(u'/', -1));
        if (!resolved.topic.isEmpty())
            question.topics = {resolved.topic};
        else if (!named.isEmpty())
            question.topics = {named};
    }
}

QuestionImport::Outcome QuestionImport::importFiles(QuestionStore &store, const QStringList &paths,
                                                    const Placement &placement, qint64 nowMs,
                                                    const QString &namedFormat,
                                                    const Progress &progress)
{
    Outcome outcome;
    int storedSoFar = 0;
    const auto stored = [&](int count) {
        storedSoFar = count;
        outcome.stopped = outcome.stopped || (progress && !progress(count));
        return !outcome.stopped;
    };
    const QString source = QuestionStore::importSource(paths);
    const bool allJson = std::all_of(paths.begin(), paths.end(), [&namedFormat](const QString &p) {
        return formatOf(p, namedFormat) == Format::Json;
    });
    if (allJson && placement.isDefault()) {
        outcome.imported = store.importFiles(paths, source, nowMs, &outcome.preview.problems,
                                             &outcome.error, stored);
        return outcome;
    }
    // Each question is stored as it is read; the first problem stops the storing, the reading
    // goes on to report every problem, and then nothing is kept.
    const BankCatalog catalog = store.catalog();
    outcome.imported = store.importEach(
        source, nowMs, &outcome.error,
        [&](const QuestionStore::Add &add) {
            readEach(
                paths, catalog, placement, store.idTest(), namedFormat, &outcome.preview,
                [&](Question &&question) {
                    if (outcome.preview.problems.isEmpty() && outcome.error.isEmpty())
                        add(question);
                    return !outcome.stopped;
                },
                {}, [&] { return stored(storedSoFar); });
            if (outcome.stopped || !outcome.preview.problems.isEmpty() || !outcome.error.isEmpty())
                return false;
            if (outcome.preview.ready == 0) {
                outcome.error = tr("the files hold no question Shiken can serve");
                return false;
            }
            return true;
        },
        stored);
    return outcome;
}
