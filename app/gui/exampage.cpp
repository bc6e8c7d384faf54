#include "exampage.h"

#include "appearance.h"
#include "exam/examsession.h"
#include "explanationview.h"
#include "language.h"
#include "markdownview.h"
#include "navigatorpanel.h"
#include "prompter.h"
#include "reviewdialog.h"
#include "shortcuts.h"
#include "textformat.h"
#include "textscale.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A choice's text as a label that selects its button when clicked.
class ChoiceLabel final : public QLabel
{
public:
    ChoiceLabel(QAbstractButton *button, QWidget *parent)
        : QLabel(parent)
        , m_button(button)
    {
        setWordWrap(true);
        setTextFormat(Qt::RichText);
        setTextInteractionFlags(Qt::NoTextInteraction);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_button->isEnabled())
            m_button->click();
    }

private:
    QAbstractButton *m_button;
};

} // namespace

ExamPage::ExamPage(Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_positionLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_paceLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_unsavedBar(new QFrame(this))
    , m_unsavedLabel(new QLabel(m_unsavedBar))
    , m_retrySaveButton(new QPushButton(m_unsavedBar))
    , m_flagButton(new QPushButton(this))
    , m_bookmarkButton(new QPushButton(this))
    , m_languageButton(new QPushButton(this))
    , m_scroll(new QScrollArea(this))
    , m_stem(new MarkdownView)
    , m_instruction(new QLabel)
    , m_choiceArea(new QWidget)
    , m_choiceLayout(new QVBoxLayout(m_choiceArea))
    , m_feedback(new ExplanationView)
    , m_pausedLabel(new QLabel)
    , m_navigator(new NavigatorPanel)
    , m_navigatorTitle(new QLabel)
    , m_previousButton(new QPushButton(this))
    , m_nextButton(new QPushButton(this))
    , m_reviewButton(new QPushButton(this))
    , m_checkButton(new QPushButton(this))
    , m_pauseButton(new QPushButton(this))
    , m_leaveButton(new QPushButton(this))
    , m_endButton(new QPushButton(this))
{
    setObjectName(u"examPage"_s);
    m_positionLabel->setObjectName(u"positionLabel"_s);
    m_modeLabel->setObjectName(u"modeLabel"_s);
    m_timeLabel->setObjectName(u"timeLabel"_s);
    m_paceLabel->setObjectName(u"paceLabel"_s);
    m_paceLabel->setStyleSheet(u"color: palette(mid);"_s); // discreet, like the mode
    m_warningLabel->setObjectName(u"timeWarningLabel"_s);
    m_flagButton->setObjectName(u"flagButton"_s);
    m_bookmarkButton->setObjectName(u"bookmarkButton"_s);
    m_languageButton->setObjectName(u"languageButton"_s);
    m_stem->setObjectName(u"stemView"_s);
    m_instruction->setObjectName(u"instructionLabel"_s);
    m_feedback->setObjectName(u"feedbackView"_s);
    m_pausedLabel->setObjectName(u"pausedLabel"_s);
    m_previousButton->setObjectName(u"previousButton"_s);
    m_nextButton->setObjectName(u"nextButton"_s);
    m_reviewButton->setObjectName(u"reviewButton"_s);
    m_checkButton->setObjectName(u"checkButton"_s);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_leaveButton->setObjectName(u"leaveButton"_s);
    m_endButton->setObjectName(u"endButton"_s);

    QFont big = m_positionLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_positionLabel->setFont(big);
    m_timeLabel->setFont(big);
    const auto restyle = [this] {
        const QString danger = Appearance::color(Appearance::Role::Danger).name();
        m_warningLabel->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(danger));
        m_unsavedBar->setStyleSheet(u"#unsavedBar { border: 2px solid %1; }"_s.arg(danger));
    };
    m_warningLabel->hide();
    m_flagButton->setCheckable(true);
    m_bookmarkButton->setCheckable(true);
    // Return presses the focused button, as Space does (a page is not a dialog).
    for (QPushButton *button :
         {m_flagButton, m_bookmarkButton, m_languageButton, m_previousButton, m_nextButton,
          m_reviewButton, m_checkButton, m_pauseButton, m_leaveButton, m_endButton})
        button->setAutoDefault(true);
    m_modeLabel->setStyleSheet(u"color: palette(mid);"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_positionLabel);
    top->addWidget(m_modeLabel);
    top->addStretch();
    top->addWidget(m_warningLabel);
    top->addWidget(m_paceLabel);
    top->addWidget(m_timeLabel);
    top->addSpacing(12);
    top->addWidget(m_flagButton);
    top->addWidget(m_bookmarkButton);
    top->addWidget(m_languageButton);

    m_stem->setFitToContents(true);
    TextScale::follow(m_stem);
    TextScale::follow(m_instruction);
    m_stem->setFocusPolicy(Qt::NoFocus);
    QFont instructionFont = m_instruction->font();
    instructionFont.setBold(true);
    m_instruction->setFont(instructionFont);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceLayout->setSpacing(8);
    m_feedback->setShowStem(false);
    m_feedback->setMinimumHeight(260);
    m_feedback->hide();
    m_pausedLabel->setAlignment(Qt::AlignCenter);
    m_pausedLabel->hide();

    auto *questionWidget = new QWidget;
    auto *questionLayout = new QVBoxLayout(questionWidget);
    questionLayout->addWidget(m_stem);
    questionLayout->addWidget(m_instruction);
    questionLayout->addWidget(m_choiceArea);
    questionLayout->addWidget(m_pausedLabel);
    questionLayout->addWidget(m_feedback, 1);
    questionLayout->addStretch();
    m_scroll->setWidget(questionWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_navigatorTitle);
    sideLayout->addWidget(m_navigator);
    sideLayout->addStretch();
    auto *sideScroll = new QScrollArea;
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setMinimumWidth(240);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_scroll);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_previousButton);
    bottom->addWidget(m_nextButton);
    bottom->addSpacing(12);
    bottom->addWidget(m_checkButton);
    bottom->addStretch();
    bottom->addWidget(m_reviewButton);
    bottom->addWidget(m_pauseButton);
    bottom->addWidget(m_leaveButton);
    bottom->addWidget(m_endButton);

    // Shown while a change could not be written: the exam waits, hidden, for the learner to
    // retry once the disk has room again.
    m_unsavedBar->setObjectName(u"unsavedBar"_s);
    m_unsavedLabel->setObjectName(u"unsavedLabel"_s);
    m_retrySaveButton->setObjectName(u"retrySaveButton"_s);
    m_retrySaveButton->setAutoDefault(true);
    m_unsavedBar->setFrameShape(QFrame::StyledPanel);
    restyle();
    connect(&Appearance::instance(), &Appearance::changed, this, restyle);
    m_unsavedLabel->setWordWrap(true);
    auto *unsavedLayout = new QHBoxLayout(m_unsavedBar);
    unsavedLayout->addWidget(m_unsavedLabel, 1);
    unsavedLayout->addWidget(m_retrySaveButton, 0, Qt::AlignVCenter);
    m_unsavedBar->hide();
    connect(m_retrySaveButton, &QPushButton::clicked, this, &ExamPage::retrySaving);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_unsavedBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_previousButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->previous();
    });
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->next();
    });
    connect(m_flagButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->toggleFlag(m_session->position());
    });
    connect(m_bookmarkButton, &QPushButton::clicked, this, &ExamPage::toggleBookmark);
    connect(m_languageButton, &QPushButton::clicked, this, &ExamPage::toggleQuestionLanguage);
    connect(m_reviewButton, &QPushButton::clicked, this, &ExamPage::openReview);
    connect(m_endButton, &QPushButton::clicked, this, &ExamPage::endExam);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->check(m_session->position());
    });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        m_pausedByLearner = !m_pausedByLearner;
        m_session->setRunning(!m_pausedByLearner);
        showQuestion();
    });
    connect(m_leaveButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->setRunning(false);
        emit left();
    });
    connect(m_navigator, &NavigatorPanel::positionRequested, this, [this](int position) {
        if (m_session)
            m_session->goTo(position);
    });
    setupShortcuts();
    m_questionLanguage = Language::current();
    retranslate();
}

