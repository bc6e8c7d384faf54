#pragma once

#include <QWidget>

class Database;
class QLabel;
class QTreeWidget;

// Shows what the question bank holds: each domain of the exam with its weight, task
// statements and question counts, read from the user's database.
class BankOverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BankOverviewPage(Database &database, QWidget *parent = nullptr);

    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_domains;
};
