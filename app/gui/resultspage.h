#pragma once

#include "bank/blueprint.h"
#include "bank/question.h"
#include "exam/attempt.h"
#include "exam/grading.h"
#include "exportdialog.h"

#include <QHash>
#include <QWidget>

class Database;
class ExplanationView;
class Prompter;
class ScoreChart;
class QBarSet;
class QChartView;
class QLabel;
class QTabWidget;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// The score report of a submitted attempt: estimated scaled score, pass or fail, time used,
// the domains with "Meets competencies" / "Needs improvement", every question with its
// explanation, filtered to the incorrect, the flagged or all, and the time each question took.
class ResultsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { Incorrect, Flagged, All };

    ResultsPage(Database &database, Prompter &prompter, QWidget *parent = nullptr);

    bool showAttempt(qint64 attemptId, bool timeExpired = false);
    qint64 attemptId() const { return m_attempt.id; }
    const AttemptResult &result() const { return m_result; }
    void setFilter(Filter filter);
    // Shows the explanation of the question at this position of the attempt.
    void showExplanation(int position);
    bool exportPdf();
    bool exportCsv();
    // What Export Questions offers on this page: the exam's questions, and those answered wrong.
    QList<ExportDialog::Choice> exportChoices() const;
    ScoreChart *domainChart() const { return m_domainChart; }
    ScoreChart *topicChart() const { return m_topicChart; }
    QBarSet *timeSet() const { return m_timeSet; }
    QTreeWidget *slowestList() const { return m_slowest; }
    QTabWidget *tabs() const { return m_tabs; }
    static constexpr int slowestCount = 5;

signals:
    void homeRequested();
    void retakeRequested(const QStringList &questionIds, Attempt::Mode mode, qint64 timeLimitMs);
    void exportQuestionsRequested(const QList<ExportDialog::Choice> &choices);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillQuestions();
    void fillCharts();
    void fillTimes();
    void explain(int position);
    // "shiken-<exam>-<date of the attempt>": the start of the names of the files it exports.
    QString fileStem() const;
    QString suggestedFileName(const QString &extension) const;

    Database &m_database;
    Prompter &m_prompter;
    Attempt m_attempt;
    Blueprint m_blueprint;
    QHash<QString, Question> m_questions;
    AttemptResult m_result;
    bool m_timeExpired = false;

    QLabel *m_title;
    QLabel *m_scoreLabel;
    QLabel *m_verdictLabel;
    QLabel *m_detailsLabel;
    QLabel *m_noteLabel;
    QLabel *m_timeUpLabel;
    QTableWidget *m_domainTable;
    QComboBox *m_filter;
    QTreeWidget *m_questionList;
    ExplanationView *m_explanation;
    QCheckBox *m_bothLanguages;
    QTabWidget *m_tabs;
    ScoreChart *m_domainChart;
    ScoreChart *m_topicChart;
    QChartView *m_timeChart;
    QBarSet *m_timeSet = nullptr;
    QLabel *m_slowestTitle;
    QTreeWidget *m_slowest;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    QPushButton *m_questionsButton;
    QPushButton *m_retakeButton;
    QPushButton *m_homeButton;
};
