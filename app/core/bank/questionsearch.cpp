#include "bank/questionsearch.h"

#include "bank/bankreader.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

// The index needs three characters to look a word up (one trigram).
constexpr int indexedLength = 3;
constexpr int snippetContext = 40;

// Separates the parts of an entry's text: the id, the English text, the Japanese text.
constexpr char16_t partSeparator = u'\x1e';

// A word the index can look up: three characters or more, and nothing LIKE reads as a wildcard
// (the index is not used with an ESCAPE clause).
bool isIndexable(const QString &word)
{
    return word.size() >= indexedLength && !word.contains(u'%') && !word.contains(u'_');
}

// The text around the first word found, with every word found in it between [ and ].
QString snippetOf(const QString &en, const QString &ja, const QStringList &words)
{
    QString text = en;
    qsizetype at = -1;
    for (const QString *candidate : {&en, &ja}) {
        for (const QString &word : words) {
            at = candidate->indexOf(word, 0, Qt::CaseInsensitive);
            if (at >= 0)
                break;
        }
        if (at >= 0) {
            text = *candidate;
            break;
        }
    }
    const qsizetype from = std::max<qsizetype>(0, at - snippetContext);
    const qsizetype to = at < 0 ? std::min<qsizetype>(text.size(), 2 * snippetContext)
                                : std::min(text.size(), at + 2 * snippetContext);
    QString cut = text.mid(from, to - from);
    cut.replace(u'\n', u' ');
    for (const QString &word : words) {
        qsizetype i = 0;
        while ((i = cut.indexOf(word, i, Qt::CaseInsensitive)) >= 0) {
            cut.insert(i + word.size(), u']');
            cut.insert(i, u'[');
            i += word.size() + 2;
        }
    }
    return (from > 0 ? u"…"_s : QString()) + cut.trimmed()
        + (to < text.size() ? u"…"_s : QString());
}

} // namespace

QStringList QuestionSearch::wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.trimmed().isEmpty())
        words.append(quoted ? word : word.trimmed());
    words.removeDuplicates();
    return words;
}

struct QuestionSearch::Compiled
{
    QString from; // FROM and WHERE
    QVariantList values;
    QStringList words;
};

QuestionSearch::QuestionSearch(const Database &database)
    : m_db(database.connection())
{ }

QuestionSearch::QuestionSearch(const QSqlDatabase &db)
    : m_db(db)
{ }

QuestionSearch::Compiled QuestionSearch::compile(const SearchRequest &request) const
{
    Compiled compiled;
    compiled.words = wordsOf(request.text);
    QStringList conditions;
    for (const QString &word : std::as_const(compiled.words)) {
        if (isIndexable(word)) {
            // The trigram index answers LIKE itself, ignoring the letter case of ASCII.
            conditions.append(u"s.body LIKE ?"_s);
            compiled.values.append(u'%' + word + u'%');
        } else {
            // Read from every candidate's text; lower() folds ASCII only, as the index does.
            conditions.append(u"instr(lower(s.body), lower(?)) > 0"_s);
            compiled.values.append(word);
        }
    }
    const auto filter = [&](const QString &value, const QString &condition) {
        if (value.isEmpty())
            return;
        conditions.append(condition);
        compiled.values.append(value);
    };
    filter(request.exam, u"q.exam = ?"_s);
    filter(request.domain, u"q.domain = ?"_s);
    filter(request.task, u"q.task = ?"_s);
    filter(request.topic,
           u"EXISTS (SELECT 1 FROM question_topics t"
           " WHERE t.question_id = q.id AND t.topic = ?)"_s);
    filter(request.type, u"q.type = ?"_s);
    if (request.difficulty > 0) {
        conditions.append(u"q.difficulty = ?"_s);
        compiled.values.append(request.difficulty);
    }
    filter(request.source, u"q.source = ?"_s);
    // A status the learner gave few questions is looked up from its own table, then in the
    // questions by id: a scan of the bank in its order would pass every other question first.
    const auto among = [&](const QString &table, const QString &condition) {
        conditions.append(u"q.id IN (SELECT question_id FROM %1 WHERE %2)"_s.arg(table, condition));
    };
    using Status = SearchRequest::Status;
    switch (request.status) {
    case Status::Any:
        break;
    case Status::NeverSeen:
        conditions.append(u"rs.question_id IS NULL"_s);
        break;
    case Status::LastWrong:
        among(u"review_states"_s, u"last_rating = 1"_s);
        break;
    case Status::MissedAtLeast:
        among(u"review_states"_s, u"lapses >= ?"_s);
        compiled.values.append(std::max(1, request.missed));
        break;
    case Status::Due:
        among(u"review_states"_s, u"due_at <= ?"_s);
        compiled.values.append(request.nowMs);
        break;
    case Status::Bookmarked:
        among(u"question_annotations"_s, u"bookmarked = 1"_s);
        break;
    case Status::HasNote:
        among(u"question_annotations"_s, u"note <> ''"_s);
        break;
    case Status::Suspended:
        among(u"question_annotations"_s, u"suspended = 1"_s);
        break;
    }
    if (!request.includeRetired)
        conditions.append(u"q.retired = 0"_s);
    if (!request.includeSuspended)
        conditions.append(u"an.suspended IS NOT 1"_s);
    compiled.from = compiled.words.isEmpty()
        ? u" FROM questions q"_s
        : u" FROM question_search s JOIN search_rows r ON r.row = s.rowid"
          " JOIN questions q ON q.id = r.question_id"_s;
    // Where the learner stands with each question: its review state and annotation, if any.
    compiled.from += u" LEFT JOIN review_states rs ON rs.question_id = q.id"
                     " LEFT JOIN question_annotations an ON an.question_id = q.id"_s;
    if (!conditions.isEmpty())
        compiled.from += u" WHERE "_s + conditions.join(u" AND "_s);
    return compiled;
}

