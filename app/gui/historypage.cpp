#include "historypage.h"

#include "appearance.h"
#include "bank/questionstore.h"
#include "exam/clock.h"
#include "explanationview.h"
#include "language.h"
#include "progress/attempthistorymodel.h"
#include "progress/reviewstore.h"
#include "progress/statistics.h"
#include "storage/database.h"
#include "textformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
constexpr auto examId = "soa-c03"_L1;
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
const QColor domainColours[]
    = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
       QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};

// A chart over time: a date axis below, a value axis on the left.
QChart *timeChart(QValueAxis **values, QDateTimeAxis **dates)
{
    auto *chart = new QChart;
    Appearance::styleChart(chart);
    *dates = new QDateTimeAxis;
    (*dates)->setFormat(u"MM-dd"_s);
    *values = new QValueAxis;
    chart->addAxis(*dates, Qt::AlignBottom);
    chart->addAxis(*values, Qt::AlignLeft);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A measured line over time, with its points marked, against a dashed target line across the
// span from first to last.
struct TargetChart
{
    QChart *chart;
    QLineSeries *measured;
    QValueAxis *values;
    QDateTimeAxis *dates;
};

TargetChart targetChart(const QString &title, const QString &measuredName,
                        const QString &targetName, const QColor &targetColour, double target,
                        qint64 first, qint64 last)
{
    TargetChart made;
    made.chart = timeChart(&made.values, &made.dates);
    made.chart->setTitle(title);
    made.measured = new QLineSeries;
    made.measured->setName(measuredName);
    made.measured->setPointsVisible(true);
    auto *line = new QLineSeries;
    line->setObjectName(u"targetSeries"_s);
    line->setName(targetName);
    line->setPen(QPen(targetColour, 2, Qt::DashLine));
    line->append(qreal(first), target);
    line->append(qreal(last), target);
    made.chart->addSeries(made.measured);
    made.chart->addSeries(line);
    for (QLineSeries *series : {made.measured, line}) {
        series->attachAxis(made.dates);
        series->attachAxis(made.values);
    }
    made.dates->setRange(QDateTime::fromMSecsSinceEpoch(first),
                         QDateTime::fromMSecsSinceEpoch(last));
    return made;
}

} // namespace

