#pragma once

#include "bank/question.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

class Database;

// One question a search found.
struct SearchHit
{
    QString id;
    QString exam;
    QString domain;
    QString task;
    QString source; // 'bundled' or 'import:<file>'
    bool retired = false;
    QStringList topics;
    QString type; // "single" or "multiple"
    int difficulty = 2;
    int reviews = 0; // graded answers
    int lapses = 0; // wrong ones
    bool lastRight = false; // when reviews > 0
    qint64 dueAtMs = -1; // the next review; -1: never answered
    bool bookmarked = false;
    bool suspended = false;
    bool hasNote = false;
    QString snippet; // the matched text in context, the matches between [ and ]
};

// What a search asks for: words, all of which a question must contain somewhere in its id,
// stem, choices, rationales or explanation, in English or Japanese, and where to look.
struct SearchRequest
{
    // Where the learner stands with a question.
    enum class Status {
        Any,
        NeverSeen, // never answered
        LastWrong, // its last answer was wrong
        MissedAtLeast, // wrong at least `missed` times (a leech from FsrsScheduler::leechLapses)
        Due, // due for review at nowMs
        Bookmarked,
        HasNote,
        Suspended,
    };
    // What the results are sorted by; Bank: the order questions came into the bank (the only
    // order the index returns without sorting every match).
    enum class Sort {
        Bank,
        Id,
        Domain,
        Task,
        Topics,
        Type,
        Difficulty,
        Reviews,
        LastResult,
        NextReview,
        Source,
        Stalest, // never answered first (in shuffle order), then the least recently answered
    };

    QString text;
    QString exam; // empty: every exam
    QString domain; // empty: every domain
    QString task;
    QString topic;
    QString type; // "single", "multiple"; empty: both
    int difficulty = 0; // 1 to 3; 0: any
    QString source; // a source as stored ('bundled', 'import:<files>'); empty: any
    Status status = Status::Any;
    int missed = 2; // for MissedAtLeast
    qint64 nowMs = 0; // for Due
    bool includeRetired = false;
    bool includeSuspended = true;
    Sort sort = Sort::Bank;
    bool descending = false;
    int limit = 50;
    int offset = 0;
};

// The full-text index of the bank (schema 6, table question_search) and the searches over it.
// Both languages are indexed as they are: SQLite FTS5 with the trigram tokenizer, which needs
// no word boundaries, so Japanese (written without spaces) is found as English is. A word of
// three characters or more is looked up in the index (LIKE, which FTS5 answers from the
// trigrams; detail=none, as no query needs token positions, which keeps the index at half the
// size); a shorter one (many Japanese words are two characters) is matched as a plain
// substring, which reads every candidate's text.
class QuestionSearch
{
    Q_DECLARE_TR_FUNCTIONS(QuestionSearch)

public:
    explicit QuestionSearch(const Database &database);
    explicit QuestionSearch(const QSqlDatabase &db);

    // The questions that contain every word of the request, in the order they came into the
    // bank. An empty text matches every question in the filters (by id).
    QList<SearchHit> search(const SearchRequest &request, QString *error = nullptr) const;
    // Every question the request finds, in its order, whatever its limit and offset: the ids.
    QStringList ids(const SearchRequest &request, QString *error = nullptr) const;
    // How many questions the request finds, whatever its limit; with a cap, counting stops
    // there (a common word's every match need not be read to say "more than 1,000").
    int count(const SearchRequest &request, int cap = 0, QString *error = nullptr) const;
    // The sources questions came from ('bundled', 'import:<files>'), for a filter.
    QStringList sources() const;

    // The words of a search text: runs of non-space characters, or "a quoted phrase".
    static QStringList wordsOf(const QString &text);
    // The text a question is indexed under: its id, then in English and then in Japanese its
    // stem, choices, rationales and explanation, a line each (the three parts separated by
    // U+001E).
    static QString indexedText(const Question &question);
    // Every question's index entry made again from the stored questions (the migration to
    // schema 6 fills the index this way).
    static bool rebuild(QSqlDatabase &db, QString *error);

    // Keeps a question's index entry, with statements prepared once: QuestionStore's writes
    // call it inside their transactions.
    class Writer
    {
    public:
        explicit Writer(const QSqlDatabase &db);
        // isNew: the question has just been added, so it has no entry yet.
        bool write(const Question &question, bool isNew, QString *error);

    private:
        QSqlQuery m_findRow;
        QSqlQuery m_addRow;
        QSqlQuery m_delete;
        QSqlQuery m_insert;
    };

private:
    struct Compiled;
    Compiled compile(const SearchRequest &request) const;

    QSqlDatabase m_db;
};
