#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QThread;

// The user's SQLite database: opens it safely, applies the PRAGMAs and migrates the schema.
// A file that cannot be read, comes from a newer Shiken or fails its integrity check is
// reported and never written to; moveAside() puts it out of the way on the user's request.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Status {
        NotOpen,
        Open,
        CannotOpen,
        NotShiken,
        NewerVersion,
        Corrupt,
        MigrationFailed
    };

    // Whether open() reads the whole file to check it (PRAGMA quick_check). The window opens
    // with Later, so start-up does not grow with the database, and checks in the background
    // right after (Backups::maintain); every other use checks at once, and so does a file that
    // is about to be migrated.
    enum class Integrity { CheckNow, CheckLater };

    explicit Database(QString path);
    ~Database();

    bool open(Integrity integrity = Integrity::CheckNow);
    void close();

    Status status() const { return m_status; }
    bool isOpen() const { return m_status == Status::Open; }
    QString errorMessage() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Hands the open connection to another thread. Qt SQL lets only the thread that owns a
    // connection use it; the window opens its database on a thread of its own while the main
    // thread builds the window, then gives it to the main thread. Called on the thread that
    // opened it, with no query of it alive.
    void moveToThread(QThread *thread);

    // The database Shiken uses when neither --db nor SHIKEN_DB names one.
    static QString defaultPath();
    // Renames the file (and its -wal / -shm companions) to "<name>.<why>-<time>" beside it
    // ("unreadable", "before-restore"); returns the new path, or an empty string with *error set.
    static QString moveAside(const QString &path, QString *error,
                             const QString &why = QStringLiteral("unreadable"));

private:
    bool fail(Status status, const QString &message);
    Status prepare(QSqlDatabase &db, Integrity integrity, QString *message) const;

    QString m_path;
    QString m_connectionName;
    Status m_status = Status::NotOpen;
    QString m_error;
};
