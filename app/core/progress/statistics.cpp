#include "progress/statistics.h"

#include "storage/database.h"

#include <QMap>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

Statistics::Statistics(const Database &database)
    : m_db(database.connection())
{ }

QList<MasteryLine> Statistics::mastery(const QString &exam, Dimension dimension) const
{
    const QString kind = dimension == Dimension::Domain ? u"domain"_s
        : dimension == Dimension::Task                  ? u"task"_s
                                                        : u"topic"_s;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT key, answered, correct, sum_w, sum_wc, sum_w2 FROM mastery_totals"
                  " WHERE exam = ? AND kind = ? ORDER BY key"_s);
    query.addBindValue(exam);
    query.addBindValue(kind);
    QList<MasteryLine> lines;
    if (query.exec()) {
        while (query.next()) {
            lines.append({query.value(0).toString(),
                          Mastery::fromSums(query.value(1).toInt(), query.value(2).toInt(),
                                            query.value(3).toDouble(), query.value(4).toDouble(),
                                            query.value(5).toDouble())});
        }
    }
    return lines;
}

Readiness Statistics::readiness(const Blueprint &blueprint) const
{
    Readiness readiness;
    QHash<QString, MasteryEstimate> byDomain;
    for (const MasteryLine &line : mastery(blueprint.id, Dimension::Domain))
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
    const auto scaled = [&](double fraction) {
        return int(std::lround(blueprint.scaleMin + span * fraction / weightSum));
    };
    readiness.score = scaled(expected);
    readiness.low = scaled(low);
    readiness.high = scaled(high);
    return readiness;
}

QList<WeakArea> Statistics::weakest(const QString &exam, int count) const
{
    QList<WeakArea> areas;
    for (const MasteryLine &line : mastery(exam, Dimension::Domain)) {
        if (line.estimate.enoughData)
            areas.append({WeakArea::Kind::Domain, line.id, line.estimate});
    }
    for (const MasteryLine &line : mastery(exam, Dimension::Topic)) {
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
    query.prepare(
        u"SELECT a.submitted_at / 86400000 AS day, d.domain, sum(d.correct), sum(d.total)"
        " FROM attempts a JOIN attempt_domains d ON d.attempt_id = a.id"
        " WHERE a.exam = ? AND a.state = 'submitted' GROUP BY day, d.domain ORDER BY day, d.domain"_s);
    query.addBindValue(exam);
    if (!query.exec())
        return points;
    while (query.next()) {
        points.append({query.value(0).toLongLong() * 86400000, query.value(1).toString(),
                       query.value(2).toInt(), query.value(3).toInt()});
    }
    return points;
}

QList<ScorePoint> Statistics::scoreTrend(const QString &exam) const
{
    QList<ScorePoint> points;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT submitted_at / 86400000 AS day, avg(score), count(*) FROM attempts"
                  " WHERE exam = ? AND state = 'submitted' GROUP BY day ORDER BY day"_s);
    query.addBindValue(exam);
    if (!query.exec())
        return points;
    while (query.next())
        points.append({query.value(0).toLongLong() * 86400000, query.value(1).toDouble(),
                       query.value(2).toInt()});
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

QList<AttemptSummary> Statistics::history(const QString &exam, int limit, int offset,
                                          bool submittedOnly) const
{
    QList<AttemptSummary> summaries;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.id, a.mode, a.state, a.created_at, a.submitted_at, a.elapsed_ms,"
                  " (SELECT count(*) FROM attempt_items i WHERE i.attempt_id = a.id),"
                  " a.correct, a.score, a.passed FROM attempts a WHERE a.exam = ?"
                  " AND (? = 0 OR a.state = 'submitted')"
                  " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?"_s);
    query.addBindValue(exam);
    query.addBindValue(submittedOnly ? 1 : 0);
    query.addBindValue(limit);
    query.addBindValue(offset);
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
