// Questions as CSV (QuestionCsvFormat): every bundled question survives a round trip, files as
// spreadsheet programs save them read, and each unusable row is reported on its line.

#include "exchangetestsupport.h"
#include "formats/questioncsvformat.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ExchangeTestSupport;
using QuestionExchange::Languages;
using QuestionExchange::ReadResult;

namespace {

// A file of the header and the rows given, lines ended by LF.
QByteArray csv(const QStringList &lines)
{
    return (lines.join(u'\n') + u'\n').toUtf8();
}

const QString minimalHeader = u"id,language,stem,choice_a,choice_b,choice_c,choice_d,correct"_s;

} // namespace

class TestQuestionCsvFormat : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledQuestionRoundTrips_data() { addLanguageRows(); }

    void everyBundledQuestionRoundTrips()
    {
        QFETCH(Languages, languages);
        const QList<Question> questions = bundledQuestions();
        QVERIFY(questions.size() > 100);
        const ReadResult result
            = QuestionCsvFormat::read(QuestionCsvFormat::write(questions, languages));
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(result.questions.size(), questions.size());
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const Question expected = asWritten(questions.at(i), languages);
            const Question &actual = result.questions.at(i).question;
            QVERIFY2(actual == expected, qPrintable(expected.id));
        }
        QCOMPARE(result.questions.first().line, 2);
    }

    // A spreadsheet of many copies of the bank (each copy's ids its own), each language in its
    // own part of the file: every question is read with both its languages, in the order of
    // its first rows, rows spanning the blocks the file is read in, and each handed on as it
    // is made.
    void readsAFileAsAStreamWhereverTheRowsAre()
    {
        QList<Question> questions;
        for (int copy = 0; copy < 3; ++copy) {
            for (Question question : bundledQuestions()) {
                question.id = u"copy%1-%2"_s.arg(copy).arg(question.id);
                questions.append(question);
            }
        }
        const QByteArray english = QuestionCsvFormat::write(questions, Languages::English);
        const QByteArray japanese = QuestionCsvFormat::write(questions, Languages::Japanese);
        QByteArray file = english + japanese.sliced(japanese.indexOf("\r\n") + 2);
        QVERIFY(file.size() > 1024 * 1024);
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        ReadResult rest;
        QList<QuestionExchange::Read> read;
        bool problemBeforeTheEnd = false;
        QuestionCsvFormat::read(device, &rest, [&](QuestionExchange::Read &&question) {
            problemBeforeTheEnd = problemBeforeTheEnd || !rest.problems.isEmpty();
            read.append(std::move(question));
            return true;
        });
        QVERIFY(!problemBeforeTheEnd);
        QVERIFY2(rest.problems.isEmpty(), qPrintable(describe(rest)));
        QCOMPARE(read.size(), questions.size());
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const Question expected = asWritten(questions.at(i), Languages::Both);
            QVERIFY2(read.at(i).question == expected, qPrintable(expected.id));
        }
        QCOMPARE(read.first().line, 2);
        QVERIFY(read.at(1).line > 2);

        // The same rows side by side, as Shiken writes them, read the same.
        QByteArray sideBySide = QuestionCsvFormat::write(questions, Languages::Both);
        QBuffer again(&sideBySide);
        QVERIFY(again.open(QIODevice::ReadOnly));
        qsizetype taken = 0, same = 0;
        QuestionCsvFormat::read(again, &rest, [&](QuestionExchange::Read &&question) {
            same += question.question == read.at(taken).question;
            return ++taken > 0;
        });
        QCOMPARE(same, questions.size());
        QVERIFY2(rest.problems.isEmpty(), qPrintable(describe(rest)));
        QCOMPARE(taken, questions.size());
    }

    // A problem with the file as a whole, found at its end, is found before any question is
    // handed on: nothing of the file is stored.
    void findsAProblemOfTheWholeFileBeforeAnyQuestion_data()
    {
        QTest::addColumn<QByteArray>("end");
        QTest::addColumn<QString>("mentioning");
        QTest::newRow("not UTF-8") << QByteArray("\x96\xe2,a,b,A\n") << u"UTF-8"_s;
        QTest::newRow("quote never closed") << QByteArray("\"A stem,a,b,A\n") << u"quote"_s;
    }

    void findsAProblemOfTheWholeFileBeforeAnyQuestion()
    {
        QFETCH(QByteArray, end);
        QFETCH(QString, mentioning);
        QByteArray file = QuestionCsvFormat::write(bundledQuestions(), Languages::Both) + end;
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        ReadResult result;
        int taken = 0;
        QuestionCsvFormat::read(device, &result,
                                [&](QuestionExchange::Read &&) { return ++taken > 0; });
        QCOMPARE(taken, 0);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(mentioning),
                 qPrintable(describe(result)));
        QCOMPARE(result.problems.first().line, int(file.count('\n')));
    }

    // Told to stop, the reader makes no further question: a broken row after that point is
    // never reported.
    void stopsWhenTakeSaysSo()
    {
        const QByteArray file = QuestionCsvFormat::write(bundledQuestions(), Languages::Both);
        QByteArray broken
            = file + "late,5,5.1,,,single,en,Which port does SSH use?,22,80,,,,,,,Z\r\n";
        for (const bool stopping : {true, false}) {
            QBuffer device(&broken);
            QVERIFY(device.open(QIODevice::ReadOnly));
            ReadResult result;
            int taken = 0;
            QuestionCsvFormat::read(device, &result, [&](QuestionExchange::Read &&) {
                return !stopping || ++taken < 3;
            });
            if (stopping) {
                QCOMPARE(taken, 3);
                QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
            } else {
                QVERIFY2(!result.problems.isEmpty(), "the broken row is found when read");
            }
        }
    }

    void writesHeaderBomAndCrlf()
    {
        const QList<Question> questions = bundledQuestions().mid(0, 2);
        const QByteArray data = QuestionCsvFormat::write(questions, Languages::Both);
        QVERIFY(data.startsWith("\xEF\xBB\xBFid,domain,task,topics,difficulty,type,language,stem,"
                                "choice_a,choice_b,choice_c,choice_d,choice_e,choice_f,choice_g,"
                                "choice_h,correct,rationale_a,rationale_b,rationale_c,"
                                "rationale_d,rationale_e,rationale_f,rationale_g,rationale_h,"
                                "explanation,references,group\r\n"));
        QVERIFY(data.endsWith("\r\n"));
        // A row per question and language, English first; the id and metadata on both.
        const QString text = QString::fromUtf8(data);
        const QString id = questions.first().id;
        const qsizetype en = text.indexOf(u"\r\n"_s + id + u',');
        const qsizetype ja = text.indexOf(u"\r\n"_s + id + u',', en + 1);
        QVERIFY(en > 0 && ja > en);
        QVERIFY(text.mid(en, ja - en).contains(u",en,"_s));
        QVERIFY(text.mid(ja, 200).contains(u",ja,"_s));
    }

    void quotesOnlyWhatNeedsIt()
    {
        Question q;
        q.id = u"quote-01"_s;
        q.stem.en = u"Say \"hi\", then\nwait"_s;
        q.choices = {{u"A"_s, true, {u"plain"_s, {}}, {}}, {u"B"_s, false, {u"a;b"_s, {}}, {}}};
        const QString text = QString::fromUtf8(QuestionCsvFormat::write({q}, Languages::English));
        QVERIFY(text.contains(u",\"Say \"\"hi\"\", then\nwait\",plain,\"a;b\","_s));
        const ReadResult result = QuestionCsvFormat::read(text.toUtf8());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.first().question.stem.en, q.stem.en);
        QCOMPARE(result.questions.first().question.choices.at(1).text.en, u"a;b"_s);
    }

    void readsSpreadsheetExport()
    {
        const ReadResult result = QuestionCsvFormat::read(fixture(u"spreadsheet.csv"_s));
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 3);

        // One question from two rows, English and Japanese.
        const QuestionExchange::Read &both = result.questions.at(0);
        QCOMPARE(both.line, 2);
        const Question &q = both.question;
        QCOMPARE(q.id, u"s3-versioning-01"_s);
        QCOMPARE(q.domain, u"2"_s);
        QCOMPARE(q.task, u"2.1"_s);
        QCOMPARE(q.topics, QStringList({u"s3"_s, u"backup"_s}));
        QCOMPARE(q.difficulty, 2);
        QCOMPARE(q.type, Question::Type::Single);
        QCOMPARE(q.select, 1);
        QVERIFY(q.exam.isEmpty());
        QCOMPARE(q.stem.en,
                 u"A company stores reports in Amazon S3, and a user deleted one by mistake.\n"
                 "The team wants to \"undo\" such deletions.\nWhat should the team do?"_s);
        QVERIFY(q.stem.ja.startsWith(u"ある企業は"_s));
        QCOMPARE(q.choices.size(), 4);
        QCOMPARE(q.correctKeys(), u"A"_s);
        QCOMPARE(q.choices.at(0).key, u"A"_s);
        QCOMPARE(q.choices.at(3).key, u"D"_s);
        QCOMPARE(q.choices.at(0).text.en, u"Enable S3 Versioning on the bucket."_s);
        QCOMPARE(q.choices.at(0).text.ja, u"バケットで S3 バージョニングを有効にする。"_s);
        QCOMPARE(q.choices.at(2).rationale.ja, u"オブジェクトを削除します。"_s);
        QCOMPARE(q.explanation.en,
                 u"Remove the **delete marker** to restore the object:\n\n"
                 "- list the versions\n- delete the marker"_s);
        QCOMPARE(q.references.size(), 2);
        QCOMPARE(q.references.at(0).title, u"Amazon S3 User Guide: How S3 Versioning works"_s);
        QCOMPARE(
            q.references.at(0).url,
            u"https://docs.aws.amazon.com/AmazonS3/latest/userguide/versioning-workflows.html"_s);
        QCOMPARE(q.references.at(1).title, u"S3 Versioning overview"_s);
        QVERIFY(q.references.at(1).url.isEmpty());

        // Japanese by its stem: no language, no id, no type column value.
        const QuestionExchange::Read &japanese = result.questions.at(1);
        QCOMPARE(japanese.line, 12);
        QVERIFY(japanese.question.id.isEmpty());
        QVERIFY(japanese.question.stem.en.isEmpty());
        QVERIFY(japanese.question.stem.ja.startsWith(u"CloudWatch でメモリ"_s));
        QCOMPARE(japanese.question.choices.size(), 2);
        QCOMPARE(japanese.question.choices.at(1).text.ja, u"詳細モニタリング"_s);
        QCOMPARE(japanese.question.correctKeys(), u"A"_s);
        QCOMPARE(japanese.question.difficulty, 2);

        // Multiple response from "B, D", the type column empty.
        const QuestionExchange::Read &multiple = result.questions.at(2);
        QCOMPARE(multiple.line, 13);
        QCOMPARE(multiple.question.type, Question::Type::Multiple);
        QCOMPARE(multiple.question.select, 2);
        QCOMPARE(multiple.question.correctKeys(), u"BD"_s);
        QCOMPARE(multiple.question.choices.size(), 5);
        QCOMPARE(multiple.question.group, u"cost-group"_s);
        QCOMPARE(multiple.question.difficulty, 3);
        QCOMPARE(multiple.question.explanation.en,
                 u"Savings Plans lower the rate;\nstopped instances are not billed."_s);
    }

    void readsSemicolonSeparatedFile()
    {
        const ReadResult result = QuestionCsvFormat::read(fixture(u"semicolon.csv"_s));
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 2);
        const Question &first = result.questions.at(0).question;
        QCOMPARE(first.stem.en, u"Which service stores objects, such as images?"_s);
        QCOMPARE(first.choices.size(), 3);
        QCOMPARE(first.choices.at(2).text.en, u"Amazon EFS; a file system"_s);
        QCOMPARE(first.explanation.en, u"S3 stores objects, and serves them over HTTPS."_s);
        const Question &second = result.questions.at(1).question;
        QCOMPARE(result.questions.at(1).line, 3);
        QCOMPARE(second.choices.size(), 2);
        QCOMPARE(second.correctKeys(), u"A"_s);
    }

    void readsTabSeparatedFile()
    {
        const QByteArray data = "stem\tchoice_a\tchoice_b\tcorrect\nPick one, please\tx\ty\tB\n";
        const ReadResult result = QuestionCsvFormat::read(data);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.first().question.stem.en, u"Pick one, please"_s);
        QCOMPARE(result.questions.first().question.correctKeys(), u"B"_s);
    }

    void headerMatchesCaseAndSpacesLoosely()
    {
        const ReadResult result = QuestionCsvFormat::read(
            csv({u" STEM ,Choice A,choice-b,Correct"_s, u"Which?,yes,no,a"_s}));
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.first().question.choices.at(0).text.en, u"yes"_s);
    }

    void readsCrLineEndsAndLastRowWithoutLineEnd()
    {
        const ReadResult result = QuestionCsvFormat::read(
            "stem,choice_a,choice_b,correct\r\"Two\r\nlines\",a,b,A\rNext,c,d,");
        // The last row has no correct answer: reported on line 4 (a quoted CRLF counts once).
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.first().question.stem.en, u"Two\nlines"_s);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 4);
    }

    void reportsTheOneProblemOnItsLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("questions"); // read all the same
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentioning"); // a word the message must hold, if any
        QTest::newRow("gap in choices") << csv({
            minimalHeader,
            u"q1,en,\"A stem\non two lines\",a,b,c,d,A"_s,
            u"q2,en,Another stem,a,b,,d,A"_s,
        }) << 1 << 4 << u"choice_c"_s;
        QTest::newRow("correct key naming no choice") << csv({
            minimalHeader,
            u"q1,en,A stem,a,b,c,,AE"_s,
        }) << 0 << 2 << u"AE"_s;
        QTest::newRow("unknown column on first line")
            << csv({u"stem,choice_a,choice_b,correct,choise_c"_s, u"A stem,a,b,A,c"_s}) << 0 << 1
            << u"choise_c"_s;
        QTest::newRow("missing required column")
            << csv({u"stem,choice_a,correct"_s, u"A stem,a,A"_s}) << 0 << 1 << u"choice_b"_s;
        QTest::newRow("second row in same language") << csv({
            u"id,stem,choice_a,choice_b,correct"_s,
            u"q1,An English stem,a,b,A"_s,
            u"q1,The same in English again,a,b,A"_s,
        }) << 1 << 3 << QString();
        QTest::newRow("unclosed quote at end of file") << csv({
            u"stem,choice_a,choice_b,correct"_s,
            u"A stem,a,b,A"_s,
            u"\"An unfinished stem,a,b,A"_s,
            u"more,c,d,A"_s,
        }) << 0 << 3 << QString();
        // "問題" in Shift_JIS, as Excel saves "CSV (comma delimited)" in Japan.
        QTest::newRow("file that is not UTF-8")
            << QByteArray("stem,choice_a,choice_b,correct\n\x96\xe2\x91\xe8,a,b,A\n") << 0 << 2
            << QString();
    }

    void reportsTheOneProblemOnItsLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, questions);
        QFETCH(int, line);
        QFETCH(QString, mentioning);
        const ReadResult result = QuestionCsvFormat::read(file);
        QCOMPARE(result.questions.size(), questions);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, line);
        if (!mentioning.isEmpty())
            QVERIFY2(result.problems.first().message.contains(mentioning),
                     qPrintable(describe(result)));
    }

    void reportsMissingCorrectAnswerAndTooFewChoices()
    {
        const ReadResult result = QuestionCsvFormat::read(csv({
            minimalHeader,
            u"q1,en,A stem,a,b,,,"_s,
            u"q2,en,A stem,only,,,,A"_s,
        }));
        QVERIFY(result.questions.isEmpty());
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 2);
        QCOMPARE(result.problems.at(1).line, 3);
    }

    void reportsDisagreeingMergedRows()
    {
        const ReadResult result = QuestionCsvFormat::read(csv({
            u"id,domain,language,stem,choice_a,choice_b,correct"_s,
            u"q1,1,en,An English stem,a,b,A"_s,
            u"q1,2,ja,日本語の問題文,あ,い,A"_s,
            u"q2,1,en,Another stem,a,b,A"_s,
            u"q2,1,ja,別の問題文,あ,い,B"_s,
        }));
        QCOMPARE(result.questions.size(), 2);
        QVERIFY(result.questions.at(0).question.stem.ja.isEmpty());
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 3);
        QVERIFY2(result.problems.at(0).message.contains(u"domain"_s), qPrintable(describe(result)));
        QCOMPARE(result.problems.at(1).line, 5);
        QVERIFY2(result.problems.at(1).message.contains(u"correct"_s),
                 qPrintable(describe(result)));
    }

    void reportsTypeAndDifficultyThatDoNotFit()
    {
        const ReadResult result = QuestionCsvFormat::read(csv({
            u"stem,choice_a,choice_b,choice_c,correct,type,difficulty,language"_s,
            u"One,a,b,c,AB,single,2,en"_s,
            u"Two,a,b,c,A,multiple,2,en"_s,
            u"Three,a,b,c,A,essay,2,en"_s,
            u"Four,a,b,c,A,single,hard,en"_s,
            u"Five,a,b,c,A,single,2,fr"_s,
            u"Six,a,b,c,A,SINGLE,1,EN"_s,
        }));
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.first().question.difficulty, 1);
        QCOMPARE(result.problems.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(result.problems.at(i).line, i + 2);
    }

    void reportsRationaleWithoutChoice()
    {
        const ReadResult result = QuestionCsvFormat::read(
            csv({u"stem,choice_a,choice_b,correct,rationale_c"_s, u"A stem,a,b,A,why"_s}));
        QVERIFY(result.questions.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().message.contains(u"rationale_c"_s));
    }

    void readsUtf16WithByteOrderMark()
    {
        const QString text = u"stem\tchoice_a\tchoice_b\tcorrect\r\n問題\tあ\tい\tB\r\n"_s;
        QByteArray data("\xFF\xFE");
        data.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const ReadResult result = QuestionCsvFormat::read(data);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.first().question.stem.ja, u"問題"_s);
    }

    void ignoresEmptyRowsAndEmptyFile()
    {
        QVERIFY(QuestionCsvFormat::read({}).questions.isEmpty());
        QVERIFY(QuestionCsvFormat::read({}).problems.isEmpty());
        const ReadResult result = QuestionCsvFormat::read(
            "\xEF\xBB\xBFstem,choice_a,choice_b,correct\r\n\r\n,,,\r\nA stem,a,b,A\r\n\r\n");
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.questions.size(), 1);
        QCOMPARE(result.questions.first().line, 4);
    }

    void survivesMalformedInput()
    {
        const QByteArray bank
            = QuestionCsvFormat::write(bundledQuestions().mid(0, 5), Languages::Both);
        QList<QByteArray> inputs {
            "\"",
            ",,,\n\"\"\"",
            "stem,choice_a,choice_b,correct\n" + QByteArray(100000, ','),
            "stem,choice_a,choice_b,correct\n" + QByteArray(100000, '"'),
            "stem;choice_a\tchoice_b;correct\n\"a\"b\"c;d\n",
            QByteArray(50000, '\n'),
        };
        for (qsizetype cut = 1; cut < bank.size(); cut += bank.size() / 37)
            inputs.append(bank.left(cut));
        QRandomGenerator random(20240601);
        for (int i = 0; i < 50; ++i) {
            QByteArray noisy = bank;
            for (int j = 0; j < 20; ++j)
                noisy[random.bounded(int(noisy.size()))] = char(random.bounded(256));
            inputs.append(noisy);
        }
        for (const QByteArray &input : std::as_const(inputs)) {
            const ReadResult result = QuestionCsvFormat::read(input);
            for (const QuestionExchange::Read &read : result.questions) {
                QVERIFY(read.line >= 1);
                QVERIFY(read.question.choices.size() >= 2);
            }
            for (const QuestionExchange::Problem &problem : result.problems)
                QVERIFY(problem.line >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuestionCsvFormat)
#include "tst_questioncsvformat.moc"
