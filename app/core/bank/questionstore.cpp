#include "bank/questionstore.h"

#include "bank/annotationstore.h"
#include "bank/bankreader.h"
#include "bank/questionsearch.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqltransaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

constexpr auto bundledSource = "bundled"_L1;

QByteArray compactJson(const Question &question)
{
    return QJsonDocument(BankReader::questionToJson(question)).toJson(QJsonDocument::Compact);
}

QString hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString QuestionStore::contentHash(const Question &question)
{
    return hashOf(compactJson(question));
}

QuestionStore::QuestionStore(const Database &database)
    : m_db(database.connection())
{ }

// Writes questions with statements prepared once, for imports of any size.
class QuestionStore::Writer
{
public:
    Writer(const QSqlDatabase &db, QString source, qint64 nowMs)
        : m_insert(db)
        , m_update(db)
        , m_clearTopics(db)
        , m_addTopic(db)
        , m_search(db)
        , m_source(std::move(source))
        , m_nowMs(nowMs)
    {
        m_insert.prepare(u"INSERT INTO questions (id, exam, domain, task, grp, choice_keys, data,"
                         " content_hash, source, retired, added_at, updated_at, shuffle, type,"
                         " difficulty) VALUES"
                         " (:id, :exam, :domain, :task, :grp, :keys, :data, :hash, :source, 0,"
                         " :now, :now, :shuffle, :type, :difficulty)"_s);
        m_update.prepare(
            u"UPDATE questions SET exam = :exam, domain = :domain, task = :task,"
            " grp = :grp, choice_keys = :keys, data = :data, content_hash = :hash, retired = 0,"
            " updated_at = :now, type = :type, difficulty = :difficulty WHERE id = :id"_s);
        m_clearTopics.prepare(u"DELETE FROM question_topics WHERE question_id = ?"_s);
        m_addTopic.prepare(u"INSERT INTO question_topics (question_id, topic) VALUES (?, ?)"_s);
    }

    bool write(const Question &question, bool update, QString *error)
    {
        const QByteArray json = compactJson(question);
        QSqlQuery &query = update ? m_update : m_insert;
        if (!update) {
            query.bindValue(u":source"_s, m_source);
            query.bindValue(u":shuffle"_s, qint64(Schema::shuffleKey(question.id)));
        }
        query.bindValue(u":id"_s, question.id);
        query.bindValue(u":exam"_s, question.exam);
        query.bindValue(u":domain"_s, question.domain);
        query.bindValue(u":task"_s, question.task);
        query.bindValue(u":grp"_s,
                        question.group.isEmpty() ? QVariant() : QVariant(question.group));
        QString keys;
        for (const Choice &choice : question.choices)
            keys += choice.key;
        query.bindValue(u":keys"_s, keys);
        query.bindValue(u":data"_s, QString::fromUtf8(json));
        query.bindValue(u":hash"_s, hashOf(json));
        query.bindValue(u":now"_s, m_nowMs);
        query.bindValue(u":type"_s, Question::typeName(question.type));
        query.bindValue(u":difficulty"_s, question.difficulty);
        if (!execPrepared(query, error))
            return false;
        if (update) {
            m_clearTopics.bindValue(0, question.id);
            if (!execPrepared(m_clearTopics, error))
                return false;
        }
        for (const QString &topic : question.topics) {
            m_addTopic.bindValue(0, question.id);
            m_addTopic.bindValue(1, topic);
            if (!execPrepared(m_addTopic, error))
                return false;
        }
        return m_search.write(question, !update, error);
    }

private:
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_clearTopics;
    QSqlQuery m_addTopic;
    QuestionSearch::Writer m_search;
    QString m_source;
    qint64 m_nowMs;
};

