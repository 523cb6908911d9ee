// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/AnswerStateBar.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace lantern {

AnswerStateBar::AnswerStateBar(bool yesNo, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    struct Spec
    {
        AnswerState state;
        QJsonValue value;
        int key;
        QString words;
    };
    QList<Spec> specs;
    if (yesNo) {
        specs.append({AnswerState::Answered, QJsonValue(true), Qt::Key_Y, tr("Yes")});
        specs.append({AnswerState::Answered, QJsonValue(false), Qt::Key_N, tr("No")});
    }
    specs.append({AnswerState::Unknown, {}, Qt::Key_U, tr("Unknown")});
    specs.append({AnswerState::Declined, {}, Qt::Key_D, tr("Declined")});
    specs.append({AnswerState::NotAsked, {}, Qt::Key_S, tr("Not asked")});
    specs.append({AnswerState::NotApplicable, {}, Qt::Key_A, tr("Not applicable")});

    for (const Spec& spec : specs) {
        const QString keyName = QString(QChar(spec.key));
        // The key is part of the visible label so nobody has to guess it.
        auto* button = new QPushButton(QStringLiteral("%1  [%2]").arg(spec.words, keyName), this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setAccessibleName(spec.words);
        button->setAccessibleDescription(tr("Shortcut: %1 while the question has focus").arg(keyName));
        button->setToolTip(tr("%1 — press %2 while this question has focus").arg(spec.words, keyName));
        layout->addWidget(button);
        m_choices.append({spec.state, spec.value, spec.key, button});
        connect(button, &QPushButton::clicked, this, [this, state = spec.state, value = spec.value, button] {
            // The check mark follows the saved answer (setAnswer), not the click.
            button->setChecked(!button->isChecked());
            Q_EMIT chosen(state, value);
        });
    }
    layout->addStretch(1);
}

void AnswerStateBar::setAnswer(const Answer* answer)
{
    for (const Choice& choice : m_choices) {
        bool on = false;
        if (answer && answer->state == choice.state)
            on = choice.state != AnswerState::Answered || answer->value == choice.value;
        choice.button->setChecked(on);
        // A check mark in the label, so the chosen state does not rest on shading alone.
        const bool marked = choice.button->text().startsWith(QChar(0x2713));
        if (on != marked)
            choice.button->setText(on ? QStringLiteral("\u2713 ") + choice.button->text() : choice.button->text().mid(2));
    }
}

bool AnswerStateBar::triggerKey(int key)
{
    for (const Choice& choice : m_choices) {
        if (choice.key == key) {
            Q_EMIT chosen(choice.state, choice.value);
            return true;
        }
    }
    return false;
}

QPushButton* AnswerStateBar::button(AnswerState state, const QJsonValue& value) const
{
    for (const Choice& choice : m_choices) {
        if (choice.state == state && (state != AnswerState::Answered || choice.value == value))
            return choice.button;
    }
    return nullptr;
}

} // namespace lantern
