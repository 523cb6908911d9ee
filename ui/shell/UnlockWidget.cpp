// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UnlockWidget.h"

#include "shell/MessageBar.h"
#include "vault/SecureBytes.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

UnlockWidget::UnlockWidget(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_name(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_openOther(new QPushButton(this))
    , m_create(new QPushButton(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("unlock"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_unlock->setDefault(true);
    m_passphraseLabel->setBuddy(m_passphrase);
    retranslate();

    auto* form = new QFormLayout;
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_unlock);
    form->addRow(m_passphraseLabel, passRow);

    auto* others = new QHBoxLayout;
    others->addWidget(m_openOther);
    others->addWidget(m_create);
    others->addWidget(m_restore);
    others->addStretch(1);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_name);
    column->addWidget(m_folder);
    column->addWidget(m_messages);
    column->addLayout(form);
    column->addSpacing(12);
    column->addLayout(others);
    column->addStretch(2);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    setTabOrder(m_passphrase, m_unlock);
    setTabOrder(m_unlock, m_openOther);
    setTabOrder(m_openOther, m_create);
    setTabOrder(m_create, m_restore);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWidget::unlockRequested);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockWidget::unlockRequested);
    connect(m_openOther, &QPushButton::clicked, this, &UnlockWidget::openOtherRequested);
    connect(m_create, &QPushButton::clicked, this, &UnlockWidget::createRequested);
    connect(m_restore, &QPushButton::clicked, this, &UnlockWidget::restoreRequested);
}

void UnlockWidget::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    const QFileInfo info(path);
    m_name->setText(info.fileName());
    m_folder->setText(tr("in %1").arg(QDir::toNativeSeparators(info.absolutePath())));
}

void UnlockWidget::retranslate()
{
    m_title->setText(tr("Unlock the case database"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_unlock->setText(tr("&Unlock"));
    m_openOther->setText(tr("&Open another database…"));
    m_create->setText(tr("&New database…"));
    m_restore->setText(tr("&Restore a backup…"));
    m_name->setAccessibleName(tr("Database name"));
    m_folder->setAccessibleName(tr("Database folder"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_openOther->setAccessibleName(tr("Open another database"));
    m_create->setAccessibleName(tr("Create a new database"));
    m_restore->setAccessibleName(tr("Restore a backup"));
    if (!m_databasePath.isEmpty())
        setDatabasePath(m_databasePath);
}

void UnlockWidget::setUnlockable(bool unlockable)
{
    m_passphrase->setEnabled(unlockable);
    m_unlock->setEnabled(unlockable);
}

Result<SecureBytes> UnlockWidget::passphrase() const
{
    return SecureBytes::fromPassphrase(m_passphrase->text());
}

void UnlockWidget::clearPassphrase()
{
    m_passphrase->clear();
}

void UnlockWidget::setBusy(bool busy)
{
    for (QWidget* widget : { static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_unlock),
             static_cast<QWidget*>(m_openOther), static_cast<QWidget*>(m_create),
             static_cast<QWidget*>(m_restore) })
        widget->setEnabled(!busy);
    m_unlock->setText(busy ? tr("Unlocking…") : tr("&Unlock"));
}

void UnlockWidget::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

} // namespace lantern
