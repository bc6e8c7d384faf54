#pragma once

#include <QString>

#include <optional>

// Where a missed question stands in the review schedule.
struct ReviewState
{
    int box = 1; // Leitner box, 1 = review at once
    qint64 dueAtMs = 0;
    int lapses = 0; // how often it was answered wrong
    int reviews = 0; // how often it was answered since it entered the schedule
};

// Decides when a missed question comes back. One small interface, so that the Leitner
// schedule can give way to another (FSRS, say) without touching its callers.
class ReviewScheduler
{
public:
    virtual ~ReviewScheduler() = default;
    // The state after an answer; empty when the question leaves (or never enters) the schedule.
    virtual std::optional<ReviewState> next(const std::optional<ReviewState> &current, bool correct,
                                            qint64 nowMs) const = 0;
    // A question missed so often that rereading its explanation beats drilling it again.
    virtual bool isLeech(const ReviewState &state) const = 0;

    // The scheduler the application uses.
    static const ReviewScheduler &standard();
};

// Leitner boxes: a miss puts the question in box 1, due at once; each right answer moves it
// one box up, due 1, 3, 7 and 21 days later; right in box 5, it has been learned and leaves.
// Four misses make a leech.
class LeitnerScheduler final : public ReviewScheduler
{
public:
    static constexpr int boxes = 5;
    static constexpr int intervalDays[boxes + 1] = {0, 0, 1, 3, 7, 21};
    static constexpr int leechLapses = 4;

    std::optional<ReviewState> next(const std::optional<ReviewState> &current, bool correct,
                                    qint64 nowMs) const override;
    bool isLeech(const ReviewState &state) const override { return state.lapses >= leechLapses; }
};
