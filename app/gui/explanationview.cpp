#include "explanationview.h"

#include "exam/grading.h"
#include "markdownview.h"
#include "notedialog.h"
#include "reportproblemdialog.h"
#include "textscale.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(u"> "_s);
    return lines.join(u'\n');
}

} // namespace

ExplanationView::ExplanationView(QWidget *parent)
    : QWidget(parent)
    , m_view(new MarkdownView(this))
    , m_other(new MarkdownView(this))
    , m_report(new QPushButton(this))
    , m_bookmark(new QPushButton(this))
    , m_noteButton(new QPushButton(this))
    , m_suspend(new QPushButton(this))
    , m_writeError(new QLabel(this))
{
    setObjectName(u"explanationView"_s);
    m_view->setObjectName(u"explanationText"_s);
    m_other->setObjectName(u"explanationOtherText"_s);
    m_other->hide();
    TextScale::follow(m_view);
    TextScale::follow(m_other);
    m_report->setObjectName(u"reportProblemButton"_s);
    m_report->setEnabled(false);
    connect(m_report, &QPushButton::clicked, this, &ExplanationView::reportProblem);
    m_bookmark->setObjectName(u"bookmarkButton"_s);
    m_noteButton->setObjectName(u"noteButton"_s);
    m_suspend->setObjectName(u"suspendButton"_s);
    m_writeError->setObjectName(u"annotationError"_s);
    m_writeError->setWordWrap(true);
    m_writeError->hide();
    for (QPushButton *button : {m_bookmark, m_suspend})
        button->setCheckable(true);
    for (QPushButton *button : {m_bookmark, m_noteButton, m_suspend}) {
        button->hide();
        button->setEnabled(false);
    }
    connect(m_bookmark, &QPushButton::clicked, this, &ExplanationView::setBookmarked);
    connect(m_suspend, &QPushButton::clicked, this, &ExplanationView::setSuspended);
    connect(m_noteButton, &QPushButton::clicked, this, &ExplanationView::editNote);
    auto *views = new QHBoxLayout;
    views->setContentsMargins(0, 0, 0, 0);
    views->addWidget(m_view, 1);
    views->addWidget(m_other, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_bookmark);
    actions->addWidget(m_noteButton);
    actions->addWidget(m_suspend);
    actions->addStretch();
    actions->addWidget(m_report);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(views, 1);
    layout->addWidget(m_writeError);
    layout->addLayout(actions);
    retranslate();
}

void ExplanationView::retranslate()
{
    m_report->setText(tr("Report &a Problem…"));
    m_report->setToolTip(tr("Something wrong with this question? Describe it: the report is "
                            "saved and copied to the clipboard, ready to send."));
    m_bookmark->setToolTip(tr("Bookmark the question to find it again in Browse Questions"));
    m_noteButton->setToolTip(tr("Your own note on the question, shown under its explanation"));
    m_suspend->setToolTip(tr("A suspended question is left out of every session and review "
                             "until you resume it: for one you have mastered, or believe is "
                             "wrong"));
    updateAnnotationButtons();
}

void ExplanationView::updateAnnotationButtons()
{
    m_bookmark->setChecked(m_annotation.bookmarked);
    m_bookmark->setText(m_annotation.bookmarked ? tr("★ Boo&kmarked") : tr("☆ Boo&kmark"));
    m_noteButton->setText(m_annotation.note.isEmpty() ? tr("Add &Note…") : tr("Edit &Note…"));
    m_suspend->setChecked(m_annotation.suspended);
    m_suspend->setText(m_annotation.suspended ? tr("S&uspended") : tr("S&uspend"));
}

void ExplanationView::setAnnotationStore(Database *database)
{
    m_database = database;
    for (QPushButton *button : {m_bookmark, m_noteButton, m_suspend})
        button->setVisible(database != nullptr);
}

void ExplanationView::setNote(const QString &note)
{
    m_annotation.note = note;
    render();
}

void ExplanationView::showWriteError(const QString &error)
{
    m_writeError->setText(error.isEmpty() ? QString()
                                          : tr("Could not save your change: %1").arg(error));
    m_writeError->setVisible(!error.isEmpty());
}

void ExplanationView::writeAnnotation(const QString &questionId,
                                      const std::function<void(Annotation &)> &change)
{
    if (!m_database)
        return;
    QString error;
    const std::optional<Annotation> written
        = AnnotationStore(*m_database)
              .update(questionId, change, QDateTime::currentMSecsSinceEpoch(), &error);
    const bool shown = m_shown && m_shown->question.id == questionId;
    if (written && shown)
        m_annotation = *written;
    if (shown || !written)
        showWriteError(error);
    updateAnnotationButtons();
    render();
    if (written)
        emit annotationChanged(questionId);
}

void ExplanationView::setBookmarked(bool bookmarked)
{
    if (m_shown)
        writeAnnotation(m_shown->question.id,
                        [bookmarked](Annotation &a) { a.bookmarked = bookmarked; });
}

void ExplanationView::setSuspended(bool suspended)
{
    if (m_shown)
        writeAnnotation(m_shown->question.id,
                        [suspended](Annotation &a) { a.suspended = suspended; });
}

void ExplanationView::editNote()
{
    if (!m_database || !m_shown)
        return;
    // The note belongs to the question shown when the editor opened, whatever is shown when
    // it is saved.
    const QString id = m_shown->question.id;
    auto *dialog = new NoteDialog(id, AnnotationStore(*m_database).annotation(id).note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString note = dialog->note();
        writeAnnotation(id, [note](Annotation &a) { a.note = note; });
    });
    dialog->open();
}

