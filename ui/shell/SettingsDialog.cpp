// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SettingsDialog.h"

#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lantern {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_timeout(new QSpinBox(this))
    , m_lockWhenHidden(new QCheckBox(tr("Lock when Lantern is &minimised or hidden"), this))
    , m_folder(new QLineEdit(this))
    , m_fontSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_bilingual(new QComboBox(this))
    , m_intervieweeText(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    m_timeout->setRange(0, 240);
    m_timeout->setSuffix(tr(" min"));
    m_timeout->setSpecialValueText(tr("Never"));
    m_timeout->setValue(settings.intValue(Settings::Key::InactivityLockMinutes));
    m_timeout->setAccessibleName(tr("Lock after minutes without activity"));
    m_lockWhenHidden->setChecked(settings.boolValue(Settings::Key::LockWhenHidden));
    m_lockWhenHidden->setAccessibleName(tr("Lock when minimised or hidden"));
    m_folder->setText(QDir::toNativeSeparators(settings.stringValue(Settings::Key::ChecklistFolder)));
    m_folder->setAccessibleName(tr("Folder of your own checklists"));
    m_fontSize->setRange(0, 40);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("Desktop default"));
    m_fontSize->setValue(settings.intValue(Settings::Key::FontPointSize));
    m_fontSize->setAccessibleName(tr("Interface font size"));
    m_language->addItem(tr("Follow the desktop"), QString());
    m_language->addItem(languageDisplayName(QStringLiteral("en")), QStringLiteral("en"));
    for (const CatalogueStatus& catalogue : catalogueStatus()) {
        const QString name = languageDisplayName(catalogue.language);
        m_language->addItem(catalogue.reviewed ? name : tr("%1 — draft translation").arg(name), catalogue.language);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.stringValue(Settings::Key::InterfaceLanguage))));
    m_language->setAccessibleName(tr("Interface language"));
    m_bilingual->addItem(tr("Side by side"), false);
    m_bilingual->addItem(tr("One above the other"), true);
    m_bilingual->setCurrentIndex(settings.boolValue(Settings::Key::BilingualStacked) ? 1 : 0);
    m_bilingual->setAccessibleName(tr("Bilingual questions"));
    m_intervieweeText->setRange(100, 250);
    m_intervieweeText->setSingleStep(10);
    m_intervieweeText->setSuffix(tr(" %"));
    m_intervieweeText->setValue(settings.intValue(Settings::Key::IntervieweeTextPercent));
    m_intervieweeText->setAccessibleName(tr("Interviewee's text size"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose checklist folder"));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* timeoutLabel = new QLabel(tr("&Lock after inactivity:"), this);
    timeoutLabel->setBuddy(m_timeout);
    auto* folderLabel = new QLabel(tr("&Checklist folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto* fontLabel = new QLabel(tr("&Font size:"), this);
    fontLabel->setBuddy(m_fontSize);
    form->addRow(timeoutLabel, m_timeout);
    form->addRow(QString(), m_lockWhenHidden);
    form->addRow(folderLabel, folderRow);
    form->addRow(fontLabel, m_fontSize);
    auto* languageLabel = new QLabel(tr("Interface lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    auto* bilingualLabel = new QLabel(tr("Bilingual &questions:"), this);
    bilingualLabel->setBuddy(m_bilingual);
    auto* intervieweeLabel = new QLabel(tr("&Interviewee's text size:"), this);
    intervieweeLabel->setBuddy(m_intervieweeText);
    form->addRow(languageLabel, m_language);
    form->addRow(bilingualLabel, m_bilingual);
    form->addRow(intervieweeLabel, m_intervieweeText);
    setTabOrder(m_folder, browse);
    setTabOrder(browse, m_fontSize);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of your own checklists"),
            QDir::fromNativeSeparators(m_folder->text()));
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
}

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::InactivityLockMinutes, m_timeout->value());
    m_settings.setValue(Settings::Key::LockWhenHidden, m_lockWhenHidden->isChecked());
    m_settings.setValue(Settings::Key::ChecklistFolder, QDir::fromNativeSeparators(m_folder->text().trimmed()));
    m_settings.setValue(Settings::Key::FontPointSize, m_fontSize->value());
    m_settings.setValue(Settings::Key::InterfaceLanguage, m_language->currentData().toString());
    m_settings.setValue(Settings::Key::BilingualStacked, m_bilingual->currentData().toBool());
    m_settings.setValue(Settings::Key::IntervieweeTextPercent, m_intervieweeText->value());
    m_settings.sync();
    QDialog::accept();
}

} // namespace lantern