ExamPage::~ExamPage() = default;

void ExamPage::setupShortcuts()
{
    using Shortcuts::Command;
    const auto add = [this](Command command, auto slot) {
        for (const QKeySequence &key : Shortcuts::keys(command)) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, slot);
        }
    };
    // The choices' keys, in display order: 1–8, then A–H (the table's order).
    const QList<QKeySequence> choose = Shortcuts::keys(Command::Choose);
    const QList<QKeySequence> strike = Shortcuts::keys(Command::StrikeOut);
    for (qsizetype i = 0; i < choose.size(); ++i) {
        auto *shortcut = new QShortcut(choose.at(i), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const int index = int(i % Shortcuts::choiceKeys);
        connect(shortcut, &QShortcut::activated, this, [this, index] { chooseDisplayed(index); });
    }
    for (qsizetype i = 0; i < strike.size(); ++i) {
        auto *shortcut = new QShortcut(strike.at(i), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const int index = int(i);
        connect(shortcut, &QShortcut::activated, this, [this, index] { strikeDisplayed(index); });
    }
    add(Command::Previous, [this] {
        if (m_session)
            m_session->previous();
    });
    add(Command::Next, [this] {
        if (m_session)
            m_session->next();
    });
    add(Command::Flag, [this] {
        if (m_session)
            m_session->toggleFlag(m_session->position());
    });
    add(Command::Bookmark, [this] { toggleBookmark(); });
    add(Command::ReviewScreen, [this] { openReview(); });
    add(Command::EndSession, [this] { endExam(); });
    add(Command::OtherLanguage, [this] { toggleQuestionLanguage(); });
    // In practice, Return checks the answer; elsewhere it stays with the focused button.
    m_checkShortcut = new QShortcut(Shortcuts::keys(Command::CheckAnswer).value(0), this);
    m_checkShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_checkShortcut->setEnabled(false);
    connect(m_checkShortcut, &QShortcut::activated, this, [this] {
        if (m_checkButton->isEnabled())
            m_checkButton->click();
    });
}

void ExamPage::setSession(ExamSession *session)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    m_checkShortcut->setEnabled(session && session->isPractice());
    m_pausedByLearner = false;
    m_navigator->setSession(session);
    m_warningLabel->hide();
    m_warningMinutes = 0;
    if (!session)
        return;
    m_questionLanguage = Language::current();
    m_connections.append(connect(session, &ExamSession::positionChanged, this, [this](int) {
        m_questionLanguage = Language::current();
        m_navigator->refreshAll();
        showQuestion();
    }));
    m_connections.append(connect(session, &ExamSession::itemChanged, this, &ExamPage::refreshItem));
    m_connections.append(connect(session, &ExamSession::itemChanged, this, &ExamPage::refreshTime));
    m_connections.append(connect(session, &ExamSession::timeChanged, this, &ExamPage::refreshTime));
    m_connections.append(connect(session, &ExamSession::timeWarning, this, &ExamPage::showWarning));
    m_connections.append(connect(session, &ExamSession::submitted, this, &ExamPage::finished));
    m_connections.append(
        connect(session, &ExamSession::saveFailed, this, &ExamPage::showSaveProblem));
    m_connections.append(connect(session, &ExamSession::saved, this, [this] {
        m_unsavedBar->hide();
        showQuestion();
    }));
    m_unsavedBar->setVisible(session->hasUnsavedChanges());
    retranslate();
    refreshTime();
    if (session->isTimed()) {
        // A resumed attempt already inside a warning period shows it again.
        const qint64 remaining = session->remainingMs();
        if (remaining <= 5 * 60 * 1000)
            showWarning(5);
        else if (remaining <= 30 * 60 * 1000)
            showWarning(30);
    }
}

