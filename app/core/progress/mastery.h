#pragma once

#include <QList>

#include <optional>

// Answers of one domain, task or topic that are the same number of whole days old.
struct AgeBucket
{
    int ageDays = 0;
    int answered = 0;
    int correct = 0;
};

// How well a domain, task or topic is known, from its answers (docs/statistics.md).
struct MasteryEstimate
{
    int answered = 0;
    int correct = 0;
    double accuracy = 0; // recency-weighted fraction correct
    double effectiveCount = 0; // Kish effective sample size of the weighted answers
    double lower = 0; // Wilson bound of the weighted accuracy
    double upper = 1;
    bool enoughData = false;

    // What ranks and what is shown as mastery: the lower bound, so that three lucky answers
    // never outrank fifty good ones. Empty below the minimum number of answers.
    std::optional<double> mastery() const
    {
        return enoughData ? std::optional<double>(lower) : std::nullopt;
    }
};

// Recency-weighted accuracy with a confidence bound: an answer d days old weighs
// 0.5^(d / halfLifeDays); the bound is Wilson's score interval at z over the effective count.
namespace Mastery {

constexpr double halfLifeDays = 30.0;
constexpr int minimumAnswers = 5;
constexpr double z = 1.645; // one-sided 95 %

double weight(int ageDays);
MasteryEstimate estimate(const QList<AgeBucket> &buckets);
// The same from the weighted sums: Σw, Σw·correct and Σw² over `answered` answers.
MasteryEstimate fromSums(int answered, int correct, double sumWeights, double sumCorrect,
                         double sumSquares);

} // namespace Mastery
