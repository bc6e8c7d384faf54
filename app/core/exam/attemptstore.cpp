#include "exam/attemptstore.h"

#include "progress/masterytotals.h"
#include "progress/reviewstore.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr auto inProgressState = "in_progress"_L1;
constexpr auto submittedState = "submitted"_L1;
} // namespace

AttemptStore::AttemptStore(const Database &database)
    : m_db(database.connection())
{ }

QString AttemptStore::normalizedSelection(QString selection)
{
    std::sort(selection.begin(), selection.end());
    selection.erase(std::unique(selection.begin(), selection.end()), selection.end());
    return selection;
}

qint64 AttemptStore::create(const Attempt &attempt, QString *error)
{
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO attempts (exam, mode, seed, settings, created_at, state,"
                  " time_limit_ms, elapsed_ms, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(attempt.exam);
    query.addBindValue(Attempt::modeName(attempt.mode));
    query.addBindValue(qint64(attempt.seed)); // SQLite integers are signed 64-bit
    query.addBindValue(attempt.settings);
    query.addBindValue(attempt.createdAtMs);
    query.addBindValue(QString(inProgressState));
    query.addBindValue(attempt.timeLimitMs);
    query.addBindValue(attempt.elapsedMs);
    query.addBindValue(attempt.position);
    if (!transaction.isOpen() || !execPrepared(query, error))
        return 0;
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(u"INSERT INTO attempt_items (attempt_id, position, question_id, choice_order,"
                  " selection, flagged) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const AttemptItem &item : attempt.items) {
        query.addBindValue(id);
        query.addBindValue(item.position);
        query.addBindValue(item.questionId);
        query.addBindValue(item.choiceOrder);
        query.addBindValue(normalizedSelection(item.selection));
        query.addBindValue(item.flagged ? 1 : 0);
        if (!execPrepared(query, error))
            return 0;
    }
    return transaction.commit(error) ? id : 0;
}

bool AttemptStore::updateOne(QSqlQuery &query)
{
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no such attempt item");
        return false;
    }
    return true;
}

bool AttemptStore::recordAnswer(qint64 attemptId, int position, const QString &selection,
                                qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attempt_items SET selection = ?, answered_at = ?"
                  " WHERE attempt_id = ? AND position = ?"_s);
    const QString normalized = normalizedSelection(selection);
    query.addBindValue(normalized);
    query.addBindValue(normalized.isEmpty() ? QVariant() : QVariant(nowMs));
    query.addBindValue(attemptId);
    query.addBindValue(position);
    return updateOne(query);
}

bool AttemptStore::setFlagged(qint64 attemptId, int position, bool flagged)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attempt_items SET flagged = ? WHERE attempt_id = ? AND position = ?"_s);
    query.addBindValue(flagged ? 1 : 0);
    query.addBindValue(attemptId);
    query.addBindValue(position);
    return updateOne(query);
}

bool AttemptStore::setStruck(qint64 attemptId, int position, const QString &struck)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attempt_items SET struck = ? WHERE attempt_id = ? AND position = ?"_s);
    query.addBindValue(normalizedSelection(struck));
    query.addBindValue(attemptId);
    query.addBindValue(position);
    return updateOne(query);
}

bool AttemptStore::setPosition(qint64 attemptId, int position)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attempts SET position = ? WHERE id = ?"_s);
    query.addBindValue(position);
    query.addBindValue(attemptId);
    return updateOne(query);
}

bool AttemptStore::recordElapsed(qint64 attemptId, qint64 elapsedMs, int position,
                                 qint64 itemTimeMs)
{
    // Two writes, not one transaction: this also runs inside saveUnsaved's, and the item's time
    // landing a tick after the clock's loses nothing that matters.
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attempts SET elapsed_ms = ? WHERE id = ? AND state = ?"_s);
    query.addBindValue(elapsedMs);
    query.addBindValue(attemptId);
    query.addBindValue(QString(inProgressState));
    if (!updateOne(query))
        return false;
    if (position >= 0) {
        query.prepare(
            u"UPDATE attempt_items SET time_ms = ? WHERE attempt_id = ? AND position = ?"_s);
        query.addBindValue(itemTimeMs);
        query.addBindValue(attemptId);
        query.addBindValue(position);
        return updateOne(query);
    }
    return true;
}

bool AttemptStore::gradeItem(qint64 attemptId, int position, bool correct)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attempt_items SET correct = ? WHERE attempt_id = ? AND position = ?"_s);
    query.addBindValue(correct ? 1 : 0);
    query.addBindValue(attemptId);
    query.addBindValue(position);
    return updateOne(query);
}

