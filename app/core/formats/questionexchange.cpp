#include "formats/questionexchange.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace QuestionExchange {

namespace {

const QRegularExpression &multilangSpan()
{
    static const QRegularExpression span(
        uR"re(<span\s+(?:lang="([a-zA-Z_-]+)"\s+class="multilang"|class="multilang"\s+lang="([a-zA-Z_-]+)")\s*>(.*?)</span>)re"_s,
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    return span;
}

QString languageOf(const QRegularExpressionMatch &match)
{
    const QString lang
        = (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toLower();
    return lang.startsWith(u"ja"_s) ? u"ja"_s : lang.startsWith(u"en"_s) ? u"en"_s : QString();
}

} // namespace

QString multilang(const LocalizedText &text, Languages languages)
{
    switch (languages) {
    case Languages::English:
        return text.en;
    case Languages::Japanese:
        return text.ja;
    case Languages::Both:
        break;
    }
    if (text.en.isEmpty() || text.ja.isEmpty())
        return text.en.isEmpty() ? text.ja : text.en;
    return u"<span lang=\"en\" class=\"multilang\">%1</span>"
           "<span lang=\"ja\" class=\"multilang\">%2</span>"_s.arg(text.en, text.ja);
}

bool hasMultilang(const QString &text)
{
    return text.contains(u"multilang"_s) && multilangSpan().match(text).hasMatch();
}

LocalizedText splitMultilang(const QString &text, const QString &language)
{
    LocalizedText split;
    if (!hasMultilang(text)) {
        (language == u"ja" ? split.ja : split.en) = text;
        return split;
    }
    // Text outside the spans (spaces between them, as a rule) belongs to no language.
    for (auto it = multilangSpan().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString lang = languageOf(match);
        if (lang == u"ja")
            split.ja += match.captured(3);
        else if (lang == u"en")
            split.en += match.captured(3);
    }
    return split;
}

ReadResult readBytes(const QByteArray &data, const DeviceReader &read)
{
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ReadResult result;
    if (!read(buffer, &result, [&result](Read &&question) {
            result.questions.append(std::move(question));
            return true;
        }))
        result.questions.clear();
    return result;
}

QString guessLanguage(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30ff) // hiragana, katakana
            || (u >= 0x4e00 && u <= 0x9fff) // CJK unified ideographs
            || (u >= 0xff66 && u <= 0xff9f)) // half-width katakana
            return u"ja"_s;
    }
    return u"en"_s;
}

QString moodleGrade(qsizetype count)
{
    QString grade = QString::number(100.0 / double(std::max<qsizetype>(count, 1)), 'f', 5);
    while (grade.endsWith(u'0'))
        grade.chop(1);
    if (grade.endsWith(u'.'))
        grade.chop(1);
    return grade;
}

QString metadataJson(const Question &question)
{
    QJsonObject meta;
    meta.insert(u"id"_s, question.id);
    meta.insert(u"domain"_s, question.domain);
    meta.insert(u"task"_s, question.task);
    meta.insert(u"topics"_s, QJsonArray::fromStringList(question.topics));
    meta.insert(u"difficulty"_s, question.difficulty);
    QJsonArray references;
    for (const Reference &reference : question.references)
        references.append(QJsonObject {{u"title"_s, reference.title}, {u"url"_s, reference.url}});
    if (!references.isEmpty())
        meta.insert(u"references"_s, references);
    if (!question.group.isEmpty())
        meta.insert(u"group"_s, question.group);
    return QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact));
}

bool applyMetadata(const QString &json, Question *question, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : u"not a JSON object"_s;
        return false;
    }
    const QJsonObject meta = document.object();
    if (meta.contains(u"id"_s))
        question->id = meta.value(u"id"_s).toString();
    if (meta.contains(u"domain"_s))
        question->domain = meta.value(u"domain"_s).toString();
    if (meta.contains(u"task"_s))
        question->task = meta.value(u"task"_s).toString();
    if (meta.contains(u"topics"_s)) {
        question->topics.clear();
        for (const QJsonValue &topic : meta.value(u"topics"_s).toArray())
            question->topics.append(topic.toString());
    }
    if (meta.contains(u"difficulty"_s))
        question->difficulty = meta.value(u"difficulty"_s).toInt(question->difficulty);
    if (meta.contains(u"references"_s)) {
        question->references.clear();
        for (const QJsonValue &value : meta.value(u"references"_s).toArray()) {
            const QJsonObject reference = value.toObject();
            question->references.append(
                {reference.value(u"title"_s).toString(), reference.value(u"url"_s).toString()});
        }
    }
    if (meta.contains(u"group"_s))
        question->group = meta.value(u"group"_s).toString();
    return true;
}

} // namespace QuestionExchange
