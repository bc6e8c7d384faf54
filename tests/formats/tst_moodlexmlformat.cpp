// Moodle XML (MoodleXmlFormat): the bundled bank written and read back, a file as Moodle's own
// exporter writes it, unusable questions and broken XML; and the HTML-to-Markdown conversion
// its reader applies to HTML text (QuestionExchange::htmlToMarkdown).

#include "exchangetestsupport.h"
#include "formats/moodlexmlformat.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ExchangeTestSupport;
using QuestionExchange::Languages;

namespace {

Question sampleQuestion()
{
    Question q;
    q.id = u"sample-01"_s;
    q.domain = u"1"_s;
    q.task = u"1.1"_s;
    q.topics = {u"cloudwatch"_s};
    q.difficulty = 3;
    q.type = Question::Type::Multiple;
    q.select = 3;
    q.stem = {u"Which three?"_s, u"どの 3 つですか。"_s};
    q.explanation = {u"Because."_s, u"理由。"_s};
    for (int i = 0; i < 6; ++i) {
        Choice choice;
        choice.key = QString(QChar(char16_t(u'A' + i)));
        choice.correct = i < 3;
        choice.text = {u"Option "_s + choice.key, u"選択肢 "_s + choice.key};
        choice.rationale = {u"Why "_s + choice.key, choice.key + u" の理由"_s};
        q.choices.append(choice);
    }
    q.references = {{u"A guide"_s, u"https://docs.aws.amazon.com/"_s}};
    return q;
}

QString md(const QString &html)
{
    QStringList notes;
    return QuestionExchange::htmlToMarkdown(html, &notes);
}

} // namespace

