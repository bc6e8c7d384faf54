#include "formats/questioncsvformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using QuestionExchange::Languages;
using QuestionExchange::Problem;
using QuestionExchange::Read;
using QuestionExchange::ReadResult;
using QuestionExchange::Take;

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

// A row as the file holds it: each field's bytes (UTF-8, quotes undone, a line end inside
// quotes made "\n") and the line the field starts on, and where the row starts.
struct RawRecord
{
    qint64 offset = 0;
    int line = 0;
    QByteArrayList fields;
    QList<int> fieldLines;
};

// Reads the rows of a CSV file (RFC 4180, with the given separator) from a device that can
// seek, in blocks, one row at a time. Rows are found on the bytes: no UTF-8 sequence holds an
// ASCII byte, so a quote, a separator or a line end is always one. seek() goes to a row found
// before. Two scanners may share a device: each reads its blocks from where it is.
class RowScanner
{
public:
    enum class Status { Row, End, OpenQuote };

    // blockSize: the bytes read at a time.
    RowScanner(QIODevice &device, char separator, qint64 blockSize)
        : m_device(device)
        , m_separator(separator)
        , m_blockSize(blockSize)
    { }

    // The next row. OpenQuote when a quoted field is never closed (the row then holds what
    // was read of it, to the end of the file).
    Status next(RawRecord *record)
    {
        if (peek() < 0)
            return Status::End;
        record->offset = pos();
        record->line = m_line;
        record->fields.clear();
        record->fieldLines.clear();
        for (;;) {
            QByteArray field;
            record->fieldLines.append(m_line);
            if (peek() == '"') {
                get();
                bool closed = false;
                for (int c; appendUntil(&field, '"', '\r', '\n'), (c = peek()) >= 0;) {
                    if (c == '"') {
                        get();
                        if (peek() != '"') {
                            closed = true;
                            break;
                        }
                        get();
                        field += '"';
                    } else {
                        skipLineEnd();
                        field += '\n';
                    }
                }
                if (!closed) {
                    record->fields.append(field);
                    return Status::OpenQuote;
                }
            }
            // An unquoted field, or what follows a closing quote (kept, as spreadsheets keep it).
            appendUntil(&field, m_separator, '\r', '\n');
            record->fields.append(field);
            if (peek() == m_separator) {
                get();
                continue;
            }
            if (peek() >= 0)
                skipLineEnd();
            return Status::Row;
        }
    }

    // To the row that starts at offset, on line.
    void seek(qint64 offset, int line)
    {
        m_line = line;
        if (offset >= m_bufferStart && offset <= m_bufferStart + m_buffer.size()) {
            m_next = offset - m_bufferStart;
            return;
        }
        m_bufferStart = offset;
        m_buffer.clear();
        m_next = 0;
    }

    qint64 pos() const { return m_bufferStart + m_next; }
    char separator() const { return m_separator; }

private:
    int peek()
    {
        if (m_next == m_buffer.size()) {
            m_bufferStart += m_buffer.size();
            if (m_device.pos() != m_bufferStart)
                m_device.seek(m_bufferStart);
            m_buffer = m_device.read(m_blockSize);
            m_next = 0;
            if (m_buffer.isEmpty())
                return -1;
        }
        return uchar(m_buffer.at(m_next));
    }

    int get()
    {
        const int c = peek();
        ++m_next;
        return c;
    }

    // Adds to field the bytes before the next of the three, or to the end of the file.
    void appendUntil(QByteArray *field, char a, char b, char c)
    {
        while (peek() >= 0) {
            const char *begin = m_buffer.constData() + m_next;
            const char *end = m_buffer.constData() + m_buffer.size();
            const char *stop = std::find_if(
                begin, end, [=](char byte) { return byte == a || byte == b || byte == c; });
            field->append(begin, stop - begin);
            m_next += stop - begin;
            if (stop != end)
                return;
        }
    }

    // A line end: CRLF, LF or a lone CR.
    void skipLineEnd()
    {
        if (get() == '\r' && peek() == '\n')
            get();
        ++m_line;
    }

    QIODevice &m_device;
    const char m_separator;
    const qint64 m_blockSize;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;
    qsizetype m_next = 0;
    int m_line = 1;
};

// The line of a row's first byte that is not UTF-8, or 0 when the row is UTF-8 text.
int firstLineNotUtf8(const RawRecord &record)
{
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QByteArray &field = record.fields.at(i);
        if (field.isValidUtf8())
            continue;
        // No UTF-8 sequence holds a line feed byte, so each line of the field is UTF-8 or not.
        int line = record.fieldLines.at(i);
        for (const QByteArray &part : field.split('\n')) {
            if (!part.isValidUtf8())
                return line;
            ++line;
        }
    }
    return 0;
}

