#include "progress/reviewstore.h"

#include "bank/annotationstore.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 weekMs = 7 * dayMs;
constexpr qint64 mondayOffsetMs = 3 * dayMs; // 1 January 1970 was a Thursday
constexpr auto retentionKey = "desired_retention"_L1;

// Joins the rows of `alias` (review_states or review_log) to their questions, through the index
// questions_area (schema 9), named: without ANALYZE's statistics SQLite takes the primary key's
// index, and then reads each question's row, its text included, for its exam and domain.
QString questionOf(QLatin1StringView alias)
{
    return u" CROSS JOIN questions q INDEXED BY questions_area ON q.id = %1.question_id "_s.arg(
        alias);
}

double storedRetention(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(QString(retentionKey));
    bool ok = false;
    const double value = query.exec() && query.next() ? query.value(0).toDouble(&ok) : 0.0;
    return ok ? value : FsrsScheduler::defaultRetention;
}

constexpr auto stateColumns
    = "stability, difficulty, last_review_at, due_at, reviews, lapses, last_rating"_L1;
// The same of review_states r, where a join brings in questions' columns of the same names.
constexpr auto stateColumnsOfR = "r.stability, r.difficulty, r.last_review_at, r.due_at,"
                                 " r.reviews, r.lapses, r.last_rating"_L1;

ReviewState stateAt(const QSqlQuery &query, int first)
{
    ReviewState state;
    state.stability = query.value(first).toDouble();
    state.difficulty = query.value(first + 1).toDouble();
    state.lastReviewAtMs = query.value(first + 2).toLongLong();
    state.dueAtMs = query.value(first + 3).toLongLong();
    state.reviews = query.value(first + 4).toInt();
    state.lapses = query.value(first + 5).toInt();
    state.lastRating = Rating(std::clamp(query.value(first + 6).toInt(), 1, 4));
    return state;
}

// The two writes of a review, prepared once: a line of the log, and the question's new state.
class ReviewWriter
{
public:
    explicit ReviewWriter(const QSqlDatabase &db)
        : m_log(db)
        , m_state(db)
    {
        m_log.prepare(u"INSERT INTO review_log (question_id, exam, reviewed_at, rating,"
                      " elapsed_days, was_due, retrievability) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        m_state.prepare(u"INSERT OR REPLACE INTO review_states (question_id, %1)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(stateColumns));
    }

    bool log(const QString &questionId, const QString &exam,
             const std::optional<ReviewState> &before, Rating rating, qint64 whenMs,
             const FsrsScheduler &scheduler, QString *error)
    {
        m_log.bindValue(0, questionId);
        m_log.bindValue(1, exam);
        m_log.bindValue(2, whenMs);
        m_log.bindValue(3, int(rating));
        m_log.bindValue(4,
                        before ? FsrsScheduler::elapsedDays(before->lastReviewAtMs, whenMs) : -1);
        m_log.bindValue(5, before && before->dueAtMs <= whenMs ? 1 : 0);
        m_log.bindValue(6,
                        before ? QVariant(scheduler.retrievability(*before, whenMs)) : QVariant());
        return execPrepared(m_log, error);
    }

    bool store(const QString &questionId, const ReviewState &state, QString *error)
    {
        m_state.bindValue(0, questionId);
        m_state.bindValue(1, state.stability);
        m_state.bindValue(2, state.difficulty);
        m_state.bindValue(3, state.lastReviewAtMs);
        m_state.bindValue(4, state.dueAtMs);
        m_state.bindValue(5, state.reviews);
        m_state.bindValue(6, state.lapses);
        m_state.bindValue(7, int(state.lastRating));
        return execPrepared(m_state, error);
    }

private:
    QSqlQuery m_log;
    QSqlQuery m_state;
};

} // namespace

ReviewStore::ReviewStore(const Database &database)
    : ReviewStore(database.connection())
{ }

ReviewStore::ReviewStore(QSqlDatabase connection)
    : m_db(std::move(connection))
    , m_scheduler(storedRetention(m_db))
{ }

