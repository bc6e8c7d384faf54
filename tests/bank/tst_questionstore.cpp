#include "bank/annotationstore.h"
#include "exam/attemptstore.h"
#include "formats/giftformat.h"
#include "formats/moodlexmlformat.h"
#include "formats/questioncsvformat.h"
#include "formats/questionimport.h"
#include "progress/reviewstore.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestQuestionStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    BankCatalog m_catalog;

    Bank bankOf(const QList<Question> &questions, const QByteArray &hash)
    {
        return Bank {m_catalog, questions, hash};
    }

    // Two files of 10 questions each (JSON or GIFT), the last question of the second one in a
    // task the exam does not have.
    QStringList twoFilesBrokenAtTheEnd(const QString &suffix)
    {
        QStringList files;
        for (int file = 0; file < 2; ++file) {
            QJsonArray questions;
            QByteArray gift;
            for (int i = 0; i < 10; ++i) {
                const QString id = u"stop-%1-%2-%3"_s.arg(suffix).arg(file).arg(i);
                const QString task = file == 1 && i == 9 ? u"9.9"_s : u"5.1"_s;
                QJsonObject question = questionJson(id);
                if (task == u"9.9")
                    question[u"task"_s] = task;
                questions.append(question);
                gift += "// shiken: {\"id\": \"" + id.toUtf8()
                    + "\", \"domain\": \"5\", \"task\": \"" + task.toUtf8()
                    + "\"}\n::" + id.toUtf8() + "::Which port does HTTPS use? {=443 ~80 ~22}\n\n";
            }
            files.append(m_dir.filePath(u"stop-%1.%2"_s.arg(file).arg(suffix)));
            if (!writeFile(files.last(), suffix == u"json" ? questionFile(questions) : gift))
                return {};
        }
        return files;
    }

    // A file of 2,000 questions in another tool's format (gift, xml or csv), over 2 MB. A CSV
    // file is read whole before its first question.
    QString largeFile(const QString &suffix)
    {
        QList<Question> questions;
        for (int i = 0; i < 2000; ++i) {
            Question question = makeQuestion(u"%1-%2"_s.arg(suffix).arg(i), u"1"_s, u"1.1"_s);
            question.stem.en = u"Which metric shows it? "_s.repeated(40);
            questions.append(question);
        }
        const auto languages = QuestionExchange::Languages::Both;
        QByteArray data;
        if (suffix == u"gift")
            data = GiftFormat::write(questions, languages);
        else if (suffix == u"xml")
            data = MoodleXmlFormat::write(questions, languages);
        else
            data = QuestionCsvFormat::write(questions, languages);
        const QString path = m_dir.filePath(u"large."_s + suffix);
        if (data.size() < 2 * 1024 * 1024 || !writeFile(path, data))
            return {};
        return path;
    }

