#include "formats/questionexport.h"

#include "bank/bankreader.h"
#include "bank/questionstore.h"
#include "formats/ankiformat.h"
#include "formats/giftformat.h"
#include "formats/moodlexmlformat.h"
#include "formats/questioncsvformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace QuestionExport {

std::optional<Format> formatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"json")
        return Format::Json;
    if (n == u"gift")
        return Format::Gift;
    if (n == u"moodle-xml")
        return Format::MoodleXml;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"anki")
        return Format::Anki;
    return std::nullopt;
}

QStringList formatNames()
{
    return {u"json"_s, u"gift"_s, u"moodle-xml"_s, u"csv"_s, u"anki"_s};
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Json:
        return u"json"_s;
    case Format::Gift:
        return u"gift"_s;
    case Format::MoodleXml:
        return u"xml"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::Anki:
        return u"txt"_s;
    }
    return {};
}

Question inLanguages(const Question &question, QuestionExchange::Languages languages)
{
    if (languages == QuestionExchange::Languages::Both)
        return question;
    const QStringView language = languages == QuestionExchange::Languages::Japanese ? u"ja" : u"en";
    // A question without the language asked for is written in the one it has.
    const QStringView kept = question.stem.has(language) ? language
        : language == u"ja"                              ? u"en"
                                                         : u"ja";
    const auto only = [kept](LocalizedText &text) {
        (kept == u"ja" ? text.en : text.ja).clear();
    };
    Question copy = question;
    only(copy.stem);
    only(copy.explanation);
    for (Choice &choice : copy.choices) {
        only(choice.text);
        only(choice.rationale);
    }
    return copy;
}

QByteArray write(Format format, const QList<Question> &questions,
                 QuestionExchange::Languages languages, const QString &exam)
{
    QList<Question> written;
    written.reserve(questions.size());
    for (const Question &question : questions)
        written.append(inLanguages(question, languages));
    // Each question now holds the languages to write and no other.
    languages = QuestionExchange::Languages::Both;
    switch (format) {
    case Format::Json: {
        QJsonArray list;
        for (const Question &question : std::as_const(written))
            list.append(BankReader::questionToJson(question));
        const QJsonObject file {
            {u"format"_s, u"shiken-questions/1"_s}, {u"exam"_s, exam}, {u"questions"_s, list}};
        return QJsonDocument(file).toJson(QJsonDocument::Indented);
    }
    case Format::Gift:
        return GiftFormat::write(written, languages);
    case Format::MoodleXml:
        return MoodleXmlFormat::write(written, languages);
    case Format::Csv:
        return QuestionCsvFormat::write(written, languages);
    case Format::Anki:
        return AnkiFormat::write(written, languages, u"Shiken %1"_s.arg(exam.toUpper()));
    }
    return {};
}

QList<Question> load(const QuestionStore &store, const QStringList &ids)
{
    const QHash<QString, Question> found = store.questions(ids);
    QList<Question> questions;
    questions.reserve(found.size());
    for (const QString &id : ids) {
        if (const auto it = found.constFind(id); it != found.cend())
            questions.append(*it);
    }
    return questions;
}

bool save(const QString &path, Format format, const QList<Question> &questions,
          QuestionExchange::Languages languages, const QString &exam, QString *error)
{
    const QByteArray data = write(format, questions, languages, exam);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace QuestionExport
