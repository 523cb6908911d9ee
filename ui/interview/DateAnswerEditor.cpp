// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/DateAnswerEditor.h"

#include <QDate>
#include <QLineEdit>

namespace lantern {

DateAnswerEditor::DateAnswerEditor(const Question& question, QWidget* parent)
    : LineAnswerEditor(question, parent)
{
    lineEdit()->setPlaceholderText(tr("YYYY-MM-DD, then press Enter"));
    lineEdit()->setAccessibleDescription(tr("A date as year-month-day"));
    lineEdit()->setMaximumWidth(lineEdit()->fontMetrics().horizontalAdvance(lineEdit()->placeholderText()) + 60);
}

Result<QJsonValue> DateAnswerEditor::parse(const QString& text) const
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return Error{tr("Enter the date as year-month-day, for example 2024-03-15.")};
    return QJsonValue(text);
}

} // namespace lantern
