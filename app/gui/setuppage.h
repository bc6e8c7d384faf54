#pragma once

#include "exam/examsession.h"

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// Sets up a session: the mode, the domains, tasks and topics to draw from, the length and
// the timer. It says before the start when the bank cannot fill the request.
class SetupPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPage(Database &database, QWidget *parent = nullptr);

    void prepare(Attempt::Mode mode);
    ExamSession::Setup setup() const;

    // AWS's accommodation for candidates whose first language is not English: 30 more minutes.
    static constexpr int eslExtraMinutes = 30;

signals:
    void startRequested(const ExamSession::Setup &setup);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillScope();
    void updateState();

    Database &m_database;
    Blueprint m_blueprint;
    bool m_prepared = false; // prepare() has filled the page from the database
    QLabel *m_title;
    QComboBox *m_mode;
    QLabel *m_modeHelp;
    QLabel *m_scopeTitle;
    QTreeWidget *m_scope;
    QLabel *m_topicsTitle;
    QListWidget *m_topics;
    QLabel *m_lengthLabel;
    QSpinBox *m_length;
    QCheckBox *m_timer;
    QSpinBox *m_minutes;
    QCheckBox *m_esl;
    QLabel *m_summary;
    QLabel *m_shortage;
    int m_suspendedCount = 0; // of the exam, read when the page is prepared
    QPushButton *m_start;
    QPushButton *m_back;
};
