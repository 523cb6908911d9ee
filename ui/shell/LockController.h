// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Clock.h"

#include <memory>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace lantern {

/// Decides when the database locks: after a period without keyboard or mouse input to Lantern,
/// and shortly after the application is hidden (minimised, or the desktop session locked where
/// the platform reports that as the application becoming hidden). Watching input is an
/// application-wide event filter; time comes from an injectable Clock, and a QTimer polls it,
/// so tests move the clock and call check() instead of waiting.
class LockController : public QObject
{
    Q_OBJECT

public:
    /// `clock` defaults to the system clock.
    explicit LockController(std::shared_ptr<const Clock> clock = {}, QObject* parent = nullptr);
    ~LockController() override;

    /// Starts watching (call when the database is unlocked) and counts from now.
    void arm();
    /// Stops watching (call when locked).
    void disarm();
    bool isArmed() const { return m_armed; }

    /// Minutes without input before locking; 0 never locks for inactivity.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_timeoutMinutes; }
    /// Whether being hidden locks, and after how long (a short grace for a quick window switch).
    void setLockWhenHidden(bool enabled, int graceMs = 2000);
    /// How often the clock is looked at; tests use a short interval.
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    /// Counts as user activity now.
    void touch();
    /// Locks now if the inactivity period has passed.
    void check();
    /// The main window was minimised: lock after the grace, like the application being hidden.
    void windowMinimised();

Q_SIGNALS:
    /// Time to lock; `reason` is a plain sentence for the unlock screen.
    void lockRequested(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onApplicationStateChanged(Qt::ApplicationState state);

    std::shared_ptr<const Clock> m_clock;
    QTimer m_poll;
    QTimer m_hiddenGrace;
    QDateTime m_lastActivity;
    int m_timeoutMinutes = 5;
    bool m_lockWhenHidden = true;
    bool m_armed = false;
};

} // namespace lantern
