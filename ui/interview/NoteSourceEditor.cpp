// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/NoteSourceEditor.h"

#include "interview/InterviewText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace lantern {

NoteSourceEditor::NoteSourceEditor(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLineEdit(this))
    , m_source(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* noteLabel = new QLabel(tr("Note:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setPlaceholderText(tr("Optional note for this answer"));
    m_note->setAccessibleName(tr("Note"));
    auto* sourceLabel = new QLabel(tr("Source:"), this);
    sourceLabel->setBuddy(m_source);
    for (AnswerSource source : {AnswerSource::SelfReport, AnswerSource::Observed, AnswerSource::Document,
                                AnswerSource::ThirdParty})
        m_source->addItem(InterviewText::sourceWords(source), static_cast<int>(source));
    m_source->setAccessibleName(tr("Source of the answer"));
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_source);

    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_note->text() != m_savedNote)
            Q_EMIT noteCommitted(m_note->text());
    });
    connect(m_source, &QComboBox::activated, this, [this] {
        if (source() != m_savedSource)
            Q_EMIT sourceChosen(source());
    });
}

void NoteSourceEditor::setSaved(const QString& note, AnswerSource source)
{
    m_savedNote = note;
    m_savedSource = source;
    if (m_note->text() != note)
        m_note->setText(note);
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(source)));
}

AnswerSource NoteSourceEditor::source() const
{
    return static_cast<AnswerSource>(m_source->currentData().toInt());
}

} // namespace lantern