SyncResult QuestionStore::syncBundled(const Bank &bank, qint64 nowMs, QString *error)
{
    SyncResult result;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = 'bundle_hash'"_s);
    if (execPrepared(query, error) && query.next()
        && query.value(0).toString().toLatin1() == bank.contentHash)
        return result;

    SqlTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = m_db.lastError().text();
        return result;
    }
    for (const Blueprint &blueprint : bank.catalog.blueprints) {
        query.prepare(u"INSERT INTO exams (id, data) VALUES (?, ?)"
                      " ON CONFLICT (id) DO UPDATE SET data = excluded.data"_s);
        query.addBindValue(blueprint.id);
        query.addBindValue(QString::fromUtf8(BankReader::blueprintToJson(blueprint)));
        if (!execPrepared(query, error))
            return result;
    }
    for (const Topic &topic : bank.catalog.topics) {
        query.prepare(u"INSERT INTO topics (id, name_en, name_ja) VALUES (?, ?, ?) ON CONFLICT (id)"
                      " DO UPDATE SET name_en = excluded.name_en, name_ja = excluded.name_ja"_s);
        query.addBindValue(topic.id);
        query.addBindValue(topic.name.en);
        query.addBindValue(topic.name.ja);
        if (!execPrepared(query, error))
            return result;
    }

    struct Stored
    {
        QString source;
        QString hash;
        bool retired;
    };
    QHash<QString, Stored> stored;
    query.prepare(u"SELECT id, source, content_hash, retired FROM questions"_s);
    if (!execPrepared(query, error))
        return result;
    while (query.next()) {
        stored.insert(
            query.value(0).toString(),
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toBool()});
    }

    Writer writer(m_db, bundledSource, nowMs);
    QSet<QString> inBundle;
    for (const Question &question : bank.questions) {
        inBundle.insert(question.id);
        const auto it = stored.constFind(question.id);
        if (it == stored.constEnd()) {
            if (!writer.write(question, false, error))
                return result;
            ++result.added;
        } else if (it->source != bundledSource) {
            result.conflicts.append(question.id);
        } else if (it->retired || it->hash != hashOf(compactJson(question))) {
            if (!writer.write(question, true, error))
                return result;
            ++result.updated;
        }
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it->source != bundledSource || it->retired || inBundle.contains(it.key()))
            continue;
        query.prepare(u"UPDATE questions SET retired = 1, updated_at = ? WHERE id = ?"_s);
        query.addBindValue(nowMs);
        query.addBindValue(it.key());
        if (!execPrepared(query, error))
            return result;
        ++result.retired;
    }
    if (!recount(error))
        return result;
    query.prepare(u"INSERT INTO meta (key, value) VALUES ('bundle_hash', ?)"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(QString::fromLatin1(bank.contentHash));
    if (!execPrepared(query, error) || !transaction.commit(error))
        return SyncResult {};
    result.changed = true;
    return result;
}

bool QuestionStore::importQuestions(const QList<Question> &questions, const QString &source,
                                    qint64 nowMs, QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = m_db.lastError().text();
        return false;
    }
    Writer writer(m_db, source, nowMs);
    for (const Question &question : questions) {
        if (contains(question.id)) {
            *error = tr("a question with the id %1 already exists").arg(question.id);
            return false;
        }
        if (!writer.write(question, false, error))
            return false;
    }
    return recount(error) && transaction.commit(error);
}

QString QuestionStore::importSource(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return u"import:"_s + names.join(u',');
}

int QuestionStore::importFiles(const QStringList &paths, const QString &source, qint64 nowMs,
                               BankIssues *issues, QString *error,
                               const std::function<bool(int stored)> &progress)
{
    const auto isTaken = idTest();
    // Questions are written as they are read; the first problem stops the writing, reading
    // goes on to report every problem (unless progress said to stop), and the transaction is
    // then rolled back.
    BankIssues found;
    bool stopped = false;
    const int written = importEach(
        source, nowMs, error,
        [&](const Add &add) {
            BankReader::readQuestionFiles(paths, catalog(), isTaken, &found,
                                          [&](Question &&question) {
                                              if (found.isEmpty())
                                                  add(question);
                                              return !stopped;
                                          });
            return found.isEmpty();
        },
        [&](int stored) {
            stopped = progress && !progress(stored);
            return !stopped;
        });
    if (!found.isEmpty() && issues)
        *issues = found;
    return written;
}

int QuestionStore::importEach(const QString &source, qint64 nowMs, QString *error,
                              const std::function<bool(const Add &add)> &read,
                              const std::function<bool(int stored)> &progress)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = m_db.lastError().text();
        return -1;
    }
    Writer writer(m_db, source, nowMs);
    int written = 0;
    // The reader has looked every id up: a question whose id is taken after all fails to be
    // inserted (the primary key), and nothing is kept.
    const bool complete = read([&](const Question &question) {
        if (!error->isEmpty() || !writer.write(question, false, error))
            return false;
        ++written;
        if (progress && !progress(written)) {
            *error = tr("the import was stopped");
            return false;
        }
        return true;
    });
    if (!complete || !error->isEmpty() || !recount(error) || !transaction.commit(error))
        return -1;
    return written;
}

