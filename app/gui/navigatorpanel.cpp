#include "navigatorpanel.h"

#include "appearance.h"
#include "exam/examsession.h"

#include <QEvent>
#include <QGridLayout>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int columns = 5;
}

NavigatorPanel::NavigatorPanel(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(u"navigatorPanel"_s);
    m_grid->setSpacing(3);
    m_grid->setContentsMargins(0, 0, 0, 0);
    restyle();
    connect(&Appearance::instance(), &Appearance::changed, this, &NavigatorPanel::restyle);
}

void NavigatorPanel::restyle()
{
    // States are properties, so the look lives in one style sheet, light or dark.
    using Role = Appearance::Role;
    setStyleSheet(
        u"QToolButton { min-width: 2.4em; min-height: 1.8em; border: 1px solid palette(mid);"
        " border-radius: 3px; background: palette(base); }"
        "QToolButton[itemState=\"answered\"] { background: %1; }"
        "QToolButton[itemState=\"incomplete\"] { background: %2; }"
        "QToolButton[flagged=\"true\"] { color: %3; font-weight: bold; }"
        "QToolButton[current=\"true\"] { border: 2px solid palette(highlight); }"
        "QToolButton[result=\"correct\"] { background: %4; }"
        "QToolButton[result=\"wrong\"] { background: %5; }"_s.arg(
            Appearance::color(Role::Answered).name(), Appearance::color(Role::Incomplete).name(),
            Appearance::color(Role::Danger).name(), Appearance::color(Role::Correct).name(),
            Appearance::color(Role::Wrong).name()));
}

void NavigatorPanel::setSession(ExamSession *session)
{
    m_session = session;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    if (!session)
        return;
    for (int i = 0; i < session->count(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"navigatorButton_%1"_s.arg(i + 1));
        button->setText(QString::number(i + 1));
        button->setFocusPolicy(
            Qt::NoFocus); // the keyboard moves with Left/Right and the review screen
        connect(button, &QToolButton::clicked, this, [this, i] { emit positionRequested(i); });
        m_grid->addWidget(button, i / columns, i % columns);
        m_buttons.append(button);
    }
    refreshAll();
}

QToolButton *NavigatorPanel::button(int position) const
{
    return m_buttons.value(position);
}

void NavigatorPanel::refreshAll()
{
    for (int i = 0; i < m_buttons.size(); ++i)
        refresh(i);
}

void NavigatorPanel::refresh(int position)
{
    QToolButton *button = m_buttons.value(position);
    if (!button || !m_session)
        return;
    const ExamSession::ItemState state = m_session->state(position);
    const QString stateName = state == ExamSession::ItemState::Answered ? u"answered"_s
        : state == ExamSession::ItemState::Incomplete                   ? u"incomplete"_s
                                                                        : u"unanswered"_s;
    QString result;
    if (m_session->isChecked(position))
        result = m_session->isCorrect(position) ? u"correct"_s : u"wrong"_s;
    button->setProperty("itemState", stateName);
    button->setProperty("flagged", m_session->isFlagged(position));
    button->setProperty("current", m_session->position() == position);
    button->setProperty("result", result);
    button->setText(m_session->isFlagged(position) ? QString::number(position + 1) + u"⚑"_s
                                                   : QString::number(position + 1));
    QStringList tip {tr("Question %1").arg(position + 1)};
    tip.append(state == ExamSession::ItemState::Answered         ? tr("answered")
                   : state == ExamSession::ItemState::Incomplete ? tr("incomplete")
                                                                 : tr("unanswered"));
    if (m_session->isFlagged(position))
        tip.append(tr("flagged for review"));
    button->setToolTip(tip.join(u", "_s));
    button->style()->unpolish(button);
    button->style()->polish(button);
}

void NavigatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshAll();
    QWidget::changeEvent(event);
}
