#pragma once

#include "formats/questionexchange.h"

// Questions as a plain-text file that Anki's importer reads (docs/formats.md): the headers
// #separator:tab, #html:true, #deck:, #tags column:, then one note a line: front (the stem and
// the choices), back (the answer, each choice's rationale, the explanation), tags (the exam,
// domain, task and topics).
namespace AnkiFormat {

QByteArray write(const QList<Question> &questions, QuestionExchange::Languages languages,
                 const QString &deck);

} // namespace AnkiFormat
