#include "bankoverviewpage.h"

#include "bank/annotationstore.h"
#include "bank/questionstore.h"
#include "language.h"
#include "storage/database.h"
#include "textformat.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr auto examId = "soa-c03"_L1;
}

BankOverviewPage::BankOverviewPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_domains(new QTreeWidget(this))
{
    setObjectName(u"bankOverviewPage"_s);
    m_title->setObjectName(u"bankTitle"_s);
    m_summary->setObjectName(u"bankSummary"_s);
    m_domains->setObjectName(u"bankDomains"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_domains->setColumnCount(3);
    m_domains->setRootIsDecorated(true);
    m_domains->setUniformRowHeights(true);
    m_domains->header()->setStretchLastSection(false);
    m_domains->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_domains->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_domains->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_domains, 1);
    retranslate();
}

void BankOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BankOverviewPage::retranslate()
{
    m_domains->setHeaderLabels({tr("Domain"), tr("Weight"), tr("Questions")});
    // The page reads the database when it is shown (MainWindow calls reload()), not at start-up.
    if (isVisible())
        reload();
}

void BankOverviewPage::reload()
{
    const QuestionStore store(m_database);
    const QString language = Language::current();
    const auto blueprint = store.blueprint(QString(examId));
    m_domains->clear();
    if (!blueprint) {
        m_title->setText(tr("No exam in the database"));
        m_summary->clear();
        return;
    }
    m_title->setText(blueprint->title.in(language));
    const QMap<QString, int> byDomain = store.activeCountsByDomain(blueprint->id);
    const QMap<QString, int> byTask = store.activeCountsByTask(blueprint->id);
    for (const Domain &domain : blueprint->domains) {
        auto *item = new QTreeWidgetItem(m_domains);
        item->setText(0, tr("Domain %1: %2").arg(domain.id, domain.name.in(language)));
        item->setText(1, QLocale().toString(domain.weight) + u'%');
        item->setText(2, QLocale().toString(byDomain.value(domain.id)));
        item->setData(0, Qt::UserRole, domain.id);
        for (const TaskStatement &task : domain.tasks) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("Task %1: %2").arg(task.id, task.name.in(language)));
            child->setText(2, QLocale().toString(byTask.value(task.id)));
            child->setData(0, Qt::UserRole, task.id);
        }
    }
    m_domains->expandAll();
    const int total = store.activeCount(blueprint->id);
    QStringList sentences {tr("%Ln question(s) in the bank.", nullptr, total)};
    if (const int suspended = AnnotationStore(m_database).suspendedCount(blueprint->id))
        sentences.append(tr("%Ln of them suspended: left out of exams and drills until you "
                            "unsuspend them (Browse Questions lists them).",
                            nullptr, suspended));
    sentences.append(tr("A mock exam has %1 questions and lasts %2 minutes; the passing score "
                        "is %3 on a scale of %4–%5.")
                         .arg(blueprint->questionCount)
                         .arg(blueprint->durationMinutes)
                         .arg(blueprint->passingScore)
                         .arg(blueprint->scaleMin)
                         .arg(blueprint->scaleMax));
    m_summary->setText(TextFormat::sentences(sentences));
}
