// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/SingleChoiceEditor.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lantern {

SingleChoiceEditor::SingleChoiceEditor(const Question& question, const InterviewText& text, QWidget* parent)
    : AnswerEditor(parent)
    , m_group(new QButtonGroup(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Not exclusive in the group's sense, so a saved "no value" can show no button checked.
    m_group->setExclusive(false);
    int index = 0;
    for (const Option& option : question.options) {
        auto* button = new QRadioButton(text.text(option.label), this);
        button->setAccessibleName(text.text(option.label));
        button->setAutoExclusive(false);
        m_group->addButton(button, index++);
        m_optionIds.append(option.id);
        layout->addWidget(button);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        // A click always chooses (radio buttons are never "unchosen" by clicking them again).
        for (QAbstractButton* button : m_group->buttons())
            button->setChecked(m_group->id(button) == id);
        Q_EMIT valueCommitted(QJsonValue(m_optionIds.value(id)));
    });
}

void SingleChoiceEditor::setValue(const QJsonValue& value)
{
    const qsizetype chosen = value.isString() ? m_optionIds.indexOf(value.toString()) : -1;
    for (QAbstractButton* button : m_group->buttons())
        button->setChecked(m_group->id(button) == chosen);
}

} // namespace lantern
