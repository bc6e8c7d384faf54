#include "exam/examassembler.h"

#include <QSet>

#include <algorithm>
#include <numeric>

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

// Least recently seen first (never seen before all), random among equals.
void orderByStaleness(QList<const PoolEntry *> &candidates, QRandomGenerator &rng)
{
    shuffle(candidates, rng);
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const PoolEntry *a, const PoolEntry *b) { return a->lastSeenMs < b->lastSeenMs; });
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
    // An answered question is as weak as its chance of a right answer now; one never answered
    // as the weakest of its task and topics.
    // (Each entry's weakness is kept at its place in the pool.)
    QList<double> weakness;
    weakness.reserve(pool.size());
    QList<const PoolEntry *> candidates;
    candidates.reserve(pool.size());
    for (const PoolEntry &entry : pool) {
        double score = mastery.value(entry.task, 0.0);
        for (const QString &topic : entry.topics)
            score = std::min(score, mastery.value(topic, 0.0));
        if (const auto it = recall.constFind(entry.id); it != recall.constEnd())
            score = *it;
        weakness.append(score);
        candidates.append(&entry);
    }
    const auto weaknessOf = [&](const PoolEntry *entry) {
        return weakness.at(entry - pool.constData());
    };
    orderByStaleness(candidates, rng);
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [&](const PoolEntry *a, const PoolEntry *b) { return weaknessOf(a) < weaknessOf(b); });

    AssembledExam exam;
    exam.requested = count;
    QSet<QString> usedGroups;
    QList<const PoolEntry *> picked;
    const auto take = [&](const PoolEntry *entry) {
        if (!entry->group.isEmpty() && usedGroups.contains(entry->group))
            return false;
        if (!entry->group.isEmpty())
            usedGroups.insert(entry->group);
        picked.append(entry);
        return true;
    };
    // The weakest part from the front; the rest from the stronger half, stalest first, so the
    // estimate of what is already known stays honest.
    const int weakCount = int(std::lround(count * weakShare));
    const qsizetype half = candidates.size() / 2;
    QList<const PoolEntry *> stronger = candidates.mid(half);
    QList<const PoolEntry *> weaker = candidates.mid(0, half);
    orderByStaleness(stronger, rng);
    QSet<const PoolEntry *> chosen;
    for (const PoolEntry *entry : std::as_const(weaker)) {
        if (picked.size() >= weakCount)
            break;
        if (take(entry))
            chosen.insert(entry);
    }
    for (const QList<const PoolEntry *> *source : {&stronger, &weaker}) {
        for (const PoolEntry *entry : *source) {
            if (picked.size() >= count)
                break;
            if (!chosen.contains(entry) && take(entry))
                chosen.insert(entry);
        }
    }
    shuffle(picked, rng);
    exam.items = shuffledItems(picked, rng);
    return exam;
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