Record decoded(const RawRecord &raw)
{
    Record record {raw.line, {}};
    record.fields.reserve(raw.fields.size());
    for (const QByteArray &field : raw.fields)
        record.fields.append(QString::fromUtf8(field));
    return record;
}

bool isEmpty(const RawRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QByteArray &field) { return field.trimmed().isEmpty(); });
}

// The separator: a comma, or ';' or a tab when the header line has them and no comma.
char separatorOf(const QByteArray &firstLine)
{
    if (firstLine.contains(',') || (!firstLine.contains(';') && !firstLine.contains('\t')))
        return ',';
    return firstLine.count('\t') > firstLine.count(';') ? '\t' : ';';
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

void readUtf8(QIODevice &device, ReadResult *result, const Take &take)
{
    const qsizetype problemsBefore = result->problems.size();
    const QByteArray start = device.peek(64 * 1024);
    const qint64 bom = start.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QByteArray firstLine = start.sliced(bom);
    if (const qsizetype end = firstLine.indexOf('\n'); end >= 0)
        firstLine.truncate(end);
    RowScanner scanner(device, separatorOf(firstLine), 64 * 1024);
    scanner.seek(device.pos() + bom, 1);

    // The first reading: every row checked for UTF-8 and closing quotes, the header read, and
    // where each row starts kept with the next row of the same question (a question in two
    // languages is two rows with one id, anywhere in the file).
    struct Place
    {
        qint64 offset = 0;
        int line = 0;
        qsizetype next = -1; // the question's next row
        bool first = true; // the question's first row
    };
    QList<Place> places;
    QHash<QString, qsizetype> lastOfId;
    std::optional<Record> header;
    int idColumn = -1;
    RawRecord raw;
    for (;;) {
        const RowScanner::Status status = scanner.next(&raw);
        if (status == RowScanner::Status::End)
            break;
        if (const int line = firstLineNotUtf8(raw)) {
            result->problems.append({line,
                                     QCoreApplication::translate("QuestionCsvFormat",
                                                                 "the file is not UTF-8 text: "
                                                                 "save it as \"CSV UTF-8\"")});
            return;
        }
        if (status == RowScanner::Status::OpenQuote) {
            result->problems.append({raw.fieldLines.constLast(),
                                     QCoreApplication::translate("QuestionCsvFormat",
                                                                 "a quoted field starts here but "
                                                                 "its closing quote is missing")});
            return;
        }
        if (isEmpty(raw))
            continue;
        if (!header) {
            header = decoded(raw);
            for (qsizetype i = 0; idColumn < 0 && i < header->fields.size(); ++i) {
                if (normalizedHeader(header->fields.at(i)) == columnName(Id))
                    idColumn = int(i);
            }
            continue;
        }
        places.append({raw.offset, raw.line});
        const QString id = idColumn >= 0 && idColumn < raw.fields.size()
            ? QString::fromUtf8(raw.fields.at(idColumn)).trimmed()
            : QString();
        if (id.isEmpty())
            continue;
        const auto last = lastOfId.find(id);
        if (last != lastOfId.end()) {
            places[*last].next = places.size() - 1;
            places.last().first = false;
            *last = places.size() - 1;
        } else {
            lastOfId.insert(id, places.size() - 1);
        }
    }
    lastOfId.clear();
    if (!header)
        return;

    // The header: which column each field is.
    QList<int> columnOf;
    QStringList unknown;
    QStringList known;
    for (int column = 0; column < ColumnCount; ++column)
        known.append(columnName(column));
    for (const QString &name : std::as_const(header->fields)) {
        const QString normalized = normalizedHeader(name);
        const int column = int(known.indexOf(normalized));
        if (normalized.isEmpty()) {
            columnOf.append(-1);
        } else if (column < 0) {
            unknown.append(u'"' + name.trimmed() + u'"');
            columnOf.append(-1);
        } else if (columnOf.contains(column)) {
            result->problems.append({header->line,
                                     QCoreApplication::translate("QuestionCsvFormat",
                                                                 "the column \"%1\" is named twice")
                                         .arg(known.at(column))});
            columnOf.append(-1);
        } else {
            columnOf.append(column);
        }
    }
    if (!unknown.isEmpty()) {
        result->problems.append({header->line,
                                 QCoreApplication::translate("QuestionCsvFormat",
                                                             "unknown column %1 (the columns "
                                                             "are %2)")
                                     .arg(unknown.join(u", "_s), known.join(u", "_s))});
    }
    for (const int required : {int(Stem), int(ChoiceA), ChoiceA + 1, int(Correct)}) {
        if (!columnOf.contains(required)) {
            result->problems.append(
                {header->line,
                 QCoreApplication::translate("QuestionCsvFormat", "the column \"%1\" is missing")
                     .arg(known.at(required))});
        }
    }
    if (result->problems.size() > problemsBefore)
        return;

    // The second reading: each question made from its rows, its second language merged into
    // its first row, and handed on. A row read out of turn (a question's second row, further
    // down) is skipped when the reading comes to it. Those rows have a scanner of their own, so
    // that two parts of the file are each read once, block by block, whether a question's rows
    // are side by side or each language has its part of the file. (Its blocks are smaller: in a
    // spreadsheet sorted by another column, each of those rows may be somewhere else.)
    RowReader reader(columnOf, result);
    RowScanner later(device, scanner.separator(), 8 * 1024);
    const auto rowAt = [&](qsizetype index) {
        RowScanner &from = places.at(index).first ? scanner : later;
        from.seek(places.at(index).offset, places.at(index).line);
        // (A file changed since the first reading may end sooner.)
        return from.next(&raw) == RowScanner::Status::Row ? reader.read(decoded(raw))
                                                          : std::nullopt;
    };
    for (qsizetype index = 0; index < places.size(); ++index) {
        if (!places.at(index).first)
            continue;
        std::optional<Read> question;
        QHash<QString, int> lineOfLanguage;
        for (qsizetype at = index; at >= 0; at = places.at(at).next) {
            std::optional<Row> row = rowAt(at);
            if (!row)
                continue;
            if (!question) {
                lineOfLanguage.insert(row->language, row->line);
                question = Read {std::move(row->question), row->line, {}, {}};
                continue;
            }
            const QString &id = question->question.id;
            if (lineOfLanguage.contains(row->language)) {
                result->problems.append(
                    {row->line,
                     QCoreApplication::translate("QuestionCsvFormat",
                                                 "question \"%1\" already has a row in this "
                                                 "language (%2) on line %3")
                         .arg(id, row->language)
                         .arg(lineOfLanguage.value(row->language))});
                continue;
            }
            Question &first = question->question;
            if (first.choices.size() != row->question.choices.size()) {
                result->problems.append(
                    {row->line,
                     QCoreApplication::translate("QuestionCsvFormat",
                                                 "question \"%1\" has %2 choices here but "
                                                 "%3 on line %4")
                         .arg(id)
                         .arg(row->question.choices.size())
                         .arg(first.choices.size())
                         .arg(question->line)});
                continue;
            }
            if (const int column = firstDifference(first, row->question); column >= 0) {
                result->problems.append(
                    {row->line,
                     QCoreApplication::translate("QuestionCsvFormat",
                                                 "the column \"%1\" of question \"%2\" "
                                                 "differs from its row on line %3")
                         .arg(known.at(column), id)
                         .arg(question->line)});
                continue;
            }
            merge(&first, row->question, row->language);
            lineOfLanguage.insert(row->language, row->line);
        }
        if (question && !take(std::move(*question)))
            return; // stopped: the rest is not read (its problems are not looked for)
    }
    // In the order of their lines, as a reading from top to bottom finds them.
    std::stable_sort(result->problems.begin() + problemsBefore, result->problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
}

} // namespace

void read(QIODevice &device, ReadResult *result, const Take &take)
{
    const std::optional<QStringConverter::Encoding> encoding
        = QStringConverter::encodingForData(device.peek(4));
    if (!encoding || *encoding == QStringConverter::Utf8) {
        readUtf8(device, result, take);
        return;
    }
    // UTF-16 or UTF-32 (Excel's "Unicode text"), as its byte order mark says: made UTF-8 whole,
    // then read as a UTF-8 file is.
    QStringDecoder decoder(*encoding);
    const QString text = decoder(device.readAll());
    if (decoder.hasError()) {
        result->problems.append(
            {1,
             QCoreApplication::translate("QuestionCsvFormat",
                                         "the file is not UTF-8 text: save it as "
                                         "\"CSV UTF-8\"")});
        return;
    }
    QByteArray utf8 = text.toUtf8();
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    readUtf8(buffer, result, take);
}

ReadResult read(const QByteArray &data)
{
    return QuestionExchange::readBytes(data,
                                       [](QIODevice &device, ReadResult *result, const Take &take) {
                                           read(device, result, take);
                                           return true;
                                       });
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