void ExplanationView::saveNote(const QString &note)
{
    if (m_shown)
        writeAnnotation(m_shown->question.id, [note](Annotation &a) { a.note = note; });
}

void ExplanationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExplanationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_database || !m_shown)
        return;
    const Annotation stored = AnnotationStore(*m_database).annotation(m_shown->question.id);
    if (stored == m_annotation)
        return;
    m_annotation = stored;
    updateAnnotationButtons();
    render();
}

void ExplanationView::reportProblem()
{
    if (!m_shown)
        return;
    auto *dialog = new ReportProblemDialog(m_shown->question, m_shown->language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExplanationView::showQuestion(const Question &question, const QString &choiceOrder,
                                   const QString &selection, const QString &language,
                                   const QString &heading)
{
    m_shown = Shown {question, choiceOrder, selection, language, heading};
    m_report->setEnabled(true);
    m_annotation = m_database ? AnnotationStore(*m_database).annotation(question.id) : Annotation();
    for (QPushButton *button : {m_bookmark, m_noteButton, m_suspend})
        button->setEnabled(m_database != nullptr);
    showWriteError({});
    updateAnnotationButtons();
    render();
}

void ExplanationView::setBothLanguages(bool both)
{
    m_both = both;
    m_other->setVisible(both);
    render();
}

void ExplanationView::setHighlights(const QStringList &words)
{
    m_highlights = words;
    render();
}

namespace {

void highlight(QTextDocument *document, const QStringList &words)
{
    QTextCharFormat marked;
    marked.setBackground(QApplication::palette().color(QPalette::Highlight));
    marked.setForeground(QApplication::palette().color(QPalette::HighlightedText));
    for (const QString &word : words) {
        QTextCursor cursor(document);
        while (!(cursor = document->find(word, cursor)).isNull())
            cursor.mergeCharFormat(marked);
    }
}

} // namespace

void ExplanationView::render()
{
    if (!m_shown) {
        m_view->clear();
        m_other->clear();
        return;
    }
    const Shown &s = *m_shown;
    m_view->setMarkdown(markdownFor(s.question, s.choiceOrder, s.selection, s.language, s.heading,
                                    m_showStem, m_showVerdict, m_annotation.note));
    highlight(m_view->document(), m_highlights);
    // A question in one language has no other side to show beside it.
    const QString other = s.language == u"ja" ? u"en"_s : u"ja"_s;
    const bool otherSide = m_both && s.question.stem.has(s.language) && s.question.stem.has(other);
    m_other->setVisible(otherSide);
    if (otherSide) {
        m_other->setMarkdown(markdownFor(s.question, s.choiceOrder, s.selection, other, s.heading,
                                         m_showStem, m_showVerdict, m_annotation.note));
        highlight(m_other->document(), m_highlights);
    }
}

void ExplanationView::clear()
{
    m_shown.reset();
    m_annotation = {};
    m_report->setEnabled(false);
    for (QPushButton *button : {m_bookmark, m_noteButton, m_suspend})
        button->setEnabled(false);
    updateAnnotationButtons();
    render();
}

QString ExplanationView::markdownFor(const Question &question, const QString &choiceOrder,
                                     const QString &selection, const QString &language,
                                     const QString &heading, bool showStem, bool showVerdict,
                                     const QString &note)
{
    QStringList parts;
    const bool correct = Grading::isCorrect(question, selection);
    QString verdict = selection.isEmpty() ? tr("Not answered")
        : correct                         ? tr("Correct")
                                          : tr("Incorrect");
    if (!showVerdict)
        parts.append(u"**%1**"_s.arg(heading));
    else
        parts.append(heading.isEmpty() ? u"**%1**"_s.arg(verdict)
                                       : u"**%1** · %2"_s.arg(heading, verdict));
    if (showStem)
        parts.append(question.stem.in(language));
    for (qsizetype i = 0; i < choiceOrder.size(); ++i) {
        const Choice *choice = question.choice(QStringView(choiceOrder).mid(i, 1));
        if (!choice)
            continue;
        const QChar letter(char16_t(u'A' + i));
        const bool chosen = selection.contains(choice->key);
        QStringList marks;
        if (choice->correct)
            marks.append(u"✓ "_s + tr("Correct answer"));
        if (chosen)
            marks.append((choice->correct ? u"● "_s : u"✗ "_s) + tr("Your answer"));
        QString line = u"**%1.** %2"_s.arg(letter).arg(choice->text.in(language));
        if (!marks.isEmpty())
            line += u"  \n*"_s + marks.join(u" · "_s) + u'*';
        parts.append(line);
        parts.append(quoted(choice->rationale.in(language)));
    }
    parts.append(u"### "_s + tr("Explanation"));
    parts.append(question.explanation.in(language));
    if (!note.isEmpty()) {
        parts.append(u"### "_s + tr("Your note"));
        parts.append(note);
    }
    if (!question.references.isEmpty()) {
        parts.append(u"### "_s + tr("References"));
        QStringList items;
        for (const Reference &reference : question.references) {
            items.append(reference.url.isEmpty()
                             ? u"- "_s + reference.title
                             : u"- [%1](%2)"_s.arg(reference.title, reference.url));
        }
        parts.append(items.join(u'\n'));
    }
    return parts.join(u"\n\n"_s);
}
