// How long the progress pages take with years of history. Builds databases of synthetic
// history (default 10,000 and 1,000,000 answers: 65-question attempts, one a day spread over
// the years it takes), then times each query the pages run and the pages themselves.
//   statsbench [ANSWERS...]
// Prints a table; compare the rows of one run (the machine's load varies between runs).

#include "bank/questionstore.h"
#include "commands.h"
#include "exam/attemptstore.h"
#include "exam/clock.h"
#include "exam/grading.h"
#include "historypage.h"
#include "homepage.h"
#include "progress/reviewstore.h"
#include "progress/statistics.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 now = 1'800'000'000'000;

class FixedClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return 0; }
    qint64 wallMs() const override { return now; }
};

// Writes the attempts and their items straight into the tables in one transaction, then
// submits each through AttemptStore, as the application does (answer log, daily sums, review
// schedule). Returns the mean milliseconds one submission took, or a negative number.
double fill(Database &db, int answers)
{
    const QList<PoolEntry> pool = QuestionStore(db).pool(u"soa-c03"_s);
    QSqlDatabase connection = db.connection();
    QRandomGenerator rng(7);
    const int attempts = answers / 65;
    struct Sitting
    {
        qint64 id;
        qint64 when;
        AttemptResult result;
    };
    QList<Sitting> sittings;
    {
        SqlTransaction transaction(connection);
        QSqlQuery attempt(connection), item(connection);
        attempt.prepare(
            u"INSERT INTO attempts (exam, mode, seed, created_at, state, time_limit_ms, elapsed_ms)"
            " VALUES ('soa-c03', 'exam', 1, ?, 'in_progress', 7800000, 5400000)"_s);
        item.prepare(u"INSERT INTO attempt_items (attempt_id, position, question_id, choice_order, "
                     u"selection, answered_at)"
                     " VALUES (?, ?, ?, 'ABCD', 'A', ?)"_s);
        for (int a = 0; a < attempts; ++a) {
            // the oldest first: one attempt a day, several a day when there are many
            const qint64 when = now - qint64(attempts - a) * dayMs / qMax(1, attempts / 1000);
            const double skill = 0.4 + 0.5 * a / qMax(1, attempts);
            attempt.bindValue(0, when - 5400000);
            if (!attempt.exec())
                return -1;
            Sitting sitting {attempt.lastInsertId().toLongLong(), when, {}};
            for (int p = 0; p < 65; ++p) {
                const PoolEntry &q = pool.at(int(rng.bounded(quint32(pool.size()))));
                const QVariantList values {sitting.id, p, q.id, when};
                for (int i = 0; i < values.size(); ++i)
                    item.bindValue(i, values.at(i));
                if (!item.exec())
                    return -1;
                const bool right = rng.generateDouble() < skill;
                sitting.result.itemCorrect.append(right);
                sitting.result.correct += right ? 1 : 0;
            }
            sitting.result.total = 65;
            sitting.result.scaledScore = int(100 + 900.0 * sitting.result.correct / 65);
            sitting.result.passed = sitting.result.scaledScore >= 720;
            sittings.append(sitting);
        }
        QString error;
        if (!transaction.commit(&error))
            return -1;
    }
    AttemptStore store(db);
    QElapsedTimer timer;
    timer.start();
    for (const Sitting &sitting : std::as_const(sittings)) {
        QString error;
        if (!store.submit(sitting.id, sitting.result, sitting.when, &error))
            return -1;
    }
    const double perSubmit = sittings.isEmpty() ? 0 : timer.nsecsElapsed() / 1e6 / sittings.size();
    QSqlQuery(connection).exec(u"ANALYZE"_s);
    return perSubmit;
}

double millis(const std::function<void()> &work, int repeat = 3)
{
    double best = 1e18;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {10'000, 1'000'000};

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir dir;
    QList<QStringList> rows;
    QStringList names {u"answers"_s,        u"fill s"_s,       u"submit (each)"_s,
                       u"domain mastery"_s, u"task mastery"_s, u"topic mastery"_s,
                       u"readiness"_s,      u"weakest 3"_s,    u"history"_s,
                       u"domain trend"_s,   u"due count"_s,    u"pool"_s,
                       u"home page"_s,      u"history page"_s};
    for (int size : sizes) {
        Database db(dir.filePath(u"bench-%1.sqlite"_s.arg(size)));
        if (!Commands::openUserDatabase(db, err))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const double perSubmit = fill(db, size);
        if (perSubmit < 0) {
            err << "statsbench: cannot fill the database" << Qt::endl;
            return 1;
        }
        const double fillSeconds = timer.elapsed() / 1000.0;
        const Statistics stats(db);
        const Blueprint blueprint = *QuestionStore(db).blueprint(u"soa-c03"_s);
        FixedClock clock;
        HomePage home(db, clock);
        HistoryPage history(db);
        const QString exam = u"soa-c03"_s;
        QStringList row {QString::number(size), QString::number(fillSeconds, 'f', 1),
                         QString::number(perSubmit, 'f', 2)};
        const auto add = [&](const std::function<void()> &work) {
            row.append(QString::number(millis(work), 'f', 1));
        };
        add([&] { stats.mastery(exam, Statistics::Dimension::Domain); });
        add([&] { stats.mastery(exam, Statistics::Dimension::Task); });
        add([&] { stats.mastery(exam, Statistics::Dimension::Topic); });
        add([&] { stats.readiness(blueprint); });
        add([&] { stats.weakest(exam, 3); });
        add([&] { stats.history(exam); });
        add([&] { stats.domainTrend(exam); });
        add([&] { ReviewStore(db).dueCount(exam, now); });
        add([&] { QuestionStore(db).pool(exam); });
        add([&] { home.refresh(); });
        add([&] { history.refresh(); });
        rows.append(row);
    }
    out << "milliseconds (best of 3) per query or page refresh\n";
    for (int i = 0; i < names.size(); ++i) {
        out << names.at(i).leftJustified(16);
        for (const QStringList &row : rows)
            out << row.value(i).rightJustified(12);
        out << '\n';
    }
    return 0;
}
