// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/TextAnswerEditor.h"

#include <QLineEdit>

namespace lantern {

TextAnswerEditor::TextAnswerEditor(const Question& question, QWidget* parent)
    : LineAnswerEditor(question, parent)
{
    lineEdit()->setPlaceholderText(tr("Type the answer, then press Enter"));
}

} // namespace lantern
