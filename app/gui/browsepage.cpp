#include "browsepage.h"

#include "bank/questionstore.h"
#include "bank/searchresultmodel.h"
#include "exam/clock.h"
#include "explanationview.h"
#include "language.h"
#include "progress/reviewscheduler.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int typingPauseMs = 250;
constexpr int practiseDefault = 20;
constexpr int practiseMost = 200;

using Status = SearchRequest::Status;

// The status filter's items, in order: what each shows. Two ask for missed questions: at least
// the times the spin box says, and leeches.
constexpr Status statusItems[] = {Status::Any,           Status::NeverSeen,     Status::LastWrong,
                                  Status::MissedAtLeast, Status::MissedAtLeast, Status::Due,
                                  Status::Bookmarked,    Status::HasNote,       Status::Suspended};
constexpr int missedItem = 3;
constexpr int leechItem = 4;

// Fills a combo box's items with texts, keeping the chosen item.
void setItemTexts(QComboBox *box, const QStringList &texts)
{
    const int current = std::max(0, box->currentIndex());
    const QSignalBlocker blocker(box);
    if (box->count() != texts.size()) {
        box->clear();
        box->addItems(texts);
    } else {
        for (int i = 0; i < texts.size(); ++i)
            box->setItemText(i, texts.at(i));
    }
    box->setCurrentIndex(current);
}

} // namespace

