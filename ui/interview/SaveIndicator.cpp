// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/SaveIndicator.h"

#include <QPalette>

namespace lantern {

SaveIndicator::SaveIndicator(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Save status"));
    showIdle();
}

void SaveIndicator::showIdle()
{
    m_state = State::Idle;
    setText(QString());
    setStyleSheet(QString());
    setVisible(false);
}

void SaveIndicator::showSaved(const QString& when)
{
    m_state = State::Saved;
    setText(when.isEmpty() ? tr("✓ Saved") : tr("✓ Saved %1").arg(when));
    // Quiet: the muted text colour of the desktop palette, no background.
    setStyleSheet(QString());
    setForegroundRole(QPalette::PlaceholderText);
    setVisible(true);
}

void SaveIndicator::showError(const QString& message)
{
    m_state = State::Error;
    setForegroundRole(QPalette::WindowText);
    setText(tr("⚠ Not saved: %1").arg(message));
    setStyleSheet(QStringLiteral("background: palette(alternate-base); border-left: 3px solid #b06000;"
                                 " padding: 4px;"));
    setAccessibleDescription(text());
    setVisible(true);
}

} // namespace lantern
