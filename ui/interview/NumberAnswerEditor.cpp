// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/NumberAnswerEditor.h"

#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace lantern {

NumberAnswerEditor::NumberAnswerEditor(const Question& question, QWidget* parent)
    : LineAnswerEditor(question, parent)
{
    const QLocale locale;
    QString hint = tr("A number");
    if (question.minimum && question.maximum)
        hint = tr("A number from %1 to %2").arg(locale.toString(*question.minimum), locale.toString(*question.maximum));
    else if (question.minimum)
        hint = tr("A number, at least %1").arg(locale.toString(*question.minimum));
    else if (question.maximum)
        hint = tr("A number, at most %1").arg(locale.toString(*question.maximum));
    lineEdit()->setPlaceholderText(hint + QStringLiteral(", then press Enter"));
    lineEdit()->setAccessibleDescription(hint);
    lineEdit()->setMaximumWidth(lineEdit()->fontMetrics().horizontalAdvance(hint) + 120);
}

Result<QJsonValue> NumberAnswerEditor::parse(const QString& text) const
{
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return Error{tr("Enter a number, for example 42.")};
    return QJsonValue(number);
}

QString NumberAnswerEditor::format(const QJsonValue& value) const
{
    return QLocale().toString(value.toDouble(), 'g', 15);
}

} // namespace lantern
