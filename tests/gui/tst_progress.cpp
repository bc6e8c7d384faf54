#include "attemptreport.h"
#include "bank/annotationstore.h"
#include "exam/attemptstore.h"
#include "explanationview.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "historypage.h"
#include "homepage.h"
#include "language.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "notedialog.h"
#include "progress/reviewstore.h"
#include "resultspage.h"
#include "scorechart.h"
#include "testsupport.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCheckBox>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QValueAxis>

using namespace Qt::StringLiterals;

class TestProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    FakeClock m_clock;
    FakePrompter m_prompter;

    void openWindow()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(TestSupport::openWithBank(*m_db));
        m_window = std::make_unique<MainWindow>(*m_db, m_clock, m_prompter);
        m_window->show();
    }

    QString text(const QString &name) const
    {
        auto *label = m_window->findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }

    // Sits a session and answers position p right when right(p); returns the attempt id.
    qint64 sit(ExamSession::Setup setup, const std::function<bool(int)> &right)
    {
        if (!m_window->startSession(setup))
            return 0;
        ExamSession *session = m_window->session();
        for (int p = 0; p < session->count(); ++p) {
            const Question &q = session->question(p);
            QString wrong;
            for (const Choice &c : q.choices) {
                if (!c.correct && wrong.isEmpty())
                    wrong = c.key;
            }
            session->setSelection(p, right(p) ? q.correctKeys() : wrong);
        }
        m_clock.advance(60 * 60 * 1000);
        const qint64 id = session->attemptId();
        session->submit();
        if (!QTest::qWaitFor([this] { return m_window->currentPage() == m_window->resultsPage(); },
                             5000))
            return 0;
        return id;
    }

