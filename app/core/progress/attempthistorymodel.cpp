#include "progress/attempthistorymodel.h"

#include "storage/database.h"
#include "textformat.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

AttemptHistoryModel::AttemptHistoryModel(const Database &database, QString exam, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_exam(std::move(exam))
{
    reload();
}

void AttemptHistoryModel::reload()
{
    beginResetModel();
    const Statistics statistics(m_database);
    m_total = statistics.submittedCount(m_exam);
    m_rows = statistics.history(m_exam, pageSize, 0, true);
    endResetModel();
}

int AttemptHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttemptHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AttemptHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AttemptHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AttemptSummary> page
        = Statistics(m_database).history(m_exam, pageSize, int(m_rows.size()), true);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the history shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QString AttemptHistoryModel::modeName(Attempt::Mode mode)
{
    switch (mode) {
    case Attempt::Mode::Exam:
        return tr("Mock exam");
    case Attempt::Mode::Practice:
        return tr("Practice");
    case Attempt::Mode::WeakArea:
        return tr("Weak-area drill");
    case Attempt::Mode::Review:
        return tr("Review");
    case Attempt::Mode::Drill:
        break;
    }
    return tr("Drill");
}

QVariant AttemptHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AttemptSummary &s = m_rows.at(index.row());
    if (role == AttemptIdRole)
        return s.id;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Date:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(s.submittedAtMs),
                               QLocale::ShortFormat);
    case Mode:
        return modeName(s.mode);
    case Score:
        return locale.toString(s.score);
    case Result:
        return s.passed ? tr("Pass") : tr("Fail");
    case TimeUsed:
        return TextFormat::timeUsed(s.elapsedMs, s.timeLimitMs);
    case Questions:
        return tr("%1 / %2").arg(s.correct).arg(s.questions);
    default:
        return {};
    }
}

QVariant AttemptHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Mode:
        return tr("Mode");
    case Score:
        return tr("Score");
    case Result:
        return tr("Result");
    case TimeUsed:
        return tr("Time used");
    case Questions:
        return tr("Questions");
    default:
        return {};
    }
}
