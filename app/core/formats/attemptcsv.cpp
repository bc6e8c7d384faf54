#include "formats/attemptcsv.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString field(QString value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}

} // namespace

QString AttemptCsv::displayedLetters(const QString &choiceOrder, const QString &keys)
{
    QString letters;
    for (qsizetype i = 0; i < choiceOrder.size(); ++i) {
        if (keys.contains(choiceOrder.at(i)))
            letters += QChar(char16_t(u'A' + i));
    }
    return letters;
}

QByteArray AttemptCsv::write(const Attempt &attempt, const QHash<QString, Question> &questions,
                             const AttemptResult &result,
                             const QHash<QString, Annotation> &annotations)
{
    QStringList lines;
    lines.append(
        u"position,question_id,domain,task,topics,answer,correct_answer,answer_keys,correct_keys,result,flagged,answered_at,bookmarked,note"_s);
    for (qsizetype i = 0; i < attempt.items.size(); ++i) {
        const AttemptItem &item = attempt.items.at(i);
        const Question question = questions.value(item.questionId);
        const QString correctKeys = question.correctKeys();
        const bool correct = result.itemCorrect.value(i);
        const QString verdict = item.selection.isEmpty() ? u"unanswered"_s
            : correct                                    ? u"correct"_s
                                                         : u"incorrect"_s;
        const QStringList row {
            QString::number(i + 1),
            field(item.questionId),
            field(question.domain),
            field(question.task),
            field(question.topics.join(u' ')),
            displayedLetters(item.choiceOrder, item.selection),
            displayedLetters(item.choiceOrder, correctKeys),
            item.selection,
            correctKeys,
            verdict,
            item.flagged ? u"yes"_s : u"no"_s,
            item.answeredAtMs > 0
                ? QDateTime::fromMSecsSinceEpoch(item.answeredAtMs, Qt::UTC).toString(Qt::ISODate)
                : QString(),
            annotations.value(item.questionId).bookmarked ? u"yes"_s : u"no"_s,
            field(annotations.value(item.questionId).note),
        };
        lines.append(row.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}
