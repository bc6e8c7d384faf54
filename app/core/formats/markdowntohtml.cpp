// QuestionExchange::markdownToHtml: the Markdown Shiken stores as the simple HTML that tools
// without Markdown (Anki) show. A subset of CommonMark and GitHub tables, written to stay linear
// in time on any input: nothing is ever matched by backtracking.

#include "formats/questionexchange.h"

#include <QHash>
#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace QuestionExchange {

namespace {

// A character as HTML text: & < > " as entities.
void appendEscaped(QString *out, QChar c)
{
    switch (c.unicode()) {
    case u'&':
        out->append(u"&amp;"_s);
        break;
    case u'<':
        out->append(u"&lt;"_s);
        break;
    case u'>':
        out->append(u"&gt;"_s);
        break;
    case u'"':
        out->append(u"&quot;"_s);
        break;
    default:
        out->append(c);
    }
}

// A text as HTML text.
QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        appendEscaped(&out, c);
    return out;
}

// What a backslash escapes, as CommonMark defines it.
bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`')
        || (u >= u'{' && u <= u'~');
}

// Punctuation for the rules on which side of a word "*" and "_" stand.
bool isPunctuation(QChar c)
{
    return isAsciiPunctuation(c) || c.isPunct() || c.isSymbol();
}

// Japanese text has no spaces between words: beside a delimiter run, a Japanese character
// counts as a space would, so that "**「はい」**に" is bold as its writer meant.
bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff)
        || (u >= 0xff00 && u <= 0xffef);
}

// A link target that cannot run script when clicked: web and mail addresses, or relative ones.
bool isSafeUrl(const QString &url)
{
    const QString lower = url.toLower();
    if (lower.startsWith(u"http://"_s) || lower.startsWith(u"https://"_s)
        || lower.startsWith(u"mailto:"_s))
        return true;
    const qsizetype colon = url.indexOf(u':');
    if (colon < 0)
        return true;
    for (const QChar c : {u'/', u'?', u'#'}) {
        const qsizetype at = url.indexOf(c);
        if (at >= 0 && at < colon)
            return true;
    }
    return false;
}

// Renders the inline Markdown of one block (lines joined with '\n'): code spans, backslash
// escapes, links, autolinks, emphasis; newlines become <br>.
class InlineRenderer
{
public:
    explicit InlineRenderer(QStringView text) { lex(text); }

    QString render() { return renderRange(0, m_lexemes.size(), true); }

private:
    // A character of the text (escaped: written after a backslash, so never markup) or a code
    // span, already as HTML.
    struct Lexeme
    {
        char16_t c = 0;
        bool escaped = false;
        qsizetype code = -1; // index in m_code for a code span
    };

    // What the emphasis pass works on: HTML, or a run of '*' or '_' that may open or close.
    struct Token
    {
        QString html;
        char16_t delimiter = 0;
        qsizetype count = 0;
        bool canOpen = false;
        bool canClose = false;
        QString openTags;
        QString closeTags;
    };

    // Every text scan that is not linear by construction draws on this budget, so that a
    // hostile text (thousands of "[x](" with no end) costs no more than a fixed amount.
    static constexpr qsizetype scanBudget = 200000;

    // Splits the text into characters and code spans, resolving backslash escapes.
    void lex(QStringView text)
    {
        // Backtick runs by length, so that a code span's end is found without rescanning.
        QHash<qsizetype, QList<qsizetype>> runsByLength;
        for (qsizetype i = 0; i < text.size();) {
            if (text[i] != u'`') {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < text.size() && text[end] == u'`')
                ++end;
            runsByLength[end - i].append(i);
            i = end;
        }
        m_lexemes.reserve(text.size());
        for (qsizetype i = 0; i < text.size();) {
            const QChar c = text[i];
            if (c == u'\\' && i + 1 < text.size() && isAsciiPunctuation(text[i + 1])) {
                m_lexemes.append({text[i + 1].unicode(), true, -1});
                i += 2;
                continue;
            }
            if (c == u'`') {
                qsizetype end = i;
                while (end < text.size() && text[end] == u'`')
                    ++end;
                const qsizetype length = end - i;
                const QList<qsizetype> &runs = runsByLength[length];
                const auto closing = std::upper_bound(runs.cbegin(), runs.cend(), i);
                if (closing == runs.cend()) {
                    for (qsizetype k = i; k < end; ++k)
                        m_lexemes.append({u'`', true, -1});
                    i = end;
                    continue;
                }
                QString content = text.mid(end, *closing - end).toString();
                content.replace(u'\n', u' ');
                if (content.size() >= 2 && content.startsWith(u' ') && content.endsWith(u' ')
                    && !content.trimmed().isEmpty())
                    content = content.mid(1, content.size() - 2);
                m_code.append(u"<code>"_s + escaped(content) + u"</code>"_s);
                m_lexemes.append({0, false, m_code.size() - 1});
                i = *closing + length;
                continue;
            }
            m_hasBracket = m_hasBracket || c == u'[';
            m_lexemes.append({c.unicode(), false, -1});
            ++i;
        }
    }

    // Whether lexeme k (before end) is the character c as markup (not escaped, not code).
    bool isChar(qsizetype k, char16_t c, qsizetype end) const
    {
        return k < end && m_lexemes[k].code < 0 && !m_lexemes[k].escaped && m_lexemes[k].c == c;
    }

    // The character a delimiter run sees beside it: a space at the ends of the text.
    QChar charAt(qsizetype k, qsizetype from, qsizetype to) const
    {
        if (k < from || k >= to)
            return u' ';
        return m_lexemes[k].code >= 0 ? QChar(u'`') : QChar(m_lexemes[k].c);
    }

    // The destination (and optional title) of a link whose "(" is at k: the URL and the index
    // after ")", or -1.
    qsizetype linkDestination(qsizetype k, qsizetype to, QString *url)
    {
        qsizetype j = k + 1;
        int depth = 0;
        const auto spend = [this] {
            return m_budget-- > 0;
        };
        while (j < to && isChar(j, u' ', to) && spend())
            ++j;
        if (isChar(j, u'<', to)) {
            for (++j; j < to && spend(); ++j) {
                const Lexeme &l = m_lexemes[j];
                if (l.code >= 0 || l.c == u'\n' || (!l.escaped && l.c == u'<'))
                    return -1;
                if (!l.escaped && l.c == u'>')
                    break;
                url->append(QChar(l.c));
            }
            if (!isChar(j, u'>', to))
                return -1;
            ++j;
        } else {
            for (; j < to && spend(); ++j) {
                const Lexeme &l = m_lexemes[j];
                if (l.code >= 0 || QChar(l.c).isSpace())
                    break;
                if (!l.escaped && l.c == u'(')
                    ++depth;
                if (!l.escaped && l.c == u')') {
                    if (depth == 0)
                        break;
                    --depth;
                }
                url->append(QChar(l.c));
            }
        }
        while (j < to && (isChar(j, u' ', to) || isChar(j, u'\n', to)) && spend())
            ++j;
        if (isChar(j, u'"', to)) {
            for (++j; j < to && !isChar(j, u'"', to) && spend();)
                ++j;
            if (!isChar(j, u'"', to))
                return -1;
            ++j;
            while (j < to && isChar(j, u' ', to) && spend())
                ++j;
        }
        return isChar(j, u')', to) && m_budget > 0 ? j + 1 : -1;
    }

    // An autolink "<https://...>" starting at k: its URL and the index after ">", or -1.
    qsizetype autolink(qsizetype k, qsizetype to, QString *url)
    {
        for (qsizetype j = k + 1; j < to && j - k < 2048; ++j) {
            const Lexeme &l = m_lexemes[j];
            if (l.code >= 0 || QChar(l.c).isSpace() || (!l.escaped && l.c == u'<'))
                return -1;
            if (!l.escaped && l.c == u'>') {
                const QString lower = url->toLower();
                for (const QString &scheme : {u"http://"_s, u"https://"_s, u"mailto:"_s}) {
                    if (lower.startsWith(scheme) && lower.size() > scheme.size())
                        return j + 1;
                }
                return -1;
            }
            url->append(QChar(l.c));
        }
        return -1;
    }

    // The HTML of the lexemes from..to; links only outside a link's own text.
    QString renderRange(qsizetype from, qsizetype to, bool links)
    {
        // The "]" that closes each "[", over the range.
        QHash<qsizetype, qsizetype> closingBracket;
        if (links && m_hasBracket) {
            QList<qsizetype> open;
            for (qsizetype k = from; k < to; ++k) {
                if (isChar(k, u'[', to))
                    open.append(k);
                else if (isChar(k, u']', to) && !open.isEmpty())
                    closingBracket.insert(open.takeLast(), k);
            }
        }

        QList<Token> tokens;
        // The HTML token that text goes to: the last one, or a new one after a delimiter run.
        const auto html = [&tokens]() -> QString & {
            if (tokens.isEmpty() || tokens.last().delimiter != 0)
                tokens.append(Token {});
            return tokens.last().html;
        };
        for (qsizetype k = from; k < to;) {
            const Lexeme &l = m_lexemes[k];
            if (l.code >= 0) {
                html() += m_code.at(l.code);
                ++k;
                continue;
            }
            if (l.escaped) {
                appendEscaped(&html(), QChar(l.c));
                ++k;
                continue;
            }
            if (l.c == u'\n') {
                html() += u"<br>"_s;
                ++k;
                continue;
            }
            if (l.c == u'[' && closingBracket.contains(k)) {
                const qsizetype close = closingBracket.value(k);
                QString url;
                const qsizetype after
                    = isChar(close + 1, u'(', to) ? linkDestination(close + 1, to, &url) : -1;
                if (after > 0) {
                    const QString label = renderRange(k + 1, close, false);
                    if (isSafeUrl(url))
                        html() += u"<a href=\""_s + escaped(url) + u"\">"_s + label + u"</a>"_s;
                    else
                        html() += label;
                    k = after;
                    continue;
                }
            }
            if (l.c == u'<') {
                QString url;
                const qsizetype after = autolink(k, to, &url);
                if (after > 0) {
                    html() += u"<a href=\""_s + escaped(url) + u"\">"_s + escaped(url) + u"</a>"_s;
                    k = after;
                    continue;
                }
            }
            if (l.c == u'*' || l.c == u'_') {
                qsizetype end = k;
                while (isChar(end, l.c, to))
                    ++end;
                const QChar before = charAt(k - 1, from, to);
                const QChar after = charAt(end, from, to);
                const bool leftFlanking = !after.isSpace()
                    && (!isPunctuation(after) || before.isSpace() || isPunctuation(before)
                        || isJapanese(before));
                const bool rightFlanking = !before.isSpace()
                    && (!isPunctuation(before) || after.isSpace() || isPunctuation(after)
                        || isJapanese(after));
                Token token;
                token.delimiter = l.c;
                token.count = end - k;
                if (l.c == u'*') {
                    token.canOpen = leftFlanking;
                    token.canClose = rightFlanking;
                } else {
                    // No emphasis inside words: snake_case_names stay as they are.
                    token.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
                    token.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
                }
                tokens.append(token);
                k = end;
                continue;
            }
            appendEscaped(&html(), QChar(l.c));
            ++k;
        }

        matchEmphasis(&tokens);

        QString out;
        for (const Token &token : std::as_const(tokens)) {
            if (token.delimiter == 0) {
                out += token.html;
                continue;
            }
            out += token.closeTags;
            out += QString(token.count, QChar(token.delimiter));
            out += token.openTags;
        }
        return out;
    }

    // Pairs the delimiter runs, innermost first, with one stack of openers per character; an
    // opener of the other character that a match encloses is dropped, so tags always nest.
    static void matchEmphasis(QList<Token> *tokens)
    {
        QList<qsizetype> stars;
        QList<qsizetype> underscores;
        for (qsizetype j = 0; j < tokens->size(); ++j) {
            Token &closer = (*tokens)[j];
            if (closer.delimiter == 0)
                continue;
            QList<qsizetype> &same = closer.delimiter == u'*' ? stars : underscores;
            QList<qsizetype> &other = closer.delimiter == u'*' ? underscores : stars;
            while (closer.canClose && closer.count > 0 && !same.isEmpty()) {
                Token &opener = (*tokens)[same.last()];
                while (!other.isEmpty() && other.last() > same.last())
                    other.removeLast();
                const bool strong = opener.count >= 2 && closer.count >= 2;
                const qsizetype used = strong ? 2 : 1;
                opener.openTags.prepend(strong ? u"<b>"_s : u"<i>"_s);
                closer.closeTags.append(strong ? u"</b>"_s : u"</i>"_s);
                opener.count -= used;
                closer.count -= used;
                if (opener.count == 0)
                    same.removeLast();
            }
            if (closer.canOpen && closer.count > 0)
                same.append(j);
        }
    }

    QList<Lexeme> m_lexemes;
    QStringList m_code;
    qsizetype m_budget = scanBudget;
    bool m_hasBracket = false;
};

