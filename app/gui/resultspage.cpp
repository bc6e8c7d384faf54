#include "resultspage.h"

#include "appearance.h"
#include "attemptreport.h"
#include "bank/questionstore.h"
#include "exam/attemptstore.h"
#include "explanationview.h"
#include "formats/attemptcsv.h"
#include "language.h"
#include "prompter.h"
#include "scorechart.h"
#include "storage/database.h"
#include "textformat.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <numeric>

using namespace Qt::StringLiterals;

ResultsPage::ResultsPage(Database &database, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_prompter(prompter)
    , m_title(new QLabel(this))
    , m_scoreLabel(new QLabel(this))
    , m_verdictLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_timeUpLabel(new QLabel(this))
    , m_domainTable(new QTableWidget(this))
    , m_filter(new QComboBox(this))
    , m_questionList(new QTreeWidget(this))
    , m_explanation(new ExplanationView(this))
    , m_bothLanguages(new QCheckBox(this))
    , m_tabs(new QTabWidget(this))
    , m_domainChart(new ScoreChart(Qt::Vertical, this))
    , m_topicChart(new ScoreChart(Qt::Horizontal, this))
    , m_timeChart(new QChartView(this))
    , m_slowestTitle(new QLabel(this))
    , m_slowest(new QTreeWidget(this))
    , m_pdfButton(new QPushButton(this))
    , m_csvButton(new QPushButton(this))
    , m_questionsButton(new QPushButton(this))
    , m_retakeButton(new QPushButton(this))
    , m_homeButton(new QPushButton(this))
{
    setObjectName(u"resultsPage"_s);
    m_title->setObjectName(u"resultsTitle"_s);
    m_scoreLabel->setObjectName(u"scoreLabel"_s);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_detailsLabel->setObjectName(u"resultsDetails"_s);
    m_noteLabel->setObjectName(u"scaleNote"_s);
    m_timeUpLabel->setObjectName(u"timeUpLabel"_s);
    m_domainTable->setObjectName(u"domainTable"_s);
    m_filter->setObjectName(u"resultsFilter"_s);
    m_questionList->setObjectName(u"resultsQuestions"_s);
    m_retakeButton->setObjectName(u"retakeButton"_s);
    m_homeButton->setObjectName(u"homeButton"_s);
    m_bothLanguages->setObjectName(u"bothLanguagesCheck"_s);
    m_tabs->setObjectName(u"resultsTabs"_s);
    m_domainChart->setObjectName(u"domainChart"_s);
    m_topicChart->setObjectName(u"topicChart"_s);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    m_questionsButton->setObjectName(u"exportQuestionsButton"_s);
    for (QPushButton *button :
         {m_retakeButton, m_homeButton, m_pdfButton, m_csvButton, m_questionsButton})
        button->setAutoDefault(true); // Return presses the focused button
    m_csvButton->setObjectName(u"exportCsvButton"_s);

    QFont scoreFont = m_scoreLabel->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 2.6);
    scoreFont.setBold(true);
    m_scoreLabel->setFont(scoreFont);
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.6);
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setStyleSheet(u"color: palette(mid);"_s);
    // Colours follow the scheme: everything that uses them is redone when it changes.
    connect(&Appearance::instance(), &Appearance::changed, this, &ResultsPage::retranslate);
    m_timeUpLabel->hide();

    m_domainTable->setColumnCount(4);
    m_domainTable->verticalHeader()->hide();
    m_domainTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domainTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_domainTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_domainTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_domainTable->setMaximumHeight(200);

    m_filter->addItems({QString(), QString(), QString()});
    m_questionList->setRootIsDecorated(false);
    m_questionList->setColumnCount(4);
    m_questionList->setUniformRowHeights(true);
    m_questionList->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_scoreLabel);
    scoreRow->addSpacing(16);
    auto *verdictColumn = new QVBoxLayout;
    verdictColumn->addWidget(m_verdictLabel);
    verdictColumn->addWidget(m_detailsLabel);
    scoreRow->addLayout(verdictColumn, 1);

    auto *listColumn = new QWidget;
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_questionList, 1);
    auto *explanationColumn = new QWidget;
    auto *explanationLayout = new QVBoxLayout(explanationColumn);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    explanationLayout->addWidget(m_bothLanguages, 0, Qt::AlignRight);
    explanationLayout->addWidget(m_explanation, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(listColumn);
    splitter->addWidget(explanationColumn);
    splitter->setStretchFactor(1, 1);

    auto *domainsTab = new QWidget;
    auto *domainsLayout = new QVBoxLayout(domainsTab);
    domainsLayout->addWidget(m_domainTable);
    domainsLayout->addWidget(m_domainChart, 1);
    m_tabs->addTab(domainsTab, QString());
    auto *topicScroll = new QScrollArea;
    topicScroll->setWidget(m_topicChart);
    topicScroll->setWidgetResizable(true);
    topicScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(topicScroll, QString());
    m_tabs->addTab(splitter, QString());
    m_timeChart->setObjectName(u"timeChart"_s);
    m_timeChart->setRenderHint(QPainter::Antialiasing);
    m_slowest->setObjectName(u"slowestList"_s);
    m_slowest->setRootIsDecorated(false);
    m_slowest->setColumnCount(3);
    m_slowest->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_slowestTitle->setBuddy(m_slowest);
    auto *timeTab = new QSplitter(Qt::Vertical);
    timeTab->addWidget(m_timeChart);
    auto *slowestColumn = new QWidget;
    auto *slowestLayout = new QVBoxLayout(slowestColumn);
    slowestLayout->setContentsMargins(0, 0, 0, 0);
    slowestLayout->addWidget(m_slowestTitle);
    slowestLayout->addWidget(m_slowest, 1);
    timeTab->addWidget(slowestColumn);
    timeTab->setStretchFactor(0, 3);
    timeTab->setStretchFactor(1, 1);
    m_tabs->addTab(timeTab, QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_questionsButton);
    buttons->addStretch();
    buttons->addWidget(m_retakeButton);
    buttons->addWidget(m_homeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(scoreRow);
    layout->addWidget(m_timeUpLabel);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ResultsPage::fillQuestions);
    connect(m_questionList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            explain(item->data(0, Qt::UserRole).toInt());
    });
    // One of the slowest questions opens its explanation.
    connect(m_slowest, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_filter->setCurrentIndex(int(Filter::All));
        showExplanation(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_homeButton, &QPushButton::clicked, this, &ResultsPage::homeRequested);
    connect(m_bothLanguages, &QCheckBox::toggled, m_explanation,
            &ExplanationView::setBothLanguages);
    m_explanation->setAnnotationStore(&m_database);
    connect(m_pdfButton, &QPushButton::clicked, this, &ResultsPage::exportPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &ResultsPage::exportCsv);
    connect(m_questionsButton, &QPushButton::clicked, this,
            [this] { emit exportQuestionsRequested(exportChoices()); });
    connect(m_retakeButton, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const AttemptItem &item : std::as_const(m_attempt.items))
            ids.append(item.questionId);
        emit retakeRequested(ids, m_attempt.mode, m_attempt.timeLimitMs);
    });
    retranslate();
}

