#include "exampage.h"
#include "explanationview.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "language.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "resultspage.h"
#include "scorechart.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

    static QString label(const MainWindow &window, const QString &name)
    {
        auto *l = window.findChild<QLabel *>(name);
        return l ? l->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ShikenTests"_s);
        QCoreApplication::setApplicationName(u"tst_languages"_s);
    }
    void init()
    {
        Language::save({});
        Language::install(u"en"_s);
    }

    void startupLanguageComesFromFlagThenSettingThenSystem()
    {
        QString error;
        QCOMPARE(Language::startup({u"shiken"_s, u"--lang"_s, u"ja"_s}, &error), u"ja"_s);
        QCOMPARE(Language::startup({u"shiken"_s, u"--lang=en"_s}, &error), u"en"_s);
        QVERIFY(error.isEmpty());
        QCOMPARE(Language::startup({u"shiken"_s}, &error), Language::systemDefault());
        Language::save(u"ja"_s);
        QCOMPARE(Language::startup({u"shiken"_s}, &error), u"ja"_s);
        QCOMPARE(Language::startup({u"shiken"_s, u"--lang"_s, u"en"_s}, &error), u"en"_s);
        Language::startup({u"shiken"_s, u"--lang"_s, u"fr"_s}, &error);
        QVERIFY(error.contains(u"fr"_s));
    }

    void switchingChangesEveryOpenPageAtOnce()
    {
        Database db(m_dir.filePath(u"switch.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        ExamSession::Setup setup;
        setup.timeLimitMs = 130 * 60 * 1000;
        QVERIFY(window.startSession(setup));
        ExamSession *session = window.session();
        auto *stem = window.findChild<MarkdownView *>(u"stemView"_s);
        auto *previous = window.findChild<QPushButton *>(u"previousButton"_s);
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
        QCOMPARE(label(window, u"positionLabel"_s), u"Question 1 of 65"_s);
        QCOMPARE(previous->text(), u"← &Previous"_s);
        const QString englishStem = stem->toPlainText();

        Language::install(u"ja"_s);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"ファイル(&F)"_s);
        QCOMPARE(window.windowTitle(), u"Shiken"_s);
        QCOMPARE(label(window, u"positionLabel"_s), u"問題 1 / 65"_s);
        QCOMPARE(previous->text(), u"← 前へ(&P)"_s);
        QVERIFY(label(window, u"timeLabel"_s).startsWith(u"残り時間"_s));
        QVERIFY(stem->toPlainText() != englishStem);
        QVERIFY(stem->toPlainText().contains(session->question(0).stem.ja.left(6)));
        // the exam goes on where it was
        QCOMPARE(window.session(), session);
        QCOMPARE(session->position(), 0);

        Language::install(u"en"_s);
        QTRY_COMPARE(label(window, u"positionLabel"_s), u"Question 1 of 65"_s);
        QCOMPARE(stem->toPlainText(), englishStem);
    }

    void settingsDialogSwitchesAndRemembers()
    {
        Database db(m_dir.filePath(u"settings.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(u"ja"_s));
            dialog->accept();
        });
        window.findChild<QAction *>(u"settingsAction"_s)->trigger();
        QCOMPARE(Language::current(), u"ja"_s);
        QCOMPARE(Language::saved(), u"ja"_s);
        QTRY_COMPARE(window.findChild<QPushButton *>(u"startExamButton"_s)->text(),
                     u"模擬試験(&M)"_s);
        QString error;
        QCOMPARE(Language::startup({u"shiken"_s}, &error), u"ja"_s);
    }

    void resultsExplainInBothLanguagesSideBySide()
    {
        Database db(m_dir.filePath(u"both.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::Drill;
        setup.request.count = 5;
        QVERIFY(window.startSession(setup));
        const Question first = window.session()->question(0);
        window.session()->submit();
        QTRY_COMPARE(window.currentPage(), window.resultsPage());
        window.resultsPage()->setFilter(ResultsPage::Filter::All);
        auto *view = window.findChild<ExplanationView *>(u"explanationView"_s);
        QVERIFY(!view->otherView()->isVisible());
        window.findChild<QCheckBox *>(u"bothLanguagesCheck"_s)->setChecked(true);
        QVERIFY(view->otherView()->isVisible());
        // the stem's opening words as rendered: without Markdown's code and emphasis marks
        const auto opening = [](QString text, int length) {
            return text.remove(QRegularExpression(u"[`*_]"_s)).left(length);
        };
        QVERIFY(view->view()->toPlainText().contains(opening(first.stem.en, 12)));
        QVERIFY2(view->otherView()->toPlainText().contains(opening(first.stem.ja, 6)),
                 qPrintable(first.stem.ja.left(40)));
    }

    void chartsSwitchLanguageToo()
    {
        Database db(m_dir.filePath(u"charts.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        ExamSession::Setup setup;
        setup.request.count = 0;
        QVERIFY(window.startSession(setup));
        window.session()->submit();
        QTRY_COMPARE(window.currentPage(), window.resultsPage());
        ScoreChart *chart = window.resultsPage()->domainChart();
        QCOMPARE(chart->categories()->at(0), u"Domain 1"_s);
        QVERIFY(chart->chart()->title().startsWith(u"Score per domain"_s));
        Language::install(u"ja"_s);
        QTRY_COMPARE(chart->categories()->at(0), u"第 1 分野"_s);
        QVERIFY(chart->chart()->title().startsWith(u"分野ごとのスコア"_s));
        QVERIFY(chart->barText(0).contains(u"問正解"_s));
    }

    void everyBundledQuestionRendersInBothLanguages()
    {
        const Bank bank = BankReader::readBundled(nullptr);
        QVERIFY(bank.questions.size() >= 200);
        static const QRegularExpression cjk(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
        QStringList problems;
        for (const Question &q : bank.questions) {
            QString keys;
            for (const Choice &c : q.choices)
                keys += c.key;
            for (const QString &language : {u"en"_s, u"ja"_s}) {
                QTextDocument document;
                document.setMarkdown(
                    ExplanationView::markdownFor(q, keys, q.correctKeys(), language, {}, true));
                const QString text = document.toPlainText();
                // every choice is there, and Japanese reads as Japanese
                const int choices = int(text.count(QRegularExpression(u"(^|\\n)[A-F]\\. "_s)));
                if (choices != q.choices.size())
                    problems.append(u"%1 (%2): %3 of %4 choices rendered"_s.arg(q.id, language)
                                        .arg(choices)
                                        .arg(q.choices.size()));
                if (language == u"ja" && !text.contains(cjk))
                    problems.append(u"%1: no Japanese text"_s.arg(q.id));
                if (text.size() < 200)
                    problems.append(
                        u"%1 (%2): only %3 characters"_s.arg(q.id, language).arg(text.size()));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
