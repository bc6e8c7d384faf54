#include "explanationview.h"

#include "exam/grading.h"
#include "markdownview.h"
#include "reportproblemdialog.h"
#include "textscale.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
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
    auto *views = new QHBoxLayout;
    views->setContentsMargins(0, 0, 0, 0);
    views->addWidget(m_view, 1);
    views->addWidget(m_other, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_report);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(views, 1);
    layout->addLayout(actions);
    retranslate();
}

void ExplanationView::retranslate()
{
    m_report->setText(tr("Report &a Problem…"));
    m_report->setToolTip(tr("Something wrong with this question? Describe it: the report is "
                            "saved and copied to the clipboard, ready to send."));
}

void ExplanationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
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
                                    m_showStem, m_showVerdict));
    highlight(m_view->document(), m_highlights);
    if (m_both) {
        const QString other = s.language == u"ja" ? u"en"_s : u"ja"_s;
        m_other->setMarkdown(markdownFor(s.question, s.choiceOrder, s.selection, other, s.heading,
                                         m_showStem, m_showVerdict));
        highlight(m_other->document(), m_highlights);
    }
}

void ExplanationView::clear()
{
    m_shown.reset();
    m_report->setEnabled(false);
    render();
}

QString ExplanationView::markdownFor(const Question &question, const QString &choiceOrder,
                                     const QString &selection, const QString &language,
                                     const QString &heading, bool showStem, bool showVerdict)
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
