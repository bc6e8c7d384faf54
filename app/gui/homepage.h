#pragma once

#include "attempt.h"

#include <QWidget>

class Database;
class QFrame;
class QLabel;
class QPushButton;
class QTreeWidget;

// Where a study session starts: a full mock exam, a practice session or a drill; the attempt
// still in progress, if any, to resume; and the latest results.
class HomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Database &database, QWidget *parent = nullptr);

    void refresh();
    qint64 inProgressAttempt() const { return m_inProgress; }

signals:
    void startRequested(Attempt::Mode mode);
    void resumeRequested(qint64 attemptId);
    void discardRequested(qint64 attemptId);
    void attemptOpened(qint64 attemptId);
    void bankRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    qint64 m_inProgress = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFrame *m_resumeBanner;
    QLabel *m_resumeLabel;
    QPushButton *m_resumeButton;
    QPushButton *m_discardButton;
    QPushButton *m_examButton;
    QPushButton *m_practiceButton;
    QPushButton *m_drillButton;
    QPushButton *m_bankButton;
    QLabel *m_recentTitle;
    QTreeWidget *m_recent;
};
