#pragma once

#include "progress/statistics.h"

#include <QAbstractTableModel>

class Database;

// Every attempt of an exam, newest first, for a view. Rows arrive a page at a time as the
// view scrolls (fetchMore), so years of attempts open at once.
class AttemptHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Mode, Score, Result, TimeUsed, Questions, ColumnCount };
    enum Role { AttemptIdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    AttemptHistoryModel(const Database &database, QString exam, QObject *parent = nullptr);

    // Reads the history again from the start (after an attempt, or a language change).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString modeName(Attempt::Mode mode);

private:
    const Database &m_database;
    QString m_exam;
    QList<AttemptSummary> m_rows;
    int m_total = 0;
};
