#include "progress/reviewscheduler.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr double minimumDifficulty = 1.0;
constexpr double maximumDifficulty = 10.0;

double clampDifficulty(double difficulty)
{
    return std::clamp(difficulty, minimumDifficulty, maximumDifficulty);
}

double clampStability(double stability)
{
    return std::clamp(stability, FsrsScheduler::minimumStability,
                      double(FsrsScheduler::maximumIntervalDays));
}

int grade(Rating rating)
{
    return int(rating);
}

} // namespace

FsrsScheduler::FsrsScheduler(double desiredRetention, const Parameters &parameters)
    : m_w(parameters)
    , m_retention(std::clamp(desiredRetention, minimumRetention, maximumRetention))
    , m_decay(-parameters[20])
    , m_factor(std::pow(0.9, 1.0 / m_decay) - 1.0)
{ }

double FsrsScheduler::forgettingCurve(double elapsedDays, double stability) const
{
    return std::pow(1.0 + m_factor * elapsedDays / stability, m_decay);
}

double FsrsScheduler::initialStability(Rating rating) const
{
    return clampStability(m_w[grade(rating) - 1]);
}

double FsrsScheduler::initialDifficulty(Rating rating) const
{
    return m_w[4] - std::exp(m_w[5] * (grade(rating) - 1)) + 1.0;
}

double FsrsScheduler::nextDifficulty(double difficulty, Rating rating) const
{
    // Linear damping: the change shrinks as the difficulty nears 10.
    const double delta = -m_w[6] * (grade(rating) - 3);
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    // Mean reversion toward the initial difficulty of an Easy answer.
    const double reverted = m_w[7] * initialDifficulty(Rating::Easy) + (1.0 - m_w[7]) * damped;
    return clampDifficulty(reverted);
}

double FsrsScheduler::recallStability(double difficulty, double stability, double retrievability,
                                      Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? m_w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? m_w[16] : 1.0;
    return stability
        * (1.0
           + std::exp(m_w[8]) * (11.0 - difficulty) * std::pow(stability, -m_w[9])
               * (std::exp((1.0 - retrievability) * m_w[10]) - 1.0) * hardPenalty * easyBonus);
}

double FsrsScheduler::forgetStability(double difficulty, double stability,
                                      double retrievability) const
{
    const double longTerm = m_w[11] * std::pow(difficulty, -m_w[12])
        * (std::pow(stability + 1.0, m_w[13]) - 1.0) * std::exp((1.0 - retrievability) * m_w[14]);
    const double shortTerm = stability / std::exp(m_w[17] * m_w[18]);
    return std::min(longTerm, shortTerm);
}

double FsrsScheduler::shortTermStability(double stability, Rating rating) const
{
    double increase
        = std::exp(m_w[17] * (grade(rating) - 3 + m_w[18])) * std::pow(stability, -m_w[19]);
    if (rating == Rating::Good || rating == Rating::Easy)
        increase = std::max(increase, 1.0);
    return stability * increase;
}

double FsrsScheduler::intervalDays(double stability) const
{
    return stability / m_factor * (std::pow(m_retention, 1.0 / m_decay) - 1.0);
}

int FsrsScheduler::scheduledDays(double stability) const
{
    const double days = std::round(intervalDays(stability));
    return int(std::clamp(days, 1.0, double(maximumIntervalDays)));
}

int FsrsScheduler::fuzzedDays(int days, double unit)
{
    if (days < 2.5)
        return days;
    // py-fsrs' ranges: ±15 % of the part between 2.5 and 7 days, ±10 % up to 20, ±5 % beyond.
    struct Range
    {
        double start, end, factor;
    };
    static constexpr Range ranges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.10}, {20.0, 1e12, 0.05}};
    double delta = 1.0;
    for (const Range &range : ranges)
        delta += range.factor * std::max(std::min(double(days), range.end) - range.start, 0.0);
    int low = std::max(2, int(std::lround(days - delta)));
    const int high = std::min(int(std::lround(days + delta)), maximumIntervalDays);
    low = std::min(low, high);
    // Every day of the range equally likely.
    return std::min(low + int(std::floor(unit * (high - low + 1))), high);
}

double FsrsScheduler::fuzzUnit(QStringView key, int reviews)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(key.toUtf8());
    hash.addData(QByteArray::number(reviews));
    const QByteArray digest = hash.result();
    return qFromBigEndian<quint32>(digest.constData()) / 4294967296.0;
}

int FsrsScheduler::elapsedDays(qint64 fromMs, qint64 toMs)
{
    return toMs > fromMs ? int((toMs - fromMs) / dayMs) : 0;
}

ReviewState FsrsScheduler::next(const std::optional<ReviewState> &current, Rating rating,
                                qint64 nowMs, QStringView key) const
{
    ReviewState state;
    if (!current) {
        state.stability = initialStability(rating);
        state.difficulty = clampDifficulty(initialDifficulty(rating));
    } else {
        state = *current;
        const int elapsed = elapsedDays(current->lastReviewAtMs, nowMs);
        if (elapsed < 1) {
            state.stability = shortTermStability(current->stability, rating);
        } else {
            const double r = forgettingCurve(elapsed, current->stability);
            state.stability = rating == Rating::Again
                ? forgetStability(current->difficulty, current->stability, r)
                : recallStability(current->difficulty, current->stability, r, rating);
        }
        state.stability = clampStability(state.stability);
        state.difficulty = nextDifficulty(current->difficulty, rating);
    }
    state.lastReviewAtMs = nowMs;
    state.lastRating = rating;
    ++state.reviews;
    state.lapses += rating == Rating::Again ? 1 : 0;
    state.dueAtMs = dueAt(state, key);
    return state;
}

double FsrsScheduler::retrievability(const ReviewState &state, qint64 nowMs) const
{
    return forgettingCurve(elapsedDays(state.lastReviewAtMs, nowMs), state.stability);
}

qint64 FsrsScheduler::dueAt(const ReviewState &state, QStringView key) const
{
    // A miss comes back at once (the relearning step of Anki, without its minutes).
    if (state.lastRating == Rating::Again)
        return state.lastReviewAtMs;
    const int days = fuzzedDays(scheduledDays(state.stability), fuzzUnit(key, state.reviews));
    return state.lastReviewAtMs + days * dayMs;
}
