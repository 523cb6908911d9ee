// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/QuestionPane.h"

#include "interview/QuestionView.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lantern {

QuestionPane::QuestionPane(QWidget* parent)
    : QStackedWidget(parent)
{
    setAccessibleName(tr("Questions"));
}

void QuestionPane::clearViews()
{
    for (QScrollArea* page : std::as_const(m_pages)) {
        removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_views.clear();
    m_sectionOf.clear();
    m_order.clear();
}

void QuestionPane::build(const Checklist& checklist, const InterviewText& text)
{
    clearViews();
    int number = 0;
    for (qsizetype s = 0; s < checklist.sections.size(); ++s) {
        const Section& section = checklist.sections.at(s);
        auto* page = new QScrollArea(this);
        page->setWidgetResizable(true);
        page->setFrameShape(QFrame::NoFrame);
        page->setAccessibleName(text.text(section.title));
        auto* content = new QWidget(page);
        auto* layout = new QVBoxLayout(content);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->setSpacing(4);
        auto* heading = new QLabel(text.text(section.title), content);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        heading->setFont(font);
        heading->setAccessibleName(text.text(section.title));
        layout->addWidget(heading);
        if (!section.description.isEmpty()) {
            auto* description = new QLabel(text.text(section.description), content);
            description->setWordWrap(true);
            layout->addWidget(description);
        }
        for (const Question& question : section.questions) {
            auto* view = new QuestionView(question, text, ++number, content);
            layout->addWidget(view);
            m_views.insert(question.id, view);
            m_sectionOf.insert(question.id, static_cast<int>(s));
            m_order.append(question.id);
        }
        layout->addStretch(1);
        page->setWidget(content);
        addWidget(page);
        m_pages.append(page);
    }
}

void QuestionPane::applyRelevance(const Relevance& relevance)
{
    for (auto it = m_views.constBegin(); it != m_views.constEnd(); ++it) {
        const bool shown = relevance.isShownNow(it.key());
        // Only touch views whose visibility changes: a no-op setVisible still costs a relayout.
        if (it.value()->isVisibleTo(it.value()->parentWidget()) != shown)
            it.value()->setVisible(shown);
    }
}

void QuestionPane::showSection(int index)
{
    if (index >= 0 && index < m_pages.size())
        setCurrentIndex(index);
}

void QuestionPane::reveal(QuestionView* view)
{
    const int section = sectionOf(view->questionId());
    showSection(section);
    if (section < 0)
        return;
    view->setFocus(Qt::OtherFocusReason);
    m_pages.at(section)->ensureWidgetVisible(view, 0, 40);
}

} // namespace lantern
