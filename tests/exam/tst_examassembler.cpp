#include "exam/examassembler.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// A pool with `perDomain` questions in each domain of the blueprint.
QList<PoolEntry> makePool(const Blueprint &blueprint, int perDomain)
{
    QList<PoolEntry> pool;
    for (const Domain &domain : blueprint.domains) {
        for (int i = 0; i < perDomain; ++i) {
            PoolEntry e;
            e.id = u"d%1-q%2"_s.arg(domain.id).arg(i, 3, 10, QChar(u'0'));
            e.domain = domain.id;
            e.task = domain.tasks.at(i % domain.tasks.size()).id;
            e.topics = {i % 2 ? u"vpc"_s : u"s3"_s};
            e.choiceKeys = u"ABCD"_s;
            pool.append(e);
        }
    }
    return pool;
}

QMap<QString, int> countByDomain(const AssembledExam &exam, const QList<PoolEntry> &pool)
{
    QHash<QString, QString> domainOf;
    for (const PoolEntry &e : pool)
        domainOf.insert(e.id, e.domain);
    QMap<QString, int> counts;
    for (const AssembledItem &item : exam.items)
        ++counts[domainOf.value(item.questionId)];
    return counts;
}

} // namespace

class TestExamAssembler : public QObject
{
    Q_OBJECT

