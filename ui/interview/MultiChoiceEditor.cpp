// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/MultiChoiceEditor.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lantern {

MultiChoiceEditor::MultiChoiceEditor(const Question& question, const InterviewText& text, QWidget* parent)
    : AnswerEditor(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const Option& option : question.options) {
        auto* box = new QCheckBox(text.text(option.label), this);
        box->setAccessibleName(text.text(option.label));
        m_boxes.append(box);
        m_optionIds.append(option.id);
        layout->addWidget(box);
        // clicked, not toggled: setValue() must not emit.
        connect(box, &QCheckBox::clicked, this, [this] {
            QJsonArray chosen;
            for (qsizetype i = 0; i < m_boxes.size(); ++i) {
                if (m_boxes.at(i)->isChecked())
                    chosen.append(m_optionIds.at(i));
            }
            Q_EMIT valueCommitted(chosen);
        });
    }
}

void MultiChoiceEditor::setValue(const QJsonValue& value)
{
    const QJsonArray chosen = value.toArray();
    for (qsizetype i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setChecked(chosen.contains(QJsonValue(m_optionIds.at(i))));
}

} // namespace lantern
