#include "formats/moodlexmlformat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace QuestionExchange;

namespace MoodleXmlFormat {

namespace {

// A text as the file writes it, before its format is applied.
struct RawText
{
    QString text;
    QString format;
};

// An <answer> as the file writes it.
struct RawAnswer
{
    double fraction = 0;
    RawText text;
    RawText feedback;
};

// A <question> element as the file writes it.
struct RawQuestion
{
    QString type;
    int line = 0;
    QString name;
    RawText stem;
    RawText explanation;
    bool single = true;
    QList<RawAnswer> answers;
    QString category;
    QStringList files; // the names of the embedded files (<file name="...">)
    bool hasMetadata = false;
    QString metadata;
};

// Reads the element the reader is on (<questiontext>, <feedback>, ...) as a text: the content
// of its <text> child, in the element's format; embedded files are listed in files.
RawText readText(QXmlStreamReader &xml, QStringList *files)
{
    RawText raw;
    raw.format = xml.attributes().value(u"format"_s).toString().trimmed();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"text") {
            raw.text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            continue;
        }
        if (xml.name() == u"file")
            files->append(xml.attributes().value(u"name"_s).toString());
        xml.skipCurrentElement();
    }
    return raw;
}

// Reads the <answer> the reader is on.
RawAnswer readAnswer(QXmlStreamReader &xml, QStringList *files)
{
    RawAnswer answer;
    bool ok = false;
    answer.fraction = xml.attributes().value(u"fraction"_s).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(answer.fraction))
        answer.fraction = 0;
    answer.text.format = xml.attributes().value(u"format"_s).toString().trimmed();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"text") {
            answer.text.text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"feedback") {
            answer.feedback = readText(xml, files);
        } else {
            if (xml.name() == u"file")
                files->append(xml.attributes().value(u"name"_s).toString());
            xml.skipCurrentElement();
        }
    }
    return answer;
}

// Reads the <question> the reader is on, up to its end tag.
RawQuestion readQuestion(QXmlStreamReader &xml)
{
    RawQuestion q;
    q.line = int(xml.lineNumber());
    q.type = xml.attributes().value(u"type"_s).toString().trimmed();
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Comment) {
            const QString comment = xml.text().toString().trimmed();
            if (comment.startsWith(u"shiken:")) {
                q.hasMetadata = true;
                q.metadata = comment.mid(7).trimmed();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            q.name = readText(xml, &q.files).text.trimmed();
        } else if (name == u"questiontext") {
            q.stem = readText(xml, &q.files);
        } else if (name == u"generalfeedback") {
            q.explanation = readText(xml, &q.files);
        } else if (name == u"answer") {
            q.answers.append(readAnswer(xml, &q.files));
        } else if (name == u"category") {
            q.category = readText(xml, &q.files).text.trimmed();
        } else if (name == u"single") {
            const QString value
                = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().toLower();
            // As Moodle reads it: "false", "0" or nothing is multiple response.
            q.single = !(value.isEmpty() || value == u"false" || value == u"0");
        } else {
            if (name == u"file")
                q.files.append(xml.attributes().value(u"name"_s).toString());
            xml.skipCurrentElement();
        }
    }
    return q;
}

const QString pluginFile = u"@@PLUGINFILE@@/"_s;

// The name of an embedded file as a reference to it spells it (percent-encoded).
QString fileName(const QString &reference)
{
    return QUrl::fromPercentEncoding(reference.toUtf8());
}