class TestMoodleXmlFormat : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryBundledQuestion_data() { addLanguageRows(); }

    void roundTripKeepsEveryBundledQuestion()
    {
        QFETCH(Languages, languages);
        const QList<Question> questions = bundledQuestions();
        QVERIFY(questions.size() > 100);

        const QByteArray file = MoodleXmlFormat::write(questions, languages);
        const QuestionExchange::ReadResult result = MoodleXmlFormat::read(file);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(result.questions.size(), questions.size());
        int previousLine = 0;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QuestionExchange::Read &read = result.questions.at(i);
            const Question expected = asWritten(questions.at(i), languages);
            QVERIFY2(read.question == expected, qPrintable(expected.id));
            QVERIFY2(read.notes.isEmpty(), qPrintable(expected.id));
            QVERIFY(read.line > previousLine);
            previousLine = read.line;
        }
        // One question at a time, too: each starts a file of its own.
        const Question &first = questions.constFirst();
        const auto single = MoodleXmlFormat::read(MoodleXmlFormat::write({first}, languages));
        QCOMPARE(single.questions.size(), 1);
        QCOMPARE(single.questions.constFirst().line, 3);
        QVERIFY(single.questions.constFirst().question == asWritten(first, languages));
    }

    // A file is read as a stream: each question is handed over while the rest of the file is
    // still unread (an import of a file of any size holds one question). A file found not
    // well formed after some questions is that one problem, and false.
    void readsAFileAsAStream()
    {
        const QList<Question> questions = bundledQuestions();
        QList<Question> many;
        for (int copy = 0; copy < 8; ++copy)
            many += questions;
        QByteArray file = MoodleXmlFormat::write(many, QuestionExchange::Languages::Both);
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QuestionExchange::ReadResult rest;
        QList<qint64> readUpTo;
        int count = 0;
        QVERIFY(MoodleXmlFormat::read(device, &rest, [&](QuestionExchange::Read &&) {
            readUpTo.append(device.pos());
            return ++count > 0;
        }));
        QVERIFY(rest.problems.isEmpty());
        QCOMPARE(count, many.size());
        QVERIFY2(readUpTo.first() < file.size() / 10,
                 qPrintable(u"%1 of %2 bytes read"_s.arg(readUpTo.first()).arg(file.size())));
        QCOMPARE(MoodleXmlFormat::read(file).questions.size(), many.size());

        QByteArray broken = file.left(file.lastIndexOf("</question>")) + "</quiz>";
        QBuffer brokenDevice(&broken);
        QVERIFY(brokenDevice.open(QIODevice::ReadOnly));
        QuestionExchange::ReadResult brokenRest;
        count = 0;
        QVERIFY(!MoodleXmlFormat::read(brokenDevice, &brokenRest,
                                       [&](QuestionExchange::Read &&) { return ++count > 0; }));
        QVERIFY(count > 0);
        QCOMPARE(brokenRest.problems.size(), 1);
        QVERIFY(brokenRest.problems.first().message.contains(u"not well formed"_s));
        QVERIFY(MoodleXmlFormat::read(broken).questions.isEmpty());

        // Told to stop, the reader reads no further: the XML broken at the end is never reached.
        QVERIFY(brokenDevice.seek(0));
        brokenRest = {};
        count = 0;
        QVERIFY(MoodleXmlFormat::read(brokenDevice, &brokenRest,
                                      [&](QuestionExchange::Read &&) { return ++count < 3; }));
        QCOMPARE(count, 3);
        QVERIFY(brokenRest.problems.isEmpty());
        QVERIFY2(brokenDevice.pos() < broken.size() / 10,
                 qPrintable(u"%1 of %2 bytes read"_s.arg(brokenDevice.pos()).arg(broken.size())));
    }

    void writesMoodleXmlWithMoodleScoring()
    {
        Question multiple = sampleQuestion();
        Question pair = sampleQuestion();
        pair.id = u"sample-02"_s;
        pair.select = 2;
        pair.choices[2].correct = false;
        Question single = sampleQuestion();
        single.id = u"sample-03"_s;
        single.type = Question::Type::Single;
        single.select = 1;
        single.choices.resize(4);
        single.choices[1].correct = single.choices[2].correct = false;
        const QString xml = QString::fromUtf8(
            MoodleXmlFormat::write({multiple, pair, single}, Languages::English));

        QVERIFY(xml.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"_s));
        QCOMPARE(xml.count(u"<question type=\"multichoice\">"_s), 3);
        QCOMPARE(xml.count(u"<answer fraction=\"33.33333\" format=\"markdown\">"_s), 3);
        QCOMPARE(xml.count(u"<answer fraction=\"50\" format=\"markdown\">"_s), 2);
        QCOMPARE(xml.count(u"<answer fraction=\"-100\" format=\"markdown\">"_s), 7);
        QCOMPARE(xml.count(u"<answer fraction=\"100\" format=\"markdown\">"_s), 1);
        QCOMPARE(xml.count(u"<answer fraction=\"0\" format=\"markdown\">"_s), 3);
        QCOMPARE(xml.count(u"<single>false</single>"_s), 2);
        QCOMPARE(xml.count(u"<single>true</single>"_s), 1);
        QVERIFY(xml.contains(u"<name>\n      <text>sample-01</text>\n    </name>"_s));
        QVERIFY(
            xml.contains(u"<questiontext format=\"markdown\">\n      <text>Which three?</text>"_s));
        QVERIFY(xml.contains(u"<answernumbering>ABCD</answernumbering>"_s));
        QVERIFY(xml.contains(u"<feedback format=\"markdown\">\n        <text>Why A</text>"_s));
        QVERIFY(xml.contains(u"<!-- shiken: {\"difficulty\":3,"_s));
        QVERIFY(!xml.contains(u"選択肢"_s)); // English only; the metadata travels all the same

        const auto both = QString::fromUtf8(MoodleXmlFormat::write({multiple}, Languages::Both));
        QVERIFY(both.contains(
            u"<text>&lt;span lang=&quot;en&quot; class=&quot;multilang&quot;&gt;Option "
            u"A&lt;/span&gt;"
            "&lt;span lang=&quot;ja&quot; class=&quot;multilang&quot;&gt;選択肢 A&lt;/span&gt;</text>"_s));

        const auto result = MoodleXmlFormat::read(xml.toUtf8());
        QCOMPARE(result.questions.size(), 3);
        QCOMPARE(result.questions.at(0).question, asWritten(multiple, Languages::English));
        QCOMPARE(result.questions.at(1).question, asWritten(pair, Languages::English));
        QCOMPARE(result.questions.at(2).question, asWritten(single, Languages::English));
    }

    void metadataCommentNeverHoldsDoubleHyphen()
    {
        Question q = sampleQuestion();
        q.id = u"ids--with---hyphens-"_s;
        q.group = u"-- group --"_s;
        q.topics = {u"a--b"_s, u"-"_s, u"--"_s};
        q.references = {{u"aws --profile and \\-- and \"--\""_s, u"https://example.com/a--b"_s}};
        q.stem = {u"Run `aws s3 sync --delete`."_s, u"`aws s3 sync --delete` を実行します。"_s};
        const QByteArray file = MoodleXmlFormat::write({q}, Languages::Both);

        const QString xml = QString::fromUtf8(file);
        const QRegularExpression comment(u"<!--(.*?)-->"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
        int comments = 0;
        for (auto it = comment.globalMatch(xml); it.hasNext();) {
            const QString text = it.next().captured(1);
            QVERIFY2(!text.contains(u"--"_s), qPrintable(text));
            QVERIFY(!text.endsWith(u'-'));
            ++comments;
        }
        QCOMPARE(comments, 1);
        const auto result = MoodleXmlFormat::read(file);
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.constFirst().question, q);
    }

    void readsMoodleExport()
    {
        const auto result = MoodleXmlFormat::read(fixture(u"moodle-export.xml"_s));
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 4);

        const QuestionExchange::Read &alarm = result.questions.at(0);
        QCOMPARE(alarm.line, 15);
        QCOMPARE(alarm.category, u"$course$/top/Amazon CloudWatch"_s);
        const Question &q = alarm.question;
        QVERIFY(q.id.isEmpty());
        QVERIFY(q.domain.isEmpty());
        QVERIFY(q.topics.isEmpty());
        QCOMPARE(q.difficulty, 2);
        QCOMPARE(q.stem.en,
                 u"An alarm on `CPUUtilization` stays in **INSUFFICIENT\\_DATA**.\\\n"
                 "What is the most likely cause?"_s);
        QVERIFY(q.stem.ja.isEmpty());
        QCOMPARE(q.explanation.en,
                 u"Detailed monitoring & the metric's period:\n\n"
                 "- Basic monitoring sends data every *5 minutes*.\n"
                 "- See [Using Amazon CloudWatch alarms](https://docs.aws.amazon.com/"
                 "AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html)."_s);
        QCOMPARE(q.type, Question::Type::Single);
        QCOMPARE(q.select, 1);
        QCOMPARE(q.correctKeys(), u"B"_s);
        QCOMPARE(q.choices.size(), 4);
        QCOMPARE(q.choices.at(0).key, u"A"_s);
        QCOMPARE(q.choices.at(0).text.en, u"The alarm has no Amazon SNS topic."_s);
        QCOMPARE(q.choices.at(0).rationale.en, u"Actions do not change the state."_s);
        QCOMPARE(q.choices.at(1).text.en,
                 u"The period is shorter than the metric's 5-minute interval."_s);
        QCOMPARE(q.choices.at(1).rationale.en, u"Most periods hold **no** data point."_s);
        QCOMPARE(q.choices.at(2).rationale, LocalizedText());
        QCOMPARE(q.choices.at(3).text.en, u"The statistic is *p99*."_s);
        // The image is dropped and said so once, under its file's name.
        QCOMPARE(alarm.notes, QStringList {u"an image was left out: alarm graph.png"_s});

        const QuestionExchange::Read &logs = result.questions.at(1);
        QCOMPARE(logs.line, 82);
        QCOMPARE(logs.category, u"$course$/top/Amazon CloudWatch/ログ"_s);
        QCOMPARE(
            logs.question.stem.ja,
            u"ログを **90 日間** 保存し、その後は削除する必要があります。どの 2 つを行うべきですか。"_s);
        QVERIFY(logs.question.stem.en.isEmpty());
        QCOMPARE(logs.question.choices.at(1).text.ja, u"Amazon S3 にエクスポートする"_s);
        QVERIFY(logs.question.choices.at(1).text.en.isEmpty());
        QCOMPARE(logs.question.type, Question::Type::Multiple);
        QCOMPARE(logs.question.select, 2);
        QCOMPARE(logs.question.correctKeys(), u"AC"_s);
        QVERIFY(logs.notes.isEmpty());

        const QuestionExchange::Read &retention = result.questions.at(2);
        QCOMPARE(retention.line, 137);
        QCOMPARE(retention.category, u"$course$/top/Amazon CloudWatch/ログ"_s);
        QCOMPARE(retention.question.choices.size(), 2);
        QCOMPARE(retention.question.choices.at(0).text, (LocalizedText {u"True"_s, {}}));
        QCOMPARE(retention.question.choices.at(1).text, (LocalizedText {u"False"_s, {}}));
        QCOMPARE(retention.question.correctKeys(), u"A"_s);
        QCOMPARE(retention.question.type, Question::Type::Single);
        QCOMPARE(retention.question.choices.at(0).rationale.en, u"Yes."_s);
        QCOMPARE(retention.question.explanation.en, u"The default retention is *Never expire*."_s);
        QCOMPARE(retention.notes, QStringList {u"an embedded file was left out: retention.pdf"_s});

        const QuestionExchange::Read &metrics = result.questions.at(3);
        QCOMPARE(metrics.line, 167);
        QCOMPARE(metrics.question.choices.at(0).text, (LocalizedText {{}, u"正しい"_s}));
        QCOMPARE(metrics.question.choices.at(1).text, (LocalizedText {{}, u"誤り"_s}));
        QCOMPARE(metrics.question.correctKeys(), u"B"_s);
        QCOMPARE(metrics.question.choices.at(1).rationale.ja, u"15 日間です。"_s);

        QCOMPARE(result.skipped.size(), 2);
        QCOMPARE(result.skipped.at(0).line, 196);
        QCOMPARE(result.skipped.at(0).kind, u"essay"_s);
        QCOMPARE(result.skipped.at(0).title, u"Explain alarms"_s);
        QCOMPARE(result.skipped.at(1).line, 228);
        QCOMPARE(result.skipped.at(1).kind, u"matching"_s);
        QCOMPARE(result.skipped.at(1).title, u"Match the services"_s);
    }

    void skipsEveryKindShikenCannotServe()
    {
        const QStringList kinds {u"shortanswer"_s, u"numerical"_s,   u"description"_s,
                                 u"cloze"_s,       u"multianswer"_s, u"ddwtos"_s,
                                 u"calculated"_s,  u"gapselect"_s};
        QString xml = u"<quiz>\n"_s;
        for (const QString &kind : kinds)
            xml += u"<question type=\"%1\"><name><text>%1 one</text></name></question>\n"_s.arg(
                kind);
        xml += u"<question type=\"essay\"><questiontext><text>&lt;p&gt;No name, "
               "&lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;</text></questiontext></question>\n</quiz>"_s;
        const auto result = MoodleXmlFormat::read(xml.toUtf8());
        QVERIFY(result.problems.isEmpty());
        QVERIFY(result.questions.isEmpty());
        QCOMPARE(result.skipped.size(), kinds.size() + 1);
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QCOMPARE(result.skipped.at(i).line, int(i) + 2);
            QCOMPARE(result.skipped.at(i).kind, kinds.at(i));
            QCOMPARE(result.skipped.at(i).title, kinds.at(i) + u" one"_s);
        }
        // Without a name, the start of the text says which one it is.
        QCOMPARE(result.skipped.constLast().title, u"No name, **bold**"_s);
    }

    void readsTextFormatsAsTheyAre()
    {
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>Formats</text></name>
    <questiontext format="markdown"><text>Run `a --b` *now*
and <![CDATA[<then>]]></text></questiontext>
    <generalfeedback format="plain_text"><text>Plain &amp; simple</text></generalfeedback>
    <single>true</single>
    <answer fraction="100" format="moodle_auto_format"><text>A_B</text>
      <feedback format="html"><text>&lt;p&gt;Because &amp;amp; so&lt;/p&gt;</text></feedback></answer>
    <answer fraction="0"><text>Like the *question text*</text></answer>
    <answer fraction="0" format="html"><text>   </text></answer>
  </question>
  <question type="multichoice">
    <questiontext><text>&lt;p&gt;HTML by &lt;i&gt;default&lt;/i&gt;&lt;/p&gt;</text></questiontext>
    <answer fraction="100"><text>&lt;p&gt;a&lt;/p&gt;</text></answer>
    <answer fraction="0"><text>b</text></answer>
  </question>
</quiz>
)";
        const auto result = MoodleXmlFormat::read(xml);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 2);
        const Question &q = result.questions.constFirst().question;
        QCOMPARE(q.stem.en, u"Run `a --b` *now*\nand <then>"_s);
        QCOMPARE(q.explanation.en, u"Plain & simple"_s);
        QCOMPARE(q.choices.size(), 2); // an answer without text is left out, as Moodle does
        QCOMPARE(q.choices.at(0).text.en, u"A_B"_s);
        QCOMPARE(q.choices.at(0).rationale.en, u"Because & so"_s);
        // An answer without a format is in the question text's, as Moodle reads it.
        QCOMPARE(q.choices.at(1).text.en, u"Like the *question text*"_s);
        // And text without a format is HTML, Moodle's default.
        const Question &html = result.questions.at(1).question;
        QCOMPARE(html.stem.en, u"HTML by *default*"_s);
        QCOMPARE(html.choices.at(0).text.en, u"a"_s);
    }

    void readsMultilangSpans()
    {
        const QByteArray xml = R"(<quiz><question type="multichoice">
<questiontext format="html"><text><![CDATA[<span lang="en" class="multilang"><p>Which <b>one</b>?</p></span><span lang="ja" class="multilang"><p><b>どれ</b>ですか。</p></span>]]></text></questiontext>
<answer fraction="100" format="html"><text><![CDATA[<span lang="en" class="multilang">Yes</span><span lang="ja" class="multilang">はい</span>]]></text></answer>
<answer fraction="0" format="html"><text>Amazon EC2</text></answer>
</question></quiz>)";
        const auto result = MoodleXmlFormat::read(xml);
        QCOMPARE(result.questions.size(), 1);
        const Question &q = result.questions.constFirst().question;
        QCOMPARE(q.stem, (LocalizedText {u"Which **one**?"_s, u"**どれ**ですか。"_s}));
        QCOMPARE(q.choices.at(0).text, (LocalizedText {u"Yes"_s, u"はい"_s}));
        QCOMPARE(q.choices.at(1).text, (LocalizedText {u"Amazon EC2"_s, {}}));
    }

    void readsShikenMetadataComment()
    {
        const QByteArray xml = R"(<quiz>
<!-- question: 7 -->
<question type="multichoice">
<!-- shiken: {"id":"cw-01","domain":"1","task":"1.2","topics":["cloudwatch"],"difficulty":1,"group":"g\u002d\u002d1"} -->
<questiontext format="markdown"><text>Q?</text></questiontext>
<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>
</question>
<question type="multichoice">
<!-- shiken: {not json -->
<questiontext format="markdown"><text>Q?</text></questiontext>
<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>
</question></quiz>)";
        const auto result = MoodleXmlFormat::read(xml);
        QCOMPARE(result.questions.size(), 2);
        const Question &q = result.questions.at(0).question;
        QCOMPARE(q.id, u"cw-01"_s);
        QCOMPARE(q.domain, u"1"_s);
        QCOMPARE(q.task, u"1.2"_s);
        QCOMPARE(q.topics, QStringList {u"cloudwatch"_s});
        QCOMPARE(q.difficulty, 1);
        QCOMPARE(q.group, u"g--1"_s);
        QVERIFY(q.exam.isEmpty());
        // Broken metadata does not stop the question; the learner is told.
        QVERIFY(result.questions.at(1).question.id.isEmpty());
        QCOMPARE(result.questions.at(1).notes.size(), 1);
        QVERIFY(result.questions.at(1).notes.constFirst().startsWith(
            u"the Shiken data in the question's comment was ignored"_s));
    }

    void partialCreditIsNotTheAnswerOfASingleChoice()
    {
        const QByteArray xml = R"(<quiz><question type="multichoice">
<questiontext format="markdown"><text>Q?</text></questiontext><single>true</single>
<answer fraction="100"><text>a</text></answer><answer fraction="50"><text>b</text></answer>
<answer fraction="0"><text>c</text></answer></question></quiz>)";
        const auto result = MoodleXmlFormat::read(xml);
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.constFirst().question.correctKeys(), u"A"_s);
        QCOMPARE(result.questions.constFirst().question.type, Question::Type::Single);
    }

    void unusableQuestionsAreProblemsWithTheirLines()
    {
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <questiontext format="html"><text>One answer only</text></questiontext>
    <answer fraction="100"><text>a</text></answer>
  </question>
  <question type="multichoice">
    <questiontext format="html"><text>No correct answer</text></questiontext>
    <answer fraction="0"><text>a</text></answer>
    <answer fraction="-100"><text>b</text></answer>
    <answer fraction="nonsense"><text>c</text></answer>
  </question>
  <question type="truefalse">
    <questiontext format="html"><text>Neither</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="multichoice">
    <questiontext format="html"><text>Fine</text></questiontext>
    <answer fraction="100"><text>a</text></answer>
    <answer fraction="0"><text>b</text></answer>
  </question>
</quiz>
)";
        const auto result = MoodleXmlFormat::read(xml);
        QCOMPARE(result.problems.size(), 3);
        QCOMPARE(result.problems.at(0).line, 3);
        QVERIFY(result.problems.at(0).message.contains(u"at least two answers"_s));
        QCOMPARE(result.problems.at(1).line, 7);
        QVERIFY(result.problems.at(1).message.contains(u"no answer is correct"_s));
        QCOMPARE(result.problems.at(2).line, 13);
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.constFirst().line, 18);
    }

    void malformedXmlIsOneProblemWithItsLine()
    {
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <questiontext format="html"><text>Fine</text></questiontext>
    <answer fraction="100"><text>a</text></answer>
    <answer fraction="0"><text>b</text></answer>
  </question>
  <question type="multichoice">
    <questiontext format="html"><text>Broken</questiontext>
  </question>
</quiz>
)";
        const auto result = MoodleXmlFormat::read(xml);
        QVERIFY(result.questions.isEmpty());
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().line, 9);
        QVERIFY2(result.problems.constFirst().message.startsWith(u"the XML is not well formed: "_s),
                 qPrintable(result.problems.constFirst().message));

        const auto truncated = MoodleXmlFormat::read(xml.left(xml.indexOf("</quiz>")));
        QCOMPARE(truncated.problems.size(), 1);
        QVERIFY(truncated.questions.isEmpty());
        QCOMPARE(MoodleXmlFormat::read(QByteArray()).problems.size(), 1);
    }

    void fileWithoutQuizIsAProblem()
    {
        const auto result = MoodleXmlFormat::read("<?xml version=\"1.0\"?>\n<html><p>x</p></html>");
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().line, 1);
        QVERIFY(result.questions.isEmpty());
        QVERIFY(MoodleXmlFormat::read("<quiz/>").problems.isEmpty());
    }

    void survivesTruncatedAndRandomInput()
    {
        const QByteArray good = fixture(u"moodle-export.xml"_s);
        QVERIFY(!good.isEmpty());
        for (qsizetype cut = 0; cut < good.size(); cut += 97) {
            const auto result = MoodleXmlFormat::read(good.left(cut));
            QCOMPARE(result.problems.size(), 1);
            QVERIFY(result.questions.isEmpty());
        }
        QRandomGenerator random(20240601);
        for (int round = 0; round < 200; ++round) {
            QByteArray noisy = good;
            for (int k = 0; k < 8; ++k)
                noisy[random.bounded(int(noisy.size()))] = char(random.bounded(256));
            MoodleXmlFormat::read(noisy);
            QByteArray bytes(random.bounded(2000), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            MoodleXmlFormat::read(bytes);
            MoodleXmlFormat::read("<quiz>" + bytes);
            QuestionExchange::htmlToMarkdown(QString::fromLatin1(bytes), nullptr);
            QuestionExchange::htmlToMarkdown(QString::fromUtf8(noisy), nullptr);
        }
        // Deep nesting and a huge line neither overflow the stack nor take long.
        const QString deep = u"<b><i><span><div>"_s.repeated(20000) + u"x"_s;
        QVERIFY(QuestionExchange::htmlToMarkdown(deep, nullptr).contains(u'x'));
        const QString wide = u"<p>a &amp; <b>b</b> [c] <br>"_s.repeated(20000);
        QVERIFY(QuestionExchange::htmlToMarkdown(wide, nullptr).size() > 100000);
        QuestionExchange::htmlToMarkdown(u"<a href=\"x"_s + u"<"_s.repeated(100000), nullptr);
        QuestionExchange::htmlToMarkdown(u"&#"_s.repeated(50000) + u"<!--"_s, nullptr);
    }

    void htmlToMarkdown_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs") << u"<p>One</p><p>Two</p>"_s << u"One\n\nTwo"_s;
        QTest::newRow("divs") << u"<div>One</div><div>Two <div>Three</div></div>"_s
                              << u"One\n\nTwo\n\nThree"_s;
        QTest::newRow("unclosed paragraphs") << u"<p>One<p>Two"_s << u"One\n\nTwo"_s;
        QTest::newRow("line break")
            << u"<p>One<br>Two<br/>Three<br /></p>"_s << u"One\\\nTwo\\\nThree"_s;
        QTest::newRow("two line breaks") << u"One<br><br>Two"_s << u"One\n\nTwo"_s;
        QTest::newRow("bold") << u"<b>bold</b> and <strong>strong</strong>"_s
                              << u"**bold** and **strong**"_s;
        QTest::newRow("italic") << u"<i>it</i> and <em>em</em>"_s << u"*it* and *em*"_s;
        QTest::newRow("spaces outside emphasis") << u"a<b> bold </b>b"_s << u"a **bold** b"_s;
        QTest::newRow("nested emphasis")
            << u"<b>a <strong>b</strong> <i>c</i></b>"_s << u"**a b *c***"_s;
        QTest::newRow("empty emphasis") << u"a<b> </b>b<i></i>"_s << u"a b"_s;
        QTest::newRow("code") << u"Run <code>aws s3 ls *</code>."_s << u"Run `aws s3 ls *`."_s;
        QTest::newRow("code with backquote") << u"<code>a`b</code>"_s << u"``a`b``"_s;
        QTest::newRow("code starting with backquote") << u"<code>`x</code>"_s << u"`` `x ``"_s;
        QTest::newRow("pre") << u"<p>Policy:</p><pre>{\n  \"a\": \"*\",\n  &lt;b&gt;\n}</pre>"_s
                             << u"Policy:\n\n```\n{\n  \"a\": \"*\",\n  <b>\n}\n```"_s;
        QTest::newRow("pre with code")
            << u"<pre><code class=\"language-json\">\n{}\n</code></pre>"_s << u"```json\n{}\n```"_s;
        QTest::newRow("pre holding fences")
            << u"<pre>```\nx\n```</pre>"_s << u"````\n```\nx\n```\n````"_s;
        QTest::newRow("pre with line breaks") << u"<pre>a<br>b</pre>"_s << u"```\na\nb\n```"_s;
        QTest::newRow("unordered list") << u"<ul><li>One</li><li>Two</ul>"_s << u"- One\n- Two"_s;
        QTest::newRow("ordered list") << u"<ol><li>One<li>Two</ol>"_s << u"1. One\n2. Two"_s;
        QTest::newRow("ordered from") << u"<ol start=\"3\"><li>Three</li></ol>"_s << u"3. Three"_s;
        QTest::newRow("nested list") << u"<ul><li>One<ul><li>Sub</li></ul></li><li>Two</li></ul>"_s
                                     << u"- One\n  - Sub\n- Two"_s;
        QTest::newRow("list after text")
            << u"Choose:<ol><li><p>A</p><p>more</p></li></ol>"_s << u"Choose:\n\n1. A\n\n   more"_s;
        QTest::newRow("link") << u"See <a href=\"https://aws.amazon.com/ec2/\">EC2</a>."_s
                              << u"See [EC2](https://aws.amazon.com/ec2/)."_s;
        QTest::newRow("link with entities")
            << u"<a href=\"https://x.test/?a=1&amp;b=(2) 3\"> the docs </a>"_s
            << u"[the docs](https://x.test/?a=1&b=%282%29%203)"_s;
        QTest::newRow("anchor without href") << u"<a name=\"top\">Top</a>"_s << u"Top"_s;
        QTest::newRow("script link") << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"x"_s;
        QTest::newRow("headings") << u"<h1>Title</h1><h3>Sub <i>title</i></h3>text"_s
                                  << u"# Title\n\n### Sub *title*\n\ntext"_s;
        QTest::newRow("entities")
            << u"&amp; &lt;tag&gt; &quot;q&quot; &#39;s&#39; a&nbsp;b &#169; &#x2192; &hellip;"_s
            << u"& \\<tag> \"q\" 's' a b © → …"_s;
        QTest::newRow("unknown entity")
            << u"&bogus; &amp;copy; & x"_s << u"\\&bogus; \\&copy; & x"_s;
        QTest::newRow("bad numeric entity")
            << u"&#0; &#xD800; &#99999999;"_s << u"\ufffd \ufffd \ufffd"_s;
        QTest::newRow("whitespace collapsed")
            << u"<p>  a \n\t b  </p>\n\n<p>\r\nc</p>"_s << u"a b\n\nc"_s;
        QTest::newRow("markdown characters escaped")
            << u"2 * 3 = 6, snake_case, `x`, [a](b), \\n, ~~no~~"_s
            << u"2 \\* 3 = 6, snake\\_case, \\`x\\`, \\[a\\](b), \\\\n, \\~\\~no\\~\\~"_s;
        QTest::newRow("block starts escaped")
            << u"<p># not a heading</p><p>- not a list<br>+ nor this<br>1. nor this<br>&gt; "
               "nor this</p><p>2024. A year</p>"_s
            << u"\\# not a heading\n\n\\- not a list\\\n\\+ nor this\\\n1\\. nor this\\\n\\> "
               "nor this\n\n2024\\. A year"_s;
        QTest::newRow("script and style dropped")
            << u"a<script>if (a < b) { x = '</p>'; }</script>b<style>p { color: red }</style>c"_s
            << u"abc"_s;
        QTest::newRow("unknown tags keep their text")
            << u"<span style=\"color:red\">red</span> <font>f</font> <u>u</u><custom-tag>c</custom-tag>"_s
            << u"red f uc"_s;
        QTest::newRow("spans around paragraphs")
            << u"<span><p>One</p><p>Two</p></span>"_s << u"One\n\nTwo"_s;
        QTest::newRow("comments") << u"a<!-- <b>hidden</b> -->b"_s << u"ab"_s;
        QTest::newRow("stray less-than") << u"a < b and c<1"_s << u"a \\< b and c\\<1"_s;
        QTest::newRow("stray end tags") << u"</p>a</b></div>b"_s << u"ab"_s;
        QTest::newRow("cut off tag") << u"a <b class=\"x"_s << u"a"_s;
        QTest::newRow("blockquote")
            << u"<blockquote><p>One</p><p>Two</p></blockquote>"_s << u"> One\n>\n> Two"_s;
        QTest::newRow("rule") << u"a<hr>b"_s << u"a\n\n---\n\nb"_s;
        QTest::newRow("table")
            << u"<p>Limits:</p><table><caption>Quotas</caption><thead><tr><th>Name</th><th>Value"
               "</th></tr></thead><tbody><tr><td><p>a|b</p></td><td>1<br>2</td></tr><tr><td>c"
               "</td></tr></tbody></table>"_s
            << u"Limits:\n\nQuotas\n\n| Name | Value |\n| --- | --- |\n| a\\|b | 1 2 |\n| c |  |"_s;
        QTest::newRow("stray cells") << u"<td>a</td><td>b</td>"_s << u"a\n\nb"_s;
        QTest::newRow("japanese") << u"<p>ログを<b>90 日間</b>保存します。</p>"_s
                                  << u"ログを**90 日間**保存します。"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void htmlToMarkdown()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        QCOMPARE(md(html), markdown);
    }

    void htmlImagesAreDroppedWithANote()
    {
        QStringList notes;
        const QString markdown = QuestionExchange::htmlToMarkdown(
            u"<p>Look: <img src=\"https://example.com/a.png\" alt=\"A\"> and "
            "<img alt=\"diagram\"><img></p><pre>x<img src=\"b.png\"></pre>"_s,
            &notes);
        QCOMPARE(markdown, u"Look: and\n\n```\nx\n```"_s);
        QCOMPARE(notes,
                 (QStringList {u"an image was left out: https://example.com/a.png"_s,
                               u"an image was left out: diagram"_s, u"an image was left out: "_s,
                               u"an image was left out: b.png"_s}));
        // No list to write notes to is fine.
        QCOMPARE(QuestionExchange::htmlToMarkdown(u"<img src=\"x\">y"_s, nullptr), u"y"_s);
    }

    void embeddedFileReferencesAreDropped()
    {
        const QByteArray xml = R"(<quiz><question type="multichoice">
<questiontext format="markdown"><text>See ![plan](@@PLUGINFILE@@/plan%201.png) and [the sheet](@@PLUGINFILE@@/sheet.pdf), @@PLUGINFILE@@/raw.txt.</text>
<file name="plan 1.png" path="/" encoding="base64">AAAA</file><file name="sheet.pdf" path="/" encoding="base64">AAAA</file></questiontext>
<answer fraction="100" format="html"><text><![CDATA[<a href="@@PLUGINFILE@@/doc.pdf">the doc</a>]]></text></answer>
<answer fraction="0"><text>b</text></answer>
</question></quiz>)";
        const auto result = MoodleXmlFormat::read(xml);
        QCOMPARE(result.questions.size(), 1);
        const QuestionExchange::Read &read = result.questions.constFirst();
        QCOMPARE(read.question.stem.en, u"See  and the sheet, ."_s);
        QCOMPARE(read.question.choices.at(0).text.en, u"the doc"_s);
        QCOMPARE(read.notes,
                 (QStringList {u"an image was left out: plan 1.png"_s,
                               u"an embedded file was left out: sheet.pdf"_s,
                               u"an embedded file was left out: raw.txt"_s,
                               u"an embedded file was left out: doc.pdf"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMoodleXmlFormat)
#include "tst_moodlexmlformat.moc"
