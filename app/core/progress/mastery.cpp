#include "progress/mastery.h"

#include <algorithm>
#include <cmath>

namespace Mastery {

double weight(int ageDays)
{
    return std::pow(0.5, std::max(0, ageDays) / halfLifeDays);
}

MasteryEstimate estimate(const QList<AgeBucket> &buckets)
{
    int answered = 0, correct = 0;
    double sumWeights = 0, sumSquares = 0, sumCorrect = 0;
    for (const AgeBucket &b : buckets) {
        const double w = weight(b.ageDays);
        answered += b.answered;
        correct += b.correct;
        sumWeights += w * b.answered;
        sumSquares += w * w * b.answered;
        sumCorrect += w * b.correct;
    }
    return fromSums(answered, correct, sumWeights, sumCorrect, sumSquares);
}

MasteryEstimate fromSums(int answered, int correct, double sumWeights, double sumCorrect,
                         double sumSquares)
{
    MasteryEstimate e;
    e.answered = answered;
    e.correct = correct;
    e.enoughData = e.answered >= minimumAnswers;
    if (sumWeights <= 0 || sumSquares <= 0)
        return e;
    const double p = sumCorrect / sumWeights;
    const double n = sumWeights * sumWeights / sumSquares;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double margin = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    e.accuracy = p;
    e.effectiveCount = n;
    e.lower = std::clamp(centre - margin, 0.0, 1.0);
    e.upper = std::clamp(centre + margin, 0.0, 1.0);
    return e;
}

} // namespace Mastery
