#include "bank/annotationstore.h"
#include "bank/questionsearch.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QStringList idsOf(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &hit : hits)
        ids.append(hit.id);
    return ids;
}

// Questions whose texts tell them apart: each word below is in one place of one question.
QList<Question> sampleQuestions()
{
    Question nacl = makeQuestion(u"nacl-01"_s, u"5"_s, u"5.3"_s, {u"vpc"_s});
    nacl.stem = {u"Replies from the internet never reach the instance."_s,
                 u"インターネットからの応答がインスタンスに届きません。"_s};
    nacl.choices[0].text = {u"Allow inbound ephemeral ports in the network ACL."_s,
                            u"ネットワーク ACL でエフェメラルポートのインバウンドを許可する。"_s};
    Question alarm = makeQuestion(u"alarm-01"_s, u"1"_s, u"1.1"_s, {u"cloudwatch"_s});
    alarm.stem = {u"An alarm flaps between OK and ALARM."_s,
                  u"アラームが OK と ALARM の間で揺れ動きます。"_s};
    alarm.choices[2].rationale = {u"Missing data treated as breaching makes gaps trip it."_s,
                                  u"欠落データを違反として扱うと、欠損で発報します。"_s};
    alarm.explanation = {u"Use M out of N datapoints to alarm."_s,
                         u"N 個中 M 個のデータポイントで監視します。"_s};
    Question backup = makeQuestion(u"backup-01"_s, u"2"_s, u"2.2"_s, {u"backup"_s});
    backup.stem = {u"A vault must keep recovery points for seven years."_s,
                   u"ボールトは復旧ポイントを 7 年間保持する必要があります。"_s};
    backup.explanation = {u"Vault Lock in compliance mode; an alarm is not needed."_s,
                          u"コンプライアンスモードの Vault Lock を使います。"_s};
    return {nacl, alarm, backup};
}

} // namespace

class TestQuestionSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QStringList find(const QString &text, SearchRequest request = {})
    {
        request.text = text;
        QString error;
        const QList<SearchHit> hits = QuestionSearch(*m_db).search(request, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        QStringList ids = idsOf(hits);
        ids.sort();
        return ids;
    }

private slots:
    void init()
    {
        static int run = 0; // init() runs for every row of a data-driven test
        m_db = std::make_unique<Database>(m_dir.filePath(u"search-%1.sqlite"_s.arg(++run)));
        QVERIFY(m_db->open());
        QVERIFY(QuestionStore(*m_db)
                    .syncBundled(Bank {bundledCatalog(), sampleQuestions(), "h1"}, 1000)
                    .changed);
    }
    void cleanup() { m_db.reset(); }

    void findsWordsInEveryPartOfAQuestionInBothLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("stem") << u"flaps"_s << QStringList {u"alarm-01"_s};
        QTest::newRow("choice") << u"ephemeral"_s << QStringList {u"nacl-01"_s};
        QTest::newRow("rationale") << u"breaching"_s << QStringList {u"alarm-01"_s};
        QTest::newRow("explanation") << u"datapoints"_s << QStringList {u"alarm-01"_s};
        QTest::newRow("id") << u"backup-0"_s << QStringList {u"backup-01"_s};
        QTest::newRow("any case") << u"VAULT LOCK"_s << QStringList {u"backup-01"_s};
        QTest::newRow("every word, anywhere") << u"alarm vault"_s << QStringList {u"backup-01"_s};
        QTest::newRow("one word in two questions")
            << u"alarm"_s << QStringList {u"alarm-01"_s, u"backup-01"_s};
        QTest::newRow("a phrase") << u"\"alarm is not\""_s << QStringList {u"backup-01"_s};
        QTest::newRow("no such phrase") << u"\"flaps alarm\""_s << QStringList {};
        QTest::newRow("Japanese stem") << u"インスタンス"_s << QStringList {u"nacl-01"_s};
        QTest::newRow("Japanese choice") << u"エフェメラル"_s << QStringList {u"nacl-01"_s};
        QTest::newRow("Japanese rationale") << u"欠落データ"_s << QStringList {u"alarm-01"_s};
        QTest::newRow("two characters (no trigram)") << u"監視"_s << QStringList {u"alarm-01"_s};
        QTest::newRow("one character") << u"揺"_s << QStringList {u"alarm-01"_s};
        QTest::newRow("short and long words") << u"7 ボールト"_s << QStringList {u"backup-01"_s};
        QTest::newRow("mixed languages")
            << u"Vault コンプライアンス"_s << QStringList {u"backup-01"_s};
        QTest::newRow("nowhere") << u"Kinesis"_s << QStringList {};
        QTest::newRow("SQL and FTS syntax are words") << u"'%\" OR 1=1 --"_s << QStringList {};
    }

    void findsWordsInEveryPartOfAQuestionInBothLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QCOMPARE(find(text), ids);
    }

    void showsWhereTheWordsAreAndCountsEveryHit()
    {
        SearchRequest request;
        request.text = u"ephemeral"_s;
        const QList<SearchHit> hits = QuestionSearch(*m_db).search(request);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().task, u"5.3"_s);
        QCOMPARE(hits.first().source, u"bundled"_s);
        QVERIFY2(hits.first().snippet.contains(u"inbound [ephemeral] ports"_s),
                 qPrintable(hits.first().snippet));

        request.text = u"監視"_s;
        const QString snippet = QuestionSearch(*m_db).search(request).value(0).snippet;
        QVERIFY2(snippet.contains(u"[監視]"_s), qPrintable(snippet));

        request.text = u"alarm"_s;
        request.limit = 1;
        QCOMPARE(QuestionSearch(*m_db).search(request).size(), 1);
        QCOMPARE(QuestionSearch(*m_db).count(request), 2);
        request.offset = 1;
        QCOMPARE(QuestionSearch(*m_db).search(request).size(), 1);
        request.offset = 2;
        QVERIFY(QuestionSearch(*m_db).search(request).isEmpty());
    }

    void filtersByDomainTaskTopicAndRetirement()
    {
        SearchRequest request;
        request.domain = u"2"_s;
        QCOMPARE(find(u"alarm"_s, request), QStringList {u"backup-01"_s});
        request = {};
        request.task = u"1.1"_s;
        QCOMPARE(find(u"alarm"_s, request), QStringList {u"alarm-01"_s});
        request = {};
        request.topic = u"vpc"_s;
        QCOMPARE(find(QString(), request), QStringList {u"nacl-01"_s});

        // A question the bundle no longer has is retired: found only when asked for.
        QList<Question> fewer = sampleQuestions();
        fewer.removeLast();
        QCOMPARE(
            QuestionStore(*m_db).syncBundled(Bank {bundledCatalog(), fewer, "h2"}, 2000).retired,
            1);
        QCOMPARE(find(u"vault"_s), QStringList {});
        request = {};
        request.includeRetired = true;
        QCOMPARE(find(u"vault"_s, request), QStringList {u"backup-01"_s});
        request.text = u"vault"_s;
        QVERIFY(QuestionSearch(*m_db).search(request).value(0).retired);
    }

    // The filters of the question browser beyond words: type, difficulty, source, and where the
    // learner stands with each question; and every order a column can be sorted in.
    void filtersByWhatTheLearnerDidAndSorts()
    {
        Question hard = makeQuestion(u"multi-01"_s, u"3"_s, u"3.1"_s, {u"ec2"_s}, u"AC"_s, 5);
        hard.difficulty = 3;
        QString error;
        QVERIFY2(QuestionStore(*m_db).importQuestions({hard}, u"import:mine.json"_s, 2000, &error),
                 qPrintable(error));
        const auto all = [this](const SearchRequest &asked) {
            QString failure;
            const QStringList ids = idsOf(QuestionSearch(*m_db).search(asked, &failure));
            if (!failure.isEmpty())
                qWarning("%s", qPrintable(failure));
            return ids;
        };
        SearchRequest request;
        request.type = u"multiple"_s;
        QCOMPARE(all(request), QStringList {u"multi-01"_s});
        request = {};
        request.difficulty = 3;
        QCOMPARE(all(request), QStringList {u"multi-01"_s});
        request = {};
        request.source = u"import:mine.json"_s;
        QCOMPARE(all(request), QStringList {u"multi-01"_s});
        QCOMPARE(QuestionSearch(*m_db).sources(),
                 (QStringList {u"bundled"_s, u"import:mine.json"_s}));
        {
            // The bundle first, then the others by name, each once.
            QSqlQuery sql(m_db->connection());
            QVERIFY(sql.exec(u"UPDATE questions SET source = 'archive' WHERE id = 'nacl-01'"_s));
            QCOMPARE(QuestionSearch(*m_db).sources(),
                     (QStringList {u"bundled"_s, u"archive"_s, u"import:mine.json"_s}));
            QVERIFY(sql.exec(u"UPDATE questions SET source = 'bundled' WHERE id = 'nacl-01'"_s));
        }

        // nacl-01 missed three times, due since 5000; alarm-01 right last time, due at 90000
        QSqlQuery sql(m_db->connection());
        QVERIFY(sql.exec(u"INSERT INTO review_states (question_id, stability, difficulty,"
                         " last_review_at, due_at, reviews, lapses, last_rating) VALUES"
                         " ('nacl-01', 0.2, 8, 4000, 5000, 4, 3, 1),"
                         " ('alarm-01', 3.0, 5, 6000, 90000, 2, 1, 3)"_s));
        QVERIFY(sql.exec(u"UPDATE questions SET last_seen_at = 4000 WHERE id = 'nacl-01'"_s));
        QVERIFY(sql.exec(u"UPDATE questions SET last_seen_at = 6000 WHERE id = 'alarm-01'"_s));
        AnnotationStore annotations(*m_db);
        QVERIFY(annotations.write(u"backup-01"_s, {true, false, {}}, 1, &error));
        QVERIFY(annotations.write(u"alarm-01"_s, {false, false, u"M of N"_s}, 1, &error));
        QVERIFY(annotations.write(u"multi-01"_s, {false, true, {}}, 1, &error));
        using Status = SearchRequest::Status;
        const auto withStatus = [&](Status status, int missed = 1) {
            SearchRequest asked;
            asked.status = status;
            asked.missed = missed;
            asked.nowMs = 10000;
            QStringList ids = all(asked);
            ids.sort();
            return ids;
        };
        QCOMPARE(withStatus(Status::NeverSeen), (QStringList {u"backup-01"_s, u"multi-01"_s}));
        QCOMPARE(withStatus(Status::LastWrong), QStringList {u"nacl-01"_s});
        QCOMPARE(withStatus(Status::MissedAtLeast, 1), (QStringList {u"alarm-01"_s, u"nacl-01"_s}));
        QCOMPARE(withStatus(Status::MissedAtLeast, 3), QStringList {u"nacl-01"_s});
        QCOMPARE(withStatus(Status::MissedAtLeast, 4), QStringList {});
        QCOMPARE(withStatus(Status::Due), QStringList {u"nacl-01"_s});
        QCOMPARE(withStatus(Status::Bookmarked), QStringList {u"backup-01"_s});
        QCOMPARE(withStatus(Status::HasNote), QStringList {u"alarm-01"_s});
        QCOMPARE(withStatus(Status::Suspended), QStringList {u"multi-01"_s});
        // with words too
        request = {};
        request.text = u"alarm"_s;
        request.status = Status::Bookmarked;
        QCOMPARE(all(request), QStringList {u"backup-01"_s});

        // what a row shows
        request = {};
        request.text = u"ephemeral"_s;
        const SearchHit nacl = QuestionSearch(*m_db).search(request).value(0);
        QCOMPARE(nacl.reviews, 4);
        QCOMPARE(nacl.lapses, 3);
        QVERIFY(!nacl.lastRight);
        QCOMPARE(nacl.dueAtMs, 5000);
        QCOMPARE(nacl.topics, QStringList {u"vpc"_s});
        QCOMPARE(nacl.type, u"single"_s);
        request.text = u"multi-01"_s;
        const SearchHit multi = QuestionSearch(*m_db).search(request).value(0);
        QVERIFY(multi.suspended && !multi.bookmarked && !multi.hasNote);
        QCOMPARE(multi.dueAtMs, -1);
        QCOMPARE(multi.difficulty, 3);

        using Sort = SearchRequest::Sort;
        const auto sorted = [&](Sort sort, bool descending = false) {
            SearchRequest asked;
            asked.sort = sort;
            asked.descending = descending;
            return all(asked);
        };
        QCOMPARE(sorted(Sort::Bank),
                 (QStringList {u"alarm-01"_s, u"backup-01"_s, u"multi-01"_s, u"nacl-01"_s}));
        QCOMPARE(sorted(Sort::Id, true),
                 (QStringList {u"nacl-01"_s, u"multi-01"_s, u"backup-01"_s, u"alarm-01"_s}));
        QCOMPARE(sorted(Sort::Domain).first(), u"alarm-01"_s); // domain 1
        QCOMPARE(sorted(Sort::Difficulty, true).first(), u"multi-01"_s);
        QCOMPARE(sorted(Sort::Type).first(), u"multi-01"_s); // "multiple" before "single"
        QCOMPARE(sorted(Sort::Reviews, true),
                 (QStringList {u"nacl-01"_s, u"alarm-01"_s, u"backup-01"_s, u"multi-01"_s}));
        QCOMPARE(sorted(Sort::NextReview),
                 (QStringList {u"nacl-01"_s, u"alarm-01"_s, u"backup-01"_s, u"multi-01"_s}));
        QCOMPARE(sorted(Sort::LastResult),
                 (QStringList {u"backup-01"_s, u"multi-01"_s, u"nacl-01"_s, u"alarm-01"_s}));
        QCOMPARE(sorted(Sort::Source, true).first(), u"multi-01"_s);
        QCOMPARE(sorted(Sort::Topics).first(), u"backup-01"_s); // "backup" < "cloudwatch" ...
        // stalest first: never answered (in shuffle order), then the longest ago
        const QStringList stalest = sorted(Sort::Stalest);
        QCOMPARE(stalest.mid(2), (QStringList {u"nacl-01"_s, u"alarm-01"_s}));
        // pages of a sorted result never overlap
        request = {};
        request.sort = Sort::Difficulty;
        request.limit = 2;
        QStringList paged = all(request);
        request.offset = 2;
        paged += all(request);
        QCOMPARE(QSet<QString>(paged.begin(), paged.end()).size(), 4);
        // practice leaves suspended questions out
        request = {};
        request.includeSuspended = false;
        QVERIFY(!all(request).contains(u"multi-01"_s));
    }

    void followsTheBundleSyncAndImport()
    {
        // A changed question is found by its new words, no longer by its old ones.
        QList<Question> changed = sampleQuestions();
        changed[1].stem = {u"An alarm stays in INSUFFICIENT_DATA."_s, u"データ不足のままです。"_s};
        QVERIFY(
            QuestionStore(*m_db).syncBundled(Bank {bundledCatalog(), changed, "h2"}, 2000).changed);
        QCOMPARE(find(u"flaps"_s), QStringList {});
        QCOMPARE(find(u"INSUFFICIENT"_s), QStringList {u"alarm-01"_s});
        QCOMPARE(find(u"データ不足"_s), QStringList {u"alarm-01"_s});
        QCOMPARE(QuestionSearch(*m_db).count({}), 3);

        // An import that fails leaves the index as it was; one that succeeds is found.
        Question mine = makeQuestion(u"mine-01"_s, u"3"_s, u"3.1"_s);
        mine.stem = {u"Session Manager port forwarding"_s, u"ポートフォワーディング"_s};
        QString error;
        QVERIFY(!QuestionStore(*m_db).importQuestions({mine, sampleQuestions().first()},
                                                      u"import:x.json"_s, 3000, &error));
        QCOMPARE(find(u"forwarding"_s), QStringList {});
        QVERIFY(QuestionStore(*m_db).importQuestions({mine}, u"import:x.json"_s, 3000, &error));
        QCOMPARE(find(u"forwarding"_s), QStringList {u"mine-01"_s});
        SearchRequest request;
        request.text = u"ポートフォワーディング"_s;
        QCOMPARE(QuestionSearch(*m_db).search(request).value(0).source, u"import:x.json"_s);
    }

    void migrationIndexesTheQuestionsAlreadyStored()
    {
        // A schema-5 database holding the bundled bank: the index does not exist yet.
        const QString path = m_dir.filePath(u"v5.sqlite"_s);
        {
            Database db(path);
            QVERIFY(openWithBank(db));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"DROP TABLE question_search"_s));
            QVERIFY(query.exec(u"DROP TABLE search_rows"_s));
            // nor what schema 7 adds
            QVERIFY(query.exec(u"DROP TABLE question_annotations"_s));
            QVERIFY(query.exec(u"ALTER TABLE questions DROP COLUMN type"_s));
            QVERIFY(query.exec(u"ALTER TABLE questions DROP COLUMN difficulty"_s));
            // nor what schema 8 adds
            QVERIFY(query.exec(u"DROP INDEX questions_source"_s));
            // nor what schema 9 adds
            QVERIFY(query.exec(u"DROP INDEX questions_area"_s));
            QVERIFY(query.exec(u"DROP INDEX review_states_recall"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 5"_s));
        }
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Schema::currentVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM questions"_s) && query.next());
        const int questions = query.value(0).toInt();
        QVERIFY(questions > 300);
        QVERIFY(query.exec(u"SELECT count(*) FROM search_rows"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), questions);
        SearchRequest request;
        request.text = u"ephemeral"_s;
        QVERIFY(QuestionSearch(db).search(request).size() >= 1);
        request.text = u"エフェメラル"_s;
        QVERIFY(QuestionSearch(db).search(request).size() >= 1);
        // Schema 7 reads each question's type and difficulty out of its JSON.
        QVERIFY(query.exec(u"SELECT count(*) FROM questions WHERE type = 'multiple'"
                           " AND json_extract(data, '$.type') = 'multiple'"_s)
                && query.next());
        const int multiple = query.value(0).toInt();
        QVERIFY(multiple > 10);
        QVERIFY(query.exec(u"SELECT count(*) FROM questions WHERE type <> json_extract(data, "
                           "'$.type') OR difficulty <> json_extract(data, '$.difficulty')"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        request.text.clear();
        request.type = u"multiple"_s;
        QCOMPARE(QuestionSearch(db).count(request), multiple);
    }
};

QTEST_MAIN(TestQuestionSearch)
#include "tst_questionsearch.moc"