bool QuestionStore::contains(const QString &id) const
{
    return idTest()(id);
}

std::function<bool(const QString &id)> QuestionStore::idTest() const
{
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->prepare(u"SELECT 1 FROM questions WHERE id = ?"_s);
    return [query](const QString &id) {
        query->bindValue(0, id);
        const bool found = query->exec() && query->next();
        query->finish();
        return found;
    };
}

QByteArray QuestionStore::bundleHash() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = 'bundle_hash'"_s);
    return query.exec() && query.next() ? query.value(0).toString().toLatin1() : QByteArray();
}

BankCatalog QuestionStore::catalog() const
{
    BankCatalog catalog;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, data FROM exams ORDER BY id"_s);
    if (query.exec()) {
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (auto blueprint = BankReader::parseBlueprint(query.value(1).toString().toUtf8(),
                                                            u"exams/"_s + id, nullptr))
                catalog.blueprints.append(*blueprint);
        }
    }
    query.prepare(u"SELECT id, name_en, name_ja FROM topics ORDER BY id"_s);
    if (query.exec()) {
        while (query.next()) {
            catalog.topics.append({query.value(0).toString(),
                                   {query.value(1).toString(), query.value(2).toString()}});
        }
    }
    return catalog;
}

std::optional<Blueprint> QuestionStore::blueprint(const QString &examId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT data FROM exams WHERE id = ?"_s);
    query.addBindValue(examId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return BankReader::parseBlueprint(query.value(0).toString().toUtf8(), u"exams/"_s + examId,
                                      nullptr);
}

bool QuestionStore::recount(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM bank_counts"_s)
        || !query.exec(u"INSERT INTO bank_counts (exam, kind, key, questions)"
                       " SELECT exam, 'domain', domain, count(*) FROM questions WHERE retired = 0"
                       " GROUP BY exam, domain"
                       " UNION ALL SELECT exam, 'task', task, count(*) FROM questions"
                       " WHERE retired = 0 GROUP BY exam, task"
                       " UNION ALL SELECT q.exam, 'topic', t.topic, count(*) FROM question_topics t"
                       " JOIN questions q ON q.id = t.question_id WHERE q.retired = 0"
                       " GROUP BY q.exam, t.topic"_s)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QMap<QString, int> QuestionStore::counts(const QString &examId, const QString &kind) const
{
    QMap<QString, int> counts;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT key, questions FROM bank_counts WHERE exam = ? AND kind = ?"_s);
    query.addBindValue(examId);
    query.addBindValue(kind);
    if (query.exec()) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

int QuestionStore::activeCount(const QString &examId) const
{
    int total = 0;
    for (const int count : activeCountsByDomain(examId))
        total += count;
    return total;
}

QMap<QString, int> QuestionStore::activeCountsByDomain(const QString &examId) const
{
    return counts(examId, u"domain"_s);
}

QMap<QString, int> QuestionStore::activeCountsByTask(const QString &examId) const
{
    return counts(examId, u"task"_s);
}

QMap<QString, int> QuestionStore::activeCountsByTopic(const QString &examId) const
{
    return counts(examId, u"topic"_s);
}

std::optional<Question> QuestionStore::question(const QString &id) const
{
    const QHash<QString, Question> found = questions({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.value(id);
}

QHash<QString, Question> QuestionStore::questions(const QStringList &ids) const
{
    QHash<QString, Question> result;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT exam, data FROM questions WHERE id = ?"_s);
    for (const QString &id : ids) {
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            continue;
        const QString exam = query.value(0).toString();
        const QJsonObject object
            = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        if (auto question = BankReader::questionFromJson(object, exam, nullptr, id, nullptr))
            result.insert(id, *question);
    }
    return result;
}

namespace {

constexpr auto poolColumns = "id, domain, task, grp, choice_keys, last_seen_at"_L1;

// Appends the row a query is on, which selects poolColumns. The few distinct domains, tasks and
// choice keys are shared among the entries (through names) rather than copied into each.
void readEntry(const QSqlQuery &query, QList<PoolEntry> &entries, QSet<QString> &names)
{
    PoolEntry entry;
    entry.id = query.value(0).toString();
    entry.domain = *names.insert(query.value(1).toString());
    entry.task = *names.insert(query.value(2).toString());
    entry.group = query.value(3).toString();
    entry.choiceKeys = *names.insert(query.value(4).toString());
    entry.lastSeenMs = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
    entries.append(std::move(entry));
}

// Appends the rows of a query selecting poolColumns, and into places the column after them
// when asked.
void readEntries(QSqlQuery &query, QList<PoolEntry> &entries, QSet<QString> &names,
                 QList<qint64> *places = nullptr)
{
    while (query.next()) {
        readEntry(query, entries, names);
        if (places)
            places->append(query.value(6).toLongLong());
    }
}

// Fills in the topics of entries read without them, in one query.
void addTopics(const QSqlDatabase &db, QList<PoolEntry> &entries)
{
    // In pieces of at most a thousand ids, well within what a statement may bind.
    constexpr qsizetype piece = 1000;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries.at(i).id, i);
    QSqlQuery query(db);
    for (qsizetype first = 0; first < entries.size(); first += piece) {
        const qsizetype size = std::min(piece, entries.size() - first);
        query.prepare(u"SELECT question_id, topic FROM question_topics WHERE question_id IN (%1)"
                      " ORDER BY question_id, topic"_s.arg(QStringList(size, u"?"_s).join(u',')));
        for (qsizetype i = 0; i < size; ++i)
            query.bindValue(int(i), entries.at(first + i).id);
        if (!query.exec())
            return;
        while (query.next()) {
            const auto it = index.constFind(query.value(0).toString());
            if (it != index.constEnd())
                entries[*it].topics.append(query.value(1).toString());
        }
    }
}

} // namespace

QList<PoolEntry> QuestionStore::pool(const QString &examId) const
{
    QList<PoolEntry> entries;
    QHash<QString, qsizetype> index;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM questions WHERE exam = ? AND retired = 0 AND %2 ORDER BY id"_s.arg(
            poolColumns, AnnotationStore::notSuspended(u"questions"_s)));
    query.addBindValue(examId);
    if (!query.exec())
        return entries;
    QSet<QString> names;
    readEntries(query, entries, names);
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries.at(i).id, i);
    // Every question's topics in the primary key's order, which the key's index gives without
    // a sort; those of questions outside the pool are skipped. A question's rows are side by
    // side, and the few topics are shared among the entries rather than copied into each.
    query.prepare(u"SELECT question_id, topic FROM question_topics ORDER BY question_id, topic"_s);
    if (query.exec()) {
        QString id;
        PoolEntry *entry = nullptr;
        while (query.next()) {
            if (QString next = query.value(0).toString(); next != id) {
                id = std::move(next);
                const auto it = index.constFind(id);
                entry = it == index.constEnd() ? nullptr : &entries[*it];
            }
            if (entry)
                entry->topics.append(*names.insert(query.value(1).toString()));
        }
    }
    return entries;
}

QList<PoolEntry> QuestionStore::candidates(const QString &examId, const QStringList &domains,
                                           const QStringList &tasks, const QStringList &topics,
                                           int perDomain, quint32 start) const
{
    QList<PoolEntry> entries;
    if (perDomain <= 0)
        return entries;
    QString filter;
    if (!tasks.isEmpty())
        filter += u" AND task IN (%1)"_s.arg(QStringList(tasks.size(), u"?"_s).join(u','));
    if (!topics.isEmpty()) {
        filter += u" AND id IN (SELECT question_id FROM question_topics WHERE topic IN (%1))"_s.arg(
            QStringList(topics.size(), u"?"_s).join(u','));
    }
    // Three ranges of the questions_pool index, each read in its order and cut at the limit:
    // the never answered from the start point on, then those before it, then the answered,
    // least recently first.
    const QStringList ranges {u"last_seen_at IS NULL AND shuffle >= ? ORDER BY shuffle"_s,
                              u"last_seen_at IS NULL AND shuffle < ? ORDER BY shuffle"_s,
                              u"last_seen_at IS NOT NULL ORDER BY last_seen_at, shuffle"_s};
    QSet<QString> names;
    QList<QSqlQuery> queries;
    for (qsizetype r = 0; r < ranges.size(); ++r) {
        QString where = ranges.at(r);
        const qsizetype order = where.indexOf(u" ORDER BY"_s);
        where.insert(order, filter);
        QSqlQuery query(m_db);
        query.prepare(u"SELECT %1 FROM questions WHERE exam = ? AND retired = 0 AND domain = ?"
                      " AND %2 AND %3 LIMIT ?"_s.arg(
                          poolColumns, AnnotationStore::notSuspended(u"questions"_s), where));
        queries.append(query);
    }
    for (const QString &domain : domains) {
        qsizetype before = entries.size();
        for (qsizetype r = 0; r < queries.size(); ++r) {
            const int wanted = perDomain - int(entries.size() - before);
            if (wanted <= 0)
                break;
            QSqlQuery &query = queries[r];
            int i = 0;
            query.bindValue(i++, examId);
            query.bindValue(i++, domain);
            if (r < 2)
                query.bindValue(i++, qint64(start));
            for (const QString &task : tasks)
                query.bindValue(i++, task);
            for (const QString &topic : topics)
                query.bindValue(i++, topic);
            query.bindValue(i++, wanted);
            if (query.exec())
                readEntries(query, entries, names);
            query.finish();
        }
    }
    // Assembly looks at topics only to filter by them.
    if (!topics.isEmpty())
        addTopics(m_db, entries);
    return entries;
}

QList<PoolEntry> QuestionStore::entries(const QStringList &ids) const
{
    QList<PoolEntry> entries;
    QSet<QString> names;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM questions WHERE id = ? AND retired = 0 AND %2"_s.arg(
        poolColumns, AnnotationStore::notSuspended(u"questions"_s)));
    for (const QString &id : ids) {
        query.bindValue(0, id);
        if (query.exec())
            readEntries(query, entries, names);
        query.finish();
    }
    addTopics(m_db, entries);
    return entries;
}

