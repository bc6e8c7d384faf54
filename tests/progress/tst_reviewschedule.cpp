#include "exam/attemptstore.h"
#include "progress/reviewstore.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
constexpr qint64 day = 24LL * 60 * 60 * 1000;
}

class TestReviewSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const LeitnerScheduler m_leitner;

private slots:
    void aMissEntersBoxOneDueAtOnce()
    {
        const auto state = m_leitner.next(std::nullopt, false, 1000);
        QVERIFY(state);
        QCOMPARE(state->box, 1);
        QCOMPARE(state->dueAtMs, 1000);
        QCOMPARE(state->lapses, 1);
        QVERIFY(!m_leitner.next(std::nullopt, true, 1000)); // right first time: not scheduled
    }

    void rightAnswersClimbTheBoxesThenLeave_data()
    {
        QTest::addColumn<int>("box");
        QTest::addColumn<int>("nextBox");
        QTest::addColumn<int>("days");
        QTest::newRow("1 -> 2") << 1 << 2 << 1;
        QTest::newRow("2 -> 3") << 2 << 3 << 3;
        QTest::newRow("3 -> 4") << 3 << 4 << 7;
        QTest::newRow("4 -> 5") << 4 << 5 << 21;
    }

    void rightAnswersClimbTheBoxesThenLeave()
    {
        QFETCH(int, box);
        QFETCH(int, nextBox);
        QFETCH(int, days);
        const auto state = m_leitner.next(ReviewState {box, 0, 1, 0}, true, 10 * day);
        QVERIFY(state);
        QCOMPARE(state->box, nextBox);
        QCOMPARE(state->dueAtMs, 10 * day + days * day);
        QCOMPARE(state->lapses, 1);
        QCOMPARE(state->reviews, 1);
    }

    void learnedQuestionLeavesTheSchedule()
    {
        QVERIFY(!m_leitner.next(ReviewState {5, 0, 2, 4}, true, 0));
    }

    void aMissSendsItBackToBoxOne()
    {
        const auto state = m_leitner.next(ReviewState {4, 99, 1, 3}, false, 500);
        QCOMPARE(state->box, 1);
        QCOMPARE(state->dueAtMs, 500);
        QCOMPARE(state->lapses, 2);
    }

    void fourthMissMakesALeech()
    {
        std::optional<ReviewState> state;
        for (int miss = 1; miss <= 4; ++miss) {
            state = m_leitner.next(state, false, miss * day);
            QCOMPARE(m_leitner.isLeech(*state), miss >= 4);
            if (miss < 4)
                state = m_leitner.next(state, true, miss * day);
        }
    }

    void submissionsMoveQuestionsAlongTheSchedule()
    {
        Database db(m_dir.filePath(u"schedule.sqlite"_s));
        QVERIFY(db.open());
        QuestionStore(db).syncBundled(
            Bank {bundledCatalog(),
                  {makeQuestion(u"a"_s, u"1"_s, u"1.1"_s), makeQuestion(u"b"_s, u"2"_s, u"2.1"_s),
                   makeQuestion(u"c"_s, u"3"_s, u"3.1"_s)},
                  "h"},
            0);
        AttemptStore attempts(db);
        const auto sit = [&](qint64 when, const QList<bool> &correct) {
            Attempt attempt;
            attempt.exam = u"soa-c03"_s;
            attempt.createdAtMs = when;
            const QStringList ids {u"a"_s, u"b"_s, u"c"_s};
            for (int i = 0; i < 3; ++i)
                attempt.items.append({i, ids.at(i), u"ABCD"_s, u"A"_s, false, when, -1});
            QString error;
            const qint64 id = attempts.create(attempt, &error);
            AttemptResult result;
            result.itemCorrect = correct;
            result.total = 3;
            QVERIFY(attempts.submit(id, result, when, &error));
        };
        const ReviewStore reviews(db);
        sit(1 * day, {true, false, false});
        QCOMPARE(reviews.dueCount(u"soa-c03"_s, 1 * day), 2);
        QCOMPARE(reviews.due(u"soa-c03"_s, 1 * day), (QStringList {u"b"_s, u"c"_s}));
        QVERIFY(!reviews.state(u"a"_s));
        sit(2 * day, {true, true, false});
        // b climbed to box 2 (due a day later); c is still due
        QCOMPARE(reviews.state(u"b"_s)->box, 2);
        QCOMPARE(reviews.due(u"soa-c03"_s, 2 * day), QStringList {u"c"_s});
        QCOMPARE(reviews.dueCount(u"soa-c03"_s, 3 * day), 2);
        QCOMPARE(reviews.state(u"c"_s)->lapses, 2);
        QCOMPARE(reviews.scheduledCount(u"soa-c03"_s), 2);
        sit(3 * day, {true, true, false});
        sit(4 * day, {true, true, false});
        const QList<ReviewEntry> leeches = reviews.leeches(u"soa-c03"_s);
        QCOMPARE(leeches.size(), 1);
        QCOMPARE(leeches.first().questionId, u"c"_s);
        QCOMPARE(leeches.first().state.lapses, 4);
    }
};

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
