#pragma once

#include "bank/annotationstore.h"
#include "bank/question.h"
#include "exam/attempt.h"
#include "exam/grading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

// An attempt's answers as CSV (RFC 4180, UTF-8): one row per question with the learner's
// answer and the correct one as the letters shown in the exam, plus the bank keys, and the
// learner's bookmark and note on the question.
class AttemptCsv
{
    Q_DECLARE_TR_FUNCTIONS(AttemptCsv)

public:
    static QByteArray write(const Attempt &attempt, const QHash<QString, Question> &questions,
                            const AttemptResult &result,
                            const QHash<QString, Annotation> &annotations = {});
    // The letters shown for bank keys, in the order they were shown ("BD" for keys C and A...).
    static QString displayedLetters(const QString &choiceOrder, const QString &keys);
};
