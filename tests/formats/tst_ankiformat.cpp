// Questions as a file for Anki's text import (AnkiFormat), and the Markdown to HTML conversion
// it relies on (QuestionExchange::markdownToHtml).

#include "exchangetestsupport.h"
#include "formats/ankiformat.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ExchangeTestSupport;
using QuestionExchange::Languages;
using QuestionExchange::markdownToHtml;

namespace {

// A small question in both languages with text that HTML must escape.
Question sample(bool multiple = false)
{
    Question q;
    q.id = u"sample-01"_s;
    q.exam = u"soa-c03"_s;
    q.domain = u"2"_s;
    q.task = u"2.1"_s;
    q.topics = {u"s3"_s, u"cost explorer"_s};
    q.stem = {u"Is `a < b` & \"c\"?\n\nPick <script>."_s, u"「a < b」ですか。"_s};
    q.type = multiple ? Question::Type::Multiple : Question::Type::Single;
    q.select = multiple ? 2 : 1;
    q.choices = {
        {u"A"_s, true, {u"Yes\tindeed"_s, u"はい"_s}, {u"Because **A**."_s, u"A だから。"_s}},
        {u"B"_s, false, {u"No"_s, u"いいえ"_s}, {u"Not B."_s, u"B ではない。"_s}},
        {u"C"_s, multiple, {u"Maybe"_s, u"たぶん"_s}, {}},
    };
    q.explanation = {u"See the docs."_s, u"ドキュメントを参照。"_s};
    q.references
        = {{u"S3 & you"_s, u"https://docs.aws.amazon.com/s3/?a=1&b=2"_s}, {u"No link"_s, {}}};
    return q;
}

struct Note
{
    QString front;
    QString back;
    QString tags;
};

// Anki's reading of a note line: tab-separated fields, a field in quotes when it starts with
// one (an inner quote doubled).
QStringList fieldsOf(const QString &line)
{
    QStringList fields;
    for (qsizetype i = 0; i <= line.size();) {
        QString field;
        if (i < line.size() && line[i] == u'"') {
            for (++i; i < line.size(); ++i) {
                if (line[i] == u'"') {
                    if (i + 1 < line.size() && line[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i];
            }
        }
        while (i < line.size() && line[i] != u'\t')
            field += line[i++];
        fields.append(field);
        ++i;
    }
    return fields;
}

// The header lines and the notes of a written file.
struct File
{
    QStringList headers;
    QStringList lines;
    QList<Note> notes;
};

File parse(const QByteArray &data)
{
    File file;
    QStringList lines = QString::fromUtf8(data).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (const QString &line : std::as_const(lines)) {
        if (line.startsWith(u'#') && file.lines.isEmpty()) {
            file.headers.append(line);
            continue;
        }
        file.lines.append(line);
        const QStringList fields = fieldsOf(line);
        file.notes.append({fields.value(0), fields.value(1), fields.value(2)});
    }
    return file;
}

} // namespace

class TestAnkiFormat : public QObject
{
    Q_OBJECT

private slots:
    void writesAnkiFileHeaders()
    {
        const QByteArray data = AnkiFormat::write({sample()}, Languages::Both, u"AWS SOA-C03"_s);
        // No byte order mark: Anki would not see the first header behind it.
        QVERIFY(data.startsWith("#separator:tab\n"));
        const File file = parse(data);
        QCOMPARE(file.headers,
                 QStringList({u"#separator:tab"_s, u"#html:true"_s, u"#notetype:Basic"_s,
                              u"#deck:AWS SOA-C03"_s, u"#tags column:3"_s,
                              u"#columns:Front\tBack\tTags"_s}));
    }

    void deckNameStaysOnItsLine()
    {
        const File file = parse(AnkiFormat::write({sample()}, Languages::Both, u"A\nB\tC"_s));
        QVERIFY(file.headers.contains(u"#deck:A B C"_s));
        QCOMPARE(file.notes.size(), 1);
        // Without a deck, Anki's current deck.
        const File noDeck = parse(AnkiFormat::write({sample()}, Languages::Both, QString()));
        QVERIFY(!noDeck.headers.join(u'\n').contains(u"#deck"_s));
    }

    void writesOneLinePerNoteWithTwoTabs_data() { addLanguageRows(); }

    void writesOneLinePerNoteWithTwoTabs()
    {
        QFETCH(Languages, languages);
        QList<Question> questions = bundledQuestions();
        QVERIFY(questions.size() > 100);
        questions.append(sample());
        const QByteArray data = AnkiFormat::write(questions, languages, u"Shiken"_s);
        QVERIFY(!data.contains('\r'));
        const File file = parse(data);
        QCOMPARE(file.headers.size(), 6);
        QCOMPARE(file.lines.size(), questions.size());
        for (const QString &line : file.lines) {
            QCOMPARE(line.count(u'\t'), 2);
            QVERIFY(!line.startsWith(u'#'));
        }
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const Note &note = file.notes.at(i);
            QVERIFY(!note.front.isEmpty());
            QCOMPARE(note.front.contains(u"<hr>"_s), languages == Languages::Both);
            QCOMPARE(note.back.contains(u"Answer: "_s), languages != Languages::Japanese);
            QCOMPARE(note.back.contains(u"正解: "_s), languages != Languages::English);
        }
    }

    void escapesHtmlAndQuotesFields()
    {
        const File file = parse(AnkiFormat::write({sample()}, Languages::English, {}));
        QCOMPARE(file.notes.size(), 1);
        const QString line = file.lines.first();
        // Quotes in the text are entities; the back's link has quotes, so the back is quoted.
        QVERIFY(!line.section(u'\t', 0, 0).contains(u'"'));
        QVERIFY(line.section(u'\t', 1, 1).startsWith(u'"'));
        QVERIFY(line.section(u'\t', 1, 1).contains(u"<a href=\"\"https://"_s));
        const Note &note = file.notes.first();
        QCOMPARE(note.front,
                 u"<p>Is <code>a &lt; b</code> &amp; &quot;c&quot;?</p><p>Pick &lt;script&gt;.</p>"
                 "<p>A. Yes indeed</p><p>B. No</p><p>C. Maybe</p>"_s);
        QCOMPARE(note.back,
                 u"<p>Answer: A</p><p>A: Because <b>A</b>.</p><p>B: Not B.</p>"
                 "<p>See the docs.</p><p>References:<br>"
                 "<a href=\"https://docs.aws.amazon.com/s3/?a=1&amp;b=2\">S3 &amp; you</a><br>"
                 "No link</p>"_s);
        QVERIFY(!line.contains(u"<script>"_s));
    }

    void writesTagsPerQuestion()
    {
        const File file = parse(AnkiFormat::write({sample()}, Languages::Both, {}));
        QCOMPARE(file.notes.first().tags, u"shiken soa-c03 domain-2 task-2.1 s3 cost_explorer"_s);

        const QList<Question> questions = bundledQuestions().mid(0, 60);
        const File bank = parse(AnkiFormat::write(questions, Languages::Both, {}));
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const Question &q = questions.at(i);
            QCOMPARE(bank.notes.at(i).tags,
                     u"shiken %1 domain-%2 task-%3 %4"_s.arg(q.exam, q.domain, q.task,
                                                             q.topics.join(u' ')));
        }

        Question bare = sample();
        bare.exam.clear();
        bare.domain.clear();
        bare.task.clear();
        bare.topics.clear();
        QCOMPARE(parse(AnkiFormat::write({bare}, Languages::Both, {})).notes.first().tags,
                 u"shiken"_s);
    }

