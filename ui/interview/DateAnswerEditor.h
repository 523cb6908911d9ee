// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/LineAnswerEditor.h"

namespace lantern {

/// A calendar date typed as YYYY-MM-DD (unambiguous in every country the checklists serve).
class DateAnswerEditor : public LineAnswerEditor
{
    Q_OBJECT

public:
    explicit DateAnswerEditor(const Question& question, QWidget* parent = nullptr);

protected:
    Result<QJsonValue> parse(const QString& text) const override;
    QString format(const QJsonValue& value) const override { return value.toString(); }
};

} // namespace lantern