private slots:
    void init()
    {
        Language::install(u"en"_s);
        m_clock = FakeClock(); // each test from the same moment of the day
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void resultsChartsHoldTheDomainAndTopicScores()
    {
        openWindow();
        QVERIFY(sit({}, [](int p) { return p % 3 != 0; }));
        const AttemptResult &result = m_window->resultsPage()->result();
        ScoreChart *domains = m_window->resultsPage()->domainChart();
        QCOMPARE(domains->scores()->count(), 5);
        for (int i = 0; i < 5; ++i) {
            const ScoreLine &line = result.domains.at(i);
            QCOMPARE(domains->scores()->at(i), 100.0 * line.correct / line.total);
            QCOMPARE(domains->value(i), domains->scores()->at(i));
            QCOMPARE(domains->categories()->at(i), u"Domain %1"_s.arg(line.id));
            QVERIFY(domains->barText(i).endsWith(
                u": %1 of %2 correct"_s.arg(line.correct).arg(line.total)));
        }
        // the pass line lies at (720 - 100) / 900 across every bar
        const QList<QPointF> pass = domains->passLine()->points();
        QCOMPARE(pass.size(), 2);
        QVERIFY(qAbs(pass.at(0).y() - 100.0 * 620 / 900) < 1e-9);
        QCOMPARE(pass.at(0).y(), pass.at(1).y());
        QVERIFY(pass.at(0).x() < 0 && pass.at(1).x() > 4);

        ScoreChart *topics = m_window->resultsPage()->topicChart();
        QCOMPARE(topics->count(), result.topics.size());
        QCOMPARE(topics->scores()->count(), result.topics.size());
        for (int i = 1; i < topics->count(); ++i)
            QVERIFY(topics->value(i - 1) <= topics->value(i)); // weakest first (on top)
        // the weakest is drawn on top: last in the series of a horizontal chart
        QCOMPARE(topics->scores()->at(topics->count() - 1), topics->value(0));
        QVERIFY(topics->barText(0).contains(u" of "_s));
    }

    void homePageUpdatesAfterAnAttempt()
    {
        openWindow();
        QCOMPARE(text(u"dueLabel"_s), u"No questions are due for review."_s);
        QVERIFY(text(u"readinessLabel"_s).startsWith(u"Readiness is estimated once"_s));
        QVERIFY(!m_window->findChild<QPushButton *>(u"reviewNowButton"_s)->isEnabled());
        QVERIFY(!m_window->findChild<QPushButton *>(u"drillWeak_1"_s)->isVisible());
        // A bar per domain beside the latest results, empty until it has answers.
        auto *domainOne = m_window->findChild<QProgressBar *>(u"domainBar_1"_s);
        QVERIFY(domainOne->isVisible());
        QCOMPARE(domainOne->text(), u"not enough answers"_s);

        sit({}, [](int p) { return p % 4 != 0; }); // 17 of 65 wrong
        m_window->showHome();
        // Each domain's bar: its expected share right today, as readiness reckons it.
        const Readiness readiness = Statistics(*m_db).readiness(
            *QuestionStore(*m_db).blueprint(u"soa-c03"_s), m_clock.wallMs());
        for (const QString &domain : {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}) {
            auto *bar = m_window->findChild<QProgressBar *>(u"domainBar_"_s + domain);
            QVERIFY(bar);
            QCOMPARE(bar->value(), int(std::lround(readiness.domainShare.value(domain) * 100)));
            QVERIFY(bar->value() > 0);
        }
        // The misses are due at once; the right answers come back in two days.
        QCOMPARE(text(u"dueLabel"_s), u"17 questions due for review."_s);
        QVERIFY2(text(u"readinessLabel"_s).startsWith(u"Readiness: about "_s),
                 qPrintable(text(u"readinessLabel"_s)));
        // Right after the exam its questions are fresh in mind; questions new to the learner
        // are predicted from how the exam went (its answers were all first answers).
        QVERIFY2(text(u"readinessLabel"_s).contains(u"on questions new to you"_s),
                 qPrintable(text(u"readinessLabel"_s)));
        QVERIFY(m_window->findChild<QPushButton *>(u"reviewNowButton"_s)->isEnabled());
        QVERIFY(m_window->findChild<QPushButton *>(u"drillWeak_1"_s)->isVisible());
        QVERIFY(text(u"weakLabel_1"_s).startsWith(u"Weak: "_s));
        auto *recent = m_window->findChild<QTreeWidget *>(u"recentAttempts"_s);
        QCOMPARE(recent->topLevelItemCount(), 1);

        // "Review now" sits exactly the due questions
        const QStringList due = ReviewStore(*m_db).due(u"soa-c03"_s, m_clock.wallMs());
        m_window->findChild<QPushButton *>(u"reviewNowButton"_s)->click();
        ExamSession *review = m_window->session();
        QVERIFY(review);
        QCOMPARE(review->mode(), Attempt::Mode::Review);
        QStringList asked;
        for (const AttemptItem &item : review->attempt().items)
            asked.append(item.questionId);
        std::sort(asked.begin(), asked.end());
        QStringList expected = due;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(asked, expected);
    }

    void reviewsTabForecastsAndSetsTheRetention()
    {
        openWindow();
        sit({}, [](int p) { return p % 4 != 0; }); // 17 of 65 wrong
        m_window->findChild<QAction *>(u"historyAction"_s)->trigger();
        HistoryPage *history = m_window->historyPage();
        history->tabs()->setFocus();
        // Ctrl+Tab walks the tabs, as in any tabbed window: the fourth is the reviews'.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(history->tabs(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(history->tabs()->tabText(history->tabs()->currentIndex()), u"Reviews"_s);
        QBarSet *forecast = history->forecastSet();
        QCOMPARE(forecast->count(), HistoryPage::forecastDays);
        QCOMPARE(forecast->at(0), 17.0); // the misses, due now
        const auto sum = [&](int from, int to) {
            double total = 0;
            for (int i = from; i < to; ++i)
                total += history->forecastSet()->at(i);
            return total;
        };
        QCOMPARE(sum(1, 4), 48.0); // right: two days (a day boundary may fall in between)
        QVERIFY(history->reviewSummary()->text().contains(u"Due today: 17"_s));
        QVERIFY(history->reviewSummary()->text().contains(u"True retention is measured once"_s));
        QCOMPARE(history->retentionSeries()->count(), 0);

        // Typed in and confirmed with Enter, a lower retention lets the right answers wait.
        QSpinBox *retention = history->retentionBox();
        QCOMPARE(retention->value(), 90);
        retention->setFocus();
        retention->selectAll();
        QTest::keyClicks(retention, u"80"_s);
        QTest::keyClick(retention, Qt::Key_Return);
        QCOMPARE(ReviewStore(*m_db).desiredRetention(), 0.80);
        QCOMPARE(history->forecastSet()->at(0), 17.0);
        QCOMPARE(sum(1, 4), 0.0);
        QCOMPARE(sum(4, HistoryPage::forecastDays), 48.0);
        retention->selectAll();
        QTest::keyClicks(retention, u"90"_s);
        QTest::keyClick(retention, Qt::Key_Return);
        QCOMPARE(sum(1, 4), 48.0);

        // Three days on, the due questions are reviewed, all right: the true retention of
        // those reviews is 100 %, drawn against the desired retention.
        m_clock.advance(3 * 24 * 60 * 60 * 1000LL);
        ExamSession::Setup review;
        review.mode = Attempt::Mode::Review;
        review.questionIds = ReviewStore(*m_db).due(u"soa-c03"_s, m_clock.wallMs(), 30);
        QCOMPARE(review.questionIds.size(), 30);
        QVERIFY(sit(review, [](int) { return true; }));
        m_window->findChild<QAction *>(u"historyAction"_s)->trigger();
        QVERIFY2(history->reviewSummary()->text().contains(
                     u"True retention over the last 12 weeks: 100 % of 30 reviews"_s),
                 qPrintable(history->reviewSummary()->text()));
        QCOMPARE(history->retentionSeries()->count(), 1);
        QCOMPARE(history->retentionSeries()->at(0).y(), 100.0);
    }

    void drillTheseStartsADrillOfThatArea()
    {
        openWindow();
        sit({}, [](int p) { return p % 2 == 0; });
        m_window->showHome();
        auto *drill = m_window->findChild<QPushButton *>(u"drillWeak_1"_s);
        QVERIFY(drill->isVisible());
        drill->click();
        ExamSession *session = m_window->session();
        QVERIFY(session);
        QCOMPARE(session->mode(), Attempt::Mode::Drill);
        const QString label = text(u"positionLabel"_s);
        QVERIFY(label.startsWith(u"Question 1 of "_s));
    }

    void historyShowsScoresDomainsMasteryAndLeeches()
    {
        openWindow();
        ExamSession::Setup drill;
        drill.mode = Attempt::Mode::Drill;
        drill.request.count = 20;
        drill.request.seed = 3;
        const qint64 first = sit(drill, [](int) { return false; });
        m_clock.advance(24 * 60 * 60 * 1000);
        const qint64 second = sit(drill, [](int p) { return p < 15; });
        Q_UNUSED(first);
        Q_UNUSED(second);
        // the same question missed four times becomes a leech
        ExamSession::Setup again;
        again.mode = Attempt::Mode::Review;
        again.questionIds = {ReviewStore(*m_db).due(u"soa-c03"_s, m_clock.wallMs()).value(0)};
        QVERIFY(!again.questionIds.first().isEmpty());
        const int before = ReviewStore(*m_db).state(again.questionIds.first())->lapses;
        for (int i = before; i < 4; ++i)
            sit(again, [](int) { return false; });

        m_window->findChild<QAction *>(u"historyAction"_s)->trigger();
        HistoryPage *history = m_window->historyPage();
        QCOMPARE(m_window->currentPage(), history);
        auto *list = m_window->findChild<QTreeView *>(u"historyList"_s);
        const int attempts = 2 + (4 - before);
        QCOMPARE(list->model()->rowCount(), attempts);
        // a point per day of study: the first day's drill, then the second day's mean
        const QList<ScorePoint> days = Statistics(*m_db).scoreTrend(u"soa-c03"_s);
        QCOMPARE(days.size(), 2);
        QCOMPARE(history->scoreSeries()->count(), 2);
        QCOMPARE(history->scoreSeries()->at(0).y(), 100.0); // 0 of 20
        QCOMPARE(history->scoreSeries()->at(1).y(), days.at(1).score);
        QCOMPARE(days.at(1).attempts, attempts - 1);
        QVERIFY(history->scoreSeries()->at(0).x() < history->scoreSeries()->at(1).x());
        // The score axis prints whole numbers on round ticks, and no date is cut short.
        const auto axes = history->scoreSeries()->attachedAxes();
        auto *scoreAxis = qobject_cast<QValueAxis *>(
            *std::find_if(axes.begin(), axes.end(),
                          [](QAbstractAxis *axis) { return axis->orientation() == Qt::Vertical; }));
        QVERIFY(scoreAxis);
        QCOMPARE(scoreAxis->labelFormat(), u"%d"_s);
        QCOMPARE(scoreAxis->tickCount(), 4); // 100, 400, 700, 1000
        const QModelIndex date = list->model()->index(0, 0);
        QVERIFY(list->columnWidth(0)
                >= list->fontMetrics().horizontalAdvance(date.data().toString()));

        // domain lines, each can be hidden
        QLineSeries *domainOne = history->domainSeries(u"1"_s);
        QVERIFY(domainOne);
        QCOMPARE(domainOne->count(), 2);
        QCOMPARE(domainOne->at(0).y(), 0.0);
        auto *toggle = m_window->findChild<QCheckBox *>(u"domainToggle_1"_s);
        toggle->setChecked(false);
        QVERIFY(!domainOne->isVisible());
        toggle->setChecked(true);
        QVERIFY(domainOne->isVisible());

        // mastery weakest first
        auto *mastery = m_window->findChild<QTreeWidget *>(u"masteryList"_s);
        QVERIFY(mastery->topLevelItemCount() > 3);
        double previous = -1;
        for (int i = 0; i < mastery->topLevelItemCount(); ++i) {
            const QString value = mastery->topLevelItem(i)->text(1);
            if (!value.endsWith(u'%'))
                break; // the rows without enough data come last
            const double m = value.chopped(1).toDouble();
            QVERIFY(m >= previous);
            previous = m;
        }

        auto *leeches = m_window->findChild<QTreeWidget *>(u"leechList"_s);
        QCOMPARE(leeches->topLevelItemCount(), 1);
        QCOMPARE(leeches->topLevelItem(0)->text(0), again.questionIds.first());
        QCOMPARE(leeches->topLevelItem(0)->text(1), u"4 times"_s);
    }

    void exportsWriteThePdfReportAndTheCsv()
    {
        openWindow();
        ExamSession::Setup drill;
        drill.mode = Attempt::Mode::Drill;
        drill.request.count = 12;
        sit(drill, [](int p) { return p % 2 == 0; });
        ResultsPage *results = m_window->resultsPage();
        // The second question bookmarked and noted from its explanation, as a learner does.
        results->setFilter(ResultsPage::Filter::All);
        results->showExplanation(1);
        auto *explanation = results->findChild<ExplanationView *>();
        QVERIFY(explanation->bookmarkButton()->isVisible());
        explanation->bookmarkButton()->click();
        explanation->noteButton()->click();
        NoteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = results->findChild<NoteDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->editor(), u"Read the FAQ, \"twice\""_s);
        dialog->accept();
        QTRY_VERIFY(explanation->view()->toPlainText().contains(u"Read the FAQ, \"twice\""_s));
        const QString noted
            = AttemptStore(*m_db).load(results->attemptId())->items.at(1).questionId;
        QCOMPARE(AnnotationStore(*m_db).annotation(noted),
                 (Annotation {true, false, u"Read the FAQ, \"twice\""_s}));

        m_prompter.fileName = m_dir.filePath(u"answers.csv"_s);
        m_window->findChild<QPushButton *>(u"exportCsvButton"_s)->click();
        const QStringList lines = QString::fromUtf8(TestSupport::readFile(m_prompter.fileName))
                                      .split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QVERIFY(lines.first().startsWith(
            u"position,question_id,domain,task,topics,answer,correct_answer"_s));
        int correct = 0, incorrect = 0;
        for (const QString &line : lines.mid(1)) {
            correct += line.contains(u",correct,"_s) ? 1 : 0;
            incorrect += line.contains(u",incorrect,"_s) ? 1 : 0;
        }
        QCOMPARE(correct, 6);
        QCOMPARE(incorrect, 6);
        QVERIFY(lines.first().endsWith(u",bookmarked,note"_s));
        QVERIFY2(lines.at(2).endsWith(u",yes,\"Read the FAQ, \"\"twice\"\"\""_s),
                 qPrintable(lines.at(2)));
        QVERIFY(lines.at(1).endsWith(u",no,"_s));
        QVERIFY(m_prompter.suggested.last().endsWith(u".csv"_s));

        m_prompter.fileName = m_dir.filePath(u"report.pdf"_s);
        m_window->findChild<QPushButton *>(u"exportPdfButton"_s)->click();
        const QByteArray pdf = TestSupport::readFile(m_prompter.fileName);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ")
                             + pdf.count("/Type /Page/")
                         >= 2
                     || pdf.count("/Type /Page") >= 3,
                 "the report should run over several pages");
        QVERIFY(m_prompter.told.isEmpty());

        // what the PDF is made of: score, domains, chart and every question with its explanation
        const Attempt attempt = *AttemptStore(*m_db).load(results->attemptId());
        QStringList ids;
        for (const AttemptItem &item : attempt.items)
            ids.append(item.questionId);
        const QHash<QString, Question> questions = QuestionStore(*m_db).questions(ids);
        const Blueprint blueprint = *QuestionStore(*m_db).blueprint(u"soa-c03"_s);
        AttemptReport report(attempt, blueprint, questions, results->result());
        report.setAnnotations(AnnotationStore(*m_db).annotations(ids));
        const QString markdown = report.markdown(u"en"_s);
        QVERIFY(markdown.contains(u"**Question 2 ★**"_s)
                || markdown.contains(u"**Question 2 ⚑ ★**"_s));
        QCOMPARE(markdown.count(u"### Your note\n\nRead the FAQ, \"twice\""_s), 1);
        QVERIFY(
            markdown.contains(u"Estimated scaled score: %1"_s.arg(results->result().scaledScore)));
        QVERIFY(markdown.contains(u"Meets competencies"_s)
                || markdown.contains(u"Needs improvement"_s));
        QVERIFY(markdown.contains(u"](domain-chart.png)"_s));
        for (const QString &id : ids)
            QVERIFY(markdown.contains(questions.value(id).explanation.en.left(30)));
        // one mark per chosen choice: every question was answered, some with several choices
        qsizetype chosen = 0;
        for (const AttemptItem &item : attempt.items)
            chosen += item.selection.size();
        QVERIFY(chosen >= 12);
        QCOMPARE(markdown.count(u"Your answer"_s), chosen);
        QVERIFY(!report.domainChart(600, 300).isNull());

        // a cancelled dialog writes nothing
        m_prompter.fileName.clear();
        QVERIFY(!results->exportCsv());
    }
};

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
