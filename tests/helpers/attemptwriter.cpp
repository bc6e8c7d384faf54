// Test helper: starts an exam in the database given and answers its questions one after the
// other, printing "answered N" after each answer is committed, until it is killed.

#include "bank/questionstore.h"
#include "commands.h"
#include "exam/attemptstore.h"
#include "exam/examassembler.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: attemptwriter DATABASE\n");
        return 2;
    }
    QTextStream err(stderr);
    Database database(QString::fromLocal8Bit(argv[1]));
    if (!Commands::openUserDatabase(database, err))
        return 1;
    const QuestionStore questions(database);
    const auto blueprint = questions.blueprint(QStringLiteral("soa-c03"));
    const AssembledExam exam
        = ExamAssembler::assemble(*blueprint, questions.pool(blueprint->id), {0, {}, {}, {}, 1});
    Attempt attempt;
    attempt.exam = blueprint->id;
    attempt.createdAtMs = 1;
    attempt.timeLimitMs = 130 * 60 * 1000;
    for (qsizetype i = 0; i < exam.items.size(); ++i)
        attempt.items.append(
            {int(i), exam.items.at(i).questionId, exam.items.at(i).choiceOrder, {}, false, 0, -1});
    AttemptStore store(database);
    QString error;
    const qint64 id = store.create(attempt, &error);
    if (id == 0)
        return 1;
    std::printf("attempt %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    for (int n = 0;; ++n) {
        const int position = n % int(attempt.items.size());
        const QString selection = attempt.items.at(position).choiceOrder.left(1);
        if (!store.recordAnswer(id, position, selection, 1000 + n)
            || !store.setPosition(id, position) || !store.recordElapsed(id, 1000LL * (n + 1)))
            return 1;
        std::printf("answered %d\n", n);
        std::fflush(stdout);
        QThread::msleep(2);
    }
}
