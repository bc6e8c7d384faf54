#include "setuppage.h"

#include "appearance.h"
#include "bank/annotationstore.h"
#include "bank/questionstore.h"
#include "language.h"
#include "shortcuts.h"
#include "storage/database.h"
#include "textformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr auto examId = "soa-c03"_L1;
constexpr auto eslKey = "exam/eslPlus30"_L1;
// Practice and drills get the real exam's pace by default: 130 minutes for 65 questions.
constexpr int minutesPerQuestion = 2;
} // namespace

SetupPage::SetupPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_title(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_modeHelp(new QLabel(this))
    , m_scopeTitle(new QLabel(this))
    , m_scope(new QTreeWidget(this))
    , m_topicsTitle(new QLabel(this))
    , m_topics(new QListWidget(this))
    , m_lengthLabel(new QLabel(this))
    , m_length(new QSpinBox(this))
    , m_timer(new QCheckBox(this))
    , m_minutes(new QSpinBox(this))
    , m_esl(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_shortage(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(u"setupPage"_s);
    m_mode->setObjectName(u"modeCombo"_s);
    m_scope->setObjectName(u"scopeTree"_s);
    m_topics->setObjectName(u"topicList"_s);
    m_length->setObjectName(u"lengthSpin"_s);
    m_timer->setObjectName(u"timerCheck"_s);
    m_minutes->setObjectName(u"minutesSpin"_s);
    m_esl->setObjectName(u"eslCheck"_s);
    m_esl->setChecked(QSettings().value(eslKey, false).toBool());
    m_summary->setObjectName(u"setupSummary"_s);
    m_shortage->setObjectName(u"shortageLabel"_s);
    m_start->setObjectName(u"startButton"_s);
    m_back->setObjectName(u"backButton"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_modeHelp->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_shortage->setWordWrap(true);
    const auto restyle = [this] {
        m_shortage->setStyleSheet(
            u"color: %1;"_s.arg(Appearance::color(Appearance::Role::Caution).name()));
    };
    restyle();
    connect(&Appearance::instance(), &Appearance::changed, this, restyle);
    m_mode->addItems({QString(), QString(), QString()});
    m_scope->setHeaderHidden(true);
    m_scope->setColumnCount(2);
    m_scope->header()->setStretchLastSection(false);
    m_scope->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scope->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_length->setRange(1, 500);
    m_minutes->setRange(1, 600);
    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    m_back->setAutoDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Mode"), m_mode);
    auto *lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_length);
    lengthRow->addStretch();
    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_timer);
    timerRow->addWidget(m_minutes);
    timerRow->addStretch();
    form->addRow(m_lengthLabel, lengthRow);
    form->addRow(QString(), timerRow);
    form->addRow(QString(), m_esl);

    auto *lists = new QHBoxLayout;
    auto *scopeColumn = new QVBoxLayout;
    scopeColumn->addWidget(m_scopeTitle);
    scopeColumn->addWidget(m_scope, 1);
    auto *topicColumn = new QVBoxLayout;
    topicColumn->addWidget(m_topicsTitle);
    topicColumn->addWidget(m_topics, 1);
    lists->addLayout(scopeColumn, 3);
    lists->addLayout(topicColumn, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_modeHelp);
    layout->addLayout(lists, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_shortage);
    layout->addLayout(buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &SetupPage::updateState);
    connect(m_length, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_timer->isChecked() || m_mode->currentIndex() == 0)
            m_minutes->setValue(value * minutesPerQuestion);
        updateState();
    });
    connect(m_timer, &QCheckBox::toggled, this, &SetupPage::updateState);
    connect(m_esl, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(eslKey, on); // remembered for the next mock exam
        updateState();
    });
    connect(m_scope, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0)
            return;
        // Checking a domain checks its tasks; the domain shows whether all, some or none are in.
        const QSignalBlocker blocker(m_scope);
        if (!item->parent()) {
            for (int i = 0; i < item->childCount(); ++i)
                item->child(i)->setCheckState(
                    0, item->checkState(0) == Qt::Checked ? Qt::Checked : Qt::Unchecked);
        } else {
            QTreeWidgetItem *domainItem = item->parent();
            int checked = 0;
            for (int i = 0; i < domainItem->childCount(); ++i)
                checked += domainItem->child(i)->checkState(0) == Qt::Checked ? 1 : 0;
            domainItem->setCheckState(0,
                                      checked == 0 ? Qt::Unchecked
                                          : checked == domainItem->childCount()
                                          ? Qt::Checked
                                          : Qt::PartiallyChecked);
        }
        updateState();
    });
    connect(m_topics, &QListWidget::itemChanged, this, &SetupPage::updateState);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_start->isEnabled())
            emit startRequested(setup());
    });
    connect(m_back, &QPushButton::clicked, this, &SetupPage::backRequested);
    const auto bind = [this](Shortcuts::Command command, QPushButton *button) {
        for (const QKeySequence &key : Shortcuts::keys(command)) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
        }
    };
    bind(Shortcuts::Command::StartSession, m_start);
    bind(Shortcuts::Command::Back, m_back);
    retranslate();
}

