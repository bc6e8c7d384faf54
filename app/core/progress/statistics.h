#pragma once

#include "bank/blueprint.h"
#include "exam/attempt.h"
#include "progress/mastery.h"
#include "progress/reviewstore.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

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
    qint64 timeLimitMs = 0; // 0: untimed
    int questions = 0;
    int correct = 0;
    int score = 0;
    bool passed = false;
};

// One domain's results on one day of study (UTC), for the trend lines.
struct DomainPoint
{
    qint64 dayMs = 0; // the day's start
    QString domain;
    int correct = 0;
    int total = 0;
};

// The mean estimated score of the attempts submitted on one day.
struct ScorePoint
{
    qint64 dayMs = 0;
    double score = 0;
    int attempts = 0;
};

// The predicted scaled score of a mock exam from the bank if it were today, from each domain's
// current recall and the blueprint weights, with its range; and the score the learner makes on
// questions they meet for the first time, which is what the real exam's questions are.
struct Readiness
{
    bool available = false; // every domain has enough answers
    int score = 0; // answered questions at their retrievability, the rest at first sight
    int low = 0; // from the lower and upper bounds
    int high = 0;
    bool firstSightAvailable = false; // every domain has enough first answers
    int firstSight = 0; // from the share of first answers that were right
    QHash<QString, double> domainShare; // each domain with enough answers: its expected share right
    QStringList missingDomains; // domains below the minimum number of answers
};

// A weak domain or topic, for "drill these".
struct WeakArea
{
    enum class Kind { Domain, Topic };
    Kind kind = Kind::Domain;
    QString id;
    MasteryEstimate estimate;
    AreaRecall recall; // what ranks: the mean retrievability of its answered questions
};

// Learning statistics, read from tables kept at every submission (the recency-weighted sums
// per area, the per-domain score of each attempt), never by loading the answer history.
class Statistics
{
public:
    enum class Dimension { Domain, Task, Topic };

    explicit Statistics(const Database &database);

    // Every domain, task or topic that has answers, in id order. The weights are relative, so
    // mastery changes with new answers, not with the date.
    QList<MasteryLine> mastery(const QString &exam, Dimension dimension) const;

    // Readiness for the exam at nowMs: docs/statistics.md says how it is computed.
    Readiness readiness(const Blueprint &blueprint, qint64 nowMs) const;
    // The domains and topics with the lowest current recall among those with enough answered
    // questions, weakest first.
    QList<WeakArea> weakest(const QString &exam, int count, qint64 nowMs) const;
    // Both, with the domains' recall, which each needs, read once.
    std::pair<Readiness, QList<WeakArea>> readinessAndWeakest(const Blueprint &blueprint, int count,
                                                              qint64 nowMs) const;
    // A point per day of study, oldest first: the chart stays light after years of history.
    QList<DomainPoint> domainTrend(const QString &exam) const;
    QList<ScorePoint> scoreTrend(const QString &exam) const;

    int attemptCount(const QString &exam) const;
    int submittedCount(const QString &exam) const;
    // Attempts newest first.
    QList<AttemptSummary> history(const QString &exam, int limit = -1, int offset = 0,
                                  bool submittedOnly = false) const;

private:
    Readiness readiness(const Blueprint &blueprint,
                        const QHash<QString, AreaRecall> &domainRecall) const;
    QList<WeakArea> weakest(const QString &exam, int count, qint64 nowMs,
                            const QHash<QString, AreaRecall> &domainRecall) const;

    QSqlDatabase m_db;
};
