// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LockController.h"

#include <QEvent>
#include <QGuiApplication>

namespace lantern {

LockController::LockController(std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &LockController::check);
    m_hiddenGrace.setSingleShot(true);
    m_hiddenGrace.setInterval(2000);
    connect(&m_hiddenGrace, &QTimer::timeout, this, [this] {
        if (m_armed)
            Q_EMIT lockRequested(tr("Locked because Lantern was hidden."));
    });
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, &LockController::onApplicationStateChanged);
        app->installEventFilter(this);
    }
}

LockController::~LockController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void LockController::arm()
{
    m_armed = true;
    touch();
    m_poll.start();
}

void LockController::disarm()
{
    m_armed = false;
    m_poll.stop();
    m_hiddenGrace.stop();
}

void LockController::setTimeoutMinutes(int minutes)
{
    m_timeoutMinutes = std::max(0, minutes);
}

void LockController::setLockWhenHidden(bool enabled, int graceMs)
{
    m_lockWhenHidden = enabled;
    m_hiddenGrace.setInterval(graceMs);
    if (!enabled)
        m_hiddenGrace.stop();
}

void LockController::touch()
{
    m_lastActivity = m_clock->now();
}

void LockController::check()
{
    if (!m_armed || m_timeoutMinutes <= 0)
        return;
    const qint64 idleMs = m_lastActivity.msecsTo(m_clock->now());
    if (idleMs >= qint64(m_timeoutMinutes) * 60 * 1000)
        Q_EMIT lockRequested(tr("Locked after %n minute(s) without activity.", nullptr, m_timeoutMinutes));
}

void LockController::windowMinimised()
{
    if (m_armed && m_lockWhenHidden)
        m_hiddenGrace.start();
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    if (m_armed) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::Shortcut:
            touch();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LockController::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (!m_armed || !m_lockWhenHidden)
        return;
    // Inactive (another window has focus) is ordinary multitasking: the inactivity timer covers
    // it, since input to other programs does not count as activity here. Hidden and suspended
    // mean minimised or a locked session: lock after a short grace.
    if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
        m_hiddenGrace.start();
    else if (state == Qt::ApplicationActive)
        m_hiddenGrace.stop();
}

} // namespace lantern
