// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

namespace lantern {

/// An inline message strip inside a view (KeePassXC MessageWidget style): an error, warning,
/// information or success message in words, with an optional action button and a close button.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information, Positive };

    explicit MessageBar(QWidget* parent = nullptr);

    /// Shows `text`; `actionText` (when non-empty) adds a button that emits actionTriggered().
    void showMessage(const QString& text, Kind kind, const QString& actionText = {});
    /// Hides the bar and its action.
    void clearMessage();

    QString text() const;
    Kind kind() const { return m_kind; }
    /// The action button's label; empty when the message offers none.
    QString actionText() const;
    QPushButton* actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_label = nullptr;
    QPushButton* m_action = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace lantern
