#pragma once

// The readers of outside data, as fuzz targets: each takes arbitrary bytes and must refuse
// them or read them, never crash or hang. Shared by the libFuzzer programs (fuzz/*.cpp, the
// "fuzz" preset) and tst_fuzzregressions, which replays the corpus and every past finding in
// the ordinary test suite.

#include "bank/bankreader.h"
#include "exam/attemptstore.h"
#include "formats/giftformat.h"
#include "formats/moodlexmlformat.h"
#include "formats/questioncsvformat.h"
#include "formats/questionimport.h"
#include "progress/statistics.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace FuzzTargets {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A question file, checked against the bundled blueprint and topics.
inline int questions(const uint8_t *data, size_t size)
{
    static const BankCatalog catalog = BankReader::readBundled(nullptr).catalog;
    BankIssues issues;
    const QList<Question> read = BankReader::parseQuestions(
        bytes(data, size), QStringLiteral("fuzz.json"), catalog, &issues);
    // What is read must go back to JSON and come again as the same question.
    for (const Question &question : read) {
        BankIssues again;
        const auto back
            = BankReader::questionFromJson(BankReader::questionToJson(question), question.exam,
                                           &catalog, QStringLiteral("fuzz.json"), &again);
        if (!back || !(*back == question))
            __builtin_trap();
    }
    return 0;
}

inline int blueprint(const uint8_t *data, size_t size)
{
    BankIssues issues;
    if (const auto read
        = BankReader::parseBlueprint(bytes(data, size), QStringLiteral("fuzz.json"), &issues)) {
        BankIssues again;
        if (!BankReader::parseBlueprint(BankReader::blueprintToJson(*read),
                                        QStringLiteral("again.json"), &again))
            __builtin_trap();
    }
    return 0;
}

inline int topics(const uint8_t *data, size_t size)
{
    BankIssues issues;
    BankReader::parseTopics(bytes(data, size), QStringLiteral("fuzz.json"), &issues);
    return 0;
}

// A database file: Shiken must refuse it (leaving it as it was) or open it and read from it.
inline int database(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Database db(path);
    if (db.open()) {
        {
            const Statistics statistics(db);
            statistics.mastery(QStringLiteral("soa-c03"), Statistics::Dimension::Domain);
            statistics.history(QStringLiteral("soa-c03"));
            AttemptStore store(db);
            if (const qint64 id = store.inProgress())
                store.load(id);
        }
        db.close();
        Backups::inspect(path);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes(data, size))
            __builtin_trap(); // a file that was refused must be left as it was
    }
    return 0;
}

// ---- other tools' question files (GIFT, Moodle XML, CSV) --------------------------------------

// The questions a reader gave, placed and checked as QuestionImport::prepare places and checks
// them (it reads from files, so this is its part for one question): in exam soa-c03; a
// question without domain and task under the blueprint's first task; one without an id given
// one; an id used twice refused; then the format's rules (BankReader::Rules::Format). What the
// check accepts comes back unchanged: it judges a question, it never mends one.
inline QList<Question> importable(const QuestionExchange::ReadResult &read)
{
    static const BankCatalog catalog = BankReader::readBundled(nullptr).catalog;
    const Blueprint *blueprint = catalog.blueprint(QStringLiteral("soa-c03"));
    if (!blueprint || blueprint->domains.isEmpty() || blueprint->domains.first().tasks.isEmpty())
        __builtin_trap();
    const Domain &firstDomain = blueprint->domains.constFirst();
    QList<Question> accepted;
    QSet<QString> ids;
    int number = 0;
    for (const QuestionExchange::Read &r : read.questions) {
        ++number;
        Question question = r.question;
        QuestionImport::place(
            question, r.category,
            {blueprint->id, firstDomain.id, firstDomain.tasks.constFirst().id, {}}, catalog);
        if (question.id.isEmpty())
            question.id = QStringLiteral("fuzz-%1").arg(number);
        if (ids.contains(question.id))
            continue;
        ids.insert(question.id);
        BankIssues issues;
        const auto checked
            = BankReader::questionFromJson(BankReader::questionToJson(question), question.exam,
                                           &catalog, QStringLiteral("fuzz"), &issues);
        if (checked.has_value() != issues.isEmpty())
            __builtin_trap(); // a refusal says why, an acceptance finds nothing
        if (checked) {
            if (!(*checked == question))
                __builtin_trap();
            accepted.append(*checked);
        }
    }
    return accepted;
}

