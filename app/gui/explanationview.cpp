#include "explanationview.h"

#include "grading.h"
#include "markdownview.h"

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
{
    setObjectName(u"explanationView"_s);
    m_view->setObjectName(u"explanationText"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ExplanationView::showQuestion(const Question &question, const QString &choiceOrder,
                                   const QString &selection, const QString &language,
                                   const QString &heading)
{
    m_view->setMarkdown(markdownFor(question, choiceOrder, selection, language, heading, m_showStem));
}

void ExplanationView::clear()
{
    m_view->clear();
}

QString ExplanationView::markdownFor(const Question &question, const QString &choiceOrder,
                                     const QString &selection, const QString &language,
                                     const QString &heading, bool showStem)
{
    QStringList parts;
    const bool correct = Grading::isCorrect(question, selection);
    QString verdict = selection.isEmpty() ? tr("Not answered") : correct ? tr("Correct") : tr("Incorrect");
    parts.append(heading.isEmpty() ? u"**%1**"_s.arg(verdict) : u"**%1** · %2"_s.arg(heading, verdict));
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
            items.append(reference.url.isEmpty() ? u"- "_s + reference.title
                                                 : u"- [%1](%2)"_s.arg(reference.title, reference.url));
        }
        parts.append(items.join(u'\n'));
    }
    return parts.join(u"\n\n"_s);
}
