#pragma once

#include <QList>
#include <QString>

// One question of an attempt as the learner sees and answers it.
struct AttemptItem
{
    int position = 0;
    QString questionId;
    QString choiceOrder; // bank keys in display order
    QString selection; // selected bank keys, sorted ("AC"); empty: unanswered
    bool flagged = false;
    qint64 answeredAtMs = 0; // 0: never answered
    int correct = -1; // -1: not graded yet, else 0 or 1
    qint64 timeMs = 0; // time it was on screen while the clock ran
    QString struck = {}; // bank keys of the choices struck out, sorted ("BD")
};

// A sitting of an exam, drill or practice session: what was asked, what was answered, and
// for how long. Elapsed time counts only while the attempt is open on screen.
struct Attempt
{
    enum class Mode { Exam, Practice, Drill, WeakArea, Review };
    enum class State { InProgress, Submitted };

    qint64 id = 0;
    QString exam;
    Mode mode = Mode::Exam;
    quint64 seed = 0;
    QString settings = QStringLiteral("{}"); // the request that built it, as JSON
    qint64 createdAtMs = 0;
    qint64 submittedAtMs = 0;
    State state = State::InProgress;
    qint64 timeLimitMs = 0; // 0: untimed
    qint64 elapsedMs = 0;
    int position = 0; // the question on screen
    QList<AttemptItem> items;

    qint64 remainingMs() const
    {
        return timeLimitMs > 0 ? qMax<qint64>(0, timeLimitMs - elapsedMs) : 0;
    }

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(QStringView name);
};
