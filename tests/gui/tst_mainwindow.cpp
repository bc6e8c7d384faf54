#include "bankoverviewpage.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "homepage.h"
#include "language.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

private slots:
    void init() { Language::install(u"en"_s); }

    void showsTheBankFromTheDatabase()
    {
        Database db(m_dir.filePath(u"gui.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), window.homePage());
        window.findChild<QAction *>(u"bankAction"_s)->trigger();
        QCOMPARE(window.currentPage(), window.bankOverview());

        auto *tree = window.findChild<QTreeWidget *>(u"bankDomains"_s);
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 5);
        const QMap<QString, int> counts = QuestionStore(db).activeCountsByDomain(u"soa-c03"_s);
        for (int i = 0; i < 5; ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            const QString id = item->data(0, Qt::UserRole).toString();
            QCOMPARE(item->text(2), QString::number(counts.value(id)));
        }
        QTreeWidgetItem *reliability = tree->topLevelItem(1);
        QCOMPARE(reliability->text(0), u"Domain 2: Reliability and Business Continuity"_s);
        QCOMPARE(reliability->text(1), u"22%"_s);
        QCOMPARE(reliability->childCount(), 3);
        QVERIFY(reliability->child(2)->text(0).startsWith(u"Task 2.3: "_s));

        auto *summary = window.findChild<QLabel *>(u"bankSummary"_s);
        const int total = QuestionStore(db).activeCount(u"soa-c03"_s);
        QVERIFY2(summary->text().contains(QString::number(total) + u" questions in the bank"_s),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"720"_s));
        QVERIFY(!summary->text().contains(u"suspended"_s));

        // Suspended questions stay in the bank's counts; the page says how many are left out.
        QVERIFY(TestSupport::suspendFirst(db, 2));
        window.findChild<QAction *>(u"homeAction"_s)->trigger();
        window.findChild<QAction *>(u"bankAction"_s)->trigger();
        QVERIFY2(summary->text().contains(QString::number(total)
                                          + u" questions in the bank. 2 of "
                                            "them are suspended: left out"_s),
                 qPrintable(summary->text()));
    }

    // Start-up reads what the home page shows beside the window being built: the first
    // showing shows that read, and the page reads the database again from then on.
    void homePageShowsWhatStartUpRead()
    {
        Database db(m_dir.filePath(u"summary.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        HomePage::Summary summary = HomePage::read(db, m_clock.wallMs());
        QVERIFY(summary.standing);
        QCOMPARE(summary.standing->due, 0);
        QVERIFY(summary.blueprint);
        summary.standing->due = 3; // as if three were due when start-up read it
        window.setHomeSummary(std::move(summary));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *due = window.findChild<QLabel *>(u"dueLabel"_s);
        QCOMPARE(due->text(), u"3 questions due for review."_s);
        QVERIFY(window.findChild<QPushButton *>(u"reviewNowButton"_s)->isEnabled());

        window.findChild<QAction *>(u"bankAction"_s)->trigger();
        window.findChild<QAction *>(u"homeAction"_s)->trigger();
        QCOMPARE(due->text(), u"No questions are due for review."_s);
        QVERIFY(!window.findChild<QPushButton *>(u"reviewNowButton"_s)->isEnabled());
    }

    // The learner's standing (readiness, weak areas, reviews due) reads every answered question:
    // start-up shows the window without waiting for it, the page says it is being worked out,
    // and fills it in when it comes. One that comes after the page read the database itself is
    // older than what the page shows, and is dropped.
    void homePageFillsInTheStandingWhenItComes()
    {
        Database db(m_dir.filePath(u"standing.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.setHomeSummary(HomePage::readOverview(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *readiness = window.findChild<QLabel *>(u"readinessLabel"_s);
        auto *due = window.findChild<QLabel *>(u"dueLabel"_s);
        auto *review = window.findChild<QPushButton *>(u"reviewNowButton"_s);
        auto *bar = window.findChild<QProgressBar *>(u"domainBar_1"_s);
        QCOMPARE(readiness->text(), u"Working out your readiness from your answers…"_s);
        QCOMPARE(due->text(), QString());
        QVERIFY(!review->isEnabled());
        QVERIFY(bar->text().isEmpty());
        QVERIFY(!window.findChild<QLabel *>(u"weakLabel_1"_s)->isVisible());

        HomePage::Standing standing = HomePage::readStanding(db, m_clock.wallMs());
        standing.due = 3; // as if three were due
        window.setHomeStanding(standing);
        QVERIFY2(readiness->text().startsWith(u"Readiness is estimated once"_s),
                 qPrintable(readiness->text()));
        QCOMPARE(due->text(), u"3 questions due for review."_s);
        QVERIFY(review->isEnabled());
        bar = window.findChild<QProgressBar *>(u"domainBar_1"_s);
        QCOMPARE(bar->text(), u"not enough answers"_s);

        window.findChild<QAction *>(u"bankAction"_s)->trigger();
        window.findChild<QAction *>(u"homeAction"_s)->trigger();
        QCOMPARE(due->text(), u"No questions are due for review."_s);
        standing.due = 5;
        window.setHomeStanding(standing);
        QCOMPARE(due->text(), u"No questions are due for review."_s);
        QVERIFY(!review->isEnabled());
    }

    // Past standingInBackgroundFrom() answered questions the page reads the standing on a thread
    // of its own each time it is shown, and says it is being worked out meanwhile.
    void homePageReadsALongHistoryInTheBackground()
    {
        Database db(m_dir.filePath(u"background.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        QVERIFY(QSqlQuery(db.connection())
                    .exec(u"INSERT INTO review_states (question_id, stability, difficulty,"
                          " last_review_at, due_at, reviews, lapses, last_rating)"
                          " SELECT id, 3.0, 5.0, 0, 0, 1, 0, 3 FROM questions LIMIT 4"_s));
        auto window = std::make_unique<MainWindow>(db, m_clock, m_prompter);
        auto *home = window->findChild<HomePage *>();
        QCOMPARE(home->standingInBackgroundFrom(), HomePage::defaultStandingInBackgroundFrom);
        home->setStandingInBackgroundFrom(4);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *readiness = window->findChild<QLabel *>(u"readinessLabel"_s);
        auto *due = window->findChild<QLabel *>(u"dueLabel"_s);
        QTRY_VERIFY(!home->isStandingPending());
        QVERIFY2(readiness->text().startsWith(u"Readiness is estimated once"_s),
                 qPrintable(readiness->text()));
        QCOMPARE(due->text(), u"4 questions due for review."_s);

        // Shown again twice while the first reading runs: the page ends with what was read
        // after the last showing.
        window->findChild<QAction *>(u"bankAction"_s)->trigger();
        window->findChild<QAction *>(u"homeAction"_s)->trigger();
        QVERIFY(home->isStandingPending());
        QCOMPARE(readiness->text(), u"Working out your readiness from your answers…"_s);
        QCOMPARE(due->text(), QString());
        QVERIFY(QSqlQuery(db.connection())
                    .exec(u"INSERT INTO review_states (question_id, stability, difficulty,"
                          " last_review_at, due_at, reviews, lapses, last_rating)"
                          " SELECT id, 3.0, 5.0, 0, 0, 1, 0, 3 FROM questions"
                          " WHERE id NOT IN (SELECT question_id FROM review_states) LIMIT 3"_s));
        window->findChild<QAction *>(u"bankAction"_s)->trigger();
        window->findChild<QAction *>(u"homeAction"_s)->trigger();
        QTRY_VERIFY(!home->isStandingPending());
        QCOMPARE(due->text(), u"7 questions due for review."_s);

        // Below the threshold it is read at once, as before.
        home->setStandingInBackgroundFrom(8);
        window->findChild<QAction *>(u"bankAction"_s)->trigger();
        window->findChild<QAction *>(u"homeAction"_s)->trigger();
        QVERIFY(!home->isStandingPending());
        QCOMPARE(due->text(), u"7 questions due for review."_s);

        // Closed while a reading runs: the window waits for it, and nothing is left behind.
        home->setStandingInBackgroundFrom(0);
        window->findChild<QAction *>(u"bankAction"_s)->trigger();
        window->findChild<QAction *>(u"homeAction"_s)->trigger();
        QVERIFY(home->isStandingPending());
        window.reset();
    }

    void importFromTheMenuIsAllOrNothing()
    {
        Database db(m_dir.filePath(u"import.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        const int before = QuestionStore(db).activeCount(u"soa-c03"_s);
        const QString good = m_dir.filePath(u"mine.json"_s), bad = m_dir.filePath(u"broken.json"_s);
        QVERIFY(TestSupport::writeFile(
            good,
            TestSupport::questionFile({TestSupport::questionJson(u"mine-01"_s),
                                       TestSupport::questionJson(u"mine-02"_s, true)})));
        QJsonObject broken = TestSupport::questionJson(u"mine-03"_s);
        broken[u"task"_s] = u"9.9"_s;
        QVERIFY(TestSupport::writeFile(bad, TestSupport::questionFile({broken})));

        m_prompter.filesToOpen = {good, bad};
        QVERIFY(!window.importQuestions());
        QVERIFY(m_prompter.told.last().startsWith(u"Nothing Was Imported"_s));
        QVERIFY(m_prompter.told.last().contains(u"mine-03: task: "_s));
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before);

        m_prompter.filesToOpen = {good};
        window.findChild<QAction *>(u"importAction"_s)->trigger();
        QCOMPARE(m_prompter.told.last(), u"Questions Imported: 2 questions added to the bank."_s);
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before + 2);
        window.findChild<QAction *>(u"bankAction"_s)->trigger();
        auto *summary = window.findChild<QLabel *>(u"bankSummary"_s);
        QVERIFY(summary->text().contains(QString::number(before + 2)));

        m_prompter.filesToOpen.clear(); // cancelled
        QVERIFY(!window.importQuestions());
    }

    // An import that takes more than a moment shows how far it is and can be stopped from the
    // keyboard (Escape, as Stop), which keeps none of it; left alone, it ends and closes.
    void importShowsItsProgressAndCanBeStopped()
    {
        Database db(m_dir.filePath(u"import-progress.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        const int before = QuestionStore(db).activeCount(u"soa-c03"_s);
        QJsonArray questions;
        for (int i = 0; i < 3000; ++i)
            questions.append(TestSupport::questionJson(u"many-%1"_s.arg(i, 4, 10, QChar(u'0'))));
        const QString file = m_dir.filePath(u"many.json"_s);
        QVERIFY(TestSupport::writeFile(file, TestSupport::questionFile(questions)));
        m_prompter.filesToOpen = {file};

        // Watches the dialog while the import runs; stops it, if asked, once it shows progress.
        QStringList seen;
        const auto watch = [&seen](bool stop) {
            auto *timer = new QTimer;
            QObject::connect(timer, &QTimer::timeout, timer, [&seen, stop, timer] {
                QWidget *dialog = QApplication::activeModalWidget();
                if (!dialog || dialog->objectName() != u"importProgress")
                    return;
                const QString text = dialog->findChild<QLabel *>(u"importProgressText"_s)->text();
                if (seen.isEmpty() || seen.last() != text)
                    seen.append(text);
                static const QRegularExpression storing(
                    u"^Storing the questions: [1-9][\\d,]* so far…$"_s);
                if (stop && storing.match(text).hasMatch()) {
                    QTest::keyClick(dialog, Qt::Key_Escape);
                    seen.append(dialog->findChild<QLabel *>(u"importProgressText"_s)->text());
                    QVERIFY(dialog->isVisible()); // until the import has ended
                    QVERIFY(!dialog->findChild<QPushButton *>(u"importStopButton"_s)->isEnabled());
                }
            });
            timer->start(10);
            return timer;
        };

        std::unique_ptr<QTimer> watcher(watch(true));
        QVERIFY(!window.importQuestions());
        watcher.reset();
        QVERIFY2(seen.size() >= 2, qPrintable(seen.join(u" | "_s)));
        QCOMPARE(seen.last(), u"Stopping: no question of these files is kept…"_s);
        QCOMPARE(m_prompter.told.last(),
                 u"Import Stopped: The import was stopped; no question was added."_s);
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before);
        QVERIFY(!QApplication::activeModalWidget());

        seen.clear();
        watcher.reset(watch(false));
        QVERIFY(window.importQuestions());
        watcher.reset();
        QVERIFY2(!seen.isEmpty() && seen.last().startsWith(u"Storing the questions: "_s),
                 qPrintable(seen.join(u" | "_s)));
        QCOMPARE(m_prompter.told.last(),
                 u"Questions Imported: 3,000 questions added to the bank."_s);
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before + 3000);
        QVERIFY(!QApplication::activeModalWidget());

        // From the menu during a timed attempt: its clock does not count the import's time,
        // and runs again afterwards.
        ExamSession::Setup setup;
        setup.request.count = 5;
        setup.timeLimitMs = 130 * 60 * 1000;
        QVERIFY(window.startSession(setup));
        ExamSession *session = window.session();
        QVERIFY(!session->isPaused());
        m_clock.advance(60 * 1000);
        const qint64 elapsed = session->elapsedMs();
        QJsonArray more;
        for (int i = 0; i < 3000; ++i)
            more.append(TestSupport::questionJson(u"more-%1"_s.arg(i, 4, 10, QChar(u'0'))));
        QVERIFY(TestSupport::writeFile(file, TestSupport::questionFile(more)));
        seen.clear();
        QTimer clockWatch;
        connect(&clockWatch, &QTimer::timeout, &clockWatch, [this, &clockWatch] {
            if (QApplication::activeModalWidget()) {
                m_clock.advance(10 * 60 * 1000); // the import takes ten minutes
                clockWatch.stop();
            }
        });
        clockWatch.start(10);
        window.findChild<QAction *>(u"importAction"_s)->trigger();
        QVERIFY(!clockWatch.isActive());
        QCOMPARE(m_prompter.told.last(),
                 u"Questions Imported: 3,000 questions added to the bank."_s);
        QCOMPARE(window.session(), session);
        QCOMPARE(session->elapsedMs(), elapsed);
        QVERIFY(!session->isPaused());
        m_clock.advance(1000);
        QCOMPARE(session->elapsedMs(), elapsed + 1000);
    }

    // A GIFT file from the menu: its questions that say where they belong come in, the items
    // Shiken cannot serve are counted; a file that does not say where is refused whole.
    void importsGiftFromTheMenu()
    {
        Database db(m_dir.filePath(u"import-gift.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        const int before = QuestionStore(db).activeCount(u"soa-c03"_s);
        const QString placed = m_dir.filePath(u"placed.gift"_s);
        QVERIFY(TestSupport::writeFile(
            placed,
            "// shiken: {\"id\": \"gift-ports\", \"domain\": \"5\", \"task\": \"5.1\"}\n"
            "::ports::Which ports carry return traffic? {=1024-65535 ~443 ~22}\n\n"
            "::essay::Explain VPC peering. {}\n"));
        const QString unplaced = m_dir.filePath(u"unplaced.gift"_s);
        QVERIFY(TestSupport::writeFile(unplaced, "Which port does SSH use? {=22 ~80}\n"));

        // Other tools' files are previewed in the import dialog first (tst_importdialog drives
        // it): a file that does not say where its questions go cannot be imported as it is.
        const auto answerDialog = [this](bool expectImportable) {
            QTimer::singleShot(0, this, [expectImportable] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
                QCOMPARE(import->isEnabled(), expectImportable);
                if (expectImportable)
                    import->click();
                else
                    dialog->reject();
            });
        };
        m_prompter.filesToOpen = {unplaced};
        answerDialog(false);
        QVERIFY(!window.importQuestions());
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before);

        m_prompter.filesToOpen = {placed};
        answerDialog(true);
        QVERIFY(window.importQuestions());
        QCOMPARE(m_prompter.told.last(),
                 u"Questions Imported: 1 question added to the bank. 1 item skipped: Shiken "
                 "serves multiple-choice questions only."_s);
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before + 1);
        QCOMPARE(QuestionStore(db).question(u"gift-ports"_s)->task, u"5.1"_s);
    }

    void switchesToJapaneseAtOnce()
    {
        Database db(m_dir.filePath(u"gui-ja.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        window.findChild<QAction *>(u"bankAction"_s)->trigger();
        auto *tree = window.findChild<QTreeWidget *>(u"bankDomains"_s);
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->headerItem()->text(2), u"Questions"_s);
        Language::install(u"ja"_s);
        QTRY_COMPARE(tree->headerItem()->text(2), u"問題数"_s);
        QVERIFY(tree->topLevelItem(1)->text(0).contains(u"信頼性とビジネス継続性"_s));
        Language::install(u"en"_s);
        QTRY_COMPARE(tree->headerItem()->text(2), u"Questions"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