void ExamPage::showSaveProblem()
{
    if (!m_session)
        return;
    m_unsavedLabel->setText(
        tr("<b>Your last change could not be saved:</b> %1<br>The exam is paused and your "
           "answers are kept. Free some disk space, or fix what stops Shiken from writing to its "
           "database, then retry. Quitting now loses only what is not saved yet.")
            .arg(m_session->saveError().toHtmlEscaped()));
    m_unsavedBar->show();
    showQuestion();
    m_retrySaveButton->setFocus(Qt::OtherFocusReason);
}

void ExamPage::retrySaving()
{
    if (!m_session)
        return;
    if (!m_session->saveUnsaved()) {
        showSaveProblem();
        return;
    }
    m_unsavedBar->hide();
    // A submission that had failed is finished by now; otherwise the exam goes on.
    if (!m_session->isSubmitted()) {
        m_session->setRunning(!m_pausedByLearner);
        showQuestion();
        setFocus(Qt::OtherFocusReason);
    }
}

void ExamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setFocus(Qt::OtherFocusReason);
}

void ExamPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_questionLanguage = Language::current();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ExamPage::retranslate()
{
    m_previousButton->setText(tr("← &Previous"));
    m_nextButton->setText(tr("&Next →"));
    m_reviewButton->setText(tr("&Review"));
    m_reviewButton->setToolTip(tr("All, incomplete and flagged questions (Ctrl+R)"));
    m_checkButton->setText(tr("&Check Answer"));
    m_leaveButton->setText(tr("Save and &Leave"));
    m_leaveButton->setToolTip(tr("Stop the clock and come back to this attempt later"));
    m_endButton->setToolTip(tr("Ctrl+Return"));
    m_flagButton->setToolTip(tr("Mark this question for review (M)"));
    m_bookmarkButton->setToolTip(tr("Bookmark the question to find it again after the exam (%1)")
                                     .arg(Shortcuts::keys(Shortcuts::Command::Bookmark)
                                              .value(0)
                                              .toString(QKeySequence::NativeText)));
    m_languageButton->setToolTip(tr("Show this question in the other language (Ctrl+L)"));
    m_navigatorTitle->setText(tr("Questions"));
    m_pausedLabel->setText(tr("Paused. The question is hidden while the clock is stopped."));
    m_retrySaveButton->setText(tr("Retry &Saving"));
    if (m_session && m_session->hasUnsavedChanges())
        showSaveProblem();
    if (m_session) {
        m_endButton->setText(m_session->isPractice() ? tr("&End Session") : tr("&End Exam"));
        const Attempt::Mode mode = m_session->mode();
        m_modeLabel->setText(mode == Attempt::Mode::Exam           ? tr("Mock exam")
                                 : mode == Attempt::Mode::Practice ? tr("Practice")
                                 : mode == Attempt::Mode::Drill    ? tr("Drill")
                                 : mode == Attempt::Mode::WeakArea ? tr("Weak-area drill")
                                                                   : tr("Review of due questions"));
        showQuestion();
        refreshTime();
        if (m_warningMinutes > 0)
            showWarning(m_warningMinutes);
    }
}

