#include "exam/attemptstore.h"
#include "progress/reviewstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

constexpr qint64 day = 24LL * 60 * 60 * 1000;

// Reference values are printed by the implementations to about 7 significant digits (32-bit
// floats); four decimal places is what they and the double-precision model here share.
bool nearly(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-4;
}

#define QCOMPARE_4DP(actual, expected)                                                             \
    QVERIFY2(nearly(actual, expected),                                                             \
             qPrintable(u"%1 is not %2 to 4 decimal places"_s.arg(actual, 0, 'f', 7)               \
                            .arg(expected, 0, 'f', 7)))

constexpr Rating ratings[] = {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};

} // namespace

class TestReviewSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const FsrsScheduler m_fsrs;

    // Sits one attempt of the given questions, answered at `when`, graded as given.
    static void sit(Database &db, qint64 when, const QStringList &ids, const QList<bool> &correct,
                    const QList<bool> &flagged = {}, const QList<qint64> &times = {})
    {
        AttemptStore attempts(db);
        Attempt attempt;
        attempt.exam = u"soa-c03"_s;
        attempt.createdAtMs = when;
        for (int i = 0; i < ids.size(); ++i) {
            AttemptItem item {i, ids.at(i), u"ABCD"_s, u"A"_s, flagged.value(i), when, -1};
            item.timeMs = times.value(i);
            attempt.items.append(item);
        }
        QString error;
        const qint64 id = attempts.create(attempt, &error);
        QVERIFY2(id > 0, qPrintable(error));
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(attempts.recordElapsed(id, 0, i, times.value(i)));
        AttemptResult result;
        result.itemCorrect = correct;
        result.total = int(ids.size());
        QVERIFY2(attempts.submit(id, result, when, &error), qPrintable(error));
    }

    bool openWith(Database &db, const QStringList &ids)
    {
        if (!db.open())
            return false;
        QList<Question> questions;
        for (const QString &id : ids)
            questions.append(makeQuestion(id, u"1"_s, u"1.1"_s));
        QuestionStore(db).syncBundled(Bank {bundledCatalog(), questions, "h"}, 0);
        return QuestionStore(db).activeCount(u"soa-c03"_s) == ids.size();
    }

