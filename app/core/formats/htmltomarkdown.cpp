// QuestionExchange::htmlToMarkdown: the HTML other tools write question text in (Moodle's
// editors, as a rule) as the Markdown Shiken stores. The HTML is parsed into a small tree the
// way a browser would forgive it (unclosed <p> and <li>, stray end tags), then written out block
// by block; every character of the text that Markdown would take as syntax is escaped.

#include "formats/questionexchange.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace QuestionExchange {

namespace {

// An element or a run of text of the parsed HTML; children are indices into the tree's nodes.
struct Node
{
    QString name; // lower case; empty for a run of text
    QString text; // the decoded text of a run
    QHash<QString, QString> attributes;
    std::vector<int> children;
    bool isText() const { return name.isEmpty(); }
};

// Deeper nesting is flattened, so that rendering the tree recursively cannot exhaust the stack.
constexpr qsizetype maxDepth = 100;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The character a named reference stands for (the common ones), or 0.
char32_t namedEntity(QStringView name)
{
    static const QHash<QString, char32_t> entities {
        {u"amp"_s, U'&'},         {u"lt"_s, U'<'},          {u"gt"_s, U'>'},
        {u"quot"_s, U'"'},        {u"apos"_s, U'\''},       {u"nbsp"_s, U' '},
        {u"ensp"_s, U' '},        {u"emsp"_s, U' '},        {u"thinsp"_s, U' '},
        {u"ndash"_s, U'\u2013'},  {u"mdash"_s, U'\u2014'},  {u"hellip"_s, U'\u2026'},
        {u"lsquo"_s, U'\u2018'},  {u"rsquo"_s, U'\u2019'},  {u"ldquo"_s, U'\u201c'},
        {u"rdquo"_s, U'\u201d'},  {u"laquo"_s, U'\u00ab'},  {u"raquo"_s, U'\u00bb'},
        {u"copy"_s, U'\u00a9'},   {u"reg"_s, U'\u00ae'},    {u"trade"_s, U'\u2122'},
        {u"times"_s, U'\u00d7'},  {u"divide"_s, U'\u00f7'}, {u"minus"_s, U'\u2212'},
        {u"plusmn"_s, U'\u00b1'}, {u"deg"_s, U'\u00b0'},    {u"middot"_s, U'\u00b7'},
        {u"bull"_s, U'\u2022'},   {u"euro"_s, U'\u20ac'},   {u"pound"_s, U'\u00a3'},
        {u"yen"_s, U'\u00a5'},    {u"cent"_s, U'\u00a2'},   {u"sect"_s, U'\u00a7'},
        {u"para"_s, U'\u00b6'},   {u"le"_s, U'\u2264'},     {u"ge"_s, U'\u2265'},
        {u"ne"_s, U'\u2260'},     {u"larr"_s, U'\u2190'},   {u"rarr"_s, U'\u2192'},
        {u"uarr"_s, U'\u2191'},   {u"darr"_s, U'\u2193'},   {u"harr"_s, U'\u2194'},
        {u"frac12"_s, U'\u00bd'}, {u"frac14"_s, U'\u00bc'}, {u"frac34"_s, U'\u00be'},
        {u"shy"_s, U'\u00ad'},    {u"zwj"_s, U'\u200d'},    {u"zwnj"_s, U'\u200c'},
    };
    return entities.value(name.toString(), 0);
}

// The text with its character references (&amp; &#39; &#x2192; ...) decoded; a no-break space
// is a space (Moodle's editors write &nbsp; where a plain space was meant). Unknown named
// references stay as they are.
QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && end - i <= 32
               && (text.at(end).isLetterOrNumber() || (end == i + 1 && text.at(end) == u'#')))
            ++end;
        if (end >= size || text.at(end) != u';' || end == i + 1) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, end - i - 1);
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            bool ok = false;
            const uint value = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            code = !ok || value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)
                ? U'\ufffd'
                : char32_t(value);
        } else {
            code = namedEntity(name);
            if (code == 0) {
                out += c;
                continue;
            }
        }
        if (code == U'\u00a0')
            code = U' ';
        out += QString::fromUcs4(&code, 1);
        i = end;
    }
    return out;
}

