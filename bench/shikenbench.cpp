// Shiken's benchmark: makes its own data and prints one table of figures, each with the ratio
// it is judged by, measured in the same run (the machine's load varies between runs; ratios
// within a run do not). docs/performance.md explains every row and the targets.
//
//   shikenbench [--sizes N,...] [--gift-sizes N,...] [--csv-sizes N,...] [--answers N,...]
//               [--runs N] [--only SECTION,...] [--keep DIR]
//
// Sections: startup (Shiken and a bare QMainWindow launched as processes until their first
// paint), setup (the setup page and Start to the first question, in process), import
// (`shiken import` of a JSON, a GIFT and a CSV file against a floor that parses the same file
// and inserts its rows without validation), search (the full-text search's first page and count),
// statistics (the progress queries and pages over histories of many answers). Every program
// is started through bench/peakrss, so that its peak memory is its own.
// Run it under a real X server for start-up figures that mean what a user sees:
//   scripts/setup.sh default && xvfb-run -a build/bench/shikenbench

#include "bank/bankreader.h"
#include "bank/questionsearch.h"
#include "bank/questionstore.h"
#include "bank/searchresultmodel.h"
#include "browsepage.h"
#include "commands.h"
#include "exam/attemptstore.h"
#include "exam/clock.h"
#include "exam/grading.h"
#include "formats/giftformat.h"
#include "formats/questioncsvformat.h"
#include "formats/questionexport.h"
#include "historypage.h"
#include "homepage.h"
#include "mainwindow.h"
#include "progress/reviewstore.h"
#include "progress/statistics.h"
#include "prompter.h"
#include "setuppage.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <optional>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 now = 1'800'000'000'000;
const QString exam = u"soa-c03"_s;

class FixedClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return 0; }
    qint64 wallMs() const override { return now; }
};

QTextStream out(stdout);
QTextStream err(stderr);

[[noreturn]] void die(const QString &message)
{
    err << "shikenbench: " << message << Qt::endl;
    std::exit(1);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// ---- processes ---------------------------------------------------------------------------

struct ProcessRun
{
    double ms = 0;
    double peakMb = 0; // the child's peak resident set (ru_maxrss)
    int exitCode = -1;
};

// bench/peakrss, which starts each measured program: a child spawned from here would count
// this process's peak memory as its own (peakrss.cpp says why).
QString peakRss;

// Starts a program through peakrss, waits for it, and reads its wall time, its peak memory and
// its exit code.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QStringList &environment = {})
{
    const QString report = QDir::temp().filePath(u"shikenbench-peakrss-%1"_s.arg(getpid()));
    std::vector<std::string> argStrings {peakRss.toStdString(), report.toStdString(),
                                         program.toStdString()};
    for (const QString &a : arguments)
        argStrings.push_back(a.toStdString());
    std::vector<char *> argv;
    for (std::string &a : argStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStrings;
    for (char **e = environ; *e; ++e)
        envStrings.emplace_back(*e);
    for (const QString &e : environment)
        envStrings.push_back(e.toStdString());
    std::vector<char *> envp;
    for (std::string &e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ProcessRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data()) != 0)
        die(u"cannot start %1"_s.arg(program));
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        die(u"cannot wait for %1"_s.arg(program));
    run.ms = timer.nsecsElapsed() / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    QFile file(report);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !file.open(QIODevice::ReadOnly))
        die(u"cannot measure %1 (%2)"_s.arg(program, peakRss));
    const QList<QByteArray> figures = file.readAll().simplified().split(' ');
    file.close();
    file.remove();
    if (figures.size() != 2)
        die(u"cannot read the measure of %1"_s.arg(program));
    run.peakMb = figures.at(0).toLong() / 1024.0;
    run.exitCode = figures.at(1).toInt();
    return run;
}

// ---- data ----------------------------------------------------------------------------------

QString shortened(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length);
}

// The generated files' question number i, of about 3.4 KB in both languages: a bundled
// question's shape (domain, task, topics, type, keys) with shortened text.
Question generatedQuestion(int i)
{
    static const QList<Question> shapes = BankReader::readBundled(nullptr).questions;
    Question q = shapes.at(i % shapes.size());
    q.id = u"bench-%1"_s.arg(i, 6, 10, QChar(u'0'));
    q.group.clear();
    const QString tag = u" [%1]"_s.arg(i);
    q.stem = {shortened(q.stem.en, 360) + tag, shortened(q.stem.ja, 160) + tag};
    for (Choice &choice : q.choices) {
        choice.text = {shortened(choice.text.en, 90), shortened(choice.text.ja, 45)};
        choice.rationale
            = {shortened(choice.rationale.en, 110), shortened(choice.rationale.ja, 55)};
    }
    q.explanation = {shortened(q.explanation.en, 360), shortened(q.explanation.ja, 160)};
    q.references = q.references.mid(0, 1);
    return q;
}

// Writes a question file of `count` generated questions, one at a time.
qint64 writeQuestionFile(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(u"cannot write %1"_s.arg(path));
    file.write(R"({"format": "shiken-questions/1", "exam": "soa-c03", "questions": [)"
               "\n");
    for (int i = 0; i < count; ++i) {
        file.write(QJsonDocument(BankReader::questionToJson(generatedQuestion(i)))
                       .toJson(QJsonDocument::Compact));
        file.write(i + 1 < count ? ",\n" : "\n");
    }
    file.write("]}\n");
    return file.size();
}

// The same questions in another tool's format, as Shiken exports them: GIFT (both languages in
// multilang spans, each question's id, domain, task and topics in its "// shiken: {...}"
// comment) or CSV (a row per question and language, with the id, domain, task and topics), so
// the file imports without --domain or --task.
qint64 writeExchangeFile(const QString &path, QuestionExport::Format format, int count)
{
    QList<Question> questions;
    questions.reserve(count);
    for (int i = 0; i < count; ++i)
        questions.append(generatedQuestion(i));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(u"cannot write %1"_s.arg(path));
    file.write(QuestionExport::write(format, questions, QuestionExchange::Languages::Both, exam));
    return file.size();
}

