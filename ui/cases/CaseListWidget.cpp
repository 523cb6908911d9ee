// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseListWidget.h"

#include "cases/CaseListModel.h"
#include "cases/CaseStatusText.h"
#include "settings/Settings.h"
#include "shell/MessageBar.h"

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

namespace {
const QString kStatePrefix = QStringLiteral("CaseList");
}

CaseListWidget::CaseListWidget(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_searchLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new CaseListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_changeStatus(new QPushButton(this))
    , m_audit(new QPushButton(this))
    , m_exportSummary(new QPushButton(this))
    , m_exportCases(new QPushButton(this))
{
    setObjectName(QStringLiteral("caseList"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(QString());
    for (const CaseStatus status : CaseStatusText::allStatuses())
        m_status->addItem(QString(), int(status));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CaseListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::ChangedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    // Columns wide enough for typical content, from the font (no data needed; the user's own
    // arrangement, restored later, wins).
    const QFontMetrics metrics(m_view->font());
    const int padding = metrics.horizontalAdvance(QStringLiteral("MMM"));
    const QDateTime sample(QDate(2026, 12, 30), QTime(23, 59));
    const QStringList samples { QStringLiteral("2026-0000"), QStringLiteral("ilo-identification 1.1.0"),
        CaseStatusText::statusName(CaseStatus::Referred),
        QLocale().toString(sample.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + QLocale().toString(sample.time(), QLocale::ShortFormat) };
    for (int column = 0; column < samples.size(); ++column)
        m_view->horizontalHeader()->resizeSection(column, metrics.horizontalAdvance(samples.at(column)) + padding);

    m_searchLabel->setBuddy(m_search);
    m_statusLabel->setBuddy(m_status);
    retranslate();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_count);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_changeStatus);
    buttons->addWidget(m_audit);
    buttons->addWidget(m_exportSummary);
    buttons->addWidget(m_exportCases);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);
    setTabOrder(m_view, m_open);
    setTabOrder(m_open, m_changeStatus);
    setTabOrder(m_changeStatus, m_audit);
    setTabOrder(m_audit, m_exportSummary);
    setTabOrder(m_exportSummary, m_exportCases);
    setTabOrder(m_exportCases, m_new);

    connect(m_search, &QLineEdit::textChanged, this, &CaseListWidget::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListWidget::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseListWidget::updateActions);
    connect(m_view, &QTableView::activated, this, [this] {
        if (const CaseId id = selectedCase(); !id.isNull())
            Q_EMIT openRequested(id);
    });
    connect(m_new, &QPushButton::clicked, this, &CaseListWidget::newCaseRequested);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(selectedCase()); });
    connect(m_changeStatus, &QPushButton::clicked, this, [this] { Q_EMIT statusRequested(selectedCase()); });
    connect(m_audit, &QPushButton::clicked, this, [this] { Q_EMIT auditRequested(selectedCase()); });
    connect(m_exportSummary, &QPushButton::clicked, this, [this] { Q_EMIT exportSummaryRequested(selectedCase()); });
    connect(m_exportCases, &QPushButton::clicked, this, [this] { Q_EMIT exportCasesRequested(selectedCases()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListWidget::updateCount);
    updateActions();
}

void CaseListWidget::retranslate()
{
    m_new->setText(tr("&New case…"));
    m_open->setText(tr("&Open"));
    m_changeStatus->setText(tr("Change &status…"));
    m_audit->setText(tr("Audit &trail…"));
    m_exportSummary->setText(tr("E&xport summary…"));
    m_exportCases->setText(tr("Export selected &cases…"));
    for (QPushButton* button : { m_new, m_open, m_changeStatus, m_audit, m_exportSummary, m_exportCases })
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    m_searchLabel->setText(tr("S&earch:"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_search->setPlaceholderText(tr("Search by case code, result or recorded text"));
    m_search->setAccessibleName(tr("Search cases"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->setItemText(0, tr("All statuses"));
    for (int item = 1; item < m_status->count(); ++item)
        m_status->setItemText(item, CaseStatusText::statusName(static_cast<CaseStatus>(m_status->itemData(item).toInt())));
    m_count->setAccessibleName(tr("Number of cases shown"));
    m_view->setAccessibleName(tr("Cases"));
    updateCount();
    // Headers and cells (status names, results) are worded by the model: have them read again.
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CaseListModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0),
            m_model->index(m_model->rowCount() - 1, CaseListModel::ColumnCount - 1));
}

void CaseListWidget::setIndex(const CaseIndex* index)
{
    m_model->setIndex(index);
    if (!index) {
        // Nothing typed into the search may outlive a lock either.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_model->setFilter({});
    }
    updateActions();
}

void CaseListWidget::refresh()
{
    const CaseId selected = selectedCase();
    m_model->refresh();
    if (!selected.isNull())
        selectCase(selected);
    updateActions();
}

CaseId CaseListWidget::selectedCase() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return CaseId::fromString(rows.first().data(CaseListModel::CaseIdRole).toString());
}

QList<CaseId> CaseListWidget::selectedCases() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<CaseId> ids;
    for (const QModelIndex& row : rows)
        ids.append(CaseId::fromString(row.data(CaseListModel::CaseIdRole).toString()));
    return ids;
}

void CaseListWidget::selectCase(const CaseId& caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return;
    const QModelIndex shown = m_sorted->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(shown);
}

void CaseListWidget::restoreState(const Settings& settings)
{
    const QByteArray header = settings.widgetState(kStatePrefix, QStringLiteral("header"));
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

void CaseListWidget::saveState(Settings& settings) const
{
    settings.setWidgetState(kStatePrefix, QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void CaseListWidget::applyFilter()
{
    CaseFilter filter;
    filter.text = m_search->text().trimmed();
    if (m_status->currentIndex() > 0)
        filter.status = static_cast<CaseStatus>(m_status->currentData().toInt());
    const CaseId selected = selectedCase();
    m_model->setFilter(filter);
    if (!selected.isNull())
        selectCase(selected);
    updateActions();
}

void CaseListWidget::updateActions()
{
    const bool hasSelection = !selectedCase().isNull();
    m_open->setEnabled(hasSelection);
    m_changeStatus->setEnabled(hasSelection);
    m_audit->setEnabled(hasSelection);
    m_exportSummary->setEnabled(hasSelection);
    m_exportCases->setEnabled(m_view->selectionModel()->hasSelection());
}

void CaseListWidget::updateCount()
{
    m_count->setText(tr("%n case(s)", nullptr, m_model->rowCount()));
}

} // namespace lantern