// Builds the tree from the HTML in one pass over it, forgiving as a browser is.
class TreeBuilder
{
public:
    explicit TreeBuilder(const QString &html)
        : m_html(html)
    {
        m_nodes.push_back(Node {u"#root"_s, {}, {}, {}});
        m_open.push_back(0);
    }

    std::vector<Node> build()
    {
        const qsizetype size = m_html.size();
        qsizetype i = 0;
        while (i < size) {
            if (m_html.at(i) != u'<') {
                qsizetype next = m_html.indexOf(u'<', i);
                if (next < 0)
                    next = size;
                addText(decodeEntities(QStringView(m_html).mid(i, next - i)));
                i = next;
                continue;
            }
            i = readMarkup(i);
        }
        return std::move(m_nodes);
    }

private:
    // Reads the markup that starts at '<' at position i; returns where the text goes on.
    qsizetype readMarkup(qsizetype i)
    {
        const qsizetype size = m_html.size();
        const QStringView rest = QStringView(m_html).mid(i);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = m_html.indexOf(u"-->"_s, i + 4);
            return end < 0 ? size : end + 3;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype end = m_html.indexOf(u"]]>"_s, i + 9);
            addText(m_html.mid(i + 9, end < 0 ? -1 : end - i - 9));
            return end < 0 ? size : end + 3;
        }
        if (rest.size() > 1 && (rest.at(1) == u'!' || rest.at(1) == u'?')) {
            const qsizetype end = m_html.indexOf(u'>', i);
            return end < 0 ? size : end + 1;
        }
        const bool closing = rest.size() > 1 && rest.at(1) == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        if (p >= size || !isAsciiLetter(m_html.at(p))) {
            addText(u"<"_s);
            return i + 1;
        }
        const qsizetype nameStart = p;
        while (p < size
               && (m_html.at(p).isLetterOrNumber() || m_html.at(p) == u'-' || m_html.at(p) == u':'
                   || m_html.at(p) == u'_'))
            ++p;
        const QString name = m_html.mid(nameStart, p - nameStart).toLower();
        if (closing) {
            const qsizetype end = m_html.indexOf(u'>', p);
            endElement(name);
            return end < 0 ? size : end + 1;
        }

