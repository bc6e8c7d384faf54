#include "commands.h"

#include "bank/annotationstore.h"
#include "bank/answerlengthcheck.h"
#include "bank/bankreader.h"
#include "bank/questionsearch.h"
#include "bank/questionstore.h"
#include "exam/attemptstore.h"
#include "formats/questionexport.h"
#include "formats/questionimport.h"
#include "language.h"
#include "progress/reviewstore.h"
#include "progress/statistics.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/databaselock.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr auto defaultExam = "soa-c03"_L1;

// Parses one command's options; unknown options and missing values are usage errors.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {u"shiken "_s + command} + arguments)) {
        err << "shiken " << command << ": " << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(u"db"_s, Commands::tr("Use the database at <path>."), u"path"_s);
}

QCommandLineOption langOption()
{
    return QCommandLineOption(u"lang"_s, Commands::tr("Interface language: en or ja."), u"code"_s);
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
}

// Commands that read a database say so when there is none, instead of creating one.
bool databaseExists(const QString &command, const QString &path, QTextStream &err)
{
    if (QFileInfo(path).isFile())
        return true;
    err << "shiken " << command << ": " << Commands::tr("there is no database at %1").arg(path)
        << Qt::endl;
    return false;
}

// Commands that write outside the window take the database's lock for their run; a window
// holding it means the command waits for nobody and changes nothing.
bool lockDatabase(DatabaseLock &lock, const QString &command, const QString &path, QTextStream &err)
{
    if (lock.tryLock())
        return true;
    const QString holder = lock.holder();
    err << "shiken " << command << ": "
        << (holder.isEmpty()
                ? Commands::tr("%1 is in use by another Shiken; close it and try again").arg(path)
                : Commands::tr("%1 is open in Shiken (%2); close it and try again")
                      .arg(path, holder))
        << Qt::endl;
    return false;
}

// Every area of the list, with the measured estimate where there is one: an area nobody has
// answered yet still shows, with no mastery.
QList<MasteryLine> everyArea(const QStringList &ids, const QList<MasteryLine> &measured)
{
    QHash<QString, MasteryEstimate> byId;
    for (const MasteryLine &line : measured)
        byId.insert(line.id, line.estimate);
    QList<MasteryLine> lines;
    for (const QString &id : ids)
        lines.append({id, byId.value(id)});
    return lines;
}

// Expands directories into the JSON files below them.
QStringList questionFilesFrom(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            const QString questions = dir.filePath(u"questions"_s);
            const QDir source(QFileInfo(questions).isDir() ? questions : path);
            for (const QString &name : source.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
                files.append(source.filePath(name));
        } else {
            files.append(path);
        }
    }
    return files;
}

void printIssues(const BankIssues &issues, QTextStream &err)
{
    for (const BankIssue &issue : issues)
        err << issue.toString() << Qt::endl;
}

QJsonValue masteryValue(const MasteryEstimate &e)
{
    const auto m = e.mastery();
    return m ? QJsonValue(std::round(*m * 10000) / 10000) : QJsonValue(QJsonValue::Null);
}

QJsonArray masteryArray(const QList<MasteryLine> &lines)
{
    QJsonArray array;
    for (const MasteryLine &line : lines) {
        array.append(QJsonObject {
            {u"id"_s, line.id},
            {u"answered"_s, line.estimate.answered},
            {u"correct"_s, line.estimate.correct},
            {u"accuracy"_s, std::round(line.estimate.accuracy * 10000) / 10000},
            {u"mastery"_s, masteryValue(line.estimate)},
        });
    }
    return array;
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 0) + u'%';
}

} // namespace

bool Commands::isCommand(const QString &name)
{
    return name == u"validate" || name == u"import" || name == u"stats" || name == u"search"
        || name == u"export" || name == u"backup" || name == u"restore";
}

