#include "exam/attemptstore.h"
#include "exam/examassembler.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestAttemptStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Attempt newExam(const Database &db, quint64 seed)
    {
        const QuestionStore questions(db);
        const auto blueprint = questions.blueprint(u"soa-c03"_s);
        const AssembledExam exam = ExamAssembler::assemble(
            *blueprint, questions.pool(blueprint->id), {10, {}, {}, {}, seed});
        Attempt attempt;
        attempt.exam = blueprint->id;
        attempt.seed = seed;
        attempt.createdAtMs = 1'700'000'000'000;
        attempt.timeLimitMs = 130 * 60 * 1000;
        for (qsizetype i = 0; i < exam.items.size(); ++i)
            attempt.items.append({int(i),
                                  exam.items.at(i).questionId,
                                  exam.items.at(i).choiceOrder,
                                  {},
                                  false,
                                  0,
                                  -1});
        return attempt;
    }

private slots:
    void resumeRestoresAnswersFlagsPositionAndTime()
    {
        const QString path = m_dir.filePath(u"resume.sqlite"_s);
        qint64 id = 0;
        Attempt original;
        {
            Database db(path);
            QVERIFY(openWithBank(db));
            original = newExam(db, 77);
            AttemptStore store(db);
            QString error;
            id = store.create(original, &error);
            QVERIFY2(id > 0, qPrintable(error));
            QVERIFY(store.recordAnswer(id, 0, u"B"_s, 10));
            QVERIFY(store.recordAnswer(id, 3, u"DA"_s, 20)); // stored sorted
            QVERIFY(store.recordAnswer(id, 4, u"C"_s, 30));
            QVERIFY(store.recordAnswer(id, 4, QString(), 40)); // cleared again
            QVERIFY(store.setFlagged(id, 3, true));
            QVERIFY(store.setFlagged(id, 7, true));
            QVERIFY(store.setFlagged(id, 7, false));
            QVERIFY(store.setPosition(id, 5));
            QVERIFY(store.recordElapsed(id, 61'500));
        }
        Database db(path);
        QVERIFY(db.open());
        AttemptStore store(db);
        QCOMPARE(store.inProgress(), id);
        const auto attempt = store.load(id);
        QVERIFY(attempt);
        QCOMPARE(attempt->state, Attempt::State::InProgress);
        QCOMPARE(attempt->seed, 77u);
        QCOMPARE(attempt->position, 5);
        QCOMPARE(attempt->elapsedMs, 61'500);
        QCOMPARE(attempt->remainingMs(), 130 * 60 * 1000 - 61'500);
        QCOMPARE(attempt->items.size(), original.items.size());
        for (qsizetype i = 0; i < original.items.size(); ++i) {
            QCOMPARE(attempt->items.at(i).questionId, original.items.at(i).questionId);
            QCOMPARE(attempt->items.at(i).choiceOrder, original.items.at(i).choiceOrder);
        }
        QCOMPARE(attempt->items.at(0).selection, u"B"_s);
        QCOMPARE(attempt->items.at(3).selection, u"AD"_s);
        QCOMPARE(attempt->items.at(4).selection, QString());
        QCOMPARE(attempt->items.at(4).answeredAtMs, 0);
        QVERIFY(attempt->items.at(3).flagged);
        QVERIFY(!attempt->items.at(7).flagged);
    }

    void submitGradesAndLogsEveryItem()
    {
        Database db(m_dir.filePath(u"submit.sqlite"_s));
        QVERIFY(openWithBank(db));
        AttemptStore store(db);
        Attempt attempt = newExam(db, 5);
        QString error;
        const qint64 id = store.create(attempt, &error);
        const QHash<QString, Question> questions = QuestionStore(db).questions([&] {
            QStringList ids;
            for (const AttemptItem &i : attempt.items)
                ids.append(i.questionId);
            return ids;
        }());
        // answer the first three correctly, the fourth wrongly, leave the rest
        for (int p = 0; p < 4; ++p) {
            const Question &q = questions.value(attempt.items.at(p).questionId);
            const QString answer = p < 3  ? q.correctKeys()
                : q.choices.at(0).correct ? q.choices.at(1).key
                                          : q.choices.at(0).key;
            QVERIFY(store.recordAnswer(id, p, answer, 100 + p));
        }
        attempt = *store.load(id);
        const AttemptResult result
            = Grading::grade(*QuestionStore(db).blueprint(u"soa-c03"_s), attempt, questions);
        QCOMPARE(result.correct, 3);
        QVERIFY(store.submit(id, result, 9999, &error));
        QCOMPARE(store.inProgress(), 0);
        const auto submitted = store.load(id);
        QCOMPARE(submitted->state, Attempt::State::Submitted);
        QCOMPARE(submitted->submittedAtMs, 9999);
        QCOMPARE(submitted->items.at(0).correct, 1);
        QCOMPARE(submitted->items.at(3).correct, 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*), sum(correct), max(answered_at) FROM answers"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toLongLong(), 9999); // the unanswered ones count at submission
        // a submitted attempt cannot be submitted again, nor its clock moved
        QVERIFY(!store.submit(id, result, 10000, &error));
        QVERIFY(!store.recordElapsed(id, 5));
    }

    void discardRemovesOnlyAnAttemptInProgress()
    {
        Database db(m_dir.filePath(u"discard.sqlite"_s));
        QVERIFY(openWithBank(db));
        AttemptStore store(db);
        QString error;
        const qint64 id = store.create(newExam(db, 1), &error);
        QVERIFY(store.discard(id));
        QVERIFY(!store.load(id));
        QCOMPARE(store.inProgress(), 0);
    }

    void killedWriterLosesAtMostItsLastAnswer()
    {
        const QString path = m_dir.filePath(u"crash.sqlite"_s);
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(SHIKEN_ATTEMPT_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        qint64 attemptId = 0;
        int lastConfirmed = -1;
        QByteArray buffer;
        while (lastConfirmed < 150) {
            QVERIFY2(writer.waitForReadyRead(20000), "the writer stopped answering");
            buffer += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(newline);
                buffer.remove(0, newline + 1);
                if (line.startsWith("attempt "))
                    attemptId = line.mid(8).toLongLong();
                else if (line.startsWith("answered "))
                    lastConfirmed = line.mid(9).toInt();
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        const auto attempt = AttemptStore(db).load(attemptId);
        QVERIFY(attempt);
        int answered = 0;
        for (const AttemptItem &item : attempt->items)
            answered += item.selection.isEmpty() ? 0 : 1;
        // every answer the writer reported is there, and its clock is no older than that
        QCOMPARE(answered, int(attempt->items.size())); // 150 answers cover all 65 positions
        QVERIFY(attempt->elapsedMs >= 1000LL * (lastConfirmed + 1));
        QVERIFY(attempt->items.at(lastConfirmed % attempt->items.size()).answeredAtMs
                >= 1000 + lastConfirmed);
    }
};

QTEST_GUILESS_MAIN(TestAttemptStore)
#include "tst_attemptstore.moc"
