// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "interview/InterviewText.h"
#include "scoring/Relevance.h"

#include <QHash>
#include <QList>
#include <QStackedWidget>

class QScrollArea;

namespace lantern {

class QuestionView;

/// The questions of the checklist, one scrollable page per section. Built once per case; after
/// each answer only visibility changes (setVisible), so nothing is rebuilt and no caret is lost.
class QuestionPane : public QStackedWidget
{
    Q_OBJECT

public:
    explicit QuestionPane(QWidget* parent = nullptr);

    /// Builds one view per question of `checklist` (dropping any previous ones).
    void build(const Checklist& checklist, const InterviewText& text);
    /// Removes every view.
    void clearViews();

    /// Shows only the questions `relevance` shows now; others keep their answers but hide.
    void applyRelevance(const Relevance& relevance);
    void showSection(int index);
    int sectionOf(const QString& questionId) const { return m_sectionOf.value(questionId, -1); }
    QuestionView* view(const QString& questionId) const { return m_views.value(questionId); }
    /// Question ids in checklist order.
    const QStringList& order() const { return m_order; }
    /// Scrolls `view` into sight and gives it focus.
    void reveal(QuestionView* view);

private:
    QList<QScrollArea*> m_pages;
    QHash<QString, QuestionView*> m_views;
    QHash<QString, int> m_sectionOf;
    QStringList m_order;
};

} // namespace lantern
