#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// A transaction that rolls back unless committed, so every early return of a write path
// leaves the database as it was.
class SqlTransaction
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    { }
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit(QString *error)
    {
        m_open = false;
        if (m_db.commit())
            return true;
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

// Runs a prepared statement; on failure fills *error (when given) with the driver's message.
inline bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}