        QHash<QString, QString> attributes;
        bool selfClosing = false;
        bool complete = false;
        while (p < size) {
            const QChar c = m_html.at(p);
            if (isSpace(c)) {
                ++p;
                continue;
            }
            if (c == u'>') {
                ++p;
                complete = true;
                break;
            }
            if (c == u'/') {
                ++p;
                if (p < size && m_html.at(p) == u'>') {
                    ++p;
                    selfClosing = complete = true;
                    break;
                }
                continue;
            }
            if (c == u'=') {
                ++p;
                continue;
            }
            const qsizetype attributeStart = p;
            while (p < size && !isSpace(m_html.at(p)) && m_html.at(p) != u'='
                   && m_html.at(p) != u'>' && m_html.at(p) != u'/')
                ++p;
            const QString attribute = m_html.mid(attributeStart, p - attributeStart).toLower();
            while (p < size && isSpace(m_html.at(p)))
                ++p;
            QString value;
            if (p < size && m_html.at(p) == u'=') {
                ++p;
                while (p < size && isSpace(m_html.at(p)))
                    ++p;
                if (p < size && (m_html.at(p) == u'"' || m_html.at(p) == u'\'')) {
                    const qsizetype end = m_html.indexOf(m_html.at(p), p + 1);
                    value = m_html.mid(p + 1, end < 0 ? -1 : end - p - 1);
                    p = end < 0 ? size : end + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < size && !isSpace(m_html.at(p)) && m_html.at(p) != u'>')
                        ++p;
                    value = m_html.mid(valueStart, p - valueStart);
                }
            }
            if (!attributes.contains(attribute))
                attributes.insert(attribute, decodeEntities(value));
        }
        if (!complete) // a tag cut off by the end of the text: a browser drops it too
            return size;
        if (name == u"script" || name == u"style") {
            if (selfClosing)
                return p;
            // Their content is not HTML: skip it whole, whatever '<' it holds.
            const qsizetype end = m_html.indexOf(u"</"_s + name, p, Qt::CaseInsensitive);
            if (end < 0)
                return size;
            const qsizetype close = m_html.indexOf(u'>', end);
            return close < 0 ? size : close + 1;
        }
        startElement(name, std::move(attributes), selfClosing);
        return p;
    }

    int current() const { return m_open.back(); }
    const QString &currentName() const { return m_nodes[size_t(current())].name; }

    void addText(const QString &text)
    {
        if (text.isEmpty())
            return;
        std::vector<int> &children = m_nodes[size_t(current())].children;
        if (!children.empty() && m_nodes[size_t(children.back())].isText()) {
            m_nodes[size_t(children.back())].text += text;
            return;
        }
        children.push_back(int(m_nodes.size()));
        m_nodes.push_back(Node {QString(), text, {}, {}});
    }

    // Closes the innermost open element named name, unless a boundary comes first.
    void closeUpTo(const QString &name, const QSet<QString> &boundaries)
    {
        for (qsizetype k = qsizetype(m_open.size()) - 1; k > 0; --k) {
            const QString &open = m_nodes[size_t(m_open[size_t(k)])].name;
            if (open == name) {
                m_open.resize(size_t(k));
                return;
            }
            if (boundaries.contains(open))
                return;
        }
    }

    // Opens an element, first closing what a browser closes before it (a <p> before a block,
    // the previous <li> before an <li>).
    void startElement(const QString &name, QHash<QString, QString> attributes, bool selfClosing)
    {
        static const QSet<QString> voidElements {
            u"br"_s,   u"img"_s,  u"hr"_s,  u"input"_s,  u"meta"_s,  u"link"_s,  u"col"_s,
            u"area"_s, u"base"_s, u"wbr"_s, u"source"_s, u"embed"_s, u"param"_s, u"track"_s,
        };
        static const QSet<QString> closesParagraph {
            u"p"_s,        u"div"_s,        u"ul"_s,      u"ol"_s,      u"dl"_s,      u"pre"_s,
            u"table"_s,    u"blockquote"_s, u"h1"_s,      u"h2"_s,      u"h3"_s,      u"h4"_s,
            u"h5"_s,       u"h6"_s,         u"hr"_s,      u"section"_s, u"article"_s, u"header"_s,
            u"footer"_s,   u"nav"_s,        u"aside"_s,   u"figure"_s,  u"address"_s, u"form"_s,
            u"fieldset"_s, u"main"_s,       u"details"_s, u"li"_s,      u"dt"_s,      u"dd"_s,
        };
        static const QSet<QString> listBoundaries {u"ul"_s, u"ol"_s, u"menu"_s};
        static const QSet<QString> definitionBoundaries {u"dl"_s};
        if (closesParagraph.contains(name) && currentName() == u"p")
            m_open.pop_back();
        if (name == u"li")
            closeUpTo(name, listBoundaries);
        else if (name == u"dt" || name == u"dd") {
            closeUpTo(u"dt"_s, definitionBoundaries);
            closeUpTo(u"dd"_s, definitionBoundaries);
        }
        const int index = int(m_nodes.size());
        m_nodes.push_back(Node {name, {}, std::move(attributes), {}});
        m_nodes[size_t(current())].children.push_back(index);
        if (!selfClosing && !voidElements.contains(name) && qsizetype(m_open.size()) < maxDepth)
            m_open.push_back(index);
    }

    // Closes the innermost open element of that name; an end tag with none open is ignored.
    void endElement(const QString &name)
    {
        if (name == u"br") { // </br> is a line break to a browser
            startElement(name, {}, true);
            return;
        }
        closeUpTo(name, {});
    }

    const QString &m_html;
    std::vector<Node> m_nodes;
    std::vector<int> m_open; // the elements open at this point, from the root
};

