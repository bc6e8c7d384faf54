#pragma once

#include "formats/questionexchange.h"

// Moodle XML (docs/formats.md): multichoice questions (single and multiple), truefalse as two
// choices, <answer fraction>, <feedback>, <generalfeedback>, <category>; HTML text is turned
// into Markdown. Shiken's own fields travel in a comment inside each <question>
// ("<!-- shiken: {...} -->", QuestionExchange::metadataJson), which Moodle ignores.
namespace MoodleXmlFormat {

// Reads a Moodle XML file. Question kinds Shiken cannot serve are listed as skipped; a
// question it cannot read, or XML that is not well formed, is a problem with its line.
QuestionExchange::ReadResult read(const QByteArray &data);
// Writes questions as a Moodle XML <quiz> with Markdown text, in one language or both
// (multilang spans).
QByteArray write(const QList<Question> &questions, QuestionExchange::Languages languages);

} // namespace MoodleXmlFormat
