#pragma once

#include "exam/attempt.h"
#include "exportdialog.h"

#include <QWidget>

class Clock;
class Database;
class ExplanationView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class SearchResultModel;

// The questions of the bank, found by words in either language (QuestionSearch), each shown
// with its answer and explanations as the results page explains it, in one language or both.
class BrowsePage final : public QWidget
{
    Q_OBJECT

public:
    BrowsePage(Database &database, Clock &clock, QWidget *parent = nullptr);

    // Runs the search again (the bank may have changed) and puts the cursor in the search box.
    void prepare();
    QLineEdit *searchField() const { return m_search; }
    QTableView *results() const { return m_results; }
    ExplanationView *preview() const { return m_preview; }
    SearchResultModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }
    QComboBox *domainFilter() const { return m_domain; }
    QComboBox *topicFilter() const { return m_topic; }
    QComboBox *taskFilter() const { return m_task; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *difficultyFilter() const { return m_difficulty; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QSpinBox *missedCount() const { return m_missed; }
    // The order of the list: 0 the bank's, then each column ascending and descending.
    QComboBox *orderChoice() const { return m_order; }
    QPushButton *practiseButton() const { return m_practise; }
    QPushButton *exportButton() const { return m_export; }
    // What Export offers here: every question the search finds, in the list's order.
    QList<ExportDialog::Choice> exportChoices() const;
    // Asks how many of the questions found to practise, and how (window-modal), then emits
    // practiseRequested with the stalest of them.
    void practiseFound();
    // The stalest `count` questions the current search finds, suspended and retired ones left
    // out: never answered first, then the least recently answered.
    QStringList stalestFound(int count) const;
    // Runs the search now rather than when typing pauses.
    void search();

signals:
    void practiseRequested(const QStringList &questionIds, Attempt::Mode mode);
    void exportQuestionsRequested(const QList<ExportDialog::Choice> &choices);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // The filters' choices from the bank's catalog, in the interface language, keeping the
    // chosen ones.
    void fillFilters();
    void showCurrent();
    void updateStatus();
    // Whether the search shown narrows the bank by anything but its words.
    bool filtering() const;
    // The current search's request from the search box and every filter.
    struct SearchRequest request() const;

    Database &m_database;
    Clock &m_clock;
    SearchResultModel *m_model;
    QLabel *m_title;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_domainLabel;
    QComboBox *m_domain;
    QLabel *m_topicLabel;
    QComboBox *m_topic;
    QLabel *m_taskLabel;
    QComboBox *m_task;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_difficultyLabel;
    QComboBox *m_difficulty;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QLabel *m_statusLabel;
    QComboBox *m_statusFilter;
    QSpinBox *m_missed;
    QLabel *m_orderLabel;
    QComboBox *m_order; // the sort of the header, from the keyboard
    QPushButton *m_practise;
    QPushButton *m_export;
    QCheckBox *m_retired;
    QCheckBox *m_both;
    QLabel *m_status;
    QTableView *m_results;
    ExplanationView *m_preview;
    QTimer *m_typing;
};