bool ResultsPage::showAttempt(qint64 attemptId, bool timeExpired)
{
    const auto attempt = AttemptStore(m_database).load(attemptId);
    const QuestionStore store(m_database);
    const auto blueprint = attempt ? store.blueprint(attempt->exam) : std::nullopt;
    if (!attempt || !blueprint)
        return false;
    m_attempt = *attempt;
    m_blueprint = *blueprint;
    QStringList ids;
    for (const AttemptItem &item : std::as_const(m_attempt.items))
        ids.append(item.questionId);
    m_questions = store.questions(ids);
    m_result = Grading::grade(m_blueprint, m_attempt, m_questions);
    m_timeExpired = timeExpired;
    m_filter->setCurrentIndex(int(Filter::Incorrect));
    m_tabs->setCurrentIndex(0);
    retranslate();
    return true;
}

void ResultsPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(int(filter));
    m_tabs->setCurrentIndex(2);
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsPage::retranslate()
{
    m_filter->setItemText(0, tr("Incorrect questions"));
    m_filter->setItemText(1, tr("Flagged questions"));
    m_filter->setItemText(2, tr("All questions"));
    m_domainTable->setHorizontalHeaderLabels(
        {tr("Domain"), tr("Correct"), tr("Percent"), tr("Result")});
    m_questionList->setHeaderLabels({tr("#"), tr("Result"), tr("Flag"), tr("Question")});
    m_retakeButton->setText(tr("Re&take These Questions"));
    m_homeButton->setText(tr("H&ome"));
    m_bothLanguages->setText(tr("Show &both languages"));
    m_tabs->setTabText(0, tr("Domains"));
    m_tabs->setTabText(1, tr("Topics"));
    m_tabs->setTabText(2, tr("Questions"));
    m_tabs->setTabText(3, tr("Time"));
    m_slowest->setHeaderLabels({tr("#"), tr("Time"), tr("Question")});
    m_slowestTitle->setText(
        tr("The %1 &slowest questions (Enter opens the explanation)").arg(slowestCount));
    m_pdfButton->setText(tr("Export &PDF…"));
    m_csvButton->setText(tr("Export &CSV…"));
    m_questionsButton->setText(tr("E&xport Questions…"));
    m_questionsButton->setToolTip(
        tr("Write this exam's questions for Moodle, a spreadsheet, Anki or another Shiken"));
    m_noteLabel->setText(
        tr("The scaled score is an estimate: Shiken maps the share of correct answers "
           "linearly onto %1–%2. AWS does not publish how the real exam scales "
           "scores, and unscored questions there are not marked.")
            .arg(m_blueprint.scaleMin)
            .arg(m_blueprint.scaleMax));
    m_timeUpLabel->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(Appearance::color(Appearance::Role::Danger).name()));
    m_domainChart->restyle(Appearance::instance().isDark());
    m_topicChart->restyle(Appearance::instance().isDark());
    m_timeUpLabel->setText(tr("Time ran out: the exam was submitted automatically."));
    m_timeUpLabel->setVisible(m_timeExpired);
    if (m_attempt.id == 0)
        return;

    const QString language = Language::current();
    const QLocale locale;
    m_title->setText(tr("Results: %1").arg(m_blueprint.title.in(language)));
    m_scoreLabel->setText(locale.toString(m_result.scaledScore));
    m_verdictLabel->setText(m_result.passed ? tr("Pass") : tr("Fail"));
    m_verdictLabel->setStyleSheet(u"color: %1;"_s.arg(
        Appearance::color(m_result.passed ? Appearance::Role::Success : Appearance::Role::Danger)
            .name()));
    m_detailsLabel->setText(AttemptReport::detailsLine(m_attempt, m_blueprint, m_result));

    m_domainTable->setRowCount(int(m_result.domains.size()));
    for (int row = 0; row < m_result.domains.size(); ++row) {
        const ScoreLine &line = m_result.domains.at(row);
        const Domain *domain = m_blueprint.domain(line.id);
        const QString name = domain ? domain->name.in(language) : line.id;
        m_domainTable->setItem(row, 0,
                               new QTableWidgetItem(tr("Domain %1: %2").arg(line.id, name)));
        m_domainTable->setItem(
            row, 1, new QTableWidgetItem(tr("%1 / %2").arg(line.correct).arg(line.total)));
        m_domainTable->setItem(
            row, 2, new QTableWidgetItem(locale.toString(line.fraction() * 100, 'f', 0) + u'%'));
        auto *verdict = new QTableWidgetItem(line.meetsCompetencies ? tr("Meets competencies")
                                                                    : tr("Needs improvement"));
        verdict->setForeground(Appearance::color(
            line.meetsCompetencies ? Appearance::Role::Success : Appearance::Role::Danger));
        m_domainTable->setItem(row, 3, verdict);
    }
    fillQuestions();
    fillCharts();
    fillTimes();
}

