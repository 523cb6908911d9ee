// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lantern {

class Settings;

/// Edits the user settings: inactivity lock, lock when hidden, checklist folder, font size,
/// interface language and how bilingual questions are shown. Writes them to Settings on OK; the
/// window applies them when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    void accept() override;

    QSpinBox* timeoutField() const { return m_timeout; }
    QCheckBox* lockWhenHiddenField() const { return m_lockWhenHidden; }
    QLineEdit* folderField() const { return m_folder; }
    QSpinBox* fontSizeField() const { return m_fontSize; }
    /// Interface language; item data is the code ("th"), "en", or empty for the desktop's.
    QComboBox* languageField() const { return m_language; }
    /// Bilingual questions side by side (item data false) or one above the other (true).
    QComboBox* bilingualField() const { return m_bilingual; }
    QSpinBox* intervieweeTextField() const { return m_intervieweeText; }

private:
    Settings& m_settings;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_lockWhenHidden = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_fontSize = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_bilingual = nullptr;
    QSpinBox* m_intervieweeText = nullptr;
};

} // namespace lantern
