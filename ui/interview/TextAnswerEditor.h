// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/LineAnswerEditor.h"

namespace lantern {

/// A free-text answer.
class TextAnswerEditor : public LineAnswerEditor
{
    Q_OBJECT

public:
    explicit TextAnswerEditor(const Question& question, QWidget* parent = nullptr);

protected:
    Result<QJsonValue> parse(const QString& text) const override { return QJsonValue(text); }
    QString format(const QJsonValue& value) const override { return value.toString(); }
};

} // namespace lantern
