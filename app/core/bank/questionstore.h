#pragma once

#include "bank/bank.h"
#include "bank/bankissue.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>

class Database;

// What the exam assembler needs to know of a question in the pool.
struct PoolEntry
{
    QString id;
    QString domain;
    QString task;
    QStringList topics;
    QString group;
    QString choiceKeys; // in bank order, e.g. "ABCD"
    qint64 lastSeenMs = -1; // when it was last graded in any attempt; -1: never
};

// The outcome of bringing the bundled bank into the database.
struct SyncResult
{
    bool changed = false; // false: the bundle's hash was already recorded
    int added = 0;
    int updated = 0;
    int retired = 0;
    QStringList conflicts; // bundled ids that an imported question already uses
};

// The question bank as stored in the user's database: the synced bundle and imported questions.
class QuestionStore
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStore)

public:
    explicit QuestionStore(const Database &database);

    // Upserts the bundled bank by question id in one transaction when its hash differs from
    // the recorded one; retires bundled questions that left it; never touches imported ones.
    SyncResult syncBundled(const Bank &bank, qint64 nowMs, QString *error = nullptr);

    // Adds questions from a user's files in one transaction: all or nothing.
    bool importQuestions(const QList<Question> &questions, const QString &source, qint64 nowMs,
                         QString *error);
    // Reads question files and adds their questions as they are read, in one transaction, so
    // memory stays that of one question whatever the files' size: all of them or, when any
    // problem is found (every one is reported), none. Returns how many, or -1.
    int importFiles(const QStringList &paths, const QString &source, qint64 nowMs,
                    BankIssues *issues, QString *error,
                    const std::function<bool(int stored)> &progress = {});
    // Adds questions as a reader of any format hands them over, in one transaction, so memory
    // stays that of one question whatever the files' size. read is called once, with add,
    // which stores a question (false, with *error, when it cannot; nothing more is stored
    // then); the reader has checked the questions and that their ids are free. They are kept
    // when read returns true and every add succeeded, else none of them. Returns how many, or
    // -1. progress is told the count after each question stored; when it returns false, the
    // import stops (*error says so) and nothing is kept.
    using Add = std::function<bool(const Question &question)>;
    int importEach(const QString &source, qint64 nowMs, QString *error,
                   const std::function<bool(const Add &add)> &read,
                   const std::function<bool(int stored)> &progress = {});
    // What imported questions record as their source: "import:" and the files' names.
    static QString importSource(const QStringList &paths);
    // The hash stored with a question (questions.content_hash): which version of it this is.
    static QString contentHash(const Question &question);

    QByteArray bundleHash() const; // of the bundle last synced, empty before the first
    BankCatalog catalog() const;
    std::optional<Blueprint> blueprint(const QString &examId) const;

    bool contains(const QString &id) const; // retired and imported included
    // contains() with its statement prepared once, for the many ids of an import (preparing
    // it for each id took half an import's time).
    std::function<bool(const QString &id)> idTest() const;
    int activeCount(const QString &examId) const;
    QMap<QString, int> activeCountsByDomain(const QString &examId) const;
    QMap<QString, int> activeCountsByTask(const QString &examId) const;
    QMap<QString, int> activeCountsByTopic(const QString &examId) const;
    // Counts the active questions again into bank_counts; inside the writer's transaction.
    bool recount(QString *error);

    std::optional<Question> question(const QString &id) const;
    QHash<QString, Question> questions(const QStringList &ids) const;
    // Every active question of an exam with the time it was last seen.
    QList<PoolEntry> pool(const QString &examId) const;
    // What an exam is assembled from, read without a scan of the bank: for each domain, up to
    // perDomain active questions matching the tasks and topics (empty: any), the never answered
    // first, from a point in the shuffle that start chooses, then the least recently answered.
    // Their topics are read only when filtering by topic (assembly needs them for nothing else).
    QList<PoolEntry> candidates(const QString &examId, const QStringList &domains,
                                const QStringList &tasks, const QStringList &topics, int perDomain,
                                quint32 start) const;
    // The active questions among ids, in that order.
    QList<PoolEntry> entries(const QStringList &ids) const;

    // A condition on a questions row (SQL over the table's own name) and its values in order.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    // The active never-answered questions of an exam meeting a condition, in the shuffle's
    // order from `from` up to `to` (going round past the top; from == to: all the way round),
    // at most limit of them (-1: all), with their topics. The shuffle is random, so they are a
    // random choice among those meeting the condition that the two points pick; read through
    // the questions_pool index, domain by domain, they stop at the limit.
    QList<PoolEntry> unseen(const QString &examId, const QStringList &domains,
                            const Condition &condition, quint32 from, quint32 to, int limit) const;
    // The same from the questions of some tasks (of the given domains) and topics, found
    // through them rather than read in the shuffle's order: for a condition few questions
    // meet, whose tasks and topics hold few questions. Answered questions are told by `answered`.
    QList<PoolEntry> unseenIn(const QString &examId, const QStringList &domains,
                              const QStringList &tasks, const QStringList &topics,
                              const Condition &condition,
                              const std::function<bool(const QString &id)> &answered, quint32 from,
                              int limit) const;
    // Active answered questions of an exam, the least recently answered first (random among
    // equals), those `accept` takes, until it has taken limit; with their topics.
    QList<PoolEntry> stalestAnswered(const QString &examId,
                                     const std::function<bool(const QString &id)> &accept,
                                     int limit) const;
    static constexpr quint32 shuffleSize = 0x80000000u; // places in the shuffle: 0 to 2^31 - 1

private:
    class Writer;
    QMap<QString, int> counts(const QString &examId, const QString &kind) const;

    QSqlDatabase m_db;
};