int Commands::run(const QString &command, const QStringList &arguments, QTextStream &out,
                  QTextStream &err)
{
    if (command == u"validate")
        return validate(arguments, out, err);
    if (command == u"import")
        return import(arguments, out, err);
    if (command == u"stats")
        return stats(arguments, out, err);
    if (command == u"search")
        return search(arguments, out, err);
    if (command == u"export")
        return exportQuestions(arguments, out, err);
    if (command == u"backup")
        return backup(arguments, out, err);
    if (command == u"restore")
        return restore(arguments, out, err);
    err << tr("shiken: unknown command \"%1\"").arg(command) << Qt::endl;
    return UsageError;
}

bool Commands::syncBundledBank(Database &database, QString *error)
{
    // The usual start: the bundle is the one already synced, and nothing is parsed.
    if (QuestionStore(database).bundleHash()
        == BankReader::directoryHash(BankReader::bundledPath()))
        return true;
    BankIssues issues;
    const Bank bank = BankReader::readBundled(&issues);
    if (!issues.isEmpty()) {
        *error = tr("the bundled question bank is invalid: %1").arg(issues.first().toString());
        return false;
    }
    QuestionStore store(database);
    QString syncError;
    store.syncBundled(bank, QDateTime::currentMSecsSinceEpoch(), &syncError);
    if (!syncError.isEmpty()) {
        *error
            = tr("cannot bring the bundled questions into %1: %2").arg(database.path(), syncError);
        return false;
    }
    return true;
}

bool Commands::openUserDatabase(Database &database, QTextStream &err)
{
    if (!database.open()) {
        err << "shiken: " << database.errorMessage() << Qt::endl;
        err << "shiken: " << tr("the file was left as it is") << Qt::endl;
        return false;
    }
    QString error;
    if (!syncBundledBank(database, &error)) {
        err << "shiken: " << error << Qt::endl;
        return false;
    }
    return true;
}

int Commands::validate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks question files: the bundled bank when no path is given."));
    parser.addHelpOption();
    parser.addOption(langOption());
    parser.addOption(QCommandLineOption(
        u"strict"_s,
        tr("Also apply the bundled bank's editorial rules (both languages, four choices for a "
           "single answer, rationales, references, answer lengths).")));
    parser.addPositionalArgument(u"path"_s, tr("Question files, or folders of them."),
                                 u"[path...]"_s);
    if (!parse(parser, u"validate"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }

    BankIssues issues;
    const Bank bundled = BankReader::readBundled(&issues);
    QList<Question> checked;
    int fileCount = 0;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        checked = bundled.questions;
        fileCount = int(
            QDir(BankReader::bundledPath() + u"/questions"_s).entryList({u"*.json"_s}).size());
    } else if (issues.isEmpty()) {
        // A folder holding a whole bank (exams/, topics.json) is checked as a bank of its own.
        for (const QString &path : paths) {
            const QDir dir(path);
            if (QFileInfo(path).isDir() && dir.exists(u"topics.json"_s) && dir.exists(u"exams"_s)) {
                const Bank bank = BankReader::readDirectory(path, &issues);
                checked += bank.questions;
                fileCount += int(QDir(dir.filePath(u"questions"_s))
                                     .entryList({u"*.json"_s}, QDir::Files)
                                     .size());
                continue;
            }
            const QStringList files = questionFilesFrom({path});
            if (files.isEmpty() || !QFileInfo::exists(path))
                issues.append({path, {}, {}, tr("no such file or folder")});
            checked += BankReader::readQuestionFiles(
                files, bundled.catalog, {}, &issues,
                parser.isSet(u"strict"_s) ? BankReader::Rules::Bank : BankReader::Rules::Format);
            fileCount += int(files.size());
        }
    }
    if (!issues.isEmpty()) {
        printIssues(issues, err);
        err << tr("%n problem(s) found", nullptr, int(issues.size())) << Qt::endl;
        return InvalidInput;
    }
    if (parser.isSet(u"strict"_s) && !checkAnswerLengths(checked, out, err))
        return InvalidInput;
    out << tr("%n question(s) valid", nullptr, int(checked.size())) << " ("
        << tr("%n file(s)", nullptr, fileCount) << ")" << Qt::endl;
    return Success;
}

