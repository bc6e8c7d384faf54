#include "bank/questionstore.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "importdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// File > Import Questions with other tools' files: the dialog that shows what the files hold
// and asks where to file the questions they do not place, driven from the keyboard.
class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

    // A copy of a fixture under a name of the test's choosing.
    QString fixture(const QString &name, const QString &as)
    {
        const QString target = m_dir.filePath(as);
        QFile::remove(target);
        if (!QFile::copy(QStringLiteral(SHIKEN_SOURCE_DIR "/tests/data/formats/") + name, target))
            return {};
        return target;
    }

    // Opens File > Import Questions on `files` and hands the dialog to `drive` while it is
    // shown; returns whether the import reported success.
    bool importThroughDialog(MainWindow &window, const QStringList &files,
                             const std::function<void(ImportDialog *)> &drive)
    {
        m_prompter.filesToOpen = files;
        return ModalDialog::drive<ImportDialog>(
            this, [&] { return window.importQuestions(); }, drive);
    }

    static QStringList rows(QTreeWidget *details)
    {
        QStringList found;
        for (int i = 0; i < details->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = details->topLevelItem(i);
            found.append(item->text(0) + u" | "_s + item->text(1) + u" | "_s + item->text(2));
        }
        return found;
    }

private slots:
    void init() { Language::install(u"en"_s); }

    // A Moodle export without a place: the dialog lists what was skipped and left out, asks
    // for a domain and task, and imports once they are chosen with the arrow keys.
    void filesQuestionsWhereTheLearnerChooses()
    {
        Database db(m_dir.filePath(u"place.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        const int before = QuestionStore(db).activeCount(u"soa-c03"_s);
        const QString file = fixture(u"moodle-export.xml"_s, u"week 3.xml"_s);
        QVERIFY(!file.isEmpty());

        const bool imported = importThroughDialog(window, {file}, [](ImportDialog *dialog) {
            auto *summary = dialog->findChild<QLabel *>(u"importSummary"_s);
            auto *details = dialog->findChild<QTreeWidget *>(u"importDetails"_s);
            auto *domain = dialog->findChild<QComboBox *>(u"importDomain"_s);
            auto *task = dialog->findChild<QComboBox *>(u"importTask"_s);
            auto *button = dialog->findChild<QPushButton *>(u"importButton"_s);
            QTRY_VERIFY(!dialog->isReading());
            QCOMPARE(summary->text(),
                     u"4 questions give no domain and task: choose where to file them below. 2 "
                     "items skipped: Shiken serves multiple-choice questions only."_s);
            QVERIFY(!button->isEnabled());
            QVERIFY(!task->isEnabled());
            const QStringList listed = rows(details);
            QVERIFY2(listed.contains(u"Problem | week 3.xml:15 | 4 questions of this file give "
                                     "no domain and task: choose where to file them"_s),
                     qPrintable(listed.join(u'\n')));
            QVERIFY(listed.contains(u"Skipped | week 3.xml:196 | essay: Explain alarms"_s));
            QVERIFY(listed.contains(u"Skipped | week 3.xml:228 | matching: Match the services"_s));
            QVERIFY(listed.contains(
                u"Note | week 3.xml:15 | an image was left out: alarm graph.png"_s));
            // The place, by keyboard: the domain list has the focus; domain 1, then its second
            // task.
            QCOMPARE(QApplication::focusWidget(), domain);
            QTest::keyClick(domain, Qt::Key_Down);
            QCOMPARE(domain->currentData().toString(), u"1"_s);
            QTRY_VERIFY(!dialog->isReading());
            QVERIFY(task->isEnabled());
            QVERIFY(!button->isEnabled()); // a domain of several tasks: the task is asked
            QTest::keyClick(domain, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), task);
            QTest::keyClick(task, Qt::Key_Down);
            QTest::keyClick(task, Qt::Key_Down);
            QCOMPARE(task->currentData().toString(), u"1.2"_s);
            QTRY_VERIFY(!dialog->isReading());
            QCOMPARE(summary->text(),
                     u"4 questions ready to import. 2 items skipped: Shiken serves "
                     "multiple-choice questions only."_s);
            QVERIFY(button->isEnabled());
            QVERIFY(!rows(details).join(u'\n').contains(u"Problem"_s));
            QTest::keyClick(task, Qt::Key_Return); // the default button
        });
        QVERIFY(imported);
        QCOMPARE(m_prompter.told.last(),
                 u"Questions Imported: 4 questions added to the bank. 2 items skipped: Shiken "
                 "serves multiple-choice questions only."_s);
        QuestionStore store(db);
        QCOMPARE(store.activeCount(u"soa-c03"_s), before + 4);
        const auto question = store.question(u"week-3-001"_s);
        QVERIFY(question);
        QCOMPARE(question->domain, u"1"_s);
        QCOMPARE(question->task, u"1.2"_s);
    }

    // A topic chosen in the dialog goes to the questions that have none; Escape imports nothing.
    void topicAndCancel()
    {
        Database db(m_dir.filePath(u"topic.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        const int before = QuestionStore(db).activeCount(u"soa-c03"_s);
        const QString file = m_dir.filePath(u"vpc.gift"_s);
        QVERIFY(TestSupport::writeFile(file,
                                       "Which port does SSH use? {=22 ~80 ~443}\n\n"
                                       "Which port does HTTPS use? {=443 ~80 ~22}\n"));

        const QStringList told = m_prompter.told;
        QVERIFY(!importThroughDialog(
            window, {file}, [](ImportDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }));
        QCOMPARE(m_prompter.told, told); // nothing to tell: the learner cancelled
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before);

        QVERIFY(importThroughDialog(window, {file}, [](ImportDialog *dialog) {
            auto *domain = dialog->findChild<QComboBox *>(u"importDomain"_s);
            auto *task = dialog->findChild<QComboBox *>(u"importTask"_s);
            auto *topic = dialog->findChild<QComboBox *>(u"importTopic"_s);
            domain->setCurrentIndex(domain->findData(u"5"_s));
            task->setCurrentIndex(task->findData(u"5.1"_s));
            topic->setCurrentIndex(topic->findText(u"Amazon VPC"_s));
            QCOMPARE(topic->currentText(), u"Amazon VPC"_s);
            QTRY_VERIFY(!dialog->isReading());
            topic->setFocus();
            QCOMPARE(dialog->placement().topic, topic->currentData().toString());
            QTest::keyClick(topic, Qt::Key_Return);
        }));
        QuestionStore store(db);
        QCOMPARE(store.activeCount(u"soa-c03"_s), before + 2);
        const auto question = store.question(u"vpc-002"_s);
        QVERIFY(question);
        QCOMPARE(question->task, u"5.1"_s);
        QCOMPARE(question->topics.size(), 1);
        QCOMPARE(store.catalog().topic(question->topics.first())->name.en, u"Amazon VPC"_s);
    }

    // A file that places every question needs no choice: once read, Import has the focus, and
    // Return imports.
    void placedFilesGoStraightToImport()
    {
        Database db(m_dir.filePath(u"placed.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        const int before = QuestionStore(db).activeCount(u"soa-c03"_s);
        const QString file = m_dir.filePath(u"placed.gift"_s);
        QVERIFY(TestSupport::writeFile(
            file,
            "// shiken: {\"id\": \"placed-ssh\", \"domain\": \"5\", \"task\": \"5.1\"}\n"
            "Which port does SSH use? {=22 ~80 ~443}\n\n"
            "// shiken: {\"id\": \"placed-https\", \"domain\": \"5\", \"task\": \"5.1\"}\n"
            "Which port does HTTPS use? {=443 ~80 ~22}\n"));

        QVERIFY(importThroughDialog(window, {file}, [](ImportDialog *dialog) {
            QTRY_VERIFY(!dialog->isReading());
            auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
            QVERIFY(import->isEnabled());
            QTRY_COMPARE(dialog->focusWidget(), import);
            QCOMPARE(dialog->findChild<QLabel *>(u"importSummary"_s)->text(),
                     u"2 questions ready to import."_s);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        }));
        QuestionStore store(db);
        QCOMPARE(store.activeCount(u"soa-c03"_s), before + 2);
        QCOMPARE(store.question(u"placed-https"_s)->task, u"5.1"_s);
    }

    // A large file is read beside the dialog: the dialog shows at once and says how far the
    // reading has come; a place chosen meanwhile stops that reading and starts another; Import
    // waits for the reading of the place chosen; Escape during a reading closes the dialog.
    void readsALargeFileBesideTheDialog()
    {
        Database db(m_dir.filePath(u"large.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        const int before = QuestionStore(db).activeCount(u"soa-c03"_s);
        QByteArray gift;
        for (int i = 0; i < 20'000; ++i) {
            gift += "::Ports " + QByteArray::number(i)
                + "::A web server behind an Application Load Balancer answers on one port, and "
                  "the security group of its instances allows only the load balancer in. Which "
                  "port does the listener of question "
                + QByteArray::number(i)
                + " use? {\n=443 # HTTPS is served there.\n~80 # Plain HTTP.\n~22 # SSH is for "
                  "administration.\n}\n\n";
        }
        const QString file = m_dir.filePath(u"large.gift"_s);
        QVERIFY(TestSupport::writeFile(file, gift));

        static const QRegularExpression soFar(u"^Reading the files: [\\d,]+ questions? so far…$"_s);
        static const QRegularExpression counted(
            u"^Reading the files: [1-9][\\d,]* questions so far…$"_s);
        const bool imported = importThroughDialog(window, {file}, [](ImportDialog *dialog) {
            auto *summary = dialog->findChild<QLabel *>(u"importSummary"_s);
            auto *reading = dialog->findChild<QProgressBar *>(u"importReading"_s);
            auto *domain = dialog->findChild<QComboBox *>(u"importDomain"_s);
            auto *task = dialog->findChild<QComboBox *>(u"importTask"_s);
            auto *button = dialog->findChild<QPushButton *>(u"importButton"_s);
            QVERIFY(dialog->isReading());
            QVERIFY(reading->isVisible());
            QVERIFY(!button->isEnabled());
            QVERIFY2(soFar.match(summary->text()).hasMatch(), qPrintable(summary->text()));
            // The count grows while the dialog answers.
            QTRY_VERIFY_WITH_TIMEOUT(counted.match(summary->text()).hasMatch(), 60'000);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 120'000);
            QVERIFY(!reading->isVisible());
            QCOMPARE(summary->text(),
                     u"20,000 questions give no domain and task: choose where to file them "
                     "below."_s);
            QCOMPARE(QApplication::focusWidget(), domain);

            // Domain 1, its first task, then its second while the files are read for the first.
            QTest::keyClick(domain, Qt::Key_Down);
            QTest::keyClick(domain, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), task);
            QTest::keyClick(task, Qt::Key_Down);
            QVERIFY(dialog->isReading());
            QTest::keyClick(task, Qt::Key_Down);
            QVERIFY(dialog->isReading());
            QVERIFY2(soFar.match(summary->text()).hasMatch(), qPrintable(summary->text()));
            QTest::keyClick(task, Qt::Key_Return); // Import waits for the reading
            QVERIFY(dialog->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 120'000);
            QCOMPARE(summary->text(), u"20,000 questions ready to import."_s);
            QCOMPARE(dialog->placement().task, u"1.2"_s);
            QCOMPARE(dialog->readyCount(), 20'000);
            QVERIFY(button->isEnabled());

            // Another task, and Escape while the files are read for it: the dialog closes.
            QTest::keyClick(task, Qt::Key_Down);
            QVERIFY(dialog->isReading());
            QTest::keyClick(task, Qt::Key_Escape);
        });
        QVERIFY(!imported);
        QCOMPARE(QuestionStore(db).activeCount(u"soa-c03"_s), before);
    }

    // A broken file: its problems at their lines, and no way to import until they are mended.
    void brokenFilesShowTheirProblems()
    {
        Database db(m_dir.filePath(u"broken.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        const QString file = m_dir.filePath(u"broken.gift"_s);
        QVERIFY(TestSupport::writeFile(file,
                                       "// shiken: {\"domain\": \"5\", \"task\": \"5.1\"}\n"
                                       "Which port does SSH use? {=22 ~80}\n\n"
                                       "Which port does HTTPS use? {=443 ~80\n"));
        ImportDialog dialog(db, {file});
        dialog.show();
        QTRY_VERIFY(!dialog.isReading());
        auto *summary = dialog.findChild<QLabel *>(u"importSummary"_s);
        QCOMPARE(summary->text(),
                 u"Nothing can be imported until the problems listed are mended in the files."_s);
        QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        const QStringList listed = rows(dialog.findChild<QTreeWidget *>(u"importDetails"_s));
        QCOMPARE(listed.size(), 1);
        QVERIFY2(listed.first().startsWith(u"Problem | broken.gift:4 | "_s),
                 qPrintable(listed.first()));
        // Nothing to place: the choice of a place changes nothing.
        QTest::keyClick(dialog.findChild<QComboBox *>(u"importDomain"_s), Qt::Key_Down);
        QTRY_VERIFY(!dialog.isReading());
        QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    }

    // The dialog speaks the interface language, the domains and tasks included.
    void speaksJapanese()
    {
        Database db(m_dir.filePath(u"ja.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        QuestionStore store(db);
        Language::install(u"ja"_s);
        const QString file = fixture(u"moodle-export.gift"_s, u"ja.gift"_s);
        ImportDialog dialog(db, {file});
        dialog.show();
        QTRY_VERIFY(!dialog.isReading());
        QCOMPARE(dialog.windowTitle(), u"問題のインポート"_s);
        const QString summary = dialog.findChild<QLabel *>(u"importSummary"_s)->text();
        QVERIFY2(summary.contains(u"4 問"_s), qPrintable(summary));
        auto *domain = dialog.findChild<QComboBox *>(u"importDomain"_s);
        const Domain *first = store.catalog().blueprint(u"soa-c03"_s)->domain(u"1"_s);
        QVERIFY(domain->itemText(1).contains(first->name.ja));
        QCOMPARE(dialog.findChild<QGroupBox *>(u"importPlacement"_s)->title(),
                 u"ファイルに所属の記載がない問題の登録先"_s);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
