#pragma once

#include <QWidget>

class ExamSession;
class ExplanationView;
class MarkdownView;
class NavigatorPanel;
class Prompter;
class QAbstractButton;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QShortcut;
class QVBoxLayout;

// The exam screen: question k of N, the time, the flag, the stem and its choices, moving
// between questions, the navigator, the review screen and ending the exam. In practice
// modes a checked answer shows its explanation at once. Everything has a key.
class ExamPage final : public QWidget
{
    Q_OBJECT

public:
    ExamPage(Prompter &prompter, QWidget *parent = nullptr);
    ~ExamPage() override;

    // Shows the session (owned elsewhere) at its current question; null clears the page.
    void setSession(ExamSession *session);
    ExamSession *session() const { return m_session; }

    // The language the current question is shown in; Ctrl+L switches it.
    QString questionLanguage() const { return m_questionLanguage; }
    void toggleQuestionLanguage();
    // Chooses (or for multiple response toggles) the choice shown at index (0 = A).
    void chooseDisplayed(int index);
    QAbstractButton *choiceButton(int index) const;
    QLabel *choiceLabel(int index) const { return m_choiceLabels.value(index); }
    // Strikes out (or restores) the choice shown at index: Shift with its letter, or a right
    // click on it.
    void strikeDisplayed(int index);
    void openReview();
    // Asks for confirmation, then submits.
    void endExam();

signals:
    // The session was submitted (by the learner or the clock).
    void finished();
    // The learner left an unfinished session to come back later.
    void left();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showQuestion();
    void refreshItem(int position);
    void refreshTime();
    void showWarning(int minutesLeft);
    void setupShortcuts();
    void showSaveProblem();
    void retrySaving();
    // Bookmarks the question on screen, or removes its bookmark (Ctrl+D).
    void toggleBookmark();

    Prompter &m_prompter;
    ExamSession *m_session = nullptr;
    QString m_questionLanguage;
    bool m_pausedByLearner = false;
    int m_warningMinutes = 0; // the warning on show, to retranslate it

    QLabel *m_positionLabel;
    QLabel *m_modeLabel;
    QLabel *m_timeLabel;
    QLabel *m_paceLabel;
    QLabel *m_warningLabel;
    QFrame *m_unsavedBar;
    QLabel *m_unsavedLabel;
    QPushButton *m_retrySaveButton;
    QPushButton *m_flagButton;
    QPushButton *m_bookmarkButton;
    QPushButton *m_languageButton;
    QScrollArea *m_scroll;
    MarkdownView *m_stem;
    QLabel *m_instruction;
    QWidget *m_choiceArea;
    QVBoxLayout *m_choiceLayout;
    QList<QWidget *> m_choiceRows;
    QList<QAbstractButton *> m_choiceButtons;
    QList<QLabel *> m_choiceLabels;
    QStringList m_choiceHtml; // each choice's text as shown when not struck out
    ExplanationView *m_feedback;
    QLabel *m_pausedLabel;
    NavigatorPanel *m_navigator;
    QLabel *m_navigatorTitle;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_reviewButton;
    QPushButton *m_checkButton;
    QPushButton *m_pauseButton;
    QPushButton *m_leaveButton;
    QPushButton *m_endButton;
    QShortcut *m_checkShortcut = nullptr;
    QList<QMetaObject::Connection> m_connections;
};
