#include "formats/giftformat.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace GiftFormat {

namespace {

using QuestionExchange::Languages;
using QuestionExchange::ReadResult;
using QuestionExchange::Take;

// A stretch of GIFT text with its escapes resolved. Each character remembers whether it was
// written escaped, so that an escaped "{", "=" or "#" is never taken for syntax.
struct Escaped
{
    QString text;
    QList<bool> literal;

    // Moodle's escapes: \~ \= \# \{ \} \: \\ and \n for a newline; any other backslash stays.
    static Escaped decode(QStringView raw)
    {
        Escaped decoded;
        decoded.text.reserve(raw.size());
        decoded.literal.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QChar c = raw.at(i);
            bool escaped = false;
            if (c == u'\\' && i + 1 < raw.size()) {
                const QChar next = raw.at(i + 1);
                if (next == u'n' || next == u'\\' || QStringView(u"~=#{}:").contains(next)) {
                    c = next == u'n' ? QChar(u'\n') : next;
                    escaped = true;
                    ++i;
                }
            }
            decoded.text.append(c);
            decoded.literal.append(escaped);
        }
        return decoded;
    }

    qsizetype size() const { return text.size(); }
    bool isEmpty() const { return text.isEmpty(); }
    // Whether s stands at position i, written as syntax (none of it escaped).
    bool isSyntax(qsizetype i, QStringView s) const
    {
        if (i < 0 || i + s.size() > text.size())
            return false;
        for (qsizetype k = 0; k < s.size(); ++k) {
            if (literal.at(i + k) || text.at(i + k) != s.at(k))
                return false;
        }
        return true;
    }
    bool startsWith(QStringView s) const { return isSyntax(0, s); }
    qsizetype indexOf(QStringView s, qsizetype from = 0) const
    {
        for (qsizetype i = text.indexOf(s, from); i >= 0; i = text.indexOf(s, i + 1)) {
            if (isSyntax(i, s))
                return i;
        }
        return -1;
    }
    qsizetype lastIndexOf(QStringView s) const
    {
        for (qsizetype i = text.lastIndexOf(s); i >= 0;
             i = i > 0 ? text.lastIndexOf(s, i - 1) : -1) {
            if (isSyntax(i, s))
                return i;
        }
        return -1;
    }
    Escaped mid(qsizetype position, qsizetype length = -1) const
    {
        return {text.mid(position, length), literal.mid(position, length)};
    }
    bool isBlank(qsizetype i) const { return text.at(i).isSpace() && !literal.at(i); }
    // Trimmed of written whitespace; an escaped newline (\n) at either end is kept.
    Escaped trimmed() const
    {
        qsizetype begin = 0;
        qsizetype end = size();
        while (begin < end && isBlank(begin))
            ++begin;
        while (end > begin && isBlank(end - 1))
            --end;
        return mid(begin, end - begin);
    }
    void append(const Escaped &other)
    {
        text += other.text;
        literal += other.literal;
    }
};

// A text of the file in the format it was written in (markdown, html, plain or moodle).
struct RawText
{
    QString text;
    QString format;
};

// A text with its optional "[format]" prefix; without one it has the format given, as Moodle
// gives answers and feedback the format of the question text.
RawText parseText(const Escaped &escaped, const QString &defaultFormat)
{
    Escaped text = escaped.trimmed();
    QString format = defaultFormat;
    if (text.startsWith(u"[")) {
        const qsizetype end = text.text.indexOf(u']');
        const QString name = end > 0 ? text.text.mid(1, end - 1).toLower() : QString();
        if (name == u"markdown" || name == u"html" || name == u"plain" || name == u"moodle") {
            format = name;
            text = text.mid(end + 1).trimmed();
        }
    }
    return {text.text, format};
}

// The stem around an answer block in its middle ("stem {answers} rest"): the two parts, with
// one space between them when the file had any, none before closing punctuation.
Escaped joinStem(const Escaped &before, const Escaped &after)
{
    Escaped joined = before.trimmed();
    const Escaped tail = after.trimmed();
    if (tail.isEmpty())
        return joined;
    const bool spaced = (!before.isEmpty() && before.isBlank(before.size() - 1))
        || (!after.isEmpty() && after.isBlank(0));
    const bool punctuation = QStringView(u".,;:!?)").contains(tail.text.front());
    if (!joined.isEmpty() && spaced && !punctuation)
        joined.append({u" "_s, {false}});
    joined.append(tail);
    return joined;
}

const QRegularExpression &weightPattern()
{
    static const QRegularExpression weight(uR"(^%(-?)(\d+(?:\.\d*)?)%)"_s);
    return weight;
}

const QRegularExpression &metadataPattern()
{
    static const QRegularExpression metadata(uR"(^//\s*shiken:\s*(.*)$)"_s);
    return metadata;
}

