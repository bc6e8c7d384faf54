#include "bank/questionsearch.h"
#include "bank/questionstore.h"
#include "bank/searchresultmodel.h"
#include "browsepage.h"
#include "exportdialog.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "formats/moodlexmlformat.h"
#include "formats/questioncsvformat.h"
#include "language.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "resultspage.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

// Export Questions from the window: the whole bank or the missed questions (File menu), an
// exam's questions (its results), the browser's result; each in a chosen format and language.
class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

    // Runs `open` (which shows the export dialog) and hands the dialog to `drive`; returns
    // whether the export said it wrote a file.
    bool exportThroughDialog(const std::function<bool()> &open,
                             const std::function<void(ExportDialog *)> &drive)
    {
        return ModalDialog::drive<ExportDialog>(this, open, drive);
    }

    static QStringList items(QComboBox *box)
    {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts.append(box->itemText(i));
        return texts;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        Language::install(u"en"_s);
        QSettings().clear();
    }

    // File > Export Questions, from the keyboard: the whole bank in Moodle XML, in Japanese.
    void exportsTheBankFromTheFileMenu()
    {
        Database db(m_dir.filePath(u"bank.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        const int total = QuestionStore(db).activeCount(u"soa-c03"_s);
        m_prompter.fileName = m_dir.filePath(u"bank.xml"_s);
        const bool written = exportThroughDialog(
            [&] {
                window.findChild<QAction *>(u"exportAction"_s)->trigger();
                return QFile::exists(m_prompter.fileName);
            },
            [&](ExportDialog *dialog) {
                auto *questions = dialog->findChild<QComboBox *>(u"exportQuestions"_s);
                auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
                auto *language = dialog->findChild<QComboBox *>(u"exportLanguage"_s);
                QCOMPARE(items(questions),
                         QStringList({u"The whole bank (%1 questions)"_s.arg(total),
                                      u"The questions you have answered wrong (0 questions)"_s}));
                QCOMPARE(QApplication::focusWidget(), questions);
                QTest::keyClick(questions, Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(), format);
                QTest::keyClick(format, Qt::Key_Down); // GIFT, then Moodle XML
                QCOMPARE(dialog->format(), QuestionExport::Format::MoodleXml);
                QVERIFY(dialog->findChild<QLabel *>(u"exportFormatHint"_s)
                            ->text()
                            .contains(u"Moodle's own question format"_s));
                QTest::keyClick(format, Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(), language);
                QTest::keyClick(language, Qt::Key_End); // Japanese
                QCOMPARE(dialog->languages(), QuestionExchange::Languages::Japanese);
                QTest::keyClick(language, Qt::Key_Return);
            });
        QVERIFY(written);
        QCOMPARE(m_prompter.suggested.last(), u"shiken-soa-c03.xml"_s);
        QCOMPARE(m_prompter.told.last(),
                 u"Questions Exported: %1 questions written to %2."_s.arg(total).arg(
                     QDir::toNativeSeparators(m_prompter.fileName)));
        const QuestionExchange::ReadResult read
            = MoodleXmlFormat::read(contents(m_prompter.fileName));
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.questions.size(), total);
        for (const QuestionExchange::Read &r : read.questions) {
            QVERIFY(!r.question.stem.ja.isEmpty());
            QVERIFY2(r.question.stem.en.isEmpty(), qPrintable(r.question.id));
        }

        // The format and language chosen are offered again next time.
        exportThroughDialog([&] { return window.exportBank(); },
                            [](ExportDialog *dialog) {
                                QCOMPARE(dialog->format(), QuestionExport::Format::MoodleXml);
                                QCOMPARE(dialog->languages(),
                                         QuestionExchange::Languages::Japanese);
                                QTest::keyClick(dialog, Qt::Key_Escape);
                            });
    }

    // The results page exports the exam's questions, or those answered wrong in it; choosing
    // Anki picks the wrong ones.
    void exportsAnExamsQuestionsFromItsResults()
    {
        Database db(m_dir.filePath(u"results.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::Practice;
        setup.request.count = 6;
        QVERIFY(window.startSession(setup));
        ExamSession *session = window.session();
        QStringList all, wrong;
        for (int i = 0; i < session->count(); ++i) {
            const Question &question = session->question(i);
            all.append(question.id);
            if (i % 2 == 0) {
                session->setSelection(i, question.correctKeys());
            } else {
                wrong.append(question.id);
                // one wrong key: a choice not in the correct set
                for (const Choice &choice : question.choices) {
                    if (!question.correctKeys().contains(choice.key)) {
                        session->setSelection(i, QString(choice.key));
                        break;
                    }
                }
            }
        }
        session->submit();
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.resultsPage()));

        m_prompter.fileName = m_dir.filePath(u"missed.csv"_s);
        const bool written = exportThroughDialog(
            [&] {
                window.resultsPage()->findChild<QPushButton *>(u"exportQuestionsButton"_s)->click();
                return QFile::exists(m_prompter.fileName);
            },
            [&](ExportDialog *dialog) {
                auto *questions = dialog->findChild<QComboBox *>(u"exportQuestions"_s);
                auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
                QCOMPARE(items(questions),
                         QStringList({u"The questions of this exam (6 questions)"_s,
                                      u"The questions answered wrong in it (3 questions)"_s}));
                QCOMPARE(questions->currentIndex(), 0);
                format->setCurrentIndex(format->findData(int(QuestionExport::Format::Anki)));
                QCOMPARE(questions->currentIndex(), 1); // Anki: the missed ones
                format->setCurrentIndex(format->findData(int(QuestionExport::Format::Csv)));
                QCOMPARE(dialog->choice().ids, wrong);
                QTest::keyClick(dialog, Qt::Key_Return);
            });
        QVERIFY(written);
        QVERIFY2(m_prompter.suggested.last().endsWith(u"-missed.csv"_s),
                 qPrintable(m_prompter.suggested.last()));
        const QuestionExchange::ReadResult read
            = QuestionCsvFormat::read(contents(m_prompter.fileName));
        QVERIFY(read.problems.isEmpty());
        QStringList ids;
        for (const QuestionExchange::Read &r : read.questions)
            ids.append(r.question.id);
        QCOMPARE(ids, wrong);

        // A choice the learner made themselves stays when Anki is picked.
        exportThroughDialog(
            [&] {
                return window.resultsPage()
                           ->findChild<QPushButton *>(u"exportQuestionsButton"_s)
                           ->click(),
                       false;
            },
            [&](ExportDialog *dialog) {
                auto *questions = dialog->findChild<QComboBox *>(u"exportQuestions"_s);
                auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
                questions->setFocus();
                QTest::keyClick(questions, Qt::Key_Down); // the learner's own choice, and back
                QTest::keyClick(questions, Qt::Key_Up);
                QCOMPARE(questions->currentIndex(), 0);
                format->setCurrentIndex(format->findData(int(QuestionExport::Format::Anki)));
                QCOMPARE(questions->currentIndex(), 0);
                QCOMPARE(dialog->choice().ids, all);
                dialog->reject();
            });
    }

    // The browser exports what its search finds, every filter included, in the list's order.
    void exportsWhatTheBrowserFinds()
    {
        Database db(m_dir.filePath(u"browse.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        window.showBrowse();
        BrowsePage *browse = window.browsePage();
        browse->domainFilter()->setCurrentIndex(browse->domainFilter()->findData(u"5"_s));
        QTest::keyClicks(browse->searchField(), u"subnet"_s);
        const int found = browse->model()->found();
        QVERIFY(found > 0);

        m_prompter.fileName = m_dir.filePath(u"found.gift"_s);
        const bool written = exportThroughDialog(
            [&] {
                browse->exportButton()->click();
                return QFile::exists(m_prompter.fileName);
            },
            [&](ExportDialog *dialog) {
                auto *questions = dialog->findChild<QComboBox *>(u"exportQuestions"_s);
                // The words just typed are searched before the export takes what is found.
                const int now = browse->model()->found();
                QVERIFY(now > 0 && now <= found);
                QCOMPARE(items(questions),
                         QStringList({u"The questions found (%1 questions)"_s.arg(now)}));
                QTest::keyClick(dialog, Qt::Key_Return);
            });
        QVERIFY(written);
        SearchRequest request;
        request.exam = u"soa-c03"_s;
        request.domain = u"5"_s;
        request.text = u"subnet"_s;
        const QStringList expected = QuestionSearch(db).ids(request);
        const QByteArray gift = contents(m_prompter.fileName);
        for (const QString &id : expected)
            QVERIFY2(gift.contains(id.toUtf8()), qPrintable(id));
        QCOMPARE(m_prompter.told.last(),
                 u"Questions Exported: %1 questions written to %2."_s.arg(expected.size())
                     .arg(QDir::toNativeSeparators(m_prompter.fileName)));
    }

    // A file that cannot be written: said, and nothing is left behind; a cancelled save asks
    // nothing more.
    void failuresAreSaid()
    {
        Database db(m_dir.filePath(u"fail.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        m_prompter.fileName = m_dir.filePath(u"no/such/folder/bank.gift"_s);
        QVERIFY(!exportThroughDialog([&] { return window.exportBank(); },
                                     [](ExportDialog *dialog) { dialog->accept(); }));
        QVERIFY2(m_prompter.told.last().startsWith(u"Export Failed: Cannot write "_s),
                 qPrintable(m_prompter.told.last()));
        QVERIFY(!QFile::exists(m_prompter.fileName));

        const QStringList told = m_prompter.told;
        m_prompter.fileName.clear(); // the save dialog cancelled
        QVERIFY(!exportThroughDialog([&] { return window.exportBank(); },
                                     [](ExportDialog *dialog) { dialog->accept(); }));
        QCOMPARE(m_prompter.told, told);

        // Nothing missed yet: that choice cannot be exported.
        exportThroughDialog([&] { return window.exportBank(); },
                            [](ExportDialog *dialog) {
                                auto *questions
                                    = dialog->findChild<QComboBox *>(u"exportQuestions"_s);
                                auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
                                QVERIFY(button->isEnabled());
                                questions->setCurrentIndex(1);
                                QVERIFY(!button->isEnabled());
                                dialog->reject();
                            });
    }

    void speaksJapanese()
    {
        Language::install(u"ja"_s);
        ExportDialog dialog({{u"x"_s, {u"a"_s}, u"x"_s, false}});
        QCOMPARE(dialog.windowTitle(), u"問題のエクスポート"_s);
        auto *language = dialog.findChild<QComboBox *>(u"exportLanguage"_s);
        QCOMPARE(items(language), QStringList({u"英語と日本語"_s, u"英語"_s, u"日本語"_s}));
        QCOMPARE(dialog.findChild<QComboBox *>(u"exportQuestions"_s)->itemText(0), u"x (1 問)"_s);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
