// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistRegistry.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace lantern {

class ChecklistDetailView;

/// Lists every checklist the registry found — valid ones and files that failed validation,
/// with their positioned diagnostics — and shows the selected one read-only. Offers to present
/// a valid checklist with one of its profiles (presentRequested); opening the presenter is the
/// caller's job.
class ChecklistBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistBrowser(QWidget* parent = nullptr);

    /// Shows `entries` (e.g. ChecklistRegistry::scan(folder)) and selects the first.
    void setEntries(const QList<ChecklistEntry>& entries);
    const QList<ChecklistEntry>& entries() const { return m_entries; }

    /// Selects entry `index` (in the order given to setEntries).
    void selectEntry(int index);
    /// The entry shown, or null when there is none.
    const ChecklistEntry* selectedEntry() const;

    QListWidget* entryList() const { return m_list; }
    ChecklistDetailView* detailView() const { return m_detail; }
    /// The diagnostics of an invalid file, one `FILE:LINE:COL: error: ...` per line.
    QPlainTextEdit* diagnosticsView() const { return m_diagnostics; }
    QComboBox* profileBox() const { return m_profile; }
    QPushButton* presentButton() const { return m_present; }

Q_SIGNALS:
    /// The user asked to present the selected checklist (file `path`) with profile `profileId`.
    void presentRequested(const QString& path, const QString& profileId);

private:
    void showEntry(int index);

    QList<ChecklistEntry> m_entries;
    QListWidget* m_list;
    QStackedWidget* m_pages;
    ChecklistDetailView* m_detail;
    QWidget* m_invalidPage;
    QLabel* m_invalidTitle;
    QPlainTextEdit* m_diagnostics;
    QLabel* m_empty;
    QComboBox* m_profile;
    QPushButton* m_present;
};

/// ChecklistBrowser in a window of its own, with a Close button.
class ChecklistBrowserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChecklistBrowserDialog(const QList<ChecklistEntry>& entries, QWidget* parent = nullptr);

    ChecklistBrowser* browser() const { return m_browser; }

private:
    ChecklistBrowser* m_browser;
};

} // namespace lantern
