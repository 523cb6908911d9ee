// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/AnswerEditor.h"

#include <QList>

class QCheckBox;

namespace lantern {

/// Any number of a question's options, as check boxes; each change is one answer.
class MultiChoiceEditor : public AnswerEditor
{
    Q_OBJECT

public:
    MultiChoiceEditor(const Question& question, const InterviewText& text, QWidget* parent = nullptr);
    void setValue(const QJsonValue& value) override;

private:
    QList<QCheckBox*> m_boxes;
    QStringList m_optionIds;
};

} // namespace lantern
