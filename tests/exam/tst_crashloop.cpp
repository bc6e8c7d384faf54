// The crash loop: a child process sits exams (tests/helpers/examsitter) and is killed with
// SIGKILL at a random moment, a hundred times over one database, as a learner's machine might
// lose power at any time over months. After every kill the database must pass its integrity
// check, hold every answer the child reported as written, hold each submission whole or not
// at all, keep only checked backups, and let the next start resume the attempt in progress.
// The seed is printed; SHIKEN_CRASH_SEED replays a run.

#include "exam/attemptstore.h"
#include "storage/backups.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

constexpr int runs = 100;

struct Reported
{
    QHash<QPair<qint64, int>, QString> answers; // (attempt, position) -> selection
    QSet<qint64> submitted;
    QString lastStep;
};

void readLines(QProcess &child, Reported &reported)
{
    while (child.canReadLine()) {
        const QList<QByteArray> words = child.readLine().trimmed().split(' ');
        reported.lastStep = QString::fromLatin1(words.value(0));
        if (words.value(0) == "answered" && words.size() == 4)
            reported.answers.insert({words.at(1).toLongLong(), words.at(2).toInt()},
                                    QString::fromLatin1(words.at(3)));
        else if (words.value(0) == "submitted")
            reported.submitted.insert(words.value(1).toLongLong());
    }
}

} // namespace

class TestCrashLoop : public QObject
{
    Q_OBJECT

private slots:
    void killedAtAnyMomentLosesNothingWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.sqlite"_s);
        {
            Database database(path);
            QVERIFY(openWithBank(database));
        }
        const QByteArray fromEnv = qgetenv("SHIKEN_CRASH_SEED");
        const quint32 seed
            = fromEnv.isEmpty() ? QRandomGenerator::global()->generate() : fromEnv.toUInt();
        qInfo("crash loop seed %u (replay with SHIKEN_CRASH_SEED=%u)", seed, seed);
        QRandomGenerator random(seed);
        Reported reported;
        QHash<QString, int> killedDuring;
        QElapsedTimer clock;
        clock.start();

        for (int run = 0; run < runs; ++run) {
            QProcess child;
            child.start(QStringLiteral(SHIKEN_EXAM_SITTER),
                        {path, QString::number(random.generate())});
            QVERIFY(child.waitForStarted());
            // Wait until it is under way, then let it run a random while and pull the plug:
            // answering, submitting or backing up, whatever it is doing then.
            QElapsedTimer waiting;
            waiting.start();
            while (reported.lastStep.isEmpty()) {
                child.waitForReadyRead(5);
                readLines(child, reported);
                QVERIFY2(child.state() == QProcess::Running,
                         qPrintable(u"run %1: the child stopped: "_s.arg(run)
                                    + QString::fromLocal8Bit(child.readAllStandardError())));
                QVERIFY2(waiting.elapsed() < 30000, "the child does not get going");
            }
            const qint64 deadline = random.bounded(60);
            QElapsedTimer running;
            running.start();
            while (running.elapsed() < deadline) {
                child.waitForReadyRead(1);
                readLines(child, reported);
                QVERIFY2(child.state() == QProcess::Running,
                         qPrintable(u"run %1: the child stopped: "_s.arg(run)
                                    + QString::fromLocal8Bit(child.readAllStandardError())));
            }
            child.kill();
            QVERIFY(child.waitForFinished());
            readLines(child, reported);
            ++killedDuring[reported.lastStep];
            reported.lastStep.clear();

            // What the next start finds.
            Database database(path);
            QVERIFY2(database.open(), qPrintable(u"run %1: "_s.arg(run) + database.errorMessage()));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
            for (auto it = reported.answers.cbegin(); it != reported.answers.cend(); ++it) {
                query.prepare(u"SELECT selection FROM attempt_items"
                              " WHERE attempt_id = ? AND position = ?"_s);
                query.addBindValue(it.key().first);
                query.addBindValue(it.key().second);
                QVERIFY(query.exec() && query.next());
                QVERIFY2(query.value(0).toString() == it.value(),
                         qPrintable(u"run %1: attempt %2 lost the answer at %3"_s.arg(run)
                                        .arg(it.key().first)
                                        .arg(it.key().second)));
            }
            // A submission is whole (state, every item graded, the answer log) or absent.
            QVERIFY(query.exec(u"SELECT a.id, a.state,"
                               " (SELECT count(*) FROM attempt_items i WHERE i.attempt_id = a.id),"
                               " (SELECT count(*) FROM answers n WHERE n.attempt_id = a.id),"
                               " (SELECT count(*) FROM attempt_domains d WHERE d.attempt_id = a.id)"
                               " FROM attempts a"_s));
            int inProgress = 0;
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                const bool submitted = query.value(1).toString() == u"submitted";
                const int items = query.value(2).toInt();
                if (submitted) {
                    QCOMPARE(query.value(3).toInt(), items);
                    QVERIFY(query.value(4).toInt() > 0);
                } else {
                    ++inProgress;
                    QCOMPARE(query.value(3).toInt(), 0);
                    QVERIFY2(!reported.submitted.contains(id),
                             qPrintable(
                                 u"run %1: attempt %2 was reported submitted"_s.arg(run).arg(id)));
                }
            }
            QVERIFY(inProgress <= 1);
            if (const qint64 id = AttemptStore(database).inProgress())
                QVERIFY(AttemptStore(database).load(id).has_value());
            for (const Backups::Entry &backup : Backups(path).list())
                QVERIFY2(Backups::inspect(backup.path).readable, qPrintable(backup.path));
        }
        QStringList moments;
        for (auto it = killedDuring.cbegin(); it != killedDuring.cend(); ++it)
            moments.append(u"%1 after \"%2\""_s.arg(it.value()).arg(it.key()));
        qInfo("%d kills in %.1f s; %lld answers and %lld submissions reported; killed: %s", runs,
              clock.elapsed() / 1000.0, qlonglong(reported.answers.size()),
              qlonglong(reported.submitted.size()), qPrintable(moments.join(u", "_s)));
        QVERIFY(reported.submitted.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "tst_crashloop.moc"
