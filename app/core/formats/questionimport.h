#pragma once

#include "bank/bank.h"
#include "bank/bankissue.h"
#include "formats/questionexchange.h"

#include <QCoreApplication>

#include <functional>

// Reads question files of any format Shiken takes (its own JSON, GIFT, Moodle XML, CSV) into
// questions ready to store: placed in the exam (the domain, task and topic the learner chose
// for questions whose file gives none), given ids, and checked with the format's rules
// (BankReader::Rules::Format), each problem as "file:line: ...". The import dialog previews
// with it (check()); the command line and the window import with importFiles(), which stores
// each question as it is read: all of the questions or, when any problem is found, none.
class QuestionStore;

class QuestionImport
{
    Q_DECLARE_TR_FUNCTIONS(QuestionImport)

public:
    enum class Format { Json, Gift, MoodleXml, Csv };

    // Where questions without their own domain, task or topics go.
    struct Placement
    {
        QString exam = QStringLiteral("soa-c03");
        QString domain;
        QString task;
        QString topic; // a topic id, or its name in either language
        bool isDefault() const
        {
            return exam == QStringLiteral("soa-c03") && domain.isEmpty() && task.isEmpty()
                && topic.isEmpty();
        }
    };

    struct SkippedItem
    {
        QString file;
        QuestionExchange::Skipped item;
        QString toString() const;
    };

    struct Note
    {
        QString where; // "file:line"
        QString text; // "an image was left out: ..."
        QString toString() const { return where + QStringLiteral(": ") + text; }
    };

    struct Preview
    {
        QList<Question> questions; // prepare() only
        int ready = 0; // questions ready to store
        QList<SkippedItem> skipped;
        BankIssues problems;
        QList<Note> notes;
        int withoutPlace = 0; // questions that needed the placement and had none
        bool stopped = false; // check(): progress said to stop, the rest was not read
        bool isImportable() const { return !stopped && problems.isEmpty() && ready > 0; }
    };

    // The format a file is in: from its name (.json, .gift or .txt, .xml, .csv), or the one
    // named ("json", "gift", "moodle-xml", "csv"); nothing when neither says.
    static std::optional<Format> formatOf(const QString &path, const QString &named = {});
    static QStringList formatNames();

    struct Outcome
    {
        int imported = -1; // how many questions were stored; -1: none (problems or error)
        Preview preview; // without its questions: each was stored as it was read
        QString error; // a failure to write, or a file holding nothing to import
        bool stopped = false; // progress said to stop: nothing was kept
    };
    // Told how many questions an import has stored (a check: has read), after each one, and
    // again after each megabyte read of a file in another tool's format (a CSV file is read
    // whole before its first question); false stops it, and nothing of an import stopped is
    // kept.
    using Progress = std::function<bool(int count)>;

    // Imports the files into the store, all or nothing, question by question as they are read,
    // so a file of any size in any format is imported in little memory. Shiken's own files,
    // when every file is one and no placement is asked for, go straight to
    // QuestionStore::importFiles.
    static Outcome importFiles(QuestionStore &store, const QStringList &paths,
                               const Placement &placement, qint64 nowMs,
                               const QString &namedFormat = {}, const Progress &progress = {});

    // Files a question read from another tool's file: in the exam; under the domain and task
    // given when it names neither (its domain from its task when it names only the task); under
    // the topic given, or else the one its category names, when it has no topics. resolved is
    // a placement already checked: its domain filled in from its task, its topic an id.
    static void place(Question &question, const QString &category, const Placement &resolved,
                      const BankCatalog &catalog);

    // Reads the files and prepares their questions; isTaken says whether an id is in the bank.
    static Preview prepare(const QStringList &paths, const BankCatalog &catalog,
                           const Placement &placement,
                           const std::function<bool(const QString &)> &isTaken,
                           const QString &namedFormat = {});
    // The same, counting the questions ready rather than keeping them: what an import of the
    // files would do, in the memory of one question (the import dialog's preview). progress is
    // told how many questions have been read, after each one, whatever became of it (of
    // Shiken's own files, each that meets the bank's rules), and again after each megabyte of a
    // file in another tool's format; false stops the reading, and the preview says it was
    // stopped.
    static Preview check(const QStringList &paths, const BankCatalog &catalog,
                         const Placement &placement,
                         const std::function<bool(const QString &)> &isTaken,
                         const QString &namedFormat = {}, const Progress &progress = {});

private:
    // What prepare() does, each question handed to take as soon as it is ready rather than
    // gathered in the preview (importFiles() stores it at once). When take returns false, no
    // further question is placed or checked, and no further file is read; the same when
    // progress (told how many questions have been read, after each one and after each megabyte
    // of a file in another tool's format) does, or goesOn (asked after each such megabyte).
    static void readEach(const QStringList &paths, const BankCatalog &catalog,
                         const Placement &placement,
                         const std::function<bool(const QString &)> &isTaken,
                         const QString &namedFormat, Preview *preview,
                         const std::function<bool(Question &&)> &take,
                         const Progress &progress = {}, const std::function<bool()> &goesOn = {});
};
