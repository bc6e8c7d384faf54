#include "storage/databaselock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

} // namespace

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_path(lockPath(databasePath))
    , m_lock(m_path)
{
    // Held for a whole session: only a lock whose process has gone is stale, never an old one.
    m_lock.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

bool DatabaseLock::tryLock()
{
    if (m_lock.isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return m_lock.tryLock(0);
}

void DatabaseLock::unlock()
{
    m_lock.unlock();
}

qint64 DatabaseLock::holderProcessId() const
{
    qint64 pid = 0;
    QString host, application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

QString DatabaseLock::holder() const
{
    qint64 pid = 0;
    QString host, application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return {};
    return tr("process %1 (%2) on %3").arg(pid).arg(application, host);
}

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return canonical(databasePath) + u".lock"_s;
}

QString DatabaseLock::serverName(const QString &databasePath)
{
    const QByteArray hash
        = QCryptographicHash::hash(canonical(databasePath).toUtf8(), QCryptographicHash::Sha1);
    return u"shiken-"_s + QString::fromLatin1(hash.toHex().left(16));
}
