#include "appearance.h"
#include "attemptreport.h"
#include "exam/attemptstore.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "historypage.h"
#include "language.h"
#include "mainwindow.h"
#include "resultspage.h"
#include "scorechart.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// WCAG 2 contrast ratio of two colours: 4.5 is the least for text, 7 for comfortable text.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ShikenTests"_s);
        QCoreApplication::setApplicationName(u"tst_appearance"_s);
        QSettings().clear();
        Appearance::instance().apply();
    }
    void cleanup() { Appearance::instance().setScheme(Appearance::Scheme::System); }

    void darkAndLightAreEachLegible_data() { TestSupport::addLanguageRows(); }

    void darkAndLightAreEachLegible()
    {
        QFETCH(QString, language);
        Language::install(language);
        Database db(m_dir.filePath(u"dark-%1.sqlite"_s.arg(language)));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::Practice;
        setup.request.count = 6;
        QVERIFY(window.startSession(setup));
        ExamSession *session = window.session();
        for (int p = 0; p < session->count(); ++p)
            session->setSelection(p, p % 2 ? session->question(p).correctKeys() : u"A"_s);
        const qint64 attemptId = session->attemptId();
        session->submit();
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.resultsPage()));

        // Settings > Colours: Dark, chosen from the keyboard.
        {
            SettingsDialog settings(&window);
            settings.show();
            QComboBox *scheme = settings.schemeCombo();
            QCOMPARE(scheme->currentIndex(), 0);
            scheme->setFocus();
            QTest::keyClick(scheme, Qt::Key_Down);
            QTest::keyClick(scheme, Qt::Key_Down);
            QCOMPARE(scheme->currentIndex(), 2);
        }
        QVERIFY(Appearance::instance().isDark());
        QCOMPARE(QSettings().value(u"view/colorScheme"_s).toInt(), 2);
        const QPalette palette = QApplication::palette();
        QVERIFY(palette.color(QPalette::Window).lightness() < 80);
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window))
                >= 7);
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);

        // The results: the verdict and the charts in dark colours, legible.
        ResultsPage *results = window.resultsPage();
        auto *verdict = results->findChild<QLabel *>(u"verdictLabel"_s);
        const QColor verdictColour(verdict->styleSheet().section(u' ', 1).chopped(1));
        QVERIFY2(contrast(verdictColour, palette.color(QPalette::Window)) >= 4.5,
                 qPrintable(verdict->styleSheet()));
        QCOMPARE(results->domainChart()->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(results->findChild<QChartView *>(u"timeChart"_s)->chart()->theme(),
                 QChart::ChartThemeDark);
        // Every named colour keeps text legible on it, or on the window.
        using Role = Appearance::Role;
        for (const Role role :
             {Role::Answered, Role::Incomplete, Role::Correct, Role::Wrong, Role::BannerBackground})
            QVERIFY(contrast(Appearance::color(role), palette.color(QPalette::ButtonText)) >= 4.5);
        for (const Role role : {Role::Danger, Role::Success, Role::Caution})
            QVERIFY(contrast(Appearance::color(role), palette.color(QPalette::Window)) >= 4.5);
        // Progress and History's charts too.
        window.showHistory();
        for (const char *name :
             {"scoreTrendChart", "domainTrendChart", "forecastChart", "retentionChart"}) {
            auto *view = window.historyPage()->findChild<QChartView *>(QString::fromLatin1(name));
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        }
        // The PDF report stays light.
        const Attempt attempt = *AttemptStore(db).load(attemptId);
        QStringList ids;
        for (const AttemptItem &item : attempt.items)
            ids.append(item.questionId);
        // AttemptReport keeps references: every argument lives as long as it.
        const Blueprint blueprint = *QuestionStore(db).blueprint(u"soa-c03"_s);
        const QHash<QString, Question> questions = QuestionStore(db).questions(ids);
        const AttemptReport report(attempt, blueprint, questions, results->result());
        QVERIFY(report.domainChart(560, 260).pixelColor(2, 2).lightness() > 200);

        // Light again: the light palette and charts.
        Appearance::instance().setScheme(Appearance::Scheme::Light);
        QVERIFY(!Appearance::instance().isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QCOMPARE(results->domainChart()->chart()->theme(), QChart::ChartThemeLight);
        for (const Role role : {Role::Danger, Role::Success, Role::Caution})
            QVERIFY(
                contrast(Appearance::color(role), QApplication::palette().color(QPalette::Window))
                >= 4.5);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
