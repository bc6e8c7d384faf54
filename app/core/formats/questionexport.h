#pragma once

#include "bank/question.h"
#include "formats/questionexchange.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QuestionStore;

// Writes questions in any format Shiken exports (docs/formats.md): its own JSON, GIFT, Moodle
// XML, CSV, and a text file for Anki's importer.
namespace QuestionExport {

enum class Format { Json, Gift, MoodleXml, Csv, Anki };

// "json", "gift", "moodle-xml", "csv", "anki".
std::optional<Format> formatNamed(const QString &name);
QStringList formatNames();
// The file name ending a format's files usually have: "json", "gift", "xml", "csv", "txt".
QString suffix(Format format);

// The questions in the format, in the languages asked for; exam names the Shiken file's exam
// and the Anki deck.
QByteArray write(Format format, const QList<Question> &questions,
                 QuestionExchange::Languages languages, const QString &exam);

// A question with only the texts of the languages asked for (a text missing in the one asked
// for keeps the other, so no question is left without its words).
Question inLanguages(const Question &question, QuestionExchange::Languages languages);

// The questions of the ids, in the ids' order; ids not in the store are left out.
QList<Question> load(const QuestionStore &store, const QStringList &ids);

// Writes the questions to the file whole or not at all (a file there before is kept until the
// new one is complete); false with *error said.
bool save(const QString &path, Format format, const QList<Question> &questions,
          QuestionExchange::Languages languages, const QString &exam, QString *error);

} // namespace QuestionExport
