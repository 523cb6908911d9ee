// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/AnswerEditor.h"

class QButtonGroup;

namespace lantern {

/// One choice among a question's options, as radio buttons (arrow keys move between them).
class SingleChoiceEditor : public AnswerEditor
{
    Q_OBJECT

public:
    SingleChoiceEditor(const Question& question, const InterviewText& text, QWidget* parent = nullptr);
    void setValue(const QJsonValue& value) override;

private:
    QButtonGroup* m_group = nullptr;
    QStringList m_optionIds;
};

} // namespace lantern
