#pragma once

#include "formats/questionexchange.h"

class QIODevice;

// Moodle's GIFT format (docs/formats.md): multiple-choice questions with one right answer
// ("=") or weighted answers ("~%50%"), per-answer feedback ("#"), general feedback ("####"),
// titles, $CATEGORY:, the [markdown]/[html]/[plain]/[moodle] text formats, escapes and
// comments. Shiken's own fields travel in a comment line before each question
// ("// shiken: {...}", QuestionExchange::metadataJson), which Moodle ignores.
namespace GiftFormat {

// Reads a GIFT file (UTF-8, with or without a byte order mark). Question kinds Shiken cannot
// serve are listed as skipped; a question it cannot read is a problem with its line.
QuestionExchange::ReadResult read(const QByteArray &data);
// The same from a device, line by line, each question handed to take as soon as it is read
// (result gathers what was skipped and the problems): a file of any size in little memory.
void read(QIODevice &device, QuestionExchange::ReadResult *result,
          const QuestionExchange::Take &take);
// Writes questions as GIFT in [markdown] text, in one language or both (multilang spans).
QByteArray write(const QList<Question> &questions, QuestionExchange::Languages languages);

} // namespace GiftFormat