void SetupPage::prepare(Attempt::Mode mode)
{
    const QuestionStore store(m_database);
    if (const auto blueprint = store.blueprint(QString(examId)))
        m_blueprint = *blueprint;
    m_prepared = true;
    m_suspendedCount = AnnotationStore(m_database).suspendedCount(m_blueprint.id);
    fillScope();
    {
        // one updateState() below, not one per control set here
        const QSignalBlocker blockMode(m_mode), blockLength(m_length), blockTimer(m_timer);
        m_mode->setCurrentIndex(mode == Attempt::Mode::Exam           ? 0
                                    : mode == Attempt::Mode::Practice ? 1
                                                                      : 2);
        m_length->setValue(mode == Attempt::Mode::Exam ? m_blueprint.questionCount : 20);
        m_timer->setChecked(false);
        m_minutes->setValue(m_length->value() * minutesPerQuestion);
    }
    updateState();
    m_start->setFocus(Qt::OtherFocusReason);
}

void SetupPage::fillScope()
{
    const QString language = Language::current();
    const QSignalBlocker blockScope(m_scope);
    const QSignalBlocker blockTopics(m_topics);
    m_scope->clear();
    const QuestionStore store(m_database);
    // What a session can draw on: the bank's questions less those the learner suspended.
    const AnnotationStore annotations(m_database);
    const auto available = [&](QMap<QString, int> counts, const QString &kind) {
        const QMap<QString, int> suspended = annotations.suspendedBy(m_blueprint.id, kind);
        for (auto it = suspended.cbegin(); it != suspended.cend(); ++it) {
            if (counts.contains(it.key()))
                counts[it.key()] = std::max(0, counts.value(it.key()) - it.value());
        }
        return counts;
    };
    const QMap<QString, int> byDomain
        = available(store.activeCountsByDomain(m_blueprint.id), u"domain"_s);
    const QMap<QString, int> byTask
        = available(store.activeCountsByTask(m_blueprint.id), u"task"_s);
    const QMap<QString, int> byTopic
        = available(store.activeCountsByTopic(m_blueprint.id), u"topic"_s);
    for (const Domain &domain : std::as_const(m_blueprint.domains)) {
        auto *item = new QTreeWidgetItem(m_scope);
        item->setText(0, tr("Domain %1: %2").arg(domain.id, domain.name.in(language)));
        item->setText(1, QString::number(byDomain.value(domain.id)));
        item->setData(0, Qt::UserRole, domain.id);
        item->setCheckState(0, Qt::Checked);
        for (const TaskStatement &task : domain.tasks) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("Task %1: %2").arg(task.id, task.name.in(language)));
            child->setText(1, QString::number(byTask.value(task.id)));
            child->setData(0, Qt::UserRole, task.id);
            child->setCheckState(0, Qt::Checked);
        }
    }
    m_topics->clear();
    const BankCatalog catalog = store.catalog();
    for (const Topic &topic : catalog.topics) {
        if (!byTopic.contains(topic.id))
            continue;
        auto *item = new QListWidgetItem(
            u"%1 (%2)"_s.arg(topic.name.in(language)).arg(byTopic.value(topic.id)), m_topics);
        item->setData(Qt::UserRole, topic.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_topics->sortItems();
}

ExamSession::Setup SetupPage::setup() const
{
    ExamSession::Setup setup;
    const int mode = m_mode->currentIndex();
    setup.mode = mode == 0 ? Attempt::Mode::Exam
        : mode == 1        ? Attempt::Mode::Practice
                           : Attempt::Mode::Drill;
    if (mode == 0) {
        setup.request.count = m_blueprint.questionCount;
        setup.timeLimitMs
            = qint64(m_blueprint.durationMinutes + (m_esl->isChecked() ? eslExtraMinutes : 0)) * 60
            * 1000;
        return setup;
    }
    setup.request.count = m_length->value();
    setup.timeLimitMs = m_timer->isChecked() ? qint64(m_minutes->value()) * 60 * 1000 : 0;
    bool allTasks = true;
    for (int i = 0; i < m_scope->topLevelItemCount(); ++i) {
        QTreeWidgetItem *domain = m_scope->topLevelItem(i);
        if (domain->checkState(0) != Qt::Unchecked)
            setup.request.domains.append(domain->data(0, Qt::UserRole).toString());
        for (int j = 0; j < domain->childCount(); ++j) {
            if (domain->child(j)->checkState(0) == Qt::Checked)
                setup.request.tasks.append(domain->child(j)->data(0, Qt::UserRole).toString());
            else
                allTasks = false;
        }
    }
    if (allTasks)
        setup.request.tasks.clear();
    if (setup.request.domains.size() == m_scope->topLevelItemCount())
        setup.request.domains.clear();
    for (int i = 0; i < m_topics->count(); ++i) {
        if (m_topics->item(i)->checkState() == Qt::Checked)
            setup.request.topics.append(m_topics->item(i)->data(Qt::UserRole).toString());
    }
    return setup;
}

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_prepared)
            fillScope();
    }
    QWidget::changeEvent(event);
}

