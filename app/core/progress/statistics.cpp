#include "progress/statistics.h"

#include "storage/database.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>
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

Readiness Statistics::readiness(const Blueprint &blueprint, qint64 nowMs) const
{
    return readiness(blueprint, ReviewStore(m_db).recallByArea(blueprint.id, u"domain"_s, nowMs));
}

QList<WeakArea> Statistics::weakest(const QString &exam, int count, qint64 nowMs) const
{
    return weakest(exam, count, nowMs, ReviewStore(m_db).recallByArea(exam, u"domain"_s, nowMs));
}

std::pair<Readiness, QList<WeakArea>> Statistics::readinessAndWeakest(const Blueprint &blueprint,
                                                                      int count, qint64 nowMs) const
{
    const QHash<QString, AreaRecall> domainRecall
        = ReviewStore(m_db).recallByArea(blueprint.id, u"domain"_s, nowMs);
    return {readiness(blueprint, domainRecall), weakest(blueprint.id, count, nowMs, domainRecall)};
}

Readiness Statistics::readiness(const Blueprint &blueprint,
                                const QHash<QString, AreaRecall> &recall) const
{
    Readiness readiness;
    QHash<QString, MasteryEstimate> byDomain;
    for (const MasteryLine &line : mastery(blueprint.id, Dimension::Domain))
        byDomain.insert(line.id, line.estimate);
    QHash<QString, int> bankSize;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT key, questions FROM bank_counts WHERE exam = ? AND kind = 'domain'"_s);
    query.addBindValue(blueprint.id);
    if (query.exec()) {
        while (query.next())
            bankSize.insert(query.value(0).toString(), query.value(1).toInt());
    }
    const QHash<QString, FirstAnswers> first = ReviewStore(m_db).firstAnswersByDomain(blueprint.id);
    double weightSum = 0, expected = 0, low = 0, high = 0, firstSight = 0;
    readiness.firstSightAvailable = true;
    for (const Domain &domain : blueprint.domains) {
        const MasteryEstimate e = byDomain.value(domain.id);
        const FirstAnswers f = first.value(domain.id);
        const bool enoughFirst = f.answered >= Mastery::minimumAnswers;
        readiness.firstSightAvailable = readiness.firstSightAvailable && enoughFirst;
        if (!e.enoughData) {
            readiness.missingDomains.append(domain.id);
            continue;
        }
        // Answered questions count at their retrievability now; the rest of the domain's
        // questions, never answered, at the share of first answers that were right (at the
        // recency-weighted accuracy while there are too few first answers).
        const double fresh = enoughFirst ? double(f.right) / f.answered : e.accuracy;
        firstSight += domain.weight * fresh;
        const AreaRecall r = recall.value(domain.id);
        const int size = std::max(bankSize.value(domain.id), r.seen);
        const double p = size > 0 ? (r.sum + (size - r.seen) * fresh) / size : fresh;
        readiness.domainShare.insert(domain.id, p);
        weightSum += domain.weight;
        expected += domain.weight * p;
        low += domain.weight * std::clamp(p - (e.accuracy - e.lower), 0.0, 1.0);
        high += domain.weight * std::clamp(p + (e.upper - e.accuracy), 0.0, 1.0);
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
    readiness.firstSight = readiness.firstSightAvailable ? scaled(firstSight) : 0;
    return readiness;
}

QList<WeakArea> Statistics::weakest(const QString &exam, int count, qint64 nowMs,
                                    const QHash<QString, AreaRecall> &domainRecall) const
{
    QList<WeakArea> areas;
    const auto add
        = [&](WeakArea::Kind kind, Dimension dimension, const QHash<QString, AreaRecall> &recall) {
              QHash<QString, MasteryEstimate> estimates;
              for (const MasteryLine &line : mastery(exam, dimension))
                  estimates.insert(line.id, line.estimate);
              for (auto it = recall.cbegin(); it != recall.cend(); ++it) {
                  if (it->seen >= Mastery::minimumAnswers)
                      areas.append({kind, it.key(), estimates.value(it.key()), *it});
              }
          };
    add(WeakArea::Kind::Domain, Dimension::Domain, domainRecall);
    add(WeakArea::Kind::Topic, Dimension::Topic,
        ReviewStore(m_db).recallByArea(exam, u"topic"_s, nowMs));
    std::sort(areas.begin(), areas.end(), [](const WeakArea &a, const WeakArea &b) {
        if (a.recall.mean() != b.recall.mean())
            return a.recall.mean() < b.recall.mean();
        return std::pair(a.kind, a.id) < std::pair(b.kind, b.id);
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
                  " a.correct, a.score, a.passed, a.time_limit_ms FROM attempts a WHERE a.exam = ?"
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
        s.timeLimitMs = query.value(10).toLongLong();
        summaries.append(s);
    }
    return summaries;
}
