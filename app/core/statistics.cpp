#include "statistics.h"

#include "database.h"

#include <QMap>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
}

Statistics::Statistics(const Database &database)
    : m_db(database.connection())
{
}

QList<MasteryLine> Statistics::mastery(const QString &exam, Dimension dimension, qint64 nowMs) const
{
    QString sql;
    switch (dimension) {
    case Dimension::Domain:
        sql = u"SELECT domain, (:now - answered_at) / :day AS age, count(*), sum(correct)"
              " FROM answers WHERE exam = :exam GROUP BY domain, age"_s;
        break;
    case Dimension::Task:
        sql = u"SELECT task, (:now - answered_at) / :day AS age, count(*), sum(correct)"
              " FROM answers WHERE exam = :exam GROUP BY task, age"_s;
        break;
    case Dimension::Topic:
        sql = u"SELECT t.topic, (:now - a.answered_at) / :day AS age, count(*), sum(a.correct)"
              " FROM answers a JOIN question_topics t ON t.question_id = a.question_id"
              " WHERE a.exam = :exam GROUP BY t.topic, age"_s;
        break;
    }
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.bindValue(u":now"_s, nowMs);
    query.bindValue(u":day"_s, dayMs);
    query.bindValue(u":exam"_s, exam);
    QMap<QString, QList<AgeBucket>> buckets;
    if (query.exec()) {
        while (query.next()) {
            buckets[query.value(0).toString()].append(
                {query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
        }
    }
    QList<MasteryLine> lines;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
        lines.append({it.key(), Mastery::estimate(it.value())});
    return lines;
}

Readiness Statistics::readiness(const Blueprint &blueprint, qint64 nowMs) const
{
    Readiness readiness;
    QHash<QString, MasteryEstimate> byDomain;
    for (const MasteryLine &line : mastery(blueprint.id, Dimension::Domain, nowMs))
        byDomain.insert(line.id, line.estimate);
    double weightSum = 0, expected = 0, low = 0, high = 0;
    for (const Domain &domain : blueprint.domains) {
        const MasteryEstimate e = byDomain.value(domain.id);
        if (!e.enoughData) {
            readiness.missingDomains.append(domain.id);
            continue;
        }
        weightSum += domain.weight;
        expected += domain.weight * e.accuracy;
        low += domain.weight * e.lower;
        high += domain.weight * e.upper;
    }
    readiness.available = readiness.missingDomains.isEmpty() && weightSum > 0;
    if (!readiness.available)
        return readiness;
    const double span = blueprint.scaleMax - blueprint.scaleMin;
    const auto scaled = [&](double fraction) { return int(std::lround(blueprint.scaleMin + span * fraction / weightSum)); };
    readiness.score = scaled(expected);
    readiness.low = scaled(low);
    readiness.high = scaled(high);
    return readiness;
}

QList<WeakArea> Statistics::weakest(const QString &exam, qint64 nowMs, int count) const
{
    QList<WeakArea> areas;
    for (const MasteryLine &line : mastery(exam, Dimension::Domain, nowMs)) {
        if (line.estimate.enoughData)
            areas.append({WeakArea::Kind::Domain, line.id, line.estimate});
    }
    for (const MasteryLine &line : mastery(exam, Dimension::Topic, nowMs)) {
        if (line.estimate.enoughData)
            areas.append({WeakArea::Kind::Topic, line.id, line.estimate});
    }
    std::stable_sort(areas.begin(), areas.end(), [](const WeakArea &a, const WeakArea &b) {
        return a.estimate.lower < b.estimate.lower;
    });
    return areas.mid(0, count);
}

QList<DomainPoint> Statistics::domainTrend(const QString &exam) const
{
    QList<DomainPoint> points;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.id, a.submitted_at, d.domain, d.correct, d.total FROM attempts a"
                  " JOIN attempt_domains d ON d.attempt_id = a.id"
                  " WHERE a.exam = ? AND a.state = 'submitted' ORDER BY a.submitted_at, a.id, d.domain"_s);
    query.addBindValue(exam);
    if (!query.exec())
        return points;
    while (query.next()) {
        points.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toInt(), query.value(4).toInt()});
    }
    return points;
}

int Statistics::attemptCount(const QString &exam) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM attempts WHERE exam = ?"_s);
    query.addBindValue(exam);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int Statistics::submittedCount(const QString &exam) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM attempts WHERE exam = ? AND state = 'submitted'"_s);
    query.addBindValue(exam);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<AttemptSummary> Statistics::history(const QString &exam, int limit) const
{
    QList<AttemptSummary> summaries;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.id, a.mode, a.state, a.created_at, a.submitted_at, a.elapsed_ms,"
                  " (SELECT count(*) FROM attempt_items i WHERE i.attempt_id = a.id),"
                  " a.correct, a.score, a.passed FROM attempts a WHERE a.exam = ?"
                  " ORDER BY a.created_at DESC, a.id DESC LIMIT ?"_s);
    query.addBindValue(exam);
    query.addBindValue(limit);
    if (!query.exec())
        return summaries;
    while (query.next()) {
        AttemptSummary s;
        s.id = query.value(0).toLongLong();
        s.mode = Attempt::modeFromName(query.value(1).toString()).value_or(Attempt::Mode::Exam);
        s.state = query.value(2).toString() == u"submitted" ? Attempt::State::Submitted
                                                             : Attempt::State::InProgress;
        s.createdAtMs = query.value(3).toLongLong();
        s.submittedAtMs = query.value(4).toLongLong();
        s.elapsedMs = query.value(5).toLongLong();
        s.questions = query.value(6).toInt();
        s.correct = query.value(7).toInt();
        s.score = query.value(8).toInt();
        s.passed = query.value(9).toBool();
        summaries.append(s);
    }
    return summaries;
}
