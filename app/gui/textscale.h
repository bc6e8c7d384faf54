#pragma once

#include <QObject>

class QWidget;

// How large the text of questions is drawn: one factor, from 80 % to 200 %, for the question,
// its choices and every explanation, set with Ctrl++, Ctrl+- and Ctrl+0 and remembered in the
// settings. Widgets that show such text follow it.
class TextScale final : public QObject
{
    Q_OBJECT

public:
    static constexpr int minimum = 80;
    static constexpr int maximum = 200;
    static constexpr int step = 10;

    static TextScale &instance();

    int percent() const { return m_percent; }
    void setPercent(int percent);
    void zoomIn() { setPercent(m_percent + step); }
    void zoomOut() { setPercent(m_percent - step); }
    void reset() { setPercent(100); }

    // Draws the widget's text at the scale (of the application's font size), now and whenever
    // the scale changes, for as long as the widget lives.
    static void follow(QWidget *widget);

signals:
    void changed(int percent);

private:
    TextScale();
    int m_percent = 100;
};