void SetupPage::retranslate()
{
    m_title->setText(tr("New Session"));
    m_mode->setItemText(0, tr("Mock exam"));
    m_mode->setItemText(1, tr("Practice"));
    m_mode->setItemText(2, tr("Domain or topic drill"));
    m_scopeTitle->setText(tr("Domains and task statements"));
    m_topicsTitle->setText(tr("Topics (none checked: any topic)"));
    m_lengthLabel->setText(tr("Questions"));
    m_timer->setText(tr("Timed, minutes:"));
    m_esl->setText(tr("&ESL +%1 minutes (English is not my first language)").arg(eslExtraMinutes));
    m_esl->setToolTip(tr("AWS grants candidates whose first language is not English %1 more "
                         "minutes on request (the \"ESL +30\" accommodation). Shiken remembers "
                         "this choice.")
                          .arg(eslExtraMinutes));
    m_start->setText(tr("&Start"));
    m_back->setText(tr("&Back"));
    if (auto *form = findChild<QFormLayout *>()) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_mode)))
            label->setText(tr("Mode"));
    }
    updateState();
}

void SetupPage::updateState()
{
    const bool exam = m_mode->currentIndex() == 0;
    m_scope->setEnabled(!exam);
    m_topics->setEnabled(!exam);
    m_length->setEnabled(!exam);
    m_timer->setEnabled(!exam);
    m_minutes->setEnabled(!exam && m_timer->isChecked());
    m_esl->setVisible(exam);
    const int examMinutes
        = m_blueprint.durationMinutes + (m_esl->isChecked() ? eslExtraMinutes : 0);
    if (exam) {
        const QSignalBlocker blocker(m_length);
        m_length->setValue(m_blueprint.questionCount);
        m_minutes->setValue(examMinutes);
    }
    m_modeHelp->setText(
        exam ? tr("As in the real exam: %1 questions in %2 minutes, weighted by domain, "
                  "with no feedback until you end the exam.")
                   .arg(m_blueprint.questionCount)
                   .arg(examMinutes)
            : m_mode->currentIndex() == 1
            ? tr("Check each answer as you go and read its explanation at once. The timer is "
                 "optional and can be paused.")
            : tr("Only the domains, task statements and topics you check."));

    ExamSession::Setup s = setup();
    s.request.seed = 1;
    const AssembledExam preview
        = ExamAssembler::assemble(m_blueprint, QuestionStore(m_database), s.request);
    m_start->setEnabled(!preview.items.isEmpty());
    QString summary = preview.items.isEmpty()
        ? tr("No question matches this selection.")
        : tr("%n question(s) will be asked.", nullptr, int(preview.items.size()));
    if (m_suspendedCount > 0)
        summary += u' '
            + tr("%Ln suspended question(s) are left out (Browse Questions lists them).", nullptr,
                 m_suspendedCount);
    m_summary->setText(summary);
    QStringList notes;
    const QString language = Language::current();
    for (const DomainAllocation &a : preview.shortages()) {
        const Domain *domain = m_blueprint.domain(a.domain);
        notes.append(tr("Domain %1 (%2) has %3 of the %4 questions its weight asks for.")
                         .arg(a.domain, domain ? domain->name.in(language) : QString())
                         .arg(a.available)
                         .arg(a.planned));
    }
    if (preview.items.size() < preview.requested && !preview.items.isEmpty())
        notes.append(tr("The bank has only %n matching question(s): the session will be shorter.",
                        nullptr, int(preview.items.size())));
    else if (!notes.isEmpty())
        notes.append(tr("The rest is taken from the other domains."));
    m_shortage->setText(TextFormat::sentences(notes));
    m_shortage->setVisible(!notes.isEmpty());
}