bool Commands::checkAnswerLengths(const QList<Question> &questions, QTextStream &out,
                                  QTextStream &err)
{
    bool withinBounds = true;
    for (const QString &language : {u"en"_s, u"ja"_s}) {
        const AnswerLengthCheck::Result result = AnswerLengthCheck::measure(questions, language);
        QStringList shares;
        for (int rank = 0; rank < result.singleByRank.size(); ++rank)
            shares.append(percent(result.singleRate(rank)));
        const QString pattern = result.commonestPattern();
        out << tr("answer lengths (%1): single answer (%2): the key is the 1st, 2nd, 3rd, ... "
                  "longest choice in %3 (each at most %4); multiple response (%5): the correct "
                  "set is the longest choices in %6, its commonest length ranks (%7) in %8 (each "
                  "at most %9)")
                   .arg(language)
                   .arg(result.singleTotal)
                   .arg(shares.join(u" / "_s), percent(AnswerLengthCheck::maxSingleRate))
                   .arg(result.multipleTotal)
                   .arg(percent(result.multipleLongestRate()), pattern,
                        percent(result.patternRate(pattern)),
                        percent(AnswerLengthCheck::maxMultipleRate))
            << Qt::endl;
        if (!result.singleWithinBound()) {
            withinBounds = false;
            const int rank = result.commonestSingleRank();
            err << tr("answer lengths (%1): too many single-answer keys are the choice of length "
                      "rank %2 (%3): %4")
                       .arg(language)
                       .arg(rank + 1)
                       .arg(percent(result.singleRate(rank)),
                            result.singleByRank.at(rank).join(u' '))
                << Qt::endl;
        }
        if (result.multipleLongestRate() > AnswerLengthCheck::maxMultipleRate) {
            withinBounds = false;
            err << tr("answer lengths (%1): too many correct sets are the longest choices (%2): %3")
                       .arg(language, percent(result.multipleLongestRate()),
                            result.multipleLongest.join(u' '))
                << Qt::endl;
        }
        if (result.patternRate(pattern) > AnswerLengthCheck::maxMultipleRate) {
            withinBounds = false;
            err << tr("answer lengths (%1): too many correct sets hold the choices of length "
                      "ranks %2 (%3): %4")
                       .arg(language, pattern, percent(result.patternRate(pattern)),
                            result.multipleByPattern.value(pattern).join(u' '))
                << Qt::endl;
        }
    }
    return withinBounds;
}