// The HTML of a block's text.
QString renderInline(QStringView text)
{
    return InlineRenderer(text).render();
}

// The columns of leading white space (a tab counts 4).
int indentOf(const QString &line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++indent;
        else if (c == u'\t')
            indent += 4;
        else
            break;
    }
    return indent;
}

// Whether a line is empty or white space only: it ends a paragraph or a list.
bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// An opening code fence: its character, length and indentation.
bool isFence(const QString &line, QChar *fenceChar, qsizetype *length, qsizetype *indent)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    if (i >= line.size() || (line[i] != u'`' && line[i] != u'~'))
        return false;
    const QChar c = line[i];
    qsizetype end = i;
    while (end < line.size() && line[end] == c)
        ++end;
    if (end - i < 3 || (c == u'`' && line.indexOf(u'`', end) >= 0))
        return false;
    *fenceChar = c;
    *length = end - i;
    *indent = i;
    return true;
}

// Whether a line closes the code block a fence of this character and length opened.
bool isClosingFence(const QString &line, QChar fenceChar, qsizetype length)
{
    const QString trimmed = line.trimmed();
    return trimmed.size() >= length
        && std::all_of(trimmed.cbegin(), trimmed.cend(),
                       [fenceChar](QChar c) { return c == fenceChar; });
}

