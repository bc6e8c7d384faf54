#pragma once

#include "bank/question.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// What the readers of other tools' question files (GIFT, Moodle XML, CSV) hand to the import,
// and what the writers take. A reader knows its format only: it does not know the exam's
// blueprint or topics, and it never decides whether a question is valid; the import places
// each question (domain, task, topics the learner chose when the file has none), gives ids to
// those without one and checks every question with the bank's format rules (BankReader), so a
// question from any file meets the same rules.
namespace QuestionExchange {

// The Shiken fields a question carries beyond its texts, written by the writers where the
// format has no field for them (a GIFT comment, a Moodle XML comment, CSV columns) so that a
// round trip gives the same question. Absent fields are left empty by a reader.
struct Read
{
    Question question; // id, domain, task, topics may be empty; exam is left empty
    int line = 0; // where the question starts in the file (1-based)
    // A category the file put the question in (GIFT $CATEGORY:, Moodle XML <category>): the
    // import makes it the question's topic when it names one.
    QString category;
    // Notes for the learner that do not stop the import ("an embedded image was dropped").
    QStringList notes;
};

// An item of the file that Shiken cannot serve (an essay, a matching question, ...): listed
// with its line, the rest imports.
struct Skipped
{
    int line = 0;
    QString kind; // as the format names it: "essay", "matching", "numerical", ...
    QString title; // the item's name or the start of its text, for the learner to find it
};

// A problem that makes the file unreadable as a whole or a question unusable: reported as
// "file:line: message", and nothing of the file is imported.
struct Problem
{
    int line = 0;
    QString message;
};

struct ReadResult
{
    QList<Read> questions;
    QList<Skipped> skipped;
    QList<Problem> problems;
};

// Where a reader that streams hands each question as soon as it is read (the import checks
// and stores it before the next is read). It returns whether to go on: when false, the reader
// stops there, and the rest of the file is neither read nor checked (an import stopped, a
// preview no longer wanted).
using Take = std::function<bool(Read &&)>;
// A streaming reader run on a file held in memory, what it takes gathered in the result. The
// reader returns whether the file as a whole could be read; when not, none of its questions
// is kept.
using DeviceReader = std::function<bool(QIODevice &device, ReadResult *result, const Take &take)>;
ReadResult readBytes(const QByteArray &data, const DeviceReader &read);

// Which languages a writer writes: one of them, or both (as the format allows: Moodle's
// multi-language spans in GIFT and Moodle XML, a column per language in CSV).
enum class Languages { English, Japanese, Both };

// The Moodle multi-language form of a text in both languages:
// <span lang="en" class="multilang">...</span><span lang="ja" class="multilang">...</span>.
// A text in one language is written as it is.
QString multilang(const LocalizedText &text, Languages languages);
// The inverse: a text holding multilang spans split into its languages; a text without them
// is in the language given ("en" or "ja").
LocalizedText splitMultilang(const QString &text, const QString &language);
// "ja" when the text holds kana or CJK ideographs, else "en": the language of a question
// whose file does not say, judged by its stem (so a choice "Amazon EC2" follows its stem).
QString guessLanguage(const QString &text);
// Whether any text holds multilang spans.
bool hasMultilang(const QString &text);

// The share of the grade each correct answer earns when count answers are correct, as Moodle
// writes grades: "100", "50", "33.33333" (GIFT's ~%50%, Moodle XML's fraction="50").
QString moodleGrade(qsizetype count);

// The Shiken fields beyond the texts, as one line of JSON: {"id", "domain", "task", "topics",
// "difficulty", "references": [{"title", "url"}], "group"}; the writers put it where the
// format has room that other tools ignore (a GIFT comment "// shiken: {...}", a Moodle XML
// comment "<!-- shiken: {...} -->"). applyMetadata sets the fields present in it on question;
// false (with the reason) when it is not such JSON.
QString metadataJson(const Question &question);
bool applyMetadata(const QString &json, Question *question, QString *error);

// HTML (as Moodle and other tools write question text) as the Markdown Shiken stores:
// paragraphs, line breaks, bold, italic, code, preformatted blocks, lists, links and entities;
// other tags are dropped, keeping their text. Images are dropped (no remote resource is ever
// loaded), each with a note added to notes.
QString htmlToMarkdown(const QString &html, QStringList *notes);
// Markdown as simple HTML for formats read by tools without Markdown (Anki):
// paragraphs, line breaks, emphasis, code, lists, links, with every other character escaped.
QString markdownToHtml(const QString &markdown);

} // namespace QuestionExchange
