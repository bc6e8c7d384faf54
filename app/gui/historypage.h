#pragma once

#include <QHash>
#include <QWidget>

class AttemptHistoryModel;
class Database;
class ExplanationView;
class QChartView;
class QCheckBox;
class QLabel;
class QLineSeries;
class QTabWidget;
class QTreeView;
class QTreeWidget;

// The learner's progress: every attempt, the estimated score over time against the pass line,
// the accuracy of each domain over time, the mastery of every task and topic weakest first,
// and the leeches: the questions missed again and again.
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(Database &database, QWidget *parent = nullptr);

    void refresh();
    QLineSeries *scoreSeries() const { return m_scoreSeries; }
    QLineSeries *domainSeries(const QString &domain) const { return m_domainSeries.value(domain); }
    QTabWidget *tabs() const { return m_tabs; }
    AttemptHistoryModel *attemptsModel() const { return m_attemptsModel; }

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
    void fillLeeches();

    Database &m_database;
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
    QTreeWidget *m_leeches;
    QLabel *m_leechNote;
    ExplanationView *m_leechExplanation;
};
