// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"

#include <QWidget>

class QComboBox;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace lantern {

class QuestionTree;
class StrengthTableModel;

/// Everything about one valid checklist, read-only, in tabs: overview, questions, indicator
/// strengths per profile, scoring in plain words, provenance. A language box switches the
/// checklist's texts between its languages.
class ChecklistDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistDetailView(QWidget* parent = nullptr);

    void setChecklist(const Checklist& checklist, const QString& path, bool bundled);

    QTabWidget* tabs() const { return m_tabs; }
    QTextBrowser* overviewPage() const { return m_overview; }
    QuestionTree* questionTree() const { return m_questions; }
    QTableView* strengthTable() const { return m_strengthView; }
    StrengthTableModel* strengthModel() const { return m_strengths; }
    QTextBrowser* scoringPage() const { return m_scoring; }
    QTextBrowser* provenancePage() const { return m_provenance; }
    QComboBox* languageBox() const { return m_language; }

private:
    void render();

    Checklist m_checklist;
    QString m_path;
    bool m_bundled = false;
    QComboBox* m_language;
    QTabWidget* m_tabs;
    QTextBrowser* m_overview;
    QuestionTree* m_questions;
    StrengthTableModel* m_strengths;
    QTableView* m_strengthView;
    QTextBrowser* m_scoring;
    QTextBrowser* m_provenance;
};

} // namespace lantern
