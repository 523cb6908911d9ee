// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"

#include <functional>
#include <optional>
#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;

namespace lantern {

/// Chooses, per checklist, the answers the case list searches besides the case code and the
/// outcome. Yes/no questions are not listed (nothing to search in them); questions the checklist
/// marks sensitive are listed but cannot be ticked.
class SearchableAnswersDialog : public QDialog
{
    Q_OBJECT

public:
    /// The user's current choice for a checklist id; nullopt while none was made.
    using CurrentChoice = std::function<std::optional<QStringList>(const QString& checklistId)>;

    /// `checklists`: one per id (the newest version), in the order to offer them.
    SearchableAnswersDialog(QList<Checklist> checklists, CurrentChoice current, QWidget* parent = nullptr);

    /// The checklist chosen.
    QString checklistId() const;
    /// The questions ticked; nullopt when they are exactly the default (no choice to keep).
    std::optional<QStringList> chosen() const;

private:
    void showChecklist(int index);
    void tickDefault();
    const Checklist* currentChecklist() const;

    QList<Checklist> m_checklists;
    CurrentChoice m_current;
    QComboBox* m_checklist;
    QListWidget* m_questions;
    QLabel* m_explanation;
};

} // namespace lantern