HistoryPage::HistoryPage(Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_tabs(new QTabWidget(this))
    , m_attemptsModel(new AttemptHistoryModel(database, QString(examId), this))
    , m_attempts(new QTreeView)
    , m_scoreChart(new QChartView)
    , m_domainChart(new QChartView)
    , m_toggles(new QWidget)
    , m_mastery(new QTreeWidget)
    , m_masteryNote(new QLabel)
    , m_retentionLabel(new QLabel)
    , m_retention(new QSpinBox)
    , m_reviewSummary(new QLabel)
    , m_forecastChart(new QChartView)
    , m_retentionChart(new QChartView)
    , m_leeches(new QTreeWidget)
    , m_leechNote(new QLabel)
    , m_leechExplanation(new ExplanationView)
{
    setObjectName(u"historyPage"_s);
    m_tabs->setObjectName(u"historyTabs"_s);
    m_attempts->setObjectName(u"historyList"_s);
    m_scoreChart->setObjectName(u"scoreTrendChart"_s);
    m_domainChart->setObjectName(u"domainTrendChart"_s);
    m_mastery->setObjectName(u"masteryList"_s);
    m_leeches->setObjectName(u"leechList"_s);
    m_retention->setObjectName(u"retentionBox"_s);
    m_reviewSummary->setObjectName(u"reviewSummary"_s);
    m_forecastChart->setObjectName(u"forecastChart"_s);
    m_retentionChart->setObjectName(u"retentionChart"_s);
    m_reviewSummary->setWordWrap(true);
    m_retentionLabel->setBuddy(m_retention);
    m_retention->setRange(int(std::lround(FsrsScheduler::minimumRetention * 100)),
                          int(std::lround(FsrsScheduler::maximumRetention * 100)));
    m_retention->setSuffix(u" %"_s);
    // One reschedule per value the learner settles on, not per keystroke.
    m_retention->setKeyboardTracking(false);
    m_forecastChart->setRenderHint(QPainter::Antialiasing);
    m_retentionChart->setRenderHint(QPainter::Antialiasing);
    m_leechExplanation->setObjectName(u"leechExplanation"_s);
    // A leech is what a learner most often notes, or suspends when drilling it no longer helps.
    m_leechExplanation->setAnnotationStore(&m_database);
    m_scoreChart->setRenderHint(QPainter::Antialiasing);
    m_domainChart->setRenderHint(QPainter::Antialiasing);
    m_scoreChart->setMinimumHeight(240);
    m_masteryNote->setWordWrap(true);
    m_leechNote->setWordWrap(true);

    for (QTreeView *tree :
         {static_cast<QTreeView *>(m_attempts), static_cast<QTreeView *>(m_mastery),
          static_cast<QTreeView *>(m_leeches)}) {
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
    }
    m_attempts->setModel(m_attemptsModel);
    // Every column as wide as its widest cell, so dates and times are never cut.
    m_attempts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mastery->setColumnCount(4);
    m_mastery->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_leeches->setColumnCount(3);
    m_leeches->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *attemptsTab = new QSplitter(Qt::Vertical);
    attemptsTab->addWidget(m_scoreChart);
    attemptsTab->addWidget(m_attempts);
    auto *domainsTab = new QWidget;
    auto *domainsLayout = new QVBoxLayout(domainsTab);
    new QHBoxLayout(m_toggles);
    domainsLayout->addWidget(m_toggles);
    domainsLayout->addWidget(m_domainChart, 1);
    auto *masteryTab = new QWidget;
    auto *masteryLayout = new QVBoxLayout(masteryTab);
    masteryLayout->addWidget(m_masteryNote);
    masteryLayout->addWidget(m_mastery, 1);
    auto *reviewsTab = new QWidget;
    auto *reviewsLayout = new QVBoxLayout(reviewsTab);
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retentionLabel);
    retentionRow->addWidget(m_retention);
    retentionRow->addStretch(1);
    reviewsLayout->addLayout(retentionRow);
    reviewsLayout->addWidget(m_reviewSummary);
    auto *reviewCharts = new QSplitter(Qt::Vertical);
    reviewCharts->addWidget(m_forecastChart);
    reviewCharts->addWidget(m_retentionChart);
    reviewsLayout->addWidget(reviewCharts, 1);
    auto *leechTab = new QWidget;
    auto *leechLayout = new QVBoxLayout(leechTab);
    leechLayout->addWidget(m_leechNote);
    auto *leechSplit = new QSplitter;
    leechSplit->addWidget(m_leeches);
    leechSplit->addWidget(m_leechExplanation);
    leechSplit->setStretchFactor(1, 1);
    leechLayout->addWidget(leechSplit, 1);
    m_tabs->addTab(attemptsTab, QString());
    m_tabs->addTab(domainsTab, QString());
    m_tabs->addTab(masteryTab, QString());
    m_tabs->addTab(reviewsTab, QString());
    m_tabs->addTab(leechTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_attempts, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit attemptOpened(index.data(AttemptHistoryModel::AttemptIdRole).toLongLong());
    });
    connect(m_leeches, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const auto question
            = QuestionStore(m_database).question(item->data(0, Qt::UserRole).toString());
        if (!question)
            return;
        QString keys;
        for (const Choice &c : question->choices)
            keys += c.key;
        m_leechExplanation->showQuestion(*question, keys, QString(), Language::current(),
                                         item->text(0));
    });
    connect(m_retention, &QSpinBox::valueChanged, this, &HistoryPage::setRetention);
    // The charts are drawn again in the new colours (when shown; otherwise when next shown).
    connect(&Appearance::instance(), &Appearance::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslate();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPage::retranslate()
{
    m_tabs->setTabText(0, tr("Attempts"));
    m_tabs->setTabText(1, tr("Domains over Time"));
    m_tabs->setTabText(2, tr("Mastery"));
    m_tabs->setTabText(3, tr("Reviews"));
    m_tabs->setTabText(4, tr("Leeches"));
    m_retentionLabel->setText(tr("&Desired retention:"));
    m_retention->setToolTip(
        tr("The chance of a right answer at which a question comes back for review. Higher "
           "means more reviews and less forgetting; 90 % suits most learners."));
    m_mastery->setHeaderLabels(
        {tr("Task statement or topic"), tr("Mastery"), tr("Accuracy"), tr("Answers")});
    m_leeches->setHeaderLabels({tr("Question"), tr("Missed"), tr("Text")});
    m_masteryNote->setText(
        tr("Mastery weighs recent answers more (half as much after 30 days) and is "
           "the cautious end of its range, so a few lucky answers do not rank high. "
           "Weakest first; below %1 answers there is not enough data.")
            .arg(Mastery::minimumAnswers));
    m_leechNote->setText(
        tr("Leeches are questions you have missed %1 times or more. Drilling them again "
           "helps less than reading their explanation closely.")
            .arg(FsrsScheduler::leechLapses));
    // The page reads the history when it is shown, not at start-up while hidden.
    if (isVisible())
        refresh();
}

void HistoryPage::refresh()
{
    fillAttempts();
    fillDomainTrend();
    fillMastery();
    fillReviews();
    fillLeeches();
}

void HistoryPage::setRetention(int percent)
{
    ReviewStore reviews(m_database);
    if (std::lround(reviews.desiredRetention() * 100) == percent)
        return;
    QString error;
    if (!reviews.setDesiredRetention(percent / 100.0, &error))
        qWarning("Shiken: the desired retention was not saved: %s", qPrintable(error));
    fillReviews();
}

void HistoryPage::fillReviews()
{
    const ReviewStore reviews(m_database);
    const qint64 now = m_clock.wallMs();
    const QString exam(examId);
    {
        const QSignalBlocker blocker(m_retention);
        m_retention->setValue(int(std::lround(reviews.desiredRetention() * 100)));
    }
    const QList<int> forecast = reviews.forecast(exam, now, forecastDays);
    const QList<RetentionWeek> weeks = reviews.trueRetention(exam, now, retentionWeeks);
    int week = 0, month = 0, reviewed = 0, right = 0;
    for (int i = 0; i < forecast.size(); ++i) {
        week += i < 7 ? forecast.at(i) : 0;
        month += forecast.at(i);
    }
    for (const RetentionWeek &w : weeks) {
        reviewed += w.reviews;
        right += w.right;
    }
    const QLocale locale;
    const QString due = tr("Due today: %1; in the next 7 days: %2; in the next %3 days: %4.")
                            .arg(forecast.value(0))
                            .arg(week)
                            .arg(forecastDays)
                            .arg(month);
    const QString retention = reviewed > 0
        ? tr("True retention over the last %1 weeks: %2 % of %Ln review(s) of questions that were "
             "due.",
             nullptr, reviewed)
              .arg(retentionWeeks)
              .arg(locale.toString(100.0 * right / reviewed, 'f', 0))
        : tr("True retention is measured once questions are answered again when due.");
    m_reviewSummary->setText(TextFormat::sentences({due, retention}));

    // Reviews due per day, as Anki's forecast shows them.
    auto *forecastChart = new QChart;
    Appearance::styleChart(forecastChart);
    forecastChart->setTitle(
        tr("Reviews due per day, the next %1 days (today includes overdue)").arg(forecastDays));
    forecastChart->setMargins(QMargins(4, 4, 4, 4));
    forecastChart->legend()->hide();
    m_forecastSet = new QBarSet(tr("Reviews due"));
    m_forecastSet->setObjectName(u"forecastSet"_s);
    auto *bars = new QBarSeries;
    QStringList days;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    int highest = 0;
    for (int i = 0; i < forecast.size(); ++i) {
        m_forecastSet->append(forecast.at(i));
        highest = std::max(highest, forecast.at(i));
        // The day of the month, and the month where one begins (and on the first bar).
        const QDate date = today.addDays(i);
        days.append(i == 0 || date.day() == 1 ? locale.toString(date, u"M/d"_s)
                                              : QString::number(date.day()));
    }
    bars->append(m_forecastSet);
    forecastChart->addSeries(bars);
    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(days);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setRange(0, std::max(4, highest));
    countAxis->applyNiceNumbers(); // round ticks: 0, 100, 200, ... not 0, 86, 172, ...
    forecastChart->addAxis(dayAxis, Qt::AlignBottom);
    forecastChart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(dayAxis);
    bars->attachAxis(countAxis);
    QChart *old = m_forecastChart->chart();
    m_forecastChart->setChart(forecastChart);
    delete old;

    // True retention per week against the desired retention.
    const qint64 first = weeks.isEmpty() ? now : weeks.first().weekStartMs;
    const qint64 last = weeks.isEmpty() ? now : weeks.last().weekStartMs;
    const TargetChart made
        = targetChart(tr("True retention per week (dashed: the desired retention)"),
                      tr("True retention"), tr("Desired retention"), QColor(0x2c, 0xa0, 0x2c),
                      reviews.desiredRetention() * 100, first, last);
    m_retentionSeries = made.measured;
    m_retentionSeries->setObjectName(u"retentionSeries"_s);
    for (const RetentionWeek &w : weeks) {
        if (w.reviews > 0)
            m_retentionSeries->append(qreal(w.weekStartMs), 100.0 * w.right / w.reviews);
    }
    made.values->setRange(0, 100);
    made.values->setTickCount(6);
    made.values->setLabelFormat(u"%d %%"_s);
    old = m_retentionChart->chart();
    m_retentionChart->setChart(made.chart);
    delete old;
}

void HistoryPage::fillAttempts()
{
    const auto blueprint = QuestionStore(m_database).blueprint(QString(examId));
    m_attemptsModel->reload();
    const QList<ScorePoint> points = Statistics(m_database).scoreTrend(QString(examId));

    qint64 first = QDateTime::currentMSecsSinceEpoch(), last = first;
    if (!points.isEmpty()) {
        first = points.first().dayMs;
        last = points.last().dayMs;
    }
    const int passing = blueprint ? blueprint->passingScore : 720;
    const TargetChart made = targetChart(
        tr("Mean estimated score per day of study (dashed: the passing score)"),
        tr("Estimated score"), tr("Passing score"), Appearance::color(Appearance::Role::Danger),
        passing, first - dayMs, last + dayMs);
    QChart *chart = made.chart;
    QValueAxis *values = made.values;
    m_scoreSeries = made.measured;
    m_scoreSeries->setObjectName(u"scoreSeries"_s);
    for (const ScorePoint &p : points)
        m_scoreSeries->append(qreal(p.dayMs), p.score);
    values->setRange(blueprint ? blueprint->scaleMin : 100, blueprint ? blueprint->scaleMax : 1000);
    // Scores are whole numbers, on a few round ticks (100, 400, 700, 1000 on the 100–1000
    // scale): more ticks than that do not fit the chart's height and lose their labels.
    values->setLabelFormat(u"%d"_s);
    const int span = blueprint ? blueprint->scaleMax - blueprint->scaleMin : 900;
    for (const int step : {300, 200, 250, 100}) {
        if (span % step == 0 && span / step <= 5) {
            values->setTickCount(span / step + 1);
            break;
        }
    }
    QChart *old = m_scoreChart->chart();
    m_scoreChart->setChart(chart);
    delete old;
}

void HistoryPage::fillDomainTrend()
{
    const QString language = Language::current();
    const auto blueprint = QuestionStore(m_database).blueprint(QString(examId));
    const QList<DomainPoint> points = Statistics(m_database).domainTrend(QString(examId));
    QValueAxis *values;
    QDateTimeAxis *dates;
    QChart *chart = timeChart(&values, &dates);
    chart->setTitle(tr("Accuracy per domain per day of study"));
    values->setRange(0, 100);
    values->setLabelFormat(u"%d%"_s);
    m_domainSeries.clear();
    qDeleteAll(m_toggleBoxes);
    m_toggleBoxes.clear();
    qint64 first = QDateTime::currentMSecsSinceEpoch(), last = first;
    if (!points.isEmpty()) {
        first = points.first().dayMs;
        last = points.last().dayMs;
    }
    int index = 0;
    for (const Domain &domain : blueprint ? blueprint->domains : QList<Domain>()) {
        auto *series = new QLineSeries;
        series->setObjectName(u"domainSeries_"_s + domain.id);
        series->setName(tr("Domain %1").arg(domain.id));
        series->setColor(domainColours[index++ % std::size(domainColours)]);
        series->setPointsVisible(true);
        for (const DomainPoint &p : points) {
            if (p.domain == domain.id && p.total > 0)
                series->append(qreal(p.dayMs), 100.0 * p.correct / p.total);
        }
        chart->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(values);
        m_domainSeries.insert(domain.id, series);
        auto *toggle = new QCheckBox(tr("Domain %1").arg(domain.id), m_toggles);
        toggle->setToolTip(domain.name.in(language));
        toggle->setObjectName(u"domainToggle_"_s + domain.id);
        toggle->setChecked(true);
        connect(toggle, &QCheckBox::toggled, series, &QLineSeries::setVisible);
        m_toggles->layout()->addWidget(toggle);
        m_toggleBoxes.append(toggle);
    }
    dates->setRange(QDateTime::fromMSecsSinceEpoch(first - dayMs),
                    QDateTime::fromMSecsSinceEpoch(last + dayMs));
    QChart *old = m_domainChart->chart();
    m_domainChart->setChart(chart);
    delete old;
}

void HistoryPage::fillMastery()
{
    const QString language = Language::current();
    const QuestionStore store(m_database);
    const BankCatalog catalog = store.catalog();
    const auto blueprint = store.blueprint(QString(examId));
    const Statistics statistics(m_database);
    struct Row
    {
        QString name;
        MasteryEstimate estimate;
    };
    QList<Row> rows;
    for (const MasteryLine &line :
         statistics.mastery(QString(examId), Statistics::Dimension::Task)) {
        const TaskStatement *task = blueprint ? blueprint->task(line.id) : nullptr;
        rows.append({tr("Task %1: %2").arg(line.id, task ? task->name.in(language) : QString()),
                     line.estimate});
    }
    for (const MasteryLine &line :
         statistics.mastery(QString(examId), Statistics::Dimension::Topic)) {
        const Topic *topic = catalog.topic(line.id);
        rows.append({topic ? topic->name.in(language) : line.id, line.estimate});
    }
    // Weakest first; what rests on too few answers goes last.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.estimate.enoughData != b.estimate.enoughData)
            return a.estimate.enoughData;
        return a.estimate.lower < b.estimate.lower;
    });
    const QLocale locale;
    m_mastery->clear();
    for (const Row &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_mastery);
        item->setText(0, row.name);
        const auto m = row.estimate.mastery();
        item->setText(1, m ? locale.toString(*m * 100, 'f', 0) + u'%' : tr("not enough data"));
        item->setText(2, locale.toString(row.estimate.accuracy * 100, 'f', 0) + u'%');
        item->setText(3, locale.toString(row.estimate.answered));
    }
}

void HistoryPage::fillLeeches()
{
    const QString language = Language::current();
    const QuestionStore store(m_database);
    m_leeches->clear();
    m_leechExplanation->clear();
    const QList<ReviewEntry> leeches = ReviewStore(m_database).leeches(QString(examId));
    QStringList ids;
    for (const ReviewEntry &e : leeches)
        ids.append(e.questionId);
    const QHash<QString, Question> questions = store.questions(ids);
    for (const ReviewEntry &entry : leeches) {
        auto *item = new QTreeWidgetItem(m_leeches);
        item->setData(0, Qt::UserRole, entry.questionId);
        item->setText(0, entry.questionId);
        item->setText(1, tr("%n time(s)", nullptr, entry.state.lapses));
        item->setText(
            2, TextFormat::summary(questions.value(entry.questionId).stem.in(language), 120));
    }
}
