// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CaseStudyLibrary.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lantern {

class MessageBar;

/// Starts a workshop exercise: the participant chooses a case study and gives a name or group;
/// Lantern then opens an empty case on the case study's checklist beside its narrative.
class StartExerciseDialog : public QDialog
{
    Q_OBJECT

public:
    /// `usedCodes`: case codes already in the training workspace (an exercise needs its own).
    StartExerciseDialog(const CaseStudyLibrary& library, const QStringList& usedCodes, QWidget* parent = nullptr);

    /// The chosen case study, or null when the library is empty.
    const CaseStudy* caseStudy() const;
    QString participant() const;
    /// The case code the exercise gets.
    QString code() const;

    QComboBox* caseStudyBox() const { return m_studies; }
    QLineEdit* participantEdit() const { return m_participant; }

    void accept() override;

private:
    void showTopic();

    const CaseStudyLibrary& m_library;
    QStringList m_usedCodes;
    QComboBox* m_studies = nullptr;
    QLabel* m_topic = nullptr;
    QLineEdit* m_participant = nullptr;
    MessageBar* m_messages = nullptr;
};

} // namespace lantern