// What an element is to the Markdown it becomes.
enum class Kind {
    Transparent, // no Markdown of its own: its content stands in its place (span, font, u)
    Dropped, // left out with its content (head, svg, iframe)
    Container, // a block holding blocks (p, div, td)
    Heading,
    List,
    Item,
    Pre,
    Quote,
    Rule,
    Table,
    Bold,
    Italic,
    Code,
    Link,
    Break,
    Image,
};

Kind kindOf(const QString &name)
{
    static const QHash<QString, Kind> kinds {
        {u"p"_s, Kind::Container},
        {u"div"_s, Kind::Container},
        {u"section"_s, Kind::Container},
        {u"article"_s, Kind::Container},
        {u"header"_s, Kind::Container},
        {u"footer"_s, Kind::Container},
        {u"main"_s, Kind::Container},
        {u"nav"_s, Kind::Container},
        {u"aside"_s, Kind::Container},
        {u"figure"_s, Kind::Container},
        {u"figcaption"_s, Kind::Container},
        {u"address"_s, Kind::Container},
        {u"center"_s, Kind::Container},
        {u"form"_s, Kind::Container},
        {u"fieldset"_s, Kind::Container},
        {u"legend"_s, Kind::Container},
        {u"details"_s, Kind::Container},
        {u"summary"_s, Kind::Container},
        {u"dl"_s, Kind::Container},
        {u"dt"_s, Kind::Container},
        {u"dd"_s, Kind::Container},
        {u"table"_s, Kind::Table},
        {u"caption"_s, Kind::Container},
        {u"tr"_s, Kind::Container},
        {u"td"_s, Kind::Container},
        {u"th"_s, Kind::Container},
        {u"h1"_s, Kind::Heading},
        {u"h2"_s, Kind::Heading},
        {u"h3"_s, Kind::Heading},
        {u"h4"_s, Kind::Heading},
        {u"h5"_s, Kind::Heading},
        {u"h6"_s, Kind::Heading},
        {u"ul"_s, Kind::List},
        {u"ol"_s, Kind::List},
        {u"menu"_s, Kind::List},
        {u"li"_s, Kind::Item},
        {u"pre"_s, Kind::Pre},
        {u"blockquote"_s, Kind::Quote},
        {u"hr"_s, Kind::Rule},
        {u"b"_s, Kind::Bold},
        {u"strong"_s, Kind::Bold},
        {u"i"_s, Kind::Italic},
        {u"em"_s, Kind::Italic},
        {u"cite"_s, Kind::Italic},
        {u"dfn"_s, Kind::Italic},
        {u"var"_s, Kind::Italic},
        {u"code"_s, Kind::Code},
        {u"kbd"_s, Kind::Code},
        {u"samp"_s, Kind::Code},
        {u"tt"_s, Kind::Code},
        {u"a"_s, Kind::Link},
        {u"br"_s, Kind::Break},
        {u"img"_s, Kind::Image},
        {u"head"_s, Kind::Dropped},
        {u"title"_s, Kind::Dropped},
        {u"template"_s, Kind::Dropped},
        {u"noscript"_s, Kind::Dropped},
        {u"svg"_s, Kind::Dropped},
        {u"math"_s, Kind::Dropped},
        {u"iframe"_s, Kind::Dropped},
        {u"object"_s, Kind::Dropped},
        {u"select"_s, Kind::Dropped},
        {u"audio"_s, Kind::Dropped},
        {u"video"_s, Kind::Dropped},
        {u"canvas"_s, Kind::Dropped},
        {u"input"_s, Kind::Dropped},
        {u"meta"_s, Kind::Dropped},
        {u"link"_s, Kind::Dropped},
    };
    return kinds.value(name, Kind::Transparent);
}

