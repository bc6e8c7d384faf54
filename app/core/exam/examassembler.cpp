#include "exam/examassembler.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// The generator is seeded from both halves of the 64-bit seed; QRandomGenerator is a Mersenne
// Twister, so the same seed gives the same exam on every machine.
QRandomGenerator generatorFor(quint64 seed)
{
    const quint32 parts[2] = {quint32(seed & 0xffffffffu), quint32(seed >> 32)};
    return QRandomGenerator(parts, 2);
}

template<typename T> void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
}

// A question of a weak-area drill with what ranks it: its weakness, then staleness, then
// chance (tiebreak).
struct Ranked
{
    PoolEntry entry;
    double weakness = 0;
    qint64 tiebreak = 0;
};

const PoolEntry &entryOf(const PoolEntry &entry)
{
    return entry;
}

const PoolEntry &entryOf(const Ranked &ranked)
{
    return ranked.entry;
}

// Least recently seen first (never seen before all), random among equals.
template<typename T> void orderByStaleness(QList<const T *> &items, QRandomGenerator &rng)
{
    shuffle(items, rng);
    std::stable_sort(items.begin(), items.end(), [](const T *a, const T *b) {
        return entryOf(*a).lastSeenMs < entryOf(*b).lastSeenMs;
    });
}

bool matches(const PoolEntry &entry, const AssemblyRequest &request)
{
    if (!request.tasks.isEmpty() && !request.tasks.contains(entry.task))
        return false;
    if (!request.topics.isEmpty()
        && std::none_of(entry.topics.begin(), entry.topics.end(),
                        [&](const QString &t) { return request.topics.contains(t); }))
        return false;
    return true;
}

// The items for the chosen questions, each with its choices in a random order.
QList<AssembledItem> shuffledItems(const QList<const PoolEntry *> &picked, QRandomGenerator &rng)
{
    QList<AssembledItem> items;
    for (const PoolEntry *entry : picked) {
        QList<QChar> keys(entry->choiceKeys.begin(), entry->choiceKeys.end());
        shuffle(keys, rng);
        items.append({entry->id, QString(keys.constData(), keys.size())});
    }
    return items;
}

bool weakerFirst(const Ranked &a, const Ranked &b)
{
    if (a.weakness != b.weakness)
        return a.weakness < b.weakness;
    if (a.entry.lastSeenMs != b.entry.lastSeenMs)
        return a.entry.lastSeenMs < b.entry.lastSeenMs;
    return a.tiebreak < b.tiebreak;
}

// A question never answered is as weak as the weakest of its task and topics, an area without
// enough answers as weak as can be (0).
double areaWeakness(const PoolEntry &entry, const QHash<QString, double> &mastery)
{
    double weakness = mastery.value(entry.task, 0.0);
    for (const QString &topic : entry.topics)
        weakness = std::min(weakness, mastery.value(topic, 0.0));
    return std::max(0.0, weakness);
}

// A never-answered question's weakness above x, in SQL: its task and every one of its topics
// have a mastery above x.
QuestionStore::Condition strongerThan(double x, const QHash<QString, double> &mastery)
{
    QVariantList ids;
    for (auto it = mastery.cbegin(); it != mastery.cend(); ++it) {
        if (it.value() > x)
            ids.append(it.key());
    }
    const QString marks = QStringList(ids.size(), u"?"_s).join(u',');
    return {u"questions.task IN (%1) AND NOT EXISTS (SELECT 1 FROM question_topics wt"
            " WHERE wt.question_id = questions.id AND wt.topic NOT IN (%1))"_s.arg(marks),
            ids + ids};
}

QuestionStore::Condition notStrongerThan(double x, const QHash<QString, double> &mastery)
{
    QuestionStore::Condition condition = strongerThan(x, mastery);
    condition.sql = u"NOT ("_s + condition.sql + u")"_s;
    return condition;
}

QuestionStore::Condition both(const QuestionStore::Condition &a, const QuestionStore::Condition &b)
{
    return {u"("_s + a.sql + u") AND ("_s + b.sql + u")"_s, a.values + b.values};
}

