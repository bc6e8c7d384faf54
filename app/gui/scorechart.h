#pragma once

#include <QChartView>

class QAbstractBarSeries;
class QBarSet;
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
        QString label; // short, under the bar
        QString tooltip; // the full name
        int correct = 0;
        int total = 0;
    };

    // Vertical bars suit a few (domains); horizontal ones a long list with names (topics).
    explicit ScoreChart(Qt::Orientation orientation = Qt::Vertical, QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars, double passFraction);
    void setTitle(const QString &title);
    // Light or dark colours (Qt Charts' theme, then the bars' and the pass line's own). A new
    // chart is light, as the PDF report needs.
    void restyle(bool dark);
    // Bars in the order given (a horizontal chart draws them top down, the series holds them
    // bottom up).
    QString barText(int index) const;
    double value(int index) const;
    int count() const { return int(m_bars.size()); }

    QBarSet *scores() const { return m_scores; }
    QLineSeries *passLine() const { return m_passLine; }
    QBarCategoryAxis *categories() const { return m_categories; }

signals:
    void barHovered(int index, const QString &text);

private:
    int seriesIndex(int index) const;

    QList<Bar> m_bars;
    Qt::Orientation m_orientation;
    QAbstractBarSeries *m_series;
    QBarSet *m_scores;
    QLineSeries *m_passLine;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QValueAxis *m_lineX;
};