void ExamPage::toggleQuestionLanguage()
{
    if (!m_session)
        return;
    m_questionLanguage = m_questionLanguage == u"ja" ? u"en"_s : u"ja"_s;
    showQuestion();
}

QAbstractButton *ExamPage::choiceButton(int index) const
{
    return m_choiceButtons.value(index);
}

void ExamPage::chooseDisplayed(int index)
{
    if (!m_session || m_pausedByLearner)
        return;
    const int position = m_session->position();
    const QString order = m_session->choiceOrder(position);
    if (index < 0 || index >= order.size() || m_session->isChecked(position))
        return;
    m_session->toggleChoice(position, order.at(index));
}

void ExamPage::strikeDisplayed(int index)
{
    if (!m_session || m_pausedByLearner)
        return;
    const int position = m_session->position();
    const QString order = m_session->choiceOrder(position);
    if (index >= 0 && index < order.size())
        m_session->toggleStruck(position, order.at(index));
}

void ExamPage::showQuestion()
{
    if (!m_session)
        return;
    const int position = m_session->position();
    const Question &question = m_session->question(position);
    const QString order = m_session->choiceOrder(position);
    const bool multiple = question.type == Question::Type::Multiple;
    const bool paused = m_pausedByLearner || m_session->hasUnsavedChanges();

    m_positionLabel->setText(tr("Question %1 of %2").arg(position + 1).arg(m_session->count()));
    m_stem->setMarkdown(question.stem.in(m_questionLanguage));
    // A question imported in one language is shown in it; the toggle says so instead.
    const bool bilingual = question.stem.isComplete();
    m_languageButton->setEnabled(bilingual);
    if (bilingual)
        m_languageButton->setText(m_questionLanguage == u"ja" ? u"English"_s : u"日本語"_s);
    else
        m_languageButton->setText(question.stem.has(u"ja") ? tr("Japanese only")
                                                           : tr("English only"));
    static const char *const counts[] = {QT_TR_NOOP("Choose TWO."), QT_TR_NOOP("Choose THREE.")};
    m_instruction->setText(!multiple                  ? QString()
                               : question.select == 2 ? tr(counts[0])
                               : question.select == 3 ? tr(counts[1])
                                                      : tr("Choose %1.").arg(question.select));
    m_instruction->setVisible(multiple && !paused);

    // Rebuild the choice rows: their kind (radio or check box) and number follow the question.
    qDeleteAll(m_choiceRows);
    m_choiceRows.clear();
    m_choiceButtons.clear();
    m_choiceLabels.clear();
    m_choiceHtml.clear();
    for (int i = 0; i < order.size(); ++i) {
        const QChar letter(char16_t(u'A' + i));
        const Choice *choice = question.choice(QStringView(order).mid(i, 1));
        auto *row = new QWidget(m_choiceArea);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        QAbstractButton *button
            = multiple ? static_cast<QAbstractButton *>(new QCheckBox(row)) : new QRadioButton(row);
        button->setObjectName(u"choiceButton_%1"_s.arg(letter));
        button->setText(QString(letter) + u'.');
        button->setAutoExclusive(false);
        button->setToolTip(
            tr("Key %1 or %2; Shift+%2 or a right click strikes it out").arg(i + 1).arg(letter));
        auto *label = new ChoiceLabel(button, row);
        TextScale::follow(button);
        TextScale::follow(label);
        label->setObjectName(u"choiceText_%1"_s.arg(letter));
        m_choiceHtml.append(
            markdownToHtml(choice ? choice->text.in(m_questionLanguage) : QString()));
        label->setText(m_choiceHtml.last());
        // A right click anywhere on the choice strikes it out or restores it.
        for (QWidget *part : {static_cast<QWidget *>(row), static_cast<QWidget *>(button),
                              static_cast<QWidget *>(label)}) {
            part->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(part, &QWidget::customContextMenuRequested, this,
                    [this, i] { strikeDisplayed(i); });
        }
        rowLayout->addWidget(button, 0, Qt::AlignTop);
        rowLayout->addWidget(label, 1);
        connect(button, &QAbstractButton::clicked, this, [this, i] {
            chooseDisplayed(i);
            refreshItem(m_session->position()); // keep the button as the session has it
        });
        m_choiceLayout->addWidget(row);
        m_choiceRows.append(row);
        m_choiceButtons.append(button);
        m_choiceLabels.append(label);
    }
    m_choiceArea->setVisible(!paused);
    m_stem->setVisible(!paused);
    m_pausedLabel->setVisible(paused);

    m_previousButton->setEnabled(position > 0);
    m_nextButton->setEnabled(position + 1 < m_session->count());
    m_checkButton->setVisible(m_session->isPractice());
    m_checkShortcut->setEnabled(m_session->isPractice());
    m_pauseButton->setVisible(m_session->isPractice());
    m_pauseButton->setText(paused ? tr("Res&ume") : tr("Pa&use"));
    refreshItem(position);
}

