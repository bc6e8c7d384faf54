// What keeps months of history safe, driven through the real window and the real program:
// backups after each exam and once a day, File > Restore Backup, one window per database,
// and a lock left by a killed Shiken taken over.

#include "bank/questionstore.h"
#include "databaseproblem.h"
#include "exam/attemptstore.h"
#include "exampage.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "homepage.h"
#include "language.h"
#include "mainwindow.h"
#include "progress/statistics.h"
#include "restorebackupdialog.h"
#include "resultspage.h"
#include "singleinstance.h"
#include "storage/backups.h"
#include "storage/databaselock.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// Starts the real program on a database, offscreen.
void startShiken(QProcess &process, const QString &database,
                 const QString &quitAfterFirstPaint = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"SHIKEN_DB"_s);
    if (!quitAfterFirstPaint.isEmpty())
        env.insert(u"SHIKEN_QUIT_AFTER_FIRST_PAINT"_s, quitAfterFirstPaint);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SHIKEN_BINARY), {u"--db"_s, database, u"--lang"_s, u"en"_s});
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool sitShortExam(MainWindow &window)
    {
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::Drill;
        setup.request.count = 3;
        if (!window.startSession(setup))
            return false;
        window.session()->toggleChoice(0, window.session()->choiceOrder(0).at(0));
        window.session()->submit();
        return true;
    }