namespace {

constexpr auto topicsOf
    = "(SELECT group_concat(t.topic, ' ') FROM question_topics t WHERE t.question_id = q.id)"_L1;

QString orderBy(const SearchRequest &request, bool hasText)
{
    using Sort = SearchRequest::Sort;
    if (request.sort == Sort::Bank) {
        // In the order of the index (the order questions came into the bank), which the index
        // returns without sorting, so the first page costs what its rows cost.
        return hasText ? u" ORDER BY s.rowid"_s : u" ORDER BY q.id"_s;
    }
    if (request.sort == Sort::Stalest) // NULL (never answered) sorts first
        return u" ORDER BY q.last_seen_at, q.shuffle, q.id"_s;
    static const std::pair<Sort, QLatin1StringView> keys[] = {
        {Sort::Id, "q.id"_L1},
        {Sort::Domain, "q.domain"_L1},
        {Sort::Task, "q.task"_L1},
        {Sort::Topics, topicsOf},
        {Sort::Type, "q.type"_L1},
        {Sort::Difficulty, "q.difficulty"_L1},
        {Sort::Reviews, "COALESCE(rs.reviews, 0)"_L1},
        // never answered, then wrong, then right
        {Sort::LastResult,
         "CASE WHEN rs.question_id IS NULL THEN 0 WHEN rs.last_rating = 1 THEN 1 ELSE 2 END"_L1},
        // never answered last: it has no review to come
        {Sort::NextReview, "COALESCE(rs.due_at, 9223372036854775807)"_L1},
        {Sort::Source, "q.source"_L1},
    };
    QLatin1StringView key = "q.id"_L1;
    for (const auto &[sort, expression] : keys) {
        if (sort == request.sort)
            key = expression;
    }
    // Ties in id order, so that pages never overlap.
    return u" ORDER BY %1 %2, q.id"_s.arg(key, request.descending ? "DESC"_L1 : "ASC"_L1);
}

} // namespace

QStringList QuestionSearch::sources() const
{
    QStringList sources;
    QSqlQuery query(m_db);
    // From one source to the next in the index questions_source, one look-up each: a handful
    // of steps however many questions each source holds (DISTINCT would read every entry).
    if (query.exec(u"WITH RECURSIVE s(source) AS ("
                   " SELECT min(source) FROM questions"
                   " UNION ALL SELECT (SELECT min(source) FROM questions WHERE source > s.source)"
                   " FROM s WHERE s.source IS NOT NULL)"
                   " SELECT source FROM s WHERE source IS NOT NULL"
                   " ORDER BY source <> 'bundled', source"_s)) {
        while (query.next())
            sources.append(query.value(0).toString());
    }
    return sources;
}

