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
            QVERIFY(query.exec(u"PRAGMA user_version = 5"_s));
        }
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), 6);
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
    }
};

QTEST_MAIN(TestQuestionSearch)
#include "tst_questionsearch.moc"
