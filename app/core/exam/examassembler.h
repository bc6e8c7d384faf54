#pragma once

#include "bank/blueprint.h"
#include "bank/questionstore.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// What a learner asks for: how many questions, from which domains, tasks or topics.
struct AssemblyRequest
{
    int count = 0; // 0: the blueprint's question count
    QStringList domains; // empty: every domain
    QStringList tasks; // empty: every task of the chosen domains
    QStringList topics; // empty: any topic; otherwise a question needs one of them
    quint64 seed = 0;
};

// How many questions a domain was meant to get and how many it could give.
struct DomainAllocation
{
    QString domain;
    int planned = 0;
    int available = 0;
    int assigned = 0; // after filling: may exceed planned when other domains fell short

    int shortfall() const { return planned > available ? planned - available : 0; }
};

// One question of an assembled exam with the order its choices are shown in.
struct AssembledItem
{
    QString questionId;
    QString choiceOrder; // bank keys in display order, e.g. "CADB"
};

struct AssembledExam
{
    QList<AssembledItem> items;
    QList<DomainAllocation> allocation;
    int requested = 0;

    // Domains that had fewer questions than their share (the rest came from other domains).
    QList<DomainAllocation> shortages() const;
};

// Builds an exam from the question pool: the per-domain count from the blueprint weights by the
// largest-remainder method; within a domain the questions not seen for the longest time first,
// random among equals, never two of one group; a seed makes it reproducible.
class ExamAssembler
{
public:
    static AssembledExam assemble(const Blueprint &blueprint, const QList<PoolEntry> &pool,
                                  const AssemblyRequest &request);
    // The same from the store, reading only the candidates the exam can use (each domain's
    // stalest, QuestionStore::candidates): the same choice at any size of bank.
    static AssembledExam assemble(const Blueprint &blueprint, const QuestionStore &store,
                                  const AssemblyRequest &request);

    // The same questions again (those still in the pool), in a new order with new choice orders.
    static AssembledExam retake(const QList<PoolEntry> &pool, const QStringList &questionIds,
                                quint64 seed);

    // A weak-area drill: docs/statistics.md gives the rule. Recall maps an answered question's
    // id to its retrievability now; a question never answered is as weak as the weakest of its
    // task and topics in `mastery`, where ids without enough answers are absent and count as 0.
    static AssembledExam weakArea(const QList<PoolEntry> &pool,
                                  const QHash<QString, double> &recall,
                                  const QHash<QString, double> &mastery, int count, quint64 seed);
    // The same from the store. A bank of more than wholePoolUpTo questions is not read whole:
    // the weakest never-answered questions are read area by area, the middle of the ranking is
    // estimated from a random sample of them, and only the stronger questions the drill can
    // use are read (docs/statistics.md).
    static AssembledExam weakArea(const QuestionStore &store, const QString &examId,
                                  const QHash<QString, double> &recall,
                                  const QHash<QString, double> &mastery, int count, quint64 seed,
                                  int wholePoolUpTo = readWholePoolUpTo);
    static constexpr double weakShare = 0.8;
    static constexpr int readWholePoolUpTo = 2000;
    // The never-answered questions the middle of a larger bank's ranking is estimated from.
    static constexpr int weaknessSample = 400;

    // Splits total into parts proportional to weights by the largest-remainder method.
    static QList<int> allocate(const QList<int> &weights, int total);
};
