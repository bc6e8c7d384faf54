#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

// Calls a function once, when a window has been painted for the first time (after the paint
// is flushed to the screen). Work that can wait, such as a backup, goes there so the window
// comes first; and the benchmark's start-up figure ends there (SHIKEN_QUIT_AFTER_FIRST_PAINT).
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    // The environment variable that makes a program quit right after its first paint.
    static bool quitRequested()
    {
        return qEnvironmentVariableIsSet("SHIKEN_QUIT_AFTER_FIRST_PAINT");
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            // Queued: the paint in progress finishes and reaches the screen first.
            QTimer::singleShot(0, this, [this] { m_then(); });
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
    std::function<void()> m_then;
};
