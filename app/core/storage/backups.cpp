#include "storage/backups.h"

#include "storage/database.h"
#include "storage/schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto stampFormat = "yyyyMMdd-HHmmss"_L1;
QAtomicInt inspectCounter;

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// Opens a file read-only on a connection of its own; the caller removes the connection.
QSqlDatabase openReadOnly(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    db.open();
    return db;
}

std::optional<int> count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

} // namespace

Backups::Backups(QString databasePath)
    : m_databasePath(std::move(databasePath))
{ }

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(u"backups"_s);
}

QList<Backups::Entry> Backups::list() const
{
    const QRegularExpression name(u"^"_s + QRegularExpression::escape(baseName(m_databasePath))
                                  + u"-(\\d{8}-\\d{6})\\.sqlite$"_s);
    QList<Entry> entries;
    const QFileInfoList files = QDir(folder()).entryInfoList({u"*.sqlite"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), stampFormat);
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.createdAt = at;
        entry.bytes = file.size();
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

std::optional<Backups::Entry> Backups::newestGood() const
{
    for (const Entry &entry : list()) {
        Entry inspected = inspect(entry.path);
        if (inspected.readable) {
            inspected.createdAt = entry.createdAt;
            return inspected;
        }
    }
    return std::nullopt;
}

bool Backups::isDue(const QDateTime &now) const
{
    const QList<Entry> entries = list();
    return entries.isEmpty() || entries.first().createdAt.secsTo(now) >= 24 * 60 * 60;
}

QString Backups::create(Database &database, const QDateTime &now, QString *error) const
{
    if (!QDir().mkpath(folder())) {
        *error = tr("cannot create the folder %1").arg(folder());
        return {};
    }
    const QDateTime utc = now.toUTC();
    QString path = QDir(folder()).filePath(baseName(m_databasePath) + u'-'
                                           + utc.toString(stampFormat) + u".sqlite"_s);
    // Two backups in one second (an exam submitted right after start-up): one is enough.
    if (QFile::exists(path))
        return path;
    if (!writeCopy(database, path, error))
        return {};
    prune(now);
    return path;
}

Backups::Maintenance Backups::maintain(const QString &databasePath, const QDateTime &now,
                                       bool checkIntegrity, bool onlyIfDue)
{
    Maintenance result;
    Database database(databasePath);
    if (!database.open(checkIntegrity ? Database::Integrity::CheckNow
                                      : Database::Integrity::CheckLater)) {
        if (database.status() == Database::Status::Corrupt)
            result.integrityProblem = database.errorMessage();
        else
            result.backupError = database.errorMessage();
        return result;
    }
    const Backups backups(databasePath);
    if (!onlyIfDue || backups.isDue(now))
        result.backupPath = backups.create(database, now, &result.backupError);
    return result;
}

bool Backups::writeCopy(Database &database, const QString &path, QString *error)
{
    const QString partial = path + u".partial"_s;
    QFile::remove(partial); // left by a copy that was interrupted
    {
        QSqlQuery query(database.connection());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(partial);
        if (!query.exec()) {
            *error = tr("cannot copy %1: %2").arg(database.path(), query.lastError().text());
            QFile::remove(partial);
            return false;
        }
    }
    const Entry check = inspect(partial);
    if (!check.readable) {
        *error = tr("the copy of %1 failed its check: %2").arg(database.path(), check.problem);
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, path)) {
        *error = tr("cannot rename %1 to %2").arg(partial, path);
        QFile::remove(partial);
        return false;
    }
    return true;
}

Backups::Entry Backups::inspect(const QString &path)
{
    Entry entry;
    entry.path = path;
    entry.bytes = QFileInfo(path).size();
    if (!QFileInfo(path).isFile()) {
        entry.problem = tr("no such file");
        return entry;
    }
    const QString connection = u"shiken-backup-%1"_s.arg(inspectCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = openReadOnly(path, connection);
        QSqlQuery query(db);
        if (!db.isOpen() || !query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
            entry.problem = tr("not a readable SQLite database");
        } else if (query.value(0).toString() != u"ok") {
            entry.problem = tr("it failed its integrity check: %1").arg(query.value(0).toString());
        } else {
            query.finish();
            const int version = count(db, u"PRAGMA user_version"_s).value_or(0);
            const auto attempts = count(db, u"SELECT count(*) FROM attempts"_s);
            const auto answers = count(db, u"SELECT count(*) FROM answers"_s);
            if (version < 1 || !attempts) {
                entry.problem = tr("not a Shiken database");
            } else if (version > Schema::currentVersion) {
                entry.problem = tr("written by a newer version of Shiken");
            } else {
                entry.attempts = *attempts;
                entry.answers = answers.value_or(0);
                entry.readable = true;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return entry;
}

int Backups::prune(const QDateTime &now) const
{
    const QList<Entry> entries = list(); // newest first
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<qint64> weeks;
    const QDate today = now.toUTC().date();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        const QDate day = entry.createdAt.date();
        const qint64 age = day.daysTo(today);
        const qint64 week = day.toJulianDay() / 7;
        if (i < keepNewest)
            keep.insert(entry.path);
        if (age < keepDays && !days.contains(day)) {
            days.insert(day);
            keep.insert(entry.path);
        }
        if (age < keepWeeks * 7 && !weeks.contains(week)) {
            weeks.insert(week);
            keep.insert(entry.path);
        }
    }
    int removed = 0;
    for (const Entry &entry : entries) {
        if (!keep.contains(entry.path) && QFile::remove(entry.path))
            ++removed;
    }
    return removed;
}

bool Backups::restore(const QString &backupPath, const QString &databasePath, QString *movedTo,
                      QString *error)
{
    const Entry check = inspect(backupPath);
    if (!check.readable) {
        *error = tr("%1 cannot be restored: %2").arg(backupPath, check.problem);
        return false;
    }
    movedTo->clear();
    if (QFile::exists(databasePath)) {
        *movedTo = Database::moveAside(databasePath, error, u"before-restore"_s);
        if (movedTo->isEmpty())
            return false;
    }
    const QString partial = databasePath + u".restoring"_s;
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !QFile::rename(partial, databasePath)) {
        QFile::remove(partial);
        *error = tr("cannot copy %1 to %2").arg(backupPath, databasePath);
        // Put the current database back where it was.
        if (!movedTo->isEmpty() && QFile::rename(*movedTo, databasePath))
            movedTo->clear();
        return false;
    }
    return true;
}
