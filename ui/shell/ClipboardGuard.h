// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace lantern {

/// Clears text that Lantern put on the clipboard after a while (30 s), unless something else
/// was copied meanwhile. Watches the clipboard, so copies from any line edit count; marks
/// Lantern's copies as concealed so clipboard managers that honour the hint keep no history.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    /// How long copied text stays; tests shorten it.
    void setTimeoutMs(int ms) { m_timer.setInterval(ms); }
    int timeoutMs() const { return m_timer.interval(); }
    /// Copies `text` to the clipboard and starts the countdown.
    void copy(const QString& text);
    /// Clears now if the clipboard still holds what Lantern copied (e.g. when locking).
    void clearNow();
    bool isPending() const { return m_timer.isActive(); }

private:
    void onClipboardChanged();

    QTimer m_timer;
    QString m_copied;
    bool m_settingOwnData = false;
};

} // namespace lantern
