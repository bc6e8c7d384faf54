#include "formats/questioncsvformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using QuestionExchange::Languages;
using QuestionExchange::Read;
using QuestionExchange::ReadResult;

namespace QuestionCsvFormat {

namespace {

constexpr int maxChoices = 8;

// The columns, in the order the writer writes them.
enum Column {
    Id,
    Domain,
    Task,
    Topics,
    Difficulty,
    Type,
    Language,
    Stem,
    ChoiceA,
    Correct = ChoiceA + maxChoices,
    RationaleA,
    Explanation = RationaleA + maxChoices,
    References,
    Group,
    ColumnCount
};

// The name of a column in the header.
QString columnName(int column)
{
    static const QStringList names = [] {
        QStringList list {u"id"_s,         u"domain"_s, u"task"_s,     u"topics"_s,
                          u"difficulty"_s, u"type"_s,   u"language"_s, u"stem"_s};
        for (int i = 0; i < maxChoices; ++i)
            list.append(u"choice_"_s + QChar(char16_t(u'a' + i)));
        list.append(u"correct"_s);
        for (int i = 0; i < maxChoices; ++i)
            list.append(u"rationale_"_s + QChar(char16_t(u'a' + i)));
        list.append({u"explanation"_s, u"references"_s, u"group"_s});
        return list;
    }();
    return names.at(column);
}

// The key of the choice at index: A, B, ...
QString keyOf(int index)
{
    return QString(QChar(char16_t(u'A' + index)));
}

// One row of the file: its fields and the line it starts on.
struct Record
{
    int line = 0;
    QStringList fields;
};

// The rows of the text (RFC 4180, with the given separator); false, with the line of the
// quote, when a quoted field is never closed.
bool parseRecords(const QString &text, QChar separator, QList<Record> *records, int *openQuoteLine)
{
    int line = 1;
    Record record {1, {}};
    QString field;
    const qsizetype size = text.size();
    qsizetype i = 0;
    const auto endOfLine = [&](qsizetype at) {
        // The length of the line end at "at" (CRLF, LF or a lone CR), or 0.
        if (at >= size)
            return 0;
        if (text[at] == u'\r')
            return at + 1 < size && text[at + 1] == u'\n' ? 2 : 1;
        return text[at] == u'\n' ? 1 : 0;
    };
    for (;;) {
        if (i < size && text[i] == u'"') {
            const int quoteLine = line;
            bool closed = false;
            for (++i; i < size;) {
                if (text[i] == u'"') {
                    if (i + 1 < size && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (const int eol = endOfLine(i)) {
                    field += u'\n';
                    i += eol;
                    ++line;
                    continue;
                }
                field += text[i++];
            }
            if (!closed) {
                *openQuoteLine = quoteLine;
                return false;
            }
        }
        // An unquoted field, or what follows a closing quote (kept, as spreadsheets keep it).
        while (i < size && text[i] != separator && !endOfLine(i))
            field += text[i++];
        record.fields.append(field);
        field.clear();
        if (i < size && text[i] == separator) {
            ++i;
            continue;
        }
        if (const int eol = endOfLine(i)) {
            i += eol;
            ++line;
        }
        records->append(record);
        record = {line, {}};
        if (i >= size)
            break;
    }
    return true;
}

// The text of the file: UTF-8 (with or without a byte order mark) or, when a byte order mark
// says so, UTF-16 or UTF-32 (Excel's "Unicode text"). Empty, with the line, when it is not.
std::optional<QString> decode(const QByteArray &data, int *badLine)
{
    const std::optional<QStringConverter::Encoding> encoding
        = QStringConverter::encodingForData(data);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    QString text = decoder(data);
    if (!decoder.hasError())
        return text;
    *badLine = 1;
    if (encoding.value_or(QStringConverter::Utf8) == QStringConverter::Utf8) {
        // No UTF-8 sequence holds a line feed byte, so each line decodes on its own.
        for (const QByteArray &line : data.split('\n')) {
            QStringDecoder lineDecoder(QStringConverter::Utf8);
            (void)QString(lineDecoder(line));
            if (lineDecoder.hasError())
                break;
            ++*badLine;
        }
    }
    return std::nullopt;
}

// The separator: a comma, or ';' or a tab when the header line has them and no comma.
QChar separatorOf(const QString &text)
{
    const QStringView firstLine = QStringView(text).left(text.indexOf(u'\n'));
    if (firstLine.contains(u',') || (!firstLine.contains(u';') && !firstLine.contains(u'\t')))
        return u',';
    return firstLine.count(u'\t') > firstLine.count(u';') ? u'\t' : u';';
}

// A header name as the columns are named: "Choice A" and "choice-a" are choice_a.
QString normalizedHeader(const QString &name)
{
    QString normalized = name.trimmed().toLower();
    normalized.replace(u' ', u'_');
    normalized.replace(u'-', u'_');
    return normalized;
}

// A text with its line ends as "\n", the way Shiken stores them.
QString normalizedText(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

// The references of a cell: one a line, "title <url>" or a title alone.
QList<Reference> parseReferences(const QString &cell)
{
    static const QRegularExpression withUrl(uR"(^(.*?)\s*<([^<>]*)>$)"_s);
    QList<Reference> references;
    for (const QString &raw : cell.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = withUrl.match(line);
        if (match.hasMatch())
            references.append({match.captured(1).trimmed(), match.captured(2).trimmed()});
        else
            references.append({line, QString()});
    }
    return references;
}

// The inverse of parseReferences.
QString formatReferences(const QList<Reference> &references)
{
    QStringList lines;
    for (const Reference &reference : references) {
        lines.append(reference.url.isEmpty() ? reference.title
                         : reference.title.isEmpty()
                         ? u'<' + reference.url + u'>'
                         : reference.title + u" <"_s + reference.url + u'>');
    }
    return lines.join(u'\n');
}

// A row read into a question in the row's language.
struct Row
{
    int line = 0;
    QString language;
    Question question;
};

// Reads the rows of a file with a given header into questions, reporting their problems.
class RowReader
{
public:
    RowReader(const QList<int> &columnOf, ReadResult *result)
        : m_columnOf(columnOf)
        , m_result(result)
    { }

    // The question of a row, or nothing when the row has problems (added to the result).
    std::optional<Row> read(const Record &record)
    {
        m_record = &record;
        m_problems = 0;
        const qsizetype named = m_columnOf.size();
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if ((i >= named || m_columnOf.at(i) < 0) && !record.fields.at(i).trimmed().isEmpty()) {
                problem(QCoreApplication::translate("QuestionCsvFormat",
                                                    "field %1 has a value but the header names no "
                                                    "column for it")
                            .arg(i + 1));
                break;
            }
        }

        Row row;
        row.line = record.line;
        Question &q = row.question;
        q.id = cell(Id).trimmed();
        q.domain = cell(Domain).trimmed();
        q.task = cell(Task).trimmed();
        static const QRegularExpression topicSeparators(u"[\\s,;]+"_s);
        q.topics = cell(Topics).split(topicSeparators, Qt::SkipEmptyParts);
        q.group = cell(Group).trimmed();
        q.references = parseReferences(normalizedText(cell(References)));

        const QString difficulty = cell(Difficulty).trimmed();
        if (!difficulty.isEmpty()) {
            bool ok = false;
            q.difficulty = difficulty.toInt(&ok);
            if (!ok || q.difficulty < 1 || q.difficulty > 3)
                problem(QCoreApplication::translate("QuestionCsvFormat",
                                                    "the difficulty \"%1\" is not 1, 2 or 3")
                            .arg(difficulty));
        }

        const QString stem = normalizedText(cell(Stem));
        const QString language = cell(Language).trimmed().toLower();
        if (language.isEmpty())
            row.language = QuestionExchange::guessLanguage(stem);
        else if (language.startsWith(u"en"_s) || language.startsWith(u"ja"_s))
            row.language = language.left(2);
        else
            problem(QCoreApplication::translate("QuestionCsvFormat",
                                                "unknown language \"%1\" (use en or ja)")
                        .arg(cell(Language).trimmed()));
        const auto in = [&row](LocalizedText *text, const QString &value) {
            (row.language == u"ja" ? text->ja : text->en) = value;
        };
        if (stem.trimmed().isEmpty())
            problem(QCoreApplication::translate("QuestionCsvFormat", "the stem is empty"));
        in(&q.stem, stem);
        in(&q.explanation, normalizedText(cell(Explanation)));

        int given = 0;
        for (int i = 0; i < maxChoices; ++i) {
            const QString text = normalizedText(cell(ChoiceA + i));
            const QString rationale = normalizedText(cell(RationaleA + i));
            if (text.trimmed().isEmpty()) {
                if (!rationale.trimmed().isEmpty())
                    problem(QCoreApplication::translate("QuestionCsvFormat",
                                                        "%1 is given but %2 is empty")
                                .arg(columnName(RationaleA + i), columnName(ChoiceA + i)));
                continue;
            }
            if (given < i) {
                problem(
                    QCoreApplication::translate("QuestionCsvFormat", "%1 is empty but %2 is given")
                        .arg(columnName(ChoiceA + given), columnName(ChoiceA + i)));
            }
            Choice choice;
            choice.key = keyOf(int(q.choices.size()));
            in(&choice.text, text);
            in(&choice.rationale, rationale);
            q.choices.append(choice);
            given = i + 1;
        }
        if (q.choices.size() < 2)
            problem(QCoreApplication::translate("QuestionCsvFormat",
                                                "a question needs at least 2 choices"));

        readCorrect(&q);
        readType(&q);
        return m_problems == 0 ? std::optional<Row>(row) : std::nullopt;
    }

private:
    // The row's value in a column; empty when the file lacks the column.
    QString cell(int column) const
    {
        const qsizetype index = m_columnOf.indexOf(column);
        return index >= 0 && index < m_record->fields.size() ? m_record->fields.at(index)
                                                             : QString();
    }

    void problem(const QString &message)
    {
        m_result->problems.append({m_record->line, message});
        ++m_problems;
    }

    // Marks the choices that the column correct names.
    void readCorrect(Question *q)
    {
        const QString correct = cell(Correct).trimmed();
        if (correct.isEmpty()) {
            problem(QCoreApplication::translate("QuestionCsvFormat",
                                                "no correct answer: the column correct is empty"));
            return;
        }
        // "AC", "A, C", "a c": letters, whatever separates them.
        static const QRegularExpression separators(u"[\\s,;/|+&]+"_s);
        QString keys = correct.toUpper();
        keys.remove(separators);
        for (const QChar key : std::as_const(keys)) {
            const qsizetype index = key.unicode() - u'A';
            if (index < 0 || index >= q->choices.size()) {
                problem(q->choices.isEmpty()
                            ? QCoreApplication::translate("QuestionCsvFormat",
                                                          "the correct answer \"%1\" names no "
                                                          "choice")
                                  .arg(correct)
                            : QCoreApplication::translate("QuestionCsvFormat",
                                                          "the correct answer \"%1\" names no "
                                                          "choice (the choices are A to %2)")
                                  .arg(correct, keyOf(int(q->choices.size()) - 1)));
                return;
            }
            q->choices[index].correct = true;
        }
    }

    // The type and select from the correct choices; the column type must agree.
    void readType(Question *q)
    {
        const int correct = int(q->correctKeys().size());
        const QString type = cell(Type).trimmed().toLower();
        q->type = correct > 1 ? Question::Type::Multiple : Question::Type::Single;
        q->select = std::max(correct, 1);
        if (correct == 0 || type.isEmpty())
            return;
        if (type != u"single" && type != u"multiple") {
            problem(QCoreApplication::translate("QuestionCsvFormat",
                                                "unknown type \"%1\" (use single or multiple)")
                        .arg(cell(Type).trimmed()));
        } else if (type == u"single" && correct > 1) {
            problem(QCoreApplication::translate("QuestionCsvFormat",
                                                "the type is single but %1 choices are correct")
                        .arg(correct));
        } else if (type == u"multiple" && correct == 1) {
            problem(QCoreApplication::translate(
                "QuestionCsvFormat", "the type is multiple but only one choice is correct"));
        }
    }

    const QList<int> &m_columnOf;
    ReadResult *m_result;
    const Record *m_record = nullptr;
    int m_problems = 0;
};

// The columns whose values a question's rows in two languages must share: the first that
// differs, or -1.
int firstDifference(const Question &a, const Question &b)
{
    if (a.domain != b.domain)
        return Domain;
    if (a.task != b.task)
        return Task;
    if (a.topics != b.topics)
        return Topics;
    if (a.difficulty != b.difficulty)
        return Difficulty;
    if (a.type != b.type)
        return Type;
    if (a.correctKeys() != b.correctKeys())
        return Correct;
    if (a.references != b.references)
        return References;
    if (a.group != b.group)
        return Group;
    return -1;
}

// Adds the second language's texts of a question to it.
void merge(Question *into, const Question &from, const QString &language)
{
    const auto take = [&language](LocalizedText *text, const LocalizedText &other) {
        (language == u"ja" ? text->ja : text->en) = other.exactly(language);
    };
    take(&into->stem, from.stem);
    take(&into->explanation, from.explanation);
    for (qsizetype i = 0; i < into->choices.size(); ++i) {
        take(&into->choices[i].text, from.choices.at(i).text);
        take(&into->choices[i].rationale, from.choices.at(i).rationale);
    }
}

// A field, quoted when it holds a separator, a quote or a line end.
QString quoted(const QString &value)
{
    static const QRegularExpression special(u"[,;\"\\r\\n\\t]"_s);
    if (!value.contains(special))
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

// A question's row in one language.
QString row(const Question &q, const QString &language)
{
    QStringList fields(ColumnCount);
    fields[Id] = q.id;
    fields[Domain] = q.domain;
    fields[Task] = q.task;
    fields[Topics] = q.topics.join(u' ');
    fields[Difficulty] = QString::number(q.difficulty);
    fields[Type] = Question::typeName(q.type);
    fields[Language] = language;
    fields[Stem] = q.stem.exactly(language);
    for (qsizetype i = 0; i < q.choices.size() && i < maxChoices; ++i) {
        fields[ChoiceA + i] = q.choices.at(i).text.exactly(language);
        fields[RationaleA + i] = q.choices.at(i).rationale.exactly(language);
    }
    fields[Correct] = q.correctKeys();
    fields[Explanation] = q.explanation.exactly(language);
    fields[References] = formatReferences(q.references);
    fields[Group] = q.group;
    for (QString &field : fields)
        field = quoted(field);
    return fields.join(u',') + u"\r\n"_s;
}

} // namespace

ReadResult read(const QByteArray &data)
{
    ReadResult result;
    int badLine = 0;
    const std::optional<QString> text = decode(data, &badLine);
    if (!text) {
        result.problems.append(
            {badLine,
             QCoreApplication::translate("QuestionCsvFormat",
                                         "the file is not UTF-8 text: save it as "
                                         "\"CSV UTF-8\"")});
        return result;
    }

    QList<Record> records;
    int openQuoteLine = 0;
    if (!parseRecords(*text, separatorOf(*text), &records, &openQuoteLine)) {
        result.problems.append(
            {openQuoteLine,
             QCoreApplication::translate("QuestionCsvFormat",
                                         "a quoted field starts here but its closing quote is "
                                         "missing")});
        return result;
    }
    const auto isEmpty = [](const Record &record) {
        return std::all_of(record.fields.cbegin(), record.fields.cend(),
                           [](const QString &field) { return field.trimmed().isEmpty(); });
    };
    records.removeIf(isEmpty);
    if (records.isEmpty())
        return result;

    // The header: which column each field is.
    const Record &header = records.constFirst();
    QList<int> columnOf;
    QStringList unknown;
    QStringList known;
    for (int column = 0; column < ColumnCount; ++column)
        known.append(columnName(column));
    for (const QString &name : header.fields) {
        const QString normalized = normalizedHeader(name);
        const int column = int(known.indexOf(normalized));
        if (normalized.isEmpty()) {
            columnOf.append(-1);
        } else if (column < 0) {
            unknown.append(u'"' + name.trimmed() + u'"');
            columnOf.append(-1);
        } else if (columnOf.contains(column)) {
            result.problems.append({header.line,
                                    QCoreApplication::translate("QuestionCsvFormat",
                                                                "the column \"%1\" is named twice")
                                        .arg(known.at(column))});
            columnOf.append(-1);
        } else {
            columnOf.append(column);
        }
    }
    if (!unknown.isEmpty()) {
        result.problems.append({header.line,
                                QCoreApplication::translate("QuestionCsvFormat",
                                                            "unknown column %1 (the columns "
                                                            "are %2)")
                                    .arg(unknown.join(u", "_s), known.join(u", "_s))});
    }
    for (const int required : {int(Stem), int(ChoiceA), ChoiceA + 1, int(Correct)}) {
        if (!columnOf.contains(required)) {
            result.problems.append(
                {header.line,
                 QCoreApplication::translate("QuestionCsvFormat", "the column \"%1\" is missing")
                     .arg(known.at(required))});
        }
    }
    if (!result.problems.isEmpty())
        return result;

    // The rows, a question's second language merged into its first row.
    RowReader reader(columnOf, &result);
    struct Seen
    {
        qsizetype index;
        QHash<QString, int> lineOfLanguage;
    };
    QHash<QString, Seen> byId;
    for (qsizetype r = 1; r < records.size(); ++r) {
        std::optional<Row> row = reader.read(records.at(r));
        if (!row)
            continue;
        const QString &id = row->question.id;
        const auto seen = id.isEmpty() ? byId.end() : byId.find(id);
        if (seen == byId.end()) {
            if (!id.isEmpty())
                byId.insert(id, {result.questions.size(), {{row->language, row->line}}});
            result.questions.append(Read {row->question, row->line, {}, {}});
            continue;
        }
        if (seen->lineOfLanguage.contains(row->language)) {
            result.problems.append(
                {row->line,
                 QCoreApplication::translate("QuestionCsvFormat",
                                             "question \"%1\" already has a row in this language "
                                             "(%2) on line %3")
                     .arg(id, row->language)
                     .arg(seen->lineOfLanguage.value(row->language))});
            continue;
        }
        Question &first = result.questions[seen->index].question;
        const int firstLine = result.questions.at(seen->index).line;
        if (first.choices.size() != row->question.choices.size()) {
            result.problems.append(
                {row->line,
                 QCoreApplication::translate("QuestionCsvFormat",
                                             "question \"%1\" has %2 choices here but "
                                             "%3 on line %4")
                     .arg(id)
                     .arg(row->question.choices.size())
                     .arg(first.choices.size())
                     .arg(firstLine)});
            continue;
        }
        if (const int column = firstDifference(first, row->question); column >= 0) {
            result.problems.append(
                {row->line,
                 QCoreApplication::translate("QuestionCsvFormat",
                                             "the column \"%1\" of question \"%2\" "
                                             "differs from its row on line %3")
                     .arg(known.at(column), id)
                     .arg(firstLine)});
            continue;
        }
        merge(&first, row->question, row->language);
        seen->lineOfLanguage.insert(row->language, row->line);
    }
    return result;
}

QByteArray write(const QList<Question> &questions, Languages languages)
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(columnName(column));
    QString text = header.join(u',') + u"\r\n"_s;
    for (const Question &question : questions) {
        const bool en = question.stem.has(u"en");
        const bool ja = question.stem.has(u"ja");
        // A question without the language asked for is written in the one it has, rather
        // than lost.
        if (languages == Languages::Both) {
            if (en || !ja)
                text += row(question, u"en"_s);
            if (ja)
                text += row(question, u"ja"_s);
        } else if (languages == Languages::English) {
            text += row(question, en || !ja ? u"en"_s : u"ja"_s);
        } else {
            text += row(question, ja || !en ? u"ja"_s : u"en"_s);
        }
    }
    return "\xEF\xBB\xBF"_ba + text.toUtf8();
}

} // namespace QuestionCsvFormat
