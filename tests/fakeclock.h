#pragma once

// The clock seam for tests: time moves only when the test says so.

#include "exam/clock.h"

class FakeClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return m_monotonic; }
    qint64 wallMs() const override { return m_wall + m_monotonic; }
    void advance(qint64 ms) { m_monotonic += ms; }

private:
    qint64 m_monotonic = 0;
    qint64 m_wall = 1'790'000'000'000; // a day in 2026
};