QList<SearchHit> QuestionSearch::search(const SearchRequest &request, QString *error) const
{
    const Compiled compiled = compile(request);
    const bool hasText = !compiled.words.isEmpty();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT q.id, q.exam, q.domain, q.task, q.source, q.retired, q.type,"
                  " q.difficulty, rs.reviews, rs.lapses, rs.last_rating, rs.due_at,"
                  " an.bookmarked, an.suspended, an.note <> '', %1"_s.arg(topicsOf)
                  + (hasText ? u", s.body"_s : QString()) + compiled.from
                  + orderBy(request, hasText) + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : compiled.values)
        query.addBindValue(value);
    query.addBindValue(request.limit);
    query.addBindValue(request.offset);
    QList<SearchHit> hits;
    if (!execPrepared(query, error))
        return hits;
    while (query.next()) {
        SearchHit hit;
        hit.id = query.value(0).toString();
        hit.exam = query.value(1).toString();
        hit.domain = query.value(2).toString();
        hit.task = query.value(3).toString();
        hit.source = query.value(4).toString();
        hit.retired = query.value(5).toBool();
        hit.type = query.value(6).toString();
        hit.difficulty = query.value(7).toInt();
        hit.reviews = query.value(8).toInt();
        hit.lapses = query.value(9).toInt();
        hit.lastRight = hit.reviews > 0 && query.value(10).toInt() != 1;
        hit.dueAtMs = query.value(11).isNull() ? -1 : query.value(11).toLongLong();
        hit.bookmarked = query.value(12).toBool();
        hit.suspended = query.value(13).toBool();
        hit.hasNote = query.value(14).toBool();
        hit.topics = query.value(15).toString().split(u' ', Qt::SkipEmptyParts);
        if (hasText) {
            const QStringList parts = query.value(16).toString().split(partSeparator);
            hit.snippet = snippetOf(parts.value(1), parts.value(2), compiled.words);
        }
        hits.append(hit);
    }
    return hits;
}

QStringList QuestionSearch::ids(const SearchRequest &request, QString *error) const
{
    const Compiled compiled = compile(request);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT q.id"_s + compiled.from + orderBy(request, !compiled.words.isEmpty()));
    for (const QVariant &value : compiled.values)
        query.addBindValue(value);
    QStringList ids;
    if (!execPrepared(query, error))
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

int QuestionSearch::count(const SearchRequest &request, int cap, QString *error) const
{
    const Compiled compiled = compile(request);
    QSqlQuery query(m_db);
    query.prepare(cap > 0 ? u"SELECT count(*) FROM (SELECT 1"_s + compiled.from + u" LIMIT ?)"_s
                          : u"SELECT count(*)"_s + compiled.from);
    for (const QVariant &value : compiled.values)
        query.addBindValue(value);
    if (cap > 0)
        query.addBindValue(cap);
    if (!execPrepared(query, error) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString QuestionSearch::indexedText(const Question &question)
{
    QString text = question.id;
    for (const QStringView language : {u"en", u"ja"}) {
        QStringList lines {question.stem.exactly(language)};
        for (const Choice &choice : question.choices)
            lines.append(choice.key + u". "_s + choice.text.exactly(language));
        for (const Choice &choice : question.choices) {
            if (!choice.rationale.exactly(language).isEmpty())
                lines.append(choice.rationale.exactly(language));
        }
        lines.append(question.explanation.exactly(language));
        text += partSeparator + lines.join(u'\n');
    }
    return text;
}

bool QuestionSearch::rebuild(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"DELETE FROM question_search"_s) || !query.exec(u"DELETE FROM search_rows"_s)
        || !query.exec(u"SELECT id, exam, data FROM questions"_s)) {
        *error = query.lastError().text();
        return false;
    }
    Writer writer(db);
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QJsonObject object
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        const auto question
            = BankReader::questionFromJson(object, query.value(1).toString(), nullptr, id, nullptr);
        // A stored question always reads back; one that does not is left out of the index
        // rather than failing the migration.
        if (question && !writer.write(*question, true, error))
            return false;
    }
    return true;
}

QuestionSearch::Writer::Writer(const QSqlDatabase &db)
    : m_findRow(db)
    , m_addRow(db)
    , m_delete(db)
    , m_insert(db)
{
    m_findRow.prepare(u"SELECT row FROM search_rows WHERE question_id = ?"_s);
    m_addRow.prepare(u"INSERT INTO search_rows (question_id) VALUES (?)"_s);
    m_delete.prepare(u"DELETE FROM question_search WHERE rowid = ?"_s);
    m_insert.prepare(u"INSERT INTO question_search (rowid, body) VALUES (?, ?)"_s);
}

bool QuestionSearch::Writer::write(const Question &question, bool isNew, QString *error)
{
    // A question written before has an entry to replace, under the same row number.
    qint64 row = 0;
    if (!isNew) {
        m_findRow.bindValue(0, question.id);
        if (!execPrepared(m_findRow, error))
            return false;
        if (m_findRow.next())
            row = m_findRow.value(0).toLongLong();
        m_findRow.finish();
    }
    if (row > 0) {
        m_delete.bindValue(0, row);
        if (!execPrepared(m_delete, error))
            return false;
    } else {
        m_addRow.bindValue(0, question.id);
        if (!execPrepared(m_addRow, error))
            return false;
        row = m_addRow.lastInsertId().toLongLong();
    }
    m_insert.bindValue(0, row);
    m_insert.bindValue(1, indexedText(question));
    return execPrepared(m_insert, error);
}
