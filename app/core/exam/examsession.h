#pragma once

#include "bank/annotationstore.h"
#include "bank/blueprint.h"
#include "bank/question.h"
#include "exam/attempt.h"
#include "exam/examassembler.h"
#include "exam/grading.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class Clock;
class Database;

// An attempt being sat: the questions in their order, the learner's answers and flags, the
// clock. Every change is written through AttemptStore as it happens; the time counts only
// while the session runs, so a resumed attempt keeps the time it had.
class ExamSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExamSession)

public:
    enum class ItemState { Unanswered, Incomplete, Answered };

    // What a new session is: mode, the request for the assembler, and the time limit.
    struct Setup
    {
        Attempt::Mode mode = Attempt::Mode::Exam;
        AssemblyRequest request;
        qint64 timeLimitMs = 0; // 0: untimed
        QStringList questionIds; // when given, exactly these questions (a retake)
    };

    // Assembles and stores a new attempt; null with *error set when nothing could be asked.
    static std::unique_ptr<ExamSession> start(Database &database, const Blueprint &blueprint,
                                              const Setup &setup, Clock &clock, QString *error,
                                              AssembledExam *assembled = nullptr);
    static std::unique_ptr<ExamSession> resume(Database &database, qint64 attemptId, Clock &clock,
                                               QString *error);
    ~ExamSession() override;

    const Attempt &attempt() const { return m_attempt; }
    const Blueprint &blueprint() const { return m_blueprint; }
    qint64 attemptId() const { return m_attempt.id; }
    Attempt::Mode mode() const { return m_attempt.mode; }
    bool isPractice() const { return m_attempt.mode != Attempt::Mode::Exam; }
    bool isSubmitted() const { return m_attempt.state == Attempt::State::Submitted; }
    int count() const { return int(m_attempt.items.size()); }
    int position() const { return m_attempt.position; }

    const Question &question(int position) const;
    // The bank keys of the question's choices in the order shown.
    QString choiceOrder(int position) const { return m_attempt.items.at(position).choiceOrder; }
    QString selection(int position) const { return m_attempt.items.at(position).selection; }
    bool isFlagged(int position) const { return m_attempt.items.at(position).flagged; }
    // The learner's bookmark and note on the question at position: kept with the question, not
    // the attempt (AnnotationStore), read as stored whenever asked, so a change made on another
    // page while the session was paused is what the exam page shows.
    bool isBookmarked(int position) const;
    QString note(int position) const;
    // Saves the bookmark at once; false (with the reason) when it could not be written. Unlike
    // an answer it is not part of the attempt, so it is not kept to retry.
    bool setBookmarked(int position, bool bookmarked, QString *error);
    // A choice the learner has struck out (eliminated): still selectable.
    bool isStruck(int position, QChar key) const
    {
        return m_attempt.items.at(position).struck.contains(key);
    }
    ItemState state(int position) const;
    // In practice: the answer has been checked and its explanation shown; it can no longer change.
    bool isChecked(int position) const { return m_attempt.items.at(position).correct >= 0; }
    bool isCorrect(int position) const { return m_attempt.items.at(position).correct == 1; }
    int answeredCount() const;

    bool isTimed() const { return m_attempt.timeLimitMs > 0; }
    qint64 elapsedMs() const;
    qint64 remainingMs() const;
    bool isPaused() const { return !m_running; }
    // How far ahead (positive) or behind (negative) of the pace the time limit allows: the
    // limit's share of the questions answered, less the time used. 0 when untimed.
    qint64 paceMs() const;

    void goTo(int position);
    void next() { goTo(position() + 1); }
    void previous() { goTo(position() - 1); }
    // Single answer: selects key. Multiple response: toggles key.
    void toggleChoice(int position, QChar key);
    void setSelection(int position, const QString &selection);
    void setFlagged(int position, bool flagged);
    void toggleFlag(int position) { setFlagged(position, !isFlagged(position)); }
    // Strikes the choice out, or restores it.
    void toggleStruck(int position, QChar key);
    // Practice: grades the item at once so its explanation can be shown.
    bool check(int position);

    // Starts or stops counting time (practice can pause; a page that is left stops it).
    void setRunning(bool running);
    // Grades and stores the attempt; the session is over afterwards.
    AttemptResult submit();
    const AttemptResult &result() const { return m_result; }

    // Moves the clock forward now instead of waiting for the timer (tests, and every change).
    void tick();

    // A write that failed (disk full, I/O error, a read-only file) leaves its change in memory,
    // marked unsaved; the clock stops and saveFailed() says why. While unsaved, changes are
    // kept in memory only, and saveUnsaved() writes them all, in one transaction, when the
    // learner retries (finishing a submission that had failed too). Quitting before that loses
    // what is unsaved, and nothing else.
    bool hasUnsavedChanges() const { return m_unsaved; }
    QString saveError() const { return m_saveError; }
    bool saveUnsaved();

signals:
    void positionChanged(int position);
    void itemChanged(int position);
    void timeChanged(qint64 remainingMs, qint64 elapsedMs);
    // The last 30 and the last 5 minutes begin.
    void timeWarning(int minutesLeft);
    void timeExpired();
    void submitted();
    void saveFailed(const QString &error);
    void saved();

private:
    ExamSession(Database &database, Attempt attempt, QHash<QString, Question> questions,
                Blueprint blueprint, Clock &clock);
    void persistElapsed();
    // Adds the time since the last charge to the question on screen.
    void chargeItemTime();
    // Records that a write failed; the change it carried is already in m_attempt.
    void writeFailed(const QString &error);
    AttemptResult finishSubmission();

    Database &m_database;
    Attempt m_attempt;
    QHash<QString, Question> m_questions;
    Blueprint m_blueprint;
    Clock &m_clock;
    QTimer m_timer;
    bool m_running = false;
    qint64 m_runningSinceMs = 0; // monotonic time when counting last resumed
    qint64 m_elapsedBeforeMs = 0; // elapsed before that
    qint64 m_itemSinceMs = 0; // monotonic time the question on screen was last charged
    int m_warningsGiven = 0; // 30 minutes, then 5
    AttemptResult m_result;
    bool m_unsaved = false;
    bool m_submitPending = false;
    QString m_saveError;
};
