// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace lantern {

class MessageBar;

/// Changes a case's status; the reason is required and goes into the audit trail.
class StatusDialog : public QDialog
{
    Q_OBJECT

public:
    StatusDialog(const QString& caseCode, CaseStatus current, QWidget* parent = nullptr);

    CaseStatus status() const;
    QString reason() const;

    QComboBox* statusBox() const { return m_status; }
    QPlainTextEdit* reasonField() const { return m_reason; }
    MessageBar* messageBar() const { return m_messages; }

    void accept() override;

private:
    CaseStatus m_current;
    MessageBar* m_messages = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace lantern
