#include "scorechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;

ScoreChart::ScoreChart(Qt::Orientation orientation, QWidget *parent)
    : QChartView(parent)
    , m_orientation(orientation)
    , m_series(orientation == Qt::Vertical ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                           : new QHorizontalBarSeries)
    , m_scores(new QBarSet(QString()))
    , m_passLine(new QLineSeries)
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
    , m_lineX(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series->append(m_scores);
    chart->addSeries(m_series);
    chart->addSeries(m_passLine);
    m_values->setRange(0, 100);
    m_values->setLabelFormat(u"%d%"_s);
    m_values->setTickCount(6);
    const bool vertical = orientation == Qt::Vertical;
    chart->addAxis(m_categories, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(m_values, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    // The pass line is drawn against a hidden axis that spans the categories.
    chart->addAxis(m_lineX, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    m_lineX->setVisible(false);
    if (!vertical) {
        // names in full
        m_categories->setTruncateLabels(false);
    }
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_passLine->attachAxis(m_lineX);
    m_passLine->attachAxis(m_values);
    // setChart() lets go of the chart the view was made with; it is ours to delete.
    QChart *initial = this->chart();
    setChart(chart);
    delete initial;
    setMinimumHeight(220);
    connect(m_scores, &QBarSet::hovered, this, [this](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const QString text = barText(seriesIndex(index));
        QToolTip::showText(QCursor::pos(), text, this);
        emit barHovered(seriesIndex(index), text);
    });
    connect(m_scores, &QBarSet::clicked, this, [this](int index) {
        const QString text = barText(seriesIndex(index));
        QToolTip::showText(QCursor::pos(), text, this);
        emit barHovered(seriesIndex(index), text);
    });
    restyle(false);
}

void ScoreChart::restyle(bool dark)
{
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    chart()->legend()->hide();
    m_scores->setColor(dark ? QColor(0x5b, 0x9b, 0xe0) : QColor(0x4a, 0x86, 0xc8));
    m_passLine->setPen(
        QPen(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e), 2, Qt::DashLine));
}

void ScoreChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QString ScoreChart::barText(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Bar &bar = m_bars.at(index);
    return tr("%1: %2 of %3 correct")
        .arg(bar.tooltip.isEmpty() ? bar.label : bar.tooltip)
        .arg(bar.correct)
        .arg(bar.total);
}

int ScoreChart::seriesIndex(int index) const
{
    return m_orientation == Qt::Vertical ? index : int(m_bars.size()) - 1 - index;
}

double ScoreChart::value(int index) const
{
    return m_scores->at(seriesIndex(index));
}

void ScoreChart::setBars(const QList<Bar> &bars, double passFraction)
{
    m_bars = bars;
    m_scores->remove(0, m_scores->count());
    QStringList labels;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(seriesIndex(i));
        m_scores->append(bar.total > 0 ? 100.0 * bar.correct / bar.total : 0.0);
        labels.append(bar.label);
    }
    m_categories->clear();
    m_categories->append(labels);
    // The pass line runs across every bar: the category axis spans -0.5 .. n - 0.5.
    const double n = qMax<qsizetype>(1, bars.size());
    m_lineX->setRange(-0.5, n - 0.5);
    m_passLine->clear();
    const double pass = passFraction * 100;
    if (m_orientation == Qt::Vertical) {
        m_passLine->append(-0.5, pass);
        m_passLine->append(n - 0.5, pass);
    } else {
        m_passLine->append(pass, -0.5);
        m_passLine->append(pass, n - 0.5);
        // a row for each bar, so long lists stay readable inside a scroll area
        setMinimumHeight(int(80 + 22 * n));
    }
    m_passLine->setName(tr("Pass line"));
}
