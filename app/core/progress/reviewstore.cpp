#include "progress/reviewstore.h"

#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QVariant>

using namespace Qt::StringLiterals;

ReviewStore::ReviewStore(const Database &database, const ReviewScheduler &scheduler)
    : ReviewStore(database.connection(), scheduler)
{ }

ReviewStore::ReviewStore(QSqlDatabase connection, const ReviewScheduler &scheduler)
    : m_db(std::move(connection))
    , m_scheduler(scheduler)
{ }

std::optional<ReviewState> ReviewStore::state(const QString &questionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT box, due_at, lapses, reviews FROM review_items WHERE question_id = ?"_s);
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ReviewState {query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toInt(),
                        query.value(3).toInt()};
}

bool ReviewStore::applyAttempt(qint64 attemptId, qint64 nowMs, QString *error)
{
    QSqlQuery items(m_db);
    items.prepare(u"SELECT question_id, correct, COALESCE(answered_at, ?) FROM attempt_items"
                  " WHERE attempt_id = ? AND correct IS NOT NULL ORDER BY position"_s);
    items.addBindValue(nowMs);
    items.addBindValue(attemptId);
    if (!execPrepared(items, error))
        return false;
    QSqlQuery write(m_db);
    while (items.next()) {
        const QString questionId = items.value(0).toString();
        const bool correct = items.value(1).toInt() == 1;
        const qint64 when = items.value(2).toLongLong();
        const auto current = state(questionId);
        const auto next = m_scheduler.next(current, correct, when);
        if (next) {
            write.prepare(
                u"INSERT INTO review_items (question_id, box, due_at, lapses, reviews, "
                u"last_answered_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET box = "
                "excluded.box,"
                " due_at = excluded.due_at, lapses = excluded.lapses, reviews = excluded.reviews,"
                " last_answered_at = excluded.last_answered_at"_s);
            write.addBindValue(questionId);
            write.addBindValue(next->box);
            write.addBindValue(next->dueAtMs);
            write.addBindValue(next->lapses);
            write.addBindValue(next->reviews);
            write.addBindValue(when);
        } else if (current) {
            write.prepare(u"DELETE FROM review_items WHERE question_id = ?"_s);
            write.addBindValue(questionId);
        } else {
            continue;
        }
        if (!execPrepared(write, error))
            return false;
    }
    return true;
}

int ReviewStore::dueCount(const QString &exam, qint64 nowMs) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT count(*) FROM review_items r CROSS JOIN questions q ON q.id = r.question_id"
        " WHERE r.due_at <= ? AND q.exam = ? AND q.retired = 0"_s);
    query.addBindValue(nowMs);
    query.addBindValue(exam);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QStringList ReviewStore::due(const QString &exam, qint64 nowMs, int limit) const
{
    QStringList ids;
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT r.question_id FROM review_items r CROSS JOIN questions q ON q.id = r.question_id"
        " WHERE r.due_at <= ? AND q.exam = ? AND q.retired = 0"
        " ORDER BY r.due_at, r.question_id LIMIT ?"_s);
    query.addBindValue(nowMs);
    query.addBindValue(exam);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

QList<ReviewEntry> ReviewStore::leeches(const QString &exam) const
{
    QList<ReviewEntry> entries;
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT r.question_id, r.box, r.due_at, r.lapses, r.reviews FROM review_items r"
        " CROSS JOIN questions q ON q.id = r.question_id WHERE q.exam = ? AND q.retired = 0"
        " ORDER BY r.lapses DESC, r.question_id"_s);
    query.addBindValue(exam);
    if (!query.exec())
        return entries;
    while (query.next()) {
        ReviewEntry entry {query.value(0).toString(),
                           {query.value(1).toInt(), query.value(2).toLongLong(),
                            query.value(3).toInt(), query.value(4).toInt()},
                           false};
        entry.leech = m_scheduler.isLeech(entry.state);
        if (entry.leech)
            entries.append(entry);
    }
    return entries;
}

int ReviewStore::scheduledCount(const QString &exam) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT count(*) FROM review_items r CROSS JOIN questions q ON q.id = r.question_id"
        " WHERE q.exam = ? AND q.retired = 0"_s);
    query.addBindValue(exam);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}