void ResultsPage::fillCharts()
{
    const QString language = Language::current();
    QList<ScoreChart::Bar> domainBars;
    for (const ScoreLine &line : std::as_const(m_result.domains)) {
        const Domain *domain = m_blueprint.domain(line.id);
        domainBars.append({tr("Domain %1").arg(line.id),
                           domain ? domain->name.in(language) : line.id, line.correct, line.total});
    }
    m_domainChart->setTitle(tr("Score per domain (dashed: the pass line)"));
    m_domainChart->setBars(domainBars, m_blueprint.passFraction());

    // Topics weakest first, so the eye lands on what to study next.
    QList<ScoreLine> topics = m_result.topics;
    std::stable_sort(topics.begin(), topics.end(), [](const ScoreLine &a, const ScoreLine &b) {
        if (a.fraction() != b.fraction())
            return a.fraction() < b.fraction();
        return a.total > b.total;
    });
    const BankCatalog catalog = QuestionStore(m_database).catalog();
    QList<ScoreChart::Bar> topicBars;
    for (const ScoreLine &line : std::as_const(topics)) {
        const Topic *topic = catalog.topic(line.id);
        const QString name = topic ? topic->name.in(language) : line.id;
        topicBars.append({name, name, line.correct, line.total});
    }
    m_topicChart->setTitle(tr("Score per topic, weakest first"));
    m_topicChart->setBars(topicBars, m_blueprint.passFraction());
}

