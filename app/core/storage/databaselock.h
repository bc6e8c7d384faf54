#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

// Keeps one Shiken window per database: a lock file beside it ("<database>.lock") held for as
// long as the window has the database open. A lock left behind by a process that was killed
// is taken over (QLockFile finds that its process is gone). Commands that write outside the
// window (import, restore) take it for their own short run; commands that only read do not.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
    Q_DISABLE_COPY_MOVE(DatabaseLock)

public:
    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();

    // False when another running process holds the lock (heldElsewhere(); holder() says
    // which) or when the lock file cannot be made. A missing folder is made first: the
    // database is about to be made in it.
    bool tryLock();
    bool heldElsewhere() const { return m_lock.error() == QLockFile::LockFailedError; }
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }

    // "process 1234 (shiken) on host": who holds the lock, for messages; empty if unknown.
    QString holder() const;
    qint64 holderProcessId() const;

    static QString lockPath(const QString &databasePath);
    // A name for the running window's local socket, the same for every spelling of the path.
    static QString serverName(const QString &databasePath);

private:
    QString m_path;
    QLockFile m_lock;
};