int Commands::import(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds questions to the database: all of them or, if any is invalid, none. Reads "
           "Shiken's JSON, GIFT, Moodle XML and CSV (docs/formats.md)."));
    parser.addHelpOption();
    parser.addOption(dbOption());
    parser.addOption(langOption());
    parser.addOption(QCommandLineOption(u"format"_s,
                                        tr("The files' format when their names do not say: %1.")
                                            .arg(QuestionImport::formatNames().join(u", "_s)),
                                        u"format"_s));
    parser.addOption(QCommandLineOption(u"exam"_s, tr("The exam (default: soa-c03)."), u"id"_s,
                                        QString(defaultExam)));
    parser.addOption(QCommandLineOption(
        u"domain"_s, tr("The domain of questions whose file gives none."), u"id"_s));
    parser.addOption(QCommandLineOption(
        u"task"_s, tr("The task statement of questions whose file gives none (e.g. 1.2)."),
        u"id"_s));
    parser.addOption(QCommandLineOption(
        u"topic"_s, tr("The topic (id or name) of questions whose file gives none."), u"name"_s));
    parser.addPositionalArgument(u"file"_s, tr("Question files to import."), u"file..."_s);
    if (!parse(parser, u"import"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    const QStringList files = questionFilesFrom(parser.positionalArguments());
    if (files.isEmpty()) {
        err << "shiken import: " << tr("name at least one question file") << Qt::endl;
        return UsageError;
    }
    const QString named = parser.value(u"format"_s);
    if (!named.isEmpty() && !QuestionImport::formatOf({}, named)) {
        err << "shiken import: "
            << tr("--format takes %1, not \"%2\"")
                   .arg(QuestionImport::formatNames().join(u", "_s), named)
            << Qt::endl;
        return UsageError;
    }
    const QString path = databasePath(parser);
    DatabaseLock lock(path);
    if (!lockDatabase(lock, u"import"_s, path, err))
        return InvalidInput;
    Database database(path);
    if (!openUserDatabase(database, err))
        return InvalidInput;
    QuestionStore store(database);
    QuestionImport::Placement placement;
    placement.exam = parser.value(u"exam"_s);
    placement.domain = parser.value(u"domain"_s);
    placement.task = parser.value(u"task"_s);
    placement.topic = parser.value(u"topic"_s);
    const QuestionImport::Outcome outcome = QuestionImport::importFiles(
        store, files, placement, QDateTime::currentMSecsSinceEpoch(), named);
    for (const QuestionImport::SkippedItem &skipped : outcome.preview.skipped)
        out << skipped.toString() << Qt::endl;
    for (const QuestionImport::Note &note : outcome.preview.notes)
        out << note.toString() << Qt::endl;
    const BankIssues &issues = outcome.preview.problems;
    const int imported = outcome.imported;
    const QString &error = outcome.error;
    if (imported >= 0 && !outcome.preview.skipped.isEmpty())
        out << tr("%n item(s) skipped: Shiken serves multiple-choice questions only", nullptr,
                  int(outcome.preview.skipped.size()))
            << Qt::endl;
    if (!issues.isEmpty()) {
        printIssues(issues, err);
        if (outcome.preview.withoutPlace > 0)
            err << tr("say where they go with --domain and --task (--task alone names its "
                      "domain)")
                << Qt::endl;
        err << tr("nothing was imported: %n problem(s) found", nullptr, int(issues.size()))
            << Qt::endl;
        return InvalidInput;
    }
    if (imported < 0) {
        err << "shiken import: " << error << Qt::endl;
        err << tr("nothing was imported") << Qt::endl;
        return InvalidInput;
    }
    out << tr("imported %n question(s)", nullptr, imported) << " ("
        << tr("%n file(s)", nullptr, int(files.size())) << ")" << Qt::endl;
    return Success;
}

int Commands::exportQuestions(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes questions for other tools: Shiken's JSON, GIFT and Moodle XML (for Moodle and "
           "other learning systems), CSV (for spreadsheets), or a text file for Anki. The whole "
           "bank by default; for Anki, the questions you have missed."));
    parser.addHelpOption();
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        u"format"_s, tr("One of: %1.").arg(QuestionExport::formatNames().join(u", "_s)),
        u"format"_s));
    parser.addOption(QCommandLineOption(
        u"lang"_s, tr("The questions' language: en, ja or both (default: both)."), u"code"_s,
        u"both"_s));
    parser.addOption(QCommandLineOption(u"out"_s,
                                        tr("Write to <file> (default: the standard "
                                           "output)."),
                                        u"file"_s));
    parser.addOption(QCommandLineOption(u"exam"_s, tr("The exam (default: soa-c03)."), u"id"_s,
                                        QString(defaultExam)));
    parser.addOption(
        QCommandLineOption(u"missed"_s, tr("Only questions you have answered wrong.")));
    parser.addOption(QCommandLineOption(u"all"_s, tr("Every question (for Anki too).")));
    parser.addOption(QCommandLineOption(
        u"search"_s, tr("Only questions that contain the words (as shiken search finds them)."),
        u"words"_s));
    parser.addOption(QCommandLineOption(
        u"attempt"_s, tr("Only the questions of the attempt <id> (an exam you sat)."), u"id"_s));
    if (!parse(parser, u"export"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    const auto usage = [&err](const QString &message) {
        err << "shiken export: " << message << Qt::endl;
        return UsageError;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const auto format = QuestionExport::formatNamed(parser.value(u"format"_s));
    if (!format)
        return usage(
            tr("--format takes %1, not \"%2\"")
                .arg(QuestionExport::formatNames().join(u", "_s), parser.value(u"format"_s)));
    const QString lang = parser.value(u"lang"_s);
    if (lang != u"en" && lang != u"ja" && lang != u"both")
        return usage(tr("--lang takes en, ja or both, not \"%1\"").arg(lang));
    const auto languages = lang == u"en" ? QuestionExchange::Languages::English
        : lang == u"ja"                  ? QuestionExchange::Languages::Japanese
                                         : QuestionExchange::Languages::Both;
    if (parser.isSet(u"missed"_s) && parser.isSet(u"all"_s))
        return usage(tr("--missed and --all exclude each other"));
    qint64 attemptId = 0;
    if (parser.isSet(u"attempt"_s)) {
        bool ok = false;
        attemptId = parser.value(u"attempt"_s).toLongLong(&ok);
        if (!ok || attemptId < 1)
            return usage(tr("--attempt takes an attempt's number, not \"%1\"")
                             .arg(parser.value(u"attempt"_s)));
    }

    const QString path = databasePath(parser);
    if (!databaseExists(u"export"_s, path, err))
        return InvalidInput;
    Database database(path);
    if (!openUserDatabase(database, err))
        return InvalidInput;
    const QString exam = parser.value(u"exam"_s);
    if (!QuestionStore(database).blueprint(exam)) {
        err << "shiken export: " << tr("no exam \"%1\" in the database").arg(exam) << Qt::endl;
        return InvalidInput;
    }

    QStringList ids;
    QString error;
    if (attemptId > 0) {
        const auto attempt = AttemptStore(database).load(attemptId);
        if (!attempt) {
            err << "shiken export: " << tr("no attempt %1 in the database").arg(attemptId)
                << Qt::endl;
            return InvalidInput;
        }
        for (const auto &item : attempt->items)
            ids.append(item.questionId);
    } else {
        SearchRequest request;
        request.exam = exam;
        request.text = parser.value(u"search"_s);
        const bool missed = parser.isSet(u"missed"_s)
            || (*format == QuestionExport::Format::Anki && !parser.isSet(u"all"_s));
        if (missed) {
            request.status = SearchRequest::Status::MissedAtLeast;
            request.missed = 1;
        }
        ids = QuestionSearch(database).ids(request, &error);
    }
    if (!error.isEmpty()) {
        err << "shiken export: " << error << Qt::endl;
        return InvalidInput;
    }
    const QList<Question> questions = QuestionExport::load(QuestionStore(database), ids);

    if (parser.isSet(u"out"_s)) {
        if (!QuestionExport::save(parser.value(u"out"_s), *format, questions, languages, exam,
                                  &error)) {
            err << "shiken export: " << error << Qt::endl;
            return InvalidInput;
        }
        out << tr("exported %n question(s) to %1", nullptr, int(questions.size()))
                   .arg(QDir::toNativeSeparators(parser.value(u"out"_s)))
            << Qt::endl;
    } else {
        const QByteArray data = QuestionExport::write(*format, questions, languages, exam);
        out.flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)
            || standardOutput.write(data) != data.size()) {
            err << "shiken export: " << standardOutput.errorString() << Qt::endl;
            return InvalidInput;
        }
    }
    if (questions.isEmpty())
        err << "shiken export: " << tr("no question matched: the file holds none") << Qt::endl;
    return Success;
}

