#pragma once

#include "progress/reviewscheduler.h"

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

// The review schedule of missed questions as stored: updated from every graded attempt, and
// asked what is due. Its queries read review_items first (CROSS JOIN fixes SQLite's order), so
// they grow with the schedule, never with the bank.
class ReviewStore
{
public:
    explicit ReviewStore(const Database &database,
                         const ReviewScheduler &scheduler = ReviewScheduler::standard());
    // On a connection already in use (the attempt store's, inside its transaction).
    explicit ReviewStore(QSqlDatabase connection,
                         const ReviewScheduler &scheduler = ReviewScheduler::standard());

    // Moves every question of a graded attempt along the schedule. Runs inside the caller's
    // transaction (the attempt's submission), so both land together or not at all.
    bool applyAttempt(qint64 attemptId, qint64 nowMs, QString *error);

    std::optional<ReviewState> state(const QString &questionId) const;
    int dueCount(const QString &exam, qint64 nowMs) const;
    // Due questions, the longest overdue first.
    QStringList due(const QString &exam, qint64 nowMs, int limit = -1) const;
    // Every question missed so often that it counts as a leech, most missed first.
    QList<ReviewEntry> leeches(const QString &exam) const;
    int scheduledCount(const QString &exam) const;

private:
    QSqlDatabase m_db;
    const ReviewScheduler &m_scheduler;
};
