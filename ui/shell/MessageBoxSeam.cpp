// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MessageBoxSeam.h"

namespace lantern {

std::optional<QMessageBox::StandardButton> MessageBoxSeam::s_nextAnswer;
QString MessageBoxSeam::s_lastQuestion;

QMessageBox::StandardButton MessageBoxSeam::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setAccessibleName(title);
    box.exec();
    // Locking closes open dialogs with reject(): no button clicked reads as "cancel".
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : QMessageBox::Cancel;
}

void MessageBoxSeam::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBoxSeam::lastQuestion()
{
    return s_lastQuestion;
}

} // namespace lantern