QList<PoolEntry> QuestionStore::unseen(const QString &examId, const QStringList &domains,
                                       const Condition &condition, quint32 from, quint32 to,
                                       int limit) const
{
    QList<PoolEntry> entries;
    if (limit == 0)
        return entries;
    // The window as ranges of the shuffle, in its order from `from`.
    QList<std::pair<qint64, qint64>> ranges;
    if (from < to) {
        ranges.append({from, to});
    } else {
        ranges.append({from, shuffleSize});
        ranges.append({0, to});
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1, shuffle FROM questions WHERE exam = ? AND retired = 0"
                  " AND domain = ? AND last_seen_at IS NULL AND shuffle >= ? AND shuffle < ?"
                  " AND %2 AND (%3) ORDER BY shuffle LIMIT ?"_s.arg(
                      poolColumns, AnnotationStore::notSuspended(u"questions"_s),
                      condition.sql.isEmpty() ? u"1"_s : condition.sql));
    // Each domain's first `limit` from `from`, then the first `limit` of them all by their
    // distance from it: that is the first `limit` of the whole exam, since a domain's
    // questions are in the shuffle's order among themselves.
    QList<qint64> places;
    QSet<QString> names;
    for (const QString &domain : domains) {
        const qsizetype before = entries.size();
        for (const auto &[low, high] : std::as_const(ranges)) {
            const qsizetype taken = entries.size() - before;
            if (limit >= 0 && taken >= limit)
                break;
            int i = 0;
            query.bindValue(i++, examId);
            query.bindValue(i++, domain);
            query.bindValue(i++, low);
            query.bindValue(i++, high);
            for (const QVariant &value : condition.values)
                query.bindValue(i++, value);
            query.bindValue(i++, limit < 0 ? -1 : int(limit - taken));
            if (query.exec())
                readEntries(query, entries, names, &places);
            query.finish();
        }
    }
    QList<qsizetype> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    const auto distance = [&](qsizetype i) {
        return (places.at(i) - qint64(from) + shuffleSize) % shuffleSize;
    };
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return distance(a) < distance(b); });
    if (limit >= 0 && order.size() > limit)
        order.resize(limit);
    QList<PoolEntry> sorted;
    sorted.reserve(order.size());
    for (const qsizetype i : std::as_const(order))
        sorted.append(std::move(entries[i]));
    addTopics(m_db, sorted);
    return sorted;
}

