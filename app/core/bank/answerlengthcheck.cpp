#include "bank/answerlengthcheck.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

qsizetype characters(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QList<qsizetype> choiceLengths(const Question &question, QStringView language)
{
    QList<qsizetype> lengths;
    for (const Choice &choice : question.choices)
        lengths.append(characters(choice.text.in(language)));
    return lengths;
}

double rate(qsizetype part, int total)
{
    return total == 0 ? 0.0 : double(part) / total;
}

} // namespace

double AnswerLengthCheck::Result::singleRate(int rank) const
{
    return rate(singleByRank.value(rank).size(), singleTotal);
}

int AnswerLengthCheck::Result::commonestSingleRank() const
{
    int commonest = 0;
    for (int rank = 1; rank < singleByRank.size(); ++rank) {
        if (singleByRank.at(rank).size() > singleByRank.at(commonest).size())
            commonest = rank;
    }
    return commonest;
}

double AnswerLengthCheck::Result::multipleLongestRate() const
{
    return rate(multipleLongest.size(), multipleTotal);
}

QString AnswerLengthCheck::Result::commonestPattern() const
{
    QString commonest;
    for (auto it = multipleByPattern.cbegin(); it != multipleByPattern.cend(); ++it) {
        if (commonest.isEmpty() || it->size() > multipleByPattern.value(commonest).size())
            commonest = it.key();
    }
    return commonest;
}

double AnswerLengthCheck::Result::patternRate(const QString &pattern) const
{
    return rate(multipleByPattern.value(pattern).size(), multipleTotal);
}

bool AnswerLengthCheck::Result::singleWithinBound() const
{
    return singleByRank.isEmpty() || singleRate(commonestSingleRank()) <= maxSingleRate;
}

bool AnswerLengthCheck::Result::multipleWithinBound() const
{
    return multipleLongestRate() <= maxMultipleRate
        && patternRate(commonestPattern()) <= maxMultipleRate;
}

bool AnswerLengthCheck::correctChoicesAreLongest(const Question &question, QStringView language)
{
    const QList<qsizetype> lengths = choiceLengths(question, language);
    qsizetype shortestCorrect = -1;
    qsizetype longestWrong = -1;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        if (question.choices.at(i).correct)
            shortestCorrect
                = shortestCorrect < 0 ? lengths.at(i) : std::min(shortestCorrect, lengths.at(i));
        else
            longestWrong = std::max(longestWrong, lengths.at(i));
    }
    return shortestCorrect >= 0 && shortestCorrect >= longestWrong;
}

AnswerLengthCheck::Result AnswerLengthCheck::measure(const QList<Question> &questions,
                                                     QStringView language)
{
    Result result;
    result.language = language.toString();
    for (const Question &question : questions) {
        const QList<qsizetype> lengths = choiceLengths(question, language);
        if (question.type == Question::Type::Single) {
            ++result.singleTotal;
            QList<qsizetype> descending = lengths;
            std::sort(descending.begin(), descending.end(), std::greater<>());
            if (result.singleByRank.size() < descending.size())
                result.singleByRank.resize(descending.size());
            const auto key = std::find_if(question.choices.cbegin(), question.choices.cend(),
                                          [](const Choice &c) { return c.correct; });
            const qsizetype keyLength = lengths.value(key - question.choices.cbegin(), -1);
            for (qsizetype rank = 0; rank < descending.size(); ++rank) {
                if (descending.at(rank) == keyLength)
                    result.singleByRank[rank].append(question.id);
            }
            continue;
        }
        ++result.multipleTotal;
        if (correctChoicesAreLongest(question, language))
            result.multipleLongest.append(question.id);
        QList<qsizetype> order(lengths.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return lengths.at(a) > lengths.at(b); });
        QStringList ranks;
        for (qsizetype rank = 0; rank < order.size(); ++rank) {
            if (question.choices.at(order.at(rank)).correct)
                ranks.append(QString::number(rank + 1));
        }
        result.multipleByPattern[ranks.join(u'+')].append(question.id);
    }
    return result;
}