// The floor for an import: the same file parsed whole and the same rows inserted with
// statements prepared once, in one transaction, without any validation. A JSON file is parsed
// with QJsonDocument; a GIFT file (.gift) with GiftFormat::read, each question then made the
// JSON object a row holds (BankReader::questionToJson), as the import makes it too; a CSV file
// (.csv) likewise with QuestionCsvFormat::read.
int floorImport(const QString &filePath, const QString &dbPath)
{
    Database db(dbPath);
    if (!db.open())
        return 2;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QJsonArray questions;
    if (filePath.endsWith(u".gift"_s) || filePath.endsWith(u".csv"_s)) {
        const QuestionExchange::ReadResult read = filePath.endsWith(u".gift"_s)
            ? GiftFormat::read(file.readAll())
            : QuestionCsvFormat::read(file.readAll());
        for (const QuestionExchange::Read &r : read.questions)
            questions.append(BankReader::questionToJson(r.question));
    } else {
        questions
            = QJsonDocument::fromJson(file.readAll()).object().value(u"questions"_s).toArray();
    }
    QSqlDatabase connection = db.connection();
    SqlTransaction transaction(connection);
    QSqlQuery insert(connection), topic(connection);
    insert.prepare(u"INSERT INTO questions (id, exam, domain, task, grp, choice_keys, data,"
                   " content_hash, source, retired, added_at, updated_at)"
                   " VALUES (?, 'soa-c03', ?, ?, NULL, ?, ?, ?, 'floor', 0, ?, ?)"_s);
    topic.prepare(u"INSERT INTO question_topics (question_id, topic) VALUES (?, ?)"_s);
    // The search index's rows too (QuestionSearch::Writer): a row number, then the text.
    QSqlQuery searchRow(connection), searchText(connection);
    searchRow.prepare(u"INSERT INTO search_rows (question_id) VALUES (?)"_s);
    searchText.prepare(u"INSERT INTO question_search (rowid, body) VALUES (?, ?)"_s);
    const auto indexedText = [](const QJsonObject &q) {
        QString text = q.value(u"id"_s).toString();
        for (const QString &language : {u"en"_s, u"ja"_s}) {
            QStringList lines {q.value(u"stem"_s)[language].toString()};
            const QJsonArray choices = q.value(u"choices"_s).toArray();
            for (const QJsonValue &choice : choices) {
                lines.append(choice[u"key"_s].toString() + u". "_s
                             + choice[u"text"_s][language].toString());
            }
            for (const QJsonValue &choice : choices)
                lines.append(choice[u"rationale"_s][language].toString());
            lines.append(q.value(u"explanation"_s)[language].toString());
            text += QChar(u'\x1e') + lines.join(u'\n');
        }
        return text;
    };
    for (const QJsonValue &value : questions) {
        const QJsonObject q = value.toObject();
        const QByteArray json = QJsonDocument(q).toJson(QJsonDocument::Compact);
        QString keys;
        for (const QJsonValue &choice : q.value(u"choices"_s).toArray())
            keys += choice.toObject().value(u"key"_s).toString();
        const QString id = q.value(u"id"_s).toString();
        const QVariantList values {
            id,
            q.value(u"domain"_s).toString(),
            q.value(u"task"_s).toString(),
            keys,
            QString::fromUtf8(json),
            QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()),
            now,
            now};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return 3;
        for (const QJsonValue &t : q.value(u"topics"_s).toArray()) {
            topic.bindValue(0, id);
            topic.bindValue(1, t.toString());
            if (!topic.exec())
                return 3;
        }
        searchRow.bindValue(0, id);
        if (!searchRow.exec())
            return 3;
        searchText.bindValue(0, searchRow.lastInsertId());
        searchText.bindValue(1, indexedText(q));
        if (!searchText.exec())
            return 3;
    }
    QString error;
    return transaction.commit(&error) ? 0 : 3;
}

// ---- the table ------------------------------------------------------------------------------

struct Row
{
    QString figure;
    QString value;
    QString ratio; // e.g. "1.12× bare window (target ≤ 1.3)"
};
QList<Row> rows;

void addRow(const QString &figure, const QString &value, const QString &ratio = {})
{
    rows.append({figure, value, ratio});
    err << "  " << figure << ": " << value << (ratio.isEmpty() ? QString() : u"  "_s + ratio)
        << Qt::endl;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + u" ms"_s;
}

QString mb(double value)
{
    return QString::number(value, 'f', 1) + u" MB"_s;
}

QString ratio(double value, double base, const QString &against, const QString &target)
{
    const double r = base > 0 ? value / base : 0;
    return QString::number(r, 'f', 2) + u"× "_s + against
        + (target.isEmpty() ? QString() : u" (target ≤ "_s + target + u')');
}

QString sizeName(int size)
{
    return size == 0 ? u"bundled"_s : QLocale::c().toString(size) + u" imported"_s;
}

// ---- sections -----------------------------------------------------------------------------

