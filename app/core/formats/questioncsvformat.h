#pragma once

#include "formats/questionexchange.h"

// Questions as CSV, one documented layout (docs/formats.md): a header row naming the columns
// (id, domain, task, topics, difficulty, type, language, stem, choice_a ... choice_h, correct,
// rationale_a ... rationale_h, explanation, references, group), one row per question and
// language (a question in both languages is two rows with the same id), UTF-8 with or
// without a byte order mark, quoted fields holding commas, quotes and newlines, as
// spreadsheet programs write it.
namespace QuestionCsvFormat {

QuestionExchange::ReadResult read(const QByteArray &data);
QByteArray write(const QList<Question> &questions, QuestionExchange::Languages languages);

} // namespace QuestionCsvFormat
