// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace lantern {

/// The note and the source (self-report, observed, document, third party) of one answer.
class NoteSourceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoteSourceEditor(QWidget* parent = nullptr);

    /// Shows the saved note and source. Emits nothing.
    void setSaved(const QString& note, AnswerSource source);
    AnswerSource source() const;
    QLineEdit* noteEdit() const { return m_note; }
    QComboBox* sourceBox() const { return m_source; }

Q_SIGNALS:
    /// The note was edited (Enter or focus left) and differs from the saved one.
    void noteCommitted(const QString& note);
    /// The user picked another source.
    void sourceChosen(lantern::AnswerSource source);

private:
    QLineEdit* m_note = nullptr;
    QComboBox* m_source = nullptr;
    QString m_savedNote;
    AnswerSource m_savedSource = AnswerSource::SelfReport;
};

} // namespace lantern