// The Markdown without the references to files embedded in the Moodle file (images, links to
// attachments): Shiken never loads them. Each one left out gets a note.
QString dropEmbeddedFiles(const QString &markdown, QStringList *notes)
{
    if (!markdown.contains(pluginFile))
        return markdown;
    static const QRegularExpression reference(
        uR"re(<img\b[^>]*?@@PLUGINFILE@@/([^"'\s>]*)[^>]*>)re"_s
        uR"re(|!\[((?:[^\]\\]|\\.)*)\]\(<?@@PLUGINFILE@@/([^)>\s]*)>?[^)]*\))re"_s
        uR"re(|\[((?:[^\]\\]|\\.)*)\]\(<?@@PLUGINFILE@@/([^)>\s]*)>?[^)]*\))re"_s
        uR"re(|@@PLUGINFILE@@/([^\s)"'<>\]]*))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(markdown).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        // Groups: 1 an HTML image's file, 3 a Markdown image's, 4 and 5 a link's text and
        // file, 6 a bare reference's file.
        if (match.capturedStart(5) >= 0) {
            out += match.captured(4); // a link keeps its text
            notes->append(
                QCoreApplication::translate("MoodleXmlFormat", "an embedded file was left out: %1")
                    .arg(fileName(match.captured(5))));
        } else if (match.capturedStart(6) >= 0) {
            // A bare reference ends before the punctuation that ends its sentence.
            QString name = match.captured(6);
            qsizetype end = name.size();
            while (end > 0 && QStringView(u".,;:!?").contains(name.at(end - 1)))
                --end;
            out += QStringView(name).mid(end);
            name.truncate(end);
            notes->append(
                QCoreApplication::translate("MoodleXmlFormat", "an embedded file was left out: %1")
                    .arg(fileName(name)));
        } else {
            notes->append(
                QCoreApplication::translate("QuestionExchange", "an image was left out: %1")
                    .arg(fileName(match.captured(match.capturedStart(1) >= 0 ? 1 : 3))));
        }
    }
    out += QStringView(markdown).mid(last);
    return out;
}

// Text in its Moodle format as the Markdown Shiken stores: HTML is converted, Markdown and
// Moodle's plain and auto formats are taken as they are.
QString toMarkdown(const QString &text, const QString &format, QStringList *notes)
{
    if (text.trimmed().isEmpty())
        return {};
    QString markdown = format == u"html" ? htmlToMarkdown(text, notes) : text;
    return dropEmbeddedFiles(markdown, notes).trimmed();
}

// Reads the question's texts in its language, or in both when they hold multilang spans.
class TextReader
{
public:
    TextReader(const RawQuestion &raw, QStringList *notes)
        : m_notes(notes)
        , m_defaultFormat(raw.stem.format.isEmpty() ? u"html"_s : raw.stem.format)
    {
        bool spans = hasMultilang(raw.stem.text) || hasMultilang(raw.explanation.text);
        for (const RawAnswer &answer : raw.answers)
            spans = spans || hasMultilang(answer.text.text) || hasMultilang(answer.feedback.text);
        m_bilingual = spans;
        QString stem = raw.stem.text;
        if (spans) {
            static const QRegularExpression span(
                uR"re(<span\b[^>]*\bclass="multilang"[^>]*>.*?</span>)re"_s,
                QRegularExpression::DotMatchesEverythingOption
                    | QRegularExpression::CaseInsensitiveOption);
            stem.remove(span);
        }
        m_language = guessLanguage(stem);
    }

    LocalizedText read(const RawText &raw) const
    {
        const QString format = raw.format.isEmpty() ? m_defaultFormat : raw.format;
        LocalizedText text = splitMultilang(raw.text, m_language);
        text.en = toMarkdown(text.en, format, m_notes);
        text.ja = toMarkdown(text.ja, format, m_notes);
        return text;
    }

    // A label in the languages the question is in.
    LocalizedText label(const QString &en, const QString &ja) const
    {
        if (m_bilingual)
            return {en, ja};
        return m_language == u"ja" ? LocalizedText {QString(), ja} : LocalizedText {en, QString()};
    }

private:
    QStringList *m_notes;
    QString m_defaultFormat;
    QString m_language;
    bool m_bilingual = false;
};

// How the learner finds a skipped question in the file: its name, or the start of its text.
QString skippedTitle(const RawQuestion &raw)
{
    if (!raw.name.isEmpty())
        return raw.name;
    const QString text = raw.stem.format == u"html" || raw.stem.format.isEmpty()
        ? htmlToMarkdown(raw.stem.text, nullptr)
        : raw.stem.text;
    return text.simplified().left(80);
}

