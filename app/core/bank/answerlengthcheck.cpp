#include "bank/answerlengthcheck.h"

#include <algorithm>

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

double rate(qsizetype part, int total)
{
    return total == 0 ? 0.0 : double(part) / total;
}

} // namespace

double AnswerLengthCheck::Result::singleRate() const
{
    return rate(singleGiveaways.size(), singleTotal);
}

double AnswerLengthCheck::Result::multipleRate() const
{
    return rate(multipleGiveaways.size(), multipleTotal);
}

bool AnswerLengthCheck::correctChoicesAreLongest(const Question &question, QStringView language)
{
    qsizetype shortestCorrect = -1;
    qsizetype longestWrong = -1;
    for (const Choice &choice : question.choices) {
        const qsizetype length = characters(choice.text.in(language));
        if (choice.correct)
            shortestCorrect = shortestCorrect < 0 ? length : std::min(shortestCorrect, length);
        else
            longestWrong = std::max(longestWrong, length);
    }
    return shortestCorrect >= 0 && shortestCorrect >= longestWrong;
}

AnswerLengthCheck::Result AnswerLengthCheck::measure(const QList<Question> &questions,
                                                     QStringView language)
{
    Result result;
    result.language = language.toString();
    for (const Question &question : questions) {
        if (question.type == Question::Type::Single) {
            ++result.singleTotal;
            if (correctChoicesAreLongest(question, language))
                result.singleGiveaways.append(question.id);
        } else {
            ++result.multipleTotal;
            if (correctChoicesAreLongest(question, language))
                result.multipleGiveaways.append(question.id);
        }
    }
    return result;
}
