#include "formats/ankiformat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using QuestionExchange::Languages;
using QuestionExchange::markdownToHtml;

namespace AnkiFormat {

namespace {

// HTML that starts with the given prefix (already HTML) inside its first paragraph.
QString prefixed(const QString &prefix, const QString &html)
{
    if (html.startsWith(u"<p>"_s))
        return u"<p>"_s + prefix + u' ' + html.mid(3);
    return u"<p>"_s + prefix + u"</p>"_s + html;
}

// The instruction on a multiple-response question's front, as the exam prints it.
QString selectInstruction(int select, const QString &language)
{
    if (language == u"ja")
        return u"(%1 つ選択してください。)"_s.arg(select);
    static const QStringList words {u"TWO"_s, u"THREE"_s, u"FOUR"_s, u"FIVE"_s};
    return u"(Choose %1.)"_s.arg(select >= 2 && select <= 5 ? words.at(select - 2)
                                                            : QString::number(select));
}

// The stem and the choices in one language.
QString front(const Question &q, const QString &language)
{
    QString html = markdownToHtml(q.stem.exactly(language));
    if (q.type == Question::Type::Multiple)
        html += u"<p>"_s + selectInstruction(q.select, language).toHtmlEscaped() + u"</p>"_s;
    for (const Choice &choice : q.choices)
        html += prefixed(choice.key.toHtmlEscaped() + u'.',
                         markdownToHtml(choice.text.exactly(language)));
    return html;
}

// The answer, the rationales, the explanation and (when asked) the references in one language.
QString back(const Question &q, const QString &language, bool withReferences)
{
    const bool ja = language == u"ja";
    QStringList keys;
    for (const Choice &choice : q.choices) {
        if (choice.correct)
            keys.append(choice.key.toHtmlEscaped());
    }
    QString html = u"<p>"_s + (ja ? u"正解: "_s : u"Answer: "_s) + keys.join(u", "_s) + u"</p>"_s;
    for (const Choice &choice : q.choices) {
        const QString rationale = choice.rationale.exactly(language);
        if (!rationale.trimmed().isEmpty())
            html += prefixed(choice.key.toHtmlEscaped() + u':', markdownToHtml(rationale));
    }
    html += markdownToHtml(q.explanation.exactly(language));
    if (withReferences && !q.references.isEmpty()) {
        QStringList links;
        for (const Reference &reference : q.references) {
            const QString title
                = (reference.title.isEmpty() ? reference.url : reference.title).toHtmlEscaped();
            links.append(reference.url.isEmpty() ? title
                                                 : u"<a href=\""_s + reference.url.toHtmlEscaped()
                                 + u"\">"_s + title + u"</a>"_s);
        }
        html += u"<p>"_s + (ja ? u"参考資料:"_s : u"References:"_s) + u"<br>"_s
            + links.join(u"<br>"_s) + u"</p>"_s;
    }
    return html;
}

// A tag as Anki takes it: no spaces, which separate tags.
QString tag(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return text.trimmed().replace(spaces, u"_"_s);
}

// The note's tags: shiken, the exam, domain, task and topics.
QString tags(const Question &q)
{
    QStringList list {u"shiken"_s};
    if (!q.exam.trimmed().isEmpty())
        list.append(tag(q.exam));
    if (!q.domain.trimmed().isEmpty())
        list.append(u"domain-"_s + tag(q.domain));
    if (!q.task.trimmed().isEmpty())
        list.append(u"task-"_s + tag(q.task));
    for (const QString &topic : q.topics) {
        if (!topic.trimmed().isEmpty())
            list.append(tag(topic));
    }
    return list.join(u' ');
}

// A field on its one line: line ends as <br> (the field is HTML), tabs as spaces, and in
// quotes when it holds a quote, which Anki's reader would otherwise take as the start of a
// quoted field (or a '#' it would take for a comment line).
QString field(QString html)
{
    html.replace(u"\r\n"_s, u"<br>"_s);
    html.replace(u"\r"_s, u"<br>"_s);
    html.replace(u"\n"_s, u"<br>"_s);
    html.replace(u'\t', u' ');
    if (html.contains(u'"') || html.startsWith(u'#')) {
        html.replace(u"\""_s, u"\"\""_s);
        return u'"' + html + u'"';
    }
    return html;
}

// The languages of a question to write: those asked for that it has, or, when it has none of
// them, the one it has (rather than an empty note).
QStringList languagesOf(const Question &q, Languages languages)
{
    const bool en = q.stem.has(u"en");
    const bool ja = q.stem.has(u"ja");
    switch (languages) {
    case Languages::English:
        return {en || !ja ? u"en"_s : u"ja"_s};
    case Languages::Japanese:
        return {ja || !en ? u"ja"_s : u"en"_s};
    case Languages::Both:
        break;
    }
    QStringList list;
    if (en || !ja)
        list.append(u"en"_s);
    if (ja)
        list.append(u"ja"_s);
    return list;
}

} // namespace

QByteArray write(const QList<Question> &questions, Languages languages, const QString &deck)
{
    // The headers Anki (2.1.54 and later) reads before the notes; no byte order mark, which
    // would hide the first header from it.
    QString text = u"#separator:tab\n#html:true\n#notetype:Basic\n"_s;
    QString deckName = deck;
    deckName.replace(QRegularExpression(u"[\\r\\n\\t]+"_s), u" "_s);
    if (!deckName.trimmed().isEmpty())
        text += u"#deck:"_s + deckName.trimmed() + u'\n';
    text += u"#tags column:3\n#columns:Front\tBack\tTags\n"_s;
    for (const Question &q : questions) {
        QStringList fronts;
        QStringList backs;
        const QStringList written = languagesOf(q, languages);
        for (const QString &language : written) {
            fronts.append(front(q, language));
            // The references are the same in every language: once, under the last.
            backs.append(back(q, language, language == written.last()));
        }
        text += field(fronts.join(u"<hr>"_s)) + u'\t' + field(backs.join(u"<hr>"_s)) + u'\t'
            + field(tags(q)) + u'\n';
    }
    return text.toUtf8();
}

} // namespace AnkiFormat
