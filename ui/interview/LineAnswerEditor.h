// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/AnswerEditor.h"
#include "util/Result.h"

class QLineEdit;

namespace lantern {

/// A typed answer in a line edit, committed on Enter or when focus leaves (only if it changed).
/// Subclasses say how text becomes a value and back.
class LineAnswerEditor : public AnswerEditor
{
    Q_OBJECT

public:
    explicit LineAnswerEditor(const Question& question, QWidget* parent = nullptr);
    void setValue(const QJsonValue& value) override;
    bool keepsInputOnError() const override { return true; }

    /// The line edit, for tests and focus handling.
    QLineEdit* lineEdit() const { return m_edit; }

protected:
    /// The value `text` denotes (never called with empty text), or why it is not one.
    virtual Result<QJsonValue> parse(const QString& text) const = 0;
    /// How a saved value is shown.
    virtual QString format(const QJsonValue& value) const = 0;

private:
    void commit();

    QLineEdit* m_edit = nullptr;
    QString m_savedText; ///< what the last saved value looks like, to commit only real changes
};

} // namespace lantern
