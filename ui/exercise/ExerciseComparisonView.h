// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercise/ExerciseComparison.h"
#include "exercise/ExerciseExportChooser.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace lantern {

class ExerciseElementTree;
class MessageBar;

/// A participant's answers to a case study against the model answer, for the person at the
/// workshop: whether the outcome matches, in large words with both outcomes; each element with
/// both statuses and what was found, missed and added; the reasoning in plain sentences; and
/// "Export for the trainer…", which asks for a file through a replaceable chooser and writes
/// the HTML, CSV or JSON export. Renders what it is given: no database, no scoring.
class ExerciseComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ExerciseComparisonView(QWidget* parent = nullptr);

    /// Shows `comparison` of `participantLabel`'s answers to the case study `caseStudyTitle`.
    void setComparison(const ExerciseComparison& comparison, const QString& caseStudyTitle, const QString& participantLabel);
    const ExerciseComparison& comparison() const { return m_comparison; }

    /// Replaces the file dialog that "Export for the trainer…" opens (tests, or the app's own).
    void setExportChooser(ExerciseExportChooser chooser);
    /// What the export button does: asks for a file, writes the export, reports the outcome in
    /// the message bar. Does nothing when the chooser is cancelled.
    void exportForTrainer();

    QLabel* headline() const { return m_headline; }
    QLabel* outcomes() const { return m_outcomes; }
    QLabel* counts() const { return m_counts; }
    ExerciseElementTree* elements() const { return m_elements; }
    QTextBrowser* reasoning() const { return m_reasoning; }
    QPushButton* exportButton() const { return m_export; }
    MessageBar* messageBar() const { return m_messages; }

Q_SIGNALS:
    /// The comparison was written to `path` for the trainer.
    void exported(const QString& path);

private:
    void showCurrentElementReasoning();
    QString suggestedFileName() const;

    ExerciseComparison m_comparison;
    QString m_caseStudyTitle;
    QString m_participantLabel;
    ExerciseExportChooser m_chooser;

    MessageBar* m_messages = nullptr;
    QLabel* m_context = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_outcomes = nullptr;
    QLabel* m_counts = nullptr;
    ExerciseElementTree* m_elements = nullptr;
    QTextBrowser* m_reasoning = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace lantern
