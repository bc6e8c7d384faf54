#pragma once

#include "bank/annotationstore.h"
#include "bank/question.h"

#include <QWidget>

class Database;
class MarkdownView;
class QLabel;
class QPushButton;

// One question explained: the stem, every choice with the correct ones and the learner's
// marked, each choice's rationale, the explanation, the learner's note and the references. With
// an annotation store the learner bookmarks, notes and suspends the question from here.
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

    // Reads each question's annotation from the database and offers to bookmark, note and
    // suspend it (the results page, the browser).
    void setAnnotationStore(Database *database);
    // The learner's note shown under the explanation where the view does not read annotations
    // itself (the exam page's practice feedback); set after showQuestion.
    void setNote(const QString &note);
    const Annotation &annotation() const { return m_annotation; }
    QString shownQuestionId() const { return m_shown ? m_shown->question.id : QString(); }
    QPushButton *bookmarkButton() const { return m_bookmark; }
    QPushButton *noteButton() const { return m_noteButton; }
    QPushButton *suspendButton() const { return m_suspend; }
    void setBookmarked(bool bookmarked);
    void setSuspended(bool suspended);
    // Opens the note editor (window-modal); saving it writes the note.
    void editNote();
    void saveNote(const QString &note);
    // Opens the dialog that reports a problem with the question shown (window-modal).
    void reportProblem();

    static QString markdownFor(const Question &question, const QString &choiceOrder,
                               const QString &selection, const QString &language,
                               const QString &heading, bool showStem, bool showVerdict = true,
                               const QString &note = {});

signals:
    // The learner changed the bookmark, note or suspension of the question shown.
    void annotationChanged(const QString &questionId);

protected:
    void changeEvent(QEvent *event) override;
    // Reads the annotation again: another page may have changed it while this one was hidden.
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void retranslate();
    void updateAnnotationButtons();
    // Changes the annotation of the question questionId as stored (another page may have
    // changed it since it was shown); on failure keeps the one shown and says why.
    void writeAnnotation(const QString &questionId,
                         const std::function<void(Annotation &)> &change);
    // Reports a write that failed under the view; an empty error clears it.
    void showWriteError(const QString &error);

    MarkdownView *m_view;
    MarkdownView *m_other;
    QPushButton *m_report;
    QPushButton *m_bookmark;
    QPushButton *m_noteButton;
    QPushButton *m_suspend;
    QLabel *m_writeError;
    Database *m_database = nullptr;
    Annotation m_annotation;
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
