#pragma once

#include <QWidget>

class Database;
class ExplanationView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class SearchResultModel;

// The questions of the bank, found by words in either language (QuestionSearch), each shown
// with its answer and explanations as the results page explains it, in one language or both.
class BrowsePage final : public QWidget
{
    Q_OBJECT

public:
    explicit BrowsePage(Database &database, QWidget *parent = nullptr);

    // Runs the search again (the bank may have changed) and puts the cursor in the search box.
    void prepare();
    QLineEdit *searchField() const { return m_search; }
    QTableView *results() const { return m_results; }
    ExplanationView *preview() const { return m_preview; }
    SearchResultModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }
    QComboBox *domainFilter() const { return m_domain; }
    QComboBox *topicFilter() const { return m_topic; }
    // Runs the search now rather than when typing pauses.
    void search();

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

    Database &m_database;
    SearchResultModel *m_model;
    QLabel *m_title;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_domainLabel;
    QComboBox *m_domain;
    QLabel *m_topicLabel;
    QComboBox *m_topic;
    QCheckBox *m_retired;
    QCheckBox *m_both;
    QLabel *m_status;
    QTableView *m_results;
    ExplanationView *m_preview;
    QTimer *m_typing;
};