bool isBlock(Kind kind)
{
    switch (kind) {
    case Kind::Container:
    case Kind::Heading:
    case Kind::List:
    case Kind::Item:
    case Kind::Pre:
    case Kind::Quote:
    case Kind::Rule:
    case Kind::Table:
        return true;
    default:
        return false;
    }
}

// Plain text as Markdown text: every character Markdown could take as syntax is escaped, and
// white space is a space (line breaks come from <br> only).
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'~':
            out += u'\\';
            out += c;
            break;
        case u'&': {
            // Only where it would start a character reference.
            qsizetype end = i + 1;
            while (end < size && end - i <= 32
                   && (text.at(end).isLetterOrNumber() || (end == i + 1 && text.at(end) == u'#')))
                ++end;
            if (end < size && end > i + 1 && text.at(end) == u';')
                out += u'\\';
            out += c;
            break;
        }
        default:
            out += isSpace(c) ? QChar(u' ') : c;
        }
    }
    return out;
}

// A line of a paragraph with its start escaped where Markdown would read a block there: a
// heading, a list item, a quote, a rule, a setext underline.
QString escapeLineStart(const QString &line)
{
    if (line.isEmpty())
        return line;
    const QChar first = line.at(0);
    if (first == u'-' || first == u'+' || first == u'=' || first == u'#' || first == u'>'
        || first == u'|')
        return u'\\' + line;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).isDigit()
           && line.at(digits).unicode() < 128)
        ++digits;
    if (digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')')
        && (digits + 1 == line.size() || line.at(digits + 1) == u' ')) {
        QString escaped = line;
        escaped.insert(digits, u'\\');
        return escaped;
    }
    return line;
}

qsizetype longestRun(const QString &text, QChar c)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar x : text) {
        run = x == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// The inline text between spaces or newlines at its ends, and those ends.
struct Trimmed
{
    QString lead;
    QString core;
    QString trail;
};

Trimmed trimInline(const QString &text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && (text.at(start) == u' ' || text.at(start) == u'\n'))
        ++start;
    while (end > start && (text.at(end - 1) == u' ' || text.at(end - 1) == u'\n'))
        --end;
    return {text.left(start), text.mid(start, end - start), text.mid(end)};
}

// A Markdown block, and whether it is a list (a list in a list item follows its text without a
// blank line, so that the item stays tight).
struct Block
{
    QString text;
    bool list = false;
};

// Writes the tree as Markdown.
class Renderer
{
public:
    Renderer(const std::vector<Node> &nodes, QStringList *notes)
        : m_nodes(nodes)
        , m_notes(notes)
    { }

    QString render() const { return join(blocks(node(0).children), false).trimmed(); }

private:
    // The state inline content is written in: emphasis is not nested in itself, links not in
    // links.
    struct Inline
    {
        bool bold = false;
        bool italic = false;
        bool link = false;
    };

    const Node &node(int index) const { return m_nodes[size_t(index)]; }

