#include "storage/schema.h"

#include "bank/questionsearch.h"
#include "progress/masterytotals.h"
#include "progress/reviewstore.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Schema {
namespace {

// Version 1: the bank, attempts and their items.
const QStringList version1 = {
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE exams (id TEXT PRIMARY KEY, data TEXT NOT NULL)"_s,
    u"CREATE TABLE topics (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ja TEXT NOT NULL)"_s,
    u"CREATE TABLE questions ("
    " id TEXT PRIMARY KEY,"
    " exam TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " task TEXT NOT NULL,"
    " grp TEXT,"
    " choice_keys TEXT NOT NULL," // the keys of its choices in bank order, e.g. 'ABCDE'
    " data TEXT NOT NULL," // the question as one JSON object of the file format
    " content_hash TEXT NOT NULL,"
    " source TEXT NOT NULL," // 'bundled' or 'import:<file>'
    " retired INTEGER NOT NULL DEFAULT 0,"
    " added_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)"_s,
    u"CREATE INDEX questions_exam_domain ON questions (exam, domain, retired)"_s,
    u"CREATE TABLE question_topics ("
    " question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,"
    " topic TEXT NOT NULL,"
    " PRIMARY KEY (question_id, topic))"_s,
    u"CREATE INDEX question_topics_topic ON question_topics (topic, question_id)"_s,
    u"CREATE TABLE attempts ("
    " id INTEGER PRIMARY KEY,"
    " exam TEXT NOT NULL,"
    " mode TEXT NOT NULL,"
    " seed INTEGER NOT NULL,"
    " settings TEXT NOT NULL DEFAULT '{}',"
    " created_at INTEGER NOT NULL,"
    " submitted_at INTEGER,"
    " state TEXT NOT NULL," // 'in_progress' or 'submitted'
    " time_limit_ms INTEGER NOT NULL DEFAULT 0," // 0: untimed
    " elapsed_ms INTEGER NOT NULL DEFAULT 0,"
    " position INTEGER NOT NULL DEFAULT 0,"
    " correct INTEGER,"
    " total INTEGER,"
    " score INTEGER,"
    " passed INTEGER)"_s,
    u"CREATE INDEX attempts_state ON attempts (state, created_at)"_s,
    u"CREATE TABLE attempt_items ("
    " attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " question_id TEXT NOT NULL REFERENCES questions (id),"
    " choice_order TEXT NOT NULL," // the bank's keys in the order shown, e.g. 'CADB'
    " selection TEXT NOT NULL DEFAULT ''," // selected bank keys in key order, e.g. 'AC'
    " flagged INTEGER NOT NULL DEFAULT 0,"
    " answered_at INTEGER,"
    " correct INTEGER," // set when graded
    " PRIMARY KEY (attempt_id, position))"_s,
    u"CREATE INDEX attempt_items_question ON attempt_items (question_id)"_s,
};

// Version 2: the answer log the statistics read, one row per graded item, filled from the
// items graded under version 1.
const QStringList version2 = {
    u"CREATE TABLE answers ("
    " id INTEGER PRIMARY KEY,"
    " attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " question_id TEXT NOT NULL REFERENCES questions (id),"
    " exam TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " task TEXT NOT NULL,"
    " answered_at INTEGER NOT NULL,"
    " correct INTEGER NOT NULL,"
    " UNIQUE (attempt_id, position))"_s,
    u"CREATE INDEX answers_question ON answers (question_id, answered_at)"_s,
    u"CREATE INDEX answers_domain ON answers (exam, domain, answered_at, correct)"_s,
    u"CREATE INDEX answers_task ON answers (exam, task, answered_at, correct)"_s,
    u"CREATE INDEX answers_time ON answers (exam, answered_at)"_s,
    u"INSERT INTO answers (attempt_id, position, question_id, exam, domain, task, answered_at, "
    u"correct)"
    " SELECT i.attempt_id, i.position, i.question_id, a.exam, q.domain, q.task,"
    "        COALESCE(i.answered_at, a.submitted_at, a.created_at), i.correct"
    " FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id"
    " JOIN questions q ON q.id = i.question_id"
    " WHERE i.correct IS NOT NULL"_s,
};

// Version 3: what the progress pages read without scanning the answer log: each attempt's
// score per domain, and the review schedule of missed questions, both filled from history.
const QStringList version3 = {
    u"CREATE TABLE attempt_domains ("
    " attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
    " domain TEXT NOT NULL,"
    " correct INTEGER NOT NULL,"
    " total INTEGER NOT NULL,"
    " PRIMARY KEY (attempt_id, domain))"_s,
    u"INSERT INTO attempt_domains (attempt_id, domain, correct, total)"
    " SELECT attempt_id, domain, sum(correct), count(*) FROM answers GROUP BY attempt_id, domain"_s,
    u"CREATE INDEX attempts_submitted ON attempts (exam, state, submitted_at)"_s,
    u"CREATE INDEX attempts_exam_created ON attempts (exam, created_at, id)"_s,
    u"CREATE TABLE review_items ("
    " question_id TEXT PRIMARY KEY REFERENCES questions (id),"
    " box INTEGER NOT NULL,"
    " due_at INTEGER NOT NULL,"
    " lapses INTEGER NOT NULL DEFAULT 0,"
    " reviews INTEGER NOT NULL DEFAULT 0,"
    " last_answered_at INTEGER NOT NULL)"_s,
    u"CREATE INDEX review_items_due ON review_items (due_at)"_s,
    // Recency-weighted sums per domain, task and topic (docs/statistics.md), kept at every
    // submission so that mastery reads one row per area however long the history is.
    // Filled from the answer log by MasteryTotals::rebuild after these statements.
    u"CREATE TABLE mastery_totals ("
    " exam TEXT NOT NULL,"
    " kind TEXT NOT NULL," // 'domain', 'task' or 'topic'
    " key TEXT NOT NULL,"
    " answered INTEGER NOT NULL,"
    " correct INTEGER NOT NULL,"
    " ref_day INTEGER NOT NULL," // the day the weights are relative to
    " sum_w REAL NOT NULL,"
    " sum_wc REAL NOT NULL,"
    " sum_w2 REAL NOT NULL,"
    " PRIMARY KEY (exam, kind, key)) WITHOUT ROWID"_s,
    // A question whose latest answer was wrong is due now, with every miss counted.
    u"INSERT INTO review_items (question_id, box, due_at, lapses, reviews, last_answered_at)"
    " SELECT a.question_id, 1, a.answered_at,"
    "        (SELECT count(*) FROM answers w WHERE w.question_id = a.question_id AND w.correct = "
    "0),"
    "        0, a.answered_at"
    " FROM answers a"
    " WHERE a.correct = 0"
    "   AND a.answered_at = (SELECT max(b.answered_at) FROM answers b WHERE b.question_id = "
    "a.question_id)"
    " GROUP BY a.question_id"_s,
};

// Version 4: what exam assembly and the setup page read stays flat as the bank grows. Each
// question keeps when it was last answered and a random place in the shuffle, in one index
// with its exam and domain, so the stalest questions of a domain are read without a scan
// (QuestionStore::candidates); the counts of active questions per domain, task and topic are
// kept in bank_counts, recounted by every bundle sync and import (QuestionStore::recount).
const QStringList version4 = {
    u"ALTER TABLE questions ADD COLUMN last_seen_at INTEGER"_s, // NULL: never answered
    u"ALTER TABLE questions ADD COLUMN shuffle INTEGER NOT NULL DEFAULT 0"_s,
    u"UPDATE questions SET"
    " last_seen_at = (SELECT max(a.answered_at) FROM answers a WHERE a.question_id = questions.id)"_s,
    // Covering: assembly reads its candidates from the index alone, never the rows with their
    // text (and these columns, added last, lie after it in a row).
    u"CREATE INDEX questions_pool ON questions"
    " (exam, retired, domain, last_seen_at, shuffle, id, task, grp, choice_keys)"_s,
    u"CREATE TABLE bank_counts ("
    " exam TEXT NOT NULL,"
    " kind TEXT NOT NULL," // 'domain', 'task' or 'topic'
    " key TEXT NOT NULL,"
    " questions INTEGER NOT NULL," // active (not retired) questions
    " PRIMARY KEY (exam, kind, key)) WITHOUT ROWID"_s,
    u"INSERT INTO bank_counts (exam, kind, key, questions)"
    " SELECT exam, 'domain', domain, count(*) FROM questions WHERE retired = 0"
    " GROUP BY exam, domain"
    " UNION ALL SELECT exam, 'task', task, count(*) FROM questions WHERE retired = 0"
    " GROUP BY exam, task"
    " UNION ALL SELECT q.exam, 'topic', t.topic, count(*) FROM question_topics t"
    " JOIN questions q ON q.id = t.question_id WHERE q.retired = 0 GROUP BY q.exam, t.topic"_s,
};

// Version 5: FSRS review scheduling (docs/statistics.md). Every graded answer is a review of
// its question: review_states holds each answered question's memory and due date, review_log
// one line per review (for the true retention); the Leitner boxes of review_items go. The
// states and the log are replayed from the answer log by ReviewStore::rebuild. Each item keeps
// the time spent on it, which rates a slow right answer Hard, and the choices struck out.
const QStringList version5 = {
    u"ALTER TABLE attempt_items ADD COLUMN time_ms INTEGER NOT NULL DEFAULT 0"_s,
    // The choices the learner struck out, as bank keys ("BD"): still selectable, drawn struck.
    u"ALTER TABLE attempt_items ADD COLUMN struck TEXT NOT NULL DEFAULT ''"_s,
    u"DROP TABLE review_items"_s,
    u"CREATE TABLE review_states ("
    " question_id TEXT PRIMARY KEY REFERENCES questions (id),"
    " stability REAL NOT NULL," // days until the chance of a right answer falls to 90 %
    " difficulty REAL NOT NULL," // 1 to 10
    " last_review_at INTEGER NOT NULL,"
    " due_at INTEGER NOT NULL,"
    " reviews INTEGER NOT NULL,"
    " lapses INTEGER NOT NULL,"
    " last_rating INTEGER NOT NULL)"_s, // 1 Again, 2 Hard, 3 Good, 4 Easy
    u"CREATE INDEX review_states_due ON review_states (due_at)"_s,
    u"CREATE INDEX review_states_lapses ON review_states (lapses)"_s,
    u"CREATE TABLE review_log ("
    " id INTEGER PRIMARY KEY,"
    " question_id TEXT NOT NULL REFERENCES questions (id),"
    " exam TEXT NOT NULL,"
    " reviewed_at INTEGER NOT NULL,"
    " rating INTEGER NOT NULL,"
    " elapsed_days INTEGER NOT NULL," // whole days since the previous review; -1: the first
    " was_due INTEGER NOT NULL," // its due date had come
    " retrievability REAL)"_s, // predicted just before; NULL for the first
    u"CREATE INDEX review_log_question ON review_log (question_id, reviewed_at)"_s,
    // Each question's first answer, what readiness predicts questions never seen from.
    u"CREATE INDEX review_log_first ON review_log (exam, question_id, rating)"
    " WHERE elapsed_days = -1"_s,
    // The true retention reads scheduled reviews of a span of weeks from this index alone.
    u"CREATE INDEX review_log_scheduled ON review_log (exam, reviewed_at, rating)"
    " WHERE was_due = 1 AND elapsed_days >= 1"_s,
};

// Version 6: the full-text index of the bank in both languages (QuestionSearch). FTS5 rows are
// numbered in search_rows, so that a question's entry is found by its id when it changes;
// QuestionSearch::rebuild fills the index from the stored questions after these statements.
const QStringList version6 = {
    u"CREATE TABLE search_rows ("
    " row INTEGER PRIMARY KEY,"
    " question_id TEXT NOT NULL UNIQUE REFERENCES questions (id) ON DELETE CASCADE)"_s,
    u"CREATE VIRTUAL TABLE question_search USING fts5 (body, tokenize = 'trigram',"
    " detail = 'none')"_s,
};

// Version 7: what the question browser lists and filters by, and the learner's own layer on a
// question. A question's type and difficulty get columns of their own (they were only in its
// JSON), so that filtering and sorting by them reads no text. question_annotations holds the
// learner's bookmark, note (Markdown) and suspension of a question: the bundle sync and imports
// never write it, so a question keeps them through every update of the bank.
const QStringList version7 = {
    u"ALTER TABLE questions ADD COLUMN type TEXT NOT NULL DEFAULT 'single'"_s,
    u"ALTER TABLE questions ADD COLUMN difficulty INTEGER NOT NULL DEFAULT 2"_s,
    u"UPDATE questions SET type = COALESCE(json_extract(data, '$.type'), 'single'),"
    " difficulty = COALESCE(json_extract(data, '$.difficulty'), 2)"
    " WHERE json_valid(data)"_s,
    u"CREATE TABLE question_annotations ("
    " question_id TEXT PRIMARY KEY REFERENCES questions (id),"
    " bookmarked INTEGER NOT NULL DEFAULT 0,"
    " suspended INTEGER NOT NULL DEFAULT 0," // never assembled into a session
    " note TEXT NOT NULL DEFAULT ''," // Markdown
    " updated_at INTEGER NOT NULL)"_s,
};

// Version 8: the sources of the questions (the bundle, each import) found without reading the
// questions' rows: the browser lists them in its Source filter.
const QStringList version8 = {
    u"CREATE INDEX questions_source ON questions (source)"_s,
};

// Version 9: what the learner's history reads of each answered question, from indexes alone
// and in the questions' order. questions_area gives a question's exam, whether it is retired,
// its domain and task by its id: those columns lie after the question's text in its row, and
// reading them read the text from disk. review_states_recall gives the stability and last
// review of the answered questions in the same order, so that walking both reads each page
// once. Readiness, the recall per domain and topic, the reviews due and the first answers took
// seconds at 100,000 answered questions.
const QStringList version9 = {
    u"CREATE INDEX questions_area ON questions (id, exam, retired, domain, task)"_s,
    u"CREATE INDEX review_states_recall ON review_states (question_id, stability, last_review_at)"_s,
};

// Version 4's C++ step: every question's place in the shuffle, from its id.
bool fillShuffleKeys(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db), write(db);
    write.prepare(u"UPDATE questions SET shuffle = ? WHERE id = ?"_s);
    if (!read.exec(u"SELECT id FROM questions"_s)) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        const QString id = read.value(0).toString();
        write.bindValue(0, qint64(shuffleKey(id)));
        write.bindValue(1, id);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

struct Step
{
    QStringList statements;
    bool (*code)(QSqlDatabase &, QString *) = nullptr; // work SQL alone cannot do
};

// Versions 3's, 5's and 6's C++ steps are progress/'s MasteryTotals::rebuild and
// ReviewStore::rebuild, and bank/'s QuestionSearch::rebuild: the places storage/ calls into another
// room, because what they fill is that room's to compute.
const QList<Step> steps = {{version1},
                           {version2},
                           {version3, &MasteryTotals::rebuild},
                           {version4, &fillShuffleKeys},
                           {version5, &ReviewStore::rebuild},
                           {version6, &QuestionSearch::rebuild},
                           {version7},
                           {version8},
                           {version9}};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error
            = query.lastError().text() + QStringLiteral(" (") + sql.left(60) + QStringLiteral("…)");
        return false;
    }
    return true;
}

} // namespace

quint32 shuffleKey(const QString &questionId)
{
    const QByteArray digest
        = QCryptographicHash::hash(questionId.toUtf8(), QCryptographicHash::Sha1);
    return qFromBigEndian<quint32>(digest.constData()) & 0x7fffffffu;
}

int version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    Q_ASSERT(targetVersion <= currentVersion && steps.size() == currentVersion);
    const int start = version(db);
    if (start < 0) {
        *error = u"the schema version %1 is not one of Shiken's"_s.arg(start);
        return false;
    }
    if (start >= targetVersion)
        return true;
    // All steps in one transaction: a step that fails leaves the file as it was, not halfway.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (int from = start; ok && from < targetVersion; ++from) {
        for (const QString &sql : steps.at(from).statements) {
            if (!(ok = exec(db, sql, error)))
                break;
        }
        if (ok && steps.at(from).code)
            ok = steps.at(from).code(db, error);
        // user_version lives in the file header and is part of the transaction.
        if (ok)
            ok = exec(db, u"PRAGMA user_version = %1"_s.arg(from + 1), error);
    }
    if (!ok || !db.commit()) {
        if (ok)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace Schema
