// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "interview/InterviewText.h"

#include <QJsonValue>
#include <QWidget>

namespace lantern {

/// Base of the value editors, one per question type (yes/no has none: AnswerStateBar is its
/// editor). An editor only shows and emits values; saving is the interview widget's job.
class AnswerEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The editor for `question`'s type, or nullptr for yes/no questions.
    static AnswerEditor* create(const Question& question, const InterviewText& text, QWidget* parent);

    /// Shows the saved `value`; Undefined or null shows "no value". Emits nothing.
    virtual void setValue(const QJsonValue& value) = 0;
    /// True for typed editors whose input should stay in place (for a retry) when saving fails.
    virtual bool keepsInputOnError() const { return false; }

Q_SIGNALS:
    /// The user gave a value; null means the field was emptied (no value).
    void valueCommitted(const QJsonValue& value);
    /// The input cannot be a value of this type (e.g. "abc" for a number); `message` says why.
    void inputRejected(const QString& message);
};

} // namespace lantern
