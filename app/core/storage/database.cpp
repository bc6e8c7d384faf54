#include "storage/database.h"

#include "storage/schema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt connectionCounter;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(u"shiken-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::moveToThread(QThread *thread)
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    if (QSqlDriver *driver = connection().driver())
        driver->moveToThread(thread);
}

int Database::schemaVersion() const
{
    return Schema::version(connection());
}

bool Database::fail(Status status, const QString &message)
{
    m_status = status;
    m_error = message;
    QSqlDatabase::removeDatabase(m_connectionName);
    return false;
}

// Checks an opened connection, then sets it up and migrates it. Nothing is written before
// the checks and the migration pass, so a refused file stays as it was.
Database::Status Database::prepare(QSqlDatabase &db, Integrity integrity, QString *message) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *message
            = tr("%1 is not a readable SQLite database: %2").arg(m_path, query.lastError().text());
        return Status::CannotOpen;
    }
    const int version = query.value(0).toInt();
    // user_version is any 32-bit number in the file's header; Shiken only ever writes 1..N.
    if (version < 0) {
        *message = tr("%1 is an SQLite database of another program").arg(m_path);
        return Status::NotShiken;
    }
    if (version > Schema::currentVersion) {
        *message = tr("%1 was written by a newer version of Shiken (schema %2; this version reads "
                      "up to %3)")
                       .arg(m_path)
                       .arg(version)
                       .arg(Schema::currentVersion);
        return Status::NewerVersion;
    }
    // A file about to be migrated is checked first whatever was asked: a migration writes.
    if (integrity == Integrity::CheckNow || version < Schema::currentVersion) {
        if (!query.exec(u"PRAGMA quick_check"_s)) {
            *message
                = tr("%1 failed its integrity check: %2").arg(m_path, query.lastError().text());
            return Status::Corrupt;
        }
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok") {
                *message = tr("%1 failed its integrity check: %2").arg(m_path, line);
                return Status::Corrupt;
            }
        }
    }
    if (version == 0) {
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
            *message = tr("%1 cannot be read: %2").arg(m_path, query.lastError().text());
            return Status::CannotOpen;
        }
        if (query.value(0).toInt() > 0) {
            *message = tr("%1 is an SQLite database of another program").arg(m_path);
            return Status::NotShiken;
        }
    }

    // Connection settings only: none of these writes to the file.
    for (const QString &pragma : {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA busy_timeout = 5000"_s}) {
        if (!query.exec(pragma)) {
            *message = tr("cannot set up %1: %2").arg(m_path, query.lastError().text());
            return Status::CannotOpen;
        }
    }
    query.finish();

    // The migration is one transaction, so a failed one leaves the file as it was.
    QString error;
    if (!Schema::migrate(db, Schema::currentVersion, &error)) {
        *message = tr("cannot upgrade %1 to schema %2: %3")
                       .arg(m_path)
                       .arg(Schema::currentVersion)
                       .arg(error);
        return Status::MigrationFailed;
    }
    // Switching to WAL rewrites the file's header, so only a file that is accepted is switched.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s)) {
        *message = tr("cannot set up %1: %2").arg(m_path, query.lastError().text());
        return Status::CannotOpen;
    }
    query.finish();
    return Status::Open;
}

bool Database::open(Integrity integrity)
{
    close();
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return fail(Status::CannotOpen, tr("%1 is not a file").arg(m_path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(Status::CannotOpen, tr("cannot create the folder %1").arg(info.absolutePath()));

    Status status;
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            status = Status::CannotOpen;
            message = tr("cannot open %1: %2").arg(m_path, db.lastError().text());
        } else {
            status = prepare(db, integrity, &message);
        }
        if (status != Status::Open)
            db.close();
    }
    if (status != Status::Open)
        return fail(status, message);
    m_status = Status::Open;
    m_error.clear();
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_status = Status::NotOpen;
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("SHIKEN_DB");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"shiken.sqlite"_s);
}

QString Database::moveAside(const QString &path, QString *error, const QString &why)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString prefix = path + u'.' + why + u'-' + stamp;
    QString target = prefix;
    for (int n = 2; QFile::exists(target); ++n)
        target = prefix + u'-' + QString::number(n);
    if (!QFile::rename(path, target)) {
        *error = tr("cannot rename %1 to %2").arg(path, target);
        return {};
    }
    for (const auto &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}