// The drill's choice from a ranking (weakest first) and the stronger half (stalest first): the
// weakest part from the front of the weaker half, the rest from the stronger half, so that the
// estimate of what is already known stays honest; then, if those ran out, the ranking's next.
// Never two questions of one group.
AssembledExam pickWeakArea(const QList<const Ranked *> &ranking, qsizetype weakerHalf,
                           const QList<const Ranked *> &stronger, int count, QRandomGenerator &rng)
{
    AssembledExam exam;
    exam.requested = count;
    QSet<QString> usedGroups;
    QSet<QString> chosen;
    QList<const PoolEntry *> picked;
    const auto take = [&](const Ranked *r) {
        const PoolEntry &entry = r->entry;
        if (chosen.contains(entry.id)
            || (!entry.group.isEmpty() && usedGroups.contains(entry.group)))
            return;
        if (!entry.group.isEmpty())
            usedGroups.insert(entry.group);
        chosen.insert(entry.id);
        picked.append(&entry);
    };
    const int weakCount = int(std::lround(count * ExamAssembler::weakShare));
    for (qsizetype i = 0; i < std::min(weakerHalf, ranking.size()) && picked.size() < weakCount;
         ++i)
        take(ranking.at(i));
    for (const QList<const Ranked *> *source : {&stronger, &ranking}) {
        for (qsizetype i = 0; i < source->size() && picked.size() < count; ++i)
            take(source->at(i));
    }
    shuffle(picked, rng);
    exam.items = shuffledItems(picked, rng);
    return exam;
}