const QRegularExpression &multilangSpans()
{
    static const QRegularExpression spans(uR"re(<span\s[^>]*class="multilang"[^>]*>.*?</span>)re"_s,
                                          QRegularExpression::DotMatchesEverythingOption
                                              | QRegularExpression::CaseInsensitiveOption);
    return spans;
}

// The start of a text, for the learner to find an item that was skipped.
QString startOf(const QString &text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString plain = QString(text).remove(tags).simplified();
    if (plain.size() > 60)
        plain = plain.left(60) + u"…"_s;
    return plain;
}

// One answer of a multiple-choice answer block.
struct Answer
{
    bool correct = false;
    RawText text;
    RawText feedback;
};

// Reads the blocks of a file one by one, carrying the category from block to block, and hands
// each question read to take.
class Reader
{
public:
    Reader(ReadResult *result, const Take &take)
        : m_result(result)
        , m_take(take)
    { }

    // One run of non-blank lines: comments, a $CATEGORY: line or a question.
    struct Line
    {
        int number = 0;
        QString text;
    };
    void readBlock(const QList<Line> &block);
    // False once take has said to stop.
    bool goesOn() const { return m_goesOn; }

private:
    void readQuestion(const QString &source, int line, const QString &metadata, int metadataLine);
    void skip(int line, const QString &kind, const QString &title)
    {
        m_result->skipped.append({line, kind, title});
    }
    // A problem names its question (its title or the start of its text) beside the line.
    void problem(int line, const QString &message)
    {
        m_result->problems.append(
            {line, m_name.isEmpty() ? message : u"“%1”: %2"_s.arg(m_name, message)});
    }

    ReadResult *m_result;
    const Take &m_take;
    bool m_goesOn = true;
    QString m_category;
    QString m_name; // of the question being read
};

void Reader::readBlock(const QList<Line> &block)
{
    QString metadata;
    int metadataLine = 0;
    QStringList content;
    int startLine = 0;
    for (const Line &line : block) {
        const QString trimmed = line.text.trimmed();
        if (trimmed.startsWith(u"//")) {
            // Only a comment before the question carries its metadata.
            if (content.isEmpty()) {
                const QRegularExpressionMatch match = metadataPattern().match(trimmed);
                if (match.hasMatch()) {
                    metadata = match.captured(1);
                    metadataLine = line.number;
                }
            }
            continue;
        }
        if (content.isEmpty() && trimmed.startsWith(u"$CATEGORY:")) {
            m_category = Escaped::decode(trimmed.mid(10)).trimmed().text;
            metadataLine = 0;
            metadata.clear();
            continue;
        }
        if (content.isEmpty())
            startLine = line.number;
        content.append(line.text);
    }
    if (!content.isEmpty())
        readQuestion(content.join(u'\n'), startLine, metadata, metadataLine);
}

