#pragma once

#include "exam/attempt.h"
#include "exam/grading.h"

#include <QSqlDatabase>

class QSqlQuery;

class Database;

// Stores attempts as they happen: every answer, flag, move and clock tick is its own committed
// write, so a crash loses at most the last click and an attempt can always be resumed.
class AttemptStore
{
public:
    explicit AttemptStore(const Database &database);

    // Inserts a new attempt with its items; returns its id, or 0 with *error set.
    qint64 create(const Attempt &attempt, QString *error);

    bool recordAnswer(qint64 attemptId, int position, const QString &selection, qint64 nowMs);
    bool setFlagged(qint64 attemptId, int position, bool flagged);
    bool setStruck(qint64 attemptId, int position, const QString &struck);
    bool setPosition(qint64 attemptId, int position);
    // The attempt's clock, and the time spent on the question at `position` (when >= 0).
    bool recordElapsed(qint64 attemptId, qint64 elapsedMs, int position = -1,
                       qint64 itemTimeMs = 0);
    // Practice: an item checked before the end keeps its grade (and cannot change any more).
    bool gradeItem(qint64 attemptId, int position, bool correct);

    // Grades are written with the answer log the statistics read, in one transaction.
    bool submit(qint64 attemptId, const AttemptResult &result, qint64 nowMs, QString *error);
    // Removes an attempt still in progress (the learner chose not to resume it).
    bool discard(qint64 attemptId);

    std::optional<Attempt> load(qint64 attemptId) const;
    // The newest attempt still in progress, or 0.
    qint64 inProgress() const;

    static QString normalizedSelection(QString selection);
    // Why the last write failed (disk full, I/O error, read-only file), for the learner.
    QString lastError() const { return m_lastError; }

private:
    bool updateOne(QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_lastError;
};
