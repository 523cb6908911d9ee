// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"

#include <QTreeWidget>

namespace lantern {

/// Sections and their questions, read-only: text, type, required, sensitive, and when each is
/// asked in plain words. A question's row carries its id in Qt::UserRole of column 0.
class QuestionTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit QuestionTree(QWidget* parent = nullptr);

    void setChecklist(const Checklist& checklist, const QString& language);

    /// The row of a question, or null.
    QTreeWidgetItem* questionItem(const QString& questionId) const;

    enum Column { TextColumn, TypeColumn, RequiredColumn, SensitiveColumn, ShownColumn, ColumnCount };

    /// "yes / no", "one of 8 options", "number from 0 to 120"…
    static QString typeText(const Question& question);
};

} // namespace lantern
