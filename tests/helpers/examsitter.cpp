// Test helper for the crash loop: sits exams in the database given, through ExamSession as
// the window does, at a random pace: resumes the attempt in progress if there is one,
// answers each question, submits, backs up, and starts the next, until it is killed. It
// prints each step once it is committed: "answered ATTEMPT POSITION SELECTION",
// "submitting ATTEMPT", "submitted ATTEMPT", "backing-up", "backed-up".

#include "bank/questionstore.h"
#include "commands.h"
#include "exam/attemptstore.h"
#include "exam/clock.h"
#include "exam/examsession.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: examsitter DATABASE SEED\n");
        return 2;
    }
    QTextStream err(stderr);
    Database database(QString::fromLocal8Bit(argv[1]));
    if (!Commands::openUserDatabase(database, err))
        return 1;
    QRandomGenerator random(QByteArray(argv[2]).toUInt());
    SystemClock clock;
    const Blueprint blueprint = *QuestionStore(database).blueprint(QStringLiteral("soa-c03"));
    const auto say = [](const QByteArray &line) {
        std::fputs(line.constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    for (;;) {
        QString error;
        std::unique_ptr<ExamSession> session;
        if (const qint64 inProgress = AttemptStore(database).inProgress())
            session = ExamSession::resume(database, inProgress, clock, &error);
        if (!session) {
            ExamSession::Setup setup;
            setup.mode = Attempt::Mode::Drill;
            setup.request.count = 10;
            setup.request.seed = random.generate();
            session = ExamSession::start(database, blueprint, setup, clock, &error);
        }
        if (!session) {
            std::fprintf(stderr, "examsitter: %s\n", qPrintable(error));
            return 1;
        }
        session->setRunning(true);
        for (int position = 0; position < session->count(); ++position) {
            if (!session->selection(position).isEmpty())
                continue;
            session->goTo(position);
            const QString order = session->choiceOrder(position);
            const QString chosen = order.mid(int(random.bounded(order.size())), 1);
            session->setSelection(position, chosen);
            if (session->hasUnsavedChanges())
                return 1;
            say("answered " + QByteArray::number(session->attemptId()) + ' '
                + QByteArray::number(position) + ' ' + chosen.toLatin1());
            QThread::msleep(random.bounded(4));
        }
        say("submitting " + QByteArray::number(session->attemptId()));
        session->submit();
        if (!session->isSubmitted())
            return 1;
        say("submitted " + QByteArray::number(session->attemptId()));
        say("backing-up");
        if (Backups(database.path())
                .create(database, QDateTime::currentDateTimeUtc(), &error)
                .isEmpty()) {
            std::fprintf(stderr, "examsitter: %s\n", qPrintable(error));
            return 1;
        }
        say("backed-up");
    }
}