BrowsePage::BrowsePage(Database &database, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_model(new SearchResultModel(database, this))
    , m_title(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_domainLabel(new QLabel(this))
    , m_domain(new QComboBox(this))
    , m_topicLabel(new QLabel(this))
    , m_topic(new QComboBox(this))
    , m_taskLabel(new QLabel(this))
    , m_task(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_difficultyLabel(new QLabel(this))
    , m_difficulty(new QComboBox(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_missed(new QSpinBox(this))
    , m_orderLabel(new QLabel(this))
    , m_order(new QComboBox(this))
    , m_practise(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_retired(new QCheckBox(this))
    , m_both(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_results(new QTableView(this))
    , m_preview(new ExplanationView(this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"browsePage"_s);
    m_search->setObjectName(u"browseSearch"_s);
    m_domain->setObjectName(u"browseDomain"_s);
    m_topic->setObjectName(u"browseTopic"_s);
    m_task->setObjectName(u"browseTask"_s);
    m_type->setObjectName(u"browseType"_s);
    m_difficulty->setObjectName(u"browseDifficulty"_s);
    m_source->setObjectName(u"browseSource"_s);
    m_statusFilter->setObjectName(u"browseStatusFilter"_s);
    m_missed->setObjectName(u"browseMissed"_s);
    m_order->setObjectName(u"browseOrder"_s);
    m_orderLabel->setBuddy(m_order);
    m_practise->setObjectName(u"browsePractise"_s);
    m_export->setObjectName(u"browseExport"_s);
    m_retired->setObjectName(u"browseRetired"_s);
    m_both->setObjectName(u"browseBothLanguages"_s);
    m_status->setObjectName(u"browseStatus"_s);
    m_results->setObjectName(u"browseResults"_s);
    m_preview->setObjectName(u"browsePreview"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_searchLabel->setBuddy(m_search);
    m_domainLabel->setBuddy(m_domain);
    m_topicLabel->setBuddy(m_topic);
    m_taskLabel->setBuddy(m_task);
    m_typeLabel->setBuddy(m_type);
    m_difficultyLabel->setBuddy(m_difficulty);
    m_sourceLabel->setBuddy(m_source);
    m_statusLabel->setBuddy(m_statusFilter);
    for (QComboBox *box : {m_topic, m_task, m_source, m_statusFilter})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_missed->setRange(1, 99);
    m_missed->setValue(2);
    m_missed->setEnabled(false);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_preview->setShowVerdict(false);
    m_preview->setAnnotationStore(&m_database);

    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    // Every column sorts, in the database; no indicator: the bank's order.
    m_results->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_results->horizontalHeader()->setSortIndicatorShown(true);
    m_results->horizontalHeader()->setSectionsClickable(true);
    connect(m_results->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            &SearchResultModel::sort);
    // The order box and the header say the same: either sets the other.
    connect(m_results->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                const QSignalBlocker blocker(m_order);
                m_order->setCurrentIndex(
                    column < 0 ? 0 : 1 + 2 * column + (order == Qt::DescendingOrder ? 1 : 0));
            });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_results->horizontalHeader()->setSortIndicator(
            index <= 0 ? -1 : (index - 1) / 2,
            index > 0 && (index - 1) % 2 == 1 ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultModel::Id,
                                                        QHeaderView::Interactive);
    m_results->setColumnWidth(SearchResultModel::Id, 230);
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultModel::Topics,
                                                        QHeaderView::Interactive);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setWordWrap(false);
    m_results->setTextElideMode(Qt::ElideMiddle);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &BrowsePage::search);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_retired, &QCheckBox::toggled, this, &BrowsePage::search);
    for (QComboBox *filter :
         {m_domain, m_topic, m_task, m_type, m_difficulty, m_source, m_statusFilter})
        connect(filter, &QComboBox::currentIndexChanged, this, &BrowsePage::search);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_missed->setEnabled(index == missedItem); });
    connect(m_missed, &QSpinBox::valueChanged, this, [this] {
        if (m_missed->isEnabled())
            search();
    });
    connect(m_practise, &QPushButton::clicked, this, &BrowsePage::practiseFound);
    connect(m_export, &QPushButton::clicked, this, [this] {
        // Words typed a moment ago are part of what the learner means by "these".
        if (m_typing->isActive())
            search();
        emit exportQuestionsRequested(exportChoices());
    });
    connect(m_preview, &ExplanationView::annotationChanged, m_model, &SearchResultModel::refresh);
    connect(m_both, &QCheckBox::toggled, m_preview, &ExplanationView::setBothLanguages);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowsePage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A search selects its first question, so the preview always shows one found.
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        else
            m_preview->clear();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_retired);
    bar->addWidget(m_both);
    // The domain, task and topic names are long: their lists share the row's width, each
    // showing what fits (the open list shows them whole), so the page fits a laptop's screen.
    for (QComboBox *box : {m_domain, m_task, m_topic, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_domainLabel);
    filters->addWidget(m_domain, 1);
    filters->addSpacing(12);
    filters->addWidget(m_taskLabel);
    filters->addWidget(m_task, 1);
    filters->addSpacing(12);
    filters->addWidget(m_topicLabel);
    filters->addWidget(m_topic, 1);
    auto *more = new QHBoxLayout;
    more->addWidget(m_typeLabel);
    more->addWidget(m_type);
    more->addSpacing(12);
    more->addWidget(m_difficultyLabel);
    more->addWidget(m_difficulty);
    more->addSpacing(12);
    more->addWidget(m_sourceLabel);
    more->addWidget(m_source);
    more->addSpacing(12);
    more->addWidget(m_statusLabel);
    more->addWidget(m_statusFilter);
    more->addWidget(m_missed);
    more->addSpacing(12);
    more->addWidget(m_orderLabel);
    more->addWidget(m_order);
    more->addStretch(1);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusBar = new QHBoxLayout;
    statusBar->addWidget(m_status, 1);
    statusBar->addWidget(m_practise);
    statusBar->addWidget(m_export);
    listLayout->addLayout(statusBar);
    listLayout->addWidget(m_results, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addLayout(more);
    layout->addWidget(splitter, 1);
    retranslate();
}

void BrowsePage::prepare()
{
    fillFilters();
    search();
    m_search->setFocus();
    m_search->selectAll();
}

void BrowsePage::fillFilters()
{
    const QSignalBlocker blockDomain(m_domain), blockTopic(m_topic), blockTask(m_task),
        blockSource(m_source);
    const QString language = Language::current();
    const BankCatalog catalog = QuestionStore(m_database).catalog();
    const QString domain = m_domain->currentData().toString();
    m_domain->clear();
    m_domain->addItem(tr("All domains"), QString());
    if (const Blueprint *blueprint = catalog.blueprint(u"soa-c03")) {
        for (const Domain &d : blueprint->domains)
            m_domain->addItem(tr("Domain %1: %2").arg(d.id, d.name.in(language)), d.id);
    }
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(domain)));
    const QString task = m_task->currentData().toString();
    m_task->clear();
    m_task->addItem(tr("All tasks"), QString());
    if (const Blueprint *blueprint = catalog.blueprint(u"soa-c03")) {
        for (const Domain &d : blueprint->domains) {
            for (const TaskStatement &t : d.tasks)
                m_task->addItem(tr("Task %1: %2").arg(t.id, t.name.in(language)), t.id);
        }
    }
    m_task->setCurrentIndex(std::max(0, m_task->findData(task)));
    const QString source = m_source->currentData().toString();
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const QString &s : QuestionSearch(m_database).sources()) {
        m_source->addItem(s == u"bundled" ? tr("Bundled") : s.mid(s.indexOf(u':') + 1), s);
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    const QString topic = m_topic->currentData().toString();
    QList<Topic> topics = catalog.topics;
    std::sort(topics.begin(), topics.end(), [&language](const Topic &a, const Topic &b) {
        return QString::localeAwareCompare(a.name.in(language), b.name.in(language)) < 0;
    });
    m_topic->clear();
    m_topic->addItem(tr("All topics"), QString());
    QHash<QString, QString> names;
    for (const Topic &t : std::as_const(topics)) {
        m_topic->addItem(t.name.in(language), t.id);
        names.insert(t.id, t.name.in(language));
    }
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(topic)));
    m_model->setTopicNames(names);
}

