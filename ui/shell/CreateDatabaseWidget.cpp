// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/CreateDatabaseWidget.h"

#include "shell/MessageBar.h"
#include "shell/PassphraseHint.h"
#include "vault/SecureBytes.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

CreateDatabaseWidget::CreateDatabaseWidget(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("createDatabase"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint->setWordWrap(true);
    m_create->setDefault(true);
    m_pathLabel->setBuddy(m_path);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel->setBuddy(m_repeat);
    retranslate();

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_hint);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_create);

    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addWidget(m_messages);
    column->addLayout(form);
    column->addLayout(buttons);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    // Keep the form near the top-middle rather than spread over a maximised window.
    column->addStretch(1);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_passphrase);
    setTabOrder(m_passphrase, m_repeat);
    setTabOrder(m_repeat, m_create);
    setTabOrder(m_create, m_back);

    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateDatabaseWidget::updateHint);
    connect(m_repeat, &QLineEdit::returnPressed, this, &CreateDatabaseWidget::validateAndSubmit);
    connect(m_create, &QPushButton::clicked, this, &CreateDatabaseWidget::validateAndSubmit);
    connect(m_back, &QPushButton::clicked, this, &CreateDatabaseWidget::backRequested);
    connect(m_browse, &QPushButton::clicked, this, &CreateDatabaseWidget::browse);
}

void CreateDatabaseWidget::retranslate()
{
    m_title->setText(tr("Create a case database"));
    m_intro->setText(tr("Cases are encrypted with a key that only this passphrase unlocks. "
                        "If the passphrase is lost, the cases cannot be recovered."));
    m_pathLabel->setText(tr("&Location:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));
    m_browse->setText(tr("&Browse…"));
    m_create->setText(tr("&Create database"));
    m_back->setText(tr("Bac&k"));
    m_path->setAccessibleName(tr("Database file location"));
    m_browse->setAccessibleName(tr("Choose database location"));
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    m_hint->setAccessibleName(tr("Passphrase strength"));
    m_create->setAccessibleName(tr("Create database"));
    m_back->setAccessibleName(tr("Back"));
    updateHint();
}

void CreateDatabaseWidget::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString CreateDatabaseWidget::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

Result<SecureBytes> CreateDatabaseWidget::passphrase() const
{
    return SecureBytes::fromPassphrase(m_passphrase->text());
}

void CreateDatabaseWidget::clearPassphrases()
{
    m_passphrase->clear();
    m_repeat->clear();
}

void CreateDatabaseWidget::setBusy(bool busy)
{
    for (QWidget* widget : { static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_browse),
             static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_repeat),
             static_cast<QWidget*>(m_create), static_cast<QWidget*>(m_back) })
        widget->setEnabled(!busy);
    m_create->setText(busy ? tr("Creating…") : tr("&Create database"));
    if (busy)
        m_messages->showMessage(tr("Creating the database and tuning its key to this computer; this takes a few seconds."),
            MessageBar::Kind::Information);
}

void CreateDatabaseWidget::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void CreateDatabaseWidget::updateHint()
{
    m_hint->setText(PassphraseHint::describe(PassphraseHint::strengthOf(m_passphrase->text())));
}

void CreateDatabaseWidget::validateAndSubmit()
{
    if (path().isEmpty()) {
        m_messages->showMessage(tr("Choose where the database file goes."), MessageBar::Kind::Error);
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(path())) {
        m_messages->showMessage(tr("A file already exists at this location. Choose another name, or open "
                                   "the existing database instead."),
            MessageBar::Kind::Error);
        m_path->setFocus();
        return;
    }
    if (m_passphrase->text().size() < PassphraseHint::kMinimumLength) {
        m_messages->showMessage(tr("The passphrase is too short: use at least %1 characters.")
                                    .arg(PassphraseHint::kMinimumLength),
            MessageBar::Kind::Error);
        m_passphrase->setFocus();
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_messages->showMessage(tr("The two passphrases do not match. Type the same passphrase twice."),
            MessageBar::Kind::Error);
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_messages->clearMessage();
    Q_EMIT createRequested();
}

void CreateDatabaseWidget::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Location of the new case database"), path(),
        tr("Lantern databases (*.lantern);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace lantern
