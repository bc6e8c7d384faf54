#include "bank/bankreader.h"

#include "bank/jsonstream.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr auto questionsFormat = "shiken-questions/1"_L1;
constexpr auto blueprintFormat = "shiken-blueprint/1"_L1;
constexpr auto topicsFormat = "shiken-topics/1"_L1;

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"\\A[a-z0-9][a-z0-9-]*\\z"_s);
    return pattern.match(id).hasMatch();
}

// Collects the issues of one file, so every check reads as one line.
class Reporter
{
public:
    Reporter(QString file, BankIssues *issues)
        : m_file(std::move(file))
        , m_issues(issues)
    { }

    void add(const QString &questionId, const QString &field, const QString &message)
    {
        ++m_count;
        if (m_issues)
            m_issues->append({m_file, questionId, field, message});
    }
    void fileIssue(const QString &message) { add({}, {}, message); }
    int count() const { return m_count; }
    const QString &file() const { return m_file; }

private:
    QString m_file;
    BankIssues *m_issues;
    int m_count = 0;
};

// Parses a whole document; a syntax error is reported with its line and column.
std::optional<QJsonObject> parseDocument(const QByteArray &json, Reporter &reporter)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        reporter.fileIssue(BankReader::tr("line %1, column %2: invalid JSON: %3")
                               .arg(line)
                               .arg(column)
                               .arg(error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reporter.fileIssue(BankReader::tr("the file must hold one JSON object"));
        return std::nullopt;
    }
    return document.object();
}

void checkKnownFields(const QJsonObject &object, const QSet<QString> &known, Reporter &reporter,
                      const QString &questionId, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            reporter.add(questionId, prefix + it.key(),
                         BankReader::tr("unknown field (check the spelling)"));
        }
    }
}

// Reads {"en": ..., "ja": ...}, nothing else. With both, each language must be there and not
// empty (the bank's rule); without, either may be missing or empty (the languages a question
// needs are checked with the question).
LocalizedText readText(const QJsonValue &value, Reporter &reporter, const QString &questionId,
                       const QString &field, bool both = true)
{
    LocalizedText text;
    if (!value.isObject()) {
        reporter.add(questionId, field,
                     both ? BankReader::tr("must be an object with \"en\" and \"ja\" texts")
                          : BankReader::tr("must be an object with an \"en\" or \"ja\" text"));
        return text;
    }
    const QJsonObject object = value.toObject();
    checkKnownFields(object, {u"en"_s, u"ja"_s}, reporter, questionId, field + u'.');
    for (const auto &language : {u"en"_s, u"ja"_s}) {
        const QJsonValue part = object.value(language);
        if (both && (!part.isString() || part.toString().trimmed().isEmpty()))
            reporter.add(questionId, field + u'.' + language, BankReader::tr("missing or empty"));
        else if (!part.isUndefined() && !part.isString())
            reporter.add(questionId, field + u'.' + language, BankReader::tr("must be a text"));
    }
    text.en = object.value(u"en"_s).toString();
    text.ja = object.value(u"ja"_s).toString();
    return text;
}

QString readString(const QJsonObject &object, const QString &key, Reporter &reporter,
                   const QString &questionId, bool required = true)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            reporter.add(questionId, key, BankReader::tr("missing"));
        return {};
    }
    if (!value.isString() || value.toString().isEmpty()) {
        reporter.add(questionId, key, BankReader::tr("must be a non-empty string"));
        return {};
    }
    return value.toString();
}

int readInt(const QJsonObject &object, const QString &key, Reporter &reporter,
            const QString &questionId, int minimum, int maximum)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum) {
        reporter.add(
            questionId, key,
            BankReader::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return minimum;
    }
    return int(number);
}