Rating ReviewStore::rate(bool correct, bool flagged, qint64 timeMs, qint64 medianMs)
{
    if (!correct)
        return Rating::Again;
    if (flagged || (medianMs > 0 && timeMs > hardTimeFactor * medianMs))
        return Rating::Hard;
    return Rating::Good;
}

bool ReviewStore::setDesiredRetention(double retention, QString *error)
{
    const FsrsScheduler scheduler(retention);
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(QString(retentionKey));
    query.addBindValue(QString::number(scheduler.desiredRetention()));
    if (!execPrepared(query, error))
        return false;
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE review_states SET due_at = ? WHERE question_id = ?"_s);
    if (!query.exec(u"SELECT question_id, %1 FROM review_states"_s.arg(stateColumns))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        update.bindValue(0, scheduler.dueAt(stateAt(query, 1), id));
        update.bindValue(1, id);
        if (!execPrepared(update, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    m_scheduler = scheduler;
    return true;
}

std::optional<ReviewState> ReviewStore::state(const QString &questionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM review_states WHERE question_id = ?"_s.arg(stateColumns));
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return stateAt(query, 0);
}

bool ReviewStore::applyAttempt(qint64 attemptId, qint64 nowMs, QString *error)
{
    QSqlQuery items(m_db);
    items.prepare(u"SELECT i.question_id, i.correct, COALESCE(i.answered_at, ?), i.flagged,"
                  " i.time_ms, a.exam FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id"
                  " WHERE i.attempt_id = ? AND i.correct IS NOT NULL ORDER BY i.position"_s);
    items.addBindValue(nowMs);
    items.addBindValue(attemptId);
    if (!execPrepared(items, error))
        return false;
    struct Item
    {
        QString questionId, exam;
        bool correct, flagged;
        qint64 whenMs, timeMs;
    };
    QList<Item> graded;
    QList<qint64> times;
    while (items.next()) {
        graded.append({items.value(0).toString(), items.value(5).toString(),
                       items.value(1).toInt() == 1, items.value(3).toInt() == 1,
                       items.value(2).toLongLong(), items.value(4).toLongLong()});
        if (graded.last().timeMs > 0)
            times.append(graded.last().timeMs);
    }
    qint64 median = 0;
    if (times.size() >= minimumTimedItems) {
        std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
        median = times.at(times.size() / 2);
    }
    ReviewWriter writer(m_db);
    for (const Item &item : std::as_const(graded)) {
        const Rating rating = rate(item.correct, item.flagged, item.timeMs, median);
        const auto current = state(item.questionId);
        const ReviewState next = m_scheduler.next(current, rating, item.whenMs, item.questionId);
        if (!writer.log(item.questionId, item.exam, current, rating, item.whenMs, m_scheduler,
                        error)
            || !writer.store(item.questionId, next, error))
            return false;
    }
    return true;
}

bool ReviewStore::rebuild(QSqlDatabase &db, QString *error)
{
    // Answers from before schema 5 have no times: their ratings come from grade and flag alone.
    const FsrsScheduler scheduler(storedRetention(db));
    QSqlQuery answers(db);
    answers.setForwardOnly(true);
    if (!answers.exec(u"SELECT a.question_id, a.exam, a.answered_at, a.correct,"
                      " COALESCE(i.flagged, 0) FROM answers a LEFT JOIN attempt_items i"
                      " ON i.attempt_id = a.attempt_id AND i.position = a.position"
                      " ORDER BY a.question_id, a.answered_at, a.id"_s)) {
        *error = answers.lastError().text();
        return false;
    }
    ReviewWriter writer(db);
    QString questionId;
    std::optional<ReviewState> current;
    while (answers.next()) {
        const QString id = answers.value(0).toString();
        if (id != questionId) {
            if (current && !writer.store(questionId, *current, error))
                return false;
            questionId = id;
            current.reset();
        }
        const qint64 when = answers.value(2).toLongLong();
        const Rating rating
            = rate(answers.value(3).toInt() == 1, answers.value(4).toInt() == 1, 0, 0);
        if (!writer.log(id, answers.value(1).toString(), current, rating, when, scheduler, error))
            return false;
        current = scheduler.next(current, rating, when, id);
    }
    return !current || writer.store(questionId, *current, error);
}

int ReviewStore::dueCount(const QString &exam, qint64 nowMs) const
{
    // Every review due, counted in the index review_states_due, less those that do not count,
    // found from their questions' side: the retired and other exams' questions, through the
    // index questions_pool (which starts with the exam and whether it is retired), and the
    // suspended. Joining each due question to its question took 0.14 s at 50,000 due.
    QSqlQuery query(m_db);
    query.prepare((u"SELECT (SELECT count(*) FROM review_states WHERE due_at <= :now)"
                   " - (SELECT count(*) FROM questions q INDEXED BY questions_pool"
                   "    CROSS JOIN review_states r ON r.question_id = q.id"
                   "    WHERE q.exam < :exam AND r.due_at <= :now)"
                   " - (SELECT count(*) FROM questions q INDEXED BY questions_pool"
                   "    CROSS JOIN review_states r ON r.question_id = q.id"
                   "    WHERE q.exam > :exam AND r.due_at <= :now)"
                   " - (SELECT count(*) FROM questions q INDEXED BY questions_pool"
                   "    CROSS JOIN review_states r ON r.question_id = q.id"
                   "    WHERE q.exam = :exam AND q.retired > 0 AND r.due_at <= :now)"
                   " - (SELECT count(*) FROM question_annotations a"
                   "    CROSS JOIN review_states r ON r.question_id = a.question_id"_s
                   + questionOf("a"_L1)
                   + u"   WHERE a.suspended = 1 AND r.due_at <= :now AND q.exam = :exam"
                     "    AND q.retired = 0)"_s));
    query.bindValue(u":now"_s, nowMs);
    query.bindValue(u":exam"_s, exam);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QStringList ReviewStore::due(const QString &exam, qint64 nowMs, int limit) const
{
    QStringList ids;
    QSqlQuery query(m_db);
    query.prepare((u"SELECT r.question_id FROM review_states r"_s + questionOf("r"_L1)
                   + u"WHERE r.due_at <= ? AND q.exam = ? AND q.retired = 0 AND %1"
                     " ORDER BY r.due_at, r.question_id LIMIT ?"_s)
                      .arg(AnnotationStore::notSuspended()));
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
    query.prepare((u"SELECT r.question_id, %1 FROM review_states r"_s + questionOf("r"_L1)
                   + u"WHERE r.lapses >= ? AND q.exam = ? AND q.retired = 0"
                     " ORDER BY r.lapses DESC, r.question_id"_s)
                      .arg(stateColumnsOfR));
    query.addBindValue(FsrsScheduler::leechLapses);
    query.addBindValue(exam);
    if (!query.exec())
        return entries;
    while (query.next()) {
        ReviewEntry entry {query.value(0).toString(), stateAt(query, 1), false};
        entry.leech = m_scheduler.isLeech(entry.state);
        if (entry.leech)
            entries.append(entry);
    }
    return entries;
}

int ReviewStore::scheduledCount(const QString &exam) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM review_states r"_s + questionOf("r"_L1)
                  + u"WHERE q.exam = ? AND q.retired = 0"_s);
    query.addBindValue(exam);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int ReviewStore::answeredCount() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT count(*) FROM review_states"_s) && query.next()
        ? query.value(0).toInt()
        : 0;
}

QHash<QString, double> ReviewStore::retrievabilities(const QString &exam, qint64 nowMs) const
{
    QHash<QString, double> recall;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT r.question_id, r.stability, r.last_review_at FROM review_states r"_s
                  + questionOf("r"_L1) + u"WHERE q.exam = ? AND q.retired = 0"_s);
    query.addBindValue(exam);
    if (!query.exec())
        return recall;
    while (query.next()) {
        ReviewState state;
        state.stability = query.value(1).toDouble();
        state.lastReviewAtMs = query.value(2).toLongLong();
        recall.insert(query.value(0).toString(), m_scheduler.retrievability(state, nowMs));
    }
    return recall;
}

QHash<QString, AreaRecall> ReviewStore::recallByArea(const QString &exam, const QString &kind,
                                                     qint64 nowMs) const
{
    // Summed by SQLite, the forgetting curve over whole elapsed days as FsrsScheduler has it: an
    // area's sum comes over as one row, however many of its questions were answered.
    const QString area = kind == "topic"_L1 ? u"t.topic"_s
        : kind == "task"_L1                 ? u"q.task"_s
                                            : u"q.domain"_s;
    const QString topics = kind == "topic"_L1
        ? u"CROSS JOIN question_topics t ON t.question_id = r.question_id "_s
        : QString();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare((u"SELECT %1, count(*),"
                   " sum(pow(1.0 + ? * (max(? - r.last_review_at, 0) / %2) / r.stability, ?))"
                   " FROM review_states r"_s
                   + questionOf("r"_L1) + topics
                   + u"WHERE q.exam = ? AND q.retired = 0 GROUP BY %1"_s)
                      .arg(area)
                      .arg(dayMs));
    query.addBindValue(m_scheduler.factor());
    query.addBindValue(nowMs);
    query.addBindValue(m_scheduler.decay());
    query.addBindValue(exam);
    QHash<QString, AreaRecall> areas;
    if (!query.exec())
        return areas;
    while (query.next())
        areas.insert(query.value(0).toString(),
                     {query.value(1).toInt(), query.value(2).toDouble()});
    return areas;
}

QHash<QString, FirstAnswers> ReviewStore::firstAnswersByDomain(const QString &exam) const
{
    QHash<QString, FirstAnswers> domains;
    QSqlQuery query(m_db);
    // review_log_first holds exactly these rows: one per answered question.
    query.prepare(u"SELECT q.domain, count(*), sum(l.rating > 1) FROM review_log l"_s
                  + questionOf("l"_L1)
                  + u"WHERE l.exam = ? AND l.elapsed_days = -1 AND q.retired = 0"
                    " GROUP BY q.domain"_s);
    query.addBindValue(exam);
    if (query.exec()) {
        while (query.next())
            domains.insert(query.value(0).toString(),
                           {query.value(1).toInt(), query.value(2).toInt()});
    }
    return domains;
}

QList<int> ReviewStore::forecast(const QString &exam, qint64 nowMs, int days) const
{
    QList<int> counts(qMax(0, days), 0);
    const qint64 today = nowMs - nowMs % dayMs;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT (max(r.due_at, ?) - ?) / ? AS day, count(*) FROM review_states r"_s
                  + questionOf("r"_L1)
                  + u"WHERE r.due_at < ? AND q.exam = ? AND q.retired = 0 GROUP BY day"_s);
    query.addBindValue(today);
    query.addBindValue(today);
    query.addBindValue(dayMs);
    query.addBindValue(today + days * dayMs);
    query.addBindValue(exam);
    if (query.exec()) {
        while (query.next()) {
            const int day = query.value(0).toInt();
            if (day >= 0 && day < counts.size())
                counts[day] = query.value(1).toInt();
        }
    }
    return counts;
}

QList<RetentionWeek> ReviewStore::trueRetention(const QString &exam, qint64 nowMs, int weeks) const
{
    QList<RetentionWeek> result;
    const qint64 thisWeek = nowMs - (nowMs + mondayOffsetMs) % weekMs;
    const qint64 first = thisWeek - (weeks - 1) * weekMs;
    for (int i = 0; i < weeks; ++i)
        result.append({first + i * weekMs, 0, 0});
    QSqlQuery query(m_db);
    // review_log_scheduled is a partial index of exactly these rows.
    query.prepare(u"SELECT (reviewed_at - ?) / ? AS week, count(*), sum(rating > 1)"
                  " FROM review_log WHERE exam = ? AND reviewed_at >= ?"
                  " AND was_due = 1 AND elapsed_days >= 1 GROUP BY week"_s);
    query.addBindValue(first);
    query.addBindValue(weekMs);
    query.addBindValue(exam);
    query.addBindValue(first);
    if (query.exec()) {
        while (query.next()) {
            const int week = query.value(0).toInt();
            if (week >= 0 && week < weeks) {
                result[week].reviews = query.value(1).toInt();
                result[week].right = query.value(2).toInt();
            }
        }
    }
    return result;
}
