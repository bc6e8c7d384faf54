#include "reviewdialog.h"

#include "exam/examsession.h"
#include "textformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReviewDialog::ReviewDialog(ExamSession &session, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(language)
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"reviewDialog"_s);
    m_filter->setObjectName(u"reviewFilter"_s);
    m_list->setObjectName(u"reviewList"_s);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_filter->addItems({QString(), QString(), QString()});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *go = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    go->setObjectName(u"reviewGoButton"_s);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(go, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem()) {
            m_chosen = item->data(0, Qt::UserRole).toInt();
            accept();
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_chosen = item->data(0, Qt::UserRole).toInt();
        accept();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewDialog::fill);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 520);
    retranslate();
    m_list->setFocus();
}

void ReviewDialog::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(int(filter));
}

void ReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReviewDialog::retranslate()
{
    setWindowTitle(tr("Review"));
    m_filter->setItemText(0, tr("All questions"));
    m_filter->setItemText(1, tr("Incomplete (unanswered or partly answered)"));
    m_filter->setItemText(2, tr("Flagged for review"));
    m_list->setHeaderLabels({tr("Question"), tr("State"), tr("Flag"), tr("Text")});
    if (auto *buttons = findChild<QDialogButtonBox *>()) {
        if (auto *go = buttons->findChild<QPushButton *>(u"reviewGoButton"_s))
            go->setText(tr("Go to Question"));
    }
    fill();
}

void ReviewDialog::fill()
{
    const auto filter = Filter(qMax(0, m_filter->currentIndex()));
    m_list->clear();
    int incomplete = 0, flagged = 0;
    for (int i = 0; i < m_session.count(); ++i) {
        const ExamSession::ItemState state = m_session.state(i);
        const bool isIncomplete = state != ExamSession::ItemState::Answered;
        incomplete += isIncomplete ? 1 : 0;
        flagged += m_session.isFlagged(i) ? 1 : 0;
        if ((filter == Filter::Incomplete && !isIncomplete)
            || (filter == Filter::Flagged && !m_session.isFlagged(i)))
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(i + 1));
        item->setData(0, Qt::UserRole, i);
        item->setText(1,
                      state == ExamSession::ItemState::Answered         ? tr("Answered")
                          : state == ExamSession::ItemState::Incomplete ? tr("Incomplete")
                                                                        : tr("Unanswered"));
        item->setText(2, m_session.isFlagged(i) ? u"⚑"_s : QString());
        item->setText(3, TextFormat::summary(m_session.question(i).stem.in(m_language), 140));
        if (i == m_session.position())
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_summary->setText(tr("%1 of %2 answered; %3 incomplete; %4 flagged.")
                           .arg(m_session.count() - incomplete)
                           .arg(m_session.count())
                           .arg(incomplete)
                           .arg(flagged));
}
