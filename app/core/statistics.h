#pragma once

#include "attempt.h"
#include "blueprint.h"
#include "mastery.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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

// One domain's result in one submitted attempt, for the trend lines.
struct DomainPoint
{
    qint64 attemptId = 0;
    qint64 submittedAtMs = 0;
    QString domain;
    int correct = 0;
    int total = 0;
};

// The predicted scaled score from domain mastery and the blueprint weights, with its range.
struct Readiness
{
    bool available = false;   // every domain has enough answers
    int score = 0;            // from the recency-weighted accuracies
    int low = 0;              // from the lower and upper bounds
    int high = 0;
    QStringList missingDomains; // domains below the minimum number of answers
};

// A weak domain or topic, for "drill these".
struct WeakArea
{
    enum class Kind { Domain, Topic };
    Kind kind = Kind::Domain;
    QString id;
    MasteryEstimate estimate;
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

    // Readiness for the exam: docs/statistics.md says how it is computed.
    Readiness readiness(const Blueprint &blueprint, qint64 nowMs) const;
    // The weakest domains and topics with enough answers, weakest first.
    QList<WeakArea> weakest(const QString &exam, qint64 nowMs, int count) const;
    // Per-domain results of every submitted attempt, oldest first.
    QList<DomainPoint> domainTrend(const QString &exam) const;

    int attemptCount(const QString &exam) const;
    int submittedCount(const QString &exam) const;
    // Attempts newest first.
    QList<AttemptSummary> history(const QString &exam, int limit = -1) const;

private:
    QSqlDatabase m_db;
};
