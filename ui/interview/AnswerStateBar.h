// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

class QPushButton;

namespace lantern {

/// The answer states as a row of buttons, each with a one-key shortcut shown on it:
/// yes/no questions get Yes (Y), No (N); every question gets Unknown (U), Declined (D),
/// Not asked (S) and Not applicable (A). The keys work while the question (not a text field)
/// has focus; QuestionView routes them here.
class AnswerStateBar : public QWidget
{
    Q_OBJECT

public:
    AnswerStateBar(bool yesNo, QWidget* parent = nullptr);

    /// Checks the button matching `answer` (none for null or a value answer of other types).
    void setAnswer(const Answer* answer);
    /// Acts on a shortcut key as a click would; false when `key` is not one of this bar's keys.
    bool triggerKey(int key);
    /// The button for `state` (+ `value` for yes/no), or null; for tests and focus.
    QPushButton* button(AnswerState state, const QJsonValue& value = {}) const;

Q_SIGNALS:
    /// The user chose a state (for yes/no answers, state Answered with value true/false).
    void chosen(lantern::AnswerState state, const QJsonValue& value);

private:
    struct Choice
    {
        AnswerState state;
        QJsonValue value;
        int key;
        QPushButton* button;
    };
    QList<Choice> m_choices;
};

} // namespace lantern