QList<PoolEntry> QuestionStore::unseenIn(const QString &examId, const QStringList &domains,
                                         const QStringList &tasks, const QStringList &topics,
                                         const Condition &condition,
                                         const std::function<bool(const QString &id)> &answered,
                                         quint32 from, int limit) const
{
    const auto marks = [](qsizetype count) {
        return QStringList(count, u"?"_s).join(u',');
    };
    // The questions of those tasks and topics, from the indexes alone.
    QSet<QString> ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto collect = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (query.exec()) {
            while (query.next())
                ids.insert(query.value(0).toString());
        }
        query.finish();
    };
    if (!tasks.isEmpty() && !domains.isEmpty()) {
        QVariantList values {examId};
        for (const QString &domain : domains)
            values.append(domain);
        for (const QString &task : tasks)
            values.append(task);
        collect(u"SELECT id FROM questions WHERE exam = ? AND retired = 0 AND domain IN (%1)"
                " AND last_seen_at IS NULL AND task IN (%2)"_s.arg(marks(domains.size()),
                                                                   marks(tasks.size())),
                values);
    }
    if (!topics.isEmpty()) {
        collect(u"SELECT question_id FROM question_topics WHERE topic IN (%1)"_s.arg(
                    marks(topics.size())),
                QVariantList(topics.cbegin(), topics.cend()));
    }
    QList<std::pair<qint64, QString>> found;
    for (const QString &id : std::as_const(ids)) {
        if (!answered(id))
            found.append({(qint64(Schema::shuffleKey(id)) - from + shuffleSize) % shuffleSize, id});
    }
    std::sort(found.begin(), found.end());
    // In that order, a piece at a time, those of the exam, active and meeting the condition,
    // checked in questions_area, until there are enough.
    const QString meets = u"SELECT id FROM questions INDEXED BY questions_area WHERE id IN (%1)"
                          " AND exam = ? AND retired = 0 AND %2 AND (%3)"_s;
    const QString notSuspended = AnnotationStore::notSuspended(u"questions"_s);
    const QString sql = condition.sql.isEmpty() ? u"1"_s : condition.sql;
    QStringList chosen;
    for (qsizetype first = 0; first < found.size() && (limit < 0 || chosen.size() < limit);) {
        const qsizetype wanted
            = limit < 0 ? 500 : std::max<qsizetype>(32, 2 * (limit - chosen.size()));
        const qsizetype size = std::min({wanted, qsizetype(500), found.size() - first});
        query.prepare(meets.arg(marks(size), notSuspended, sql));
        int i = 0;
        for (qsizetype k = first; k < first + size; ++k)
            query.bindValue(i++, found.at(k).second);
        query.bindValue(i++, examId);
        for (const QVariant &value : condition.values)
            query.bindValue(i++, value);
        QSet<QString> meeting;
        if (query.exec()) {
            while (query.next())
                meeting.insert(query.value(0).toString());
        }
        query.finish();
        for (qsizetype k = first; k < first + size && (limit < 0 || chosen.size() < limit); ++k) {
            if (meeting.contains(found.at(k).second))
                chosen.append(found.at(k).second);
        }
        first += size;
    }
    QList<PoolEntry> result = entries(chosen);
    result.removeIf([](const PoolEntry &entry) { return entry.lastSeenMs >= 0; });
    return result;
}

QList<PoolEntry> QuestionStore::stalestAnswered(
    const QString &examId, const std::function<bool(const QString &id)> &accept, int limit) const
{
    QList<PoolEntry> entries;
    if (limit <= 0)
        return entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM questions WHERE exam = ? AND retired = 0"
                  " AND last_seen_at IS NOT NULL AND %2 ORDER BY last_seen_at, shuffle"_s.arg(
                      poolColumns, AnnotationStore::notSuspended(u"questions"_s)));
    query.addBindValue(examId);
    if (!query.exec())
        return entries;
    QSet<QString> names;
    while (entries.size() < limit && query.next()) {
        if (accept(query.value(0).toString()))
            readEntry(query, entries, names);
    }
    query.finish();
    addTopics(m_db, entries);
    return entries;
}
