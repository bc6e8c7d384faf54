// The bundled bank's editorial rule that no answer is given away by its length, and the
// measure behind it (AnswerLengthCheck).

#include "bank/answerlengthcheck.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// A question whose choice texts are the given ones, in both languages.
Question withChoices(const QString &id, const QString &correct, const QStringList &en,
                     const QStringList &ja)
{
    Question q = makeQuestion(id, u"1"_s, u"1.1"_s, {u"cloudwatch"_s}, correct, int(en.size()));
    for (int i = 0; i < en.size(); ++i)
        q.choices[i].text = {en.at(i), ja.at(i)};
    return q;
}

} // namespace

class TestBankQuality : public QObject
{
    Q_OBJECT

private slots:
    void longestKeyGivesTheAnswerAway()
    {
        const Question q = withChoices(u"q"_s, u"C"_s, {u"aa"_s, u"bb"_s, u"cccc"_s, u"d"_s},
                                       {u"ああああ"_s, u"い"_s, u"う"_s, u"え"_s});
        QVERIFY(AnswerLengthCheck::correctChoicesAreLongest(q, u"en"));
        // Each language is measured on its own text.
        QVERIFY(!AnswerLengthCheck::correctChoicesAreLongest(q, u"ja"));
    }

    void keyTiedWithTheLongestCounts()
    {
        const Question q = withChoices(u"q"_s, u"B"_s, {u"aaa"_s, u"bbb"_s, u"c"_s, u"d"_s},
                                       {u"あ"_s, u"い"_s, u"う"_s, u"えええ"_s});
        QVERIFY(AnswerLengthCheck::correctChoicesAreLongest(q, u"en"));
        QVERIFY(!AnswerLengthCheck::correctChoicesAreLongest(q, u"ja"));
    }

    void correctSetIsTheLongestChoices()
    {
        const QStringList ja {u"あ"_s, u"い"_s, u"う"_s, u"え"_s, u"お"_s};
        const Question longest
            = withChoices(u"q"_s, u"BD"_s, {u"a"_s, u"bbbb"_s, u"cc"_s, u"dddd"_s, u"eee"_s}, ja);
        QVERIFY(AnswerLengthCheck::correctChoicesAreLongest(longest, u"en"));
        // One correct choice shorter than a wrong one: the N longest are not the answer.
        const Question mixed = withChoices(
            u"q"_s, u"BD"_s, {u"a"_s, u"bbbb"_s, u"ccccc"_s, u"dddd"_s, u"eee"_s}, ja);
        QVERIFY(!AnswerLengthCheck::correctChoicesAreLongest(mixed, u"en"));
    }