private slots:
    // The reference values in the next five tests are those of fsrs-rs, the implementation
    // Anki runs (open-spaced-repetition/fsrs-rs, src/model_v6.rs, its tests
    // test_power_forgetting_curve, test_next_difficulty, test_next_stability, test_forward and
    // test_next_interval_scalar_is_fractional), with FSRS-6's default parameters.
    void referenceForgettingCurve()
    {
        const double elapsed[] = {0, 1, 2, 3, 4, 5};
        const double stability[] = {1, 2, 3, 4, 4, 2};
        const double expected[] = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < 6; ++i)
            QCOMPARE_4DP(m_fsrs.forgettingCurve(elapsed[i], stability[i]), expected[i]);
    }

    void referenceDifficulty()
    {
        const double expected[] = {8.341763, 6.6659956, 4.990228, 3.3144615};
        for (int i = 0; i < 4; ++i)
            QCOMPARE_4DP(m_fsrs.nextDifficulty(5.0, ratings[i]), expected[i]);
        QCOMPARE(m_fsrs.initialDifficulty(Rating::Again), FsrsScheduler::defaultParameters[4]);
    }

    void referenceStability()
    {
        const double difficulty[] = {1, 2, 3, 4};
        const double r[] = {0.9, 0.8, 0.7, 0.6};
        const double recall[] = {25.602541, 28.226582, 58.656002, 127.226685};
        const double forget[] = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE_4DP(m_fsrs.recallStability(difficulty[i], 5.0, r[i], ratings[i]), recall[i]);
            QCOMPARE_4DP(m_fsrs.forgetStability(difficulty[i], 5.0, r[i]), forget[i]);
        }
        // Same-day reviews (Hard is left out: fsrs-rs' training code floors its increase at 1
        // like Good's, its scalar code and py-fsrs do not; Shiken follows py-fsrs).
        QCOMPARE_4DP(m_fsrs.shortTermStability(5.0, Rating::Again), 1.596818);
        QCOMPARE_4DP(m_fsrs.shortTermStability(5.0, Rating::Good), 5.0);
        QCOMPARE_4DP(m_fsrs.shortTermStability(5.0, Rating::Easy), 8.12961);
    }

    void referenceFirstTwoReviews()
    {
        // One question per column, rated the same twice, the second time 1 or 2 days later.
        const Rating rating[] = {Rating::Again, Rating::Hard,  Rating::Good,
                                 Rating::Easy,  Rating::Again, Rating::Hard};
        const int days[] = {1, 1, 1, 1, 2, 2};
        const double stability[]
            = {0.10088589, 3.2494123, 7.3153, 18.014914, 0.112798266, 4.4694576};
        const double difficulty[] = {8.806304, 6.7404594, 2.1112142, 1.0, 8.806304, 6.7404594};
        for (int i = 0; i < 6; ++i) {
            const ReviewState first = m_fsrs.next(std::nullopt, rating[i], 1000, u"q");
            QCOMPARE(first.stability, FsrsScheduler::defaultParameters[int(rating[i]) - 1]);
            const ReviewState second = m_fsrs.next(first, rating[i], 1000 + days[i] * day, u"q");
            QCOMPARE_4DP(second.stability, stability[i]);
            QCOMPARE_4DP(second.difficulty, difficulty[i]);
        }
    }

    void referenceInterval()
    {
        QCOMPARE_4DP(m_fsrs.intervalDays(121.01552), 121.01551);
        // At 90 % the interval is the stability; a lower retention waits longer.
        QVERIFY(FsrsScheduler(0.8).intervalDays(10) > 30);
        QVERIFY(FsrsScheduler(0.97).intervalDays(10) < 3);
        QCOMPARE(FsrsScheduler(0.5).desiredRetention(), FsrsScheduler::minimumRetention);
        QCOMPARE(FsrsScheduler(0.99).desiredRetention(), FsrsScheduler::maximumRetention);
    }

    void aMissIsDueAtOnceAndARightAnswerLater()
    {
        const ReviewState missed = m_fsrs.next(std::nullopt, Rating::Again, 5000, u"q");
        QCOMPARE(missed.dueAtMs, 5000);
        QCOMPARE(missed.lapses, 1);
        QCOMPARE(missed.reviews, 1);
        // Good at first: stability 2.3065 days, due two days later (too short to fuzz).
        const ReviewState right = m_fsrs.next(std::nullopt, Rating::Good, 5000, u"q");
        QCOMPARE(right.dueAtMs, 5000 + 2 * day);
        QCOMPARE(right.lapses, 0);
        // Right again when due: the interval grows, and a miss brings it back at once.
        const ReviewState again = m_fsrs.next(right, Rating::Good, right.dueAtMs, u"q");
        QVERIFY(again.dueAtMs - right.dueAtMs >= 9 * day);
        const ReviewState lapse = m_fsrs.next(again, Rating::Again, again.dueAtMs, u"q");
        QCOMPARE(lapse.dueAtMs, again.dueAtMs);
        QCOMPARE(lapse.lapses, 1);
        QVERIFY(lapse.stability < again.stability);
    }

    void fuzzIsSeededByTheQuestion()
    {
        // The same question and history always give the same day; across questions the days
        // spread over py-fsrs' range around the interval (100 days: 93 to 107).
        QSet<int> seen;
        for (int i = 0; i < 400; ++i) {
            const double unit = FsrsScheduler::fuzzUnit(u"q%1"_s.arg(i), 3);
            QCOMPARE(unit, FsrsScheduler::fuzzUnit(u"q%1"_s.arg(i), 3));
            const int days = FsrsScheduler::fuzzedDays(100, unit);
            QVERIFY2(days >= 93 && days <= 107, qPrintable(QString::number(days)));
            seen.insert(days);
        }
        QCOMPARE(seen.size(), 15);
        QCOMPARE(FsrsScheduler::fuzzedDays(2, 0.99), 2);
        QCOMPARE(FsrsScheduler::fuzzedDays(3, 0.0), 2);
        QCOMPARE(FsrsScheduler::fuzzedDays(3, 0.999), 4);
    }

    void fourthMissMakesALeech()
    {
        std::optional<ReviewState> state;
        for (int miss = 1; miss <= 4; ++miss) {
            state = m_fsrs.next(state, Rating::Again, miss * 10 * day, u"q");
            QCOMPARE(m_fsrs.isLeech(*state), miss >= 4);
            state = m_fsrs.next(state, Rating::Good, miss * 10 * day + day, u"q");
        }
    }

    void ratingsComeFromWhatShikenSees()
    {
        QCOMPARE(ReviewStore::rate(false, false, 0, 0), Rating::Again);
        QCOMPARE(ReviewStore::rate(false, true, 99999, 10), Rating::Again);
        QCOMPARE(ReviewStore::rate(true, false, 0, 0), Rating::Good);
        QCOMPARE(ReviewStore::rate(true, true, 0, 0), Rating::Hard); // flagged: unsure
        QCOMPARE(ReviewStore::rate(true, false, 20000, 10000), Rating::Good);
        QCOMPARE(ReviewStore::rate(true, false, 20001, 10000), Rating::Hard); // slow
        QCOMPARE(ReviewStore::rate(true, false, 90000, 0), Rating::Good); // no median known
    }

    void everyGradedAnswerIsAReview()
    {
        Database db(m_dir.filePath(u"schedule.sqlite"_s));
        QVERIFY(openWith(db, {u"a"_s, u"b"_s, u"c"_s}));
        const QStringList ids {u"a"_s, u"b"_s, u"c"_s};
        sit(db, 1 * day, ids, {true, false, false});
        ReviewStore reviews(db);
        QCOMPARE(reviews.scheduledCount(u"soa-c03"_s), 3);
        QCOMPARE(reviews.due(u"soa-c03"_s, 1 * day), (QStringList {u"b"_s, u"c"_s}));
        QCOMPARE(reviews.state(u"a"_s)->dueAtMs, 3 * day); // Good: two days
        sit(db, 2 * day, ids, {true, true, false});
        // a was answered a day early; b, right now, waits; c is still due
        QCOMPARE(reviews.due(u"soa-c03"_s, 2 * day), QStringList {u"c"_s});
        QCOMPARE(reviews.state(u"c"_s)->lapses, 2);
        QCOMPARE(reviews.state(u"b"_s)->reviews, 2);
        sit(db, 3 * day, ids, {true, true, false});
        sit(db, 4 * day, ids, {true, true, false});
        const QList<ReviewEntry> leeches = reviews.leeches(u"soa-c03"_s);
        QCOMPARE(leeches.size(), 1);
        QCOMPARE(leeches.first().questionId, u"c"_s);
        QCOMPARE(leeches.first().state.lapses, 4);
        // The log has a line per answer; the first of each question has no prediction.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT count(*), count(retrievability) FROM review_log"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 12);
        QCOMPARE(query.value(1).toInt(), 9);
    }

    void flaggedAndSlowRightAnswersAreHard()
    {
        Database db(m_dir.filePath(u"hard.sqlite"_s));
        const QStringList ids {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
        QVERIFY(openWith(db, ids));
        // Median 10 s: f took 25 s; b was flagged.
        sit(db, day, ids, {true, true, true, true, true, true},
            {false, true, false, false, false, false}, {10000, 9000, 11000, 10000, 8000, 25000});
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            u"SELECT group_concat(question_id || rating, ' ') FROM review_log ORDER BY id"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"a3 b2 c3 d3 e3 f2"_s);
        const ReviewStore reviews(db);
        QCOMPARE(reviews.state(u"b"_s)->stability, FsrsScheduler::defaultParameters[1]);
    }

    void retentionReschedulesEveryQuestion()
    {
        Database db(m_dir.filePath(u"retention.sqlite"_s));
        QVERIFY(openWith(db, {u"a"_s, u"b"_s}));
        sit(db, day, {u"a"_s, u"b"_s}, {true, false});
        sit(db, 4 * day, {u"a"_s, u"b"_s}, {true, true});
        ReviewStore reviews(db);
        QCOMPARE(reviews.desiredRetention(), 0.90);
        const qint64 dueBefore = reviews.state(u"a"_s)->dueAtMs;
        QString error;
        QVERIFY2(reviews.setDesiredRetention(0.80, &error), qPrintable(error));
        QVERIFY(reviews.state(u"a"_s)->dueAtMs - 4 * day > 2 * (dueBefore - 4 * day));
        // Kept in the database: a new store (another window, the command line) schedules so.
        QCOMPARE(ReviewStore(db).desiredRetention(), 0.80);
        QVERIFY(reviews.setDesiredRetention(0.90, &error));
        QCOMPARE(reviews.state(u"a"_s)->dueAtMs, dueBefore);
    }

    void forecastAndTrueRetention()
    {
        Database db(m_dir.filePath(u"forecast.sqlite"_s));
        const QStringList ids {u"a"_s, u"b"_s, u"c"_s};
        QVERIFY(openWith(db, ids));
        const qint64 monday = 20458 * day; // Monday 5 January 2026
        sit(db, monday, ids, {true, true, false});
        ReviewStore reviews(db);
        // c is due today, a and b (Good, two days) the day after tomorrow.
        QCOMPARE(reviews.forecast(u"soa-c03"_s, monday + 3600000, 4), (QList<int> {1, 0, 2, 0}));
        // Overdue questions count today.
        QCOMPARE(reviews.forecast(u"soa-c03"_s, monday + 5 * day, 2), (QList<int> {3, 0}));
        // A week later all three are answered when due: two right, one wrong.
        sit(db, monday + 7 * day, ids, {true, false, true});
        // Same-day answers are not scheduled reviews: c answered again at once does not count.
        sit(db, monday + 7 * day + 60000, {u"b"_s}, {true});
        const QList<RetentionWeek> weeks = reviews.trueRetention(u"soa-c03"_s, monday + 8 * day, 3);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(1).weekStartMs, monday);
        QCOMPARE(weeks.at(1).reviews, 0); // first answers are not reviews of a schedule
        QCOMPARE(weeks.at(2).weekStartMs, monday + 7 * day);
        QCOMPARE(weeks.at(2).reviews, 3);
        QCOMPARE(weeks.at(2).right, 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