private slots:
    void init() { Language::install(u"en"_s); }

    void eachSubmittedExamIsBackedUp()
    {
        Database db(path(u"submitted.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        const Backups backups(db.path());
        QVERIFY(sitShortExam(window));
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.resultsPage()));
        QVERIFY(window.waitForMaintenance()); // the copy is made in the background
        QCOMPARE(backups.list().size(), 1);
        const Backups::Entry entry = Backups::inspect(backups.list().first().path);
        QCOMPARE(entry.attempts, 1);
        QCOMPARE(entry.answers, 3);
    }

    void startUpBacksUpAtMostOnceADay()
    {
        Database db(path(u"daily.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        const Backups backups(db.path());
        window.backUpIfDue();
        QVERIFY(window.waitForMaintenance());
        QCOMPARE(backups.list().size(), 1);
        m_clock.advance(20 * 3600 * 1000LL);
        window.backUpIfDue();
        QVERIFY(window.waitForMaintenance());
        QCOMPARE(backups.list().size(), 1);
        m_clock.advance(5 * 3600 * 1000LL);
        window.backUpIfDue();
        QVERIFY(window.waitForMaintenance());
        QCOMPARE(backups.list().size(), 2);
    }

    void restoreBackupFromTheFileMenu()
    {
        Database db(path(u"restore.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.backUpIfDue(); // empty history
        QVERIFY(window.waitForMaintenance());
        m_clock.advance(60 * 1000);
        QVERIFY(sitShortExam(window)); // one attempt, and a second backup
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.resultsPage()));
        QVERIFY(window.waitForMaintenance());
        QCOMPARE(Statistics(db).attemptCount(u"soa-c03"_s), 1);
        QCOMPARE(Backups(db.path()).list().size(), 2);

        // The learner opens the dialog, moves to the older backup and presses Return.
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            auto *list = dialog->findChild<QTreeWidget *>(u"backupList"_s);
            QCOMPARE(list->topLevelItemCount(), 2);
            QCOMPARE(list->topLevelItem(0)->text(1), u"1"_s); // attempts in the newest
            QCOMPARE(list->topLevelItem(1)->text(1), u"0"_s);
            QApplication::setActiveWindow(dialog);
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Down);
            QTest::keyClick(list, Qt::Key_Return);
        });
        m_prompter.answer = true;
        window.findChild<QAction *>(u"restoreAction"_s)->trigger();
        QVERIFY(seen);
        QVERIFY2(m_prompter.told.last().startsWith(u"Backup Restored"_s),
                 qPrintable(m_prompter.told.last()));
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.homePage()));
        QCOMPARE(Statistics(db).attemptCount(u"soa-c03"_s), 0);
        // The history it replaced is kept beside the database.
        const QStringList aside
            = QDir(m_dir.path()).entryList({u"restore.sqlite.before-restore-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(Backups::inspect(m_dir.filePath(aside.first())).attempts, 1);
        // And the window goes on working on the restored database.
        QVERIFY(sitShortExam(window));
        QTRY_COMPARE(Statistics(db).attemptCount(u"soa-c03"_s), 1);
    }

    // The window opens without reading the whole file (start-up does not grow with it) and
    // checks it in the background right after; damage is reported, and nothing is backed up.
    void damageFoundAfterStartUpIsReported()
    {
        const QString file = path(u"damaged-later.sqlite"_s);
        {
            Database db(file);
            QVERIFY(TestSupport::openWithBank(db));
            QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QByteArray bytes = TestSupport::readFile(file);
        QVERIFY(bytes.size() > 64 * 4096);
        // scribble over b-tree pages near the end: question rows, not the schema
        for (qsizetype i = bytes.size() - 24 * 4096; i < bytes.size() - 8 * 4096; i += 3)
            bytes[i] = char(0xA5);
        QVERIFY(TestSupport::writeFile(file, bytes));
        Database db(file);
        QVERIFY2(db.open(Database::Integrity::CheckLater), qPrintable(db.errorMessage()));
        MainWindow window(db, m_clock, m_prompter);
        m_prompter.answer = false; // not now
        const qsizetype asked = m_prompter.asked.size();
        window.checkDatabase();
        QVERIFY(window.waitForMaintenance());
        m_prompter.answer = true;
        QCOMPARE(m_prompter.asked.size(), asked + 1);
        QVERIFY2(m_prompter.asked.last().startsWith(u"The Database Is Damaged: "_s),
                 qPrintable(m_prompter.asked.last()));
        QVERIFY(m_prompter.asked.last().contains(u"integrity check"_s));
        QVERIFY(Backups(file).list().isEmpty());
    }

    void healthyDatabaseIsCheckedQuietlyAndBackedUp()
    {
        Database db(path(u"healthy.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        const qsizetype asked = m_prompter.asked.size();
        window.checkDatabase();
        QVERIFY(window.waitForMaintenance());
        QCOMPARE(m_prompter.asked.size(), asked);
        QCOMPARE(Backups(db.path()).list().size(), 1);
    }

    void restoreCanBeCancelled()
    {
        Database db(path(u"cancel.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.backUpIfDue();
        QVERIFY(sitShortExam(window));
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.resultsPage()));
        QVERIFY(window.waitForMaintenance());
        m_prompter.answer = false;
        QVERIFY(!window.restoreBackup(Backups(db.path()).list().last().path));
        m_prompter.answer = true;
        QCOMPARE(Statistics(db).attemptCount(u"soa-c03"_s), 1);
        QVERIFY(QDir(m_dir.path()).entryList({u"cancel.sqlite.before-restore-*"_s}).isEmpty());
    }

    void aFailedWritePausesTheExamUntilSaved()
    {
        Database db(path(u"readonly.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExamSession::Setup setup;
        setup.request.count = 65;
        setup.timeLimitMs = 130 * 60 * 1000;
        QVERIFY(window.startSession(setup));
        ExamPage *page = window.examPage();
        QApplication::setActiveWindow(&window);
        auto *bar = page->findChild<QFrame *>(u"unsavedBar"_s);
        QVERIFY(bar && !bar->isVisible());

        QSqlQuery pragma(db.connection());
        QVERIFY(pragma.exec(u"PRAGMA query_only = 1"_s));
        QTest::keyClick(page, Qt::Key_1);
        QTRY_VERIFY(bar->isVisible());
        const QString message = page->findChild<QLabel *>(u"unsavedLabel"_s)->text();
        QVERIFY2(message.contains(u"could not be saved"_s), qPrintable(message));
        QVERIFY(window.session()->isPaused());
        QVERIFY(!page->findChild<QWidget *>(u"stemView"_s)->isVisible()); // the question waits

        // Retrying from the keyboard while the database still refuses keeps everything.
        auto *retry = page->findChild<QPushButton *>(u"retrySaveButton"_s);
        QVERIFY(retry->hasFocus());
        QTest::keyClick(retry, Qt::Key_Return);
        QVERIFY(bar->isVisible());

        QVERIFY(pragma.exec(u"PRAGMA query_only = 0"_s));
        QTest::keyClick(retry, Qt::Key_Return);
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY(!window.session()->isPaused());
        QVERIFY(page->findChild<QWidget *>(u"stemView"_s)->isVisible());
        const Attempt stored = *AttemptStore(db).load(window.session()->attemptId());
        QCOMPARE(stored.items.at(0).selection, window.session()->selection(0));
        QVERIFY(!stored.items.at(0).selection.isEmpty());
    }

    void unreadableDatabaseOffersTheNewestGoodBackup()
    {
        const QString file = path(u"damaged.sqlite"_s);
        {
            Database database(file);
            QVERIFY(TestSupport::openWithBank(database));
            QString error;
            QVERIFY(
                !Backups(file).create(database, QDateTime::currentDateTimeUtc(), &error).isEmpty());
        }
        QVERIFY(TestSupport::writeFile(file, QByteArray(8192, 'd')));
        Database database(file);
        QVERIFY(!database.open());

        QString offered;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            offered = box->informativeText();
            // The information box that follows the restore is closed as it opens.
            QTimer::singleShot(0, this, [] {
                if (auto *info = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    info->accept();
            });
            box->findChild<QPushButton *>(u"restoreBackupButton"_s)->click();
        });
        QVERIFY(DatabaseProblem::resolve(database));
        QVERIFY2(offered.contains(u"newest good backup"_s), qPrintable(offered));
        QVERIFY(database.isOpen());
        // The damaged file is kept, renamed, beside the restored one.
        const QStringList kept
            = QDir(m_dir.path()).entryList({u"damaged.sqlite.before-restore-*"_s});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(TestSupport::readFile(m_dir.filePath(kept.first())), QByteArray(8192, 'd'));
    }

    void secondStartBringsTheWindowForward()
    {
        const QString db = path(u"single.sqlite"_s);
        {
            Database database(db);
            QVERIFY(TestSupport::openWithBank(database));
        }
        // This process plays the running window: it holds the lock and listens.
        DatabaseLock lock(db);
        QVERIFY(lock.tryLock());
        SingleInstance instance(db);
        QVERIFY(instance.listen());
        QSignalSpy activated(&instance, &SingleInstance::activationRequested);

        QProcess second;
        QSignalSpy finished(&second, &QProcess::finished);
        startShiken(second, db);
        QVERIFY(finished.wait(30000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardError().contains("its window was brought to the front"),
                 "the second start did not reach the first");
        QCOMPARE(activated.count(), 1);
    }

    void secondStartWaitsForAWindowStillStarting()
    {
        // This process plays a window that has taken the lock and not yet made its socket.
        const QString db = path(u"starting.sqlite"_s);
        DatabaseLock lock(db);
        QVERIFY(lock.tryLock());
        SingleInstance instance(db);
        QSignalSpy activated(&instance, &SingleInstance::activationRequested);

        QProcess second;
        QSignalSpy finished(&second, &QProcess::finished);
        startShiken(second, db);
        QVERIFY(second.waitForStarted());
        QTest::qWait(400);
        QCOMPARE(second.state(), QProcess::Running);
        QVERIFY(instance.listen());
        QVERIFY(finished.wait(30000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardError().contains("its window was brought to the front"),
                 "the second start gave up before the first window listened");
        QCOMPARE(activated.count(), 1);
    }

    // The window opens its database on another thread while it builds itself, then reads it
    // on its own (the home page); a new database gets the bundled bank before the first paint.
    void firstStartFillsANewDatabase()
    {
        const QString db = path(u"first/shiken.sqlite"_s);
        const QString painted = path(u"first-paint"_s);
        QProcess shiken;
        startShiken(shiken, db, painted);
        QVERIFY(shiken.waitForFinished(60000));
        const QByteArray errors = shiken.readAllStandardError();
        QCOMPARE(shiken.exitCode(), 0);
        QVERIFY2(QFile::exists(painted), "the window was not painted");
        QVERIFY2(!errors.contains("QSql"), errors.constData());
        Database database(db);
        QVERIFY(database.open());
        QVERIFY(QuestionStore(database).activeCount(u"soa-c03"_s) > 200);
    }

    void lockOfAKilledWindowIsTakenOver()
    {
        const QString db = path(u"killed.sqlite"_s);
        QProcess first;
        startShiken(first, db);
        QVERIFY(first.waitForStarted());
        DatabaseLock probe(db);
        QTRY_VERIFY_WITH_TIMEOUT(probe.holderProcessId() == first.processId(), 30000);
        first.kill();
        QVERIFY(first.waitForFinished());

        // The next start takes the database over and stays open.
        QProcess second;
        startShiken(second, db);
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(probe.holderProcessId() == second.processId(), 30000);
        QCOMPARE(second.state(), QProcess::Running);
        second.kill();
        second.waitForFinished();
    }
};

QTEST_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
