#include "bank/annotationstore.h"
#include "exam/attemptstore.h"
#include "exampage.h"
#include "explanationview.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "historypage.h"
#include "homepage.h"
#include "language.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "progress/attempthistorymodel.h"
#include "reportproblemdialog.h"
#include "resultspage.h"
#include "reviewdialog.h"
#include "setuppage.h"
#include "testsupport.h"
#include "textscale.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minute = 60 * 1000;

// The display indexes (0 = A) of a question's correct choices, as the exam shows them.
QList<int> correctIndexes(const ExamSession &session, int position)
{
    QList<int> indexes;
    const QString order = session.choiceOrder(position);
    for (int i = 0; i < order.size(); ++i) {
        if (session.question(position).choice(QStringView(order).mid(i, 1))->correct)
            indexes.append(i);
    }
    return indexes;
}

int wrongIndex(const ExamSession &session, int position)
{
    const QString order = session.choiceOrder(position);
    for (int i = 0; i < order.size(); ++i) {
        if (!session.question(position).choice(QStringView(order).mid(i, 1))->correct)
            return i;
    }
    return 0;
}

} // namespace

class TestExamPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    FakeClock m_clock;
    FakePrompter m_prompter;

    // Keys go where a user's would: to the widget that has the focus.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    // As start-up opens it: the home page's summary read beside the window being built.
    void openWindow(const QString &name)
    {
        m_db = std::make_unique<Database>(m_dir.filePath(name));
        QVERIFY(TestSupport::openWithBank(*m_db));
        m_window = std::make_unique<MainWindow>(*m_db, m_clock, m_prompter);
        m_window->setHomeSummary(HomePage::read(*m_db, m_clock.wallMs()));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QString text(const char *objectName) const
    {
        auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(objectName));
        return label ? label->text() : QString();
    }

    // Every choice as tall as its text needs, each below the one before (once laid out).
    static void checkChoicesFit(ExamPage &page, const ExamSession &session)
    {
        for (int i = 0; i < session.choiceOrder(session.position()).size(); ++i) {
            QLabel *label = page.choiceLabel(i);
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(u"choice %1: %2 < %3"_s.arg(i)
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
            if (i > 0) {
                const QRect above = page.choiceLabel(i - 1)->parentWidget()->geometry();
                QVERIFY(label->parentWidget()->geometry().top() >= above.bottom());
            }
        }
    }

    void startFromHome(int modeIndex, int length = 0)
    {
        QCOMPARE(m_window->currentPage(), m_window->homePage());
        m_window->findChild<QPushButton *>(u"startExamButton"_s)->click();
        QCOMPARE(m_window->currentPage(), m_window->setupPage());
        m_window->findChild<QComboBox *>(u"modeCombo"_s)->setCurrentIndex(modeIndex);
        if (length > 0)
            m_window->findChild<QSpinBox *>(u"lengthSpin"_s)->setValue(length);
        m_window->findChild<QPushButton *>(u"startButton"_s)->click();
        QCOMPARE(m_window->currentPage(), m_window->examPage());
    }

private slots:
    void initTestCase()
    {
        // Settings of their own, emptied before each test: a choice one test makes (ESL +30)
        // must not change another's exam.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ShikenTests"_s);
        QCoreApplication::setApplicationName(u"tst_exampage"_s);
    }
    void init()
    {
        QSettings().clear();
        TextScale::instance().reset();
        Language::install(u"en"_s);
        m_prompter = FakePrompter();
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void eslPlus30GivesAMockExam160MinutesAndIsRemembered()
    {
        openWindow(u"esl.sqlite"_s);
        press(Qt::Key_Return); // home: the mock exam's setup
        QCOMPARE(m_window->currentPage(), m_window->setupPage());
        auto *esl = m_window->findChild<QCheckBox *>(u"eslCheck"_s);
        QVERIFY(esl->isVisible());
        QVERIFY(!esl->isChecked());
        // Alt+E ticks it, as its label's accelerator promises.
        // (a button's accelerator clicks it with a short animation: the check box ticks after it)
        press(Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(esl->isChecked());
        QCOMPARE(m_window->setupPage()->setup().timeLimitMs, 160 * minute);
        m_window->findChild<QPushButton *>(u"startButton"_s)->click();
        ExamSession *session = m_window->session();
        QVERIFY(session);
        QVERIFY(text("timeLabel").contains(u"2:40:00"_s));
        // The 30-minute warning comes 30 minutes before the longer limit's end.
        QSignalSpy warnings(session, &ExamSession::timeWarning);
        m_clock.advance(129 * minute);
        session->tick();
        QCOMPARE(warnings.count(), 0);
        m_clock.advance(1 * minute + 1);
        session->tick();
        QCOMPARE(warnings.count(), 1);
        m_clock.advance(30 * minute);
        session->tick();
        QVERIFY(session->isSubmitted());
        QTRY_COMPARE(m_window->currentPage(), m_window->resultsPage());
        // The results and the history say which limit applied.
        QVERIFY2(text("resultsDetails").contains(u"time used 2:40:00 of 2:40:00"_s),
                 qPrintable(text("resultsDetails")));
        m_window->findChild<QAction *>(u"historyAction"_s)->trigger();
        const QAbstractItemModel *history = m_window->historyPage()->attemptsModel();
        QCOMPARE(history->index(0, AttemptHistoryModel::TimeUsed).data().toString(),
                 u"2:40:00 of 2:40:00"_s);

        // Remembered: the next mock exam's setup has it ticked, and Alt+E unticks it.
        m_window->showHome();
        m_window->findChild<QPushButton *>(u"startExamButton"_s)->click();
        QVERIFY(esl->isChecked());
        press(Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(!esl->isChecked());
        QCOMPARE(m_window->setupPage()->setup().timeLimitMs, 130 * minute);
        // Practice and drills have their own timer: the option is not offered there.
        m_window->findChild<QComboBox *>(u"modeCombo"_s)->setCurrentIndex(1);
        QVERIFY(!esl->isVisible());
    }

    void choicesCanBeStruckOutAndStillChosen()
    {
        openWindow(u"strike.sqlite"_s);
        startFromHome(0);
        ExamSession *session = m_window->session();
        ExamPage *page = m_window->examPage();
        const int position = session->position();
        const QString order = session->choiceOrder(position);
        QVERIFY(order.size() >= 4);
        // Shift+B strikes B out: crossed through and dimmed, kept with the attempt.
        press(Qt::Key_B, Qt::ShiftModifier);
        QVERIFY(session->isStruck(position, order.at(1)));
        QVERIFY(page->choiceButton(1)->font().strikeOut());
        QVERIFY(page->choiceLabel(1)->text().contains(u"line-through"_s));
        QVERIFY(!page->choiceLabel(0)->text().contains(u"line-through"_s));
        QCOMPARE(AttemptStore(*m_db).load(session->attemptId())->items.at(position).struck,
                 QString(order.at(1)));
        // A right click on C's text strikes C out too (sent to the window, as a mouse's is, so
        // that Qt turns it into a context-menu request).
        QLabel *textC = page->choiceLabel(2);
        QTest::mouseClick(m_window->windowHandle(), Qt::RightButton, {},
                          textC->mapTo(m_window.get(), textC->rect().center()));
        QVERIFY(session->isStruck(position, order.at(2)));
        QVERIFY(session->selection(position).isEmpty()); // a right click never chooses
        // A struck-out choice can still be chosen, and shows both.
        press(Qt::Key_B);
        QCOMPARE(session->selection(position), QString(order.at(1)));
        QVERIFY(page->choiceButton(1)->isChecked());
        QVERIFY(page->choiceButton(1)->font().strikeOut());
        // The same gesture restores it; other questions have their own.
        press(Qt::Key_B, Qt::ShiftModifier);
        QVERIFY(!session->isStruck(position, order.at(1)));
        QVERIFY(!page->choiceLabel(1)->text().contains(u"line-through"_s));
        press(Qt::Key_N);
        QVERIFY(!page->choiceLabel(2)->text().contains(u"line-through"_s));
        press(Qt::Key_P);
        QVERIFY(page->choiceLabel(2)->text().contains(u"line-through"_s));

        // After a crash (the window gone without a word), the attempt resumes with its strikes.
        const qint64 id = session->attemptId();
        m_window.reset();
        QString error;
        auto resumed = ExamSession::resume(*m_db, id, m_clock, &error);
        QVERIFY2(resumed, qPrintable(error));
        QVERIFY(resumed->isStruck(position, order.at(2)));
        QVERIFY(!resumed->isStruck(position, order.at(1)));
    }

    void textSizeScalesQuestionsAndNothingOverlaps_data() { TestSupport::addLanguageRows(); }

    void textSizeScalesQuestionsAndNothingOverlaps()
    {
        QFETCH(QString, language);
        Language::install(language);
        openWindow(u"zoom-%1.sqlite"_s.arg(language));
        m_window->resize(1000, 700);
        startFromHome(1); // practice: the explanation is shown too
        ExamSession *session = m_window->session();
        ExamPage *page = m_window->examPage();
        const qreal base = QApplication::font().pointSizeF();
        auto *stem = m_window->findChild<QWidget *>(u"stemView"_s);
        QCOMPARE(stem->font().pointSizeF(), base);

        // Ctrl++ ten times: 200 %, the most; the choices and the explanation follow.
        for (int i = 0; i < 12; ++i)
            press(Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(TextScale::instance().percent(), 200);
        QCOMPARE(stem->font().pointSizeF(), 2 * base);
        QCOMPARE(page->choiceLabel(0)->font().pointSizeF(), 2 * base);
        // Nothing clips: every choice is as tall as its text needs, below the one before.
        checkChoicesFit(*page, *session);
        // No text of theirs keeps a size of its own (code spans, the label's HTML body).
        QVERIFY(!page->choiceLabel(0)->text().contains(u"font-size"_s));
        const QTextDocument *stemText = qobject_cast<QTextEdit *>(stem)->document();
        for (QTextBlock block = stemText->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().hasProperty(QTextFormat::FontPointSize));
        }
        for (int index : correctIndexes(*session, session->position()))
            press(Qt::Key_1 + index);
        press(Qt::Key_Return); // check the answer: the explanation opens
        QVERIFY(session->isChecked(session->position()));
        auto *explanation = page->findChild<QWidget *>(u"explanationText"_s);
        QCOMPARE(explanation->font().pointSizeF(), 2 * base);
        checkChoicesFit(*page, *session);
        QVERIFY(
            stem->geometry().bottom()
            <= page->choiceLabel(0)->parentWidget()->mapTo(stem->parentWidget(), QPoint(0, 0)).y());

        // Ctrl+- down to 80 %, the least; Ctrl+0 back to 100 %. The size is remembered.
        for (int i = 0; i < 15; ++i)
            press(Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(TextScale::instance().percent(), 80);
        QCOMPARE(stem->font().pointSizeF(), 0.8 * base);
        QCOMPARE(QSettings().value(u"view/textScale"_s).toInt(), 80);
        press(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(TextScale::instance().percent(), 100);
        QCOMPARE(explanation->font().pointSizeF(), base);
    }

    void paceShowsOnTheExamAndTimesOnTheResults()
    {
        openWindow(u"pace.sqlite"_s);
        startFromHome(0); // 65 questions in 130 minutes: two minutes a question
        ExamSession *session = m_window->session();
        QCOMPARE(text("paceLabel"), u"On pace"_s);
        // Each question takes a minute, but question 8 takes six.
        for (int p = 0; p < 10; ++p) {
            for (int index : correctIndexes(*session, p))
                press(Qt::Key_1 + index);
            m_clock.advance((p == 7 ? 6 : 1) * minute);
            press(Qt::Key_N);
        }
        session->tick();
        // 10 answered allow 20 minutes; 15 are used.
        QCOMPARE(text("paceLabel"), u"5 min ahead of pace"_s);
        m_clock.advance(12 * minute);
        session->tick();
        QCOMPARE(text("paceLabel"), u"7 min behind pace"_s);

        press(Qt::Key_Return, Qt::ControlModifier); // end the exam
        QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget *>(m_window->resultsPage()));
        ResultsPage *results = m_window->resultsPage();
        QBarSet *times = results->timeSet();
        QCOMPARE(times->count(), 65);
        QCOMPARE(times->at(0), 1.0);
        QCOMPARE(times->at(7), 6.0);
        QCOMPARE(times->at(10), 12.0); // where the clock ran on
        // The slowest first; Enter on one opens its explanation.
        QTreeWidget *slowest = results->slowestList();
        QCOMPARE(slowest->topLevelItemCount(), ResultsPage::slowestCount);
        QCOMPARE(slowest->topLevelItem(0)->text(0), u"11"_s);
        QCOMPARE(slowest->topLevelItem(1)->text(0), u"8"_s);
        QCOMPARE(slowest->topLevelItem(1)->text(1), u"0:06:00"_s);
        results->tabs()->setCurrentIndex(3);
        slowest->setFocus();
        slowest->setCurrentItem(slowest->topLevelItem(1));
        press(Qt::Key_Return);
        QCOMPARE(results->tabs()->currentIndex(), 2);
        auto *explanation = results->findChild<QWidget *>(u"explanationText"_s);
        QVERIFY(qobject_cast<QTextEdit *>(explanation)->toPlainText().contains(u"Question 8"_s));
    }

    void reportAProblemFromTheExplanation_data() { TestSupport::addLanguageRows(); }

    void reportAProblemFromTheExplanation()
    {
        QFETCH(QString, language);
        Language::install(language);
        QDir(ReportProblemDialog::folder()).removeRecursively();
        openWindow(u"report-%1.sqlite"_s.arg(language));
        startFromHome(1); // practice: each answer's explanation at once
        ExamSession *session = m_window->session();
        for (int index : correctIndexes(*session, 0))
            press(Qt::Key_1 + index);
        press(Qt::Key_Return);
        auto *explanation = m_window->examPage()->findChild<ExplanationView *>();
        QVERIFY(explanation->reportButton()->isVisible());
        // Alt+A, as the button's label promises, opens the report.
        press(Qt::Key_A, Qt::AltModifier);
        ReportProblemDialog *report = nullptr;
        QTRY_VERIFY((report = m_window->findChild<ReportProblemDialog *>()) && report->isVisible());
        // The dialog takes the focus once the window system has activated it.
        QTRY_COMPARE(QApplication::focusWidget(), report->description());
        QTest::keyClicks(report->description(), u"Choice B is also right since 2025."_s);
        QTest::keyClick(report->description(), Qt::Key_S, Qt::AltModifier); // Save Report
        QTRY_COMPARE(QDir(ReportProblemDialog::folder()).entryList(QDir::Files).size(), 1);
        const QString path
            = QDir(ReportProblemDialog::folder())
                  .filePath(QDir(ReportProblemDialog::folder()).entryList(QDir::Files).first());
        const QString saved = QString::fromUtf8(TestSupport::readFile(path));
        const Question &question = session->question(0);
        QVERIFY(saved.contains(u"Question: "_s + question.id));
        QVERIFY(saved.contains(u"Content hash: "_s + QuestionStore::contentHash(question)));
        QVERIFY(saved.contains(u"Language shown: "_s + language));
        QVERIFY(saved.contains(u"Shiken version: "_s));
        QVERIFY(saved.endsWith(u"Choice B is also right since 2025.\n"_s));
        QCOMPARE(QApplication::clipboard()->text(), saved);
        QVERIFY(report->findChild<QLabel *>(u"reportStatus"_s)->text().contains(path));
        QTest::keyClick(report, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<ReportProblemDialog *>());
    }

    void wholeMockExamByKeyboardAlone()
    {
        openWindow(u"keyboard.sqlite"_s);
        // Home: the focus starts on the mock exam; Return opens the setup, Return starts.
        QCOMPARE(QApplication::focusWidget()->objectName(), u"startExamButton"_s);
        press(Qt::Key_Return);
        QCOMPARE(m_window->currentPage(), m_window->setupPage());
        press(Qt::Key_Return);
        QCOMPARE(m_window->currentPage(), m_window->examPage());
        ExamSession *session = m_window->session();
        QVERIFY(session);
        QCOMPARE(session->count(), 65);
        QCOMPARE(text("positionLabel"), u"Question 1 of 65"_s);
        QVERIFY(text("timeLabel").contains(u"2:10:00"_s));

        // 50 right, 15 wrong; digits for some questions, letters for the others
        for (int p = 0; p < 65; ++p) {
            QCOMPARE(session->position(), p);
            const QList<int> indexes
                = p < 50 ? correctIndexes(*session, p) : QList<int> {wrongIndex(*session, p)};
            for (int index : indexes)
                press(p % 2 ? Qt::Key_1 + index : Qt::Key_A + index);
            m_clock.advance(90 * 1000);
            session->tick();
            if (p < 64)
                press(p % 3 ? Qt::Key_Right : Qt::Key_N);
        }
        QCOMPARE(
            session->answeredCount(), 50 + [&] {
                int n = 0;
                for (int p = 50; p < 65; ++p)
                    n += session->question(p).type == Question::Type::Single ? 1 : 0;
                return n;
            }());
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_prompter.asked.size(), 1);
        QTRY_COMPARE(m_window->currentPage(), m_window->resultsPage());

        // 100 + 900 * 50 / 65 = 792.3
        QCOMPARE(text("scoreLabel"), u"792"_s);
        QCOMPARE(text("verdictLabel"), u"Pass"_s);
        QVERIFY2(text("resultsDetails").contains(u"50 of 65 correct"_s),
                 qPrintable(text("resultsDetails")));
        QVERIFY(text("resultsDetails").contains(u"1:37:30"_s)); // 65 × 90 s
        QVERIFY(text("scaleNote").contains(u"estimate"_s));
        auto *domains = m_window->findChild<QTableWidget *>(u"domainTable"_s);
        QCOMPARE(domains->rowCount(), 5);
        QCOMPARE(domains->item(3, 1)->text().section(u" / "_s, 1), u"11"_s);
        auto *list = m_window->findChild<QTreeWidget *>(u"resultsQuestions"_s);
        QCOMPARE(list->topLevelItemCount(), 15); // the incorrect ones
        QCOMPARE(list->topLevelItem(0)->text(0), u"51"_s);
    }

    void timerWarnsThenSubmitsAtZero()
    {
        openWindow(u"timer.sqlite"_s);
        startFromHome(0);
        ExamSession *session = m_window->session();
        auto *warning = m_window->findChild<QLabel *>(u"timeWarningLabel"_s);
        QVERIFY(!warning->isVisible());
        m_clock.advance(100 * minute);
        session->tick();
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(), u"30 minutes left"_s);
        QVERIFY(text("timeLabel").contains(u"0:30:00"_s));
        m_clock.advance(25 * minute);
        session->tick();
        QCOMPARE(warning->text(), u"5 minutes left"_s);
        m_clock.advance(5 * minute);
        session->tick();
        QTRY_COMPARE(m_window->currentPage(), m_window->resultsPage());
        QVERIFY(m_window->findChild<QLabel *>(u"timeUpLabel"_s)->isVisible());
        QCOMPARE(text("verdictLabel"), u"Fail"_s);
        QVERIFY(m_prompter.asked.isEmpty()); // the clock does not ask
    }

    void flagsAndReviewScreenFilters()
    {
        openWindow(u"review.sqlite"_s);
        startFromHome(0);
        ExamSession *session = m_window->session();
        for (int index : correctIndexes(*session, 0))
            press(Qt::Key_1 + index); // answer question 1
        press(Qt::Key_Right);
        press(Qt::Key_M); // flag question 2
        auto *flag = m_window->findChild<QPushButton *>(u"flagButton"_s);
        QVERIFY(flag->isChecked());
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Right);
        press(Qt::Key_M); // flag question 5
        QVERIFY(session->isFlagged(1) && session->isFlagged(4));
        auto *navigatorButton = m_window->findChild<QToolButton *>(u"navigatorButton_5"_s);
        QCOMPARE(navigatorButton->property("flagged").toBool(), true);
        QCOMPARE(navigatorButton->property("current").toBool(), true);
        QCOMPARE(m_window->findChild<QToolButton *>(u"navigatorButton_1"_s)
                     ->property("itemState")
                     .toString(),
                 u"answered"_s);

        int flaggedRows = -1, incompleteRows = -1, allRows = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return; // the test fails below: no review screen opened
            dialog->setFilter(ReviewDialog::Filter::Flagged);
            flaggedRows = dialog->list()->topLevelItemCount();
            dialog->setFilter(ReviewDialog::Filter::Incomplete);
            incompleteRows = dialog->list()->topLevelItemCount();
            dialog->setFilter(ReviewDialog::Filter::All);
            allRows = dialog->list()->topLevelItemCount();
            dialog->setFilter(ReviewDialog::Filter::Flagged);
            // jump to question 2 with the keyboard
            dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
            // as a window manager would, make the review screen the active window
            QApplication::setActiveWindow(dialog);
            if (!QTest::qWaitForWindowActive(dialog))
                return;
            dialog->list()->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject(); // never leave the test waiting on a modal dialog
        });
        press(Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(flaggedRows, 2);
        QCOMPARE(incompleteRows, 64);
        QCOMPARE(allRows, 65);
        QCOMPARE(session->position(), 1);
        QCOMPARE(text("positionLabel"), u"Question 2 of 65"_s);
    }

    void multipleResponseStaysIncompleteUntilExactlyN()
    {
        openWindow(u"multiple.sqlite"_s);
        startFromHome(0);
        ExamSession *session = m_window->session();
        int p = 0;
        while (session->question(p).type != Question::Type::Multiple)
            ++p;
        m_window->findChild<QToolButton *>(u"navigatorButton_%1"_s.arg(p + 1))->click();
        QCOMPARE(session->position(), p);
        const int select = session->question(p).select;
        QCOMPARE(text("instructionLabel"), select == 2 ? u"Choose TWO."_s : u"Choose THREE."_s);
        QVERIFY(qobject_cast<QCheckBox *>(m_window->examPage()->choiceButton(0)));
        auto *button = m_window->findChild<QToolButton *>(u"navigatorButton_%1"_s.arg(p + 1));
        for (int k = 0; k < select; ++k) {
            press(Qt::Key_1 + k);
            QCOMPARE(button->property("itemState").toString(),
                     k + 1 < select ? u"incomplete"_s : u"answered"_s);
            QVERIFY(m_window->examPage()->choiceButton(k)->isChecked());
        }
        press(Qt::Key_1 + select); // one too many
        QCOMPARE(button->property("itemState").toString(), u"incomplete"_s);
        press(Qt::Key_1 + select); // and off again
        QCOMPARE(button->property("itemState").toString(), u"answered"_s);
        // clicking the text of a choice toggles it too
        QTest::mouseClick(m_window->findChild<QLabel *>(u"choiceText_A"_s), Qt::LeftButton);
        QVERIFY(!m_window->examPage()->choiceButton(0)->isChecked());
        QCOMPARE(button->property("itemState").toString(), u"incomplete"_s);
    }

    // Ctrl+D bookmarks the question on screen, whatever the mode; the learner's note on it is
    // under its explanation once the answer is checked.
    void bookmarksWithCtrlDAndShowsTheNote()
    {
        openWindow(u"bookmark.sqlite"_s);
        QSqlQuery sql(m_db->connection());
        QVERIFY(sql.exec(u"INSERT INTO question_annotations (question_id, note, updated_at)"
                         " SELECT id, 'My note on ' || id, 0 FROM questions"_s));
        startFromHome(1, 5);
        ExamSession *session = m_window->session();
        auto *bookmark = m_window->findChild<QPushButton *>(u"bookmarkButton"_s);
        QVERIFY(bookmark->isVisible());
        QVERIFY(!bookmark->isChecked());
        const QString first = session->question(0).id;
        press(Qt::Key_D, Qt::ControlModifier);
        QVERIFY(bookmark->isChecked());
        QCOMPARE(bookmark->text(), u"★ Boo&kmarked"_s);
        // kept with the question, its note untouched
        QCOMPARE(AnnotationStore(*m_db).annotation(first),
                 (Annotation {true, false, u"My note on "_s + first}));
        // the next question has none; Ctrl+D twice leaves it without
        press(Qt::Key_Right);
        QVERIFY(!bookmark->isChecked());
        press(Qt::Key_D, Qt::ControlModifier);
        press(Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!bookmark->isChecked());
        QVERIFY(!AnnotationStore(*m_db).annotation(session->question(1).id).bookmarked);
        press(Qt::Key_Left);
        QVERIFY(bookmark->isChecked());
        // checked, the explanation ends with the note
        for (int index : correctIndexes(*session, 0))
            press(Qt::Key_1 + index);
        press(Qt::Key_Return);
        auto *feedback = m_window->findChild<ExplanationView *>(u"feedbackView"_s);
        QTRY_VERIFY(feedback->isVisible());
        const QString shown = feedback->view()->toPlainText();
        QVERIFY2(shown.contains(u"Your note\nMy note on "_s + first), qPrintable(shown));
        // the key is in the key help of the exam page
        m_window->showKeyHelp();
        auto *help = m_window->findChild<QTreeWidget *>(u"keyHelpList"_s);
        QTRY_VERIFY(help);
        QVERIFY(!help->findItems(u"Bookmark the question, or remove its bookmark"_s,
                                 Qt::MatchExactly | Qt::MatchRecursive, 1)
                     .isEmpty());
    }

    void practiceRevealsTheExplanation()
    {
        openWindow(u"practice.sqlite"_s);
        startFromHome(1, 10);
        ExamSession *session = m_window->session();
        QCOMPARE(session->count(), 10);
        QVERIFY(!session->isTimed());
        auto *check = m_window->findChild<QPushButton *>(u"checkButton"_s);
        auto *feedback = m_window->findChild<ExplanationView *>(u"feedbackView"_s);
        QVERIFY(check->isVisible());
        QVERIFY(!check->isEnabled());
        QVERIFY(!feedback->isVisible());
        const int wrong = wrongIndex(*session, 0);
        for (int index : session->question(0).type == Question::Type::Single
                 ? QList<int> {wrong}
                 : correctIndexes(*session, 0))
            press(Qt::Key_1 + index);
        QVERIFY(check->isEnabled());
        press(Qt::Key_Return);
        QVERIFY(session->isChecked(0));
        QVERIFY(feedback->isVisible());
        const QString shown = feedback->view()->toPlainText();
        QVERIFY2(shown.contains(u"Explanation"_s), qPrintable(shown));
        QVERIFY(shown.contains(session->question(0).explanation.en.left(20).remove(u'*')));
        QVERIFY(shown.contains(u"Correct answer"_s));
        QVERIFY(!m_window->examPage()->choiceButton(0)->isEnabled());
        const QString result = m_window->findChild<QToolButton *>(u"navigatorButton_1"_s)
                                   ->property("result")
                                   .toString();
        QCOMPARE(result, session->isCorrect(0) ? u"correct"_s : u"wrong"_s);
        // the next question starts unanswered, without feedback
        press(Qt::Key_Right);
        QVERIFY(!feedback->isVisible());
        // practice can pause: the clock stops and the question is hidden
        auto *pause = m_window->findChild<QPushButton *>(u"pauseButton"_s);
        pause->click();
        QVERIFY(session->isPaused());
        QVERIFY(m_window->findChild<QLabel *>(u"pausedLabel"_s)->isVisible());
        press(Qt::Key_1);
        QCOMPARE(session->selection(1), QString());
        pause->click();
        QVERIFY(!session->isPaused());
    }

    void resumeAfterReopeningRestoresEverything()
    {
        const QString name = u"resume.sqlite"_s;
        openWindow(name);
        startFromHome(0);
        ExamSession *session = m_window->session();
        const qint64 id = session->attemptId();
        press(Qt::Key_2);
        press(Qt::Key_M);
        for (int i = 0; i < 7; ++i)
            press(Qt::Key_Right);
        press(Qt::Key_3);
        m_clock.advance(10 * minute);
        session->tick();
        const QString firstAnswer = session->selection(0);
        const QString eighthAnswer = session->selection(7);
        // the window goes away without ending the exam; later the learner starts Shiken again
        m_window->close();
        m_window.reset();
        m_db.reset();
        m_clock.advance(45 * minute);

        openWindow(name);
        QCOMPARE(m_window->currentPage(), m_window->homePage());
        auto *banner = m_window->findChild<QWidget *>(u"resumeBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(text("resumeLabel").contains(u"question 8 of 65"_s),
                 qPrintable(text("resumeLabel")));
        QVERIFY(text("resumeLabel").contains(u"120 minutes left"_s));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"resumeButton"_s);
        press(Qt::Key_Return);
        QCOMPARE(m_window->currentPage(), m_window->examPage());
        session = m_window->session();
        QCOMPARE(session->attemptId(), id);
        QCOMPARE(session->position(), 7);
        QCOMPARE(text("positionLabel"), u"Question 8 of 65"_s);
        QCOMPARE(session->selection(0), firstAnswer);
        QCOMPARE(session->selection(7), eighthAnswer);
        QVERIFY(session->isFlagged(0));
        QVERIFY(m_window->examPage()->choiceButton(2)->isChecked());
        QVERIFY2(text("timeLabel").contains(u"2:00:00"_s), qPrintable(text("timeLabel")));
    }

    void questionLanguageTogglesWithCtrlL()
    {
        openWindow(u"language.sqlite"_s);
        startFromHome(0);
        ExamSession *session = m_window->session();
        auto *stem = m_window->findChild<MarkdownView *>(u"stemView"_s);
        const QString english = stem->toPlainText();
        press(Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(m_window->examPage()->questionLanguage(), u"ja"_s);
        QVERIFY(stem->toPlainText() != english);
        QVERIFY(stem->toPlainText().contains(session->question(0).stem.ja.left(8)));
        QCOMPARE(m_window->findChild<QPushButton *>(u"languageButton"_s)->text(), u"English"_s);
        press(Qt::Key_Right); // the next question comes in the interface language
        QCOMPARE(m_window->examPage()->questionLanguage(), u"en"_s);
    }

    void endingAnExamAsksFirst()
    {
        openWindow(u"end.sqlite"_s);
        startFromHome(0);
        m_prompter.answer = false;
        // Tab to the button and press Return: the keyboard reaches it like the mouse
        auto *end = m_window->findChild<QPushButton *>(u"endButton"_s);
        end->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Return);
        QCOMPARE(m_prompter.asked.size(), 1);
        QVERIFY(m_prompter.asked.first().contains(u"0 of 65"_s));
        QCOMPARE(m_window->currentPage(), m_window->examPage());
        QVERIFY(!m_window->session()->isSubmitted());
    }
};

QTEST_MAIN(TestExamPage)
#include "tst_exampage.moc"