// A thematic break: three or more "-", "*" or "_", spaces between them allowed.
bool isRule(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || indentOf(line) > 3)
        return false;
    const QChar marker = trimmed.front();
    if (marker != u'-' && marker != u'*' && marker != u'_')
        return false;
    qsizetype count = 0;
    for (const QChar c : trimmed) {
        if (c == marker)
            ++count;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return count >= 3;
}

// An ATX heading ("## Title ##"): its text.
bool isHeading(const QString &line, QString *content)
{
    if (indentOf(line) > 3)
        return false;
    const QString trimmed = line.trimmed();
    qsizetype hashes = 0;
    while (hashes < trimmed.size() && trimmed[hashes] == u'#')
        ++hashes;
    if (hashes < 1 || hashes > 6
        || (hashes < trimmed.size() && trimmed[hashes] != u' ' && trimmed[hashes] != u'\t'))
        return false;
    QString text = trimmed.mid(hashes).trimmed();
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'#')
        --end;
    if (end == 0 || text[end - 1] == u' ' || text[end - 1] == u'\t')
        text.truncate(end);
    *content = text.trimmed();
    return true;
}

// A line that starts a list item, and the lines that continue it.
struct ListItem
{
    int indent = 0;
    bool ordered = false;
    int start = 1;
    QString text;
};