// What a weak-area drill reads of a bank too large to read whole (docs/statistics.md): the
// front of the ranking, the weakness in its middle, and the stronger half's stalest.
class LargeBankDrill
{
public:
    LargeBankDrill(const QuestionStore &store, const QString &examId, const QStringList &domains,
                   qint64 size, const QHash<QString, double> &recall,
                   const QHash<QString, double> &mastery, int count, QRandomGenerator &rng)
        : m_store(store)
        , m_examId(examId)
        , m_domains(domains)
        , m_size(size)
        , m_recall(recall)
        , m_mastery(mastery)
        , m_wanted(count + groupMargin)
        , m_rng(rng)
    {
        m_answered.reserve(recall.size());
        for (auto it = recall.cbegin(); it != recall.cend(); ++it)
            m_answered.append({it.value(), it.key()});
        shuffle(m_answered, m_rng);
        std::stable_sort(m_answered.begin(), m_answered.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    }

    // The weakest never-answered questions, level by level (a level is a mastery some area
    // has; 0 for those without enough answers), and the answered questions of lowest recall,
    // weakest first. Each side's first `wanted` hold the first `wanted` of both.
    QList<Ranked> front()
    {
        QList<Ranked> front = unseenFront();
        int answeredFound = 0;
        for (qsizetype first = 0; first < m_answered.size() && answeredFound < m_wanted;
             first += m_wanted) {
            QStringList ids;
            for (qsizetype i = first; i < std::min(m_answered.size(), first + m_wanted); ++i)
                ids.append(m_answered.at(i).second);
            for (PoolEntry &entry : m_store.entries(ids)) {
                const double weakness = m_recall.value(entry.id);
                front.append({std::move(entry), weakness, m_order++});
                ++answeredFound;
            }
        }
        std::sort(front.begin(), front.end(), weakerFirst);
        return front;
    }

    // The weakness in the middle of the ranking: every answered question's recall, and a
    // random sample of the never answered, each standing for its share of them.
    double middle()
    {
        const qint64 unseenCount = std::max<qint64>(0, m_size - m_recall.size());
        const quint32 sampleStart = point();
        quint32 sampleEnd = sampleStart; // all the way round
        if (unseenCount > ExamAssembler::weaknessSample) {
            const auto width = quint32(qint64(QuestionStore::shuffleSize)
                                       * ExamAssembler::weaknessSample / unseenCount);
            sampleEnd = (sampleStart + width) % QuestionStore::shuffleSize;
        }
        const QList<PoolEntry> sample = unseenCount > 0
            ? m_store.unseen(m_examId, m_domains, {}, sampleStart, sampleEnd, -1)
            : QList<PoolEntry>();
        QList<std::pair<double, double>> weights; // weakness, how many questions it stands for
        weights.reserve(m_answered.size() + sample.size());
        for (const auto &[recallNow, id] : std::as_const(m_answered))
            weights.append({recallNow, 1.0});
        for (const PoolEntry &entry : sample)
            weights.append({areaWeakness(entry, m_mastery), double(unseenCount) / sample.size()});
        std::sort(weights.begin(), weights.end());
        const qint64 half = m_size / 2;
        double below = 0;
        double middle = weights.isEmpty() ? 0.0 : weights.constLast().first;
        for (const auto &[weakness, weight] : std::as_const(weights)) {
            below += weight;
            if (below >= half) {
                middle = weakness;
                break;
            }
        }
        m_unseenStronger = std::any_of(sample.cbegin(), sample.cend(), [&](const PoolEntry &e) {
            return areaWeakness(e, m_mastery) > middle;
        });
        return middle;
    }

    // The stronger half's stalest: never answered (at random), then the least recently
    // answered. The never answered are looked for only if the sample held one: found in the
    // shuffle's order, so few that the sample held none would be read for the whole bank.
    QList<Ranked> stronger(double middle)
    {
        QList<Ranked> stronger;
        if (m_unseenStronger) {
            const quint32 start = point();
            for (PoolEntry &entry :
                 m_store.unseen(m_examId, m_domains, strongerThan(middle, m_mastery), start, start,
                                m_wanted)) {
                const double weakness = areaWeakness(entry, m_mastery);
                stronger.append({std::move(entry), weakness, m_order++});
            }
        }
        if (stronger.size() < m_wanted
            && std::any_of(m_recall.cbegin(), m_recall.cend(),
                           [&](double r) { return r > middle; })) {
            const auto isStronger = [&](const QString &id) {
                return m_recall.value(id, 0.0) > middle;
            };
            for (PoolEntry &entry :
                 m_store.stalestAnswered(m_examId, isStronger, int(m_wanted - stronger.size()))) {
                const double weakness = m_recall.value(entry.id);
                stronger.append({std::move(entry), weakness, m_order++});
            }
        }
        return stronger;
    }

private:
    static constexpr int groupMargin = 16;

    quint32 point() { return m_rng.bounded(QuestionStore::shuffleSize); }

    // A level is read through its areas' questions when they are few, and in the shuffle's
    // order otherwise, where its questions turn up often enough: either way about
    // sqrt(wanted x size) rows at most. A level whose areas hold no question is skipped.
    QList<Ranked> unseenFront()
    {
        QList<double> levels {0.0};
        for (const double m : m_mastery) {
            if (m > 0)
                levels.append(m);
        }
        std::sort(levels.begin(), levels.end());
        levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
        const QMap<QString, int> taskCounts = m_store.activeCountsByTask(m_examId);
        const QMap<QString, int> topicCounts = m_store.activeCountsByTopic(m_examId);
        QHash<QString, QString> domainOfTask;
        if (const auto blueprint = m_store.blueprint(m_examId)) {
            for (const Domain &domain : blueprint->domains) {
                for (const TaskStatement &task : domain.tasks)
                    domainOfTask.insert(task.id, domain.id);
            }
        }
        const auto levelOf = [&](const QString &area) {
            return std::max(0.0, m_mastery.value(area, 0.0));
        };
        const auto answered = [&](const QString &id) {
            return m_recall.contains(id);
        };
        const double throughAreasBelow = std::sqrt(double(m_wanted) * double(m_size));
        QList<Ranked> front;
        const quint32 start = point();
        for (qsizetype i = 0; i < levels.size() && front.size() < m_wanted; ++i) {
            const double level = levels.at(i);
            QStringList tasks, topics, domains;
            qint64 held = 0;
            for (auto it = taskCounts.cbegin(); it != taskCounts.cend(); ++it) {
                if (it.value() > 0 && levelOf(it.key()) == level) {
                    tasks.append(it.key());
                    held += it.value();
                    const QString domain = domainOfTask.value(it.key());
                    if (domain.isEmpty())
                        domains = m_domains;
                    else if (!domains.contains(domain))
                        domains.append(domain);
                }
            }
            for (auto it = topicCounts.cbegin(); it != topicCounts.cend(); ++it) {
                if (it.value() > 0 && levelOf(it.key()) == level) {
                    topics.append(it.key());
                    held += it.value();
                }
            }
            if (held == 0)
                continue;
            QuestionStore::Condition condition = notStrongerThan(level, m_mastery);
            if (i > 0)
                condition = both(strongerThan(levels.at(i - 1), m_mastery), condition);
            const int limit = int(m_wanted - front.size());
            const QList<PoolEntry> found = held < throughAreasBelow
                ? m_store.unseenIn(m_examId, domains, tasks, topics, condition, answered, start,
                                   limit)
                : m_store.unseen(m_examId, m_domains, condition, start, start, limit);
            for (const PoolEntry &entry : found) {
                if (!answered(entry.id))
                    front.append({entry, areaWeakness(entry, m_mastery), m_order++});
            }
        }
        return front;
    }

    const QuestionStore &m_store;
    const QString &m_examId;
    const QStringList m_domains;
    const qint64 m_size;
    const QHash<QString, double> &m_recall;
    const QHash<QString, double> &m_mastery;
    const int m_wanted;
    QRandomGenerator &m_rng;
    QList<std::pair<double, QString>> m_answered; // recall now, id; lowest first
    qint64 m_order = 0; // the order read, among equals
    bool m_unseenStronger = false; // the sample held a never-answered question above the middle
};
} // namespace

