#pragma once

#include <QChartView>

class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QLineSeries;
class QValueAxis;

// Bars of the share correct per domain or topic, with the pass line across them; pointing at
// a bar shows its correct / total.
class ScoreChart final : public QChartView
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;   // short, under the bar
        QString tooltip; // the full name
        int correct = 0;
        int total = 0;
    };

    explicit ScoreChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars, double passFraction);
    void setTitle(const QString &title);
    QString barText(int index) const;

    QBarSet *scores() const { return m_scores; }
    QLineSeries *passLine() const { return m_passLine; }
    QBarCategoryAxis *categories() const { return m_categories; }

signals:
    void barHovered(int index, const QString &text);

private:
    QList<Bar> m_bars;
    QBarSeries *m_series;
    QBarSet *m_scores;
    QLineSeries *m_passLine;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QValueAxis *m_lineX;
};
