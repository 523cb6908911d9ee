// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/StatusDialog.h"

#include "cases/CaseStatusText.h"
#include "shell/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

StatusDialog::StatusDialog(const QString& caseCode, CaseStatus current, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_messages(new MessageBar(this))
    , m_status(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Change status of case %1").arg(caseCode));
    setAccessibleName(windowTitle());
    for (const CaseStatus status : CaseStatusText::allStatuses())
        m_status->addItem(CaseStatusText::statusName(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(current)));
    m_status->setAccessibleName(tr("New status"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the status changes, e.g. \"referred to the national referral mechanism\""));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change status"));
    auto* form = new QFormLayout;
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(statusLabel, m_status);
    form->addRow(reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusDialog::reject);
}

CaseStatus StatusDialog::status() const
{
    return static_cast<CaseStatus>(m_status->currentData().toInt());
}

QString StatusDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void StatusDialog::accept()
{
    if (status() == m_current) {
        m_messages->showMessage(tr("Choose a status different from the current one."), MessageBar::Kind::Error);
        m_status->setFocus();
        return;
    }
    if (reason().isEmpty()) {
        m_messages->showMessage(tr("Give a reason: it is kept in the case's audit trail."), MessageBar::Kind::Error);
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lantern