void ExamPage::refreshItem(int position)
{
    m_navigator->refresh(position);
    if (!m_session || position != m_session->position())
        return;
    const QString order = m_session->choiceOrder(position);
    const QString selection = m_session->selection(position);
    const bool checked = m_session->isChecked(position);
    for (int i = 0; i < m_choiceButtons.size(); ++i) {
        QAbstractButton *button = m_choiceButtons.at(i);
        const QSignalBlocker blocker(button);
        button->setChecked(selection.contains(order.at(i)));
        button->setEnabled(!checked);
        // Struck out: the letter and the text crossed through and dimmed, still selectable.
        const bool struck = m_session->isStruck(position, order.at(i));
        QFont font = button->font();
        font.setStrikeOut(struck);
        button->setFont(font);
        button->setAccessibleDescription(struck ? tr("struck out") : QString());
        const QString dim = palette().color(QPalette::Disabled, QPalette::WindowText).name();
        m_choiceLabels.at(i)->setText(
            struck ? u"<div style=\"text-decoration: line-through; color: %1\">%2</div>"_s.arg(
                dim, m_choiceHtml.at(i))
                   : m_choiceHtml.at(i));
    }
    const bool flagged = m_session->isFlagged(position);
    m_flagButton->setChecked(flagged);
    m_flagButton->setText(flagged ? tr("⚑ Fla&gged") : tr("Fla&g for Review"));
    const bool bookmarked = m_session->isBookmarked(position);
    m_bookmarkButton->setChecked(bookmarked);
    m_bookmarkButton->setText(bookmarked ? tr("★ Boo&kmarked") : tr("☆ Boo&kmark"));
    m_checkButton->setEnabled(!checked
                              && m_session->state(position) == ExamSession::ItemState::Answered);
    if (checked) {
        const Question &question = m_session->question(position);
        m_feedback->showQuestion(question, order, selection, m_questionLanguage);
        m_feedback->setNote(m_session->note(position));
        m_feedback->show();
    } else {
        m_feedback->hide();
        m_feedback->clear();
    }
}