// A list item: "-", "*" or "+", or a number and "." or ")", then a space.
bool isListItem(const QString &line, ListItem *item)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    const qsizetype markerStart = i;
    bool ordered = false;
    if (i < line.size() && (line[i] == u'-' || line[i] == u'*' || line[i] == u'+')) {
        ++i;
    } else {
        while (i < line.size() && i - markerStart < 9 && line[i].isDigit()
               && line[i].unicode() < 0x80)
            ++i;
        if (i == markerStart || i >= line.size() || (line[i] != u'.' && line[i] != u')'))
            return false;
        ordered = true;
        ++i;
    }
    if (i >= line.size() || (line[i] != u' ' && line[i] != u'\t'))
        return false;
    *item = {indentOf(line), ordered,
             ordered ? QStringView(line).mid(markerStart, i - 1 - markerStart).toInt() : 1,
             line.mid(i).trimmed()};
    return true;
}

// The cells of a table row, split at each "|" that no backslash escapes.
QStringList tableCells(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(u'|'))
        row.remove(0, 1);
    if (row.endsWith(u'|') && !row.endsWith(u"\\|"_s))
        row.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size() && row[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (row[i] == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

// The row under a table's header: cells of dashes, with colons for the alignment.
bool isDelimiterRow(const QString &line)
{
    const QStringList cells = tableCells(line);
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
        QStringView dashes(cell);
        if (dashes.startsWith(u':'))
            dashes = dashes.mid(1);
        if (dashes.endsWith(u':'))
            dashes.chop(1);
        return !dashes.isEmpty()
            && std::all_of(dashes.cbegin(), dashes.cend(), [](QChar c) { return c == u'-'; });
    });
}

// Whether a table starts at line i: a header row, then a delimiter row of as many cells.
bool isTableStart(const QStringList &lines, qsizetype i)
{
    return i + 1 < lines.size() && lines[i].contains(u'|') && lines[i + 1].contains(u'|')
        && isDelimiterRow(lines[i + 1])
        && tableCells(lines[i]).size() == tableCells(lines[i + 1]).size();
}

// Whether a line starts a block of its own, ending the paragraph before it.
bool interruptsParagraph(const QStringList &lines, qsizetype i)
{
    const QString &line = lines[i];
    QChar fenceChar;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString heading;
    ListItem item;
    if (isBlank(line) || isFence(line, &fenceChar, &length, &indent) || isRule(line)
        || isHeading(line, &heading) || isTableStart(lines, i))
        return true;
    return isListItem(line, &item) && (!item.ordered || item.start == 1);
}