SearchRequest BrowsePage::request() const
{
    SearchRequest request;
    request.text = m_search->text();
    request.includeRetired = m_retired->isChecked();
    request.domain = m_domain->currentData().toString();
    request.task = m_task->currentData().toString();
    request.topic = m_topic->currentData().toString();
    request.type = m_type->currentIndex() == 1 ? u"single"_s
        : m_type->currentIndex() == 2          ? u"multiple"_s
                                               : QString();
    request.difficulty = m_difficulty->currentIndex(); // 0: any, then 1 to 3
    request.source = m_source->currentData().toString();
    request.nowMs = m_clock.wallMs();
    const int status
        = std::clamp(m_statusFilter->currentIndex(), 0, int(std::size(statusItems)) - 1);
    request.status = statusItems[status];
    request.missed = status == leechItem ? FsrsScheduler::leechLapses : m_missed->value();
    // The order the learner chose by a column's header stays through new searches.
    request.sort = m_model->request().sort;
    request.descending = m_model->request().descending;
    return request;
}

void BrowsePage::search()
{
    m_typing->stop();
    const SearchRequest request = this->request();
    m_preview->setHighlights(QuestionSearch::wordsOf(request.text));
    m_model->setRequest(request);
    updateStatus();
}

QList<ExportDialog::Choice> BrowsePage::exportChoices() const
{
    return {{tr("The questions found"), QuestionSearch(m_database).ids(request()),
             u"shiken-questions"_s, false}};
}

QStringList BrowsePage::stalestFound(int count) const
{
    SearchRequest request = this->request();
    request.includeRetired = false;
    request.includeSuspended = false;
    request.sort = SearchRequest::Sort::Stalest;
    request.limit = count;
    QStringList ids;
    for (const SearchHit &hit : QuestionSearch(m_database).search(request))
        ids.append(hit.id);
    return ids;
}

void BrowsePage::practiseFound()
{
    // Words typed a moment ago are part of what the learner means by "these".
    if (m_typing->isActive())
        search();
    if (m_model->found() <= 0)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"practiseDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Practise These Questions"));
    auto *intro = new QLabel(tr("A session of the questions found, those you have not answered "
                                "for longest first (never answered ones before all others). "
                                "Suspended and retired questions are left out."),
                             dialog);
    intro->setWordWrap(true);
    auto *count = new QSpinBox(dialog);
    count->setObjectName(u"practiseCount"_s);
    count->setRange(1, std::min(practiseMost, m_model->found()));
    count->setValue(std::min(practiseDefault, count->maximum()));
    auto *mode = new QComboBox(dialog);
    mode->setObjectName(u"practiseMode"_s);
    mode->addItem(tr("Practice (each answer checked at once)"));
    mode->addItem(tr("Drill (each answer checked at once, counted as a drill)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Questions:"), count);
    form->addRow(tr("&Mode:"), mode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, count, mode] {
        const QStringList ids = stalestFound(count->value());
        if (ids.isEmpty()) {
            m_status->setText(tr("Every question found is suspended or retired."));
            return;
        }
        emit practiseRequested(
            ids, mode->currentIndex() == 0 ? Attempt::Mode::Practice : Attempt::Mode::Drill);
    });
    count->setFocus();
    dialog->open();
}

