#include "exam/attemptstore.h"
#include "exam/examsession.h"
#include "fakeclock.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
constexpr qint64 minute = 60 * 1000;
}

class TestExamSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Blueprint m_blueprint;
    FakeClock m_clock;

    std::unique_ptr<ExamSession> startExam(Attempt::Mode mode = Attempt::Mode::Exam, int count = 0,
                                           qint64 limit = 130 * minute)
    {
        ExamSession::Setup setup;
        setup.mode = mode;
        setup.request.count = count;
        setup.request.seed = 11;
        setup.timeLimitMs = limit;
        QString error;
        auto session = ExamSession::start(*m_db, m_blueprint, setup, m_clock, &error);
        if (!session)
            qWarning("%s", qPrintable(error));
        return session;
    }

    static int positionOf(const ExamSession &session, Question::Type type)
    {
        for (int i = 0; i < session.count(); ++i) {
            if (session.question(i).type == type)
                return i;
        }
        return -1;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(openWithBank(*m_db));
        m_blueprint = *QuestionStore(*m_db).blueprint(u"soa-c03"_s);
    }
    void cleanup() { m_db.reset(); }

    void startBuildsAFullTimedExam()
    {
        auto session = startExam();
        QVERIFY(session);
        QCOMPARE(session->count(), 65);
        QVERIFY(session->isTimed());
        QCOMPARE(session->remainingMs(), 130 * minute);
        QCOMPARE(AttemptStore(*m_db).inProgress(), session->attemptId());
        QMap<QString, int> perDomain;
        for (int i = 0; i < session->count(); ++i)
            ++perDomain[session->question(i).domain];
        QCOMPARE(perDomain.values(), (QList<int> {14, 14, 14, 11, 12}));
    }

    void timeCountsOnlyWhileRunning()
    {
        qint64 id = 0;
        {
            auto session = startExam();
            id = session->attemptId();
            session->setRunning(true);
            m_clock.advance(10 * minute);
            QCOMPARE(session->elapsedMs(), 10 * minute);
            session->setRunning(false);
            m_clock.advance(60 * minute); // the app is closed, say
            QCOMPARE(session->elapsedMs(), 10 * minute);
        }
        QString error;
        auto resumed = ExamSession::resume(*m_db, id, m_clock, &error);
        QVERIFY2(resumed, qPrintable(error));
        QCOMPARE(resumed->elapsedMs(), 10 * minute);
        QCOMPARE(resumed->remainingMs(), 120 * minute);
        resumed->setRunning(true);
        m_clock.advance(5 * minute);
        resumed->tick();
        QCOMPARE(AttemptStore(*m_db).load(id)->elapsedMs, 15 * minute);
    }

    void eachQuestionKeepsTheTimeItWasOnScreen()
    {
        qint64 id = 0;
        {
            auto session = startExam();
            id = session->attemptId();
            session->setRunning(true);
            m_clock.advance(2 * minute);
            session->next();
            m_clock.advance(3 * minute);
            session->previous();
            m_clock.advance(1 * minute);
            session->setRunning(false); // paused: the clock stops for the question too
            m_clock.advance(30 * minute);
            QCOMPARE(session->attempt().items.at(0).timeMs, 3 * minute);
            QCOMPARE(session->attempt().items.at(1).timeMs, 3 * minute);
        }
        // Stored as it goes, so a resumed attempt (or a crash) keeps it.
        const auto stored = AttemptStore(*m_db).load(id);
        QCOMPARE(stored->items.at(0).timeMs, 3 * minute);
        QCOMPARE(stored->items.at(1).timeMs, 3 * minute);
        QString error;
        auto resumed = ExamSession::resume(*m_db, id, m_clock, &error);
        QVERIFY2(resumed, qPrintable(error));
        resumed->setRunning(true);
        m_clock.advance(4 * minute);
        resumed->tick();
        QCOMPARE(AttemptStore(*m_db).load(id)->items.at(0).timeMs, 7 * minute);
    }

    void warnsAt30And5MinutesAndSubmitsAtZero()
    {
        auto session = startExam();
        QSignalSpy warnings(session.get(), &ExamSession::timeWarning);
        QSignalSpy expired(session.get(), &ExamSession::timeExpired);
        QSignalSpy submitted(session.get(), &ExamSession::submitted);
        session->setSelection(0, session->question(0).correctKeys());
        session->setRunning(true);
        m_clock.advance(99 * minute);
        session->tick();
        QCOMPARE(warnings.count(), 0);
        m_clock.advance(1 * minute);
        session->tick();
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.at(0).at(0).toInt(), 30);
        m_clock.advance(25 * minute);
        session->tick();
        QCOMPARE(warnings.count(), 2);
        QCOMPARE(warnings.at(1).at(0).toInt(), 5);
        QCOMPARE(expired.count(), 0);
        m_clock.advance(6 * minute); // past zero: the stored time stops at the limit
        session->tick();
        QCOMPARE(expired.count(), 1);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(session->isSubmitted());
        const auto stored = AttemptStore(*m_db).load(session->attemptId());
        QCOMPARE(stored->state, Attempt::State::Submitted);
        QCOMPARE(stored->elapsedMs, 130 * minute);
        QCOMPARE(session->result().correct, 1);
        QCOMPARE(stored->items.at(0).correct, 1);
    }

    void resumedAttemptDoesNotRepeatPastWarnings()
    {
        qint64 id;
        {
            auto session = startExam();
            id = session->attemptId();
            session->setRunning(true);
            m_clock.advance(110 * minute);
            session->tick();
            session->setRunning(false);
        }
        QString error;
        auto resumed = ExamSession::resume(*m_db, id, m_clock, &error);
        QSignalSpy warnings(resumed.get(), &ExamSession::timeWarning);
        resumed->setRunning(true);
        m_clock.advance(1 * minute);
        resumed->tick();
        QCOMPARE(warnings.count(), 0);
        m_clock.advance(15 * minute);
        resumed->tick();
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.at(0).at(0).toInt(), 5);
    }

    void multipleResponseIsIncompleteUntilExactlyN()
    {
        auto session = startExam();
        const int p = positionOf(*session, Question::Type::Multiple);
        QVERIFY(p >= 0);
        const Question &q = session->question(p);
        const QString correct = q.correctKeys();
        QCOMPARE(session->state(p), ExamSession::ItemState::Unanswered);
        session->toggleChoice(p, correct.at(0));
        QCOMPARE(session->state(p), ExamSession::ItemState::Incomplete);
        for (qsizetype i = 1; i < correct.size(); ++i)
            session->toggleChoice(p, correct.at(i));
        QCOMPARE(session->state(p), ExamSession::ItemState::Answered);
        // one more than asked for is incomplete again, and so is the answer
        QChar extra;
        for (const Choice &c : q.choices) {
            if (!c.correct)
                extra = c.key.at(0);
        }
        session->toggleChoice(p, extra);
        QCOMPARE(session->state(p), ExamSession::ItemState::Incomplete);
        session->toggleChoice(p, extra);
        QCOMPARE(session->selection(p), correct);
        QCOMPARE(AttemptStore(*m_db).load(session->attemptId())->items.at(p).selection, correct);
    }

    void singleAnswerReplacesTheChoice()
    {
        auto session = startExam();
        const int p = positionOf(*session, Question::Type::Single);
        session->toggleChoice(p, u'A');
        session->toggleChoice(p, u'C');
        QCOMPARE(session->selection(p), u"C"_s);
        session->toggleChoice(p, u'Z'); // not a key of the question
        QCOMPARE(session->selection(p), u"C"_s);
    }

    void practiceCheckGradesAndLocksTheAnswer()
    {
        auto session = startExam(Attempt::Mode::Practice, 10, 0);
        QVERIFY(!session->isTimed());
        QVERIFY(!session->check(0)); // nothing chosen yet
        const Question &q = session->question(0);
        session->setSelection(0, q.correctKeys());
        QVERIFY(session->check(0));
        QVERIFY(session->isChecked(0));
        QVERIFY(session->isCorrect(0));
        session->setSelection(0, u"A"_s == q.correctKeys() ? u"B"_s : u"A"_s);
        QCOMPARE(session->selection(0), q.correctKeys());
        QCOMPARE(AttemptStore(*m_db).load(session->attemptId())->items.at(0).correct, 1);
        // an exam never checks early
        auto exam = startExam();
        exam->setSelection(0, exam->question(0).correctKeys());
        QVERIFY(!exam->check(0));
    }

    void retakeAsksTheSameQuestions()
    {
        auto first = startExam(Attempt::Mode::Drill, 12, 0);
        QStringList ids;
        for (const AttemptItem &item : first->attempt().items)
            ids.append(item.questionId);
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::Drill;
        setup.questionIds = ids;
        QString error;
        auto again = ExamSession::start(*m_db, m_blueprint, setup, m_clock, &error);
        QVERIFY(again);
        QStringList retaken;
        for (const AttemptItem &item : again->attempt().items)
            retaken.append(item.questionId);
        QCOMPARE(retaken.size(), ids.size());
        std::sort(ids.begin(), ids.end());
        std::sort(retaken.begin(), retaken.end());
        QCOMPARE(retaken, ids);
    }

    // A write refused by the database (here: a read-only connection) pauses the exam and keeps
    // the change in memory; retrying writes everything that was kept.
    void failedWriteKeepsTheChangeUntilRetried()
    {
        auto session = startExam();
        session->setRunning(true);
        m_clock.advance(minute);
        QSignalSpy failed(session.get(), &ExamSession::saveFailed);
        QSqlQuery pragma(m_db->connection());
        QVERIFY(pragma.exec(u"PRAGMA query_only = 1"_s));

        const QChar first = session->choiceOrder(0).at(0);
        session->toggleChoice(0, first);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"readonly"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(session->hasUnsavedChanges());
        QVERIFY(session->isPaused());
        QVERIFY(!session->selection(0).isEmpty()); // kept in memory
        QVERIFY(AttemptStore(*m_db).load(session->attemptId())->items.at(0).selection.isEmpty());
        // The clock cannot start again while the change is unsaved; more answers are kept too.
        session->setRunning(true);
        QVERIFY(session->isPaused());
        session->setFlagged(1, true);
        session->goTo(2);
        QCOMPARE(failed.count(), 1);

        // Still read-only: the retry fails and says why.
        QVERIFY(!session->saveUnsaved());
        QVERIFY(session->hasUnsavedChanges());

        QVERIFY(pragma.exec(u"PRAGMA query_only = 0"_s));
        QSignalSpy saved(session.get(), &ExamSession::saved);
        QVERIFY(session->saveUnsaved());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!session->hasUnsavedChanges());
        const Attempt stored = *AttemptStore(*m_db).load(session->attemptId());
        QCOMPARE(stored.items.at(0).selection, session->selection(0));
        QVERIFY(stored.items.at(1).flagged);
        QCOMPARE(stored.position, 2);
        QCOMPARE(stored.elapsedMs, minute);
        session->setRunning(true);
        QVERIFY(!session->isPaused());
    }

    // A disk that fills up during the submission (the file may not grow) leaves the attempt in
    // progress, graded in memory; the submission completes when the learner retries.
    void submissionOnAFullDiskCompletesOnRetry()
    {
        auto session = startExam();
        for (int i = 0; i < session->count(); ++i)
            session->toggleChoice(i, session->choiceOrder(i).at(0));
        QSqlQuery pragma(m_db->connection());
        // Free pages inside the file (left by the search index's merges) would take the
        // submission without the file growing.
        QVERIFY(pragma.exec(u"VACUUM"_s));
        QVERIFY(pragma.exec(u"PRAGMA freelist_count"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 0);
        QVERIFY(pragma.exec(u"PRAGMA page_count"_s) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        QSignalSpy failed(session.get(), &ExamSession::saveFailed);
        QSignalSpy submitted(session.get(), &ExamSession::submitted);

        session->submit();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"full"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!session->isSubmitted());
        QCOMPARE(submitted.count(), 0);
        QCOMPARE(AttemptStore(*m_db).inProgress(), session->attemptId());
        QSqlQuery count(m_db->connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM answers"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 0); // nothing half-written

        QVERIFY(pragma.exec(u"PRAGMA max_page_count = 1073741823"_s));
        QVERIFY(session->saveUnsaved());
        QCOMPARE(submitted.count(), 1);
        QVERIFY(session->isSubmitted());
        QVERIFY(count.exec(u"SELECT count(*) FROM answers"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 65);
    }

    // A bookmark set during a session keeps what another page wrote on the question since the
    // session began (its note), and the session shows that note.
    void bookmarkKeepsAnnotationsWrittenElsewhere()
    {
        auto session = startExam(Attempt::Mode::Practice, 5);
        QVERIFY(session);
        const QString id = session->question(0).id;
        QString error;
        QVERIFY(
            AnnotationStore(*m_db).write(id, {false, true, u"check the port range"_s}, 1, &error));
        QCOMPARE(session->note(0), u"check the port range"_s);
        QVERIFY(session->setBookmarked(0, true, &error));
        QVERIFY(session->isBookmarked(0));
        QCOMPARE(AnnotationStore(*m_db).annotation(id),
                 (Annotation {true, true, u"check the port range"_s}));
        QVERIFY(session->setBookmarked(0, false, &error));
        QCOMPARE(AnnotationStore(*m_db).annotation(id),
                 (Annotation {false, true, u"check the port range"_s}));
    }

    void emptySelectionCannotStart()
    {
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::Drill;
        setup.request.topics = {u"no-such-topic"_s};
        QString error;
        QVERIFY(!ExamSession::start(*m_db, m_blueprint, setup, m_clock, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(AttemptStore(*m_db).inProgress(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExamSession)
#include "tst_examsession.moc"