void ExamPage::toggleBookmark()
{
    if (!m_session)
        return;
    const int position = m_session->position();
    QString error;
    if (!m_session->setBookmarked(position, !m_session->isBookmarked(position), &error)) {
        m_prompter.inform(this, tr("Bookmark Not Saved"),
                          tr("The bookmark could not be saved: %1").arg(error));
        refreshItem(position);
    }
}

void ExamPage::refreshTime()
{
    if (!m_session)
        return;
    if (m_session->isTimed())
        m_timeLabel->setText(
            tr("Time left %1")
                .arg(TextFormat::duration(m_session->remainingMs(), TextFormat::Rounding::Up)));
    else
        m_timeLabel->setText(tr("Time %1").arg(TextFormat::duration(m_session->elapsedMs())));
    // Ahead or behind the pace the limit allows, in whole minutes; within one, on pace.
    m_paceLabel->setVisible(m_session->isTimed());
    const qint64 minutes = m_session->paceMs() / 60000;
    m_paceLabel->setText(minutes > 0       ? tr("%n min ahead of pace", nullptr, int(minutes))
                             : minutes < 0 ? tr("%n min behind pace", nullptr, int(-minutes))
                                           : tr("On pace"));
    m_paceLabel->setToolTip(tr("The time limit allows %1 a question: %2 for %3 questions.")
                                .arg(TextFormat::duration(m_session->attempt().timeLimitMs
                                                          / qMax(1, m_session->count())),
                                     TextFormat::duration(m_session->attempt().timeLimitMs))
                                .arg(m_session->count()));
}

void ExamPage::showWarning(int minutesLeft)
{
    m_warningMinutes = minutesLeft;
    m_warningLabel->setText(tr("%n minute(s) left", nullptr, minutesLeft));
    m_warningLabel->show();
}

void ExamPage::openReview()
{
    if (!m_session || m_session->isSubmitted())
        return;
    ReviewDialog dialog(*m_session, m_questionLanguage, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenPosition() >= 0)
        m_session->goTo(dialog.chosenPosition());
}

void ExamPage::endExam()
{
    if (!m_session || m_session->isSubmitted())
        return;
    const int total = m_session->count();
    const int answered = m_session->answeredCount();
    int flagged = 0;
    for (int i = 0; i < total; ++i)
        flagged += m_session->isFlagged(i) ? 1 : 0;
    QStringList sentences {tr("You have answered %1 of %2 questions.").arg(answered).arg(total)};
    if (answered < total)
        sentences.append(tr("Unanswered questions count as incorrect."));
    if (flagged > 0)
        sentences.append(tr("%n question(s) are flagged for review.", nullptr, flagged));
    const QString text = TextFormat::sentences(sentences);
    const bool practice = m_session->isPractice();
    if (!m_prompter.confirm(this, practice ? tr("Finish the Session") : tr("End the Exam"), text,
                            practice ? tr("&End Session") : tr("&End Exam")))
        return;
    m_session->submit();
}