    // The blocks one after another, a blank line between them.
    static QString join(const QList<Block> &blocks, bool inItem)
    {
        QString out;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (i > 0)
                out += inItem && blocks.at(i).list ? u"\n"_s : u"\n\n"_s;
            out += blocks.at(i).text;
        }
        return out;
    }

    QList<Block> blocks(const std::vector<int> &children) const
    {
        QList<Block> out;
        QString run;
        collect(children, &out, &run);
        flush(&out, &run);
        return out;
    }

    // Adds the children to the blocks: inline content gathers in run until a block comes.
    void collect(const std::vector<int> &children, QList<Block> *out, QString *run) const
    {
        for (const int child : children) {
            const Node &n = node(child);
            if (n.isText()) {
                *run += escapeText(n.text);
                continue;
            }
            const Kind kind = kindOf(n.name);
            if (kind == Kind::Transparent) {
                collect(n.children, out, run);
            } else if (kind == Kind::Dropped) {
                continue;
            } else if (!isBlock(kind)) {
                *run += inlineElement(n, {});
            } else {
                flush(out, run);
                block(n, kind, out);
            }
        }
    }

    // Adds a block element as its blocks.
    void block(const Node &n, Kind kind, QList<Block> *out) const
    {
        switch (kind) {
        case Kind::Container:
            out->append(blocks(n.children));
            break;
        case Kind::Heading: {
            QString text = inlineChildren(n, {});
            text.replace(u'\n', u' ');
            const QList<Block> content = paragraphs(text);
            if (!content.isEmpty())
                out->append(
                    {QString(n.name.at(1).digitValue(), u'#') + u' ' + content.constFirst().text,
                     false});
            break;
        }
        case Kind::List:
            out->append({list(n), true});
            break;
        case Kind::Item:
            out->append({item(n.children, u"- "_s), true});
            break;
        case Kind::Pre:
            if (const QString fenced = pre(n); !fenced.isEmpty())
                out->append({fenced, false});
            break;
        case Kind::Quote: {
            const QString inner = join(blocks(n.children), false);
            if (inner.isEmpty())
                break;
            QStringList lines = inner.split(u'\n');
            for (QString &line : lines)
                line = line.isEmpty() ? u">"_s : u"> "_s + line;
            out->append({lines.join(u'\n'), false});
            break;
        }
        case Kind::Rule:
            out->append({u"---"_s, false});
            break;
        case Kind::Table:
            table(n, out);
            break;
        default:
            break;
        }
    }

    // Inline content as paragraphs: one <br> is a hard line break, two or more (or a block
    // met inside inline content) end the paragraph.
    static QList<Block> paragraphs(const QString &run)
    {
        QList<Block> out;
        QStringList lines;
        const auto finish = [&] {
            if (!lines.isEmpty())
                out.append({lines.join(u"\\\n"_s), false});
            lines.clear();
        };
        for (const QStringView line : QStringView(run).split(u'\n')) {
            QString collapsed;
            collapsed.reserve(line.size());
            for (const QChar c : line) {
                if (c != u' ' || (!collapsed.isEmpty() && !collapsed.endsWith(u' ')))
                    collapsed += c;
            }
            if (collapsed.endsWith(u' '))
                collapsed.chop(1);
            if (collapsed.isEmpty())
                finish();
            else
                lines.append(escapeLineStart(collapsed));
        }
        finish();
        return out;
    }

    static void flush(QList<Block> *out, QString *run)
    {
        if (run->isEmpty())
            return;
        out->append(paragraphs(*run));
        run->clear();
    }

    // A <ul> or <ol> as Markdown list items, one per <li>.
    QString list(const Node &n) const
    {
        const bool ordered = n.name == u"ol";
        bool ok = false;
        int number = n.attributes.value(u"start"_s).toInt(&ok);
        if (!ok || number < 0 || number > 999999999)
            number = 1;
        QStringList items;
        std::vector<int> loose; // content outside any <li>, taken as an item of its own
        const auto marker = [&] {
            return ordered ? QString::number(number++) + u". "_s : u"- "_s;
        };
        const auto addLoose = [&] {
            bool blank = true;
            for (const int child : loose)
                blank = blank && node(child).isText() && node(child).text.trimmed().isEmpty();
            if (!blank)
                items.append(item(loose, marker()));
            loose.clear();
        };
        for (const int child : n.children) {
            if (node(child).name == u"li") {
                addLoose();
                items.append(item(node(child).children, marker()));
            } else {
                loose.push_back(child);
            }
        }
        addLoose();
        return items.join(u'\n');
    }

    // A table as a GitHub table, its first row the header; what a cell holds becomes one line.
    void table(const Node &n, QList<Block> *out) const
    {
        QList<QStringList> rows;
        QStringList captions;
        tableRows(n, &rows, &captions);
        for (const QString &caption : std::as_const(captions)) {
            if (!caption.isEmpty())
                out->append({caption, false});
        }
        qsizetype columns = 0;
        for (const QStringList &row : std::as_const(rows))
            columns = std::max(columns, row.size());
        if (columns == 0)
            return;
        QStringList lines;
        for (QStringList &row : rows) {
            while (row.size() < columns)
                row.append(QString());
            lines.append(u"| "_s + row.join(u" | "_s) + u" |"_s);
            if (lines.size() == 1)
                lines.append(u"|"_s + u" --- |"_s.repeated(columns));
        }
        out->append({lines.join(u'\n'), false});
    }

    // The rows of a table, through <thead> and <tbody>, and its captions.
    void tableRows(const Node &n, QList<QStringList> *rows, QStringList *captions) const
    {
        for (const int child : n.children) {
            const Node &c = node(child);
            if (c.isText() || c.name == u"table" || kindOf(c.name) == Kind::Dropped)
                continue;
            if (c.name == u"caption") {
                captions->append(cell(c));
            } else if (c.name == u"tr") {
                QStringList cells;
                for (const int index : c.children) {
                    const Node &d = node(index);
                    if (d.name == u"td" || d.name == u"th")
                        cells.append(cell(d));
                }
                if (!cells.isEmpty())
                    rows->append(cells);
            } else {
                tableRows(c, rows, captions);
            }
        }
    }

    // What a table cell holds, on one line with its pipes escaped.
    QString cell(const Node &n) const
    {
        QString text = inlineChildren(n, {});
        text.replace(u'\n', u' ');
        text.replace(u"|"_s, u"\\|"_s);
        QStringList parts;
        for (const Block &block : paragraphs(text))
            parts.append(block.text);
        return parts.join(u' ');
    }

    // A list item: the marker, then its blocks indented under it.
    QString item(const std::vector<int> &children, const QString &marker) const
    {
        const QString body = join(blocks(children), true);
        if (body.isEmpty())
            return marker.trimmed();
        const QString indent(marker.size(), u' ');
        QStringList lines = body.split(u'\n');
        lines.first().prepend(marker);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty())
                lines[i].prepend(indent);
        }
        return lines.join(u'\n');
    }

    // A <pre> as a fenced code block, longer fences than any run of backquotes it holds.
    QString pre(const Node &n) const
    {
        QString code = plainText(n);
        code.replace(u"\r\n"_s, u"\n"_s);
        code.replace(u'\r', u'\n');
        if (code.startsWith(u'\n')) // as in HTML, the newline right after <pre> is not content
            code.remove(0, 1);
        while (code.endsWith(u'\n'))
            code.chop(1);
        if (code.trimmed().isEmpty())
            return {};
        QString language;
        for (const int child : n.children) {
            const Node &c = node(child);
            if (c.isText() && c.text.trimmed().isEmpty())
                continue;
            if (c.name == u"code") {
                for (const QString &cls : c.attributes.value(u"class"_s).split(u' ')) {
                    if (cls.startsWith(u"language-"))
                        language = cls.mid(9);
                    else if (cls.startsWith(u"lang-"))
                        language = cls.mid(5);
                }
            }
            break;
        }
        for (const QChar c : language) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'+' && c != u'_'
                && c != u'#') {
                language.clear();
                break;
            }
        }
        const QString fence(std::max<qsizetype>(3, longestRun(code, u'`') + 1), u'`');
        return fence + language + u'\n' + code + u'\n' + fence;
    }

    // The text of an element as it is, for code: no escaping, <br> as a newline.
    QString plainText(const Node &n) const
    {
        QString out;
        for (const int child : n.children) {
            const Node &c = node(child);
            if (c.isText()) {
                out += c.text;
                continue;
            }
            const Kind kind = kindOf(c.name);
            if (kind == Kind::Break)
                out += u'\n';
            else if (kind == Kind::Image)
                noteImage(c);
            else if (kind != Kind::Dropped)
                out += plainText(c);
        }
        return out;
    }

    QString inlineChildren(const Node &n, Inline state) const
    {
        QString out;
        for (const int child : n.children) {
            const Node &c = node(child);
            out += c.isText() ? escapeText(c.text) : inlineElement(c, state);
        }
        return out;
    }

    // An element met in inline content; a block there (a <p> inside <b>) only breaks the
    // paragraph.
    QString inlineElement(const Node &n, Inline state) const
    {
        switch (kindOf(n.name)) {
        case Kind::Transparent:
            return inlineChildren(n, state);
        case Kind::Dropped:
            return {};
        case Kind::Break:
            return u"\n"_s;
        case Kind::Image:
            noteImage(n);
            return {};
        case Kind::Bold:
            if (state.bold)
                return inlineChildren(n, state);
            state.bold = true;
            return emphasis(inlineChildren(n, state), u"**"_s);
        case Kind::Italic:
            if (state.italic)
                return inlineChildren(n, state);
            state.italic = true;
            return emphasis(inlineChildren(n, state), u"*"_s);
        case Kind::Code:
            return codeSpan(plainText(n));
        case Kind::Link:
            return link(n, state);
        default:
            return u"\n\n"_s + inlineChildren(n, state) + u"\n\n"_s;
        }
    }

    // Emphasis around the text, with the spaces at its ends outside the markers (Markdown does
    // not close "**bold **"), paragraph by paragraph.
    static QString emphasis(const QString &text, const QString &marker)
    {
        const Trimmed t = trimInline(text);
        if (t.core.isEmpty())
            return text;
        QStringList parts = t.core.split(u"\n\n"_s);
        for (QString &part : parts) {
            const Trimmed p = trimInline(part);
            if (!p.core.isEmpty())
                part = p.lead + marker + p.core + marker + p.trail;
        }
        return t.lead + parts.join(u"\n\n"_s) + t.trail;
    }

    // Text as a code span, its delimiters longer than any run of backquotes it holds.
    static QString codeSpan(QString text)
    {
        for (QChar &c : text) {
            if (isSpace(c))
                c = u' ';
        }
        if (text.trimmed().isEmpty())
            return {};
        const QString fence(longestRun(text, u'`') + 1, u'`');
        const bool pad = text.startsWith(u'`') || text.endsWith(u'`')
            || (text.startsWith(u' ') && text.endsWith(u' '));
        return pad ? fence + u' ' + text + u' ' + fence : fence + text + fence;
    }

    // An <a href> as a Markdown link; an anchor without a target is its text.
    QString link(const Node &n, Inline state) const
    {
        const bool nested = state.link;
        state.link = true;
        const QString text = inlineChildren(n, state);
        const QString href = n.attributes.value(u"href"_s).trimmed();
        if (nested || href.isEmpty() || href.startsWith(u'#')
            || href.startsWith(u"javascript:", Qt::CaseInsensitive))
            return text;
        const Trimmed t = trimInline(text);
        if (t.core.isEmpty() || t.core.contains(u"\n\n"_s))
            return text;
        QString target;
        for (const QChar c : href) {
            switch (c.unicode()) {
            case u' ':
                target += u"%20"_s;
                break;
            case u'(':
                target += u"%28"_s;
                break;
            case u')':
                target += u"%29"_s;
                break;
            case u'<':
                target += u"%3C"_s;
                break;
            case u'>':
                target += u"%3E"_s;
                break;
            default:
                if (!isSpace(c))
                    target += c;
            }
        }
        return t.lead + u'[' + t.core + u"]("_s + target + u')' + t.trail;
    }

    void noteImage(const Node &n) const
    {
        if (!m_notes)
            return;
        const QString src = n.attributes.value(u"src"_s).trimmed();
        m_notes->append(QCoreApplication::translate("QuestionExchange", "an image was left out: %1")
                            .arg(src.isEmpty() ? n.attributes.value(u"alt"_s).trimmed() : src));
    }

    const std::vector<Node> &m_nodes;
    QStringList *m_notes;
};

} // namespace

QString htmlToMarkdown(const QString &html, QStringList *notes)
{
    const std::vector<Node> nodes = TreeBuilder(html).build();
    return Renderer(nodes, notes).render();
}

} // namespace QuestionExchange
