#pragma once

#include <QString>

#include <array>
#include <optional>

// How an answer went, as a spaced-repetition rating (the four of FSRS and Anki).
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// Where a question stands in the review schedule: its memory as the model sees it, and when it
// is next due.
struct ReviewState
{
    double stability = 0; // days until the chance of a right answer falls to 90 %
    double difficulty = 0; // 1 (easy) to 10 (hard)
    qint64 lastReviewAtMs = 0;
    qint64 dueAtMs = 0;
    int reviews = 0; // graded answers, the first included
    int lapses = 0; // wrong answers
    Rating lastRating = Rating::Good;
};

// Decides when a question comes back, and how likely a right answer is meanwhile. One small
// interface, so the model behind it can change without touching its callers.
class ReviewScheduler
{
public:
    virtual ~ReviewScheduler() = default;
    // The state after an answer rated `rating` at nowMs. `key` (the question's id) draws the
    // interval's fuzz, so the same history always gives the same schedule.
    virtual ReviewState next(const std::optional<ReviewState> &current, Rating rating, qint64 nowMs,
                             QStringView key) const = 0;
    // The chance of a right answer at nowMs.
    virtual double retrievability(const ReviewState &state, qint64 nowMs) const = 0;
    // When the state is due under this scheduler (to reschedule after a change of retention).
    virtual qint64 dueAt(const ReviewState &state, QStringView key) const = 0;
    // A question missed so often that rereading its explanation beats drilling it again.
    virtual bool isLeech(const ReviewState &state) const = 0;
};

// FSRS-6, the Free Spaced Repetition Scheduler as Anki uses it, with its published default
// parameters (docs/statistics.md has the formulas). Shiken has no learning steps: a wrong
// answer is due again at once, a right one after the interval the desired retention gives, in
// whole days, fuzzed as py-fsrs fuzzes it. Elapsed time is counted in whole days (24 hours);
// an answer less than a day after the previous one is a same-day review.
class FsrsScheduler final : public ReviewScheduler
{
public:
    using Parameters = std::array<double, 21>;
    static constexpr Parameters defaultParameters
        = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
           1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    static constexpr double defaultRetention = 0.90;
    static constexpr double minimumRetention = 0.70;
    static constexpr double maximumRetention = 0.97;
    static constexpr int maximumIntervalDays = 36500;
    static constexpr double minimumStability = 0.001;
    static constexpr int leechLapses = 4;

    explicit FsrsScheduler(double desiredRetention = defaultRetention,
                           const Parameters &parameters = defaultParameters);

    double desiredRetention() const { return m_retention; }

    ReviewState next(const std::optional<ReviewState> &current, Rating rating, qint64 nowMs,
                     QStringView key) const override;
    double retrievability(const ReviewState &state, qint64 nowMs) const override;
    qint64 dueAt(const ReviewState &state, QStringView key) const override;
    bool isLeech(const ReviewState &state) const override { return state.lapses >= leechLapses; }

    // The model's parts, each as the reference implementations define it.
    // forgettingCurve is (1 + factor() * elapsedDays / stability) ^ decay(); ReviewStore sums it
    // in SQL with these two (recallByArea).
    double forgettingCurve(double elapsedDays, double stability) const;
    double decay() const { return m_decay; }
    double factor() const { return m_factor; }
    double initialStability(Rating rating) const;
    double initialDifficulty(Rating rating) const; // unclamped, as mean reversion needs it
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(double difficulty, double stability, double retrievability,
                           Rating rating) const;
    double forgetStability(double difficulty, double stability, double retrievability) const;
    double shortTermStability(double stability, Rating rating) const;
    // The interval at which retrievability falls to the desired retention, unrounded.
    double intervalDays(double stability) const;
    // That interval rounded to whole days, at least one, at most maximumIntervalDays.
    int scheduledDays(double stability) const;
    // A day count spread over py-fsrs' fuzz range; `unit` in [0, 1) picks the day.
    static int fuzzedDays(int days, double unit);
    // The fuzz draw of a question's nth review, in [0, 1).
    static double fuzzUnit(QStringView key, int reviews);
    // Whole days between two times, never negative.
    static int elapsedDays(qint64 fromMs, qint64 toMs);

private:
    Parameters m_w;
    double m_retention;
    double m_decay;
    double m_factor;
};
