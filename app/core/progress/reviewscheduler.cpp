#include "progress/reviewscheduler.h"

namespace {
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
}

const ReviewScheduler &ReviewScheduler::standard()
{
    static const LeitnerScheduler leitner;
    return leitner;
}

std::optional<ReviewState> LeitnerScheduler::next(const std::optional<ReviewState> &current,
                                                  bool correct, qint64 nowMs) const
{
    if (!correct) {
        ReviewState state = current.value_or(ReviewState {});
        state.box = 1;
        state.dueAtMs = nowMs;
        ++state.lapses;
        state.reviews += current ? 1 : 0;
        return state;
    }
    if (!current)
        return std::nullopt; // right first time: nothing to review
    if (current->box >= boxes)
        return std::nullopt; // learned
    ReviewState state = *current;
    ++state.box;
    ++state.reviews;
    state.dueAtMs = nowMs + intervalDays[state.box] * dayMs;
    return state;
}
