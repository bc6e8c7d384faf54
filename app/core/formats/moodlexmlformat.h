#pragma once

#include "formats/questionexchange.h"

class QIODevice;

// Moodle XML (docs/formats.md): multichoice questions (single and multiple), truefalse as two
// choices, <answer fraction>, <feedback>, <generalfeedback>, <category>; HTML text is turned
// into Markdown. Shiken's own fields travel in a comment inside each <question>
// ("<!-- shiken: {...} -->", QuestionExchange::metadataJson), which Moodle ignores.
namespace MoodleXmlFormat {

// Reads a Moodle XML file. Question kinds Shiken cannot serve are listed as skipped; a
// question it cannot read, or XML that is not well formed, is a problem with its line.
QuestionExchange::ReadResult read(const QByteArray &data);
// The same from a device, each question handed to take as soon as it is read (result gathers
// what was skipped and the problems): a file of any size in little memory. A file that is not
// well formed, or not Moodle XML, ends as that one problem, after any questions read before
// it, and false. When take says to stop, the rest is not read (nor checked), and the answer is
// true.
bool read(QIODevice &device, QuestionExchange::ReadResult *result,
          const QuestionExchange::Take &take);
// Writes questions as a Moodle XML <quiz> with Markdown text, in one language or both
// (multilang spans).
QByteArray write(const QList<Question> &questions, QuestionExchange::Languages languages);

} // namespace MoodleXmlFormat
