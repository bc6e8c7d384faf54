#pragma once

#include <QHash>
#include <QWidget>

class AttemptHistoryModel;
class Clock;
class Database;
class ExplanationView;
class QChartView;
class QCheckBox;
class QLabel;
class QBarSet;
class QLineSeries;
class QSpinBox;
class QTabWidget;
class QTreeView;
class QTreeWidget;

// The learner's progress: every attempt, the estimated score over time against the pass line,
// the accuracy of each domain over time, the mastery of every task and topic weakest first,
// the reviews to come and the retention of past ones (with the desired retention to set), and
// the leeches: the questions missed again and again.
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(Database &database, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    QLineSeries *scoreSeries() const { return m_scoreSeries; }
    QLineSeries *domainSeries(const QString &domain) const { return m_domainSeries.value(domain); }
    QTabWidget *tabs() const { return m_tabs; }
    AttemptHistoryModel *attemptsModel() const { return m_attemptsModel; }
    QBarSet *forecastSet() const { return m_forecastSet; }
    QLineSeries *retentionSeries() const { return m_retentionSeries; }
    QSpinBox *retentionBox() const { return m_retention; }
    QLabel *reviewSummary() const { return m_reviewSummary; }

    static constexpr int forecastDays = 30;
    static constexpr int retentionWeeks = 12;

signals:
    void attemptOpened(qint64 attemptId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillAttempts();
    void fillDomainTrend();
    void fillMastery();
    void fillReviews();
    void fillLeeches();
    void setRetention(int percent);

    Database &m_database;
    const Clock &m_clock;
    QTabWidget *m_tabs;
    AttemptHistoryModel *m_attemptsModel;
    QTreeView *m_attempts;
    QChartView *m_scoreChart;
    QLineSeries *m_scoreSeries = nullptr;
    QChartView *m_domainChart;
    QHash<QString, QLineSeries *> m_domainSeries;
    QWidget *m_toggles;
    QList<QCheckBox *> m_toggleBoxes;
    QTreeWidget *m_mastery;
    QLabel *m_masteryNote;
    QLabel *m_retentionLabel;
    QSpinBox *m_retention;
    QLabel *m_reviewSummary;
    QChartView *m_forecastChart;
    QBarSet *m_forecastSet = nullptr;
    QChartView *m_retentionChart;
    QLineSeries *m_retentionSeries = nullptr;
    QTreeWidget *m_leeches;
    QLabel *m_leechNote;
    ExplanationView *m_leechExplanation;
};