    void charactersAreCodePoints()
    {
        // U+20BB7 is one character but two UTF-16 units: it must not make a key look longer.
        const Question q = withChoices(u"q"_s, u"A"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s},
                                       {u"\U00020BB7"_s, u"いい"_s, u"う"_s, u"え"_s});
        QVERIFY(!AnswerLengthCheck::correctChoicesAreLongest(q, u"ja"));
    }

    void singleAnswerKeysAreCountedPerLengthRank()
    {
        const QStringList ja {u"あ"_s, u"い"_s, u"う"_s, u"え"_s};
        const QList<Question> questions {
            withChoices(u"longest"_s, u"A"_s, {u"aaaa"_s, u"b"_s, u"cc"_s, u"ddd"_s}, ja),
            withChoices(u"second"_s, u"D"_s, {u"aaaa"_s, u"b"_s, u"cc"_s, u"ddd"_s}, ja),
            withChoices(u"second-2"_s, u"B"_s, {u"a"_s, u"bbb"_s, u"cc"_s, u"dddd"_s}, ja),
            withChoices(u"shortest"_s, u"B"_s, {u"aaaa"_s, u"b"_s, u"cc"_s, u"ddd"_s}, ja),
        };
        const AnswerLengthCheck::Result result = AnswerLengthCheck::measure(questions, u"en");
        QCOMPARE(result.singleTotal, 4);
        QCOMPARE(result.singleByRank.size(), 4);
        QCOMPARE(result.singleByRank.at(0), QStringList {u"longest"_s});
        QCOMPARE(result.singleByRank.at(1), (QStringList {u"second"_s, u"second-2"_s}));
        QVERIFY(result.singleByRank.at(2).isEmpty());
        QCOMPARE(result.singleByRank.at(3), QStringList {u"shortest"_s});
        // "Pick the second longest" wins half of these: above the bound.
        QCOMPARE(result.commonestSingleRank(), 1);
        QCOMPARE(result.singleRate(1), 0.5);
        QVERIFY(!result.singleWithinBound());
    }

    void evenRanksAreWithinTheBound()
    {
        const QStringList ja {u"あ"_s, u"いい"_s, u"ううう"_s, u"ええええ"_s};
        QList<Question> questions;
        for (const QString &key : {u"A"_s, u"B"_s, u"C"_s, u"D"_s})
            questions.append(
                withChoices(u"q-"_s + key, key, {u"a"_s, u"bb"_s, u"ccc"_s, u"dddd"_s}, ja));
        const AnswerLengthCheck::Result result = AnswerLengthCheck::measure(questions, u"ja");
        for (int rank = 0; rank < 4; ++rank)
            QCOMPARE(result.singleRate(rank), 0.25);
        QVERIFY(result.singleWithinBound());
    }

    void multipleResponseCountsLongestSetAndPatterns()
    {
        const QStringList ja {u"あ"_s, u"い"_s, u"う"_s, u"え"_s, u"お"_s};
        const QStringList lengths {u"a"_s, u"bbbb"_s, u"ccc"_s, u"dd"_s, u"eeeee"_s};
        QList<Question> questions {
            withChoices(u"longest-two"_s, u"BE"_s, lengths, ja),
            withChoices(u"first-and-last"_s, u"AE"_s, lengths, ja),
        };
        for (const QString &keys : {u"BC"_s, u"CD"_s, u"AB"_s, u"AC"_s, u"AD"_s, u"BD"_s})
            questions.append(withChoices(u"other-"_s + keys, keys, lengths, ja));
        const AnswerLengthCheck::Result result = AnswerLengthCheck::measure(questions, u"en");
        QCOMPARE(result.multipleTotal, 8);
        QCOMPARE(result.multipleLongest, QStringList {u"longest-two"_s});
        // Ranks by length: E 1, B 2, C 3, D 4, A 5.
        QCOMPARE(result.multipleByPattern.value(u"1+2"_s), QStringList {u"longest-two"_s});
        QCOMPARE(result.multipleByPattern.value(u"1+5"_s), QStringList {u"first-and-last"_s});
        QCOMPARE(result.multipleByPattern.size(), 8);
        QCOMPARE(result.patternRate(result.commonestPattern()), 0.125);
        QVERIFY(result.multipleWithinBound());

        questions.append(withChoices(u"first-and-last-2"_s, u"AE"_s, lengths, ja));
        const AnswerLengthCheck::Result skewed = AnswerLengthCheck::measure(questions, u"en");
        QCOMPARE(skewed.commonestPattern(), u"1+5"_s);
        QVERIFY(!skewed.multipleWithinBound());
    }

    // The rule itself, on questionbank/ as committed, in both languages.
    void bundledBankKeepsAnswerLengthsWithinBounds_data() { TestSupport::addLanguageRows(); }

    void bundledBankKeepsAnswerLengthsWithinBounds()
    {
        QFETCH(QString, language);
        BankIssues issues;
        const Bank bank
            = BankReader::readDirectory(QStringLiteral(SHIKEN_SOURCE_DIR "/questionbank"), &issues);
        QVERIFY(issues.isEmpty());
        const AnswerLengthCheck::Result result
            = AnswerLengthCheck::measure(bank.questions, language);
        QVERIFY(result.singleTotal > 100);
        QVERIFY(result.multipleTotal > 30);
        QStringList shares;
        for (int rank = 0; rank < result.singleByRank.size(); ++rank)
            shares.append(QString::number(100 * result.singleRate(rank), 'f', 1));
        const QString pattern = result.commonestPattern();
        qInfo("%s: single (%d) key at length rank 1/2/3/4: %s %%; multiple (%d) longest set "
              "%.1f %%, commonest pattern %s %.1f %%",
              qPrintable(language), result.singleTotal, qPrintable(shares.join(u" / "_s)),
              result.multipleTotal, 100 * result.multipleLongestRate(), qPrintable(pattern),
              100 * result.patternRate(pattern));
        const int rank = result.commonestSingleRank();
        QVERIFY2(result.singleWithinBound(),
                 qPrintable(u"single-answer keys at length rank %1: "_s.arg(rank + 1)
                            + result.singleByRank.at(rank).join(u' ')));
        QVERIFY2(result.multipleLongestRate() <= AnswerLengthCheck::maxMultipleRate,
                 qPrintable(u"correct sets that are the longest choices: "_s
                            + result.multipleLongest.join(u' ')));
        QVERIFY2(result.patternRate(pattern) <= AnswerLengthCheck::maxMultipleRate,
                 qPrintable(u"correct sets at length ranks %1: "_s.arg(pattern)
                            + result.multipleByPattern.value(pattern).join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestBankQuality)
#include "tst_bankquality.moc"