    Blueprint m_blueprint;

private slots:
    // From the store the assembler reads each domain's share and a little more; when a domain
    // falls short it reads again, enough for the others to fill the exam.
    void assemblyFromTheStoreFillsFromOtherDomains()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"short.sqlite"_s));
        QVERIFY(db.open());
        QList<Question> questions;
        for (int i = 0; i < 60; ++i)
            questions.append(makeQuestion(u"one-%1"_s.arg(i), u"1"_s, u"1.1"_s));
        for (const QString &domain : {u"2"_s, u"3"_s, u"4"_s, u"5"_s})
            questions.append(makeQuestion(u"only-"_s + domain, domain, domain + u".1"_s));
        QuestionStore store(db);
        store.syncBundled({bundledCatalog(), questions, "short"}, 1000);
        for (const quint64 seed : {1ull, 2ull, 99ull}) {
            const AssembledExam exam
                = ExamAssembler::assemble(m_blueprint, store, {65, {}, {}, {}, seed});
            QCOMPARE(exam.items.size(), 64); // every question there is
            QCOMPARE(exam.shortages().size(), 4); // domains 2 to 5 had one each
            QCOMPARE(exam.shortages().first().available, 1);
        }
        // a filter that leaves one task: only its questions
        const AssembledExam drill
            = ExamAssembler::assemble(m_blueprint, store, {10, {}, {u"2.1"_s}, {}, 5});
        QCOMPARE(drill.items.size(), 1);
        QCOMPARE(drill.items.first().questionId, u"only-2"_s);
    }

    void initTestCase()
    {
        const BankCatalog catalog = TestSupport::bundledCatalog();
        QVERIFY(catalog.blueprint(u"soa-c03"_s));
        m_blueprint = *catalog.blueprint(u"soa-c03"_s);
    }

    void largestRemainderSplits_data()
    {
        QTest::addColumn<QList<int>>("weights");
        QTest::addColumn<int>("total");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("SOA-C03, 65")
            << QList<int> {22, 22, 22, 16, 18} << 65 << QList<int> {14, 14, 14, 11, 12};
        QTest::newRow("SOA-C03, 20")
            << QList<int> {22, 22, 22, 16, 18} << 20 << QList<int> {5, 4, 4, 3, 4};
        QTest::newRow("two domains, 10") << QList<int> {22, 16} << 10 << QList<int> {6, 4};
        QTest::newRow("equal weights, 10") << QList<int> {1, 1, 1} << 10 << QList<int> {4, 3, 3};
        QTest::newRow("zero") << QList<int> {22, 22} << 0 << QList<int> {0, 0};
    }

    void largestRemainderSplits()
    {
        QFETCH(QList<int>, weights);
        QFETCH(int, total);
        QFETCH(QList<int>, expected);
        QCOMPARE(ExamAssembler::allocate(weights, total), expected);
    }

    void fullExamFollowsBlueprintWeights()
    {
        const QList<PoolEntry> pool = makePool(m_blueprint, 40);
        const AssembledExam exam = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, 7});
        QCOMPARE(exam.items.size(), 65);
        const QMap<QString, int> counts = countByDomain(exam, pool);
        QCOMPARE(counts.value(u"1"_s), 14);
        QCOMPARE(counts.value(u"2"_s), 14);
        QCOMPARE(counts.value(u"3"_s), 14);
        QCOMPARE(counts.value(u"4"_s), 11);
        QCOMPARE(counts.value(u"5"_s), 12);
        QVERIFY(exam.shortages().isEmpty());
        QSet<QString> ids;
        for (const AssembledItem &item : exam.items)
            ids.insert(item.questionId);
        QCOMPARE(ids.size(), 65);
    }

    void sameSeedGivesSameExam()
    {
        const QList<PoolEntry> pool = makePool(m_blueprint, 30);
        const auto a = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, 42});
        const auto b = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, 42});
        const auto c = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, 43});
        QCOMPARE(a.items.size(), b.items.size());
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            QCOMPARE(a.items.at(i).questionId, b.items.at(i).questionId);
            QCOMPARE(a.items.at(i).choiceOrder, b.items.at(i).choiceOrder);
        }
        bool differs = false;
        for (qsizetype i = 0; i < a.items.size(); ++i)
            differs = differs || a.items.at(i).questionId != c.items.at(i).questionId;
        QVERIFY(differs);
    }

    void choiceOrderIsAShuffleOfTheKeys()
    {
        const QList<PoolEntry> pool = makePool(m_blueprint, 30);
        const auto exam = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, 5});
        int reordered = 0;
        for (const AssembledItem &item : exam.items) {
            QString sorted = item.choiceOrder;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, u"ABCD"_s);
            reordered += item.choiceOrder != u"ABCD"_s ? 1 : 0;
        }
        QVERIFY(reordered > exam.items.size() / 2);
    }

    void questionsOfOneGroupNeverMeet()
    {
        QList<PoolEntry> pool = makePool(m_blueprint, 16);
        // in every domain, groups of four questions that give each other away
        for (qsizetype i = 0; i < pool.size(); ++i)
            pool[i].group = u"g-%1-%2"_s.arg(pool.at(i).domain).arg(i % 4);
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const auto exam = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, seed});
            QSet<QString> groups;
            QHash<QString, QString> groupOf;
            for (const PoolEntry &e : pool)
                groupOf.insert(e.id, e.group);
            for (const AssembledItem &item : exam.items) {
                const QString group = groupOf.value(item.questionId);
                QVERIFY2(!groups.contains(group), qPrintable(group));
                groups.insert(group);
            }
            QCOMPARE(exam.items.size(), 20); // 4 groups in each of 5 domains
        }
    }

    void shortDomainIsFilledFromOthersAndReported()
    {
        QList<PoolEntry> pool = makePool(m_blueprint, 30);
        pool.removeIf([](const PoolEntry &e) {
            return e.domain == u"4" && !e.id.endsWith(u"000"_s) && !e.id.endsWith(u"001"_s)
                && !e.id.endsWith(u"002"_s);
        });
        const auto exam = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, 3});
        QCOMPARE(exam.items.size(), 65);
        const auto shortages = exam.shortages();
        QCOMPARE(shortages.size(), 1);
        QCOMPARE(shortages.first().domain, u"4"_s);
        QCOMPARE(shortages.first().planned, 11);
        QCOMPARE(shortages.first().available, 3);
        QCOMPARE(shortages.first().shortfall(), 8);
        QCOMPARE(countByDomain(exam, pool).value(u"4"_s), 3);
    }

    void tooSmallPoolGivesShorterExam()
    {
        const QList<PoolEntry> pool = makePool(m_blueprint, 2);
        const auto exam = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, 3});
        QCOMPARE(exam.items.size(), 10);
        QCOMPARE(exam.requested, 65);
        QCOMPARE(exam.shortages().size(), 5);
    }

    void leastRecentlySeenComeFirst()
    {
        QList<PoolEntry> pool = makePool(m_blueprint, 28);
        // Half of each domain was seen recently, a quarter long ago, a quarter never.
        for (qsizetype i = 0; i < pool.size(); ++i) {
            const int k = int(i % 28);
            pool[i].lastSeenMs = k < 14 ? 1'000'000 + k : (k < 21 ? 10 + k : -1);
        }
        for (quint64 seed = 1; seed <= 10; ++seed) {
            const auto exam = ExamAssembler::assemble(m_blueprint, pool, {0, {}, {}, {}, seed});
            QHash<QString, qint64> seen;
            for (const PoolEntry &e : pool)
                seen.insert(e.id, e.lastSeenMs);
            int recent = 0;
            for (const AssembledItem &item : exam.items)
                recent += seen.value(item.questionId) >= 1'000'000 ? 1 : 0;
            // 14 per domain are stale or new: domains 1-3 need 14 each, so nothing recent there;
            // domains 4 and 5 need 11 and 12, fewer than 14.
            QCOMPARE(recent, 0);
        }
    }

    void drillFiltersByDomainTaskAndTopic()
    {
        const QList<PoolEntry> pool = makePool(m_blueprint, 30);
        const auto byDomain
            = ExamAssembler::assemble(m_blueprint, pool, {20, {u"2"_s, u"5"_s}, {}, {}, 1});
        QCOMPARE(byDomain.items.size(), 20);
        const auto counts = countByDomain(byDomain, pool);
        QCOMPARE(counts.keys(), (QStringList {u"2"_s, u"5"_s}));
        QCOMPARE(counts.value(u"2"_s), 11); // 22 : 18 of 20
        QCOMPARE(counts.value(u"5"_s), 9);

        const auto byTask = ExamAssembler::assemble(m_blueprint, pool, {10, {}, {u"3.2"_s}, {}, 1});
        QCOMPARE(byTask.items.size(), 10);
        for (const AssembledItem &item : byTask.items)
            QVERIFY(item.questionId.startsWith(u"d3-"_s));
        QVERIFY(byTask.shortages().isEmpty());

        const auto byTopic
            = ExamAssembler::assemble(m_blueprint, pool, {30, {}, {}, {u"vpc"_s}, 1});
        QCOMPARE(byTopic.items.size(), 30);
        QHash<QString, QStringList> topicsOf;
        for (const PoolEntry &e : pool)
            topicsOf.insert(e.id, e.topics);
        for (const AssembledItem &item : byTopic.items)
            QVERIFY(topicsOf.value(item.questionId).contains(u"vpc"_s));
    }

    void weakAreaDrillLeansOnLowMasteryButMixesInStrongAreas()
    {
        QList<PoolEntry> pool = makePool(m_blueprint, 20); // topics alternate s3 / vpc
        QHash<QString, double> mastery;
        for (const Domain &d : m_blueprint.domains) {
            for (const TaskStatement &t : d.tasks)
                mastery.insert(t.id, 0.9);
        }
        mastery.insert(u"s3"_s, 0.9);
        mastery.insert(u"vpc"_s, 0.2); // the weak topic
        for (quint64 seed = 1; seed <= 5; ++seed) {
            const AssembledExam exam = ExamAssembler::weakArea(pool, {}, mastery, 20, seed);
            QCOMPARE(exam.items.size(), 20);
            QHash<QString, QStringList> topicsOf;
            for (const PoolEntry &e : pool)
                topicsOf.insert(e.id, e.topics);
            int weak = 0;
            for (const AssembledItem &item : exam.items)
                weak += topicsOf.value(item.questionId).contains(u"vpc"_s) ? 1 : 0;
            QCOMPARE(weak, 16); // 80 % from the weak topic, 20 % from the strong one
        }
        // unknown areas count as weakest: a task with no mastery comes first
        mastery.remove(u"5.3"_s);
        const AssembledExam exam = ExamAssembler::weakArea(pool, {}, mastery, 5, 1);
        QHash<QString, QString> taskOf;
        for (const PoolEntry &e : pool)
            taskOf.insert(e.id, e.task);
        int unknown = 0;
        for (const AssembledItem &item : exam.items)
            unknown += taskOf.value(item.questionId) == u"5.3" ? 1 : 0;
        QCOMPARE(unknown, 4);
    }

    // A bank above ExamAssembler::readWholePoolUpTo is not read whole: the drill reads the
    // weakest never-answered questions level by level, estimates the middle of the ranking from
    // a sample, and reads only the stronger questions it takes. It takes the same kinds of
    // question as from the whole pool, whatever the seed.
    void weakAreaDrillFromALargeBankTakesWhatTheWholePoolWould()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"drill.sqlite"_s));
        QVERIFY(db.open());
        const TaskStatement &unknownTask = m_blueprint.domains.last().tasks.last();
        QHash<QString, double> mastery {{u"vpc"_s, 0.2}, {u"cloudwatch"_s, 0.85}, {u"s3"_s, 0.95}};
        for (const Domain &d : m_blueprint.domains) {
            for (const TaskStatement &t : d.tasks) {
                if (t.id != unknownTask.id)
                    mastery.insert(t.id, 0.9);
            }
        }
        QList<Question> questions;
        QHash<QString, QString> kindOf;
        const auto add = [&](const QString &kind, int count, const QStringList &topics,
                             const QString &group = {}) {
            for (int i = 0; i < count; ++i) {
                const Domain &domain = m_blueprint.domains.at(i % m_blueprint.domains.size());
                const QString task
                    = kind == "unknown"_L1 ? unknownTask.id : domain.tasks.first().id;
                const QString domainId
                    = kind == "unknown"_L1 ? m_blueprint.domains.last().id : domain.id;
                Question q = makeQuestion(u"%1-%2"_s.arg(kind).arg(i, 4, 10, QChar(u'0')), domainId,
                                          task, topics);
                if (!group.isEmpty() && i < 4)
                    q.group = group;
                questions.append(q);
                kindOf.insert(q.id, kind);
            }
        };
        add(u"unknown"_s, 2, {u"cloudwatch"_s}); // a task without enough answers: 0
        add(u"forgotten"_s, 3, {u"cloudwatch"_s}); // answered, recall 0.1
        add(u"weak"_s, 12, {u"vpc"_s}, u"vpc-case"_s); // 0.2, four of them one group
        add(u"middling"_s, 1000, {u"cloudwatch"_s}); // 0.85
        add(u"strong"_s, 480, {u"s3"_s}); // 0.9, the task's
        QuestionStore store(db);
        QString error;
        QCOMPARE(store.syncBundled({bundledCatalog(), questions, "drill"}, 1000, &error).added,
                 1497);
        QHash<QString, double> recall;
        QSqlQuery sql(db.connection());
        QVERIFY(sql.prepare(u"UPDATE questions SET last_seen_at = ? WHERE id = ?"_s));
        const auto answer = [&](const QString &id, double recallNow, qint64 when) {
            recall.insert(id, recallNow);
            sql.addBindValue(when);
            sql.addBindValue(id);
            QVERIFY(sql.exec());
        };
        for (int i = 0; i < 3; ++i)
            answer(u"forgotten-%1"_s.arg(i, 4, 10, QChar(u'0')), 0.1, 5000 + i);

        const auto kinds = [&](const AssembledExam &exam) {
            QMap<QString, int> counts;
            for (const AssembledItem &item : exam.items)
                ++counts[kindOf.value(item.questionId)];
            return counts;
        };
        // 16 from the front: the unknown task's, the forgotten, the weak topic's (one of the
        // group), then the next weakest; 4 from the stronger half.
        const QMap<QString, int> expected {{u"unknown"_s, 2},
                                           {u"forgotten"_s, 3},
                                           {u"weak"_s, 9},
                                           {u"middling"_s, 2},
                                           {u"strong"_s, 4}};
        for (quint64 seed = 1; seed <= 4; ++seed) {
            for (const int wholePoolUpTo : {100000, 100}) {
                const AssembledExam exam = ExamAssembler::weakArea(
                    store, u"soa-c03"_s, recall, mastery, 20, seed, wholePoolUpTo);
                QCOMPARE(exam.items.size(), 20);
                QCOMPARE(kinds(exam), expected);
            }
        }

        // Every strong question answered, long ago and sure to be recalled: the stronger half's
        // stalest are the four answered first.
        for (int i = 0; i < 480; ++i)
            answer(u"strong-%1"_s.arg(i, 4, 10, QChar(u'0')), 0.99, 1000 + (i * 7919) % 480);
        QSet<QString> stalest;
        for (int i = 0; i < 480; ++i) {
            if ((i * 7919) % 480 < 4)
                stalest.insert(u"strong-%1"_s.arg(i, 4, 10, QChar(u'0')));
        }
        QCOMPARE(stalest.size(), 4);
        for (quint64 seed = 1; seed <= 4; ++seed) {
            for (const int wholePoolUpTo : {100000, 100}) {
                const AssembledExam exam = ExamAssembler::weakArea(
                    store, u"soa-c03"_s, recall, mastery, 20, seed, wholePoolUpTo);
                QCOMPARE(kinds(exam), expected);
                QSet<QString> strong;
                for (const AssembledItem &item : exam.items) {
                    if (kindOf.value(item.questionId) == "strong"_L1)
                        strong.insert(item.questionId);
                }
                QCOMPARE(strong, stalest);
            }
        }
    }

    void noAssumptionOfFiveDomains()
    {
        Blueprint small;
        small.id = u"tiny"_s;
        small.questionCount = 7;
        small.domains = {{u"a"_s, {u"A"_s, u"A"_s}, 70, {{u"a.1"_s, {}}}},
                         {u"b"_s, {u"B"_s, u"B"_s}, 30, {{u"b.1"_s, {}}}}};
        QList<PoolEntry> pool;
        for (int i = 0; i < 10; ++i) {
            pool.append({u"a%1"_s.arg(i), u"a"_s, u"a.1"_s, {}, {}, u"ABCDE"_s, -1});
            pool.append({u"b%1"_s.arg(i), u"b"_s, u"b.1"_s, {}, {}, u"ABCDE"_s, -1});
        }
        const auto exam = ExamAssembler::assemble(small, pool, {0, {}, {}, {}, 9});
        QCOMPARE(exam.items.size(), 7);
        const auto counts = countByDomain(exam, pool);
        QCOMPARE(counts.value(u"a"_s), 5);
        QCOMPARE(counts.value(u"b"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestExamAssembler)
#include "tst_examassembler.moc"
