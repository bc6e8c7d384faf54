#pragma once

#include "bank/blueprint.h"
#include "bank/question.h"
#include "exam/attempt.h"

#include <QHash>

// Correct answers out of questions for one domain, task statement or topic.
struct ScoreLine
{
    QString id;
    int correct = 0;
    int total = 0;
    bool meetsCompetencies = false; // the fraction reaches the blueprint's pass fraction

    double fraction() const { return total > 0 ? double(correct) / total : 0.0; }
};

// The graded outcome of an attempt.
struct AttemptResult
{
    int correct = 0;
    int total = 0;
    int scaledScore = 0; // an estimate: the real exam's scaling is not published
    bool passed = false;
    QList<bool> itemCorrect; // by position
    QList<ScoreLine> domains; // in blueprint order
    QList<ScoreLine> tasks; // in blueprint order
    QList<ScoreLine> topics; // by topic id
};

// The grading rules: a question counts only when the selected set equals the correct set (no
// partial credit, as in the real exam); an unanswered question is wrong. The scaled score is
// estimated linearly: round(min + (max - min) × correct / total).
namespace Grading {

bool isCorrect(const Question &question, const QString &selection);
int scaledScore(const Blueprint &blueprint, int correct, int total);
AttemptResult grade(const Blueprint &blueprint, const Attempt &attempt,
                    const QHash<QString, Question> &questions);

} // namespace Grading
