#pragma once

#include "bank/question.h"

#include <QList>
#include <QStringList>

// The bank's rule that no answer is given away by its length. Measured over a set of
// questions in one language: how often a test-wise learner who picks the longest choice
// (single answer) or the N longest choices (multiple response) would be right, knowing no
// AWS at all. Chance is 25 % and about 10 %; the bundled bank stays within the bounds below
// in both languages (`shiken validate --strict`, and a test over questionbank/).
class AnswerLengthCheck
{
public:
    static constexpr double maxSingleRate = 0.30;
    static constexpr double maxMultipleRate = 0.15;

    struct Result
    {
        QString language;
        int singleTotal = 0;
        QStringList singleGiveaways; // ids whose key is the longest choice
        int multipleTotal = 0;
        QStringList multipleGiveaways; // ids whose correct set is the N longest choices

        double singleRate() const;
        double multipleRate() const;
        bool singleWithinBound() const { return singleRate() <= maxSingleRate; }
        bool multipleWithinBound() const { return multipleRate() <= maxMultipleRate; }
    };

    static Result measure(const QList<Question> &questions, QStringView language);

    // Whether every correct choice is at least as long as every wrong one: the key is the
    // longest choice, or the correct set the N longest. Lengths are counted in characters
    // (code points); a tie counts against the question, since a key as long as the longest
    // distractor still stands out to a learner who guesses.
    static bool correctChoicesAreLongest(const Question &question, QStringView language);
};