void BrowsePage::updateStatus()
{
    const int found = m_model->found();
    if (!m_model->error().isEmpty())
        m_status->setText(tr("The search failed: %1").arg(m_model->error()));
    else if (found == 0 && !filtering() && m_search->text().trimmed().isEmpty())
        m_status->setText(tr("The bank holds no questions."));
    else if (found == 0 && !filtering())
        m_status->setText(tr("No question contains %1.").arg(m_search->text().trimmed()));
    else if (found == 0 && m_search->text().trimmed().isEmpty())
        m_status->setText(tr("No question matches these filters."));
    else if (found == 0)
        m_status->setText(
            tr("No question with these filters contains %1.").arg(m_search->text().trimmed()));
    else if (found > SearchResultModel::countCap)
        m_status->setText(
            tr("More than %1 questions.").arg(QLocale().toString(SearchResultModel::countCap)));
    else
        m_status->setText(tr("%Ln question(s).", nullptr, found));
}

bool BrowsePage::filtering() const
{
    const SearchRequest request = m_model->request();
    return !request.domain.isEmpty() || !request.task.isEmpty() || !request.topic.isEmpty()
        || !request.type.isEmpty() || request.difficulty != 0 || !request.source.isEmpty()
        || request.status != SearchRequest::Status::Any;
}

void BrowsePage::showCurrent()
{
    const QString id = m_results->currentIndex().data(SearchResultModel::QuestionIdRole).toString();
    const auto question = id.isEmpty() ? std::nullopt : QuestionStore(m_database).question(id);
    if (!question) {
        m_preview->clear();
        return;
    }
    QString keys;
    for (const Choice &choice : question->choices)
        keys += choice.key;
    m_preview->showQuestion(*question, keys, QString(), Language::current(), question->id);
}

bool BrowsePage::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box, Down and Enter go to the list of questions found.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_typing->isActive())
                search();
            m_results->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BrowsePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BrowsePage::retranslate()
{
    m_title->setText(tr("Browse Questions"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Words in English or Japanese; \"a phrase\""));
    m_retired->setText(tr("Include &retired"));
    m_both->setText(tr("Both lan&guages"));
    m_domainLabel->setText(tr("&Domain:"));
    m_topicLabel->setText(tr("T&opic:"));
    m_taskLabel->setText(tr("&Task:"));
    m_typeLabel->setText(tr("T&ype:"));
    m_difficultyLabel->setText(tr("Diff&iculty:"));
    m_sourceLabel->setText(tr("Sour&ce:"));
    m_statusLabel->setText(tr("Sho&w:"));
    setItemTexts(m_type, {tr("Any type"), tr("Single answer"), tr("Multiple answers")});
    setItemTexts(m_difficulty, {tr("Any difficulty"), tr("Easy"), tr("Medium"), tr("Hard")});
    setItemTexts(m_statusFilter,
                 {tr("All questions"), tr("Never answered"), tr("Last answer wrong"),
                  tr("Missed at least (times):"),
                  tr("Leeches (missed %n times or more)", nullptr, FsrsScheduler::leechLapses),
                  tr("Due for review"), tr("Bookmarked"), tr("With a note"), tr("Suspended")});
    m_missed->setSuffix(tr(" times"));
    m_model->retranslate();
    QStringList orders {tr("Bank order")};
    for (int column = 0; column < SearchResultModel::ColumnCount; ++column) {
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        orders.append(tr("%1, ascending").arg(name));
        orders.append(tr("%1, descending").arg(name));
    }
    m_orderLabel->setText(tr("Ord&er:"));
    setItemTexts(m_order, orders);
    m_practise->setText(tr("&Practise These…"));
    m_practise->setToolTip(tr("Start a practice session or a drill with the questions found"));
    m_export->setText(tr("E&xport These…"));
    m_export->setToolTip(
        tr("Write the questions found for Moodle, a spreadsheet, Anki or another Shiken"));
    fillFilters();
    updateStatus();
    if (m_results->currentIndex().isValid())
        showCurrent();
}
