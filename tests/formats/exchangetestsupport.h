#pragma once

// Helpers shared by the tests of the question exchange formats (GIFT, Moodle XML, CSV, Anki):
// the bundled bank, what a question reads back as, the files in tests/data/formats.

#include "bank/bankreader.h"
#include "formats/questionexchange.h"

#include <QFile>
#include <QTest>

namespace ExchangeTestSupport {

using namespace Qt::StringLiterals;
using QuestionExchange::Languages;

// The bundled bank's questions as the application reads them (each with its exam, "soa-c03").
inline QList<Question> bundledQuestions()
{
    BankIssues issues;
    return BankReader::readDirectory(u"" SHIKEN_SOURCE_DIR "/questionbank"_s, &issues).questions;
}

// The question as a reader gives it back from a file written in the given languages: no exam.
inline Question asWritten(Question q, Languages languages)
{
    q.exam.clear();
    const auto keep = [languages](LocalizedText &text) {
        if (languages == Languages::English)
            text.ja.clear();
        else if (languages == Languages::Japanese)
            text.en.clear();
    };
    keep(q.stem);
    keep(q.explanation);
    for (Choice &choice : q.choices) {
        keep(choice.text);
        keep(choice.rationale);
    }
    return q;
}

// A file of tests/data/formats; empty, and said so, when it cannot be read.
inline QByteArray fixture(const QString &name)
{
    QFile file(u"" SHIKEN_SOURCE_DIR "/tests/data/formats/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

// A read's problems, one a line as "line: message", for a readable failure.
inline QString describe(const QuestionExchange::ReadResult &result)
{
    QStringList lines;
    for (const QuestionExchange::Problem &problem : result.problems)
        lines.append(u"%1: %2"_s.arg(problem.line).arg(problem.message));
    return lines.join(u'\n');
}

// The rows of a test run once per way of writing a file: a "languages" column, both first.
inline void addLanguageRows()
{
    QTest::addColumn<Languages>("languages");
    QTest::newRow("both") << Languages::Both;
    QTest::newRow("english") << Languages::English;
    QTest::newRow("japanese") << Languages::Japanese;
}

} // namespace ExchangeTestSupport