QList<DomainAllocation> AssembledExam::shortages() const
{
    QList<DomainAllocation> result;
    for (const DomainAllocation &a : allocation) {
        if (a.shortfall() > 0)
            result.append(a);
    }
    return result;
}

QList<int> ExamAssembler::allocate(const QList<int> &weights, int total)
{
    QList<int> parts(weights.size(), 0);
    const long long weightSum = std::accumulate(weights.begin(), weights.end(), 0LL);
    if (weightSum <= 0 || total <= 0)
        return parts;
    QList<qsizetype> order(weights.size());
    QList<long long> remainders(weights.size());
    int assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const long long exact = 1LL * total * weights.at(i);
        parts[i] = int(exact / weightSum);
        remainders[i] = exact % weightSum;
        assigned += parts.at(i);
        order[i] = i;
    }
    // Largest remainder first; ties go to the heavier domain, then to the earlier one.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (remainders.at(a) != remainders.at(b))
            return remainders.at(a) > remainders.at(b);
        return weights.at(a) > weights.at(b);
    });
    for (qsizetype k = 0; assigned < total; k = (k + 1) % order.size(), ++assigned)
        ++parts[order.at(k)];
    return parts;
}

AssembledExam ExamAssembler::assemble(const Blueprint &blueprint, const QList<PoolEntry> &pool,
                                      const AssemblyRequest &request)
{
    AssembledExam exam;
    exam.requested = request.count > 0 ? request.count : blueprint.questionCount;
    QRandomGenerator rng = generatorFor(request.seed);

    QHash<QString, QList<const PoolEntry *>> byDomain;
    for (const PoolEntry &entry : pool) {
        if (matches(entry, request))
            byDomain[entry.domain].append(&entry);
    }
    // With a task or topic filter, domains the filter leaves empty are simply out of scope.
    const bool filtered = !request.tasks.isEmpty() || !request.topics.isEmpty();
    QList<const Domain *> domains;
    QList<int> weights;
    for (const Domain &domain : blueprint.domains) {
        if (!request.domains.isEmpty() && !request.domains.contains(domain.id))
            continue;
        if (filtered && byDomain.value(domain.id).isEmpty())
            continue;
        domains.append(&domain);
        weights.append(domain.weight);
    }
    const QList<int> planned = allocate(weights, exam.requested);

    QSet<QString> usedGroups;
    QSet<QString> chosen;
    QList<const PoolEntry *> picked;
    const auto take = [&](const PoolEntry *entry) {
        if (chosen.contains(entry->id)
            || (!entry->group.isEmpty() && usedGroups.contains(entry->group)))
            return false;
        chosen.insert(entry->id);
        if (!entry->group.isEmpty())
            usedGroups.insert(entry->group);
        picked.append(entry);
        return true;
    };

    QList<const PoolEntry *> leftovers;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QList<const PoolEntry *> candidates = byDomain.value(domains.at(i)->id);
        orderByStaleness(candidates, rng);
        DomainAllocation allocation {domains.at(i)->id, planned.at(i), 0, 0};
        for (const PoolEntry *entry : std::as_const(candidates)) {
            if (allocation.assigned < allocation.planned && take(entry))
                ++allocation.assigned;
            else
                leftovers.append(entry);
        }
        // What the domain could have given, counting a group once.
        QSet<QString> groups;
        for (const PoolEntry *entry : std::as_const(candidates)) {
            if (entry->group.isEmpty() || !groups.contains(entry->group))
                ++allocation.available;
            if (!entry->group.isEmpty())
                groups.insert(entry->group);
        }
        exam.allocation.append(allocation);
    }

    // Fill what short domains could not give from the others, stalest first.
    orderByStaleness(leftovers, rng);
    for (const PoolEntry *entry : std::as_const(leftovers)) {
        if (picked.size() >= exam.requested)
            break;
        if (take(entry)) {
            for (DomainAllocation &allocation : exam.allocation) {
                if (allocation.domain == entry->domain)
                    ++allocation.assigned;
            }
        }
    }

    // The real exam mixes the domains; so do we.
    shuffle(picked, rng);
    exam.items = shuffledItems(picked, rng);
    return exam;
}