// The stem must not carry the "Choose N" instruction: the application renders it.
bool carriesSelectInstruction(const LocalizedText &stem)
{
    static const QRegularExpression english(
        u"\\(\\s*(choose|select)\\s+(one|two|three|four|\\d)\\s*\\.?\\s*\\)|\\b(choose|select)\\s+(two|three|four)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression japanese(u"[0-9０-９一二三四]\\s*つ(を)?(選択|選んで)"_s);
    return english.match(stem.en).hasMatch() || japanese.match(stem.ja).hasMatch();
}

// A question may be in one language or both: the languages of its stem. Every choice then has
// a text in each of them, and no text is in a language the stem lacks.
void checkLanguages(const Question &question, Reporter &reporter)
{
    const QString &id = question.id;
    QStringList languages;
    for (const auto &language : {u"en"_s, u"ja"_s}) {
        if (question.stem.has(language))
            languages.append(language);
    }
    if (languages.isEmpty()) {
        reporter.add(id, u"stem"_s, BankReader::tr("needs a text in English or Japanese"));
        return;
    }
    const auto check = [&](const LocalizedText &text, const QString &field, bool required) {
        for (const auto &language : {u"en"_s, u"ja"_s}) {
            const bool given = text.has(language);
            if (required && !given && languages.contains(language))
                reporter.add(id, field + u'.' + language, BankReader::tr("missing or empty"));
            else if (given && !languages.contains(language))
                reporter.add(id, field + u'.' + language,
                             BankReader::tr("the stem has no text in this language"));
        }
    };
    for (qsizetype i = 0; i < question.choices.size(); ++i) {
        const QString field = u"choices[%1]"_s.arg(i);
        check(question.choices.at(i).text, field + u".text"_s, true);
        check(question.choices.at(i).rationale, field + u".rationale"_s, false);
    }
    check(question.explanation, u"explanation"_s, false);
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

QStringList jsonFilesIn(const QString &directory)
{
    QStringList files;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

QString BankReader::displayName(const QString &path)
{
    if (path.startsWith(u":/"_s))
        return path.mid(2);
    return QDir::cleanPath(path);
}

std::optional<Blueprint> BankReader::parseBlueprint(const QByteArray &json, const QString &file,
                                                    BankIssues *issues)
{
    Reporter reporter(file, issues);
    const auto object = parseDocument(json, reporter);
    if (!object)
        return std::nullopt;

    Blueprint blueprint;
    const QString none;
    checkKnownFields(*object,
                     {u"format"_s, u"id"_s, u"title"_s, u"questionCount"_s, u"durationMinutes"_s,
                      u"scale"_s, u"passingScore"_s, u"domains"_s},
                     reporter, none, {});
    if (object->value(u"format"_s).toString() != blueprintFormat)
        reporter.add(none, u"format"_s, tr("must be \"%1\"").arg(blueprintFormat));
    blueprint.id = readString(*object, u"id"_s, reporter, none);
    if (!blueprint.id.isEmpty() && !isValidId(blueprint.id))
        reporter.add(none, u"id"_s, tr("must match [a-z0-9][a-z0-9-]*"));
    blueprint.title = readText(object->value(u"title"_s), reporter, none, u"title"_s);
    blueprint.questionCount = readInt(*object, u"questionCount"_s, reporter, none, 1, 1000);
    blueprint.durationMinutes = readInt(*object, u"durationMinutes"_s, reporter, none, 1, 1000);
    const QJsonObject scale = object->value(u"scale"_s).toObject();
    checkKnownFields(scale, {u"min"_s, u"max"_s}, reporter, none, u"scale."_s);
    blueprint.scaleMin = readInt(scale, u"min"_s, reporter, none, 0, 100000);
    blueprint.scaleMax = readInt(scale, u"max"_s, reporter, none, blueprint.scaleMin + 1, 100000);
    blueprint.passingScore = readInt(*object, u"passingScore"_s, reporter, none, blueprint.scaleMin,
                                     blueprint.scaleMax);

    const QJsonArray domains = object->value(u"domains"_s).toArray();
    if (domains.isEmpty())
        reporter.add(none, u"domains"_s, tr("must list at least one domain"));
    QSet<QString> domainIds, taskIds;
    int weightSum = 0;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QJsonObject d = domains.at(i).toObject();
        const QString field = u"domains[%1]"_s.arg(i);
        checkKnownFields(d, {u"id"_s, u"name"_s, u"weight"_s, u"tasks"_s}, reporter, none,
                         field + u'.');
        Domain domain;
        domain.id = d.value(u"id"_s).toString();
        if (domain.id.isEmpty() || domainIds.contains(domain.id))
            reporter.add(none, field + u".id"_s, tr("missing or not unique"));
        domainIds.insert(domain.id);
        domain.name = readText(d.value(u"name"_s), reporter, none, field + u".name"_s);
        domain.weight = readInt(d, u"weight"_s, reporter, none, 1, 100);
        weightSum += domain.weight;
        const QJsonArray tasks = d.value(u"tasks"_s).toArray();
        if (tasks.isEmpty())
            reporter.add(none, field + u".tasks"_s, tr("must list at least one task statement"));
        for (qsizetype j = 0; j < tasks.size(); ++j) {
            const QJsonObject t = tasks.at(j).toObject();
            const QString taskField = field + u".tasks[%1]"_s.arg(j);
            checkKnownFields(t, {u"id"_s, u"name"_s}, reporter, none, taskField + u'.');
            TaskStatement task;
            task.id = t.value(u"id"_s).toString();
            if (task.id.isEmpty() || taskIds.contains(task.id))
                reporter.add(none, taskField + u".id"_s, tr("missing or not unique"));
            taskIds.insert(task.id);
            task.name = readText(t.value(u"name"_s), reporter, none, taskField + u".name"_s);
            domain.tasks.append(task);
        }
        blueprint.domains.append(domain);
    }
    if (!domains.isEmpty() && weightSum != 100)
        reporter.add(none, u"domains"_s, tr("the weights add up to %1, not 100").arg(weightSum));
    if (reporter.count() > 0)
        return std::nullopt;
    return blueprint;
}

QList<Topic> BankReader::parseTopics(const QByteArray &json, const QString &file,
                                     BankIssues *issues)
{
    Reporter reporter(file, issues);
    const auto object = parseDocument(json, reporter);
    if (!object)
        return {};
    checkKnownFields(*object, {u"format"_s, u"topics"_s}, reporter, {}, {});
    if (object->value(u"format"_s).toString() != topicsFormat)
        reporter.add({}, u"format"_s, tr("must be \"%1\"").arg(topicsFormat));
    QList<Topic> topics;
    QSet<QString> seen;
    const QJsonArray array = object->value(u"topics"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject t = array.at(i).toObject();
        const QString field = u"topics[%1]"_s.arg(i);
        checkKnownFields(t, {u"id"_s, u"name"_s}, reporter, {}, field + u'.');
        Topic topic;
        topic.id = t.value(u"id"_s).toString();
        if (!isValidId(topic.id) || seen.contains(topic.id))
            reporter.add({}, field + u".id"_s,
                         tr("missing, not unique or not of the form [a-z0-9][a-z0-9-]*"));
        seen.insert(topic.id);
        topic.name = readText(t.value(u"name"_s), reporter, {}, field + u".name"_s);
        topics.append(topic);
    }
    if (reporter.count() > 0)
        return {};
    return topics;
}

std::optional<Question> BankReader::questionFromJson(const QJsonObject &q, const QString &exam,
                                                     const BankCatalog *catalog,
                                                     const QString &file, BankIssues *issues,
                                                     Rules rules)
{
    const bool bank = rules == Rules::Bank;
    Reporter reporter(file, issues);
    Question question;
    question.exam = exam;
    question.id = q.value(u"id"_s).toString();
    const QString &id = question.id;
    if (!isValidId(id))
        reporter.add(id, u"id"_s, tr("must match [a-z0-9][a-z0-9-]*"));

    checkKnownFields(q,
                     {u"id"_s, u"domain"_s, u"task"_s, u"topics"_s, u"difficulty"_s, u"type"_s,
                      u"select"_s, u"stem"_s, u"choices"_s, u"explanation"_s, u"references"_s,
                      u"group"_s},
                     reporter, id, {});

    question.domain = readString(q, u"domain"_s, reporter, id);
    question.task = readString(q, u"task"_s, reporter, id);
    const Blueprint *blueprint = catalog ? catalog->blueprint(exam) : nullptr;
    if (blueprint) {
        if (!question.domain.isEmpty() && !blueprint->domain(question.domain)) {
            reporter.add(id, u"domain"_s,
                         tr("no domain \"%1\" in exam %2").arg(question.domain, exam));
        } else if (!question.task.isEmpty()) {
            const Domain *owner = blueprint->domainOfTask(question.task);
            if (!owner)
                reporter.add(id, u"task"_s,
                             tr("no task \"%1\" in exam %2").arg(question.task, exam));
            else if (owner->id != question.domain)
                reporter.add(id, u"task"_s,
                             tr("task %1 belongs to domain %2, not %3")
                                 .arg(question.task, owner->id, question.domain));
        }
    }

    const QJsonValue topicsValue = q.value(u"topics"_s);
    if (bank ? !topicsValue.isArray() || topicsValue.toArray().isEmpty()
             : !topicsValue.isUndefined() && !topicsValue.isArray())
        reporter.add(id, u"topics"_s,
                     bank ? tr("must list at least one topic") : tr("must be a list of topics"));
    for (const QJsonValue &t : topicsValue.toArray()) {
        const QString topic = t.toString();
        if (question.topics.contains(topic))
            reporter.add(id, u"topics"_s, tr("topic \"%1\" is listed twice").arg(topic));
        else if (catalog && !catalog->topic(topic))
            reporter.add(id, u"topics"_s,
                         tr("unknown topic \"%1\" (not in topics.json)").arg(topic));
        question.topics.append(topic);
    }

    if (bank || q.contains(u"difficulty"_s))
        question.difficulty = readInt(q, u"difficulty"_s, reporter, id, 1, 3);

    const QString type = q.value(u"type"_s).toString();
    const QJsonArray choices = q.value(u"choices"_s).toArray();
    int correctCount = 0;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QJsonObject c = choices.at(i).toObject();
        const QString field = u"choices[%1]"_s.arg(i);
        checkKnownFields(c, {u"key"_s, u"correct"_s, u"text"_s, u"rationale"_s}, reporter, id,
                         field + u'.');
        Choice choice;
        choice.key = c.value(u"key"_s).toString();
        const QString expectedKey = i < 26 ? QString(QChar(char16_t(u'A' + i))) : QString();
        if (choice.key != expectedKey)
            reporter.add(id, field + u".key"_s,
                         tr("must be \"%1\" (keys A, B, C, ... in order)").arg(expectedKey));
        if (!c.value(u"correct"_s).isBool())
            reporter.add(id, field + u".correct"_s, tr("must be true or false"));
        choice.correct = c.value(u"correct"_s).toBool();
        correctCount += choice.correct ? 1 : 0;
        choice.text = readText(c.value(u"text"_s), reporter, id, field + u".text"_s, bank);
        if (bank || c.contains(u"rationale"_s))
            choice.rationale
                = readText(c.value(u"rationale"_s), reporter, id, field + u".rationale"_s, bank);
        question.choices.append(choice);
    }

    const auto choiceCount = int(choices.size());
    if (type == u"single") {
        question.type = Question::Type::Single;
        question.select = 1;
        if (q.contains(u"select"_s))
            reporter.add(id, u"select"_s, tr("only multiple-response questions have \"select\""));
        if (bank && choiceCount != 4)
            reporter.add(
                id, u"choices"_s,
                tr("a single-answer question has exactly 4 choices, not %1").arg(choiceCount));
        else if (choiceCount < 2 || choiceCount > maxChoices)
            reporter.add(
                id, u"choices"_s,
                tr("a question has 2 to %1 choices, not %2").arg(maxChoices).arg(choiceCount));
        if (correctCount != 1)
            reporter.add(id, u"choices"_s,
                         tr("a single-answer question has exactly 1 correct choice, not %1")
                             .arg(correctCount));
    } else if (type == u"multiple") {
        question.type = Question::Type::Multiple;
        question.select
            = readInt(q, u"select"_s, reporter, id, 2, bank ? 3 : std::max(2, choiceCount - 1));
        if (bank && (choiceCount < 5 || choiceCount > maxBankChoices))
            reporter.add(id, u"choices"_s,
                         tr("a multiple-response question has 5 to %1 choices, not %2")
                             .arg(maxBankChoices)
                             .arg(choiceCount));
        else if (choiceCount < 3 || choiceCount > maxChoices)
            reporter.add(id, u"choices"_s,
                         tr("a multiple-response question has 3 to %1 choices, not %2")
                             .arg(maxChoices)
                             .arg(choiceCount));
        if (correctCount != question.select)
            reporter.add(id, u"select"_s,
                         tr("select is %1 but %2 choices are correct")
                             .arg(question.select)
                             .arg(correctCount));
    } else {
        reporter.add(id, u"type"_s, tr("must be \"single\" or \"multiple\""));
    }

    question.stem = readText(q.value(u"stem"_s), reporter, id, u"stem"_s, bank);
    if (bank && carriesSelectInstruction(question.stem))
        reporter.add(
            id, u"stem"_s,
            tr("must not say how many choices to pick: the application adds that from \"select\""));
    if (bank || q.contains(u"explanation"_s))
        question.explanation
            = readText(q.value(u"explanation"_s), reporter, id, u"explanation"_s, bank);
    if (!bank)
        checkLanguages(question, reporter);

    const QJsonValue refs = q.value(u"references"_s);
    if (bank ? !refs.isArray() || refs.toArray().isEmpty() : !refs.isUndefined() && !refs.isArray())
        reporter.add(id, u"references"_s,
                     bank ? tr("must list at least one reference")
                          : tr("must be a list of references"));
    const QJsonArray refArray = refs.toArray();
    for (qsizetype i = 0; i < refArray.size(); ++i) {
        const QJsonObject r = refArray.at(i).toObject();
        const QString field = u"references[%1]"_s.arg(i);
        checkKnownFields(r, {u"title"_s, u"url"_s}, reporter, id, field + u'.');
        Reference reference;
        reference.title = r.value(u"title"_s).toString();
        reference.url = r.value(u"url"_s).toString();
        if (reference.title.trimmed().isEmpty())
            reporter.add(id, field + u".title"_s, tr("missing or empty"));
        if (r.contains(u"url"_s) && !reference.url.startsWith(u"https://"_s))
            reporter.add(id, field + u".url"_s, tr("must be an https:// address"));
        question.references.append(reference);
    }

    if (q.contains(u"group"_s)) {
        question.group = q.value(u"group"_s).toString();
        if (!isValidId(question.group))
            reporter.add(id, u"group"_s, tr("must match [a-z0-9][a-z0-9-]*"));
    }

    if (reporter.count() > 0)
        return std::nullopt;
    return question;
}

QList<Question> BankReader::parseQuestions(const QByteArray &json, const QString &file,
                                           const BankCatalog &catalog, BankIssues *issues,
                                           Rules rules)
{
    QList<Question> questions;
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    if (!readQuestions(
            &buffer, file, catalog, issues,
            [&](Question &&question) {
                questions.append(std::move(question));
                return true;
            },
            rules))
        return {};
    return questions;
}

bool BankReader::readQuestions(QIODevice *device, const QString &file, const BankCatalog &catalog,
                               BankIssues *issues, const Take &take, Rules rules)
{
    Reporter reporter(file, issues);
    const auto syntaxError = [&](std::pair<int, int> at, const QString &message) {
        reporter.fileIssue(
            tr("line %1, column %2: invalid JSON: %3").arg(at.first).arg(at.second).arg(message));
    };
    struct Piece
    {
        QByteArray raw;
        int line;
        int column;
    };
    // Parses one piece of the file as JSON; a scalar is wrapped in a list to be read.
    const auto parse = [&](const Piece &piece, bool scalar) -> std::optional<QJsonValue> {
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(scalar ? '[' + piece.raw + ']' : piece.raw, &error);
        if (error.error != QJsonParseError::NoError) {
            syntaxError(JsonObjectStream::position(piece.raw, piece.line, piece.column,
                                                   error.offset - (scalar ? 1 : 0)),
                        error.errorString());
            return std::nullopt;
        }
        if (scalar)
            return document.array().at(0);
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    };

    QString exam;
    bool examNamed = false, formatSeen = false, questionsSeen = false, syntaxOk = true;
    bool wanted = true;
    QSet<QString> members;
    QSet<QString> seen;
    QList<Piece> waiting; // questions read before the file named its exam
    const auto question = [&](const Piece &piece) {
        const auto value = parse(piece, false);
        if (!value) {
            syntaxOk = false;
            return;
        }
        if (!value->isObject()) {
            reporter.add({}, u"questions"_s, tr("every entry must be a question object"));
            return;
        }
        auto read = questionFromJson(value->toObject(), exam, &catalog, file, issues, rules);
        if (!read)
            return; // it reported its own issues
        if (seen.contains(read->id)) {
            reporter.add(read->id, u"id"_s, tr("used twice in this file"));
            return;
        }
        seen.insert(read->id);
        wanted = take(std::move(*read));
    };
    const auto examKnown = [&] {
        return examNamed && catalog.blueprint(exam);
    };

    JsonObjectStream stream(device, u"questions"_s);
    for (bool done = false; !done && syntaxOk && wanted;) {
        switch (stream.next()) {
        case JsonObjectStream::Token::Member: {
            const QString key = stream.key();
            if (members.contains(key))
                reporter.add({}, key, tr("given twice"));
            members.insert(key);
            const auto value = parse({stream.raw(), stream.line(), stream.column()}, true);
            if (!value) {
                syntaxOk = false;
            } else if (key == u"format") {
                formatSeen = true;
                if (value->toString() != questionsFormat)
                    reporter.add({}, u"format"_s, tr("must be \"%1\"").arg(questionsFormat));
            } else if (key == u"exam") {
                exam = value->toString();
                examNamed = true;
                if (!catalog.blueprint(exam))
                    reporter.add({}, u"exam"_s, tr("no exam blueprint \"%1\"").arg(exam));
            } else if (key == u"questions") {
                questionsSeen = true;
                reporter.add({}, u"questions"_s, tr("must be a list of questions"));
            } else {
                reporter.add({}, key, tr("unknown field (check the spelling)"));
            }
            break;
        }
        case JsonObjectStream::Token::ArrayStart:
            if (members.contains(stream.key()))
                reporter.add({}, stream.key(), tr("given twice"));
            members.insert(stream.key());
            questionsSeen = true;
            break;
        case JsonObjectStream::Token::Element:
            if (examKnown())
                question({stream.raw(), stream.line(), stream.column()});
            else if (!examNamed)
                waiting.append({stream.raw(), stream.line(), stream.column()});
            break;
        case JsonObjectStream::Token::ArrayEnd:
            break;
        case JsonObjectStream::Token::End:
            done = true;
            break;
        case JsonObjectStream::Token::Error:
            syntaxError({stream.line(), stream.column()}, stream.errorString());
            syntaxOk = false;
            break;
        }
    }
    if (!syntaxOk)
        return false;
    if (!wanted)
        return true;
    if (!formatSeen)
        reporter.add({}, u"format"_s, tr("must be \"%1\"").arg(questionsFormat));
    if (!examNamed)
        reporter.add({}, u"exam"_s, tr("no exam blueprint \"%1\"").arg(exam));
    if (!questionsSeen)
        reporter.add({}, u"questions"_s, tr("must be a list of questions"));
    if (examKnown()) {
        for (qsizetype i = 0; i < waiting.size() && wanted; ++i)
            question(waiting.at(i));
    }
    return syntaxOk;
}

QByteArray BankReader::blueprintToJson(const Blueprint &blueprint)
{
    const auto text = [](const LocalizedText &t) {
        return QJsonObject {{u"en"_s, t.en}, {u"ja"_s, t.ja}};
    };
    QJsonArray domains;
    for (const Domain &d : blueprint.domains) {
        QJsonArray tasks;
        for (const TaskStatement &t : d.tasks)
            tasks.append(QJsonObject {{u"id"_s, t.id}, {u"name"_s, text(t.name)}});
        domains.append(QJsonObject {{u"id"_s, d.id},
                                    {u"name"_s, text(d.name)},
                                    {u"weight"_s, d.weight},
                                    {u"tasks"_s, tasks}});
    }
    const QJsonObject object {
        {u"format"_s, QString(blueprintFormat)},
        {u"id"_s, blueprint.id},
        {u"title"_s, text(blueprint.title)},
        {u"questionCount"_s, blueprint.questionCount},
        {u"durationMinutes"_s, blueprint.durationMinutes},
        {u"scale"_s, QJsonObject {{u"min"_s, blueprint.scaleMin}, {u"max"_s, blueprint.scaleMax}}},
        {u"passingScore"_s, blueprint.passingScore},
        {u"domains"_s, domains},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject BankReader::questionToJson(const Question &question)
{
    // A language a question does not have is left out, as is a text it does not have.
    const auto text = [](const LocalizedText &t) {
        QJsonObject object;
        if (!t.en.isEmpty())
            object.insert(u"en"_s, t.en);
        if (!t.ja.isEmpty())
            object.insert(u"ja"_s, t.ja);
        return object;
    };
    QJsonObject object {
        {u"id"_s, question.id},
        {u"domain"_s, question.domain},
        {u"task"_s, question.task},
        {u"topics"_s, QJsonArray::fromStringList(question.topics)},
        {u"difficulty"_s, question.difficulty},
        {u"type"_s, Question::typeName(question.type)},
        {u"stem"_s, text(question.stem)},
    };
    if (question.explanation != LocalizedText())
        object.insert(u"explanation"_s, text(question.explanation));
    if (question.type == Question::Type::Multiple)
        object.insert(u"select"_s, question.select);
    QJsonArray choices;
    for (const Choice &c : question.choices) {
        QJsonObject choice {
            {u"key"_s, c.key}, {u"correct"_s, c.correct}, {u"text"_s, text(c.text)}};
        if (c.rationale != LocalizedText())
            choice.insert(u"rationale"_s, text(c.rationale));
        choices.append(choice);
    }
    object.insert(u"choices"_s, choices);
    QJsonArray references;
    for (const Reference &r : question.references) {
        QJsonObject ref {{u"title"_s, r.title}};
        if (!r.url.isEmpty())
            ref.insert(u"url"_s, r.url);
        references.append(ref);
    }
    if (!references.isEmpty())
        object.insert(u"references"_s, references);
    if (!question.group.isEmpty())
        object.insert(u"group"_s, question.group);
    return object;
}

QByteArray BankReader::directoryHash(const QString &directory)
{
    // The bundled bank's was computed when it was built.
    if (directory == bundledPath()) {
        QFile precomputed(bundledPath() + u".sha256"_s);
        if (precomputed.open(QIODevice::ReadOnly))
            return precomputed.readAll().trimmed();
    }
    return computeDirectoryHash(directory);
}

QByteArray BankReader::computeDirectoryHash(const QString &directory)
{
    // A sha256sum-style manifest of the files, hashed; app/core/bankhash.cmake is the same.
    const QDir dir(directory);
    QStringList files = jsonFilesIn(dir.filePath(u"exams"_s));
    files.append(dir.filePath(u"topics.json"_s));
    files += jsonFilesIn(dir.filePath(u"questions"_s));
    QByteArray manifest;
    for (const QString &path : std::as_const(files)) {
        QString error;
        const QByteArray data = readFile(path, &error);
        if (!error.isEmpty())
            continue; // as readDirectory, which reports it
        manifest += QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + "  "
            + dir.relativeFilePath(path).toUtf8() + '\n';
    }
    return QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex();
}

Bank BankReader::readDirectory(const QString &directory, BankIssues *issues)
{
    Bank bank;
    const QDir dir(directory);
    QString error;

    const auto load = [&](const QString &path) -> QByteArray {
        const QByteArray data = readFile(path, &error);
        if (!error.isEmpty()) {
            if (issues)
                issues->append({displayName(path), {}, {}, tr("cannot read: %1").arg(error)});
            error.clear();
            return {};
        }
        return data;
    };

    const QStringList examFiles = jsonFilesIn(dir.filePath(u"exams"_s));
    if (examFiles.isEmpty() && issues)
        issues->append(
            {displayName(dir.filePath(u"exams"_s)), {}, {}, tr("no exam blueprint found")});
    for (const QString &path : examFiles) {
        const QByteArray data = load(path);
        if (auto blueprint = parseBlueprint(data, displayName(path), issues)) {
            if (bank.catalog.blueprint(blueprint->id)) {
                if (issues)
                    issues->append({displayName(path),
                                    {},
                                    u"id"_s,
                                    tr("exam id \"%1\" is used twice").arg(blueprint->id)});
            } else {
                bank.catalog.blueprints.append(*blueprint);
            }
        }
    }
    const QString topicsPath = dir.filePath(u"topics.json"_s);
    bank.catalog.topics = parseTopics(load(topicsPath), displayName(topicsPath), issues);

    QSet<QString> seen;
    QHash<QString, QString> fileOf;
    for (const QString &path : jsonFilesIn(dir.filePath(u"questions"_s))) {
        const QString name = displayName(path);
        for (const Question &q :
             parseQuestions(load(path), name, bank.catalog, issues, Rules::Bank)) {
            if (seen.contains(q.id)) {
                if (issues)
                    issues->append(
                        {name, q.id, u"id"_s, tr("already used in %1").arg(fileOf.value(q.id))});
                continue;
            }
            seen.insert(q.id);
            fileOf.insert(q.id, name);
            bank.questions.append(q);
        }
    }
    bank.contentHash = directoryHash(directory);
    return bank;
}

QList<Question> BankReader::readQuestionFiles(const QStringList &paths, const BankCatalog &catalog,
                                              const QSet<QString> &takenIds, BankIssues *issues,
                                              Rules rules)
{
    QList<Question> questions;
    readQuestionFiles(
        paths, catalog, [&](const QString &id) { return takenIds.contains(id); }, issues,
        [&](Question &&question) {
            questions.append(std::move(question));
            return true;
        },
        rules);
    return questions;
}

void BankReader::readQuestionFiles(const QStringList &paths, const BankCatalog &catalog,
                                   const std::function<bool(const QString &)> &isTaken,
                                   BankIssues *issues, const Take &take, Rules rules)
{
    QHash<QString, QString> fileOf;
    bool wanted = true;
    for (const QString &path : paths) {
        if (!wanted)
            break;
        const QString name = displayName(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (issues)
                issues->append({name, {}, {}, tr("cannot read: %1").arg(file.errorString())});
            continue;
        }
        readQuestions(
            &file, name, catalog, issues,
            [&](Question &&q) {
                if (isTaken(q.id)) {
                    if (issues)
                        issues->append(
                            {name, q.id, u"id"_s, tr("a question with this id already exists")});
                    return true;
                }
                if (fileOf.contains(q.id)) {
                    if (issues)
                        issues->append({name, q.id, u"id"_s,
                                        tr("already used in %1").arg(fileOf.value(q.id))});
                    return true;
                }
                fileOf.insert(q.id, name);
                wanted = take(std::move(q));
                return wanted;
            },
            rules);
        if (file.error() != QFileDevice::NoError && issues)
            issues->append({name, {}, {}, tr("cannot read: %1").arg(file.errorString())});
    }
}
