// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace lantern {

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
}

void ClipboardGuard::copy(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    // KDE Klipper and others skip entries with this hint (KeePassXC sets it too).
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    m_settingOwnData = true;
    QGuiApplication::clipboard()->setMimeData(data);
    m_settingOwnData = false;
    m_copied = text;
    m_timer.start();
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_settingOwnData)
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    // A copy made while one of Lantern's windows has the focus is Lantern's (some platforms,
    // e.g. offscreen, never report ownership); one made while another program is in front is not.
    const bool ours = clipboard->ownsClipboard() || QGuiApplication::focusWindow() != nullptr;
    if (ours && !clipboard->text().isEmpty()) {
        m_copied = clipboard->text();
        m_timer.start();
    } else if (!ours) {
        m_copied.clear();
        m_timer.stop();
    }
}

} // namespace lantern
