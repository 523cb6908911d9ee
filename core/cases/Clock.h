// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace lantern {

/// Where "now" comes from, so audit times, case codes and auto-lock can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC, millisecond precision.
    virtual QDateTime now() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that only moves when told to; for tests and reproducible demos.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime start)
        : m_now(start.toUTC())
    {
    }
    QDateTime now() const override { return m_now; }
    /// Sets the time returned from now on.
    void set(const QDateTime& time) { m_now = time.toUTC(); }
    /// Moves the clock forward by `ms` milliseconds.
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace lantern
