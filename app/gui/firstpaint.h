#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <ctime>
#include <functional>

// Calls a function once, when a window has been painted for the first time (after the paint
// is flushed to the screen). Work that can wait, such as a backup, goes there so the window
// comes first; and the benchmark's start-up figure ends there: with
// SHIKEN_QUIT_AFTER_FIRST_PAINT=FILE in the environment, quitIfRequested() writes the moment
// (CLOCK_MONOTONIC, in nanoseconds) to FILE and quits.
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

    // For the benchmark: see above. Returns whether the program is quitting.
    static bool quitIfRequested()
    {
        const QString path = qEnvironmentVariable("SHIKEN_QUIT_AFTER_FIRST_PAINT");
        if (path.isEmpty())
            return false;
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QByteArray::number(qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec));
        QCoreApplication::exit(0);
        return true;
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
