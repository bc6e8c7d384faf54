#include "exchangetestsupport.h"
#include "formats/giftformat.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ExchangeTestSupport;
using QuestionExchange::Languages;
using QuestionExchange::ReadResult;

namespace {

// The first field in which two questions differ, for a readable failure.
QString difference(const Question &actual, const Question &expected)
{
    const auto text = [](const LocalizedText &t) {
        return t.en + u" | "_s + t.ja;
    };
    if (actual.stem != expected.stem)
        return u"stem: "_s + text(actual.stem) + u"\nexpected: "_s + text(expected.stem);
    if (actual.explanation != expected.explanation)
        return u"explanation: "_s + text(actual.explanation) + u"\nexpected: "_s
            + text(expected.explanation);
    if (actual.choices.size() != expected.choices.size())
        return u"choice count %1, expected %2"_s.arg(actual.choices.size())
            .arg(expected.choices.size());
    for (qsizetype i = 0; i < actual.choices.size(); ++i) {
        const Choice &a = actual.choices.at(i);
        const Choice &e = expected.choices.at(i);
        if (a != e)
            return u"choice %1: %2 / %3 (%4)\nexpected: %5 / %6 (%7)"_s.arg(e.key)
                .arg(text(a.text), text(a.rationale), a.correct ? u"correct"_s : u"wrong"_s)
                .arg(text(e.text), text(e.rationale), e.correct ? u"correct"_s : u"wrong"_s);
    }
    return u"metadata or type"_s;
}

Question sample(Question::Type type = Question::Type::Single)
{
    Question q;
    q.id = u"sample-01"_s;
    q.domain = u"1"_s;
    q.task = u"1.1"_s;
    q.topics = {u"s3"_s};
    q.type = type;
    q.select = type == Question::Type::Single ? 1 : 3;
    q.stem = {u"Line one\nLine two"_s, u"一行目\n二行目"_s};
    const int count = type == Question::Type::Single ? 4 : 6;
    for (int i = 0; i < count; ++i) {
        const QString key(QChar(char16_t(u'A' + i)));
        const bool correct = type == Question::Type::Single ? i == 1 : i % 2 == 0;
        q.choices.append(
            {key,
             correct,
             {u"Option "_s + key, u"選択肢 "_s + key},
             i == 3 ? LocalizedText {} : LocalizedText {u"Why "_s + key, key + u" の理由"_s}});
    }
    q.explanation = {u"Because."_s, u"なぜなら。"_s};
    q.references = {{u"Guide"_s, u"https://docs.aws.amazon.com/"_s}};
    return q;
}

ReadResult readText(const QString &text)
{
    return GiftFormat::read(text.toUtf8());
}

QStringList kinds(const ReadResult &result)
{
    QStringList list;
    for (const QuestionExchange::Skipped &skipped : result.skipped)
        list.append(u"%1:%2"_s.arg(skipped.line).arg(skipped.kind));
    return list;
}

QList<int> problemLines(const ReadResult &result)
{
    QList<int> lines;
    for (const QuestionExchange::Problem &problem : result.problems)
        lines.append(problem.line);
    return lines;
}

} // namespace

class TestGiftFormat : public QObject
{
    Q_OBJECT

private:
    QList<Question> m_bundled;

private slots:
    void initTestCase()
    {
        m_bundled = bundledQuestions();
        QVERIFY(m_bundled.size() >= 25);
    }

    void bundledQuestionsRoundTrip_data() { addLanguageRows(); }

    void bundledQuestionsRoundTrip()
    {
        QFETCH(Languages, languages);
        const QByteArray file = GiftFormat::write(m_bundled, languages);
        const ReadResult result = GiftFormat::read(file);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(result.questions.size(), m_bundled.size());
        for (qsizetype i = 0; i < m_bundled.size(); ++i) {
            const Question expected = asWritten(m_bundled.at(i), languages);
            const Question &actual = result.questions.at(i).question;
            QVERIFY2(actual == expected,
                     qPrintable(expected.id + u": "_s + difference(actual, expected)));
            QVERIFY(result.questions.at(i).notes.isEmpty());
        }
        // Each question also comes back alone.
        for (const Question &q : std::as_const(m_bundled)) {
            const ReadResult alone = GiftFormat::read(GiftFormat::write({q}, languages));
            QCOMPARE(alone.questions.size(), 1);
            QVERIFY2(alone.questions.at(0).question == asWritten(q, languages), qPrintable(q.id));
            QCOMPARE(alone.questions.at(0).line, 2); // after the metadata comment
        }
    }

