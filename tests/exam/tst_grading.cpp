#include "exam/grading.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using TestSupport::makeQuestion;

class TestGrading : public QObject
{
    Q_OBJECT

    Blueprint m_blueprint;

    static Attempt attemptOf(const QList<std::pair<QString, QString>> &answers)
    {
        Attempt attempt;
        int position = 0;
        for (const auto &[id, selection] : answers)
            attempt.items.append({position++, id, u"ABCDE"_s, selection, false, 0, -1});
        return attempt;
    }

private slots:
    void initTestCase() { m_blueprint = *TestSupport::bundledCatalog().blueprint(u"soa-c03"_s); }

    void exactSetRule_data()
    {
        QTest::addColumn<QString>("correct");
        QTest::addColumn<QString>("selection");
        QTest::addColumn<bool>("expected");
        QTest::newRow("single right") << u"B"_s << u"B"_s << true;
        QTest::newRow("single wrong") << u"B"_s << u"C"_s << false;
        QTest::newRow("unanswered") << u"B"_s << QString() << false;
        QTest::newRow("multiple exact") << u"AD"_s << u"AD"_s << true;
        QTest::newRow("multiple any order") << u"AD"_s << u"DA"_s << true;
        QTest::newRow("multiple partial") << u"AD"_s << u"A"_s << false;
        QTest::newRow("multiple extra") << u"AD"_s << u"ADE"_s << false;
        QTest::newRow("multiple one wrong") << u"AD"_s << u"AE"_s << false;
        QTest::newRow("three of three") << u"ACE"_s << u"ECA"_s << true;
    }

    void exactSetRule()
    {
        QFETCH(QString, correct);
        QFETCH(QString, selection);
        QFETCH(bool, expected);
        QCOMPARE(
            Grading::isCorrect(makeQuestion(u"q"_s, u"1"_s, u"1.1"_s, {}, correct, 5), selection),
            expected);
    }

    void scaledScoreIsLinearAndRounded_data()
    {
        QTest::addColumn<int>("correct");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("score");
        QTest::newRow("none") << 0 << 65 << 100;
        QTest::newRow("all") << 65 << 65 << 1000;
        QTest::newRow("47 of 65") << 47 << 65 << 751; // 100 + 900 * 47 / 65 = 750.77
        QTest::newRow("45 of 65") << 45 << 65 << 723; // 723.08
        QTest::newRow("44 of 65") << 44 << 65 << 709; // 709.23
        QTest::newRow("half") << 1 << 2 << 550;
        QTest::newRow("empty attempt") << 0 << 0 << 100;
    }

    void scaledScoreIsLinearAndRounded()
    {
        QFETCH(int, correct);
        QFETCH(int, total);
        QFETCH(int, score);
        QCOMPARE(Grading::scaledScore(m_blueprint, correct, total), score);
    }

    void gradeCountsDomainsTasksAndTopics()
    {
        QHash<QString, Question> questions;
        const auto add = [&](const Question &q) {
            questions.insert(q.id, q);
        };
        add(makeQuestion(u"a"_s, u"1"_s, u"1.1"_s, {u"cloudwatch"_s, u"ec2"_s}, u"A"_s));
        add(makeQuestion(u"b"_s, u"1"_s, u"1.2"_s, {u"cloudwatch"_s}, u"B"_s));
        add(makeQuestion(u"c"_s, u"1"_s, u"1.2"_s, {u"ec2"_s}, u"C"_s));
        add(makeQuestion(u"d"_s, u"5"_s, u"5.1"_s, {u"vpc"_s}, u"BD"_s, 5));
        add(makeQuestion(u"e"_s, u"5"_s, u"5.3"_s, {u"vpc"_s}, u"D"_s));
        const Attempt attempt = attemptOf({{u"a"_s, u"A"_s},
                                           {u"b"_s, u"B"_s},
                                           {u"c"_s, u"A"_s},
                                           {u"d"_s, u"B"_s},
                                           {u"e"_s, QString()}});
        const AttemptResult r = Grading::grade(m_blueprint, attempt, questions);
        QCOMPARE(r.correct, 2);
        QCOMPARE(r.total, 5);
        QCOMPARE(r.itemCorrect, (QList<bool> {true, true, false, false, false}));
        QCOMPARE(r.scaledScore, 460);
        QVERIFY(!r.passed);

        QCOMPARE(r.domains.size(), 2);
        QCOMPARE(r.domains.at(0).id, u"1"_s);
        QCOMPARE(r.domains.at(0).correct, 2);
        QCOMPARE(r.domains.at(0).total, 3);
        QVERIFY(!r.domains.at(0).meetsCompetencies); // 0.667 < 0.689
        QCOMPARE(r.domains.at(1).id, u"5"_s);
        QCOMPARE(r.domains.at(1).correct, 0);

        QStringList taskIds;
        for (const ScoreLine &t : r.tasks)
            taskIds.append(t.id);
        QCOMPARE(taskIds, (QStringList {u"1.1"_s, u"1.2"_s, u"5.1"_s, u"5.3"_s}));
        QVERIFY(r.tasks.at(0).meetsCompetencies); // 1 of 1
        QVERIFY(!r.tasks.at(1).meetsCompetencies); // 1 of 2

        QMap<QString, ScoreLine> topics;
        for (const ScoreLine &t : r.topics)
            topics.insert(t.id, t);
        QCOMPARE(topics.keys(), (QStringList {u"cloudwatch"_s, u"ec2"_s, u"vpc"_s}));
        QCOMPARE(topics.value(u"cloudwatch"_s).correct, 2);
        QCOMPARE(topics.value(u"cloudwatch"_s).total, 2);
        QCOMPARE(topics.value(u"ec2"_s).correct, 1);
        QCOMPARE(topics.value(u"ec2"_s).total, 2);
        QCOMPARE(topics.value(u"vpc"_s).total, 2);
    }

    void competencyLabelFollowsPassFraction()
    {
        // (720 - 100) / 900 = 0.6889: 31 of 45 (0.6889) meets, 30 of 45 does not
        QHash<QString, Question> questions;
        QList<std::pair<QString, QString>> answers;
        for (int i = 0; i < 45; ++i) {
            const Question q
                = makeQuestion(u"q%1"_s.arg(i), u"2"_s, u"2.1"_s, {u"auto-scaling"_s}, u"A"_s);
            questions.insert(q.id, q);
            answers.append({q.id, i < 31 ? u"A"_s : u"B"_s});
        }
        AttemptResult r = Grading::grade(m_blueprint, attemptOf(answers), questions);
        QCOMPARE(r.domains.first().correct, 31);
        QVERIFY(r.domains.first().meetsCompetencies);
        QVERIFY(r.passed);
        QCOMPARE(r.scaledScore, 720);
        answers[30].second = u"B"_s;
        r = Grading::grade(m_blueprint, attemptOf(answers), questions);
        QVERIFY(!r.domains.first().meetsCompetencies);
        QVERIFY(!r.passed);
    }
};

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
