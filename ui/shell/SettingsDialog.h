// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace lantern {

class Settings;

/// Edits the user settings: inactivity lock, lock when hidden, checklist folder, font size.
/// Writes them to Settings on OK; the window applies them when the dialog is accepted.
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

private:
    Settings& m_settings;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_lockWhenHidden = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_fontSize = nullptr;
};

} // namespace lantern