    void writesBothLanguagesEnglishFirst()
    {
        const File file = parse(AnkiFormat::write({sample(true)}, Languages::Both, {}));
        const Note &note = file.notes.first();
        const QStringList fronts = note.front.split(u"<hr>"_s);
        QCOMPARE(fronts.size(), 2);
        QVERIFY(fronts.at(0).contains(u"<p>(Choose TWO.)</p>"_s));
        QVERIFY(fronts.at(0).contains(u"<p>A. Yes indeed</p>"_s));
        QVERIFY(fronts.at(1).contains(u"<p>(2 つ選択してください。)</p>"_s));
        QVERIFY(fronts.at(1).contains(u"<p>A. はい</p>"_s));
        const QStringList backs = note.back.split(u"<hr>"_s);
        QCOMPARE(backs.size(), 2);
        QVERIFY(backs.at(0).startsWith(u"<p>Answer: A, C</p>"_s));
        QVERIFY(backs.at(1).startsWith(u"<p>正解: A, C</p><p>A: A だから。</p>"_s));
        QVERIFY(backs.at(1).contains(u"<p>参考資料:<br>"_s));
        QVERIFY(!backs.at(0).contains(u"References:"_s)); // the same links once, not twice

        const Note japanese
            = parse(AnkiFormat::write({sample(true)}, Languages::Japanese, {})).notes.first();
        QVERIFY(!japanese.front.contains(u"<hr>"_s));
        QVERIFY(japanese.front.startsWith(u"<p>「a &lt; b」ですか。</p>"_s));
    }

