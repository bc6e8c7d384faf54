#pragma once

#include "bank/question.h"

#include <QWidget>

class MarkdownView;
class QPushButton;

// One question explained: the stem, every choice with the correct ones and the learner's
// marked, each choice's rationale, the explanation and the references.
class ExplanationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationView(QWidget *parent = nullptr);

    // choiceOrder: the bank keys in the order the learner saw them; selection: their keys.
    void showQuestion(const Question &question, const QString &choiceOrder,
                      const QString &selection, const QString &language,
                      const QString &heading = {});
    void clear();
    // Shows the other language beside the first, for checking a translation against its original.
    void setBothLanguages(bool both);
    bool bothLanguages() const { return m_both; }
    MarkdownView *otherView() const { return m_other; }
    // Whether the stem is part of the view (not when it sits under the question itself).
    void setShowStem(bool show) { m_showStem = show; }
    // Whether the heading says how the learner answered (not where nobody answered: browsing).
    void setShowVerdict(bool show) { m_showVerdict = show; }
    // Words marked wherever they occur in the text shown (the words of a search), in any
    // letter case.
    void setHighlights(const QStringList &words);
    MarkdownView *view() const { return m_view; }
    QPushButton *reportButton() const { return m_report; }
    // Opens the dialog that reports a problem with the question shown (window-modal).
    void reportProblem();

    static QString markdownFor(const Question &question, const QString &choiceOrder,
                               const QString &selection, const QString &language,
                               const QString &heading, bool showStem, bool showVerdict = true);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    MarkdownView *m_view;
    MarkdownView *m_other;
    QPushButton *m_report;
    bool m_showStem = true;
    bool m_showVerdict = true;
    QStringList m_highlights;
    bool m_both = false;
    struct Shown
    {
        Question question;
        QString choiceOrder;
        QString selection;
        QString language;
        QString heading;
    };
    std::optional<Shown> m_shown;
};