struct Bench
{
    QString shiken; // the application binary
    QString bareWindow;
    QString self;
    int runs = 7;
    QList<int> sizes {10'000, 100'000};
    QList<int> giftSizes {1'000};
    QList<int> csvSizes {1'000};
    QList<int> answers {10'000, 1'000'000};
    QTemporaryDir temporary;
    QDir dir {temporary.path()}; // or --keep's folder
    QString bundledDb; // a database with the bundle synced, copied for every use
    QHash<int, QString> databases; // by imported size (0: bundled only)
    QHash<int, QString> answeredDatabases; // the same with every question answered
    QHash<int, QString> files; // the generated question files
    QHash<QString, QString> exchangeFiles; // the same questions as GIFT or CSV, by file name

    QString copyOf(const QString &database, const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(database, path))
            die(u"cannot copy the database to %1"_s.arg(path));
        return path;
    }

    QString copyOfBundled(const QString &name) { return copyOf(bundledDb, name); }

    void prepare()
    {
        bundledDb = dir.filePath(u"bundled.sqlite"_s);
        {
            Database db(bundledDb);
            if (!Commands::openUserDatabase(db, err))
                die(u"cannot make the bundled database"_s);
            QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        databases.insert(0, copyOfBundled(u"db-0.sqlite"_s));
    }

    QString questionFile(int size)
    {
        if (!files.contains(size)) {
            const QString path = dir.filePath(u"questions-%1.json"_s.arg(size));
            err << "generating " << size << " questions…" << Qt::endl;
            writeQuestionFile(path, size);
            files.insert(size, path);
        }
        return files.value(size);
    }

    // The file of `size` questions in GIFT or CSV.
    QString exchangeFile(QuestionExport::Format format, int size)
    {
        const bool gift = format == QuestionExport::Format::Gift;
        const QString name = u"questions-%1.%2"_s.arg(size).arg(gift ? u"gift"_s : u"csv"_s);
        if (!exchangeFiles.contains(name)) {
            const QString path = dir.filePath(name);
            err << "generating " << size << " questions as " << (gift ? "GIFT" : "CSV") << "…"
                << Qt::endl;
            writeExchangeFile(path, format, size);
            exchangeFiles.insert(name, path);
        }
        return exchangeFiles.value(name);
    }

    // Lets the writing of freshly made databases reach the disk before anything is timed.
    static void settle() { ::sync(); }

    // A database with the bundle and `size` imported questions (imported in process).
    QString database(int size)
    {
        if (!databases.contains(size)) {
            const QString path = copyOfBundled(u"db-%1.sqlite"_s.arg(size));
            Database db(path);
            if (!db.open())
                die(db.errorMessage());
            BankIssues issues;
            QString error;
            if (QuestionStore(db).importFiles({questionFile(size)}, u"bench"_s, now, &issues,
                                              &error)
                < 0)
                die(u"cannot import: %1 %2"_s.arg(error, issues.value(0).toString()));
            databases.insert(size, path);
        }
        return databases.value(size);
    }

    // database(size) with every active question answered once, as a learner who has been
    // through the whole bank: a review state and a first answer each, answered over the last
    // 60 days (by the wall clock, which the launched program reads). The learner's standing
    // (readiness, recall per area, the reviews due) reads every one of them.
    QString answeredDatabase(int size)
    {
        if (!answeredDatabases.contains(size)) {
            const QString path = copyOf(database(size), u"db-%1-answered.sqlite"_s.arg(size));
            Database db(path);
            if (!db.open())
                die(db.errorMessage());
            const qint64 wall = QDateTime::currentMSecsSinceEpoch();
            QSqlDatabase connection = db.connection();
            SqlTransaction transaction(connection);
            QSqlQuery sql(connection);
            const QStringList fill {
                u"INSERT INTO review_states (question_id, stability, difficulty, last_review_at,"
                " due_at, reviews, lapses, last_rating) SELECT id, 1.0 + shuffle % 50, 5.0,"
                " %1 - shuffle % 60 * %2, %1 + (shuffle % 20 - 10) * %2, 1, 0,"
                " 1 + shuffle % 4 FROM questions WHERE retired = 0"_s.arg(wall)
                    .arg(dayMs),
                u"UPDATE questions SET last_seen_at = %1 - shuffle % 60 * %2"
                " WHERE retired = 0"_s.arg(wall)
                    .arg(dayMs),
                u"INSERT INTO review_log (question_id, exam, reviewed_at, rating, elapsed_days,"
                " was_due, retrievability) SELECT id, exam, %1 - shuffle % 60 * %2,"
                " 1 + shuffle % 4, -1, 0, NULL FROM questions WHERE retired = 0"_s.arg(wall)
                    .arg(dayMs),
            };
            for (const QString &statement : fill) {
                if (!sql.exec(statement))
                    die(sql.lastError().text());
            }
            QString error;
            if (!transaction.commit(&error))
                die(error);
            answeredDatabases.insert(size, path);
        }
        return answeredDatabases.value(size);
    }

    // A program to launch, and what its launches measured.
    struct Launch
    {
        QString program;
        QStringList arguments;
        QList<double> times; // process start to first paint, ms
        QList<double> memory; // peak resident set, MB
    };

    // Process start until the main window's first paint, as the program reports it
    // (FirstPaint), and the process's peak memory. The programs are launched in turn, one
    // launch of each per round, `runs` rounds after one warm-up: a machine whose load drifts
    // during the section weighs on every program alike, so the ratios hold.
    void launch(QList<Launch> &launches)
    {
        const QString stamp = dir.filePath(u"first-paint"_s);
        for (int round = 0; round <= runs; ++round) {
            for (Launch &one : launches) {
                QFile::remove(stamp);
                timespec start {};
                clock_gettime(CLOCK_MONOTONIC, &start);
                const ProcessRun run = runProcess(one.program, one.arguments,
                                                  {u"SHIKEN_QUIT_AFTER_FIRST_PAINT="_s + stamp});
                QFile file(stamp);
                if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly))
                    die(u"%1 exited with %2 without a first paint"_s.arg(one.program)
                            .arg(run.exitCode));
                const qint64 painted = file.readAll().toLongLong();
                const qint64 started = qint64(start.tv_sec) * 1'000'000'000 + start.tv_nsec;
                // The next launch starts on a quiet machine, as a learner's start does: the
                // window server and the kernel are done with the program that just quit
                // (launched back to back, each start paid for part of the last one's teardown).
                QThread::msleep(200);
                if (round == 0)
                    continue;
                one.times.append((painted - started) / 1e6);
                one.memory.append(run.peakMb);
            }
        }
    }

    void startup()
    {
        err << "start-up (" << QGuiApplication::platformName() << ")" << Qt::endl;
        QList<int> all {0};
        all += sizes;
        for (int size : all)
            database(size);
        const int largest = all.last();
        if (largest > 0)
            answeredDatabase(largest);
        settle();
        // The bare window, the same window with one line of text in it (what drawing any text
        // costs: the font database, a font, shaping, glyphs), Shiken on each database, and on
        // the largest with every question answered.
        QList<Launch> launches {{bareWindow, {}, {}, {}}, {bareWindow, {u"--text"_s}, {}, {}}};
        for (int size : all)
            launches.append({shiken, {u"--db"_s, databases.value(size)}, {}, {}});
        if (largest > 0)
            launches.append({shiken, {u"--db"_s, answeredDatabases.value(largest)}, {}, {}});
        launch(launches);
        const double bare = median(launches.at(0).times);
        addRow(u"bare QMainWindow: start to first paint"_s, ms(bare));
        const double text = median(launches.at(1).times);
        addRow(u"bare QMainWindow with a line of text"_s, ms(text),
               ratio(text, bare, u"bare window"_s, QString()));
        double baseTime = 0, baseMemory = 0;
        for (int i = 0; i < all.size(); ++i) {
            const int size = all.at(i);
            const double time = median(launches.at(i + 2).times);
            const double memory = median(launches.at(i + 2).memory);
            if (size == 0) {
                baseTime = time;
                baseMemory = memory;
            }
            addRow(u"Shiken start-up, %1"_s.arg(sizeName(size)), ms(time),
                   size == 0 ? ratio(time, bare, u"bare window"_s, u"1.3"_s) + u", "_s
                           + ratio(time, text, u"with text"_s, QString())
                             : ratio(time, baseTime, u"bundled"_s, u"1.1"_s));
            addRow(u"Shiken memory at start-up, %1"_s.arg(sizeName(size)), mb(memory),
                   size == 0 ? QString() : ratio(memory, baseMemory, u"bundled"_s, u"1.2"_s));
        }
        if (largest > 0) {
            const double time = median(launches.last().times);
            addRow(u"Shiken start-up, %1, every one answered"_s.arg(sizeName(largest)), ms(time),
                   ratio(time, baseTime, u"bundled"_s, u"1.1"_s));
        }
    }

    // A window on the database at `path`, shown, as a learner's is.
    struct ShownWindow
    {
        explicit ShownWindow(const QString &path)
            : db(path)
        {
            if (!db.open())
                die(db.errorMessage());
            window.emplace(db, clock, prompter);
            window->show();
            QCoreApplication::processEvents();
        }
        Database db;
        FixedClock clock;
        AcceptingPrompter prompter;
        std::optional<MainWindow> window;
    };

    // The home page shown again (from another page, or after a session): what the window's
    // thread spends on it. The learner's standing is read there below
    // HomePage::defaultStandingInBackgroundFrom answered questions, and on a thread of its own
    // from there on.
    double homeShownAgain(const QString &path)
    {
        ShownWindow shown(path);
        MainWindow &window = *shown.window;
        QList<double> times;
        for (int i = 0; i <= runs; ++i) {
            window.showBrowse();
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            window.showHome();
            QCoreApplication::processEvents();
            if (i > 0)
                times.append(timer.nsecsElapsed() / 1e6);
        }
        return median(times);
    }

    // Start of a weak-area drill of 20 questions to its first question, the median of `runs`
    // after one untimed; each drill's attempt is discarded, so every run sees the same data.
    double drillTime(MainWindow &window, Database &db)
    {
        auto *discard = window.findChild<QAbstractButton *>(u"discardButton"_s);
        QList<double> times;
        for (int i = 0; i <= runs; ++i) {
            ExamSession::Setup drill;
            drill.mode = Attempt::Mode::WeakArea;
            drill.request.count = 20;
            QElapsedTimer timer;
            timer.start();
            if (!window.startSession(drill))
                die(u"the weak-area drill did not start"_s);
            QCoreApplication::processEvents();
            const double drillMs = timer.nsecsElapsed() / 1e6;
            window.showHome();
            QCoreApplication::processEvents();
            discard->click();
            QCoreApplication::processEvents();
            if (AttemptStore(db).inProgress() != 0)
                die(u"the drill's attempt was not discarded"_s);
            if (i > 0)
                times.append(drillMs);
        }
        return median(times);
    }

    double drillTime(const QString &path)
    {
        ShownWindow shown(path);
        return drillTime(*shown.window, shown.db);
    }

    // database(size) after answerCount answers in exams drawn from its whole bank
    // (fillHistory).
    QString historyDatabase(int size, int answerCount);
    static constexpr int studiedAnswers = 40 * 65;

    // The setup page, and Start to the first question, timed in process on a real window.
    void setup()
    {
        err << "setup and start" << Qt::endl;
        QList<int> all {0};
        if (!sizes.isEmpty())
            all.append(sizes.last());
        for (int size : all)
            database(size);
        settle();
        double setupBase = 0, startBase = 0, drillBase = 0, browseBase = 0;
        for (int size : all) {
            ShownWindow shown(database(size));
            Database &db = shown.db;
            MainWindow &window = *shown.window;
            auto *pages = window.findChild<QStackedWidget *>();
            auto *discard = window.findChild<QAbstractButton *>(u"discardButton"_s);
            QList<double> setupTimes, startTimes;
            double firstSetupMs = 0;
            for (int i = 0; i <= runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                window.showSetup(Attempt::Mode::Exam);
                QCoreApplication::processEvents();
                const double setupMs = timer.nsecsElapsed() / 1e6;
                // The setup and exam pages are made when first shown.
                auto *start = window.setupPage()->findChild<QAbstractButton *>(u"startButton"_s);
                timer.restart();
                start->click();
                QCoreApplication::processEvents();
                const double startMs = timer.nsecsElapsed() / 1e6;
                if (pages->currentWidget()->objectName() != u"examPage")
                    die(u"Start did not show the exam page"_s);
                window.showHome();
                QCoreApplication::processEvents();
                discard->click(); // the attempt goes, so every run starts from the same data
                QCoreApplication::processEvents();
                if (AttemptStore(db).inProgress() != 0)
                    die(u"the attempt was not discarded"_s);
                if (i == 0) {
                    firstSetupMs = setupMs;
                    continue;
                }
                setupTimes.append(setupMs);
                startTimes.append(startMs);
            }
            const double setupMs = median(setupTimes), startMs = median(startTimes);
            if (size == 0) {
                setupBase = setupMs;
                startBase = startMs;
            }
            // No ratio: the bundled bank's window is the process's first, and its first setup
            // page pays what every process pays once.
            addRow(u"setup page, first time, %1"_s.arg(sizeName(size)), ms(firstSetupMs));
            addRow(u"setup page, %1"_s.arg(sizeName(size)), ms(setupMs),
                   size == 0 ? QString() : ratio(setupMs, setupBase, u"bundled"_s, u"1.2"_s));
            addRow(u"Start to first question, %1"_s.arg(sizeName(size)), ms(startMs),
                   size == 0 ? QString() : ratio(startMs, startBase, u"bundled"_s, u"1.2"_s));

            // The weak-area drill (the home page's Weak-Area Drill), on a bank never answered.
            const double drillMs = drillTime(window, db);
            if (size == 0)
                drillBase = drillMs;
            addRow(u"weak-area drill, start to first question, %1"_s.arg(sizeName(size)),
                   ms(drillMs),
                   size == 0 ? QString() : ratio(drillMs, drillBase, u"bundled"_s, u"1.2"_s));

            // The question browser (Ctrl+F): every question of the bank listed, the first
            // previewed.
            QList<double> browseTimes;
            for (int i = 0; i <= runs; ++i) {
                window.showHome();
                QCoreApplication::processEvents();
                QElapsedTimer timer;
                timer.start();
                window.showBrowse();
                QCoreApplication::processEvents();
                const double browseMs = timer.nsecsElapsed() / 1e6;
                if (window.browsePage()->model()->rowCount() == 0)
                    die(u"the browser listed no question"_s);
                if (i > 0)
                    browseTimes.append(browseMs);
            }
            const double browseMs = median(browseTimes);
            if (size == 0)
                browseBase = browseMs;
            addRow(u"question browser, %1"_s.arg(sizeName(size)), ms(browseMs),
                   size == 0 ? QString() : ratio(browseMs, browseBase, u"bundled"_s, u"1.2"_s));
        }
        // The drill after some study: areas with a mastery of their own, many levels of
        // weakness, questions answered and not.
        const double studiedBase = drillTime(historyDatabase(0, studiedAnswers));
        addRow(u"weak-area drill, bundled, after %1 exams"_s.arg(studiedAnswers / 65),
               ms(studiedBase));
        if (all.last() > 0) {
            const double studiedMs = drillTime(historyDatabase(all.last(), studiedAnswers));
            addRow(u"weak-area drill, %1, after %2 exams"_s.arg(sizeName(all.last()))
                       .arg(studiedAnswers / 65),
                   ms(studiedMs), ratio(studiedMs, studiedBase, u"bundled"_s, u"1.2"_s));
            // Every question answered: the drill reads each answered question's recall.
            const double answeredMs = drillTime(answeredDatabase(all.last()));
            addRow(u"weak-area drill, %1, every one answered"_s.arg(sizeName(all.last())),
                   ms(answeredMs), ratio(answeredMs, studiedBase, u"bundled"_s, QString()));
        }
        const double homeBase = homeShownAgain(database(0));
        addRow(u"home page shown again, bundled"_s, ms(homeBase));
        if (all.last() > 0) {
            const double homeMs = homeShownAgain(answeredDatabase(all.last()));
            addRow(u"home page shown again, %1, every one answered"_s.arg(sizeName(all.last())),
                   ms(homeMs), ratio(homeMs, homeBase, u"bundled"_s, QString()));
        }
    }

    // `shiken import` of the file into a copy of the bundled database against the floor
    // (floorImport) on the same file, `runs / 3` times each; what names the rows. The import of
    // a file of one question in the same format gives the memory any import holds (the
    // libraries, the bank's catalog, SQLite's cache), which the file's share is shown without.
    void importRows(const QString &file, const QString &oneQuestion, const QString &what)
    {
        const double fileMb = QFileInfo(file).size() / 1024.0 / 1024.0;
        QList<double> importTimes, floorTimes, importMemory, floorMemory, oneMemory;
        for (int i = 0; i < std::max(1, runs / 3); ++i) {
            const ProcessRun one = runProcess(
                shiken, {u"import"_s, u"--db"_s, copyOfBundled(u"one.sqlite"_s), oneQuestion});
            if (one.exitCode != 0)
                die(u"shiken import of %1 exited with %2"_s.arg(oneQuestion).arg(one.exitCode));
            oneMemory.append(one.peakMb);
            const QString target = copyOfBundled(u"import.sqlite"_s);
            const ProcessRun imported = runProcess(shiken, {u"import"_s, u"--db"_s, target, file});
            if (imported.exitCode != 0)
                die(u"shiken import of %1 exited with %2"_s.arg(file).arg(imported.exitCode));
            const QString floorTarget = copyOfBundled(u"floor.sqlite"_s);
            const ProcessRun floor = runProcess(self, {u"--floor"_s, file, floorTarget});
            if (floor.exitCode != 0)
                die(u"the floor import of %1 exited with %2"_s.arg(file).arg(floor.exitCode));
            importTimes.append(imported.ms);
            importMemory.append(imported.peakMb);
            floorTimes.append(floor.ms);
            floorMemory.append(floor.peakMb);
        }
        addRow(u"import file of %1 questions"_s.arg(what), mb(fileMb));
        addRow(u"floor: parse and insert %1"_s.arg(what), ms(median(floorTimes)));
        addRow(u"shiken import %1"_s.arg(what), ms(median(importTimes)),
               ratio(median(importTimes), median(floorTimes), u"floor"_s, u"1.3"_s));
        addRow(u"floor peak memory, %1"_s.arg(what), mb(median(floorMemory)),
               ratio(median(floorMemory), fileMb, u"file"_s, {}));
        addRow(u"shiken import peak memory, %1"_s.arg(what), mb(median(importMemory)),
               ratio(median(importMemory), fileMb, u"file"_s, u"1.5"_s));
        const double fileShare = median(importMemory) - median(oneMemory);
        addRow(u"shiken import peak memory beyond a 1-question import's, %1"_s.arg(what),
               mb(fileShare), ratio(fileShare, fileMb, u"file"_s, {}));
    }

    void import()
    {
        err << "import" << Qt::endl;
        for (int size : std::as_const(sizes))
            importRows(questionFile(size), questionFile(1), QLocale::c().toString(size));
        for (const auto &[format, formatSizes, name] :
             {std::tuple(QuestionExport::Format::Gift, giftSizes, u" GIFT"_s),
              std::tuple(QuestionExport::Format::Csv, csvSizes, u" CSV"_s)}) {
            for (int size : formatSizes)
                importRows(exchangeFile(format, size), exchangeFile(format, 1),
                           QLocale::c().toString(size) + name);
        }
    }

    // The first page of a search (50 questions, best first) and the count of all it finds, on
    // the bundled bank and on the imported sizes.
    void search()
    {
        err << "search" << Qt::endl;
        QList<int> all {0};
        all.append(sizes);
        for (int size : all)
            database(size);
        settle();
        struct Query
        {
            QString name;
            QString text;
        };
        const QList<Query> queries {
            {u"a common word"_s, u"instance"_s},
            {u"a rare phrase"_s, u"\"ephemeral ports\""_s},
            {u"Japanese, indexed"_s, u"インスタンス"_s},
            {u"Japanese, two characters"_s, u"監視"_s},
        };
        QHash<QString, double> base;
        for (int size : all) {
            Database db(database(size));
            if (!db.open())
                die(db.errorMessage());
            const QuestionSearch engine(db);
            for (const Query &query : queries) {
                SearchRequest request;
                request.text = query.text;
                QList<double> pageTimes, countTimes;
                int found = 0;
                for (int i = 0; i <= runs; ++i) {
                    QElapsedTimer timer;
                    timer.start();
                    const QList<SearchHit> hits = engine.search(request);
                    const double pageMs = timer.nsecsElapsed() / 1e6;
                    timer.restart();
                    found = engine.count(request);
                    const double countMs = timer.nsecsElapsed() / 1e6;
                    if (hits.isEmpty())
                        die(u"the search for %1 found nothing"_s.arg(query.text));
                    if (i == 0)
                        continue;
                    pageTimes.append(pageMs);
                    countTimes.append(countMs);
                }
                const QString key = query.name;
                const double pageMs = median(pageTimes);
                if (size == 0)
                    base.insert(key, pageMs);
                addRow(u"search %1 (%2 found), first page, %3"_s.arg(key).arg(found).arg(
                           sizeName(size)),
                       ms(pageMs),
                       size == 0 ? QString()
                                 : ratio(pageMs, base.value(key), u"bundled"_s, {})
                               + (size >= 100'000 ? u" (target ≤ 30 ms)"_s : QString()));
                addRow(u"search %1, count, %2"_s.arg(key, sizeName(size)), ms(median(countTimes)));
            }
            browse(db, size);
        }
    }

    // What the question browser asks beyond words: a learner's history on 5,000 questions
    // (written here, whatever the bank's size), filters by it and sorts by its columns; and
    // the browser's model checked by QAbstractItemModelTester through pages, a sort, a filter
    // and a refresh.
    void browse(Database &db, int size)
    {
        QSqlQuery sql(db.connection());
        constexpr qint64 day = 24LL * 60 * 60 * 1000;
        const QStringList fill {
            u"INSERT OR REPLACE INTO review_states (question_id, stability, difficulty,"
            " last_review_at, due_at, reviews, lapses, last_rating)"
            " SELECT id, 2.0, 5.0, %1 - shuffle % 30 * %2, %1 + (shuffle % 20 - 10) * %2,"
            " 1 + shuffle % 6, shuffle % 5, CASE WHEN shuffle % 3 = 0 THEN 1 ELSE 3 END"
            " FROM questions ORDER BY shuffle LIMIT 5000"_s.arg(now)
                .arg(day),
            u"INSERT OR REPLACE INTO question_annotations (question_id, bookmarked, suspended,"
            " note, updated_at) SELECT id, 1, 0, 'a note', %1 FROM questions"
            " ORDER BY shuffle LIMIT 200"_s.arg(now),
        };
        for (const QString &statement : fill) {
            if (!sql.exec(statement))
                die(sql.lastError().text());
        }
        struct Filter
        {
            QString name;
            SearchRequest request;
        };
        QList<Filter> filters;
        {
            SearchRequest r;
            r.status = SearchRequest::Status::LastWrong;
            filters.append({u"last answer wrong"_s, r});
            r.status = SearchRequest::Status::Bookmarked;
            filters.append({u"bookmarked"_s, r});
            r.status = SearchRequest::Status::Due;
            r.nowMs = now;
            filters.append({u"due for review"_s, r});
            r = {};
            r.sort = SearchRequest::Sort::Reviews;
            r.descending = true;
            filters.append({u"every question, most answered first"_s, r});
            r.text = u"instance"_s;
            filters.append({u"a common word, most answered first"_s, r});
            r = {};
            r.sort = SearchRequest::Sort::Stalest;
            filters.append({u"every question, stalest first (Practise These)"_s, r});
        }
        const QuestionSearch engine(db);
        for (const Filter &filter : std::as_const(filters)) {
            QList<double> times;
            for (int i = 0; i <= runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                const QList<SearchHit> hits = engine.search(filter.request);
                if (hits.isEmpty())
                    die(u"the browser's filter \"%1\" found nothing"_s.arg(filter.name));
                if (i > 0)
                    times.append(timer.nsecsElapsed() / 1e6);
            }
            addRow(u"browse %1, first page, %2"_s.arg(filter.name, sizeName(size)),
                   ms(median(times)));
        }

        SearchResultModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QElapsedTimer timer;
        timer.start();
        model.setRequest({});
        for (int i = 0; i < 10 && model.canFetchMore({}); ++i)
            model.fetchMore({});
        model.sort(SearchResultModel::Reviews, Qt::DescendingOrder);
        model.fetchMore({});
        SearchRequest wrong;
        wrong.status = SearchRequest::Status::LastWrong;
        model.setRequest(wrong);
        if (model.rowCount() > 0)
            model.refresh(model.index(0, 0).data(SearchResultModel::QuestionIdRole).toString());
        addRow(u"browser model through pages, a sort, a filter, checked by"
               " QAbstractItemModelTester, %1"_s.arg(sizeName(size)),
               ms(timer.nsecsElapsed() / 1e6), u"%1 rows at the end"_s.arg(model.rowCount()));
    }

    void statistics();
};

// ---- statistics (the former statsbench) ------------------------------------------------------

// Writes the attempts and their items straight into the tables in one transaction, then
// submits each through AttemptStore, as the application does (answer log, daily sums, review
// schedule). Returns the mean milliseconds one submission took, or a negative number.
double fillHistory(Database &db, int answers)
{
    const QList<PoolEntry> pool = QuestionStore(db).pool(exam);
    QSqlDatabase connection = db.connection();
    QRandomGenerator rng(7);
    const int attempts = answers / 65;
    struct Sitting
    {
        qint64 id;
        qint64 when;
        AttemptResult result;
    };
    QList<Sitting> sittings;
    {
        SqlTransaction transaction(connection);
        QSqlQuery attempt(connection), item(connection);
        attempt.prepare(
            u"INSERT INTO attempts (exam, mode, seed, created_at, state, time_limit_ms, elapsed_ms)"
            " VALUES ('soa-c03', 'exam', 1, ?, 'in_progress', 7800000, 5400000)"_s);
        item.prepare(u"INSERT INTO attempt_items (attempt_id, position, question_id, choice_order, "
                     u"selection, answered_at)"
                     " VALUES (?, ?, ?, 'ABCD', 'A', ?)"_s);
        for (int a = 0; a < attempts; ++a) {
            // the oldest first: one attempt a day, several a day when there are many
            const qint64 when = now - qint64(attempts - a) * dayMs / qMax(1, attempts / 1000);
            const double skill = 0.4 + 0.5 * a / qMax(1, attempts);
            attempt.bindValue(0, when - 5400000);
            if (!attempt.exec())
                return -1;
            Sitting sitting {attempt.lastInsertId().toLongLong(), when, {}};
            for (int p = 0; p < 65; ++p) {
                const PoolEntry &q = pool.at(int(rng.bounded(quint32(pool.size()))));
                const QVariantList values {sitting.id, p, q.id, when};
                for (int i = 0; i < values.size(); ++i)
                    item.bindValue(i, values.at(i));
                if (!item.exec())
                    return -1;
                const bool right = rng.generateDouble() < skill;
                sitting.result.itemCorrect.append(right);
                sitting.result.correct += right ? 1 : 0;
            }
            sitting.result.total = 65;
            sitting.result.scaledScore = int(100 + 900.0 * sitting.result.correct / 65);
            sitting.result.passed = sitting.result.scaledScore >= 720;
            sittings.append(sitting);
        }
        QString error;
        if (!transaction.commit(&error))
            return -1;
    }
    AttemptStore store(db);
    QElapsedTimer timer;
    timer.start();
    for (const Sitting &sitting : std::as_const(sittings)) {
        QString error;
        if (!store.submit(sitting.id, sitting.result, sitting.when, &error))
            return -1;
    }
    const double perSubmit = sittings.isEmpty() ? 0 : timer.nsecsElapsed() / 1e6 / sittings.size();
    QSqlQuery(connection).exec(u"ANALYZE"_s);
    return perSubmit;
}

double bestOf3(const std::function<void()> &work)
{
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

QString Bench::historyDatabase(int size, int answerCount)
{
    const QString path
        = copyOf(database(size), u"db-%1-history-%2.sqlite"_s.arg(size).arg(answerCount));
    Database db(path);
    if (!db.open())
        die(db.errorMessage());
    if (fillHistory(db, answerCount) < 0)
        die(u"cannot make a history of %1 answers"_s.arg(answerCount));
    // Without the statistics fillHistory gathers, as a learner's database has none.
    QSqlQuery(db.connection()).exec(u"DELETE FROM sqlite_stat1"_s);
    return path;
}

void Bench::statistics()
{
    err << "statistics" << Qt::endl;
    QHash<QString, double> first;
    for (int size : std::as_const(answers)) {
        Database db(copyOfBundled(u"history-%1.sqlite"_s.arg(size)));
        if (!db.open())
            die(db.errorMessage());
        QElapsedTimer timer;
        timer.start();
        const double perSubmit = fillHistory(db, size);
        if (perSubmit < 0)
            die(u"cannot fill the history"_s);
        const QString what = QLocale::c().toString(size) + u" answers"_s;
        addRow(u"history of %1: made in"_s.arg(what), ms(double(timer.elapsed())));
        const Statistics stats(db);
        const Blueprint blueprint = *QuestionStore(db).blueprint(exam);
        FixedClock clock;
        HomePage home(db, clock);
        HistoryPage history(db, clock);
        const auto add = [&](const QString &name, double value) {
            const QString key = name;
            if (!first.contains(key))
                first.insert(key, value);
            addRow(u"%1, %2"_s.arg(name, what), ms(value),
                   size == answers.first()
                       ? QString()
                       : ratio(value, first.value(key),
                               QLocale::c().toString(answers.first()) + u" answers"_s, {}));
        };
        add(u"submit (each)"_s, perSubmit);
        add(u"domain mastery"_s,
            bestOf3([&] { stats.mastery(exam, Statistics::Dimension::Domain); }));
        add(u"task mastery"_s, bestOf3([&] { stats.mastery(exam, Statistics::Dimension::Task); }));
        add(u"topic mastery"_s,
            bestOf3([&] { stats.mastery(exam, Statistics::Dimension::Topic); }));
        add(u"readiness"_s, bestOf3([&] { stats.readiness(blueprint, now); }));
        add(u"weakest 3"_s, bestOf3([&] { stats.weakest(exam, 3, now); }));
        add(u"history"_s, bestOf3([&] { stats.history(exam); }));
        add(u"domain trend"_s, bestOf3([&] { stats.domainTrend(exam); }));
        add(u"reviews due"_s, bestOf3([&] { ReviewStore(db).dueCount(exam, now); }));
        add(u"review queue (30)"_s, bestOf3([&] { ReviewStore(db).due(exam, now, 30); }));
        add(u"review forecast (30 days)"_s,
            bestOf3([&] { ReviewStore(db).forecast(exam, now, 30); }));
        add(u"true retention (12 weeks)"_s,
            bestOf3([&] { ReviewStore(db).trueRetention(exam, now, 12); }));
        add(u"home page"_s, bestOf3([&] { home.refresh(); }));
        {
            // What migration 5 does to such a history: replay every answer through FSRS (in a
            // transaction rolled back afterwards).
            QSqlDatabase connection = db.connection();
            SqlTransaction transaction(connection);
            QSqlQuery(connection).exec(u"DELETE FROM review_log"_s);
            QSqlQuery(connection).exec(u"DELETE FROM review_states"_s);
            QElapsedTimer replay;
            replay.start();
            QString error;
            if (!ReviewStore::rebuild(connection, &error))
                die(error);
            add(u"replay into FSRS (migration 5)"_s, replay.nsecsElapsed() / 1e6);
        }
        add(u"history page"_s, bestOf3([&] { history.refresh(); }));
    }
}

QList<int> numbers(const QString &text)
{
    QList<int> list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        list.append(part.toInt());
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--floor") == 0) {
        QCoreApplication app(argc, argv);
        return floorImport(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints Shiken's performance figures and their ratios."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Imported bank sizes (10000,100000)."_s,
                                         u"n,..."_s, u"10000,100000"_s);
    const QCommandLineOption giftSizesOption(
        u"gift-sizes"_s, u"Sizes of the GIFT files the import section imports (1000)."_s,
        u"n,..."_s, u"1000"_s);
    const QCommandLineOption csvSizesOption(
        u"csv-sizes"_s, u"Sizes of the CSV files the import section imports (1000)."_s, u"n,..."_s,
        u"1000"_s);
    const QCommandLineOption answersOption(u"answers"_s,
                                           u"History sizes in answers (10000,1000000)."_s,
                                           u"n,..."_s, u"10000,1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per figure (7)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption onlyOption(
        u"only"_s, u"Sections to run: startup,setup,import,search,statistics."_s, u"names"_s,
        u"startup,setup,import,search,statistics"_s);
    const QCommandLineOption keepOption(
        u"keep"_s, u"Make the data in this folder and keep it (to profile with it)."_s,
        u"folder"_s);
    parser.addOptions({sizesOption, giftSizesOption, csvSizesOption, answersOption, runsOption,
                       onlyOption, keepOption});
    parser.process(app);

    Bench bench;
    const QDir binDir(QCoreApplication::applicationDirPath());
    bench.shiken = binDir.filePath(u"../shiken"_s);
    bench.bareWindow = binDir.filePath(u"barewindow"_s);
    peakRss = binDir.filePath(u"peakrss"_s);
    bench.self = QCoreApplication::applicationFilePath();
    bench.runs = std::max(1, parser.value(runsOption).toInt());
    bench.sizes = numbers(parser.value(sizesOption));
    bench.giftSizes = numbers(parser.value(giftSizesOption));
    bench.csvSizes = numbers(parser.value(csvSizesOption));
    bench.answers = numbers(parser.value(answersOption));
    if (parser.isSet(keepOption)) {
        if (!QDir().mkpath(parser.value(keepOption)))
            die(u"cannot make %1"_s.arg(parser.value(keepOption)));
        bench.dir.setPath(parser.value(keepOption));
    } else if (!bench.temporary.isValid()) {
        die(u"cannot make a temporary folder"_s);
    }
    bench.prepare();
    const QStringList only = parser.value(onlyOption).split(u',');
    if (only.contains(u"startup"))
        bench.startup();
    if (only.contains(u"setup"))
        bench.setup();
    if (only.contains(u"import"))
        bench.import();
    if (only.contains(u"search"))
        bench.search();
    if (only.contains(u"statistics"))
        bench.statistics();

    int width = 0, valueWidth = 0;
    for (const Row &row : std::as_const(rows)) {
        width = std::max(width, int(row.figure.size()));
        valueWidth = std::max(valueWidth, int(row.value.size()));
    }
    out << "| " << u"figure"_s.leftJustified(width) << " | "
        << u"measured"_s.rightJustified(valueWidth) << " | ratio |\n";
    out << "|" << QString(width + 2, u'-') << "|" << QString(valueWidth + 2, u'-') << "|---|\n";
    for (const Row &row : std::as_const(rows)) {
        out << "| " << row.figure.leftJustified(width) << " | "
            << row.value.rightJustified(valueWidth) << " | " << row.ratio << " |\n";
    }
    return 0;
}