// The question Shiken serves for a <question> of a kind it can serve, or the problem that
// keeps it out. Returns whether to go on reading (take's answer).
bool convert(const RawQuestion &raw, const QString &category, ReadResult *result,
             const QuestionExchange::Take &take)
{
    const bool trueFalse = raw.type == u"truefalse";
    QList<RawAnswer> answers;
    for (const RawAnswer &answer : raw.answers) {
        // Moodle itself leaves out the answers with no text.
        if (!answer.text.text.trimmed().isEmpty())
            answers.append(answer);
    }
    if (trueFalse && answers.size() != 2) {
        result->problems.append(
            {raw.line,
             QCoreApplication::translate("MoodleXmlFormat",
                                         "a true/false question needs exactly two answers")});
        return true;
    }
    if (answers.size() < 2) {
        result->problems.append(
            {raw.line,
             QCoreApplication::translate("MoodleXmlFormat",
                                         "a multiple-choice question needs at least two answers")});
        return true;
    }
    if (answers.size() > 26) {
        result->problems.append({raw.line,
                                 QCoreApplication::translate(
                                     "MoodleXmlFormat", "a question has more than 26 answers")});
        return true;
    }
    double best = 0;
    for (const RawAnswer &answer : answers)
        best = std::max(best, answer.fraction);
    if (best <= 0) {
        result->problems.append(
            {raw.line,
             QCoreApplication::translate(
                 "MoodleXmlFormat",
                 "no answer is correct: none has a grade (fraction) above zero")});
        return true;
    }

    Read read;
    read.line = raw.line;
    read.category = category;
    Question &q = read.question;
    const TextReader texts(raw, &read.notes);
    q.stem = texts.read(raw.stem);
    q.explanation = texts.read(raw.explanation);
    int correct = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const RawAnswer &answer = answers.at(i);
        Choice choice;
        choice.key = QString(QChar(char16_t(u'A' + i)));
        // One answer to choose: the one with the full grade is the answer, partial credit is
        // not. Several to choose: every answer that adds to the grade is one of them.
        choice.correct
            = raw.single && !trueFalse ? answer.fraction >= best - 1e-6 : answer.fraction > 0;
        const QString value = answer.text.text.trimmed().toLower();
        if (trueFalse && value == u"true")
            choice.text = texts.label(u"True"_s, u"正しい"_s);
        else if (trueFalse && value == u"false")
            choice.text = texts.label(u"False"_s, u"誤り"_s);
        else
            choice.text = texts.read(answer.text);
        choice.rationale = texts.read(answer.feedback);
        correct += choice.correct ? 1 : 0;
        q.choices.append(choice);
    }
    q.type = correct == 1 ? Question::Type::Single : Question::Type::Multiple;
    q.select = correct;

    if (raw.hasMetadata) {
        QString error;
        if (!applyMetadata(raw.metadata, &q, &error))
            read.notes.append(
                QCoreApplication::translate(
                    "MoodleXmlFormat", "the Shiken data in the question's comment was ignored: %1")
                    .arg(error));
    }

    // HTML images name their file as @@PLUGINFILE@@/name: say which file, not how Moodle
    // points to it.
    static const QRegularExpression pluginReference(uR"(@@PLUGINFILE@@/(\S*))"_s);
    for (QString &note : read.notes) {
        const QRegularExpressionMatch match = pluginReference.match(note);
        if (match.hasMatch())
            note.replace(match.capturedStart(), match.capturedLength(),
                         fileName(match.captured(1)));
    }
    // Files no text points to are left out too.
    QStringList rawTexts {raw.stem.text, raw.explanation.text};
    for (const RawAnswer &answer : raw.answers)
        rawTexts << answer.text.text << answer.feedback.text;
    const QString all = rawTexts.join(u'\n');
    for (const QString &file : raw.files) {
        if (file.isEmpty() || all.contains(pluginFile + file)
            || all.contains(pluginFile + QString::fromUtf8(QUrl::toPercentEncoding(file))))
            continue;
        read.notes.append(
            QCoreApplication::translate("MoodleXmlFormat", "an embedded file was left out: %1")
                .arg(file));
    }
    return take(std::move(read));
}

// The text as XML may hold it: characters XML 1.0 forbids are dropped, and line ends are
// newlines (an XML reader turns a carriage return into one anyway).
QString xmlSafe(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if ((u >= 0x20 && !c.isSurrogate() && u != 0xfffe && u != 0xffff) || u == u'\t'
                   || u == u'\n') {
            out += c;
        }
    }
    return out;
}

// The metadata JSON as an XML comment may hold it: "--" cannot appear in a comment, and can
// only appear inside a JSON string, where a '-' next to another is written \u002d.
QString commentSafe(const QString &json)
{
    QString out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = json.at(i);
        if (!inString) {
            inString = c == u'"';
        } else if (escaped) {
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c == u'"') {
            inString = false;
        } else if (c == u'-'
                   && ((i > 0 && json.at(i - 1) == u'-')
                       || (i + 1 < size && json.at(i + 1) == u'-'))) {
            out += u"\\u002d"_s;
            continue;
        }
        out += c;
    }
    return xmlSafe(out);
}