bool AttemptStore::submit(qint64 attemptId, const AttemptResult &result, qint64 nowMs,
                          QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attempts SET state = ?, submitted_at = ?, correct = ?, total = ?,"
                  " score = ?, passed = ? WHERE id = ? AND state = ?"_s);
    query.addBindValue(QString(submittedState));
    query.addBindValue(nowMs);
    query.addBindValue(result.correct);
    query.addBindValue(result.total);
    query.addBindValue(result.scaledScore);
    query.addBindValue(result.passed ? 1 : 0);
    query.addBindValue(attemptId);
    query.addBindValue(QString(inProgressState));
    if (!execPrepared(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = u"attempt %1 is not in progress"_s.arg(attemptId);
        return false;
    }
    query.prepare(u"UPDATE attempt_items SET correct = ? WHERE attempt_id = ? AND position = ?"_s);
    for (qsizetype position = 0; position < result.itemCorrect.size(); ++position) {
        query.addBindValue(result.itemCorrect.at(position) ? 1 : 0);
        query.addBindValue(attemptId);
        query.addBindValue(int(position));
        if (!execPrepared(query, error))
            return false;
    }
    query.prepare(u"INSERT INTO answers (attempt_id, position, question_id, exam, domain, task,"
                  " answered_at, correct)"
                  " SELECT i.attempt_id, i.position, i.question_id, a.exam, q.domain, q.task,"
                  "        COALESCE(i.answered_at, ?), i.correct"
                  " FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id"
                  " JOIN questions q ON q.id = i.question_id"
                  " WHERE i.attempt_id = ? AND i.correct IS NOT NULL"_s);
    query.addBindValue(nowMs);
    query.addBindValue(attemptId);
    if (!execPrepared(query, error))
        return false;
    // Exam assembly reads staleness from the question itself (QuestionStore::candidates).
    query.prepare(u"UPDATE questions SET last_seen_at = (SELECT max(a.answered_at) FROM answers a"
                  " WHERE a.question_id = questions.id)"
                  " WHERE id IN (SELECT question_id FROM answers WHERE attempt_id = ?)"_s);
    query.addBindValue(attemptId);
    if (!execPrepared(query, error))
        return false;
    query.prepare(u"INSERT INTO attempt_domains (attempt_id, domain, correct, total)"
                  " SELECT attempt_id, domain, sum(correct), count(*) FROM answers"
                  " WHERE attempt_id = ? GROUP BY domain"_s);
    query.addBindValue(attemptId);
    if (!execPrepared(query, error))
        return false;
    if (!MasteryTotals::addAttempt(m_db, attemptId, error))
        return false;
    if (!ReviewStore(m_db).applyAttempt(attemptId, nowMs, error))
        return false;
    return transaction.commit(error);
}

bool AttemptStore::discard(qint64 attemptId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM attempts WHERE id = ? AND state = ?"_s);
    query.addBindValue(attemptId);
    query.addBindValue(QString(inProgressState));
    return updateOne(query);
}

std::optional<Attempt> AttemptStore::load(qint64 attemptId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT exam, mode, seed, settings, created_at, submitted_at, state,"
                  " time_limit_ms, elapsed_ms, position FROM attempts WHERE id = ?"_s);
    query.addBindValue(attemptId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Attempt attempt;
    attempt.id = attemptId;
    attempt.exam = query.value(0).toString();
    attempt.mode = Attempt::modeFromName(query.value(1).toString()).value_or(Attempt::Mode::Exam);
    attempt.seed = quint64(query.value(2).toLongLong());
    attempt.settings = query.value(3).toString();
    attempt.createdAtMs = query.value(4).toLongLong();
    attempt.submittedAtMs = query.value(5).toLongLong();
    attempt.state = query.value(6).toString() == submittedState ? Attempt::State::Submitted
                                                                : Attempt::State::InProgress;
    attempt.timeLimitMs = query.value(7).toLongLong();
    attempt.elapsedMs = query.value(8).toLongLong();
    attempt.position = query.value(9).toInt();

    query.prepare(u"SELECT position, question_id, choice_order, selection, flagged, answered_at,"
                  " correct, time_ms, struck FROM attempt_items WHERE attempt_id = ?"
                  " ORDER BY position"_s);
    query.addBindValue(attemptId);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        AttemptItem item;
        item.position = query.value(0).toInt();
        item.questionId = query.value(1).toString();
        item.choiceOrder = query.value(2).toString();
        item.selection = query.value(3).toString();
        item.flagged = query.value(4).toBool();
        item.answeredAtMs = query.value(5).toLongLong();
        item.correct = query.value(6).isNull() ? -1 : query.value(6).toInt();
        item.timeMs = query.value(7).toLongLong();
        item.struck = query.value(8).toString();
        attempt.items.append(item);
    }
    return attempt;
}

qint64 AttemptStore::inProgress() const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT id FROM attempts WHERE state = ? ORDER BY created_at DESC, id DESC LIMIT 1"_s);
    query.addBindValue(QString(inProgressState));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}
