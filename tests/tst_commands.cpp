#include "formats/questionimport.h"
#include "storage/backups.h"
#include "storage/databaselock.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run shiken(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SHIKEN_DB"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SHIKEN_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A database as the application leaves it: schema and bundled bank, no history.
    QString freshDatabase(const QString &name) const
    {
        Database database(path(name));
        return openWithBank(database) ? database.path() : QString();
    }

private slots:
    void validateAcceptsTheBundledBank()
    {
        const Run run = shiken({u"validate"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"question(s) valid"_s) || run.out.contains(u"questions valid"_s),
                 qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void validateChecksTheSourceTreeBank()
    {
        const Run run = shiken({u"validate"_s, QStringLiteral(SHIKEN_SOURCE_DIR "/questionbank")});
        QCOMPARE(run.exitCode, 0);
    }

    void validateReportsEachProblemOnOneLine()
    {
        QJsonObject broken = questionJson(u"broken-01"_s);
        broken.remove(u"explanation"_s);
        broken[u"topics"_s] = QJsonArray {u"no-such-topic"_s};
        QVERIFY(
            writeFile(path(u"broken.json"_s), questionFile({broken, questionJson(u"fine-01"_s)})));
        // A question file (what an import reads) need not explain; the bundled bank must.
        const Run run = shiken({u"validate"_s, path(u"broken.json"_s)});
        QCOMPARE(run.exitCode, 1);
        QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2, qPrintable(run.err)); // one problem and the count
        QVERIFY(lines.at(0).endsWith(
            u": broken-01: topics: unknown topic \"no-such-topic\" (not in topics.json)"_s));
        const Run strict = shiken({u"validate"_s, u"--strict"_s, path(u"broken.json"_s)});
        QCOMPARE(strict.exitCode, 1);
        lines = strict.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(strict.err)); // two problems and the count
        QVERIFY(lines.at(1).contains(u": broken-01: explanation: "_s));
    }

    void validateStrictRejectsAnswersGivenAwayByLength()
    {
        // The sample questions' choices are all of one length: every key ties for longest.
        QVERIFY(writeFile(path(u"lengths.json"_s),
                          questionFile({questionJson(u"even-01"_s), questionJson(u"even-02"_s)})));
        const Run plain = shiken({u"validate"_s, path(u"lengths.json"_s)});
        QCOMPARE(plain.exitCode, 0);
        const Run strict = shiken({u"validate"_s, u"--strict"_s, path(u"lengths.json"_s)});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.contains(u"answer lengths (en): too many single-answer keys are the "
                                     "choice of length rank 1 (100%): even-01 even-02"_s),
                 qPrintable(strict.err));
        QVERIFY(strict.err.contains(u"answer lengths (ja)"_s));
        QVERIFY2(
            strict.out.contains(u"single answer (2): the key is the 1st, 2nd, 3rd, ... longest "
                                "choice in 100% / 100% / 100% / 100% (each at most 30%)"_s),
            qPrintable(strict.out));
    }

    void validateReportsSyntaxErrorPosition()
    {
        QVERIFY(writeFile(path(u"syntax.json"_s),
                          "{\n  \"format\": \"shiken-questions/1\",\n  oops\n}\n"));
        const Run run = shiken({u"validate"_s, path(u"syntax.json"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"syntax.json: line 3, column 3: invalid JSON"_s),
                 qPrintable(run.err));
    }

    void validateMissingFileIsInvalidInput()
    {
        const Run run = shiken({u"validate"_s, path(u"nowhere.json"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"nowhere.json"_s));
    }

    void helpNamesTheProgram()
    {
        const Run run = shiken({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Usage: shiken [options]"_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"executable_name"_s));
        for (const QString &command :
             {u"validate"_s, u"import"_s, u"stats"_s, u"backup"_s, u"restore"_s})
            QVERIFY2(run.out.contains(u"shiken "_s + command), qPrintable(command));
    }

    void versionPrintsTheVersion()
    {
        const Run run = shiken({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"shiken " SHIKEN_VERSION "\n"_s);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList {u"stats"_s, u"--bogus"_s};
        QTest::newRow("missing value") << QStringList {u"stats"_s, u"--db"_s};
        QTest::newRow("bad language") << QStringList {u"stats"_s, u"--lang"_s, u"fr"_s};
        QTest::newRow("import without files") << QStringList {u"import"_s};
        QTest::newRow("stats with stray argument") << QStringList {u"stats"_s, u"extra"_s};
        QTest::newRow("search without words") << QStringList {u"search"_s};
        QTest::newRow("search with a bad limit")
            << QStringList {u"search"_s, u"alarm"_s, u"--limit"_s, u"0"_s};
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
        QTest::newRow("application bad option") << QStringList {u"--frobnicate"_s};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = shiken(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }

    void importIsAllOrNothing()
    {
        const QString db = path(u"import.sqlite"_s);
        QVERIFY(writeFile(
            path(u"good.json"_s),
            questionFile({questionJson(u"my-q-01"_s), questionJson(u"my-q-02"_s, true)})));
        QJsonObject bad = questionJson(u"my-q-03"_s);
        bad[u"difficulty"_s] = 7;
        QVERIFY(writeFile(path(u"bad.json"_s), questionFile({bad})));

        Run run = shiken({u"import"_s, path(u"good.json"_s), path(u"bad.json"_s), u"--db"_s, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"my-q-03: difficulty: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"nothing was imported"_s));
        Run stats = shiken({u"stats"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(stats.exitCode, 0);
        const int bundled
            = QJsonDocument::fromJson(stats.out.toUtf8())[u"questions"_s][u"total"_s].toInt();
        QVERIFY(bundled > 0);

        run = shiken({u"import"_s, path(u"good.json"_s), u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"imported 2 question"_s), qPrintable(run.out));
        stats = shiken({u"stats"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8())[u"questions"_s][u"total"_s].toInt(),
                 bundled + 2);

        // the same ids again collide with what is now in the database
        run = shiken({u"import"_s, path(u"good.json"_s), u"--db"_s, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"my-q-01: id: a question with this id already exists"_s));
    }

    // A GIFT file as a trainer writes it: its multiple-choice questions come in where the
    // learner files them, the kinds Shiken cannot serve are listed, and without a place
    // nothing comes in.
    void importsGiftFiledWhereTheLearnerSays()
    {
        const QString db = freshDatabase(u"gift.sqlite"_s);
        const QString gift = path(u"class quiz.gift"_s);
        QVERIFY(writeFile(gift,
                          "// week 3\n"
                          "::ports::Which ports does a NACL need open for return "
                          "traffic? {=1024-65535#Ephemeral ports ~443 ~22}\n\n"
                          "::essay::Explain VPC peering. {}\n\n"
                          "::jp::セキュリティグループはステートフルですか。{T}\n"));
        const int before = int(BankReader::readBundled(nullptr).questions.size());

        Run run = shiken({u"import"_s, gift, u"--db"_s, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"class quiz.gift:2: 2 questions of this file give no domain "
                                  "and task"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"say where they go with --domain and --task"_s),
                 qPrintable(run.err));

        run = shiken({u"import"_s, gift, u"--db"_s, db, u"--task"_s, u"5.1"_s, u"--topic"_s,
                      u"Amazon VPC"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"class quiz.gift:4: skipped (essay): essay"_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"imported 2 questions"_s));
        Database database(db);
        QVERIFY(database.open());
        QuestionStore store(database);
        QCOMPARE(store.activeCount(u"soa-c03"_s), before + 2);
        const auto ports = store.question(u"class-quiz-001"_s);
        QVERIFY(ports);
        QCOMPARE(ports->domain, u"5"_s);
        QCOMPARE(ports->topics, QStringList {u"vpc"_s});
        QCOMPARE(ports->correctKeys(), u"A"_s);
        QCOMPARE(ports->choices.first().rationale.en, u"Ephemeral ports"_s);
        // One language only: shown in it whatever the interface's.
        const auto japanese = store.question(u"class-quiz-002"_s);
        QVERIFY(japanese);
        QVERIFY(japanese->stem.ja.startsWith(u"セキュリティグループ"_s));
        QVERIFY(japanese->stem.en.isEmpty());
        QCOMPARE(japanese->stem.in(u"en"), japanese->stem.ja);

        // Imported again: the same ids, so nothing comes in twice.
        run = shiken({u"import"_s, gift, u"--db"_s, db, u"--task"_s, u"5.1"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"was the file imported before?"_s));
        QCOMPARE(QuestionStore(database).activeCount(u"soa-c03"_s), before + 2);
    }

    // Another tool's file is stored question by question as it is read; a problem found after
    // questions were stored still leaves the bank as it was, and says where it is.
    void importOfAnotherToolsFileIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");
        QTest::newRow("gift") << u"late problem.gift"_s
                              << QByteArray("::one::Which port does HTTPS use? {=443 ~80 ~22}\n\n"
                                            "::two::Which port does SSH use? {=22 ~80 ~443}\n\n"
                                            "::three Which port does DNS use? {=53 ~80}\n")
                              << u"late problem.gift:5: "_s;
        QTest::newRow("moodle-xml")
            << u"late problem.xml"_s
            << QByteArray("<?xml version=\"1.0\"?>\n<quiz>\n"
                          "<question type=\"multichoice\"><name><text>one</text></name>\n"
                          "<questiontext format=\"html\"><text>Which port does HTTPS "
                          "use?</text></questiontext>\n"
                          "<answer fraction=\"100\"><text>443</text></answer>\n"
                          "<answer fraction=\"0\"><text>80</text></answer>\n"
                          "</question>\n<question type=\"multichoice\"><name>\n</quiz>\n")
            << u"late problem.xml:9: the XML is not well formed"_s;
        QTest::newRow("csv") << u"late problem.csv"_s
                             << QByteArray("id,stem,choice_a,choice_b,correct\n"
                                           "one,Which port does HTTPS use?,443,80,A\n"
                                           "two,Which port does SSH use?,22,80,A\n"
                                           "three,Which port does DNS use?,53,80,C\n")
                             << u"late problem.csv:4: the correct answer \"C\" names no choice"_s;
    }

    void importOfAnotherToolsFileIsAllOrNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        const QString db = freshDatabase(u"late-problem.sqlite"_s);
        QVERIFY(writeFile(path(name), contents));
        const auto total = [&db, this] {
            const Run stats = shiken({u"stats"_s, u"--json"_s, u"--db"_s, db});
            return QJsonDocument::fromJson(stats.out.toUtf8())[u"questions"_s][u"total"_s].toInt();
        };
        const int before = total();

        const Run run = shiken({u"import"_s, path(name), u"--db"_s, db, u"--task"_s, u"1.1"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(problem), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
        QCOMPARE(total(), before);
    }

    // Every bundled question leaves in each format and comes back the same into a new bank
    // (its ids taken, so the bundle is moved aside by retiring: a fresh database without it).
    void exportsAndImportsBackInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("json") << u"json"_s << u"json"_s;
        QTest::newRow("gift") << u"gift"_s << u"gift"_s;
        QTest::newRow("moodle-xml") << u"moodle-xml"_s << u"xml"_s;
        QTest::newRow("csv") << u"csv"_s << u"csv"_s;
    }
    void exportsAndImportsBackInEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        const QString db = freshDatabase(u"export-"_s + format + u".sqlite"_s);
        const QString file = path(u"bank-"_s + format + u'.' + suffix);
        Run run = shiken({u"export"_s, u"--db"_s, db, u"--format"_s, format, u"--out"_s, file});
        QCOMPARE(run.exitCode, 0);
        const Bank bank = BankReader::readBundled(nullptr);
        QVERIFY2(run.out.contains(u"exported %1 questions"_s.arg(bank.questions.size())),
                 qPrintable(run.out + run.err));

        // Read back as an import would, the ids being free.
        Database database(db);
        QVERIFY(database.open());
        const QuestionImport::Preview preview = QuestionImport::prepare(
            {file}, QuestionStore(database).catalog(), {}, [](const QString &) { return false; });
        QVERIFY2(preview.problems.isEmpty(),
                 qPrintable(preview.problems.isEmpty() ? QString()
                                                       : preview.problems.first().toString()));
        QCOMPARE(preview.questions.size(), bank.questions.size());
        QHash<QString, Question> original;
        for (const Question &question : bank.questions)
            original.insert(question.id, question);
        for (const Question &question : preview.questions)
            QCOMPARE(question, original.value(question.id));
    }

    void exportsMissedQuestionsForAnki()
    {
        const QString db = freshDatabase(u"anki.sqlite"_s);
        const QString file = path(u"missed.txt"_s);
        Run run = shiken({u"export"_s, u"--db"_s, db, u"--format"_s, u"anki"_s, u"--out"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(u"no question matched"_s));
        run = shiken({u"export"_s, u"--db"_s, db, u"--format"_s, u"anki"_s, u"--all"_s, u"--lang"_s,
                      u"ja"_s, u"--out"_s, file});
        QCOMPARE(run.exitCode, 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY(text.startsWith(u"#separator:tab"_s));
        QVERIFY(text.contains(u"正解: "_s));
        QVERIFY(!text.contains(u"Answer: "_s));
        run = shiken({u"export"_s, u"--db"_s, db, u"--format"_s, u"docx"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--format takes json, gift, moodle-xml, csv, anki"_s));
    }

    void importRejectsBundledIds()
    {
        const Bank bank = BankReader::readBundled(nullptr);
        QJsonObject copy = BankReader::questionToJson(bank.questions.first());
        QVERIFY(writeFile(path(u"copy.json"_s), questionFile({copy})));
        const Run run
            = shiken({u"import"_s, path(u"copy.json"_s), u"--db"_s, path(u"bundled-ids.sqlite"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(bank.questions.first().id + u": id: "_s));
    }

    void statsJsonHasTheDocumentedShape()
    {
        const Run run
            = shiken({u"stats"_s, u"--json"_s, u"--db"_s, freshDatabase(u"stats.sqlite"_s)});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject questions = root[u"questions"_s].toObject();
        const QJsonObject byDomain = questions[u"byDomain"_s].toObject();
        QCOMPARE(byDomain.keys(), (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
        int sum = 0;
        for (const QJsonValue &v : byDomain)
            sum += v.toInt();
        QCOMPARE(sum, questions[u"total"_s].toInt());
        QCOMPARE(questions[u"suspended"_s].toInt(-1), 0);
        QCOMPARE(root[u"attempts"_s][u"total"_s].toInt(), 0);
        QCOMPARE(root[u"attempts"_s][u"submitted"_s].toInt(), 0);
        // Every area is listed, answered or not, as the text output lists it.
        const QJsonArray domains = root[u"domains"_s].toArray();
        QCOMPARE(domains.size(), 5);
        QCOMPARE(domains.first()[u"id"_s].toString(), u"1"_s);
        QVERIFY(domains.first()[u"mastery"_s].isNull());
        QCOMPARE(domains.first()[u"answered"_s].toInt(), 0);
        QCOMPARE(root[u"tasks"_s].toArray().size(), 13);
        QVERIFY(root[u"topics"_s].toArray().size() > 50);
        // The review schedule: nothing answered, nothing due; readiness needs answers.
        QCOMPARE(root[u"reviews"_s][u"due"_s].toInt(), 0);
        QCOMPARE(root[u"reviews"_s][u"scheduled"_s].toInt(), 0);
        QCOMPARE(root[u"reviews"_s][u"desiredRetention"_s].toDouble(), 0.9);
        QVERIFY(root[u"readiness"_s].isNull());
        const Run text = shiken({u"stats"_s, u"--db"_s, freshDatabase(u"stats-text.sqlite"_s)});
        QVERIFY2(text.out.contains(u"Reviews due now: 0 of 0 answered questions (desired "
                                   u"retention 90%)."_s),
                 qPrintable(text.out));
    }

    void readOnlyCommandsOnAMissingDatabaseCreateNothing()
    {
        const QString missing = path(u"no/such/folder/x.sqlite"_s);
        for (const QString &command : {u"stats"_s, u"backup"_s}) {
            const Run run = shiken({command, u"--db"_s, missing});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err.trimmed(),
                     u"shiken %1: there is no database at %2"_s.arg(command, missing));
        }
        const Run search = shiken({u"search"_s, u"alarm"_s, u"--db"_s, missing});
        QCOMPARE(search.exitCode, 1);
        QCOMPARE(search.err.trimmed(), u"shiken search: there is no database at %1"_s.arg(missing));
        QVERIFY(!QFileInfo::exists(path(u"no"_s)));
    }

    void searchFindsQuestionsInEitherLanguage()
    {
        const QString db = freshDatabase(u"search.sqlite"_s);
        // English words, all of which must be there: the best match first, its words marked.
        Run run = shiken({u"search"_s, u"--db"_s, db, u"ephemeral"_s, u"ports"_s, u"ACL"_s,
                          u"--limit"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n');
        QVERIFY2(lines.first().endsWith(u"questions found; the first 1:"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"[ephemeral]"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"task 5."_s), qPrintable(run.out));

        // JSON, a Japanese word, a domain filter.
        run = shiken({u"search"_s, u"--db"_s, db, u"--json"_s, u"エフェメラル"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const int total = root[u"total"_s].toInt();
        QVERIFY(total >= 1);
        const QJsonArray questions = root[u"questions"_s].toArray();
        QCOMPARE(questions.size(), std::min(total, 20));
        QVERIFY(questions.first()[u"snippet"_s].toString().contains(u"[エフェメラル]"_s));
        QCOMPARE(questions.first()[u"source"_s].toString(), u"bundled"_s);
        run = shiken(
            {u"search"_s, u"--db"_s, db, u"--json"_s, u"--domain"_s, u"1"_s, u"エフェメラル"_s});
        const QJsonObject filtered = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(filtered[u"total"_s].toInt() < total);
        for (const QJsonValue &question : filtered[u"questions"_s].toArray())
            QCOMPARE(question[u"domain"_s].toString(), u"1"_s);

        // Nothing found is said, in the interface language.
        run = shiken({u"search"_s, u"--db"_s, db, u"zzqqxx"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), u"No question contains zzqqxx."_s);
        run = shiken({u"search"_s, u"--lang"_s, u"ja"_s, u"--db"_s, db, u"監視"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"件"_s) && run.out.contains(u"[監視]"_s), qPrintable(run.out));
    }

    void backupWritesACheckedCopyAndRestorePutsItBack()
    {
        const QString db = freshDatabase(u"kept.sqlite"_s);
        Run run = shiken({u"backup"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        const QList<Backups::Entry> backups = Backups(db).list();
        QCOMPARE(backups.size(), 1);
        QVERIFY2(run.out.contains(backups.first().path), qPrintable(run.out));
        QVERIFY(Backups::inspect(backups.first().path).readable);

        run = shiken({u"backup"_s, u"--db"_s, db, u"--to"_s, path(u"copy.sqlite"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(Backups::inspect(path(u"copy.sqlite"_s)).readable);
        run = shiken({u"backup"_s, u"--db"_s, db, u"--to"_s, path(u"copy.sqlite"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"exists already"_s));

        // Restoring keeps the database it replaces beside it.
        run = shiken({u"restore"_s, path(u"copy.sqlite"_s), u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"before-restore"_s), qPrintable(run.out));
        QVERIFY(Backups::inspect(db).readable);
        const QStringList aside = QDir(m_dir.path()).entryList({u"kept.sqlite.before-restore-*"_s});
        QCOMPARE(aside.size(), 1);
    }

    void restoreRefusesABrokenBackupAndLeavesTheDatabase()
    {
        const QString db = freshDatabase(u"intact.sqlite"_s);
        const QByteArray before = readFile(db);
        QVERIFY(writeFile(path(u"garbage.sqlite"_s), QByteArray(8192, 'g')));
        const Run run = shiken({u"restore"_s, path(u"garbage.sqlite"_s), u"--db"_s, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"cannot be restored"_s));
        QCOMPARE(readFile(db), before);
        QVERIFY(QDir(m_dir.path()).entryList({u"intact.sqlite.before-restore-*"_s}).isEmpty());
    }

    void writingCommandsRefuseADatabaseOpenInTheWindow()
    {
        const QString db = freshDatabase(u"busy.sqlite"_s);
        QVERIFY(writeFile(path(u"one.json"_s), questionFile({questionJson(u"busy-q-01"_s)})));
        DatabaseLock window(db); // what the running window holds
        QVERIFY(window.tryLock());
        Run run = shiken({u"import"_s, path(u"one.json"_s), u"--db"_s, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     u"is open in Shiken (process %1"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(run.err));
        run = shiken({u"restore"_s, db, u"--db"_s, db});
        QCOMPARE(run.exitCode, 1);
        // Reading beside the window is fine.
        QCOMPARE(shiken({u"stats"_s, u"--db"_s, db}).exitCode, 0);
        window.unlock();
        QCOMPARE(shiken({u"import"_s, path(u"one.json"_s), u"--db"_s, db}).exitCode, 0);
    }

    void statsRefusesABrokenDatabaseAndLeavesIt()
    {
        QVERIFY(writeFile(path(u"broken.sqlite"_s), QByteArray(4096, 'x')));
        const Run run = shiken({u"stats"_s, u"--db"_s, path(u"broken.sqlite"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"broken.sqlite"_s));
        QVERIFY(run.err.contains(u"left as it is"_s));
        QCOMPARE(readFile(path(u"broken.sqlite"_s)), QByteArray(4096, 'x'));
    }

    void statsTextInJapanese()
    {
        const Run run
            = shiken({u"stats"_s, u"--lang"_s, u"ja"_s, u"--db"_s, freshDatabase(u"ja.sqlite"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"信頼性とビジネス継続性"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"問題数"_s), qPrintable(run.out));
    }

    // Suspended questions are still in the bank; stats says how many of its questions they are.
    void statsCountsSuspendedQuestions()
    {
        const QString db = freshDatabase(u"suspended.sqlite"_s);
        int total = 0;
        {
            Database database(db);
            QVERIFY(database.open());
            total = QuestionStore(database).activeCount(u"soa-c03"_s);
            QVERIFY(suspendFirst(database, 3));
        }
        Run run = shiken({u"stats"_s, u"--lang"_s, u"en"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Questions: %1 (3 suspended)"_s.arg(total)),
                 qPrintable(run.out));
        run = shiken({u"stats"_s, u"--json"_s, u"--db"_s, db});
        const QJsonObject questions
            = QJsonDocument::fromJson(run.out.toUtf8())[u"questions"_s].toObject();
        QCOMPARE(questions[u"total"_s].toInt(), total);
        QCOMPARE(questions[u"suspended"_s].toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