    // A file is read as a stream: each question is handed over while the rest of the file is
    // still unread (an import of a file of any size holds one question), and the stream gives
    // what the whole file read at once gives.
    void readsAFileAsAStream()
    {
        QByteArray file;
        for (int copy = 0; copy < 8; ++copy)
            file += GiftFormat::write(m_bundled, Languages::Both) + "\n\n";
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        ReadResult rest;
        QList<qint64> readUpTo;
        QList<Question> questions;
        GiftFormat::read(device, &rest, [&](QuestionExchange::Read &&read) {
            readUpTo.append(device.pos());
            questions.append(std::move(read.question));
            return true;
        });
        QVERIFY2(rest.problems.isEmpty(), qPrintable(describe(rest)));
        QCOMPARE(questions.size(), m_bundled.size() * 8);
        QVERIFY2(readUpTo.first() < file.size() / 100,
                 qPrintable(u"%1 of %2 bytes read"_s.arg(readUpTo.first()).arg(file.size())));
        QVERIFY(readUpTo.at(questions.size() / 2) < file.size() * 6 / 10);
        const ReadResult whole = GiftFormat::read(file);
        QCOMPARE(whole.questions.size(), questions.size());
        for (qsizetype i = 0; i < questions.size(); ++i)
            QVERIFY(whole.questions.at(i).question == questions.at(i));
    }

    // Told to stop, the reader reads no further: a broken question after that point is never
    // reached, and most of the file is left unread.
    void stopsWhenTakeSaysSo()
    {
        QByteArray file;
        for (int copy = 0; copy < 8; ++copy)
            file += GiftFormat::write(m_bundled, Languages::Both) + "\n\n";
        file += "Which port does HTTPS use? {=443 ~80\n";
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        ReadResult rest;
        int taken = 0;
        GiftFormat::read(device, &rest, [&](QuestionExchange::Read &&) { return ++taken < 3; });
        QCOMPARE(taken, 3);
        QVERIFY2(rest.problems.isEmpty(), qPrintable(describe(rest)));
        QVERIFY2(device.pos() < file.size() / 100,
                 qPrintable(u"%1 of %2 bytes read"_s.arg(device.pos()).arg(file.size())));
        // Left to go on, the same reading finds the broken question at the end.
        QVERIFY(device.seek(0));
        taken = 0;
        GiftFormat::read(device, &rest, [&](QuestionExchange::Read &&) { return ++taken > 0; });
        QCOMPARE(taken, m_bundled.size() * 8);
        QCOMPARE(rest.problems.size(), 1);
    }

    void writerWritesMoodleGift()
    {
        const QString single = QString::fromUtf8(GiftFormat::write({sample()}, Languages::English));
        QCOMPARE(single,
                 u"// shiken: %1\n"
                 "::sample-01::[markdown]Line one\\nLine two {\n"
                 "~Option A#Why A\n"
                 "=Option B#Why B\n"
                 "~Option C#Why C\n"
                 "~Option D\n"
                 "####Because.\n"
                 "}\n"_s.arg(QuestionExchange::metadataJson(sample())));

        const QString multiple = QString::fromUtf8(
            GiftFormat::write({sample(Question::Type::Multiple)}, Languages::Japanese));
        QVERIFY(multiple.contains(u"\n~%33.33333%選択肢 A#A の理由\n"_s));
        QVERIFY(multiple.contains(u"\n~%-100%選択肢 B#B の理由\n"_s));
        QVERIFY(multiple.contains(u"\n~%-100%選択肢 D\n"_s));
        QVERIFY(!multiple.contains(u"Option"_s));

        Question two = sample(Question::Type::Multiple);
        two.select = 2;
        two.choices[4].correct = false;
        const QString both = QString::fromUtf8(GiftFormat::write({two, sample()}, Languages::Both));
        QVERIFY(both.contains(u"\n~%50%<span lang\\=\"en\" class\\=\"multilang\">Option A</span>"
                              "<span lang\\=\"ja\" class\\=\"multilang\">選択肢 A</span>#"_s));
        QVERIFY(both.contains(u"}\n\n// shiken: "_s)); // a blank line between questions
    }

