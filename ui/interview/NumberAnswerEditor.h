// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/LineAnswerEditor.h"

#include <optional>

namespace lantern {

/// A number, typed in the desktop's or the C number format; the range is shown as a hint and
/// enforced when saving (so the checklist's own message explains a value out of range).
class NumberAnswerEditor : public LineAnswerEditor
{
    Q_OBJECT

public:
    explicit NumberAnswerEditor(const Question& question, QWidget* parent = nullptr);

protected:
    Result<QJsonValue> parse(const QString& text) const override;
    QString format(const QJsonValue& value) const override;
};

} // namespace lantern
