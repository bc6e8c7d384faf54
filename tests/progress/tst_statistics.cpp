#include "exam/attemptstore.h"
#include "progress/masterytotals.h"
#include "progress/statistics.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
constexpr qint64 day = 24LL * 60 * 60 * 1000;
constexpr qint64 now = 1'800'000'000'000;
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void weightHalvesEveryThirtyDays()
    {
        QCOMPARE(Mastery::weight(0), 1.0);
        QVERIFY(qAbs(Mastery::weight(30) - 0.5) < 1e-12);
        QVERIFY(qAbs(Mastery::weight(60) - 0.25) < 1e-12);
        QCOMPARE(Mastery::weight(-3), 1.0); // a clock set back does not give weight above one
    }

    void recentAnswersCountMore()
    {
        // 10 wrong answers 90 days ago, 10 right ones today: mostly right now
        const MasteryEstimate improving = Mastery::estimate({{90, 10, 0}, {0, 10, 10}});
        QCOMPARE(improving.answered, 20);
        QCOMPARE(improving.correct, 10);
        QVERIFY(qAbs(improving.accuracy - 1.0 / (1.0 + 0.125)) < 1e-9); // 10 / (10 + 10 * 0.125)
        // the same answers the other way round: mostly wrong now
        const MasteryEstimate declining = Mastery::estimate({{90, 10, 10}, {0, 10, 0}});
        QVERIFY(declining.accuracy < 0.12);
        QVERIFY(*improving.mastery() > *declining.mastery());
    }

    void fewLuckyAnswersDoNotOutrankMany()
    {
        const MasteryEstimate lucky = Mastery::estimate({{0, 5, 5}});
        const MasteryEstimate solid = Mastery::estimate({{0, 50, 45}});
        QCOMPARE(lucky.accuracy, 1.0);
        QCOMPARE(solid.accuracy, 0.9);
        QVERIFY(lucky.mastery().has_value());
        QVERIFY(*lucky.mastery() < *solid.mastery());
        QVERIFY(lucky.upper - lucky.lower > solid.upper - solid.lower);
        QVERIFY(solid.lower < 0.9 && solid.upper > 0.9);
    }

    void tooFewAnswersIsNotEnoughData()
    {
        const MasteryEstimate three = Mastery::estimate({{0, 3, 3}});
        QVERIFY(!three.enoughData);
        QVERIFY(!three.mastery().has_value());
        QCOMPARE(three.accuracy, 1.0);
        QVERIFY(!Mastery::estimate({}).mastery().has_value());
    }

    void oldAnswersShrinkTheEffectiveCount()
    {
        const MasteryEstimate fresh = Mastery::estimate({{0, 40, 30}});
        const MasteryEstimate mixed = Mastery::estimate({{0, 20, 15}, {120, 20, 15}});
        QVERIFY(qAbs(fresh.effectiveCount - 40) < 1e-9);
        QVERIFY(mixed.effectiveCount < 40);
        QVERIFY(qAbs(mixed.accuracy - 0.75) < 1e-9);
        QVERIFY(mixed.upper - mixed.lower > fresh.upper - fresh.lower);
    }

    void masteryIsComputedFromTheAnswerLog()
    {
        Database db(m_dir.filePath(u"stats.sqlite"_s));
        QVERIFY(db.open());
        QuestionStore questions(db);
        questions.syncBundled(
            Bank {bundledCatalog(),
                  {makeQuestion(u"a"_s, u"1"_s, u"1.1"_s, {u"cloudwatch"_s, u"ec2"_s}),
                   makeQuestion(u"b"_s, u"5"_s, u"5.2"_s, {u"route53"_s})},
                  "h"},
            0);
        AttemptStore attempts(db);
        // Two attempts: 60 days ago domain 1 went badly, today well; domain 5 always badly.
        const auto sit = [&](qint64 when, int rightA, int rightB, int each) {
            Attempt attempt;
            attempt.exam = u"soa-c03"_s;
            attempt.createdAtMs = when;
            QList<bool> correct;
            for (int i = 0; i < each; ++i) {
                attempt.items.append({i, u"a"_s, u"ABCD"_s, {}, false, 0, -1});
                correct.append(i < rightA);
            }
            for (int i = 0; i < each; ++i) {
                attempt.items.append({each + i, u"b"_s, u"ABCD"_s, {}, false, 0, -1});
                correct.append(i < rightB);
            }
            QString error;
            const qint64 id = attempts.create(attempt, &error);
            QVERIFY(id > 0);
            AttemptResult result;
            result.itemCorrect = correct;
            result.total = int(correct.size());
            QVERIFY(attempts.submit(id, result, when, &error));
        };
        sit(now - 60 * day, 2, 1, 10);
        sit(now, 9, 1, 10);

        const Statistics stats(db);
        const QList<MasteryLine> domains
            = stats.mastery(u"soa-c03"_s, Statistics::Dimension::Domain);
        QCOMPARE(domains.size(), 2);
        QCOMPARE(domains.at(0).id, u"1"_s);
        QCOMPARE(domains.at(0).estimate.answered, 20);
        QCOMPARE(domains.at(0).estimate.correct, 11);
        QVERIFY(qAbs(domains.at(0).estimate.accuracy - (9 + 2 * 0.25) / (10 + 10 * 0.25)) < 1e-9);
        QCOMPARE(domains.at(1).id, u"5"_s);
        QVERIFY(qAbs(domains.at(1).estimate.accuracy - 0.1) < 1e-9);

        const QList<MasteryLine> tasks = stats.mastery(u"soa-c03"_s, Statistics::Dimension::Task);
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks.at(1).id, u"5.2"_s);

        const QList<MasteryLine> topics = stats.mastery(u"soa-c03"_s, Statistics::Dimension::Topic);
        QStringList ids;
        for (const MasteryLine &line : topics)
            ids.append(line.id);
        QCOMPARE(ids, (QStringList {u"cloudwatch"_s, u"ec2"_s, u"route53"_s}));
        QCOMPARE(topics.at(1).estimate.answered, 20);

        QCOMPARE(stats.attemptCount(u"soa-c03"_s), 2);
        QCOMPARE(stats.submittedCount(u"soa-c03"_s), 2);
        const QList<AttemptSummary> history = stats.history(u"soa-c03"_s);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().createdAtMs, now);
        QCOMPARE(history.first().questions, 20);
    }

    void readinessNeedsEveryDomainAndFollowsTheWeights()
    {
        Database db(m_dir.filePath(u"readiness.sqlite"_s));
        QVERIFY(db.open());
        const BankCatalog catalog = bundledCatalog();
        const Blueprint blueprint = *catalog.blueprint(u"soa-c03"_s);
        // Seven questions per domain: six to answer once, one never answered.
        QList<Question> questions;
        for (const Domain &d : blueprint.domains) {
            for (int i = 0; i < 7; ++i)
                questions.append(makeQuestion(u"q%1-%2"_s.arg(d.id).arg(i), d.id,
                                              d.tasks.first().id, {u"vpc"_s}));
        }
        QuestionStore(db).syncBundled(Bank {catalog, questions, "h"}, 0);
        AttemptStore attempts(db);
        // Domain d: d of its six answered questions right (domain 5 all six: d is capped).
        const auto sit = [&](const QStringList &domains) {
            Attempt attempt;
            attempt.exam = u"soa-c03"_s;
            attempt.createdAtMs = now;
            QList<bool> correct;
            for (const QString &d : domains) {
                for (int i = 0; i < 6; ++i) {
                    attempt.items.append({int(attempt.items.size()),
                                          u"q%1-%2"_s.arg(d).arg(i),
                                          u"ABCD"_s,
                                          {},
                                          false,
                                          0,
                                          -1});
                    correct.append(i < d.toInt() + (d == u"5"_s ? 1 : 0));
                }
            }
            QString error;
            const qint64 id = attempts.create(attempt, &error);
            AttemptResult result;
            result.itemCorrect = correct;
            result.total = int(correct.size());
            QVERIFY(attempts.submit(id, result, now, &error));
        };
        const Statistics stats(db);
        sit({u"1"_s, u"2"_s, u"3"_s, u"4"_s});
        Readiness r = stats.readiness(blueprint, now);
        QVERIFY(!r.available);
        QCOMPARE(r.missingDomains, QStringList {u"5"_s});
        sit({u"5"_s});

        // Ten days later: a question answered right once (stability 2.3065 days) or wrong
        // (0.212) is recalled with the forgetting curve's chance; the never-answered seventh
        // counts at the domain's accuracy.
        const qint64 later = now + 10 * 86400000LL;
        const FsrsScheduler fsrs;
        const double right = fsrs.forgettingCurve(10, FsrsScheduler::defaultParameters[2]);
        const double wrong = fsrs.forgettingCurve(10, FsrsScheduler::defaultParameters[0]);
        double expected = 0, weights = 0;
        for (const Domain &d : blueprint.domains) {
            const int rightCount = std::min(6, d.id.toInt() + (d.id == u"5"_s ? 1 : 0));
            const double accuracy = rightCount / 6.0;
            expected += d.weight * (rightCount * right + (6 - rightCount) * wrong + accuracy) / 7;
            weights += d.weight;
        }
        r = stats.readiness(blueprint, later);
        QVERIFY(r.available);
        QCOMPARE(r.score, int(std::lround(100 + 900 * expected / weights)));
        QVERIFY(r.low < r.score && r.score < r.high);
        // Every question was answered once: the first answers are all the answers.
        QVERIFY(r.firstSightAvailable);
        double firstSight = 0;
        for (const Domain &d : blueprint.domains)
            firstSight += d.weight * std::min(6, d.id.toInt() + (d.id == u"5"_s ? 1 : 0)) / 6.0;
        QCOMPARE(r.firstSight, int(std::lround(100 + 900 * firstSight / weights)));
        // If the exam were a month later still, less would be remembered.
        QVERIFY(stats.readiness(blueprint, later + 30 * 86400000LL).score < r.score);

        const QList<WeakArea> weakest = stats.weakest(u"soa-c03"_s, 3, later);
        QCOMPARE(weakest.size(), 3);
        QCOMPARE(weakest.at(0).kind, WeakArea::Kind::Domain);
        QCOMPARE(weakest.at(0).id, u"1"_s);
        QCOMPARE(weakest.at(0).recall.seen, 6);
        QVERIFY(std::abs(weakest.at(0).recall.mean() - (right + 5 * wrong) / 6) < 1e-9);
        QCOMPARE(weakest.at(1).id, u"2"_s);
        // Time counts in whole days: half a day on, the same recall.
        const QList<WeakArea> halfADayOn = stats.weakest(u"soa-c03"_s, 3, later + 43200000);
        QVERIFY(std::abs(halfADayOn.at(0).recall.mean() - (right + 5 * wrong) / 6) < 1e-9);

        const QList<DomainPoint> trend = stats.domainTrend(u"soa-c03"_s);
        QCOMPARE(trend.size(), 5);
        QCOMPARE(trend.first().domain, u"1"_s);
        QCOMPARE(trend.first().correct, 1);
        QCOMPARE(trend.first().total, 6);
        QCOMPARE(trend.last().domain, u"5"_s);
        QCOMPARE(trend.last().correct, 6);
    }

    void runningSumsMatchTheWeightedEstimateInAnyOrder()
    {
        // days 100, 130 and 190, added in three orders, against the same answers as age buckets
        const QList<std::tuple<qint64, int, int>> days {{190, 10, 9}, {100, 20, 5}, {130, 4, 4}};
        const MasteryEstimate expected = Mastery::estimate({{0, 10, 9}, {90, 20, 5}, {60, 4, 4}});
        for (const QList<int> &order :
             {QList<int> {0, 1, 2}, QList<int> {1, 2, 0}, QList<int> {2, 0, 1}}) {
            MasteryTotals::Sums sums;
            for (int i : order)
                MasteryTotals::addDay(sums, std::get<0>(days.at(i)), std::get<1>(days.at(i)),
                                      std::get<2>(days.at(i)));
            const MasteryEstimate e
                = Mastery::fromSums(sums.answered, sums.correct, sums.w, sums.wc, sums.w2);
            QCOMPARE(e.answered, 34);
            QCOMPARE(e.correct, 18);
            QVERIFY(qAbs(e.accuracy - expected.accuracy) < 1e-12);
            QVERIFY(qAbs(e.effectiveCount - expected.effectiveCount) < 1e-9);
            QVERIFY(qAbs(e.lower - expected.lower) < 1e-12);
        }
    }

    void masteryReadsOneRowPerAreaThroughThePrimaryKey()
    {
        Database db(m_dir.filePath(u"plan.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT key, answered, correct, sum_w, sum_wc, sum_w2 "
                       u"FROM mastery_totals"
                       " WHERE exam = 'soa-c03' AND kind = 'topic' ORDER BY key"_s));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"SEARCH mastery_totals USING PRIMARY KEY"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
