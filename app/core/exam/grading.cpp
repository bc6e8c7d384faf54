#include "exam/grading.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Grading {

namespace {
QString sortedKeys(QString keys)
{
    std::sort(keys.begin(), keys.end());
    return keys;
}
} // namespace

bool isCorrect(const Question &question, const QString &selection)
{
    return !selection.isEmpty() && sortedKeys(selection) == sortedKeys(question.correctKeys());
}

int scaledScore(const Blueprint &blueprint, int correct, int total)
{
    if (total <= 0)
        return blueprint.scaleMin;
    return int(std::lround(blueprint.scaleMin
                           + double(blueprint.scaleMax - blueprint.scaleMin) * correct / total));
}

AttemptResult grade(const Blueprint &blueprint, const Attempt &attempt,
                    const QHash<QString, Question> &questions)
{
    AttemptResult result;
    QHash<QString, ScoreLine> domains, tasks;
    QMap<QString, ScoreLine> topics;
    const auto count = [](ScoreLine &line, const QString &id, bool correct) {
        line.id = id;
        ++line.total;
        line.correct += correct ? 1 : 0;
    };
    for (const AttemptItem &item : attempt.items) {
        const auto it = questions.constFind(item.questionId);
        const bool correct = it != questions.constEnd() && isCorrect(*it, item.selection);
        result.itemCorrect.append(correct);
        ++result.total;
        result.correct += correct ? 1 : 0;
        if (it == questions.constEnd())
            continue;
        count(domains[it->domain], it->domain, correct);
        count(tasks[it->task], it->task, correct);
        for (const QString &topic : it->topics)
            count(topics[topic], topic, correct);
    }
    result.scaledScore = scaledScore(blueprint, result.correct, result.total);
    result.passed = result.total > 0 && result.scaledScore >= blueprint.passingScore;

    const double passFraction = blueprint.passFraction();
    const auto finish = [&](ScoreLine line) {
        // A tiny tolerance so that exactly the pass fraction counts as reaching it.
        line.meetsCompetencies = line.total > 0 && line.fraction() + 1e-9 >= passFraction;
        return line;
    };
    for (const Domain &domain : blueprint.domains) {
        if (domains.contains(domain.id))
            result.domains.append(finish(domains.value(domain.id)));
        for (const TaskStatement &task : domain.tasks) {
            if (tasks.contains(task.id))
                result.tasks.append(finish(tasks.value(task.id)));
        }
    }
    for (const ScoreLine &line : std::as_const(topics))
        result.topics.append(finish(line));
    return result;
}

} // namespace Grading