// A fenced code block from line i as <pre><code>: the line after it.
qsizetype renderFence(const QStringList &lines, qsizetype i, QString *html)
{
    QChar fenceChar;
    qsizetype length = 0;
    qsizetype indent = 0;
    isFence(lines[i], &fenceChar, &length, &indent);
    QStringList code;
    for (++i; i < lines.size() && !isClosingFence(lines[i], fenceChar, length); ++i) {
        QString line = lines[i];
        qsizetype strip = 0;
        while (strip < indent && strip < line.size() && line[strip] == u' ')
            ++strip;
        code.append(line.mid(strip));
    }
    *html += u"<pre><code>"_s + escaped(code.join(u'\n')) + u"</code></pre>"_s;
    return i < lines.size() ? i + 1 : i;
}

// The list (nested by indentation) from line i as <ul>/<ol>: the line after it.
qsizetype renderList(const QStringList &lines, qsizetype i, QString *html)
{
    QList<ListItem> items;
    ListItem item;
    for (; i < lines.size(); ++i) {
        const QString &line = lines[i];
        QChar fenceChar;
        qsizetype length = 0;
        qsizetype indent = 0;
        QString heading;
        if (isListItem(line, &item)) {
            items.append(item);
            continue;
        }
        if (isBlank(line) || isFence(line, &fenceChar, &length, &indent) || isRule(line)
            || isHeading(line, &heading) || isTableStart(lines, i))
            break;
        items.last().text += u'\n' + line.trimmed();
    }

    // Open lists, innermost last: their kind and the indentation of their items.
    struct Level
    {
        bool ordered;
        int indent;
    };
    QList<Level> levels;
    const auto close = [&] {
        *html += levels.last().ordered ? u"</li></ol>"_s : u"</li></ul>"_s;
        levels.removeLast();
    };
    for (const ListItem &current : std::as_const(items)) {
        // Up to the list this item belongs to; a list of the other kind at its level ends.
        while (!levels.isEmpty()
               && (current.indent < levels.last().indent
                   || (current.indent < levels.last().indent + 2
                       && current.ordered != levels.last().ordered)))
            close();
        if (levels.isEmpty() || current.indent >= levels.last().indent + 2) {
            if (current.ordered && current.start != 1)
                *html += u"<ol start=\"%1\">"_s.arg(current.start);
            else
                *html += current.ordered ? u"<ol>"_s : u"<ul>"_s;
            levels.append({current.ordered, current.indent});
        } else {
            *html += u"</li>"_s;
        }
        *html += u"<li>"_s + renderInline(current.text);
    }
    while (!levels.isEmpty())
        close();
    return i;
}

// The table from line i as <table>: the line after it.
qsizetype renderTable(const QStringList &lines, qsizetype i, QString *html)
{
    const QStringList header = tableCells(lines[i]);
    *html += u"<table border=\"1\"><tr>"_s;
    for (const QString &cell : header)
        *html += u"<th>"_s + renderInline(cell) + u"</th>"_s;
    *html += u"</tr>"_s;
    for (i += 2; i < lines.size() && !isBlank(lines[i]) && lines[i].contains(u'|'); ++i) {
        QStringList cells = tableCells(lines[i]);
        cells.resize(header.size());
        *html += u"<tr>"_s;
        for (const QString &cell : std::as_const(cells))
            *html += u"<td>"_s + renderInline(cell) + u"</td>"_s;
        *html += u"</tr>"_s;
    }
    *html += u"</table>"_s;
    return i;
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    QString text = markdown;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    QString html;
    for (qsizetype i = 0; i < lines.size();) {
        const QString &line = lines[i];
        QChar fenceChar;
        qsizetype length = 0;
        qsizetype indent = 0;
        QString heading;
        ListItem item;
        if (isBlank(line)) {
            ++i;
        } else if (isFence(line, &fenceChar, &length, &indent)) {
            i = renderFence(lines, i, &html);
        } else if (isRule(line)) {
            html += u"<hr>"_s;
            ++i;
        } else if (isHeading(line, &heading)) {
            html += u"<p><b>"_s + renderInline(heading) + u"</b></p>"_s;
            ++i;
        } else if (isListItem(line, &item)) {
            i = renderList(lines, i, &html);
        } else if (isTableStart(lines, i)) {
            i = renderTable(lines, i, &html);
        } else {
            QStringList paragraph {line.trimmed()};
            for (++i; i < lines.size() && !interruptsParagraph(lines, i); ++i)
                paragraph.append(lines[i].trimmed());
            html += u"<p>"_s + renderInline(paragraph.join(u'\n')) + u"</p>"_s;
        }
    }
    return html;
}

} // namespace QuestionExchange
