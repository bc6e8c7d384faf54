// Backups of the user's database (checked copies, the keeping rule, restore) and the lock that
// keeps one window per database.

#include "storage/backups.h"
#include "storage/databaselock.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestBackups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // An empty file named as a backup made at the given time, for the keeping rule.
    void touchBackup(const Backups &backups, const QDateTime &at)
    {
        QDir().mkpath(backups.folder());
        QVERIFY(writeFile(
            QDir(backups.folder())
                .filePath(u"study-"_s + at.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u".sqlite"_s),
            "x"));
    }

private slots:
    void backupIsACheckedCopyBesideTheDatabase()
    {
        Database database(path(u"shiken.sqlite"_s));
        QVERIFY(openWithBank(database));
        QSqlQuery insert(database.connection());
        QVERIFY(insert.exec(u"INSERT INTO attempts (exam, mode, seed, created_at, state) "
                            "VALUES ('soa-c03', 'exam', 1, 1, 'in_progress')"_s));
        const Backups backups(database.path());
        QVERIFY(backups.isDue(QDateTime::currentDateTimeUtc()));
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString made = backups.create(database, now, &error);
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(made).dir().dirName(), u"backups"_s);
        QVERIFY(!QFile::exists(made + u".partial"_s));
        const Backups::Entry entry = Backups::inspect(made);
        QVERIFY2(entry.readable, qPrintable(entry.problem));
        QCOMPARE(entry.attempts, 1);
        QCOMPARE(entry.answers, 0);
        // One a day at start-up.
        QVERIFY(!backups.isDue(now.addSecs(23 * 3600)));
        QVERIFY(backups.isDue(now.addSecs(25 * 3600)));
        QCOMPARE(backups.list().size(), 1);
        QCOMPARE(backups.newestGood()->path, made);
    }

    void inspectRefusesWhatCannotBeRestored()
    {
        QVERIFY(writeFile(path(u"noise.sqlite"_s), QByteArray(4096, 'n')));
        QVERIFY(!Backups::inspect(path(u"noise.sqlite"_s)).readable);
        QVERIFY(!Backups::inspect(path(u"missing.sqlite"_s)).readable);
        // An SQLite file of another program.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path(u"other.sqlite"_s));
            QVERIFY(other.open());
            QSqlQuery(other).exec(u"CREATE TABLE notes (text TEXT)"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const Backups::Entry other = Backups::inspect(path(u"other.sqlite"_s));
        QVERIFY(!other.readable);
        QCOMPARE(other.problem, u"not a Shiken database"_s);
    }

    void newestGoodSkipsABrokenNewestBackup()
    {
        Database database(path(u"skip.sqlite"_s));
        QVERIFY(openWithBank(database));
        const Backups backups(database.path());
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString good = backups.create(database, now.addDays(-1), &error);
        const QString broken = backups.create(database, now, &error);
        QVERIFY(!good.isEmpty() && !broken.isEmpty());
        QVERIFY(writeFile(broken, QByteArray(1000, 'b')));
        QCOMPARE(backups.newestGood()->path, good);
    }

    void pruneKeepsTheNewestDailiesAndWeeklies()
    {
        const Backups backups(path(u"study.sqlite"_s));
        const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        // Three a day for 120 days.
        for (int day = 0; day < 120; ++day) {
            for (int hour : {9, 13, 20})
                touchBackup(backups, QDateTime(now.date().addDays(-day), QTime(hour, 0), Qt::UTC));
        }
        backups.prune(now);
        const QList<Backups::Entry> kept = backups.list();
        QSet<QDate> days;
        for (const Backups::Entry &entry : kept)
            days.insert(entry.createdAt.date());
        // The 10 newest (four days' worth), then one a day back to 14 days, then one a week
        // back to 8 weeks; nothing older.
        QCOMPARE(kept.first().createdAt, QDateTime(now.date(), QTime(20, 0), Qt::UTC));
        for (int day = 0; day < 14; ++day)
            QVERIFY2(days.contains(now.date().addDays(-day)), qPrintable(QString::number(day)));
        QVERIFY(kept.last().createdAt.date() >= now.date().addDays(-8 * 7));
        QVERIFY(kept.size() >= 10 + 14 - 4);
        QVERIFY(kept.size() <= 10 + 14 + 8);
        // Files that are not backups of this database are never touched.
        QVERIFY(writeFile(QDir(backups.folder()).filePath(u"notes.txt"_s), "mine"));
        backups.prune(now.addYears(1));
        QVERIFY(QFile::exists(QDir(backups.folder()).filePath(u"notes.txt"_s)));
        QCOMPARE(backups.list().size(), Backups::keepNewest);
    }

    void restoreKeepsTheReplacedDatabaseAside()
    {
        Database database(path(u"restore.sqlite"_s));
        QVERIFY(openWithBank(database));
        QString error;
        const QString backup
            = Backups(database.path()).create(database, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY(!backup.isEmpty());
        QSqlQuery insert(database.connection());
        QVERIFY(insert.exec(u"INSERT INTO attempts (exam, mode, seed, created_at, state) "
                            "VALUES ('soa-c03', 'exam', 1, 1, 'in_progress')"_s));
        database.close();

        QString movedTo;
        QVERIFY2(Backups::restore(backup, path(u"restore.sqlite"_s), &movedTo, &error),
                 qPrintable(error));
        QVERIFY(movedTo.contains(u"restore.sqlite.before-restore-"_s));
        QCOMPARE(Backups::inspect(movedTo).attempts, 1);
        QCOMPARE(Backups::inspect(path(u"restore.sqlite"_s)).attempts, 0);
        QVERIFY(database.open());
    }

    void oneLockPerDatabase()
    {
        const QString db = path(u"locked.sqlite"_s);
        DatabaseLock first(db);
        QVERIFY(first.tryLock());
        DatabaseLock second(m_dir.path() + u"/./locked.sqlite"_s); // another spelling
        QVERIFY(!second.tryLock());
        QVERIFY(second.heldElsewhere());
        QCOMPARE(second.holderProcessId(), QCoreApplication::applicationPid());
        QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(DatabaseLock::serverName(db),
                 DatabaseLock::serverName(m_dir.path() + u"/./locked.sqlite"_s));
        first.unlock();
        QVERIFY(second.tryLock());
    }

    // A first start on a new machine: the database's folder is not there yet.
    void lockMakesTheDatabaseFolder()
    {
        const QString db = path(u"new/folder/shiken.sqlite"_s);
        DatabaseLock lock(db);
        QVERIFY(lock.tryLock());
        QVERIFY(QFileInfo(path(u"new/folder"_s)).isDir());

        // A folder that cannot be made (a file is in its place) is no other window's lock.
        QVERIFY(writeFile(path(u"plain-file"_s), "x"));
        DatabaseLock blocked(path(u"plain-file/shiken.sqlite"_s));
        QVERIFY(!blocked.tryLock());
        QVERIFY(!blocked.heldElsewhere());
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        // A process that has ended, whose lock file stayed behind.
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        const QString db = path(u"stale.sqlite"_s);
        QVERIFY(writeFile(DatabaseLock::lockPath(db),
                          QByteArray::number(pid) + "\nshiken\n"
                              + QSysInfo::machineHostName().toUtf8() + "\n"));
        DatabaseLock lock(db);
        QVERIFY(lock.tryLock());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
