// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/ChecklistDetailView.h"

#include "checklists/ChecklistHtml.h"
#include "checklists/QuestionTree.h"
#include "checklists/StrengthTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lantern {

namespace {

QTextBrowser* page(QWidget* parent, const QString& name)
{
    auto* browser = new QTextBrowser(parent);
    browser->setOpenLinks(false);
    browser->setAccessibleName(name);
    return browser;
}

} // namespace

ChecklistDetailView::ChecklistDetailView(QWidget* parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(page(this, tr("Overview")))
    , m_questions(new QuestionTree(this))
    , m_strengths(new StrengthTableModel(this))
    , m_strengthView(new QTableView(this))
    , m_scoring(page(this, tr("Scoring in plain words")))
    , m_provenance(page(this, tr("Provenance")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* languageRow = new QHBoxLayout;
    languageRow->addStretch(1);
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    m_language->setAccessibleName(tr("Language of the checklist texts"));
    layout->addLayout(languageRow);

    m_strengthView->setModel(m_strengths);
    m_strengthView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_strengthView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_strengthView->setAlternatingRowColors(true);
    m_strengthView->setWordWrap(false);
    m_strengthView->verticalHeader()->hide();
    m_strengthView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_strengthView->horizontalHeader()->setStretchLastSection(false);
    m_strengthView->setAccessibleName(tr("Indicator strength per profile"));

    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_questions, tr("&Questions"));
    m_tabs->addTab(m_strengthView, tr("&Indicators"));
    m_tabs->addTab(m_scoring, tr("&Scoring"));
    m_tabs->addTab(m_provenance, tr("&Provenance"));
    layout->addWidget(m_tabs, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { render(); });
}

void ChecklistDetailView::setChecklist(const Checklist& checklist, const QString& path, bool bundled)
{
    m_checklist = checklist;
    m_path = path;
    m_bundled = bundled;
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const QString& language : checklist.languages)
        m_language->addItem(language, language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(checklist.defaultLanguage)));
    m_language->setEnabled(checklist.languages.size() > 1);
    render();
}

void ChecklistDetailView::render()
{
    const QString language = m_language->currentData().toString();
    const ChecklistHtml html(m_checklist, language);
    m_overview->setHtml(html.overview(m_path, m_bundled));
    m_questions->setChecklist(m_checklist, language);
    m_strengths->setChecklist(m_checklist, language);
    m_strengthView->clearSpans();
    for (int row = 0; row < m_strengths->rowCount(); ++row) {
        if (m_strengths->isElementRow(row))
            m_strengthView->setSpan(row, 0, 1, m_strengths->columnCount());
    }
    m_strengthView->horizontalHeader()->setSectionResizeMode(
        StrengthTableModel::kIndicatorColumn, QHeaderView::Stretch);
    m_scoring->setHtml(html.scoring());
    m_provenance->setHtml(html.provenance());
}

} // namespace lantern