void Reader::readQuestion(const QString &source, int line, const QString &metadata,
                          int metadataLine)
{
    Escaped text = Escaped::decode(source).trimmed();
    QString title;
    m_name = startOf(parseText(text, u"moodle"_s).text);
    if (text.startsWith(u"::")) {
        const qsizetype end = text.indexOf(u"::", 2);
        if (end < 0) {
            problem(line,
                    QCoreApplication::translate("GiftFormat",
                                                "The question title has no closing \"::\"."));
            return;
        }
        title = text.mid(2, end - 2).trimmed().text;
        text = text.mid(end + 2).trimmed();
        m_name = startOf(title.isEmpty() ? parseText(text, u"moodle"_s).text : title);
    }

    const qsizetype open = text.indexOf(u"{");
    const qsizetype close = text.indexOf(u"}");
    if (open < 0 && close < 0) {
        skip(line, u"description"_s, m_name);
        return;
    }
    if (open < 0 || close < open) {
        problem(line,
                QCoreApplication::translate(
                    "GiftFormat", "A \"}\" has no \"{\" before it (write \\} for a brace)."));
        return;
    }
    if (close < 0) {
        problem(line,
                QCoreApplication::translate("GiftFormat",
                                            "The answers' \"{\" is not closed with \"}\"."));
        return;
    }
    const Escaped after = text.mid(close + 1);
    if (after.indexOf(u"{") >= 0 || after.indexOf(u"}") >= 0) {
        problem(line,
                QCoreApplication::translate(
                    "GiftFormat",
                    "A question has one answer block {...}; write \\{ and \\} for braces."));
        return;
    }

    Escaped answers = text.mid(open + 1, close - open - 1);
    Escaped general;
    const qsizetype generalAt = answers.lastIndexOf(u"####");
    if (generalAt >= 0) {
        general = answers.mid(generalAt + 4);
        answers = answers.mid(0, generalAt);
    }
    answers = answers.trimmed();

    const RawText stem = parseText(joinStem(text.mid(0, open), after), u"moodle"_s);
    const QString name = title.isEmpty() ? startOf(stem.text) : m_name;
    const RawText explanation = parseText(general, stem.format);

    // The kinds in Moodle's order of deciding.
    if (answers.isEmpty())
        return skip(line, u"essay"_s, name);
    if (answers.startsWith(u"#"))
        return skip(line, u"numerical"_s, name);

    QList<Answer> choices;
    bool trueFalse = false;
    if (answers.indexOf(u"~") < 0) {
        if (answers.indexOf(u"=") >= 0 && answers.indexOf(u"->") >= 0)
            return skip(line, u"matching"_s, name);
        const qsizetype hash = answers.indexOf(u"#");
        const QString answer = (hash >= 0 ? answers.mid(0, hash) : answers).trimmed().text;
        const bool isTrue = answer == u"T" || answer == u"TRUE";
        if (!isTrue && answer != u"F" && answer != u"FALSE")
            return skip(line, u"short answer"_s, name);
        // {TRUE#feedback for a wrong answer#feedback for the right one}
        trueFalse = true;
        RawText wrong {QString(), stem.format};
        RawText right {QString(), stem.format};
        if (hash >= 0) {
            const Escaped feedback = answers.mid(hash + 1);
            const qsizetype second = feedback.indexOf(u"#");
            wrong = parseText(second >= 0 ? feedback.mid(0, second) : feedback, stem.format);
            if (second >= 0)
                right = parseText(feedback.mid(second + 1), stem.format);
        }
        choices.append({isTrue, {}, isTrue ? right : wrong});
        choices.append({!isTrue, {}, isTrue ? wrong : right});
    } else {
        // Every "~" and "=" starts an answer; text before the first one is a wrong answer.
        QList<qsizetype> starts;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (!answers.literal.at(i)
                && (answers.text.at(i) == u'~' || answers.text.at(i) == u'='))
                starts.append(i);
        }
        QList<std::pair<QChar, Escaped>> pieces;
        if (!answers.mid(0, starts.first()).trimmed().isEmpty())
            pieces.append({u'~', answers.mid(0, starts.first())});
        if (pieces.size() + starts.size() > 26) {
            problem(line,
                    QCoreApplication::translate("GiftFormat",
                                                "A question can have at most 26 answers."));
            return;
        }
        for (qsizetype s = 0; s < starts.size(); ++s) {
            const qsizetype begin = starts.at(s) + 1;
            const qsizetype end = s + 1 < starts.size() ? starts.at(s + 1) : answers.size();
            pieces.append({answers.text.at(starts.at(s)), answers.mid(begin, end - begin)});
        }
        for (const auto &[marker, piece] : pieces) {
            Answer answer;
            Escaped body = piece.trimmed();
            if (marker == u'=') {
                answer.correct = true;
            } else {
                const QRegularExpressionMatch weight = weightPattern().match(body.text);
                if (weight.hasMatch()) {
                    answer.correct
                        = weight.captured(1).isEmpty() && weight.captured(2).toDouble() > 0;
                    body = body.mid(weight.capturedLength());
                }
            }
            const qsizetype hash = body.indexOf(u"#");
            answer.text = parseText(hash >= 0 ? body.mid(0, hash) : body, stem.format);
            if (hash >= 0)
                answer.feedback = parseText(body.mid(hash + 1), stem.format);
            choices.append(answer);
        }
        if (choices.size() < 2) {
            problem(line,
                    QCoreApplication::translate(
                        "GiftFormat", "A multiple-choice question needs at least two answers."));
            return;
        }
    }
    const auto correctCount = std::count_if(choices.cbegin(), choices.cend(),
                                            [](const Answer &a) { return a.correct; });
    if (correctCount == 0) {
        problem(line,
                QCoreApplication::translate(
                    "GiftFormat",
                    "No answer is marked correct (with \"=\" or a positive weight such "
                    "as ~%50%)."));
        return;
    }

    // The question's language, decided once from its stem (docs of QuestionExchange).
    bool spans = QuestionExchange::hasMultilang(stem.text)
        || QuestionExchange::hasMultilang(explanation.text);
    for (const Answer &answer : choices) {
        spans = spans || QuestionExchange::hasMultilang(answer.text.text)
            || QuestionExchange::hasMultilang(answer.feedback.text);
    }
    const QString language = QuestionExchange::guessLanguage(
        spans ? QString(stem.text).remove(multilangSpans()) : stem.text);
    QStringList notes;
    const auto localized = [&](const RawText &raw) {
        LocalizedText result = QuestionExchange::splitMultilang(raw.text, language);
        if (raw.format == u"html") {
            for (QString *part : {&result.en, &result.ja}) {
                if (!part->isEmpty())
                    *part = QuestionExchange::htmlToMarkdown(*part, &notes);
            }
        }
        return result;
    };

    Question question;
    question.stem = localized(stem);
    question.explanation = localized(explanation);
    question.select = int(correctCount);
    question.type = correctCount == 1 ? Question::Type::Single : Question::Type::Multiple;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const Answer &answer = choices.at(i);
        Choice choice;
        choice.key = QChar(char16_t(u'A' + i));
        choice.correct = answer.correct;
        if (trueFalse) {
            const bool isTrueChoice = i == 0;
            const QString en = isTrueChoice ? u"True"_s : u"False"_s;
            const QString ja = isTrueChoice ? u"正しい"_s : u"誤り"_s;
            choice.text = spans     ? LocalizedText {en, ja}
                : language == u"ja" ? LocalizedText {QString(), ja}
                                    : LocalizedText {en, QString()};
        } else {
            choice.text = localized(answer.text);
        }
        choice.rationale = localized(answer.feedback);
        question.choices.append(choice);
    }

    if (metadataLine > 0) {
        QString error;
        if (!QuestionExchange::applyMetadata(metadata, &question, &error)) {
            problem(metadataLine,
                    QCoreApplication::translate("GiftFormat",
                                                "The Shiken metadata is not valid JSON: %1")
                        .arg(error));
            return;
        }
    }
    QuestionExchange::Read read;
    read.question = std::move(question);
    read.line = line;
    read.category = m_category;
    read.notes = notes;
    m_goesOn = m_take(std::move(read));
}