    void writerEscapesReservedCharacters()
    {
        Question q = sample();
        q.stem.en = u"Use {braces}, a ~tilde, a = sign, # hash, a: colon, C:\\path\\n and [x]"_s;
        q.choices[0].text.en = u"[link](https://example.com)"_s;
        q.choices[2].text.en = u"%50% of the requests"_s;
        q.explanation.en = u"# Heading\n\n```json\n{\"a\": 1}\n```"_s;
        const QString file = QString::fromUtf8(GiftFormat::write({q}, Languages::English));
        QVERIFY(file.contains(u"[markdown]Use \\{braces\\}, a \\~tilde, a \\= sign, \\# hash, a\\: "
                              "colon, C\\:\\\\path\\\\n and [x] {"_s));
        QVERIFY(file.contains(u"\n~[markdown][link](https\\://example.com)#"_s));
        QVERIFY(file.contains(u"\n~%0%%50% of the requests#"_s));
        QVERIFY(file.contains(u"\n####\\# Heading\\n\\n```json\\n\\{\"a\"\\: 1\\}\\n```\n"_s));
        const ReadResult back = readText(file);
        QCOMPARE(back.questions.size(), 1);
        QCOMPARE(back.questions.at(0).question, asWritten(q, Languages::English));
    }

    void readsSingleAnswerQuestion()
    {
        const ReadResult result = readText(u"// A question written by hand\n"
                                           "::Addition::What is 2 + 2? {\n"
                                           "  ~3 #Too small.\n"
                                           "  =4 #Right.\n"
                                           "  ~5\n"
                                           "}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 1);
        const QuestionExchange::Read &read = result.questions.at(0);
        QCOMPARE(read.line, 2);
        QCOMPARE(read.category, QString());
        const Question &q = read.question;
        QCOMPARE(q.id, QString()); // a title is only a name
        QCOMPARE(q.difficulty, 2);
        QCOMPARE(q.type, Question::Type::Single);
        QCOMPARE(q.select, 1);
        QCOMPARE(q.stem, (LocalizedText {u"What is 2 + 2?"_s, QString()}));
        QCOMPARE(q.correctKeys(), u"B"_s);
        QCOMPARE(q.choices.size(), 3);
        QCOMPARE(q.choices.at(0).key, u"A"_s);
        QCOMPARE(q.choices.at(0).text.en, u"3"_s);
        QCOMPARE(q.choices.at(0).rationale.en, u"Too small."_s);
        QCOMPARE(q.choices.at(1).rationale.en, u"Right."_s);
        QCOMPARE(q.choices.at(2).rationale, LocalizedText());
        QCOMPARE(q.explanation, LocalizedText());
    }

    void readsWeightedAnswersAsMultiple()
    {
        const ReadResult result = readText(u"Which two? {~%50%a ~%50%b ~%-100%c ~%0%d ~e}\n\n"
                                           "Which two? {=a ~%33.33333%b ~c}\n\n"
                                           "Which one? {~%100%a ~%-50%b}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 3);
        const Question &weighted = result.questions.at(0).question;
        QCOMPARE(weighted.type, Question::Type::Multiple);
        QCOMPARE(weighted.select, 2);
        QCOMPARE(weighted.correctKeys(), u"AB"_s);
        QCOMPARE(weighted.choices.at(2).text.en, u"c"_s);
        QCOMPARE(result.questions.at(1).question.correctKeys(), u"AB"_s);
        QCOMPARE(result.questions.at(1).question.select, 2);
        QCOMPARE(result.questions.at(2).question.type, Question::Type::Single);
        QCOMPARE(result.questions.at(2).line, 5);
    }

    void readsGeneralFeedbackAndMissingWord()
    {
        const ReadResult result = readText(
            u"Grant is {~buried =entombed ~living} in Grant's tomb.\n\n"
            "The capital of France is {=Paris#Yes. ~Rome ####Paris has been the capital since "
            "987.}.\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 2);
        QCOMPARE(result.questions.at(0).question.stem.en, u"Grant is in Grant's tomb."_s);
        const Question &q = result.questions.at(1).question;
        QCOMPARE(q.stem.en, u"The capital of France is."_s);
        QCOMPARE(q.choices.at(0).rationale.en, u"Yes."_s);
        QCOMPARE(q.choices.at(1).text.en, u"Rome"_s);
        QCOMPARE(q.explanation.en, u"Paris has been the capital since 987."_s);
    }

    void readsTrueFalseInTheQuestionsLanguage()
    {
        const ReadResult result
            = readText(u"::TF::The sky is blue. {T}\n\n"
                       "空は緑色である。{FALSE#空は青いです。#その通りです。####空の色。}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 2);
        const Question &en = result.questions.at(0).question;
        QCOMPARE(en.choices.size(), 2);
        QCOMPARE(en.choices.at(0).text, (LocalizedText {u"True"_s, QString()}));
        QCOMPARE(en.choices.at(1).text, (LocalizedText {u"False"_s, QString()}));
        QCOMPARE(en.correctKeys(), u"A"_s);
        QCOMPARE(en.type, Question::Type::Single);
        const Question &ja = result.questions.at(1).question;
        QCOMPARE(ja.stem, (LocalizedText {QString(), u"空は緑色である。"_s}));
        QCOMPARE(ja.choices.at(0).text, (LocalizedText {QString(), u"正しい"_s}));
        QCOMPARE(ja.choices.at(1).text, (LocalizedText {QString(), u"誤り"_s}));
        QCOMPARE(ja.correctKeys(), u"B"_s);
        // The first feedback is for the wrong answer, the second for the right one.
        QCOMPARE(ja.choices.at(0).rationale.ja, u"空は青いです。"_s);
        QCOMPARE(ja.choices.at(1).rationale.ja, u"その通りです。"_s);
        QCOMPARE(ja.explanation.ja, u"空の色。"_s);
    }

    void readsEscapesAndNewlines()
    {
        const ReadResult result = readText(
            u"::T\\:1::Use \\{braces\\}, a \\~tilde, a \\= sign, a \\# hash and a \\: colon.\\n"
            "Next line in C:\\\\path \\d {=ok\\: yes ~no\\#1}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 1);
        const Question &q = result.questions.at(0).question;
        QCOMPARE(q.stem.en,
                 u"Use {braces}, a ~tilde, a = sign, a # hash and a : colon.\n"
                 "Next line in C:\\path \\d"_s);
        QCOMPARE(q.choices.at(0).text.en, u"ok: yes"_s);
        QCOMPARE(q.choices.at(1).text.en, u"no#1"_s);
        QCOMPARE(q.choices.at(1).rationale, LocalizedText());
    }

    void readsTextFormats()
    {
        const ReadResult result = readText(
            u"[markdown]**Bold** stem {=[plain]a ~b}\n\n"
            "[html]<p>Fish &amp; chips</p>{=<p>Yes</p>#<p>Good.</p> ~[plain]<p>No</p>}\n\n"
            "[moodle]Moodle text {=a ~b}\n\n"
            "[link](https\\://example.com) text {=a ~b}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 4);
        QCOMPARE(result.questions.at(0).question.stem.en, u"**Bold** stem"_s);
        QCOMPARE(result.questions.at(0).question.choices.at(0).text.en, u"a"_s);
        const Question &html = result.questions.at(1).question;
        QCOMPARE(html.stem.en, u"Fish & chips"_s);
        QCOMPARE(html.choices.at(0).text.en, u"Yes"_s); // answers take the stem's format
        QCOMPARE(html.choices.at(0).rationale.en, u"Good."_s);
        QCOMPARE(html.choices.at(1).text.en, u"<p>No</p>"_s);
        QCOMPARE(result.questions.at(2).question.stem.en, u"Moodle text"_s);
        QCOMPARE(result.questions.at(3).question.stem.en, u"[link](https://example.com) text"_s);
    }

    void readsMultilangSpans()
    {
        const ReadResult result
            = readText(u"<span lang\\=\"en\" class\\=\"multilang\">Which one?</span>"
                       "<span lang\\=\"ja\" class\\=\"multilang\">どれですか。</span> {\n"
                       "=Amazon S3\n"
                       "~<span lang\\=\"en\" class\\=\"multilang\">None</span>"
                       "<span lang\\=\"ja\" class\\=\"multilang\">なし</span>\n"
                       "}\n\n"
                       "どれですか。 {=Amazon S3 ~Amazon EBS}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 2);
        const Question &both = result.questions.at(0).question;
        QCOMPARE(both.stem, (LocalizedText {u"Which one?"_s, u"どれですか。"_s}));
        QCOMPARE(both.choices.at(0).text, (LocalizedText {u"Amazon S3"_s, QString()}));
        QCOMPARE(both.choices.at(1).text, (LocalizedText {u"None"_s, u"なし"_s}));
        // A choice follows its stem's language.
        const Question &ja = result.questions.at(1).question;
        QCOMPARE(ja.choices.at(1).text, (LocalizedText {QString(), u"Amazon EBS"_s}));
    }

    void readsCategories()
    {
        const ReadResult result = readText(u"Before {=a ~b}\n\n"
                                           "$CATEGORY: $course$/top/Storage\n\n"
                                           "In storage {=a ~b}\n\n"
                                           "$CATEGORY: tom/dick\n"
                                           "In tom {=a ~b}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 3);
        QCOMPARE(result.questions.at(0).category, QString());
        QCOMPARE(result.questions.at(1).category, u"$course$/top/Storage"_s);
        QCOMPARE(result.questions.at(2).category, u"tom/dick"_s);
        QCOMPARE(result.questions.at(2).line, 8);
    }

    void appliesShikenMetadataComment()
    {
        const ReadResult result = readText(
            u"// shiken: {\"id\":\"s3-01\",\"domain\":\"1\",\"task\":\"1.2\",\"topics\":[\"s3\"],"
            "\"difficulty\":3,\"references\":[{\"title\":\"Guide\",\"url\":\"https://e.com\"}],"
            "\"group\":\"g1\"}\n"
            "// question: 12  name: from Moodle\n"
            "::Title::Q {=a ~b}\n\n"
            "// shiken: {\"id\":\"late\"}\n\n"
            "Without metadata {=a ~b}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 2);
        const Question &q = result.questions.at(0).question;
        QCOMPARE(q.id, u"s3-01"_s);
        QCOMPARE(q.domain, u"1"_s);
        QCOMPARE(q.task, u"1.2"_s);
        QCOMPARE(q.topics, QStringList {u"s3"_s});
        QCOMPARE(q.difficulty, 3);
        QCOMPARE(q.references, (QList<Reference> {{u"Guide"_s, u"https://e.com"_s}}));
        QCOMPARE(q.group, u"g1"_s);
        QCOMPARE(q.exam, QString());
        QCOMPARE(result.questions.at(0).line, 3);
        // Metadata apart from its question (a blank line between) is a comment like any other.
        QCOMPARE(result.questions.at(1).question.id, QString());
        QCOMPARE(result.questions.at(1).question.topics, QStringList());
    }

    void invalidMetadataIsAProblem()
    {
        const ReadResult result = readText(u"Fine {=a ~b}\n\n"
                                           "// shiken: {\"id\": broken\n"
                                           "::Q2::Q {=a ~b}\n\n"
                                           "// shiken: [1, 2]\n"
                                           "Q {=a ~b}\n"_s);
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(problemLines(result), (QList<int> {3, 6}));
    }

    void skipsKindsShikenCannotServe()
    {
        const ReadResult result
            = readText(u"::Essay::Write about S3. {}\n\n"
                       "An introduction without answers.\n\n"
                       "::Short::Who is buried in Grant's tomb? {=no one =nobody}\n\n"
                       "Capital of Japan? {=Tokyo}\n\n"
                       "::Match::Match. {\n=Canada -> Ottawa\n=Italy -> Rome\n}\n\n"
                       "::Number::When was Grant born? {#1822:5}\n\n"
                       "::Range::Pi? {#\n=%100%3.14159:0.0005#\n=%50%3.1..3.2\n}\n\n"
                       "Then a real one {=a ~b}\n"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(kinds(result),
                 (QStringList {u"1:essay"_s, u"3:description"_s, u"5:short answer"_s,
                               u"7:short answer"_s, u"9:matching"_s, u"14:numerical"_s,
                               u"16:numerical"_s}));
        QCOMPARE(result.skipped.at(0).title, u"Essay"_s);
        QCOMPARE(result.skipped.at(1).title, u"An introduction without answers."_s);
        QCOMPARE(result.skipped.at(3).title, u"Capital of Japan?"_s);
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.at(0).line, 21);
    }

    void reportsProblemsWithTheirLines()
    {
        const ReadResult result = readText(u"Unclosed {=a ~b\n\n"
                                           "Stray } brace {=a ~b}\n\n"
                                           "Two blocks {=a ~b} and {=c ~d}\n\n"
                                           "::No correct::\nWhich? {~a ~b ~%-50%c}\n\n"
                                           "One choice {~a}\n\n"
                                           "::Unclosed title Q {=a ~b}\n\n"
                                           "Fine {=a ~b}\n"_s);
        QCOMPARE(problemLines(result), (QList<int> {1, 3, 5, 7, 10, 12}));
        // A problem names its question: its title, or the start of its text.
        QVERIFY(result.problems.at(0).message.startsWith(u"“Unclosed {=a ~b”: "_s));
        QVERIFY(result.problems.at(3).message.startsWith(u"“No correct”: "_s));
        QVERIFY(result.problems.at(3).message.contains(u"correct"_s));
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.at(0).line, 14);
    }

    void readsByteOrderMarkAndCrlf()
    {
        QByteArray data
            = GiftFormat::write({sample(), sample(Question::Type::Multiple)}, Languages::Both);
        data.replace("\n", "\r\n");
        data.prepend("\xEF\xBB\xBF");
        const ReadResult result = GiftFormat::read(data);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.questions.size(), 2);
        QCOMPARE(result.questions.at(0).question, sample());
        QCOMPARE(result.questions.at(1).question, sample(Question::Type::Multiple));
        QCOMPARE(result.questions.at(0).line, 2);
        QCOMPARE(result.questions.at(1).line, 11);
    }

    void importsMoodleExport()
    {
        const QByteArray file = fixture(u"moodle-export.gift"_s);
        QVERIFY(!file.isEmpty());
        const ReadResult result = GiftFormat::read(file);
        QVERIFY(result.problems.isEmpty());

        QCOMPARE(result.questions.size(), 4);
        const QString monitoring = u"$course$/top/Default for SOA-C03/Monitoring"_s;
        const QString storage = u"$course$/top/Default for SOA-C03/Storage"_s;

        const QuestionExchange::Read &agent = result.questions.at(0);
        QCOMPARE(agent.line, 7);
        QCOMPARE(agent.category, monitoring);
        QCOMPARE(agent.question.id, QString());
        QCOMPARE(agent.question.stem.en,
                 u"Which solution publishes the memory utilization of EC2 instances to "
                 "CloudWatch?"_s);
        QCOMPARE(agent.question.choices.size(), 4);
        QCOMPARE(agent.question.correctKeys(), u"A"_s);
        QCOMPARE(agent.question.choices.at(0).text.en, u"Install the CloudWatch agent"_s);
        QCOMPARE(agent.question.choices.at(0).rationale.en,
                 u"The agent reads memory inside the guest."_s);
        QCOMPARE(agent.question.choices.at(2).rationale, LocalizedText());
        QCOMPARE(agent.question.explanation.en,
                 u"Memory is visible only inside the operating system."_s);

        const Question &backups = result.questions.at(1).question;
        QCOMPARE(result.questions.at(1).line, 16);
        QCOMPARE(backups.type, Question::Type::Multiple);
        QCOMPARE(backups.select, 2);
        QCOMPARE(backups.correctKeys(), u"AC"_s);
        QCOMPARE(backups.choices.at(2).text.en, u"Amazon Data Lifecycle Manager"_s);

        const Question &regions = result.questions.at(2).question;
        QCOMPARE(result.questions.at(2).line, 24);
        QCOMPARE(regions.correctKeys(), u"A"_s);
        QCOMPARE(regions.choices.at(0).text.en, u"True"_s);
        QCOMPARE(regions.choices.at(0).rationale.en, u"Right."_s);
        QCOMPARE(regions.choices.at(1).rationale.en, u"Each AZ is in one Region."_s);
        QCOMPARE(regions.explanation.en, u"See the Regions and Zones page."_s);
        QCOMPARE(result.questions.at(2).category, monitoring);

        const QuestionExchange::Read &arn = result.questions.at(3);
        QCOMPARE(arn.line, 31);
        QCOMPARE(arn.category, storage);
        QCOMPARE(arn.question.stem,
                 (LocalizedText {u"Which ARN names the bucket?"_s,
                                 u"バケットを指す ARN はどれですか。"_s}));
        QCOMPARE(arn.question.choices.at(0).text,
                 (LocalizedText {u"arn:aws:s3:::my-bucket"_s, QString()}));

        QCOMPARE(kinds(result),
                 (QStringList {u"37:essay"_s, u"40:numerical"_s, u"45:matching"_s,
                               u"51:short answer"_s, u"57:description"_s}));
        QCOMPARE(result.skipped.at(0).title, u"Explain HA"_s);
        QCOMPARE(result.skipped.at(4).title, u"Introduction"_s);
    }

    void survivesMalformedInput()
    {
        const QByteArray moodleExport = fixture(u"moodle-export.gift"_s);
        QVERIFY(!moodleExport.isEmpty());
        const QByteArray valid
            = GiftFormat::write(m_bundled.mid(0, 3), Languages::Both) + "\n" + moodleExport;
        for (qsizetype length = 0; length <= valid.size(); length += 41) {
            const ReadResult result = GiftFormat::read(valid.left(length));
            for (const QuestionExchange::Problem &problem : result.problems)
                QVERIFY(problem.line >= 1);
        }
        QRandomGenerator random(20240601);
        const QByteArray alphabet = "{}~=#:\\%-> \n\r[]/$TF0123456789abc\x80\xff\xe3";
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            const int size = random.bounded(400);
            for (int i = 0; i < size; ++i)
                bytes += alphabet.at(random.bounded(int(alphabet.size())));
            GiftFormat::read(bytes);
            QByteArray noise(size, Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            GiftFormat::read(noise);
        }
        GiftFormat::read(QByteArray(1 << 20, '{'));
        GiftFormat::read(QByteArray(1 << 20, '\\'));
        GiftFormat::read(QByteArray(1 << 20, '#'));
        GiftFormat::read("Q {" + QByteArray(1 << 19, '~') + "}");
        GiftFormat::read("Q {=a ~b" + QByteArray(1 << 19, '#') + "}");
        const ReadResult empty = GiftFormat::read(QByteArray());
        QVERIFY(empty.questions.isEmpty() && empty.skipped.isEmpty() && empty.problems.isEmpty());
        const ReadResult tooMany = readText(u"Q {=a"_s + u" ~b"_s.repeated(30) + u"}"_s);
        QCOMPARE(tooMany.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGiftFormat)
#include "tst_giftformat.moc"
