#pragma once

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// The learner's own layer on a question: a bookmark, a note in Markdown, and whether it is
// suspended (never assembled into a session until unsuspended: mastered, or believed wrong).
struct Annotation
{
    bool bookmarked = false;
    bool suspended = false;
    QString note;
    bool isEmpty() const { return !bookmarked && !suspended && note.isEmpty(); }
    bool operator==(const Annotation &) const = default;
};

// Annotations as stored (question_annotations, schema 7). The bundle sync and imports never
// write them, so they stay with a question through every update of the bank; each change is
// its own commit.
class AnnotationStore
{
public:
    explicit AnnotationStore(const Database &database);

    Annotation annotation(const QString &questionId) const;
    // The annotated questions among ids (the others have none).
    QHash<QString, Annotation> annotations(const QStringList &ids) const;

    // Stores a question's annotation whole, replacing the one it had; an empty one is removed.
    // A note of spaces only is no note.
    bool write(const QString &questionId, Annotation annotation, qint64 nowMs, QString *error);
    // Applies change to the annotation as stored now (not as a caller last read it), in one
    // transaction, and returns the annotation as written; nothing on failure. A window that
    // shows one question while another page changes it never undoes that page's change.
    std::optional<Annotation> update(const QString &questionId,
                                     const std::function<void(Annotation &)> &change, qint64 nowMs,
                                     QString *error);

    // The suspended questions of an exam that are still in the bank, per domain, task or topic
    // (kind "domain", "task" or "topic").
    QMap<QString, int> suspendedBy(const QString &exam, const QString &kind) const;
    int suspendedCount(const QString &exam) const;

    // What a query over questions q adds to leave suspended questions out.
    static QString notSuspended(const QString &alias = QStringLiteral("q"));

private:
    QSqlDatabase m_db;
};
