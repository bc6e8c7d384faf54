#pragma once

#include <QSqlDatabase>
#include <QString>

// The recency-weighted sums behind mastery, one row per domain, task and topic. An answer
// d days older than another weighs 0.5^(d / 30) of it; the sums are kept relative to the
// newest day seen, so adding a day rescales the old sums once instead of rereading history.
// Accuracy and the effective count are ratios of these sums, which is why they need no "now".
namespace MasteryTotals {

struct Sums
{
    int answered = 0;
    int correct = 0;
    qint64 refDay = 0;
    double w = 0; // Σ weight
    double wc = 0; // Σ weight × correct
    double w2 = 0; // Σ weight²
};

// Folds `answered` answers of one day, `correct` of them right, into the sums.
void addDay(Sums &sums, qint64 day, int answered, int correct);

// Adds a graded attempt's answers (inside the caller's transaction).
bool addAttempt(QSqlDatabase &db, qint64 attemptId, QString *error);
// Recomputes every row from the answer log (a migration step).
bool rebuild(QSqlDatabase &db, QString *error);

} // namespace MasteryTotals
