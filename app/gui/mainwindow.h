#pragma once

#include <QMainWindow>

class BankOverviewPage;
class Database;
class QAction;
class QMenu;

// The application window: one window whose pages the learner moves between.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

    BankOverviewPage *bankOverview() const { return m_bankOverview; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();

    Database &m_database;
    BankOverviewPage *m_bankOverview;
    QMenu *m_fileMenu;
    QMenu *m_helpMenu;
    QAction *m_quitAction;
    QAction *m_aboutAction;
};