private slots:
    void initTestCase() { m_catalog = bundledCatalog(); }

    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(m_db->open());
    }
    void cleanup() { m_db.reset(); }

    void syncAddsOnceThenSkipsUnchangedBundle()
    {
        QuestionStore store(*m_db);
        const Bank bank = bankOf(
            {makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s), makeQuestion(u"q2"_s, u"2"_s, u"2.1"_s)},
            "h1");
        SyncResult r = store.syncBundled(bank, 1000);
        QVERIFY(r.changed);
        QCOMPARE(r.added, 2);
        QCOMPARE(store.activeCount(u"soa-c03"_s), 2);
        QCOMPARE(store.activeCountsByDomain(u"soa-c03"_s).value(u"2"_s), 1);
        QVERIFY(store.blueprint(u"soa-c03"_s));
        QCOMPARE(store.catalog().topics.size(), m_catalog.topics.size());
        r = store.syncBundled(bank, 2000);
        QVERIFY(!r.changed);
        QCOMPARE(r.added, 0);
    }

    void syncUpdatesChangedQuestionsAndRetiresRemovedOnes()
    {
        QuestionStore store(*m_db);
        store.syncBundled(bankOf({makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s),
                                  makeQuestion(u"q2"_s, u"2"_s, u"2.1"_s),
                                  makeQuestion(u"q3"_s, u"3"_s, u"3.1"_s)},
                                 "h1"),
                          1000);
        Question changed = makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s);
        changed.explanation.en = u"A better explanation"_s;
        const SyncResult r = store.syncBundled(
            bankOf({changed, makeQuestion(u"q3"_s, u"3"_s, u"3.1"_s)}, "h2"), 2000);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.retired, 1);
        QCOMPARE(store.activeCount(u"soa-c03"_s), 2);
        QCOMPARE(store.question(u"q1"_s)->explanation.en, u"A better explanation"_s);
        // a retired question is still there for the history that points at it
        QVERIFY(store.question(u"q2"_s));
        QVERIFY(store.contains(u"q2"_s));
        QStringList poolIds;
        for (const PoolEntry &e : store.pool(u"soa-c03"_s))
            poolIds.append(e.id);
        QCOMPARE(poolIds, (QStringList {u"q1"_s, u"q3"_s}));

        // and comes back when the bundle brings it back
        const SyncResult back
            = store.syncBundled(bankOf({changed, makeQuestion(u"q2"_s, u"2"_s, u"2.1"_s),
                                        makeQuestion(u"q3"_s, u"3"_s, u"3.1"_s)},
                                       "h3"),
                                3000);
        QCOMPARE(back.updated, 1);
        QCOMPARE(store.activeCount(u"soa-c03"_s), 3);
    }

    void syncNeverTouchesImportedQuestions()
    {
        QuestionStore store(*m_db);
        store.syncBundled(bankOf({makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s)}, "h1"), 1000);
        Question mine = makeQuestion(u"mine"_s, u"4"_s, u"4.1"_s);
        mine.stem.en = u"My own question"_s;
        QString error;
        QVERIFY2(store.importQuestions({mine}, u"import:mine.json"_s, 1500, &error),
                 qPrintable(error));

        // a bundle that now ships the same id, and one that lacks it
        const SyncResult clash
            = store.syncBundled(bankOf({makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s),
                                        makeQuestion(u"mine"_s, u"4"_s, u"4.1"_s)},
                                       "h2"),
                                2000);
        QCOMPARE(clash.conflicts, QStringList {u"mine"_s});
        QCOMPARE(store.question(u"mine"_s)->stem.en, u"My own question"_s);
        const SyncResult without
            = store.syncBundled(bankOf({makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s)}, "h3"), 3000);
        QCOMPARE(without.retired, 0);
        QCOMPARE(store.activeCount(u"soa-c03"_s), 2);
    }

    void importIsAllOrNothing()
    {
        QuestionStore store(*m_db);
        store.syncBundled(bankOf({makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s)}, "h1"), 1000);
        QString error;
        QVERIFY(!store.importQuestions(
            {makeQuestion(u"new-a"_s, u"1"_s, u"1.1"_s), makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s)},
            u"import:x.json"_s, 2000, &error));
        QVERIFY(error.contains(u"q1"_s));
        QVERIFY(!store.question(u"new-a"_s));
        QCOMPARE(store.activeCount(u"soa-c03"_s), 1);
    }

    // An import told to stop (a learner's Stop) keeps nothing, says it stopped, and reads no
    // further question (the second file's broken one is never found); the progress it was
    // told counted each question stored, in order.
    void importStopsWhenProgressSaysSo_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("gift") << u"gift"_s;
    }

    void importStopsWhenProgressSaysSo()
    {
        QFETCH(QString, suffix);
        QVERIFY(openWithBank(*m_db));
        QuestionStore store(*m_db);
        const int before = store.activeCount(u"soa-c03"_s);
        const QStringList files = twoFilesBrokenAtTheEnd(suffix);
        QCOMPARE(files.size(), 2);

        QList<int> told;
        QuestionImport::Outcome outcome
            = QuestionImport::importFiles(store, files, {}, 1000, {}, [&told](int stored) {
                  told.append(stored);
                  return stored < 4;
              });
        QVERIFY2(outcome.stopped,
                 qPrintable(outcome.error
                            + (outcome.preview.problems.isEmpty()
                                   ? QString()
                                   : outcome.preview.problems.first().toString())));
        QCOMPARE(outcome.imported, -1);
        QCOMPARE(told, QList<int>({1, 2, 3, 4}));
        QVERIFY(outcome.preview.problems.isEmpty());
        QCOMPARE(store.activeCount(u"soa-c03"_s), before);
        QVERIFY(!store.contains(u"stop-%1-0-0"_s.arg(suffix)));

        // Left to run, the same import finds the broken question, and keeps nothing either.
        told.clear();
        outcome = QuestionImport::importFiles(store, files, {}, 1000, {}, [&told](int stored) {
            told.append(stored);
            return true;
        });
        QVERIFY(!outcome.stopped);
        QCOMPARE(outcome.imported, -1);
        QCOMPARE(outcome.preview.problems.size(), 1);
        QVERIFY(outcome.preview.problems.first().toString().contains(u"9.9"_s));
        QCOMPARE(store.activeCount(u"soa-c03"_s), before);

        // The first file alone comes in whole, each question counted.
        told.clear();
        outcome = QuestionImport::importFiles(store, {files.first()}, {}, 1000, {},
                                              [&told](int stored) {
                                                  told.append(stored);
                                                  return true;
                                              });
        QVERIFY(!outcome.stopped);
        QCOMPARE(outcome.imported, 10);
        QCOMPARE(told, QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(store.activeCount(u"soa-c03"_s), before + 10);
    }

    // The preview's check counts every question it reads and stops when told: what it read
    // is counted, and the broken question further on is never reached.
    void checkStopsWhenProgressSaysSo_data() { importStopsWhenProgressSaysSo_data(); }

    void checkStopsWhenProgressSaysSo()
    {
        QFETCH(QString, suffix);
        QVERIFY(openWithBank(*m_db));
        QuestionStore store(*m_db);
        const QStringList files = twoFilesBrokenAtTheEnd(suffix);
        QCOMPARE(files.size(), 2);
        const BankCatalog catalog = store.catalog();
        QList<int> told;
        QuestionImport::Preview preview
            = QuestionImport::check(files, catalog, {}, store.idTest(), {}, [&told](int read) {
                  told.append(read);
                  return read < 13;
              });
        QVERIFY(preview.stopped);
        QVERIFY(!preview.isImportable());
        QCOMPARE(told.size(), 13);
        QCOMPARE(told.last(), 13);
        QCOMPARE(preview.ready, 13);
        QVERIFY(preview.problems.isEmpty());

        told.clear();
        preview = QuestionImport::check(files, catalog, {}, store.idTest(), {}, [&told](int read) {
            told.append(read);
            return true;
        });
        QVERIFY(!preview.stopped);
        // (A question of Shiken's own files is counted once it passes the bank's rules.)
        const int read = suffix == u"json" ? 19 : 20;
        QCOMPARE(told.size(), read);
        QCOMPARE(told.last(), read);
        QCOMPARE(preview.ready, 19);
        QCOMPARE(preview.problems.size(), 1);
    }

    // A CSV file is read whole before its first question is handed on: that reading asks
    // whether to go on too, and stops when told, before any question is read or stored.
    void aCsvFilesFirstReadingStopsWhenProgressSaysSo()
    {
        QVERIFY(openWithBank(*m_db));
        QuestionStore store(*m_db);
        const int before = store.activeCount(u"soa-c03"_s);
        const QString file = largeFile(u"csv"_s);
        QVERIFY(!file.isEmpty());
        const BankCatalog catalog = store.catalog();
        QList<int> told;
        const auto stopAtOnce = [&told](int count) {
            told.append(count);
            return false;
        };
        const QuestionImport::Preview preview
            = QuestionImport::check({file}, catalog, {}, store.idTest(), {}, stopAtOnce);
        QVERIFY(preview.stopped);
        QCOMPARE(told, QList<int> {0});
        QCOMPARE(preview.ready, 0);
        QVERIFY(preview.problems.isEmpty());

        told.clear();
        const QuestionImport::Outcome outcome
            = QuestionImport::importFiles(store, {file}, {}, 1000, {}, stopAtOnce);
        QVERIFY(outcome.stopped);
        QCOMPARE(told, QList<int> {0});
        QCOMPARE(outcome.imported, -1);
        QVERIFY(outcome.error.isEmpty());
        QCOMPARE(store.activeCount(u"soa-c03"_s), before);

        // Left to run, the first reading is asked with nothing read yet, then every question
        // counted.
        told.clear();
        const QuestionImport::Preview whole
            = QuestionImport::check({file}, catalog, {}, store.idTest(), {}, [&told](int count) {
                  told.append(count);
                  return true;
              });
        QVERIFY(!whole.stopped);
        QCOMPARE(whole.ready, 2000);
        QCOMPARE(told.first(), 0);
        QCOMPARE(told.last(), 2000);
        told.clear();
        const QuestionImport::Outcome imported
            = QuestionImport::importFiles(store, {file}, {}, 1000, {}, [&told](int count) {
                  told.append(count);
                  return true;
              });
        QCOMPARE(imported.imported, 2000);
        QCOMPARE(told.first(), 0);
        QCOMPARE(told.last(), 2000);
        QCOMPARE(store.activeCount(u"soa-c03"_s), before + 2000);
    }

    void aLargeFileStopsBetweenQuestionsWhenProgressSaysSo_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("gift") << u"gift"_s;
        QTest::newRow("moodle-xml") << u"xml"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    // The file itself asks again after each megabyte, whatever its format, and a stop there
    // ends the reading: no question more is read, no problem of the file's cut-off end is
    // reported, and the reader does not wait for an end that never comes.
    void aLargeFileStopsBetweenQuestionsWhenProgressSaysSo()
    {
        QFETCH(QString, suffix);
        QVERIFY(openWithBank(*m_db));
        QuestionStore store(*m_db);
        const QString file = largeFile(suffix);
        QVERIFY(!file.isEmpty());
        QList<int> told;
        // told the same count twice: asked by the file, between two questions
        const QuestionImport::Preview preview = QuestionImport::check(
            {file}, store.catalog(), {}, store.idTest(), {}, [&told](int read) {
                const bool again = !told.isEmpty() && told.last() == read;
                told.append(read);
                return !again;
            });
        QVERIFY(preview.stopped);
        QVERIFY2(preview.ready < 1000, qPrintable(QString::number(preview.ready)));
        QCOMPARE(preview.ready, told.last());
        QVERIFY(preview.problems.isEmpty());
    }

    void poolKnowsWhenAQuestionWasLastSeen()
    {
        QuestionStore store(*m_db);
        store.syncBundled(
            bankOf({makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s, {u"vpc"_s, u"ipv6"_s}, u"B"_s),
                    makeQuestion(u"q2"_s, u"1"_s, u"1.1"_s)},
                   "h1"),
            1000);
        AttemptStore attempts(*m_db);
        Attempt a;
        a.exam = u"soa-c03"_s;
        a.createdAtMs = 5000;
        a.items = {{0, u"q1"_s, u"ABCD"_s, {}, false, 0, -1}};
        QString error;
        const qint64 id = attempts.create(a, &error);
        QVERIFY(id > 0);
        QVERIFY(attempts.recordAnswer(id, 0, u"B"_s, 6000));
        AttemptResult result;
        result.total = 1;
        result.correct = 1;
        result.itemCorrect = {true};
        QVERIFY(attempts.submit(id, result, 7000, &error));
        const QList<PoolEntry> pool = store.pool(u"soa-c03"_s);
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool.at(0).lastSeenMs, 6000);
        QCOMPARE(pool.at(0).topics, (QStringList {u"ipv6"_s, u"vpc"_s}));
        QCOMPARE(pool.at(0).choiceKeys, u"ABCD"_s);
        QCOMPARE(pool.at(1).lastSeenMs, -1);
    }

    // The weak-area drill ranks the pool by each question's own topics: every active question
    // carries its topics, in order, and none of a retired or suspended question's.
    void poolHoldsEachQuestionsOwnTopics()
    {
        QuestionStore store(*m_db);
        const QList<Question> questions {
            makeQuestion(u"a1"_s, u"1"_s, u"1.1"_s, {u"vpc"_s, u"ipv6"_s}),
            makeQuestion(u"a2"_s, u"1"_s, u"1.1"_s, {u"cloudwatch"_s, u"ipv6"_s}),
            makeQuestion(u"a3"_s, u"2"_s, u"2.1"_s, {u"cloudwatch"_s, u"vpc"_s}),
            makeQuestion(u"a4"_s, u"2"_s, u"2.1"_s, {u"cloudwatch"_s}),
            makeQuestion(u"a5"_s, u"1"_s, u"1.2"_s, {u"ipv6"_s})};
        store.syncBundled(bankOf(questions, "h1"), 1000);
        // a2 leaves the bundle (retired), a3 is suspended
        QVERIFY(store
                    .syncBundled(
                        bankOf({questions.at(0), questions.at(2), questions.at(3), questions.at(4)},
                               "h2"),
                        2000)
                    .retired
                == 1);
        QString error;
        QVERIFY2(AnnotationStore(*m_db).write(u"a3"_s, {false, true, {}}, 3000, &error),
                 qPrintable(error));

        QStringList seen;
        for (const PoolEntry &entry : store.pool(u"soa-c03"_s))
            seen.append(entry.id + u": "_s + entry.topics.join(u", "_s) + u" ("_s + entry.task
                        + u", "_s + entry.choiceKeys + u")"_s);
        QCOMPARE(seen,
                 (QStringList {u"a1: ipv6, vpc (1.1, ABCD)"_s, u"a4: cloudwatch (2.1, ABCD)"_s,
                               u"a5: ipv6 (1.2, ABCD)"_s}));
    }

    // An exam is assembled from each domain's stalest questions, read in index order and cut
    // at the limit: never answered ones first, then the least recently answered.
    void candidatesAreTheStalestOfEachDomain()
    {
        QuestionStore store(*m_db);
        QList<Question> questions;
        for (int i = 0; i < 6; ++i) {
            questions.append(makeQuestion(u"d1-%1"_s.arg(i), u"1"_s, i < 3 ? u"1.1"_s : u"1.2"_s,
                                          {i == 5 ? u"ipv6"_s : u"vpc"_s}));
            questions.append(makeQuestion(u"d2-%1"_s.arg(i), u"2"_s, u"2.1"_s));
        }
        store.syncBundled(bankOf(questions, "h1"), 1000);
        // d1-0..d1-3 answered, d1-1 longest ago; d1-4 and d1-5 never
        AttemptStore attempts(*m_db);
        const QStringList answered {u"d1-1"_s, u"d1-3"_s, u"d1-0"_s, u"d1-2"_s};
        for (qsizetype i = 0; i < answered.size(); ++i) {
            Attempt a;
            a.exam = u"soa-c03"_s;
            a.createdAtMs = 5000;
            a.items = {{0, answered.at(i), u"ABCD"_s, {}, false, 0, -1}};
            QString error;
            const qint64 id = attempts.create(a, &error);
            QVERIFY(attempts.recordAnswer(id, 0, u"A"_s, 6000 + i * 1000));
            AttemptResult result;
            result.total = 1;
            result.itemCorrect = {false};
            QVERIFY2(attempts.submit(id, result, 7000 + i * 1000, &error), qPrintable(error));
        }
        const auto ids = [](const QList<PoolEntry> &entries) {
            QStringList list;
            for (const PoolEntry &e : entries)
                list.append(e.id);
            return list;
        };
        for (const quint32 start : {0u, 1u << 30, 0x7fffffffu}) {
            const QList<PoolEntry> four
                = store.candidates(u"soa-c03"_s, {u"1"_s}, {}, {}, 4, start);
            QCOMPARE(four.size(), 4);
            // the two never answered, in some order, then the two answered longest ago
            const QStringList got = ids(four);
            QCOMPARE(QSet<QString>(got.begin(), got.begin() + 2),
                     (QSet<QString> {u"d1-4"_s, u"d1-5"_s}));
            QCOMPARE(got.mid(2), (QStringList {u"d1-1"_s, u"d1-3"_s}));
            QCOMPARE(four.at(2).lastSeenMs, 6000);
        }
        // every domain asked for, each cut at its own limit
        QCOMPARE(store.candidates(u"soa-c03"_s, {u"1"_s, u"2"_s}, {}, {}, 3, 0).size(), 6);
        // task and topic filters
        QCOMPARE(ids(store.candidates(u"soa-c03"_s, {u"1"_s}, {u"1.1"_s}, {}, 10, 0)),
                 (QStringList {u"d1-1"_s, u"d1-0"_s, u"d1-2"_s}));
        const QList<PoolEntry> ipv6
            = store.candidates(u"soa-c03"_s, {u"1"_s}, {}, {u"ipv6"_s}, 10, 0);
        QCOMPARE(ids(ipv6), QStringList {u"d1-5"_s});
        QCOMPARE(ipv6.first().topics, QStringList {u"ipv6"_s});
        // a retired question is never a candidate
        store.syncBundled(bankOf(questions.mid(1), "h2"), 9000);
        QVERIFY(!ids(store.candidates(u"soa-c03"_s, {u"1"_s, u"2"_s}, {}, {}, 20, 0))
                     .contains(u"d1-0"_s));
    }

    // What a weak-area drill of a large bank reads: the never-answered questions in the
    // shuffle's order from a point (going round), in a window of it, meeting a condition, or
    // found through their tasks and topics; and the answered, least recently first. Never a
    // suspended one.
    void unseenAndStalestAnsweredReadWhatTheDrillAsksFor()
    {
        QuestionStore store(*m_db);
        QList<Question> questions;
        for (int i = 0; i < 12; ++i) {
            questions.append(makeQuestion(u"d1-%1"_s.arg(i), u"1"_s, u"1.1"_s,
                                          {i < 6 ? u"vpc"_s : u"cloudwatch"_s}));
        }
        for (int i = 0; i < 6; ++i)
            questions.append(makeQuestion(u"d2-%1"_s.arg(i), u"2"_s, u"2.1"_s, {u"s3"_s}));
        store.syncBundled(bankOf(questions, "h1"), 1000);
        QSqlQuery sql(m_db->connection());
        QVERIFY(sql.prepare(u"UPDATE questions SET last_seen_at = ? WHERE id = ?"_s));
        for (const auto &[id, when] :
             {std::pair(u"d1-0"_s, 1000), std::pair(u"d2-0"_s, 3000), std::pair(u"d1-6"_s, 2000)}) {
            sql.addBindValue(when);
            sql.addBindValue(id);
            QVERIFY(sql.exec());
        }
        QString error;
        QVERIFY2(AnnotationStore(*m_db).write(u"d1-1"_s, {false, true, {}}, 3000, &error),
                 qPrintable(error));
        const QStringList unseen {u"d1-2"_s, u"d1-3"_s, u"d1-4"_s,  u"d1-5"_s,  u"d1-7"_s,
                                  u"d1-8"_s, u"d1-9"_s, u"d1-10"_s, u"d1-11"_s, u"d2-1"_s,
                                  u"d2-2"_s, u"d2-3"_s, u"d2-4"_s,  u"d2-5"_s};
        constexpr qint64 size = QuestionStore::shuffleSize;
        const auto distance = [](const QString &id, quint32 from) {
            return (qint64(Schema::shuffleKey(id)) - from + size) % size;
        };
        const auto inOrder = [&](QStringList ids, quint32 from) {
            std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
                return distance(a, from) < distance(b, from);
            });
            return ids;
        };
        const auto ids = [](const QList<PoolEntry> &entries) {
            QStringList list;
            for (const PoolEntry &e : entries)
                list.append(e.id);
            return list;
        };
        const QStringList domains {u"1"_s, u"2"_s};
        const QString exam = u"soa-c03"_s;
        for (const quint32 from : {0u, Schema::shuffleKey(u"d1-5"_s), 0x7fffffffu}) {
            const QStringList all = inOrder(unseen, from);
            QCOMPARE(ids(store.unseen(exam, domains, {}, from, from, -1)), all);
            QCOMPARE(ids(store.unseen(exam, domains, {}, from, from, 3)), all.mid(0, 3));
            // a quarter of the shuffle from `from`, going round past its top
            const quint32 to = (from + (1u << 29)) % QuestionStore::shuffleSize;
            QStringList window;
            for (const QString &id : all) {
                if (distance(id, from) < (1 << 29))
                    window.append(id);
            }
            QCOMPARE(ids(store.unseen(exam, domains, {}, from, to, -1)), window);
            QCOMPARE(ids(store.unseen(exam, domains, {u"questions.task = ?"_s, {u"2.1"_s}}, from,
                                      from, -1)),
                     inOrder(unseen.filter(u"d2-"_s), from));
            // through a topic (d1-2 told answered) and through a task
            const auto d12 = [](const QString &id) {
                return id == u"d1-2"_s;
            };
            const QList<PoolEntry> vpc
                = store.unseenIn(exam, {u"1"_s}, {}, {u"vpc"_s}, {}, d12, from, -1);
            QCOMPARE(ids(vpc), inOrder({u"d1-3"_s, u"d1-4"_s, u"d1-5"_s}, from));
            QCOMPARE(vpc.first().topics, QStringList {u"vpc"_s});
            QCOMPARE(ids(store.unseenIn(exam, {u"2"_s}, {u"2.1"_s}, {}, {}, d12, from, 2)),
                     inOrder(unseen.filter(u"d2-"_s), from).mid(0, 2));
        }
        const auto any = [](const QString &) {
            return true;
        };
        const QList<PoolEntry> stalest = store.stalestAnswered(exam, any, 10);
        QCOMPARE(ids(stalest), (QStringList {u"d1-0"_s, u"d1-6"_s, u"d2-0"_s}));
        QCOMPARE(stalest.at(1).lastSeenMs, 2000);
        QCOMPARE(stalest.at(1).topics, QStringList {u"cloudwatch"_s});
        const auto notD10 = [](const QString &id) {
            return id != u"d1-0"_s;
        };
        QCOMPARE(ids(store.stalestAnswered(exam, notD10, 1)), QStringList {u"d1-6"_s});
    }

    // Through an area whose questions mostly fail the condition, unseenIn checks them a piece at
    // a time in the shuffle's order: it still finds the few that meet it, however far along.
    void unseenInFindsTheFewThatMeetTheConditionBeyondItsFirstPieces()
    {
        QuestionStore store(*m_db);
        QList<Question> questions;
        for (int i = 0; i < 560; ++i)
            questions.append(makeQuestion(u"many-%1"_s.arg(i), u"1"_s, u"1.1"_s, {u"vpc"_s}));
        QStringList few;
        for (int i = 0; i < 5; ++i) {
            few.append(u"few-%1"_s.arg(i));
            questions.append(makeQuestion(few.last(), u"1"_s, u"1.2"_s, {u"vpc"_s}));
        }
        store.syncBundled(bankOf(questions, "h1"), 1000);
        constexpr qint64 size = QuestionStore::shuffleSize;
        const auto none = [](const QString &) {
            return false;
        };
        const QuestionStore::Condition task12 {u"questions.task = ?"_s, {u"1.2"_s}};
        for (quint32 from = 0; from < QuestionStore::shuffleSize; from += 1u << 28) {
            QStringList expected = few;
            std::sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
                return (qint64(Schema::shuffleKey(a)) - from + size) % size
                    < (qint64(Schema::shuffleKey(b)) - from + size) % size;
            });
            QStringList all, first3;
            for (const PoolEntry &e :
                 store.unseenIn(u"soa-c03"_s, {u"1"_s}, {}, {u"vpc"_s}, task12, none, from, -1))
                all.append(e.id);
            for (const PoolEntry &e :
                 store.unseenIn(u"soa-c03"_s, {u"1"_s}, {}, {u"vpc"_s}, task12, none, from, 3))
                first3.append(e.id);
            QCOMPARE(all, expected);
            QCOMPARE(first3, expected.mid(0, 3));
        }
    }

    // The learner's bookmark, note and suspension stay with a question through bundle updates;
    // a suspended question is never assembled, reviewed or counted as available.
    void annotationsOutliveSyncsAndSuspendedQuestionsAreNeverAsked()
    {
        QuestionStore store(*m_db);
        QList<Question> questions;
        for (int i = 0; i < 4; ++i)
            questions.append(makeQuestion(u"q%1"_s.arg(i), u"1"_s, u"1.1"_s));
        store.syncBundled(bankOf(questions, "h1"), 1000);
        AnnotationStore annotations(*m_db);
        QString error;
        QVERIFY2(annotations.write(u"q0"_s, {true, false, u"Remember **this**."_s}, 2000, &error),
                 qPrintable(error));
        QVERIFY(annotations.write(u"q1"_s, {false, true, {}}, 2000, &error));
        QVERIFY(annotations.write(u"q2"_s, {false, false, u"   \n "_s}, 2000, &error)); // no note
        QCOMPARE(annotations.annotation(u"q0"_s),
                 (Annotation {true, false, u"Remember **this**."_s}));
        QCOMPARE(annotations.annotation(u"q2"_s), Annotation {});
        QCOMPARE(annotations.annotation(u"q3"_s), Annotation {});
        QCOMPARE(annotations.annotations({u"q0"_s, u"q1"_s, u"q3"_s}).keys().size(), 2);

        // an update of the bank changes the question, never the learner's layer on it
        questions[0].explanation = {u"A better explanation"_s, u"よりよい解説"_s};
        questions[1].stem = {u"A clearer stem"_s, u"より明確な問題文"_s};
        QVERIFY(store.syncBundled(bankOf(questions, "h2"), 3000).updated == 2);
        QCOMPARE(annotations.annotation(u"q0"_s).note, u"Remember **this**."_s);
        QVERIFY(annotations.annotation(u"q0"_s).bookmarked);
        QVERIFY(annotations.annotation(u"q1"_s).suspended);

        const auto ids = [](const QList<PoolEntry> &entries) {
            QStringList list;
            for (const PoolEntry &e : entries)
                list.append(e.id);
            list.sort();
            return list;
        };
        const QStringList active {u"q0"_s, u"q2"_s, u"q3"_s};
        QCOMPARE(ids(store.candidates(u"soa-c03"_s, {u"1"_s}, {}, {}, 10, 0)), active);
        QCOMPARE(ids(store.pool(u"soa-c03"_s)), active);
        QCOMPARE(ids(store.entries({u"q1"_s, u"q2"_s})), QStringList {u"q2"_s});
        QCOMPARE(annotations.suspendedCount(u"soa-c03"_s), 1);
        QCOMPARE(annotations.suspendedBy(u"soa-c03"_s, u"domain"_s),
                 (QMap<QString, int> {{u"1"_s, 1}}));
        QCOMPARE(annotations.suspendedBy(u"soa-c03"_s, u"task"_s),
                 (QMap<QString, int> {{u"1.1"_s, 1}}));
        QCOMPARE(annotations.suspendedBy(u"soa-c03"_s, u"topic"_s),
                 (QMap<QString, int> {{u"cloudwatch"_s, 1}}));

        // missed, so due for review: the suspended one is not
        AttemptStore attempts(*m_db);
        Attempt a;
        a.exam = u"soa-c03"_s;
        a.createdAtMs = 5000;
        a.items = {{0, u"q1"_s, u"ABCD"_s, {}, false, 0, -1},
                   {1, u"q2"_s, u"ABCD"_s, {}, false, 0, -1}};
        const qint64 id = attempts.create(a, &error);
        QVERIFY(id > 0);
        AttemptResult result;
        result.total = 2;
        result.itemCorrect = {false, false};
        QVERIFY2(attempts.submit(id, result, 6000, &error), qPrintable(error));
        ReviewStore reviews(*m_db);
        QCOMPARE(reviews.due(u"soa-c03"_s, 7000), QStringList {u"q2"_s});
        QCOMPARE(reviews.dueCount(u"soa-c03"_s, 7000), 1);

        // resumed, it is asked again
        QVERIFY(annotations.write(u"q1"_s, {}, 8000, &error));
        QSqlQuery sql(m_db->connection());
        QVERIFY(sql.exec(u"SELECT count(*) FROM question_annotations"_s) && sql.next());
        QCOMPARE(sql.value(0).toInt(), 1); // an empty annotation leaves no row
        QCOMPARE(annotations.suspendedCount(u"soa-c03"_s), 0);
        QCOMPARE(ids(store.pool(u"soa-c03"_s)).size(), 4);
        QCOMPARE(reviews.dueCount(u"soa-c03"_s, 9000), 2);
    }

    // The reviews due count only the exam's active questions: not another exam's, not a
    // retired or suspended one's.
    void dueCountLeavesOutWhatIsNotAsked()
    {
        QuestionStore store(*m_db);
        QList<Question> questions;
        for (int i = 0; i < 6; ++i)
            questions.append(makeQuestion(u"q%1"_s.arg(i), u"1"_s, u"1.1"_s));
        store.syncBundled(bankOf(questions, "h1"), 1000);
        QSqlQuery sql(m_db->connection());
        for (int i = 0; i < 6; ++i) {
            QVERIFY(sql.exec(u"INSERT INTO review_states (question_id, stability, difficulty,"
                             " last_review_at, due_at, reviews, lapses, last_rating)"
                             " VALUES ('q%1', 1, 5, 1000, %2, 1, 1, 1)"_s.arg(i)
                                 .arg(i == 5 ? 9000 : 5000)));
        }
        // q0 and q1 of other exams (sorting before and after this one), q2 retired
        QVERIFY(sql.exec(u"UPDATE questions SET exam = 'aaa-other' WHERE id = 'q0'"_s));
        QVERIFY(sql.exec(u"UPDATE questions SET exam = 'zzz-other' WHERE id = 'q1'"_s));
        QVERIFY(sql.exec(u"UPDATE questions SET retired = 1 WHERE id = 'q2'"_s));
        QString error;
        QVERIFY2(AnnotationStore(*m_db).write(u"q3"_s, {false, true, {}}, 2000, &error),
                 qPrintable(error));
        ReviewStore reviews(*m_db);
        QCOMPARE(reviews.due(u"soa-c03"_s, 6000), QStringList {u"q4"_s});
        QCOMPARE(reviews.dueCount(u"soa-c03"_s, 6000), 1);
        QCOMPARE(reviews.dueCount(u"soa-c03"_s, 10000), 2);
        QCOMPARE(reviews.dueCount(u"soa-c03"_s, 4000), 0);
        QCOMPARE(reviews.dueCount(u"aaa-other"_s, 6000), 1);
        QCOMPARE(reviews.dueCount(u"zzz-other"_s, 6000), 1);
    }

    void countsFollowSyncAndImport()
    {
        QuestionStore store(*m_db);
        store.syncBundled(bankOf({makeQuestion(u"q1"_s, u"1"_s, u"1.1"_s, {u"vpc"_s}),
                                  makeQuestion(u"q2"_s, u"1"_s, u"1.2"_s, {u"vpc"_s}),
                                  makeQuestion(u"q3"_s, u"2"_s, u"2.1"_s, {u"ipv6"_s})},
                                 "h1"),
                          1000);
        QCOMPARE(store.activeCount(u"soa-c03"_s), 3);
        QCOMPARE(store.activeCountsByDomain(u"soa-c03"_s),
                 (QMap<QString, int> {{u"1"_s, 2}, {u"2"_s, 1}}));
        QCOMPARE(store.activeCountsByTopic(u"soa-c03"_s),
                 (QMap<QString, int> {{u"ipv6"_s, 1}, {u"vpc"_s, 2}}));
        QString error;
        QVERIFY(store.importQuestions({makeQuestion(u"i1"_s, u"2"_s, u"2.1"_s, {u"vpc"_s})},
                                      u"import:x.json"_s, 2000, &error));
        QCOMPARE(store.activeCountsByTask(u"soa-c03"_s),
                 (QMap<QString, int> {{u"1.1"_s, 1}, {u"1.2"_s, 1}, {u"2.1"_s, 2}}));
        // q1 leaves the bundle: retired, no longer counted
        store.syncBundled(bankOf({makeQuestion(u"q2"_s, u"1"_s, u"1.2"_s, {u"vpc"_s}),
                                  makeQuestion(u"q3"_s, u"2"_s, u"2.1"_s, {u"ipv6"_s})},
                                 "h2"),
                          3000);
        QCOMPARE(store.activeCount(u"soa-c03"_s), 3);
        QCOMPARE(store.activeCountsByTopic(u"soa-c03"_s).value(u"vpc"_s), 2);
        QVERIFY(!store.activeCountsByTask(u"soa-c03"_s).contains(u"1.1"_s));
    }

    // Start-up compares the hash made at build time with the one the sync recorded, and
    // parses the bundle only when they differ: the two must be the same hash.
    void buildTimeBundleHashIsTheOneTheSyncRecords()
    {
        QString error;
        QVERIFY2(Commands::syncBundledBank(*m_db, &error), qPrintable(error));
        QuestionStore store(*m_db);
        QCOMPARE(store.bundleHash(), BankReader::directoryHash(BankReader::bundledPath()));
        QCOMPARE(store.bundleHash(), BankReader::readBundled(nullptr).contentHash);
        QCOMPARE(BankReader::directoryHash(BankReader::bundledPath()),
                 BankReader::computeDirectoryHash(BankReader::bundledPath()));
        QCOMPARE(store.bundleHash().size(), 64);
    }

    void bundledBankSyncsIntoTheDatabase()
    {
        QString error;
        QVERIFY2(Commands::syncBundledBank(*m_db, &error), qPrintable(error));
        const Bank bank = BankReader::readBundled(nullptr);
        QuestionStore store(*m_db);
        QCOMPARE(store.activeCount(u"soa-c03"_s), int(bank.questions.size()));
        // what comes back from the database is the question as the file has it
        const Question &first = bank.questions.first();
        QCOMPARE(*store.question(first.id), first);
    }
};

QTEST_GUILESS_MAIN(TestQuestionStore)
#include "tst_questionstore.moc"