// Text as GIFT writes it: the reserved characters escaped, newlines as \n.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'~':
        case u'=':
        case u'#':
        case u'{':
        case u'}':
        case u':':
            out += u'\\';
            out += c;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

// An answer, feedback or explanation text; one that starts with "[" says its format, so that
// its own brackets are not taken for one.
QString giftText(const QString &text)
{
    return (text.startsWith(u'[') ? u"[markdown]"_s : QString()) + escaped(text);
}

} // namespace

void read(QIODevice &device, ReadResult *result, const Take &take)
{
    Reader reader(result, take);
    QList<Reader::Line> block;
    int number = 0;
    // Line by line: a block is held until the blank line after it, never the whole file. A
    // line's bytes are decoded alone, which reads UTF-8 as the whole would ('\n' is never
    // part of a character's bytes).
    while (reader.goesOn() && !device.atEnd()) {
        QByteArray bytes = device.readLine();
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (++number == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QString line = QString::fromUtf8(bytes);
        if (line.trimmed().isEmpty()) {
            if (!block.isEmpty())
                reader.readBlock(block);
            block.clear();
        } else {
            block.append({number, std::move(line)});
        }
    }
    if (reader.goesOn() && !block.isEmpty())
        reader.readBlock(block);
}

ReadResult read(const QByteArray &data)
{
    return QuestionExchange::readBytes(
        data, [](QIODevice &device, ReadResult *result, const QuestionExchange::Take &take) {
            read(device, result, take);
            return true;
        });
}

QByteArray write(const QList<Question> &questions, Languages languages)
{
    QString out;
    for (const Question &question : questions) {
        if (!out.isEmpty())
            out += u'\n';
        out += u"// shiken: "_s + QuestionExchange::metadataJson(question) + u'\n';
        if (!question.id.isEmpty())
            out += u"::"_s + escaped(question.id) + u"::"_s;
        out += u"[markdown]"_s + escaped(QuestionExchange::multilang(question.stem, languages))
            + u" {\n"_s;
        const auto correctCount = std::count_if(question.choices.cbegin(), question.choices.cend(),
                                                [](const Choice &c) { return c.correct; });
        const bool single = question.type == Question::Type::Single && correctCount == 1;
        for (const Choice &choice : question.choices) {
            const QString text = QuestionExchange::multilang(choice.text, languages);
            if (single && choice.correct)
                out += u'=';
            else if (single)
                // A text that starts like a weight gets a zero weight of its own.
                out += weightPattern().match(text).hasMatch() ? u"~%0%"_s : u"~"_s;
            else if (choice.correct)
                out += u"~%"_s + QuestionExchange::moodleGrade(correctCount) + u'%';
            else
                out += u"~%-100%"_s;
            out += giftText(text);
            const QString rationale = QuestionExchange::multilang(choice.rationale, languages);
            if (!rationale.isEmpty())
                out += u'#' + giftText(rationale);
            out += u'\n';
        }
        const QString explanation = QuestionExchange::multilang(question.explanation, languages);
        if (!explanation.isEmpty())
            out += u"####"_s + giftText(explanation) + u'\n';
        out += u"}\n"_s;
    }
    return out.toUtf8();
}

} // namespace GiftFormat
