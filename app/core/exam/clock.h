#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// Where time comes from: a monotonic clock for the exam timer and the wall clock for the
// dates stored with answers. Tests give a fake one, so a 130-minute exam runs in milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;
    virtual qint64 wallMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }

private:
    QElapsedTimer m_timer;
};
