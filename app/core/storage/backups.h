#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Consistent copies of the user's database, as Anki keeps them. Each copy is made with
// VACUUM INTO (a snapshot of one read transaction, so an exam being written cannot tear it),
// written under a temporary name, checked with quick_check and only then given its name
// "<database name>-<yyyyMMdd-HHmmss>.sqlite" (UTC) in the "backups" folder beside the
// database. A crash at any moment leaves either a whole, checked backup or a temporary file
// that the next backup removes.
//
// Made when the window has opened, if the newest backup is more than a day old, and after
// each submitted exam, in a worker thread (maintain()) so a large database never holds the
// window up. Kept (prune()): the 10 newest; the newest of each of the last 14 days; the newest of
// each of the last 8 weeks. The rest are deleted.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int keepNewest = 10;
    static constexpr int keepDays = 14;
    static constexpr int keepWeeks = 8;

    struct Entry
    {
        QString path;
        QDateTime createdAt; // UTC, from the name
        qint64 bytes = 0;
        // Read from the copy by inspect(); -1 when not read or unreadable.
        int attempts = -1;
        int answers = -1;
        bool readable = false;
        QString problem; // why it cannot be restored, when not readable
    };

    explicit Backups(QString databasePath);

    QString folder() const;
    // Every backup file of this database, newest first, from their names (no file is opened).
    QList<Entry> list() const;
    // The newest backup that opens and passes its checks.
    std::optional<Entry> newestGood() const;
    bool isDue(const QDateTime &now) const;

    // Copies the open database to a new backup and prunes old ones; the new path, or empty
    // with *error set.
    QString create(Database &database, const QDateTime &now, QString *error) const;
    // Removes the backups the keeping rule above no longer needs; returns how many.
    int prune(const QDateTime &now) const;

    // What the window does in the background after start-up and after each exam, on a
    // connection of its own (call it from a worker thread): checks the whole database when
    // asked, then makes a backup if one is due (or always, when onlyIfDue is false).
    struct Maintenance
    {
        QString integrityProblem; // the database failed its check: nothing else was done
        QString backupPath; // empty: none made
        QString backupError;
    };
    static Maintenance maintain(const QString &databasePath, const QDateTime &now,
                                bool checkIntegrity, bool onlyIfDue);

    // Writes a checked copy of the open database to path (which must not exist).
    static bool writeCopy(Database &database, const QString &path, QString *error);
    // Opens a backup read-only: passes quick_check, is a Shiken database of a schema this
    // version reads; counts its attempts and graded answers.
    static Entry inspect(const QString &path);
    // Replaces the database file with a copy of the backup. The current file (with its -wal and
    // -shm) is first moved aside to "<name>.before-restore-<time>", whose path *movedTo gets.
    // The database must be closed.
    static bool restore(const QString &backupPath, const QString &databasePath, QString *movedTo,
                        QString *error);

private:
    QString m_databasePath;
};