int Commands::stats(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the history and the mastery per domain, task and topic."));
    parser.addHelpOption();
    parser.addOption(dbOption());
    parser.addOption(langOption());
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print JSON.")));
    parser.addOption(QCommandLineOption(u"exam"_s, tr("The exam (default: soa-c03)."), u"id"_s,
                                        QString(defaultExam)));
    if (!parse(parser, u"stats"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "shiken stats: "
            << tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())
            << Qt::endl;
        return UsageError;
    }

    const QString path = databasePath(parser);
    if (!databaseExists(u"stats"_s, path, err))
        return InvalidInput;
    Database database(path);
    if (!openUserDatabase(database, err))
        return InvalidInput;
    QuestionStore store(database);
    const QString exam = parser.value(u"exam"_s);
    const auto blueprint = store.blueprint(exam);
    if (!blueprint) {
        err << "shiken stats: " << tr("no exam \"%1\" in the database").arg(exam) << Qt::endl;
        return InvalidInput;
    }
    const Statistics statistics(database);
    const QMap<QString, int> byDomain = store.activeCountsByDomain(exam);
    // Still in the bank, and counted in it, but left out of exams and drills.
    const int suspended = AnnotationStore(database).suspendedCount(exam);
    const QList<MasteryLine> domains = statistics.mastery(exam, Statistics::Dimension::Domain);
    const QList<MasteryLine> tasks = statistics.mastery(exam, Statistics::Dimension::Task);
    const QList<MasteryLine> topics = statistics.mastery(exam, Statistics::Dimension::Topic);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ReviewStore reviews(database);
    const int due = reviews.dueCount(exam, now);
    const int scheduled = reviews.scheduledCount(exam);
    const Readiness readiness = statistics.readiness(*blueprint, now);

    if (parser.isSet(u"json"_s)) {
        QStringList domainIds, taskIds, topicIds;
        for (const Domain &d : blueprint->domains) {
            domainIds.append(d.id);
            for (const TaskStatement &t : d.tasks)
                taskIds.append(t.id);
        }
        for (const Topic &t : store.catalog().topics)
            topicIds.append(t.id);
        QJsonObject counts;
        for (const Domain &d : blueprint->domains)
            counts.insert(d.id, byDomain.value(d.id));
        QJsonArray history;
        for (const AttemptSummary &s : statistics.history(exam)) {
            QJsonObject entry {
                {u"id"_s, s.id},
                {u"mode"_s, Attempt::modeName(s.mode)},
                {u"state"_s,
                 s.state == Attempt::State::Submitted ? u"submitted"_s : u"in-progress"_s},
                {u"started"_s,
                 QDateTime::fromMSecsSinceEpoch(s.createdAtMs, Qt::UTC).toString(Qt::ISODate)},
                {u"elapsedSeconds"_s, s.elapsedMs / 1000},
                {u"questions"_s, s.questions},
            };
            if (s.state == Attempt::State::Submitted) {
                entry.insert(u"correct"_s, s.correct);
                entry.insert(u"score"_s, s.score);
                entry.insert(u"passed"_s, s.passed);
            }
            history.append(entry);
        }
        const QJsonObject root {
            {u"exam"_s, exam},
            {u"questions"_s,
             QJsonObject {{u"total"_s, store.activeCount(exam)},
                          {u"suspended"_s, suspended},
                          {u"byDomain"_s, counts}}},
            {u"attempts"_s,
             QJsonObject {{u"total"_s, statistics.attemptCount(exam)},
                          {u"submitted"_s, statistics.submittedCount(exam)}}},
            {u"history"_s, history},
            {u"domains"_s, masteryArray(everyArea(domainIds, domains))},
            {u"tasks"_s, masteryArray(everyArea(taskIds, tasks))},
            {u"topics"_s, masteryArray(everyArea(topicIds, topics))},
            {u"reviews"_s,
             QJsonObject {{u"due"_s, due},
                          {u"scheduled"_s, scheduled},
                          {u"desiredRetention"_s, reviews.desiredRetention()}}},
            {u"readiness"_s,
             readiness.available ? QJsonValue(QJsonObject {
                 {u"score"_s, readiness.score},
                 {u"low"_s, readiness.low},
                 {u"high"_s, readiness.high},
                 {u"firstSight"_s,
                  readiness.firstSightAvailable ? QJsonValue(readiness.firstSight) : QJsonValue()}})
                                 : QJsonValue()},
        };
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }

    const QString language = Language::current();
    out << blueprint->title.in(language) << Qt::endl;
    out << (suspended > 0 ? tr("Questions: %1 (%n suspended)", nullptr, suspended)
                                .arg(store.activeCount(exam))
                          : tr("Questions: %1").arg(store.activeCount(exam)))
        << Qt::endl;
    out << tr("Attempts: %1 (%2 submitted)")
               .arg(statistics.attemptCount(exam))
               .arg(statistics.submittedCount(exam))
        << Qt::endl;
    out << tr("Reviews due now: %1 of %2 answered questions (desired retention %3).")
               .arg(due)
               .arg(scheduled)
               .arg(percent(reviews.desiredRetention()))
        << Qt::endl;
    if (readiness.available) {
        QStringList sentences {tr("Readiness: about %1 on this bank today (likely %2–%3).")
                                   .arg(readiness.score)
                                   .arg(readiness.low)
                                   .arg(readiness.high)};
        if (readiness.firstSightAvailable)
            sentences.append(tr("About %1 on questions new to you.").arg(readiness.firstSight));
        out << TextFormat::sentences(sentences) << Qt::endl;
    }
    out << Qt::endl;
    const auto masteryText = [](const MasteryEstimate &e) {
        const auto m = e.mastery();
        return m ? percent(*m) : tr("not enough data");
    };
    out << tr("Domain") << '\t' << tr("Questions") << '\t' << tr("Answered") << '\t'
        << tr("Correct") << '\t' << tr("Mastery") << Qt::endl;
    for (const Domain &d : blueprint->domains) {
        MasteryEstimate e;
        for (const MasteryLine &line : domains) {
            if (line.id == d.id)
                e = line.estimate;
        }
        out << d.id << ' ' << d.name.in(language) << '\t' << byDomain.value(d.id) << '\t'
            << e.answered << '\t' << e.correct << '\t' << masteryText(e) << Qt::endl;
    }
    if (!topics.isEmpty()) {
        out << Qt::endl
            << tr("Topic") << '\t' << tr("Answered") << '\t' << tr("Correct") << '\t'
            << tr("Mastery") << Qt::endl;
        const BankCatalog catalog = store.catalog();
        for (const MasteryLine &line : topics) {
            const Topic *topic = catalog.topic(line.id);
            out << (topic ? topic->name.in(language) : line.id) << '\t' << line.estimate.answered
                << '\t' << line.estimate.correct << '\t' << masteryText(line.estimate) << Qt::endl;
        }
    }
    return Success;
}