AssembledExam ExamAssembler::assemble(const Blueprint &blueprint, const QuestionStore &store,
                                      const AssemblyRequest &request)
{
    const int requested = request.count > 0 ? request.count : blueprint.questionCount;
    QStringList domains;
    QList<int> weights;
    for (const Domain &domain : blueprint.domains) {
        if (request.domains.isEmpty() || request.domains.contains(domain.id)) {
            domains.append(domain.id);
            weights.append(domain.weight);
        }
    }
    if (domains.isEmpty())
        return assemble(blueprint, QList<PoolEntry> {}, request);
    const auto start = quint32((request.seed ^ (request.seed >> 32)) & 0x7fffffffu);
    // First each domain's share and a few more, which is enough unless domains fall short;
    // then, if they did and others had more to give, enough for any one domain to give the
    // whole exam (the margin covers questions passed over for another of their group).
    constexpr int shareMargin = 8;
    constexpr int groupMargin = 16;
    const QList<int> planned = allocate(weights, requested);
    const int firstLimit = *std::max_element(planned.begin(), planned.end()) + shareMargin;
    QList<PoolEntry> pool
        = store.candidates(blueprint.id, domains, request.tasks, request.topics, firstLimit, start);
    AssembledExam exam = assemble(blueprint, pool, request);
    if (exam.items.size() < requested) {
        QHash<QString, int> perDomain;
        for (const PoolEntry &entry : std::as_const(pool))
            ++perDomain[entry.domain];
        if (std::any_of(perDomain.cbegin(), perDomain.cend(),
                        [&](int count) { return count >= firstLimit; })) {
            pool = store.candidates(blueprint.id, domains, request.tasks, request.topics,
                                    requested + groupMargin, start);
            exam = assemble(blueprint, pool, request);
        }
    }
    return exam;
}

AssembledExam ExamAssembler::weakArea(const QList<PoolEntry> &pool,
                                      const QHash<QString, double> &recall,
                                      const QHash<QString, double> &mastery, int count,
                                      quint64 seed)
{
    QRandomGenerator rng = generatorFor(seed);
    QList<Ranked> ranked;
    ranked.reserve(pool.size());
    for (const PoolEntry &entry : pool) {
        const auto it = recall.constFind(entry.id);
        ranked.append({entry, it != recall.constEnd() ? *it : areaWeakness(entry, mastery), 0});
    }
    // Random among equals: a shuffle, then stable sorts.
    shuffle(ranked, rng);
    for (qsizetype i = 0; i < ranked.size(); ++i)
        ranked[i].tiebreak = i;
    std::sort(ranked.begin(), ranked.end(), weakerFirst);
    const qsizetype half = ranked.size() / 2;
    const double middle = half > 0 ? ranked.at(half - 1).weakness : -1.0;
    QList<const Ranked *> stronger;
    for (const Ranked &r : std::as_const(ranked)) {
        if (r.weakness > middle)
            stronger.append(&r);
    }
    orderByStaleness(stronger, rng);
    QList<const Ranked *> order;
    for (const Ranked &r : std::as_const(ranked))
        order.append(&r);
    return pickWeakArea(order, half, stronger, count, rng);
}

AssembledExam ExamAssembler::weakArea(const QuestionStore &store, const QString &examId,
                                      const QHash<QString, double> &recall,
                                      const QHash<QString, double> &mastery, int count,
                                      quint64 seed, int wholePoolUpTo)
{
    const QMap<QString, int> perDomain = store.activeCountsByDomain(examId);
    const qint64 size = std::accumulate(perDomain.cbegin(), perDomain.cend(), qint64(0));
    // A small bank, or a drill of more than a quarter of it, reads the whole pool.
    if (size <= wholePoolUpTo || 4LL * count > size)
        return weakArea(store.pool(examId), recall, mastery, count, seed);

    QRandomGenerator rng = generatorFor(seed);
    LargeBankDrill drill {store, examId, perDomain.keys(), size, recall, mastery, count, rng};
    const QList<Ranked> front = drill.front();
    const double middle = drill.middle();
    const QList<Ranked> stronger = drill.stronger(middle);
    QList<const Ranked *> frontOrder, strongerOrder;
    for (const Ranked &r : front)
        frontOrder.append(&r);
    for (const Ranked &r : stronger)
        strongerOrder.append(&r);
    return pickWeakArea(frontOrder, size / 2, strongerOrder, count, rng);
}

AssembledExam ExamAssembler::retake(const QList<PoolEntry> &pool, const QStringList &questionIds,
                                    quint64 seed)
{
    QRandomGenerator rng = generatorFor(seed);
    QHash<QString, const PoolEntry *> byId;
    for (const PoolEntry &entry : pool)
        byId.insert(entry.id, &entry);
    QList<const PoolEntry *> picked;
    for (const QString &id : questionIds) {
        if (const PoolEntry *entry = byId.value(id))
            picked.append(entry);
    }
    shuffle(picked, rng);
    AssembledExam exam;
    exam.requested = int(questionIds.size());
    exam.items = shuffledItems(picked, rng);
    return exam;
}
