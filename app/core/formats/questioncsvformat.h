#pragma once

#include "formats/questionexchange.h"

class QIODevice;

// Questions as CSV, one documented layout (docs/formats.md): a header row naming the columns
// (id, domain, task, topics, difficulty, type, language, stem, choice_a ... choice_h, correct,
// rationale_a ... rationale_h, explanation, references, group), one row per question and
// language (a question in both languages is two rows with the same id), UTF-8 with or
// without a byte order mark, quoted fields holding commas, quotes and newlines, as
// spreadsheet programs write it.
namespace QuestionCsvFormat {

QuestionExchange::ReadResult read(const QByteArray &data);
// The same from a device, each question handed to take as soon as its rows are read (result
// gathers the problems): a file of any size in little memory. The device must
// be able to seek: the file is read twice, first to find where each question's rows are, and
// a question's rows in its two languages may be far apart. A UTF-16 or UTF-32 file is held
// whole, as UTF-8. A problem with the file as a whole (not UTF-8, a quote never closed, the
// header) is found before any question is taken.
void read(QIODevice &device, QuestionExchange::ReadResult *result,
          const QuestionExchange::Take &take);
QByteArray write(const QList<Question> &questions, QuestionExchange::Languages languages);

} // namespace QuestionCsvFormat
