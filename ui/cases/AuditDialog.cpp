// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/AuditDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lantern {

namespace {

// Audit values are JSON text; a JSON string reads better without its quotes.
QString plain(const QString& json)
{
    if (json.size() >= 2 && json.startsWith(QLatin1Char('"')) && json.endsWith(QLatin1Char('"')))
        return json.mid(1, json.size() - 2);
    return json;
}

} // namespace

AuditDialog::AuditDialog(const QString& caseCode, const QList<AuditEvent>& events, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(events.size()), 5, this))
{
    setWindowTitle(tr("Audit trail of case %1").arg(caseCode));
    setAccessibleName(windowTitle());
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("What"), tr("Question"), tr("Change"), tr("Detail") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < events.size(); ++row) {
        const AuditEvent& event = events.at(row);
        QString change;
        if (!event.from.isEmpty() || !event.to.isEmpty())
            change = tr("%1 → %2").arg(event.from.isEmpty() ? tr("(none)") : plain(event.from),
                event.to.isEmpty() ? tr("(none)") : plain(event.to));
        const QStringList cells { QLocale().toString(event.time.toLocalTime(), QLocale::ShortFormat),
            kindName(event.kind), event.questionId, change, event.detail };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditDialog::reject);
    resize(720, 420);
}

QString AuditDialog::kindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Created:
        return tr("Created");
    case AuditKind::Answered:
        return tr("Answered");
    case AuditKind::Changed:
        return tr("Answer changed");
    case AuditKind::NoteEdited:
        return tr("Note edited");
    case AuditKind::StatusChanged:
        return tr("Status changed");
    case AuditKind::Exported:
        return tr("Exported");
    case AuditKind::Unlocked:
        return tr("Unlocked");
    case AuditKind::Locked:
        return tr("Locked");
    case AuditKind::PassphraseChanged:
        return tr("Passphrase changed");
    }
    return {};
}

} // namespace lantern
