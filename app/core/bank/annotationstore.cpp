#include "bank/annotationstore.h"

#include "storage/database.h"
#include "storage/sqltransaction.h"

using namespace Qt::StringLiterals;

AnnotationStore::AnnotationStore(const Database &database)
    : m_db(database.connection())
{ }

QString AnnotationStore::notSuspended(const QString &alias)
{
    return u"NOT EXISTS (SELECT 1 FROM question_annotations sa"
           " WHERE sa.question_id = %1.id AND sa.suspended = 1)"_s.arg(alias);
}

Annotation AnnotationStore::annotation(const QString &questionId) const
{
    return annotations({questionId}).value(questionId);
}

QHash<QString, Annotation> AnnotationStore::annotations(const QStringList &ids) const
{
    QHash<QString, Annotation> found;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT bookmarked, suspended, note FROM question_annotations"
                  " WHERE question_id = ?"_s);
    for (const QString &id : ids) {
        query.bindValue(0, id);
        if (!query.exec() || !query.next())
            continue;
        found.insert(id,
                     Annotation {query.value(0).toBool(), query.value(1).toBool(),
                                 query.value(2).toString()});
        query.finish();
    }
    return found;
}

bool AnnotationStore::write(const QString &questionId, Annotation annotation, qint64 nowMs,
                            QString *error)
{
    if (annotation.note.trimmed().isEmpty())
        annotation.note.clear();
    QSqlQuery query(m_db);
    if (annotation.isEmpty()) {
        query.prepare(u"DELETE FROM question_annotations WHERE question_id = ?"_s);
        query.addBindValue(questionId);
        return execPrepared(query, error);
    }
    query.prepare(u"INSERT INTO question_annotations (question_id, bookmarked, suspended, note,"
                  " updated_at) VALUES (?, ?, ?, ?, ?)"
                  " ON CONFLICT (question_id) DO UPDATE SET bookmarked = excluded.bookmarked,"
                  " suspended = excluded.suspended, note = excluded.note,"
                  " updated_at = excluded.updated_at"_s);
    query.addBindValue(questionId);
    query.addBindValue(int(annotation.bookmarked));
    query.addBindValue(int(annotation.suspended));
    query.addBindValue(annotation.note.isEmpty() ? u""_s : annotation.note); // never NULL
    query.addBindValue(nowMs);
    return execPrepared(query, error);
}

std::optional<Annotation> AnnotationStore::update(const QString &questionId,
                                                  const std::function<void(Annotation &)> &change,
                                                  qint64 nowMs, QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = m_db.lastError().text();
        return std::nullopt;
    }
    Annotation annotation = this->annotation(questionId);
    change(annotation);
    if (annotation.note.trimmed().isEmpty())
        annotation.note.clear();
    if (!write(questionId, annotation, nowMs, error) || !transaction.commit(error))
        return std::nullopt;
    return annotation;
}

QMap<QString, int> AnnotationStore::suspendedBy(const QString &exam, const QString &kind) const
{
    QMap<QString, int> counts;
    QSqlQuery query(m_db);
    // Few questions are suspended: the annotations lead, each question found by its key, then
    // its topics by theirs (CROSS JOIN keeps that order: left to choose, SQLite read every
    // question's topics first, 17 ms at 100,000 questions).
    const bool topic = kind == u"topic";
    const QString key = topic ? u"t.topic"_s : kind == u"task" ? u"q.task"_s : u"q.domain"_s;
    query.prepare(
        u"SELECT %1, count(*) FROM question_annotations a"
        " CROSS JOIN questions q ON q.id = a.question_id"_s.arg(key)
        + (topic ? u" CROSS JOIN question_topics t ON t.question_id = q.id"_s : QString())
        + u" WHERE a.suspended = 1 AND q.exam = ? AND q.retired = 0 GROUP BY %1"_s.arg(key));
    query.addBindValue(exam);
    if (query.exec()) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

int AnnotationStore::suspendedCount(const QString &exam) const
{
    int total = 0;
    for (const int count : suspendedBy(exam, u"domain"_s))
        total += count;
    return total;
}
