#include "bank/searchresultmodel.h"

#include "bank/annotationstore.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

SearchResultModel::SearchResultModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

void SearchResultModel::setRequest(const SearchRequest &request)
{
    // The first page comes with the reset: a view asks for more only once it has shown it.
    beginResetModel();
    m_request = request;
    m_error.clear();
    m_found = QuestionSearch(m_database).count(m_request, countCap + 1, &m_error);
    m_hits = page(0);
    m_complete = m_hits.size() < pageSize;
    const QScopedValueRollback busy(m_busy, true);
    endResetModel();
}

void SearchResultModel::setTopicNames(const QHash<QString, QString> &names)
{
    m_topicNames = names;
    if (!m_hits.isEmpty())
        emit dataChanged(index(0, Topics), index(rowCount() - 1, Topics), {Qt::DisplayRole});
}

void SearchResultModel::refresh(const QString &questionId)
{
    // An annotation changes what a row shows, never which rows a search finds, unless the
    // search filters by it (then the row stays until the next search, so the cursor stays).
    const auto hit = std::find_if(m_hits.begin(), m_hits.end(),
                                  [&questionId](const SearchHit &h) { return h.id == questionId; });
    if (hit == m_hits.end())
        return;
    const Annotation annotation = AnnotationStore(m_database).annotation(questionId);
    hit->bookmarked = annotation.bookmarked;
    hit->suspended = annotation.suspended;
    hit->hasNote = !annotation.note.isEmpty();
    const int row = int(hit - m_hits.begin());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SearchResultModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_hits.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void SearchResultModel::sort(int column, Qt::SortOrder order)
{
    using Sort = SearchRequest::Sort;
    static constexpr Sort byColumn[ColumnCount]
        = {Sort::Id,      Sort::Domain,     Sort::Task,       Sort::Type,   Sort::Difficulty,
           Sort::Reviews, Sort::LastResult, Sort::NextReview, Sort::Source, Sort::Topics};
    SearchRequest request = m_request;
    request.sort = column >= 0 && column < ColumnCount ? byColumn[column] : Sort::Bank;
    request.descending = order == Qt::DescendingOrder;
    setRequest(request);
}

QList<SearchHit> SearchResultModel::page(int offset, int size)
{
    if (m_found <= 0)
        return {};
    SearchRequest request = m_request;
    request.limit = size;
    request.offset = offset;
    return QuestionSearch(m_database).search(request, &m_error);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case QuestionIdRole:
        return hit.id;
    case BookmarkedRole:
        return hit.bookmarked;
    case SuspendedRole:
        return hit.suspended;
    case HasNoteRole:
        return hit.hasNote;
    case Qt::ToolTipRole:
        return index.column() == Id ? hit.snippet : QVariant();
    case Qt::DisplayRole:
        return display(hit, index.column());
    default:
        return {};
    }
}

QString SearchResultModel::display(const SearchHit &hit, int column) const
{
    switch (column) {
    case Id: {
        // What the learner put on the question, before its id: ★ bookmarked, ✎ a note,
        // ⏸ suspended.
        QString marks;
        if (hit.bookmarked)
            marks += u'★';
        if (hit.hasNote)
            marks += u'✎';
        if (hit.suspended)
            marks += u'⏸';
        const QString id = hit.retired ? tr("%1 (retired)").arg(hit.id) : hit.id;
        return marks.isEmpty() ? id : marks + u' ' + id;
    }
    case Domain:
        return hit.domain;
    case Task:
        return hit.task;
    case Topics: {
        QStringList names;
        for (const QString &topic : hit.topics)
            names.append(m_topicNames.value(topic, topic));
        return QLocale().createSeparatedList(names);
    }
    case Type:
        return hit.type == u"multiple" ? tr("Multiple") : tr("Single");
    case Difficulty:
        return hit.difficulty == 1 ? tr("Easy") : hit.difficulty == 3 ? tr("Hard") : tr("Medium");
    case Reviews:
        return QLocale().toString(hit.reviews);
    case LastResult:
        return hit.reviews == 0 ? QString() : hit.lastRight ? tr("Right") : tr("Wrong");
    case NextReview:
        if (hit.dueAtMs < 0)
            return {};
        if (hit.dueAtMs <= m_request.nowMs)
            return tr("Due now");
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(hit.dueAtMs).date(),
                                  QLocale::ShortFormat);
    case Source:
        return hit.source == u"bundled" ? tr("Bundled")
                                        : hit.source.mid(hit.source.indexOf(u':') + 1);
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Question");
    case Domain:
        return tr("Domain");
    case Task:
        return tr("Task");
    case Topics:
        return tr("Topics");
    case Type:
        return tr("Type");
    case Difficulty:
        return tr("Difficulty");
    case Reviews:
        return tr("Answered");
    case LastResult:
        return tr("Last result");
    case NextReview:
        return tr("Next review");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_busy;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<SearchHit> hits = page(int(m_hits.size()));
    if (hits.size() < pageSize)
        m_complete = true;
    if (hits.isEmpty())
        return;
    const QScopedValueRollback busy(m_busy, true);
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size() - 1));
    m_hits.append(hits);
    endInsertRows();
}