using ExchangeReader = QuestionExchange::ReadResult (*)(const QByteArray &);
using ExchangeWriter = QByteArray (*)(const QList<Question> &, QuestionExchange::Languages);

// GIFT and Moodle XML carry a question's two languages in Moodle's multilang spans
// (<span lang="en" class="multilang">...</span>), and their readers take any such span for a
// language (docs/formats.md, "What the formats cannot carry"): a text holding "</span>" cannot
// be written in both languages, nor one holding a whole span in either (HTML that showed the
// markup, "&lt;span lang=... class=multilang&gt;", is Markdown "\<span ...>" once read, which
// still reads as a span). Such a question is left out of their round trip.
inline bool holdsSpanMarkup(const Question &question)
{
    const auto holds = [](const LocalizedText &text) {
        return text.en.contains(QStringLiteral("</span"), Qt::CaseInsensitive)
            || text.ja.contains(QStringLiteral("</span"), Qt::CaseInsensitive);
    };
    if (holds(question.stem) || holds(question.explanation))
        return true;
    return std::any_of(question.choices.cbegin(), question.choices.cend(),
                       [&](const Choice &c) { return holds(c.text) || holds(c.rationale); });
}

enum class Spans { CarryLanguages, AreText };

// A file of another tool: read it, check what it holds as the import would, and write back
// what the import accepts. An export of questions the import accepted must import again: the
// same questions, in the same order, with the same choices and correct ones and the same
// Shiken fields, nothing refused or skipped; and a second round changes nothing (the texts
// may be normalized once: trimmed, line ends made "\n", characters XML cannot hold dropped).
inline int exchange(const uint8_t *data, size_t size, ExchangeReader read, ExchangeWriter write,
                    Spans spans)
{
    const QuestionExchange::ReadResult first = read(bytes(data, size));
    for (const QuestionExchange::Read &r : first.questions) {
        if (r.line < 1)
            __builtin_trap();
    }
    for (const QuestionExchange::Problem &problem : first.problems) {
        if (problem.line < 1 || problem.message.isEmpty())
            __builtin_trap();
    }
    QList<Question> accepted = importable(first);
    if (spans == Spans::CarryLanguages)
        accepted.removeIf(holdsSpanMarkup);
    const auto sameShape = [](const Question &a, const Question &b) {
        return a.id == b.id && a.domain == b.domain && a.task == b.task && a.topics == b.topics
            && a.difficulty == b.difficulty && a.type == b.type && a.select == b.select
            && a.choices.size() == b.choices.size() && a.correctKeys() == b.correctKeys()
            && a.references == b.references && a.group == b.group;
    };
    const auto roundTrip = [&](const QList<Question> &questions) {
        const QuestionExchange::ReadResult again
            = read(write(questions, QuestionExchange::Languages::Both));
        if (!again.problems.isEmpty() || !again.skipped.isEmpty()
            || again.questions.size() != questions.size())
            __builtin_trap();
        const QList<Question> back = importable(again);
        if (back.size() != questions.size())
            __builtin_trap();
        for (qsizetype i = 0; i < back.size(); ++i) {
            if (!sameShape(back.at(i), questions.at(i)))
                __builtin_trap();
        }
        return back;
    };
    const QList<Question> once = roundTrip(accepted);
    if (roundTrip(once) != once)
        __builtin_trap();
    return 0;
}

inline int gift(const uint8_t *data, size_t size)
{
    return exchange(data, size, GiftFormat::read, GiftFormat::write, Spans::CarryLanguages);
}

inline int moodlexml(const uint8_t *data, size_t size)
{
    return exchange(data, size, MoodleXmlFormat::read, MoodleXmlFormat::write,
                    Spans::CarryLanguages);
}

inline int csv(const uint8_t *data, size_t size)
{
    return exchange(data, size, QuestionCsvFormat::read, QuestionCsvFormat::write, Spans::AreText);
}

} // namespace FuzzTargets
