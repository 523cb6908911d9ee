// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lantern {

class MessageBar;
class SecureBytes;

/// The "create a case database" page: where the file goes, the passphrase twice with a
/// plain-words strength hint. Checks what it can itself (match, length) and shows it inline.
class CreateDatabaseWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CreateDatabaseWidget(QWidget* parent = nullptr);

    /// Pre-fills the location, e.g. with the default path in the app-data folder.
    void setPath(const QString& path);
    QString path() const;
    /// The passphrase as a secure copy; the caller clears the fields with clearPassphrases().
    Result<SecureBytes> passphrase() const;
    void clearPassphrases();

    /// Shows the busy state while the database is created (KDF calibration takes seconds).
    void setBusy(bool busy);
    MessageBar* messageBar() const { return m_messages; }
    /// Whether "back" makes sense (not on the very first run with nothing to go back to).
    void setBackVisible(bool visible);
    /// Sets every text again in the current interface language (what was typed stays).
    void retranslate();

Q_SIGNALS:
    /// The form is complete and consistent; read path() and passphrase() now.
    void createRequested();
    void backRequested();

private:
    void validateAndSubmit();
    void updateHint();
    void browse();

    MessageBar* m_messages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace lantern
