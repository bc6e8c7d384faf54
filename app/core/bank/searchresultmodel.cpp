#include "bank/searchresultmodel.h"

#include "storage/database.h"

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
    endResetModel();
}

QList<SearchHit> SearchResultModel::page(int offset)
{
    if (m_found <= 0)
        return {};
    SearchRequest request = m_request;
    request.limit = pageSize;
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
    if (role == QuestionIdRole)
        return hit.id;
    if (role == Qt::ToolTipRole)
        return hit.snippet;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return hit.retired ? tr("%1 (retired)").arg(hit.id) : hit.id;
    case Domain:
        return hit.domain;
    case Task:
        return hit.task;
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
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
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
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size() - 1));
    m_hits.append(hits);
    endInsertRows();
}
