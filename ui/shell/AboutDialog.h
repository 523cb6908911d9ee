// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistRegistry.h"

#include <QDialog>
#include <QList>

class QTreeWidget;

namespace lantern {

/// Help → About Lantern: the version, the licence, and in which languages Lantern and its bundled
/// checklists can be read, each marked reviewed by a native speaker or still a draft, with how to
/// contribute a review.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    /// `checklists`: the bundled checklists whose languages are listed.
    explicit AboutDialog(const QList<ChecklistEntry>& checklists, QWidget* parent = nullptr);

    /// Lantern's version (the CMake project version when built with it, else the application's).
    static QString version();

    /// One row per shipped interface translation: language, review status.
    QTreeWidget* interfaceLanguages() const { return m_interface; }
    /// One item per checklist, with a child per language: language, review status.
    QTreeWidget* checklistLanguages() const { return m_checklists; }

private:
    void listInterfaceLanguages();
    void listChecklistLanguages(const QList<ChecklistEntry>& checklists);

    QTreeWidget* m_interface = nullptr;
    QTreeWidget* m_checklists = nullptr;
};

} // namespace lantern