// Writes a Markdown text element (<questiontext>, <feedback>, ...) with its <text>.
void writeText(QXmlStreamWriter &xml, const QString &element, const QString &text)
{
    xml.writeStartElement(element);
    xml.writeAttribute(u"format"_s, u"markdown"_s);
    xml.writeTextElement(u"text"_s, xmlSafe(text));
    xml.writeEndElement();
}

} // namespace

bool read(QIODevice &device, ReadResult *result, const QuestionExchange::Take &take)
{
    // QXmlStreamReader reads the device a block at a time: one <question> is held at once.
    QXmlStreamReader xml(&device);
    bool quiz = false;
    if (xml.readNextStartElement() && xml.name() == u"quiz") {
        quiz = true;
        QString category;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"question") {
                xml.skipCurrentElement();
                continue;
            }
            const RawQuestion raw = readQuestion(xml);
            if (xml.hasError())
                break;
            if (raw.type == u"category")
                category = raw.category;
            else if (raw.type != u"multichoice" && raw.type != u"truefalse")
                result->skipped.append({raw.line, raw.type, skippedTitle(raw)});
            else if (!convert(raw, category, result, take))
                return true; // stopped: the rest is not read
        }
    }
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    // A file that is not well formed, or not Moodle's, is that one problem alone (the
    // questions already handed over go with it: nothing of such a file is imported).
    if (xml.hasError()) {
        *result
            = {{},
               {},
               {{int(xml.lineNumber()),
                 QCoreApplication::translate("MoodleXmlFormat", "the XML is not well formed: %1")
                     .arg(xml.errorString())}}};
    } else if (!quiz) {
        *result = {{},
                   {},
                   {{1,
                     QCoreApplication::translate(
                         "MoodleXmlFormat", "this is not a Moodle XML file: it has no <quiz>")}}};
    }
    return quiz && !xml.hasError();
}

ReadResult read(const QByteArray &data)
{
    // A problem of the whole file leaves nothing of it.
    return QuestionExchange::readBytes(
        data, [](QIODevice &device, ReadResult *result, const QuestionExchange::Take &take) {
            return read(device, result, take);
        });
}

QByteArray write(const QList<Question> &questions, Languages languages)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"quiz"_s);
    for (const Question &q : questions) {
        int correct = 0;
        for (const Choice &choice : q.choices)
            correct += choice.correct ? 1 : 0;
        const bool single = correct == 1;
        // Moodle's usual scoring of multiple response: the correct answers share the grade, a
        // wrong one takes it all away.
        const QString right = QuestionExchange::moodleGrade(correct);
        const QString wrong = single ? u"0"_s : u"-100"_s;

        xml.writeStartElement(u"question"_s);
        xml.writeAttribute(u"type"_s, u"multichoice"_s);
        xml.writeComment(u" shiken: "_s + commentSafe(metadataJson(q)) + u' ');
        xml.writeStartElement(u"name"_s);
        const QString name = !q.id.isEmpty()   ? q.id
            : languages == Languages::Japanese ? q.stem.in(u"ja").simplified().left(60)
                                               : q.stem.in(u"en").simplified().left(60);
        xml.writeTextElement(u"text"_s, xmlSafe(name));
        xml.writeEndElement();
        writeText(xml, u"questiontext"_s, multilang(q.stem, languages));
        writeText(xml, u"generalfeedback"_s, multilang(q.explanation, languages));
        xml.writeTextElement(u"defaultgrade"_s, u"1"_s);
        xml.writeTextElement(u"penalty"_s, u"0"_s);
        xml.writeTextElement(u"hidden"_s, u"0"_s);
        xml.writeTextElement(u"single"_s, single ? u"true"_s : u"false"_s);
        xml.writeTextElement(u"shuffleanswers"_s, u"true"_s);
        xml.writeTextElement(u"answernumbering"_s, u"ABCD"_s);
        for (const Choice &choice : q.choices) {
            xml.writeStartElement(u"answer"_s);
            xml.writeAttribute(u"fraction"_s, choice.correct ? right : wrong);
            xml.writeAttribute(u"format"_s, u"markdown"_s);
            xml.writeTextElement(u"text"_s, xmlSafe(multilang(choice.text, languages)));
            writeText(xml, u"feedback"_s, multilang(choice.rationale, languages));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

} // namespace MoodleXmlFormat
