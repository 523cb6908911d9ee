// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AuditEvent.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace lantern {

/// A case's audit trail, oldest first, read-only: when, what, which question, from → to, detail.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(const QString& caseCode, const QList<AuditEvent>& events, QWidget* parent = nullptr);

    /// "Created", "Status changed"... (translated).
    static QString kindName(AuditKind kind);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace lantern
