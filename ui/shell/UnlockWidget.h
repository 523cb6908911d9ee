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

/// The unlock page: which database, its passphrase, and ways out (another database, a new one,
/// restoring a backup). Faults of the file show inline in its message bar.
class UnlockWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockWidget(QWidget* parent = nullptr);

    /// The database this page unlocks; shown by name and folder.
    void setDatabasePath(const QString& path);
    /// Whether the passphrase can be typed (false when the file could not even be opened).
    void setUnlockable(bool unlockable);
    Result<SecureBytes> passphrase() const;
    void clearPassphrase();
    /// Busy state during the deliberate ~0.5 s key derivation.
    void setBusy(bool busy);
    MessageBar* messageBar() const { return m_messages; }
    /// Puts the keyboard focus in the passphrase field.
    void focusPassphrase();
    /// Sets every text again in the current interface language (the passphrase typed stays).
    void retranslate();

Q_SIGNALS:
    void unlockRequested();
    void openOtherRequested();
    void createRequested();
    void restoreRequested();

private:
    MessageBar* m_messages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_folder = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_openOther = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_databasePath;
};

} // namespace lantern
