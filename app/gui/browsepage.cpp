#include "browsepage.h"

#include "bank/questionstore.h"
#include "bank/searchresultmodel.h"
#include "explanationview.h"
#include "language.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int typingPauseMs = 250;
}

BrowsePage::BrowsePage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new SearchResultModel(database, this))
    , m_title(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_domainLabel(new QLabel(this))
    , m_domain(new QComboBox(this))
    , m_topicLabel(new QLabel(this))
    , m_topic(new QComboBox(this))
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
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_preview->setShowVerdict(false);

    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultModel::Id,
                                                        QHeaderView::Stretch);
    for (const int column :
         {SearchResultModel::Domain, SearchResultModel::Task, SearchResultModel::Source})
        m_results->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &BrowsePage::search);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_retired, &QCheckBox::toggled, this, &BrowsePage::search);
    for (QComboBox *filter : {m_domain, m_topic})
        connect(filter, &QComboBox::currentIndexChanged, this, &BrowsePage::search);
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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_domainLabel);
    filters->addWidget(m_domain);
    filters->addSpacing(12);
    filters->addWidget(m_topicLabel);
    filters->addWidget(m_topic);
    filters->addStretch(1);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_status);
    listLayout->addWidget(m_results, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addLayout(filters);
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
    const QSignalBlocker blockDomain(m_domain), blockTopic(m_topic);
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
    const QString topic = m_topic->currentData().toString();
    QList<Topic> topics = catalog.topics;
    std::sort(topics.begin(), topics.end(), [&language](const Topic &a, const Topic &b) {
        return QString::localeAwareCompare(a.name.in(language), b.name.in(language)) < 0;
    });
    m_topic->clear();
    m_topic->addItem(tr("All topics"), QString());
    for (const Topic &t : std::as_const(topics))
        m_topic->addItem(t.name.in(language), t.id);
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(topic)));
}

void BrowsePage::search()
{
    m_typing->stop();
    SearchRequest request;
    request.text = m_search->text();
    request.includeRetired = m_retired->isChecked();
    request.domain = m_domain->currentData().toString();
    request.topic = m_topic->currentData().toString();
    m_preview->setHighlights(QuestionSearch::wordsOf(request.text));
    m_model->setRequest(request);
    updateStatus();
}

void BrowsePage::updateStatus()
{
    const int found = m_model->found();
    if (!m_model->error().isEmpty())
        m_status->setText(tr("The search failed: %1").arg(m_model->error()));
    else if (found == 0 && m_search->text().trimmed().isEmpty())
        m_status->setText(tr("The bank holds no questions."));
    else if (found == 0)
        m_status->setText(tr("No question contains %1.").arg(m_search->text().trimmed()));
    else if (found > SearchResultModel::countCap)
        m_status->setText(
            tr("More than %1 questions.").arg(QLocale().toString(SearchResultModel::countCap)));
    else
        m_status->setText(tr("%n question(s).", nullptr, found));
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
    m_retired->setText(tr("Include re&tired"));
    m_both->setText(tr("Both lan&guages"));
    m_domainLabel->setText(tr("&Domain:"));
    m_topicLabel->setText(tr("T&opic:"));
    fillFilters();
    updateStatus();
    if (m_results->currentIndex().isValid())
        showCurrent();
}
