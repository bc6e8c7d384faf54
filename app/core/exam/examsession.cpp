#include "exam/examsession.h"

#include "bank/questionstore.h"
#include "exam/attemptstore.h"
#include "exam/clock.h"
#include "progress/reviewstore.h"
#include "progress/statistics.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr int warningMinutes[] = {30, 5};
// How often the clock is shown and stored while the session runs.
constexpr int tickIntervalMs = 1000;

QString settingsJson(const ExamSession::Setup &setup)
{
    const QJsonObject object {
        {u"count"_s, setup.request.count},
        {u"domains"_s, QJsonArray::fromStringList(setup.request.domains)},
        {u"tasks"_s, QJsonArray::fromStringList(setup.request.tasks)},
        {u"topics"_s, QJsonArray::fromStringList(setup.request.topics)},
        {u"retake"_s, !setup.questionIds.isEmpty()},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ExamSession::ExamSession(Database &database, Attempt attempt, QHash<QString, Question> questions,
                         Blueprint blueprint, Clock &clock)
    : m_database(database)
    , m_attempt(std::move(attempt))
    , m_questions(std::move(questions))
    , m_blueprint(std::move(blueprint))
    , m_clock(clock)
    , m_elapsedBeforeMs(m_attempt.elapsedMs)
{
    m_timer.setInterval(tickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExamSession::tick);
    // Warnings already behind a resumed attempt are not given again.
    for (int minutes : warningMinutes) {
        if (isTimed() && remainingMs() <= minutes * minuteMs)
            ++m_warningsGiven;
    }
}

ExamSession::~ExamSession()
{
    if (!isSubmitted())
        setRunning(false);
}

std::unique_ptr<ExamSession> ExamSession::start(Database &database, const Blueprint &blueprint,
                                                const Setup &setup, Clock &clock, QString *error,
                                                AssembledExam *assembled)
{
    const QuestionStore questions(database);
    AssemblyRequest request = setup.request;
    // The seed comes from the clock, so every new exam differs; it is stored to redo it.
    if (request.seed == 0)
        request.seed = quint64(clock.wallMs()) * 2654435761u + 1;
    AssembledExam exam;
    if (!setup.questionIds.isEmpty()) {
        exam = ExamAssembler::retake(questions.entries(setup.questionIds), setup.questionIds,
                                     request.seed);
    } else if (setup.mode == Attempt::Mode::WeakArea) {
        QHash<QString, double> mastery;
        const Statistics statistics(database);
        for (const auto dimension : {Statistics::Dimension::Task, Statistics::Dimension::Topic}) {
            for (const MasteryLine &line : statistics.mastery(blueprint.id, dimension)) {
                if (const auto m = line.estimate.mastery())
                    mastery.insert(line.id, *m);
            }
        }
        const QHash<QString, double> recall
            = ReviewStore(database).retrievabilities(blueprint.id, clock.wallMs());
        exam = ExamAssembler::weakArea(questions, blueprint.id, recall, mastery,
                                       request.count > 0 ? request.count : 20, request.seed);
    } else {
        exam = ExamAssembler::assemble(blueprint, questions, request);
    }
    if (assembled)
        *assembled = exam;
    if (exam.items.isEmpty()) {
        *error = tr("There are no questions for this selection.");
        return nullptr;
    }

    Attempt attempt;
    attempt.exam = blueprint.id;
    attempt.mode = setup.mode;
    attempt.seed = request.seed;
    attempt.settings = settingsJson(setup);
    attempt.createdAtMs = clock.wallMs();
    attempt.timeLimitMs = setup.timeLimitMs;
    QStringList ids;
    for (qsizetype i = 0; i < exam.items.size(); ++i) {
        attempt.items.append(
            {int(i), exam.items.at(i).questionId, exam.items.at(i).choiceOrder, {}, false, 0, -1});
        ids.append(exam.items.at(i).questionId);
    }
    AttemptStore store(database);
    attempt.id = store.create(attempt, error);
    if (attempt.id == 0)
        return nullptr;
    return std::unique_ptr<ExamSession>(
        new ExamSession(database, std::move(attempt), questions.questions(ids), blueprint, clock));
}

std::unique_ptr<ExamSession> ExamSession::resume(Database &database, qint64 attemptId, Clock &clock,
                                                 QString *error)
{
    auto attempt = AttemptStore(database).load(attemptId);
    if (!attempt) {
        *error = tr("The attempt %1 is not in the database.").arg(attemptId);
        return nullptr;
    }
    const QuestionStore questions(database);
    const auto blueprint = questions.blueprint(attempt->exam);
    if (!blueprint) {
        *error = tr("The exam %1 is not in the database.").arg(attempt->exam);
        return nullptr;
    }
    QStringList ids;
    for (const AttemptItem &item : attempt->items)
        ids.append(item.questionId);
    QHash<QString, Question> found = questions.questions(ids);
    if (found.size() != QSet<QString>(ids.begin(), ids.end()).size()) {
        *error = tr("Some questions of this attempt are missing from the database.");
        return nullptr;
    }
    return std::unique_ptr<ExamSession>(
        new ExamSession(database, std::move(*attempt), std::move(found), *blueprint, clock));
}

const Question &ExamSession::question(int position) const
{
    const auto it = m_questions.constFind(m_attempt.items.at(position).questionId);
    Q_ASSERT(it != m_questions.constEnd());
    return *it;
}

ExamSession::ItemState ExamSession::state(int position) const
{
    const AttemptItem &item = m_attempt.items.at(position);
    if (item.selection.isEmpty())
        return ItemState::Unanswered;
    return item.selection.size() == question(position).select ? ItemState::Answered
                                                              : ItemState::Incomplete;
}

int ExamSession::answeredCount() const
{
    int answered = 0;
    for (int i = 0; i < count(); ++i)
        answered += state(i) == ItemState::Answered ? 1 : 0;
    return answered;
}

qint64 ExamSession::elapsedMs() const
{
    if (!m_running)
        return m_elapsedBeforeMs;
    return m_elapsedBeforeMs + (m_clock.monotonicMs() - m_runningSinceMs);
}

qint64 ExamSession::paceMs() const
{
    if (!isTimed() || count() == 0)
        return 0;
    return m_attempt.timeLimitMs * answeredCount() / count() - elapsedMs();
}

qint64 ExamSession::remainingMs() const
{
    return isTimed() ? qMax<qint64>(0, m_attempt.timeLimitMs - elapsedMs()) : 0;
}

void ExamSession::goTo(int position)
{
    if (position < 0 || position >= count() || position == m_attempt.position)
        return;
    persistElapsed(); // the question being left keeps its time
    m_attempt.position = position;
    if (!isSubmitted() && !m_unsaved) {
        AttemptStore store(m_database);
        if (!store.setPosition(m_attempt.id, position))
            writeFailed(store.lastError());
    }
    emit positionChanged(position);
}

void ExamSession::toggleChoice(int position, QChar key)
{
    if (!choiceOrder(position).contains(key))
        return;
    QString selection = this->selection(position);
    if (question(position).type == Question::Type::Single)
        selection = QString(key);
    else if (selection.contains(key))
        selection.remove(key);
    else
        selection.append(key);
    setSelection(position, selection);
}

void ExamSession::setSelection(int position, const QString &selection)
{
    if (isSubmitted() || isChecked(position) || position < 0 || position >= count())
        return;
    const QString normalized = AttemptStore::normalizedSelection(selection);
    AttemptItem &item = m_attempt.items[position];
    if (item.selection == normalized)
        return;
    item.selection = normalized;
    item.answeredAtMs = normalized.isEmpty() ? 0 : m_clock.wallMs();
    if (!m_unsaved) {
        AttemptStore store(m_database);
        if (!store.recordAnswer(m_attempt.id, position, normalized, item.answeredAtMs))
            writeFailed(store.lastError());
    }
    persistElapsed();
    emit itemChanged(position);
}

void ExamSession::setFlagged(int position, bool flagged)
{
    if (isSubmitted() || position < 0 || position >= count() || isFlagged(position) == flagged)
        return;
    m_attempt.items[position].flagged = flagged;
    if (!m_unsaved) {
        AttemptStore store(m_database);
        if (!store.setFlagged(m_attempt.id, position, flagged))
            writeFailed(store.lastError());
    }
    emit itemChanged(position);
}

bool ExamSession::isBookmarked(int position) const
{
    return AnnotationStore(m_database)
        .annotation(m_attempt.items.at(position).questionId)
        .bookmarked;
}

QString ExamSession::note(int position) const
{
    return AnnotationStore(m_database).annotation(m_attempt.items.at(position).questionId).note;
}

bool ExamSession::setBookmarked(int position, bool bookmarked, QString *error)
{
    if (position < 0 || position >= count())
        return false;
    const QString id = m_attempt.items.at(position).questionId;
    if (!AnnotationStore(m_database)
             .update(
                 id, [bookmarked](Annotation &a) { a.bookmarked = bookmarked; }, m_clock.wallMs(),
                 error))
        return false;
    emit itemChanged(position);
    return true;
}

void ExamSession::toggleStruck(int position, QChar key)
{
    if (isSubmitted() || position < 0 || position >= count()
        || !choiceOrder(position).contains(key))
        return;
    QString &struck = m_attempt.items[position].struck;
    if (struck.contains(key))
        struck.remove(key);
    else
        struck = AttemptStore::normalizedSelection(struck + key);
    if (!m_unsaved) {
        AttemptStore store(m_database);
        if (!store.setStruck(m_attempt.id, position, struck))
            writeFailed(store.lastError());
    }
    emit itemChanged(position);
}

bool ExamSession::check(int position)
{
    if (!isPractice() || isSubmitted() || isChecked(position)
        || state(position) != ItemState::Answered)
        return false;
    const bool correct = Grading::isCorrect(question(position), selection(position));
    m_attempt.items[position].correct = correct ? 1 : 0;
    if (!m_unsaved) {
        AttemptStore store(m_database);
        if (!store.gradeItem(m_attempt.id, position, correct))
            writeFailed(store.lastError());
    }
    emit itemChanged(position);
    return true;
}

void ExamSession::setRunning(bool running)
{
    // The clock waits while a change is unsaved, so that time is not lost to a full disk.
    if (running == m_running || (running && (isSubmitted() || m_unsaved)))
        return;
    if (running) {
        m_runningSinceMs = m_clock.monotonicMs();
        m_itemSinceMs = m_runningSinceMs;
        m_running = true;
        m_timer.start();
    } else {
        chargeItemTime();
        m_elapsedBeforeMs = elapsedMs();
        m_running = false;
        m_timer.stop();
        persistElapsed();
    }
    emit timeChanged(remainingMs(), elapsedMs());
}

void ExamSession::chargeItemTime()
{
    if (!m_running || count() == 0)
        return;
    const qint64 now = m_clock.monotonicMs();
    m_attempt.items[m_attempt.position].timeMs += qMax<qint64>(0, now - m_itemSinceMs);
    m_itemSinceMs = now;
}

void ExamSession::persistElapsed()
{
    if (isSubmitted())
        return;
    chargeItemTime();
    m_attempt.elapsedMs = elapsedMs();
    if (m_unsaved)
        return;
    const int position = m_attempt.position;
    AttemptStore store(m_database);
    if (!store.recordElapsed(m_attempt.id, m_attempt.elapsedMs, position,
                             count() > 0 ? m_attempt.items.at(position).timeMs : 0))
        writeFailed(store.lastError());
}

void ExamSession::writeFailed(const QString &error)
{
    const bool first = !m_unsaved;
    m_unsaved = true;
    m_saveError = error;
    if (m_running) {
        chargeItemTime();
        m_elapsedBeforeMs = elapsedMs();
        m_running = false;
        m_timer.stop();
    }
    if (first)
        emit saveFailed(error);
}

bool ExamSession::saveUnsaved()
{
    if (!m_unsaved)
        return true;
    m_attempt.elapsedMs = m_elapsedBeforeMs;
    QString error;
    QSqlDatabase db = m_database.connection();
    {
        SqlTransaction transaction(db);
        AttemptStore store(m_database);
        bool ok = transaction.isOpen();
        error = ok ? QString() : db.lastError().text();
        // Every item is written as it is in memory: simpler than tracking which changed, and
        // an exam has at most a few hundred.
        for (qsizetype i = 0; ok && i < m_attempt.items.size(); ++i) {
            const AttemptItem &item = m_attempt.items.at(i);
            ok = store.recordAnswer(m_attempt.id, int(i), item.selection, item.answeredAtMs)
                && store.setFlagged(m_attempt.id, int(i), item.flagged)
                && store.setStruck(m_attempt.id, int(i), item.struck)
                && store.recordElapsed(m_attempt.id, m_attempt.elapsedMs, int(i), item.timeMs)
                && (item.correct < 0 || store.gradeItem(m_attempt.id, int(i), item.correct == 1));
        }
        ok = ok && store.setPosition(m_attempt.id, m_attempt.position)
            && store.recordElapsed(m_attempt.id, m_attempt.elapsedMs);
        if (ok)
            ok = transaction.commit(&error);
        if (!ok && error.isEmpty())
            error = store.lastError().isEmpty() ? db.lastError().text() : store.lastError();
    }
    if (!error.isEmpty()) {
        m_saveError = error;
        return false;
    }
    m_unsaved = false;
    m_saveError.clear();
    emit saved();
    if (m_submitPending)
        finishSubmission();
    return true;
}

void ExamSession::tick()
{
    if (isSubmitted())
        return;
    persistElapsed();
    const qint64 remaining = remainingMs();
    emit timeChanged(remaining, elapsedMs());
    if (!isTimed())
        return;
    while (m_warningsGiven < int(std::size(warningMinutes))
           && remaining <= warningMinutes[m_warningsGiven] * minuteMs && remaining > 0) {
        emit timeWarning(warningMinutes[m_warningsGiven]);
        ++m_warningsGiven;
    }
    if (remaining <= 0) {
        emit timeExpired();
        submit();
    }
}

AttemptResult ExamSession::submit()
{
    if (isSubmitted())
        return m_result;
    if (m_running) {
        chargeItemTime();
        m_elapsedBeforeMs = elapsedMs();
        m_running = false;
        m_timer.stop();
    }
    // A timed attempt never records more than its limit.
    if (isTimed())
        m_elapsedBeforeMs = qMin(m_elapsedBeforeMs, m_attempt.timeLimitMs);
    persistElapsed();
    m_submitPending = true;
    if (m_unsaved && !saveUnsaved())
        return m_result;
    return m_submitPending ? finishSubmission() : m_result;
}

AttemptResult ExamSession::finishSubmission()
{
    m_submitPending = true;
    m_result = Grading::grade(m_blueprint, m_attempt, m_questions);
    QString error;
    const qint64 now = m_clock.wallMs();
    if (!AttemptStore(m_database).submit(m_attempt.id, m_result, now, &error)) {
        // Graded in memory only: the attempt stays in progress until the write succeeds.
        writeFailed(error);
        return m_result;
    }
    m_submitPending = false;
    m_attempt.state = Attempt::State::Submitted;
    m_attempt.submittedAtMs = now;
    for (qsizetype i = 0; i < m_attempt.items.size(); ++i)
        m_attempt.items[i].correct = m_result.itemCorrect.value(i) ? 1 : 0;
    emit submitted();
    return m_result;
}
