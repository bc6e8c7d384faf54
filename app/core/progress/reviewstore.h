#pragma once

#include "progress/reviewscheduler.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class Database;

// A question in the review schedule, for the lists of due questions and leeches.
struct ReviewEntry
{
    QString questionId;
    ReviewState state;
    bool leech = false;
};

// The current recall of the questions of one domain, task or topic that have been answered.
struct AreaRecall
{
    int seen = 0; // answered questions still in the bank
    double sum = 0; // the sum of their retrievabilities
    double mean() const { return seen > 0 ? sum / seen : 0.0; }
};

// First answers to the questions of one area: how the learner does on questions new to them.
struct FirstAnswers
{
    int answered = 0;
    int right = 0;
};

// Scheduled reviews answered in one week, for the true retention.
struct RetentionWeek
{
    qint64 weekStartMs = 0; // Monday 00:00 UTC
    int reviews = 0;
    int right = 0;
};

// The review schedule as stored: every graded answer of any mode is a review of its question
// (FSRS, docs/statistics.md), written to review_states and review_log with the attempt's
// grades; asked what is due, what is likely forgotten, and what is coming. Its queries read the
// schedule first (CROSS JOIN fixes SQLite's order), so they grow with the answered questions,
// never with the bank or the length of the history.
class ReviewStore
{
public:
    explicit ReviewStore(const Database &database);
    // On a connection already in use (the attempt store's, inside its transaction).
    explicit ReviewStore(QSqlDatabase connection);

    // The retention reviews are scheduled for (meta 'desired_retention'; 0.90 when unset).
    double desiredRetention() const { return m_scheduler.desiredRetention(); }
    // Stores a new retention and reschedules every question for it, in one transaction.
    bool setDesiredRetention(double retention, QString *error);
    const FsrsScheduler &scheduler() const { return m_scheduler; }

    // A right answer is Good, or Hard when it was flagged or took more than hardTimeFactor
    // times the sitting's median time (with at least minimumTimedItems timed answers).
    static constexpr double hardTimeFactor = 2.0;
    static constexpr int minimumTimedItems = 5;
    static Rating rate(bool correct, bool flagged, qint64 timeMs, qint64 medianMs);

    // Reviews every graded question of an attempt. Runs inside the caller's transaction (the
    // attempt's submission), so both land together or not at all.
    bool applyAttempt(qint64 attemptId, qint64 nowMs, QString *error);
    // Rebuilds the schedule and its log from the answer log (the migration to schema 5).
    static bool rebuild(QSqlDatabase &db, QString *error);

    std::optional<ReviewState> state(const QString &questionId) const;
    int dueCount(const QString &exam, qint64 nowMs) const;
    // Due questions, the longest overdue first.
    QStringList due(const QString &exam, qint64 nowMs, int limit = -1) const;
    // Every question missed so often that it counts as a leech, most missed first.
    QList<ReviewEntry> leeches(const QString &exam) const;
    int scheduledCount(const QString &exam) const;
    // Every question answered at least once, of any exam, retired ones too: a quick count
    // (SQLite counts an index's entries without reading the questions).
    int answeredCount() const;

    // Each answered question's chance of a right answer at nowMs.
    QHash<QString, double> retrievabilities(const QString &exam, qint64 nowMs) const;
    // The same summed per domain, task or topic ("domain", "task", "topic").
    QHash<QString, AreaRecall> recallByArea(const QString &exam, const QString &kind,
                                            qint64 nowMs) const;
    // The first answer of every answered question, summed per domain.
    QHash<QString, FirstAnswers> firstAnswersByDomain(const QString &exam) const;
    // Reviews due on each of the next `days` UTC days, today first (overdue ones count today).
    QList<int> forecast(const QString &exam, qint64 nowMs, int days) const;
    // Per week of the last `weeks` (oldest first, this week last): reviews of questions that
    // were due, at least a day after the previous answer, and how many were right.
    QList<RetentionWeek> trueRetention(const QString &exam, qint64 nowMs, int weeks) const;

private:
    QSqlDatabase m_db;
    FsrsScheduler m_scheduler;
};