    void questionInOneLanguageKeepsIt()
    {
        Question q = sample();
        for (LocalizedText *text : {&q.stem, &q.explanation})
            text->en.clear();
        for (Choice &choice : q.choices) {
            choice.text.en.clear();
            choice.rationale.en.clear();
        }
        for (const Languages languages : {Languages::Both, Languages::English}) {
            const Note note = parse(AnkiFormat::write({q}, languages, {})).notes.first();
            QVERIFY(note.front.startsWith(u"<p>「a &lt; b」"_s));
            QVERIFY(!note.front.contains(u"<hr>"_s));
        }
    }

    void convertsMarkdownToHtml_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        const auto row = [](const char *name, const QString &markdown, const QString &html) {
            QTest::newRow(name) << markdown << html;
        };
        row("empty", QString(), QString());
        row("paragraphs", u"One\ntwo\n\n\nThree"_s, u"<p>One<br>two</p><p>Three</p>"_s);
        row("crlf", u"One\r\ntwo\r\n\r\nThree"_s, u"<p>One<br>two</p><p>Three</p>"_s);
        row("escaped", u"a < b & c > \"d\" 'e'"_s,
            u"<p>a &lt; b &amp; c &gt; &quot;d&quot; 'e'</p>"_s);
        row("html is text", u"<b>x</b><br>"_s, u"<p>&lt;b&gt;x&lt;/b&gt;&lt;br&gt;</p>"_s);
        row("bold", u"**bold** and __bold__"_s, u"<p><b>bold</b> and <b>bold</b></p>"_s);
        row("italic", u"*it* and _it_"_s, u"<p><i>it</i> and <i>it</i></p>"_s);
        row("bold italic", u"***both***"_s, u"<p><i><b>both</b></i></p>"_s);
        row("nested", u"**a *b* c**"_s, u"<p><b>a <i>b</i> c</b></p>"_s);
        row("snake case", u"snake_case_name and 2*3*4"_s,
            u"<p>snake_case_name and 2<i>3</i>4</p>"_s);
        row("unmatched", u"**open and *half"_s, u"<p>**open and *half</p>"_s);
        row("crossing", u"*a _b* c_"_s, u"<p><i>a _b</i> c_</p>"_s);
        row("japanese bold", u"**「はい」**に設定"_s, u"<p><b>「はい」</b>に設定</p>"_s);
        row("bold across lines", u"**one\ntwo**"_s, u"<p><b>one<br>two</b></p>"_s);
        row("code", u"Use `a < b` and ``x ` y``"_s,
            u"<p>Use <code>a &lt; b</code> and <code>x ` y</code></p>"_s);
        row("code keeps stars", u"`*.log` and `**`"_s,
            u"<p><code>*.log</code> and <code>**</code></p>"_s);
        row("unclosed code", u"a `b"_s, u"<p>a `b</p>"_s);
        row("backslash", u"\\*not\\* \\`x\\` C:\\dir"_s, u"<p>*not* `x` C:\\dir</p>"_s);
        row("fence", u"Before:\n```yaml\nkey: <v>\n  - \"x\"\n```\nAfter"_s,
            u"<p>Before:</p><pre><code>key: &lt;v&gt;\n  - &quot;x&quot;</code></pre>"
            "<p>After</p>"_s);
        row("unclosed fence", u"```\ncode *here*"_s, u"<pre><code>code *here*</code></pre>"_s);
        row("tilde fence", u"~~~~\n```\n~~~~"_s, u"<pre><code>```</code></pre>"_s);
        row("hash in fence", u"```\n# comment\n```"_s, u"<pre><code># comment</code></pre>"_s);
        row("bullets", u"- one\n* two\n+ **three**"_s,
            u"<ul><li>one</li><li>two</li><li><b>three</b></li></ul>"_s);
        row("ordered", u"1. one\n2. two"_s, u"<ol><li>one</li><li>two</li></ol>"_s);
        row("ordered start", u"3) three"_s, u"<ol start=\"3\"><li>three</li></ol>"_s);
        row("nested list", u"- a\n  - b\n  - c\n- d"_s,
            u"<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>"_s);
        row("list kinds", u"- a\n1. b"_s, u"<ul><li>a</li></ul><ol><li>b</li></ol>"_s);
        row("list continuation", u"- a\ncontinued\n\nafter"_s,
            u"<ul><li>a<br>continued</li></ul><p>after</p>"_s);
        row("list after paragraph", u"Steps:\n1. one\n2. two"_s,
            u"<p>Steps:</p><ol><li>one</li><li>two</li></ol>"_s);
        row("number in paragraph", u"It costs\n2. Then"_s, u"<p>It costs<br>2. Then</p>"_s);
        row("heading", u"# Title #\ntext"_s, u"<p><b>Title</b></p><p>text</p>"_s);
        row("not heading", u"#hashtag"_s, u"<p>#hashtag</p>"_s);
        row("rule", u"a\n\n---\n\nb"_s, u"<p>a</p><hr><p>b</p>"_s);
        row("link", u"[the *guide*](https://docs.aws.amazon.com/a_(b)?x=1&y=2 \"t\")"_s,
            u"<p><a href=\"https://docs.aws.amazon.com/a_(b)?x=1&amp;y=2\">the "
            "<i>guide</i></a></p>"_s);
        row("unsafe link", u"[click](javascript:alert(1))"_s, u"<p>click</p>"_s);
        row("not a link", u"[a] (b) [c]"_s, u"<p>[a] (b) [c]</p>"_s);
        row("autolink", u"<https://aws.amazon.com/?a=1&b>"_s,
            u"<p><a href=\"https://aws.amazon.com/?a=1&amp;b\">https://aws.amazon.com/?a=1&amp;b"
            "</a></p>"_s);
        row("table", u"| A | B |\n|---|:-:|\n| `x\\|y` | *z* |\n| only |"_s,
            u"<table border=\"1\"><tr><th>A</th><th>B</th></tr><tr><td><code>x|y</code></td>"
            "<td><i>z</i></td></tr><tr><td>only</td><td></td></tr></table>"_s);
    }

    void convertsMarkdownToHtml()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(QuestionExchange::markdownToHtml(markdown), html);
    }

    void markdownToHtmlSurvivesHostileInput()
    {
        const QStringList inputs {
            QString(200000, u'*'),
            QString(200000, u'_') + u'a',
            u"*a "_s.repeated(50000),
            u"[x]("_s.repeated(50000),
            u"["_s.repeated(50000) + u"]"_s.repeated(50000),
            u"[a](b "_s.repeated(30000),
            u"<http"_s.repeated(40000),
            u"` `` ``` "_s.repeated(20000),
            u"# "_s + QString(100000, u' ') + u'x',
            u"- "_s.repeated(50000),
            u"  - a\n"_s.repeated(20000),
            u"|a|\n|-|\n"_s + u"|b|\n"_s.repeated(20000),
            u"```\n"_s.repeated(20000),
            QString(100000, u'\\'),
            QString(100000, u'\n'),
            u"\x00\xd800\xdfff"_s,
        };
        QElapsedTimer timer;
        timer.start();
        for (const QString &input : inputs) {
            const QString html = markdownToHtml(input);
            QVERIFY(!html.contains(u"<script"_s));
        }
        // Linear in the input: well under a minute even in a sanitizer build.
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestAnkiFormat)
#include "tst_ankiformat.moc"
