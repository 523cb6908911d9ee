// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/StartExerciseDialog.h"

#include "shell/MessageBar.h"
#include "workshop/ExerciseCases.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

StartExerciseDialog::StartExerciseDialog(const CaseStudyLibrary& library, const QStringList& usedCodes, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_usedCodes(usedCodes)
    , m_studies(new QComboBox(this))
    , m_topic(new QLabel(this))
    , m_participant(new QLineEdit(this))
    , m_messages(new MessageBar(this))
{
    setWindowTitle(tr("Start an exercise"));
    auto* intro = new QLabel(tr("Read the case study, then interview with the checklist as you would at work. "
                                "When you are done, compare your answers with the model answer."),
        this);
    intro->setWordWrap(true);
    for (const CaseStudy& caseStudy : library.caseStudies())
        m_studies->addItem(QStringLiteral("%1 — %2").arg(caseStudy.code, caseStudy.title.text(QStringLiteral("en"))),
            caseStudy.id);
    m_studies->setAccessibleName(tr("Case study"));
    m_topic->setWordWrap(true);
    m_participant->setPlaceholderText(tr("e.g. Group 3, or your first name"));
    m_participant->setAccessibleName(tr("Participant or group"));
    m_participant->setMaxLength(40);

    auto* form = new QFormLayout;
    auto* studyLabel = new QLabel(tr("Case &study:"), this);
    studyLabel->setBuddy(m_studies);
    form->addRow(studyLabel, m_studies);
    form->addRow(QString(), m_topic);
    auto* participantLabel = new QLabel(tr("&Participant or group:"), this);
    participantLabel->setBuddy(m_participant);
    form->addRow(participantLabel, m_participant);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_studies, &QComboBox::currentIndexChanged, this, &StartExerciseDialog::showTopic);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messages);
    layout->addWidget(buttons);
    showTopic();
    m_participant->setFocus();
    resize(560, sizeHint().height());
}

const CaseStudy* StartExerciseDialog::caseStudy() const
{
    return m_library.find(m_studies->currentData().toString());
}

QString StartExerciseDialog::participant() const
{
    return m_participant->text().simplified();
}

QString StartExerciseDialog::code() const
{
    const CaseStudy* chosen = caseStudy();
    return chosen ? exercise_cases::code(*chosen, participant()) : QString();
}

void StartExerciseDialog::showTopic()
{
    const CaseStudy* chosen = caseStudy();
    m_topic->setText(chosen ? tr("Topic: %1 · checklist %2 %3")
                                  .arg(chosen->topic.text(QStringLiteral("en")), chosen->checklistId, chosen->checklistVersion)
                            : tr("No case studies are installed."));
}

void StartExerciseDialog::accept()
{
    if (!caseStudy()) {
        m_messages->showMessage(tr("No case studies are installed."), MessageBar::Kind::Error);
        return;
    }
    if (participant().isEmpty()) {
        m_messages->showMessage(tr("Enter a name or group, so the trainer can tell the exercises apart."),
            MessageBar::Kind::Error);
        m_participant->setFocus();
        return;
    }
    if (m_usedCodes.contains(code(), Qt::CaseInsensitive)) {
        m_messages->showMessage(tr("%1 has already started this case study; choose another name.").arg(participant()),
            MessageBar::Kind::Error);
        m_participant->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lantern
