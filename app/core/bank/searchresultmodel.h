#pragma once

#include "bank/questionsearch.h"

#include <QAbstractTableModel>

class Database;

// The questions a search finds, for a view. Rows arrive a page at a time as the view scrolls
// (fetchMore), so a search over a large bank shows its first rows at once; the number found is
// counted up to a cap, as counting every match of a common word reads all of them.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Domain,
        Task,
        Type,
        Difficulty,
        Reviews,
        LastResult,
        NextReview,
        Source,
        Topics, // last: the longest
        ColumnCount
    };
    enum Role { QuestionIdRole = Qt::UserRole + 1, BookmarkedRole, SuspendedRole, HasNoteRole };
    static constexpr int pageSize = 100;
    static constexpr int countCap = 1000;

    explicit SearchResultModel(const Database &database, QObject *parent = nullptr);

    // Runs the request (its limit and offset are the model's to set) from the first row.
    void setRequest(const SearchRequest &request);
    const SearchRequest &request() const { return m_request; }
    // How many questions the search finds, at most countCap + 1 (more than the cap).
    int found() const { return m_found; }
    QString error() const { return m_error; }
    // The names the Topics column shows for topic ids (the interface language's); ids without
    // one show as they are.
    void setTopicNames(const QHash<QString, QString> &names);
    // Reads the annotation of a question shown again (after the learner changed it): its row
    // shows the new marks; no other row is read.
    void refresh(const QString &questionId);
    // Tells the views that the headers and texts changed with the interface language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts by a column, in the database (every column can be sorted).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<SearchHit> page(int offset, int size = pageSize);
    QString display(const SearchHit &hit, int column) const;

    const Database &m_database;
    SearchRequest m_request;
    QList<SearchHit> m_hits;
    bool m_complete = true;
    int m_found = 0;
    QString m_error;
    QHash<QString, QString> m_topicNames;
    // While the views are told of a reset or of rows coming, nothing more is fetched: a view
    // (or QAbstractItemModelTester) asking from a handler would fetch the same page twice, or
    // insert rows into views still resetting. They ask again once it is done.
    bool m_busy = false;
};