int Commands::search(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the questions that contain every word given, in English or Japanese: in their "
           "id, stem, choices, rationales or explanation. Put a phrase in double quotes."));
    parser.addHelpOption();
    parser.addOption(dbOption());
    parser.addOption(langOption());
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print JSON.")));
    parser.addOption(
        QCommandLineOption(u"exam"_s, tr("Only questions of the exam <id>."), u"id"_s));
    parser.addOption(
        QCommandLineOption(u"domain"_s, tr("Only questions of the domain <id>."), u"id"_s));
    parser.addOption(
        QCommandLineOption(u"task"_s, tr("Only questions of the task <id>."), u"id"_s));
    parser.addOption(
        QCommandLineOption(u"topic"_s, tr("Only questions of the topic <id>."), u"id"_s));
    parser.addOption(QCommandLineOption(u"retired"_s, tr("Include retired questions.")));
    parser.addOption(QCommandLineOption(u"limit"_s, tr("Show at most <n> questions (default 20)."),
                                        u"n"_s, u"20"_s));
    parser.addPositionalArgument(u"words"_s, tr("What to look for."), u"WORDS..."_s);
    if (!parse(parser, u"search"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        err << "shiken search: "
            << tr("--limit takes a whole number from 1, not \"%1\"").arg(parser.value(u"limit"_s))
            << Qt::endl;
        return UsageError;
    }
    SearchRequest request;
    request.text = parser.positionalArguments().join(u' ');
    request.exam = parser.value(u"exam"_s);
    request.domain = parser.value(u"domain"_s);
    request.task = parser.value(u"task"_s);
    request.topic = parser.value(u"topic"_s);
    request.includeRetired = parser.isSet(u"retired"_s);
    request.limit = limit;
    if (request.text.trimmed().isEmpty()) {
        err << "shiken search: " << tr("give the words to look for") << Qt::endl;
        return UsageError;
    }

    const QString path = databasePath(parser);
    if (!databaseExists(u"search"_s, path, err))
        return InvalidInput;
    Database database(path);
    if (!openUserDatabase(database, err))
        return InvalidInput;
    const QuestionSearch engine(database);
    QString error;
    const int total = engine.count(request, 0, &error);
    const QList<SearchHit> hits = total < 0 ? QList<SearchHit>() : engine.search(request, &error);
    if (!error.isEmpty()) {
        err << "shiken search: " << error << Qt::endl;
        return InvalidInput;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            array.append(QJsonObject {{u"id"_s, hit.id},
                                      {u"exam"_s, hit.exam},
                                      {u"domain"_s, hit.domain},
                                      {u"task"_s, hit.task},
                                      {u"source"_s, hit.source},
                                      {u"retired"_s, hit.retired},
                                      {u"snippet"_s, hit.snippet}});
        }
        out << QJsonDocument(QJsonObject {{u"query"_s, request.text},
                                          {u"total"_s, total},
                                          {u"questions"_s, array}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    if (total == 0) {
        out << tr("No question contains %1.").arg(request.text) << Qt::endl;
        return Success;
    }
    out << (hits.size() < total
                ? tr("%n question(s) found; the first %1:", nullptr, total).arg(hits.size())
                : tr("%n question(s) found:", nullptr, total))
        << Qt::endl;
    for (const SearchHit &hit : hits) {
        out << Qt::endl
            << hit.id << "  " << tr("task %1").arg(hit.task)
            << (hit.retired ? u"  "_s + tr("(retired)") : QString()) << Qt::endl
            << "  " << hit.snippet << Qt::endl;
    }
    return Success;
}

int Commands::backup(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent, checked copy of the database: into the backups folder beside "
           "it, or to the file given with --to."));
    parser.addHelpOption();
    parser.addOption(dbOption());
    parser.addOption(langOption());
    parser.addOption(QCommandLineOption(
        u"to"_s, tr("Write the copy to <file> (it must not exist)."), u"file"_s));
    if (!parse(parser, u"backup"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "shiken backup: "
            << tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())
            << Qt::endl;
        return UsageError;
    }
    const QString path = databasePath(parser);
    if (!databaseExists(u"backup"_s, path, err))
        return InvalidInput;
    Database database(path);
    if (!database.open()) {
        err << "shiken backup: " << database.errorMessage() << Qt::endl;
        return InvalidInput;
    }
    QString error;
    QString written;
    if (parser.isSet(u"to"_s)) {
        written = QFileInfo(parser.value(u"to"_s)).absoluteFilePath();
        if (QFileInfo::exists(written)) {
            err << "shiken backup: " << tr("%1 exists already; nothing was written").arg(written)
                << Qt::endl;
            return InvalidInput;
        }
        if (!Backups::writeCopy(database, written, &error))
            written.clear();
    } else {
        written = Backups(path).create(database, QDateTime::currentDateTimeUtc(), &error);
    }
    if (written.isEmpty()) {
        err << "shiken backup: " << error << Qt::endl;
        return InvalidInput;
    }
    out << tr("backed up %1 to %2").arg(path, written) << Qt::endl;
    return Success;
}

int Commands::restore(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the database with a backup. The current database is kept beside it, "
           "renamed to <name>.before-restore-<time>."));
    parser.addHelpOption();
    parser.addOption(dbOption());
    parser.addOption(langOption());
    parser.addPositionalArgument(u"file"_s, tr("The backup to restore."), u"file"_s);
    if (!parse(parser, u"restore"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "shiken restore: " << tr("name one backup file") << Qt::endl;
        return UsageError;
    }
    const QString backupPath = parser.positionalArguments().first();
    const QString path = databasePath(parser);
    DatabaseLock lock(path);
    if (!lockDatabase(lock, u"restore"_s, path, err))
        return InvalidInput;
    QString movedTo, error;
    if (!Backups::restore(backupPath, path, &movedTo, &error)) {
        err << "shiken restore: " << error << Qt::endl;
        err << "shiken restore: " << tr("the database was left as it is") << Qt::endl;
        return InvalidInput;
    }
    out << tr("restored %1 from %2").arg(path, backupPath) << Qt::endl;
    if (!movedTo.isEmpty())
        out << tr("the database it replaced is at %1").arg(movedTo) << Qt::endl;
    return Success;
}
