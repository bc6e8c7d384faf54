#include "progress/masterytotals.h"

#include "progress/mastery.h"
#include "storage/sqltransaction.h"

#include <QMap>

#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace MasteryTotals {

namespace {

// The answers of one attempt (or, with no attempt, of all) summed per area and day.
QString groupedAnswers(bool oneAttempt)
{
    const QString where = oneAttempt ? u" WHERE a.attempt_id = :attempt"_s : QString();
    return u"SELECT a.exam, 'domain', a.domain, a.answered_at / 86400000 AS day, count(*), "
           u"sum(a.correct)"
           " FROM answers a"_s
        + where
        + u" GROUP BY a.exam, a.domain, day"
          " UNION ALL SELECT a.exam, 'task', a.task, a.answered_at / 86400000 AS day, count(*), "
          "sum(a.correct)"
          " FROM answers a"_s
        + where
        + u" GROUP BY a.exam, a.task, day"
          " UNION ALL SELECT a.exam, 'topic', t.topic, a.answered_at / 86400000 AS day, count(*), "
          "sum(a.correct)"
          " FROM answers a JOIN question_topics t ON t.question_id = a.question_id"_s
        + where + u" GROUP BY a.exam, t.topic, day ORDER BY 4"_s;
}

using Key = std::tuple<QString, QString, QString>;

bool load(QSqlDatabase &db, const Key &key, Sums *sums, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT answered, correct, ref_day, sum_w, sum_wc, sum_w2 FROM mastery_totals"
                  " WHERE exam = ? AND kind = ? AND key = ?"_s);
    query.addBindValue(std::get<0>(key));
    query.addBindValue(std::get<1>(key));
    query.addBindValue(std::get<2>(key));
    if (!execPrepared(query, error))
        return false;
    if (query.next()) {
        *sums = {query.value(0).toInt(),    query.value(1).toInt(),    query.value(2).toLongLong(),
                 query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toDouble()};
    }
    return true;
}

bool store(QSqlDatabase &db, const Key &key, const Sums &sums, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT OR REPLACE INTO mastery_totals (exam, kind, key, answered, correct, ref_day,"
        " sum_w, sum_wc, sum_w2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(std::get<0>(key));
    query.addBindValue(std::get<1>(key));
    query.addBindValue(std::get<2>(key));
    query.addBindValue(sums.answered);
    query.addBindValue(sums.correct);
    query.addBindValue(sums.refDay);
    query.addBindValue(sums.w);
    query.addBindValue(sums.wc);
    query.addBindValue(sums.w2);
    return execPrepared(query, error);
}

bool fold(QSqlDatabase &db, bool oneAttempt, qint64 attemptId, QString *error)
{
    QSqlQuery rows(db);
    rows.prepare(groupedAnswers(oneAttempt));
    if (oneAttempt)
        rows.bindValue(u":attempt"_s, attemptId);
    if (!execPrepared(rows, error))
        return false;
    QMap<Key, Sums> touched;
    while (rows.next()) {
        const Key key {rows.value(0).toString(), rows.value(1).toString(),
                       rows.value(2).toString()};
        auto it = touched.find(key);
        if (it == touched.end()) {
            Sums sums;
            if (oneAttempt && !load(db, key, &sums, error))
                return false;
            it = touched.insert(key, sums);
        }
        addDay(*it, rows.value(3).toLongLong(), rows.value(4).toInt(), rows.value(5).toInt());
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        if (!store(db, it.key(), it.value(), error))
            return false;
    }
    return true;
}

} // namespace

void addDay(Sums &sums, qint64 day, int answered, int correct)
{
    if (answered <= 0)
        return;
    if (sums.answered == 0)
        sums.refDay = day;
    double weight = 1;
    if (day > sums.refDay) {
        // a newer day: what was there weighs less now
        const double factor = std::pow(0.5, double(day - sums.refDay) / Mastery::halfLifeDays);
        sums.w *= factor;
        sums.wc *= factor;
        sums.w2 *= factor * factor;
        sums.refDay = day;
    } else {
        weight = std::pow(0.5, double(sums.refDay - day) / Mastery::halfLifeDays);
    }
    sums.w += weight * answered;
    sums.wc += weight * correct;
    sums.w2 += weight * weight * answered;
    sums.answered += answered;
    sums.correct += correct;
}

bool addAttempt(QSqlDatabase &db, qint64 attemptId, QString *error)
{
    return fold(db, true, attemptId, error);
}

bool rebuild(QSqlDatabase &db, QString *error)
{
    QSqlQuery clear(db);
    if (!clear.exec(u"DELETE FROM mastery_totals"_s)) {
        *error = clear.lastError().text();
        return false;
    }
    return fold(db, false, 0, error);
}

} // namespace MasteryTotals
