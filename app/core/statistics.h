#pragma once

#include "attempt.h"
#include "mastery.h"

#include <QSqlDatabase>
#include <QString>

class Database;

// The mastery of one domain, task statement or topic.
struct MasteryLine
{
    QString id;
    MasteryEstimate estimate;
};

// One line of the attempt history.
struct AttemptSummary
{
    qint64 id = 0;
    Attempt::Mode mode = Attempt::Mode::Exam;
    Attempt::State state = Attempt::State::InProgress;
    qint64 createdAtMs = 0;
    qint64 submittedAtMs = 0;
    qint64 elapsedMs = 0;
    int questions = 0;
    int correct = 0;
    int score = 0;
    bool passed = false;
};

// Learning statistics, computed in SQL over the indexed answer log: the rows are grouped by
// day of age in the database and only the per-day sums reach this class.
class Statistics
{
public:
    enum class Dimension { Domain, Task, Topic };

    explicit Statistics(const Database &database);

    // Every domain, task or topic that has answers, in id order.
    QList<MasteryLine> mastery(const QString &exam, Dimension dimension, qint64 nowMs) const;

    int attemptCount(const QString &exam) const;
    int submittedCount(const QString &exam) const;
    // Attempts newest first.
    QList<AttemptSummary> history(const QString &exam, int limit = -1) const;

private:
    QSqlDatabase m_db;
};
