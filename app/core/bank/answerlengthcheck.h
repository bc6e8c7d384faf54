#pragma once

#include "bank/question.h"

#include <QList>
#include <QMap>
#include <QStringList>

// The bank's rule that no answer is given away by its length. Measured over a set of
// questions in one language: how often a test-wise learner who knows no AWS, only the
// lengths of the choices, would be right. Choices are ranked by length, longest first.
// - Single answer: for each rank, the share of questions whose key holds it ("pick the
//   longest", "pick the second longest", ...). Chance is 25 % with four choices.
// - Multiple response: the share whose correct set is the N longest choices, and the share
//   of each pattern of ranks the correct choices hold ("the longest and the shortest").
//   Chance is 10 % with five choices and two to select.
// The bundled bank keeps every share within the bounds below in both languages
// (`shiken validate --strict`, and a test over questionbank/).
class AnswerLengthCheck
{
public:
    static constexpr double maxSingleRate = 0.30;
    static constexpr double maxMultipleRate = 0.15;

    struct Result
    {
        QString language;
        int singleTotal = 0;
        // Per rank (0: longest), the ids whose key is at that rank. A tie counts against the
        // question: a key as long as the r-th longest choice is at rank r.
        QList<QStringList> singleByRank;
        int multipleTotal = 0;
        QStringList multipleLongest; // every correct choice at least as long as every wrong one
        // The ranks (1-based, "1+5") the correct choices hold, equal lengths in key order.
        QMap<QString, QStringList> multipleByPattern;

        double singleRate(int rank) const;
        int commonestSingleRank() const;
        double multipleLongestRate() const;
        QString commonestPattern() const;
        double patternRate(const QString &pattern) const;
        bool singleWithinBound() const;
        bool multipleWithinBound() const;
    };

    static Result measure(const QList<Question> &questions, QStringView language);

    // Whether every correct choice is at least as long as every wrong one: the key is the
    // longest choice, or the correct set the N longest. Lengths are counted in characters
    // (code points).
    static bool correctChoicesAreLongest(const Question &question, QStringView language);
};
