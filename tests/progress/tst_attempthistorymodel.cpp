#include "exam/attemptstore.h"
#include "progress/attempthistorymodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestAttemptHistoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void pagesThroughYearsOfAttemptsNewestFirst()
    {
        Database db(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY(db.open());
        QuestionStore(db).syncBundled(
            Bank {bundledCatalog(), {makeQuestion(u"q"_s, u"1"_s, u"1.1"_s)}, "h"}, 0);
        AttemptStore store(db);
        QString error;
        for (int i = 0; i < 450; ++i) {
            Attempt attempt;
            attempt.exam = u"soa-c03"_s;
            attempt.createdAtMs = 1000LL * i;
            attempt.elapsedMs = 61'000;
            attempt.items = {{0, u"q"_s, u"ABCD"_s, u"A"_s, false, 0, -1}};
            const qint64 id = store.create(attempt, &error);
            AttemptResult result;
            result.total = 1;
            result.correct = i % 2;
            result.itemCorrect = {i % 2 == 1};
            result.scaledScore = i % 2 ? 1000 : 100;
            result.passed = i % 2 == 1;
            QVERIFY(store.submit(id, result, 1000LL * i + 500, &error));
        }
        // one still in progress is not in the history
        Attempt open;
        open.exam = u"soa-c03"_s;
        open.createdAtMs = 10'000'000;
        open.items = {{0, u"q"_s, u"ABCD"_s, {}, false, 0, -1}};
        QVERIFY(store.create(open, &error) > 0);

        AttemptHistoryModel model(db, u"soa-c03"_s);
        QCOMPARE(model.rowCount(), AttemptHistoryModel::pageSize);
        QCOMPARE(model.columnCount(), int(AttemptHistoryModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));

        // newest first, with what a learner reads
        QCOMPARE(model.index(0, AttemptHistoryModel::Score).data().toString(), u"1,000"_s);
        QCOMPARE(model.index(0, AttemptHistoryModel::Result).data().toString(), u"Pass"_s);
        QCOMPARE(model.index(1, AttemptHistoryModel::Result).data().toString(), u"Fail"_s);
        QCOMPARE(model.index(0, AttemptHistoryModel::TimeUsed).data().toString(), u"0:01:01"_s);
        QCOMPARE(model.index(0, AttemptHistoryModel::Questions).data().toString(), u"1 / 1"_s);
        QCOMPARE(model.index(0, AttemptHistoryModel::Mode).data().toString(), u"Mock exam"_s);
        const qint64 newest
            = model.index(0, 0).data(AttemptHistoryModel::AttemptIdRole).toLongLong();
        const qint64 oldest
            = model.index(449, 0).data(AttemptHistoryModel::AttemptIdRole).toLongLong();
        QVERIFY(newest > oldest);
        QCOMPARE(model.headerData(AttemptHistoryModel::Score, Qt::Horizontal).toString(),
                 u"Score"_s);

        model.reload();
        QCOMPARE(model.rowCount(), AttemptHistoryModel::pageSize);
        // and the model keeps Qt's rules through resets and fetches
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
    }
};

QTEST_GUILESS_MAIN(TestAttemptHistoryModel)
#include "tst_attempthistorymodel.moc"
