// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/LineAnswerEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace lantern {

LineAnswerEditor::LineAnswerEditor(const Question& question, QWidget* parent)
    : AnswerEditor(parent)
    , m_edit(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    m_edit->setObjectName(QStringLiteral("answerLine_") + question.id);
    m_edit->setAccessibleName(tr("Answer"));
    connect(m_edit, &QLineEdit::editingFinished, this, &LineAnswerEditor::commit);
}

void LineAnswerEditor::setValue(const QJsonValue& value)
{
    m_savedText = (value.isUndefined() || value.isNull()) ? QString() : format(value);
    m_edit->setText(m_savedText);
}

void LineAnswerEditor::commit()
{
    const QString text = m_edit->text().trimmed();
    if (text == m_savedText)
        return;
    if (text.isEmpty()) {
        Q_EMIT valueCommitted(QJsonValue(QJsonValue::Null));
        return;
    }
    Result<QJsonValue> value = parse(text);
    if (!value) {
        Q_EMIT inputRejected(value.errorMessage());
        return;
    }
    Q_EMIT valueCommitted(value.value());
}

} // namespace lantern
