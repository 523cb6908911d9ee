// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QMessageBox>
#include <QString>

namespace lantern {

/// The one way Lantern asks a modal question (KeePassXC MessageBox style). Tests pre-answer the
/// next question with setNextAnswer(), so no dialog blocks them.
class MessageBoxSeam
{
public:
    MessageBoxSeam() = delete;

    /// Asks `text` with `buttons`; returns the button chosen (the pre-set answer in tests).
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    /// The answer the next question() returns without showing anything; used once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The text of the last question asked (shown or pre-answered), for tests.
    static QString lastQuestion();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastQuestion;
};

} // namespace lantern
