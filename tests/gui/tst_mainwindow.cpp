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
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

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
        QCOMPARE(summary.due, 0);
        QVERIFY(summary.blueprint);
        summary.due = 3; // as if three were due when start-up read it
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
