// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MessageBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace lantern {

namespace {

// Soft background and a strong border per kind; the kind is also said in words (prefix), so
// colour is never the only signal.
struct Look
{
    const char* background;
    const char* border;
    QStyle::StandardPixmap icon;
    const char* prefix;
};

Look lookOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Error:
        return { "#fbe3e4", "#c0392b", QStyle::SP_MessageBoxCritical, "Error" };
    case MessageBar::Kind::Warning:
        return { "#fff4d6", "#b7791f", QStyle::SP_MessageBoxWarning, "Warning" };
    case MessageBar::Kind::Positive:
        return { "#e3f5e8", "#2f855a", QStyle::SP_DialogApplyButton, "Done" };
    case MessageBar::Kind::Information:
        break;
    }
    return { "#e6eef8", "#2b6cb0", QStyle::SP_MessageBoxInformation, "Note" };
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setVisible(false);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clearMessage);
    setVisible(false);
}

void MessageBar::showMessage(const QString& text, Kind kind, const QString& actionText)
{
    m_kind = kind;
    const Look look = lookOf(kind);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " #messageBar QLabel { color: #1a202c; }")
                      .arg(QLatin1StringView(look.background), QLatin1StringView(look.border)));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setAccessibleName(tr(look.prefix));
    m_label->setText(text);
    m_label->setAccessibleName(tr(look.prefix) + QStringLiteral(": ") + text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setVisible(true);
    // Screen readers announce the new message without the user having to find it.
    QAccessibleEvent event(m_label, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::clearMessage()
{
    m_label->clear();
    m_action->setText({});
    m_action->setVisible(false);
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_label->text();
}

QString MessageBar::actionText() const
{
    return m_action->isVisible() || !m_action->text().isEmpty() ? m_action->text() : QString();
}

} // namespace lantern