QString ResultsPage::fileStem() const
{
    const QString date
        = QDateTime::fromMSecsSinceEpoch(m_attempt.submittedAtMs).toString(u"yyyy-MM-dd-HHmm"_s);
    return u"shiken-%1-%2"_s.arg(m_blueprint.id, date);
}

QString ResultsPage::suggestedFileName(const QString &extension) const
{
    return fileStem() + u'.' + extension;
}

QList<ExportDialog::Choice> ResultsPage::exportChoices() const
{
    ExportDialog::Choice all {tr("The questions of this exam"), {}, {}, false};
    ExportDialog::Choice wrong {tr("The questions answered wrong in it"), {}, {}, true};
    for (qsizetype i = 0; i < m_attempt.items.size(); ++i) {
        const QString &id = m_attempt.items.at(i).questionId;
        all.ids.append(id);
        if (!m_result.itemCorrect.value(i))
            wrong.ids.append(id);
    }
    all.fileName = fileStem() + u"-questions"_s;
    wrong.fileName = fileStem() + u"-missed"_s;
    return {all, wrong};
}

bool ResultsPage::exportPdf()
{
    if (m_attempt.id == 0)
        return false;
    const QString path = m_prompter.saveFileName(
        this, tr("Export the Report as PDF"), suggestedFileName(u"pdf"_s), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    AttemptReport report(m_attempt, m_blueprint, m_questions, m_result);
    report.setAnnotations(AnnotationStore(m_database).annotations(m_questions.keys()));
    QString error;
    if (!report.writePdf(path, Language::current(), &error)) {
        m_prompter.inform(this, tr("Export Failed"), error);
        return false;
    }
    return true;
}

bool ResultsPage::exportCsv()
{
    if (m_attempt.id == 0)
        return false;
    const QString path
        = m_prompter.saveFileName(this, tr("Export the Answers as CSV"),
                                  suggestedFileName(u"csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    // Written aside and renamed into place, so a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(
               AttemptCsv::write(m_attempt, m_questions, m_result,
                                 AnnotationStore(m_database).annotations(m_questions.keys())))
            < 0
        || !file.commit()) {
        m_prompter.inform(this, tr("Export Failed"),
                          tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ResultsPage::fillQuestions()
{
    const auto filter = Filter(qMax(0, m_filter->currentIndex()));
    const QString language = Language::current();
    m_questionList->clear();
    m_explanation->clear();
    for (qsizetype i = 0; i < m_attempt.items.size(); ++i) {
        const AttemptItem &item = m_attempt.items.at(i);
        const bool correct = m_result.itemCorrect.value(i);
        if ((filter == Filter::Incorrect && correct)
            || (filter == Filter::Flagged && !item.flagged))
            continue;
        const auto question = m_questions.constFind(item.questionId);
        auto *row = new QTreeWidgetItem(m_questionList);
        row->setText(0, QString::number(i + 1));
        row->setData(0, Qt::UserRole, int(i));
        row->setText(1,
                     correct ? u"✓ "_s + tr("Correct")
                             : (item.selection.isEmpty() ? u"✗ "_s + tr("Not answered")
                                                         : u"✗ "_s + tr("Incorrect")));
        row->setText(2, item.flagged ? u"⚑"_s : QString());
        row->setText(3,
                     question != m_questions.constEnd()
                         ? TextFormat::summary(question->stem.in(language), 120)
                         : item.questionId);
    }
    if (m_questionList->topLevelItemCount() > 0)
        m_questionList->setCurrentItem(m_questionList->topLevelItem(0));
}

void ResultsPage::fillTimes()
{
    const QString language = Language::current();
    const qsizetype count = m_attempt.items.size();
    const double pace
        = m_attempt.timeLimitMs > 0 && count > 0 ? m_attempt.timeLimitMs / 60000.0 / count : 0.0;
    auto *chart = new QChart;
    Appearance::styleChart(chart);
    chart->setTitle(pace > 0 ? tr("Minutes per question (dashed: the pace the time limit allows)")
                             : tr("Minutes per question"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    m_timeSet = new QBarSet(tr("Minutes"));
    m_timeSet->setObjectName(u"timeSet"_s);
    double longest = pace;
    for (qsizetype i = 0; i < count; ++i) {
        const double minutes = m_attempt.items.at(i).timeMs / 60000.0;
        m_timeSet->append(minutes);
        longest = std::max(longest, minutes);
    }
    auto *bars = new QBarSeries;
    bars->append(m_timeSet);
    chart->addSeries(bars);
    // Bars stand at 0 … count − 1; every fifth is numbered (from 1), as many as fit.
    auto *positionAxis = new QCategoryAxis;
    positionAxis->setRange(-0.5, count - 0.5);
    positionAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int every = count > 20 ? 5 : 1;
    for (qsizetype i = every - 1; i < count; i += every)
        positionAxis->append(QString::number(i + 1), i);
    positionAxis->setGridLineVisible(false);
    auto *minuteAxis = new QValueAxis;
    minuteAxis->setRange(0, std::max(1.0, longest * 1.1));
    minuteAxis->applyNiceNumbers();
    chart->addAxis(positionAxis, Qt::AlignBottom);
    chart->addAxis(minuteAxis, Qt::AlignLeft);
    bars->attachAxis(positionAxis);
    bars->attachAxis(minuteAxis);
    if (pace > 0) {
        // The pace across every bar, on an axis of its own that spans them all.
        auto *paceLine = new QLineSeries;
        paceLine->setObjectName(u"paceSeries"_s);
        paceLine->setPen(QPen(Appearance::color(Appearance::Role::Danger), 2, Qt::DashLine));
        paceLine->append(0, pace);
        paceLine->append(1, pace);
        chart->addSeries(paceLine);
        auto *span = new QValueAxis;
        span->setRange(0, 1);
        span->setVisible(false);
        chart->addAxis(span, Qt::AlignTop);
        paceLine->attachAxis(span);
        paceLine->attachAxis(minuteAxis);
    }
    QChart *old = m_timeChart->chart();
    m_timeChart->setChart(chart);
    delete old;

    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_attempt.items.at(a).timeMs > m_attempt.items.at(b).timeMs;
    });
    m_slowest->clear();
    for (int position : order.mid(0, slowestCount)) {
        const AttemptItem &item = m_attempt.items.at(position);
        const auto question = m_questions.constFind(item.questionId);
        auto *row = new QTreeWidgetItem(m_slowest);
        row->setData(0, Qt::UserRole, position);
        row->setText(0, QString::number(position + 1));
        row->setText(1, TextFormat::duration(item.timeMs));
        row->setText(2,
                     question != m_questions.constEnd()
                         ? TextFormat::summary(question->stem.in(language), 120)
                         : item.questionId);
    }
    if (m_slowest->topLevelItemCount() > 0)
        m_slowest->setCurrentItem(m_slowest->topLevelItem(0));
}

void ResultsPage::showExplanation(int position)
{
    if (position < 0 || position >= m_attempt.items.size())
        return;
    m_tabs->setCurrentIndex(2);
    explain(position);
}

void ResultsPage::explain(int position)
{
    if (position < 0 || position >= m_attempt.items.size())
        return;
    const AttemptItem &item = m_attempt.items.at(position);
    const auto question = m_questions.constFind(item.questionId);
    if (question == m_questions.constEnd())
        return;
    // Keep the list's selection on the question explained.
    for (int row = 0; row < m_questionList->topLevelItemCount(); ++row) {
        QTreeWidgetItem *entry = m_questionList->topLevelItem(row);
        if (entry->data(0, Qt::UserRole).toInt() == position
            && m_questionList->currentItem() != entry) {
            const QSignalBlocker blocker(m_questionList);
            m_questionList->setCurrentItem(entry);
        }
    }
    const QString language = Language::current();
    const Domain *domain = m_blueprint.domain(question->domain);
    const QString heading = tr("Question %1").arg(position + 1) + u" · "_s
        + tr("Domain %1: %2").arg(question->domain, domain ? domain->name.in(language) : QString());
    m_explanation->showQuestion(*question, item.choiceOrder, item.selection, language, heading);
}
