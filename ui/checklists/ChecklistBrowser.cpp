// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/ChecklistBrowser.h"

#include "checklists/ChecklistDetailView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString entryText(const ChecklistEntry& entry)
{
    const QString where = entry.bundled ? ChecklistBrowser::tr("bundled") : QFileInfo(entry.path).fileName();
    if (!entry.load.ok()) {
        const qsizetype problems = entry.load.diagnostics.size();
        const QString count = problems == 1 ? ChecklistBrowser::tr("1 problem")
                                            : ChecklistBrowser::tr("%1 problems").arg(problems);
        return ChecklistBrowser::tr("\u26A0 %1 \u2014 not valid, %2")
            .arg(QFileInfo(entry.path).fileName(), count);
    }
    const Checklist& checklist = *entry.load.checklist;
    return ChecklistBrowser::tr("%1\n%2 %3 \u00B7 %4")
        .arg(checklist.title.text(checklist.defaultLanguage), checklist.id, checklist.version, where);
}

} // namespace

ChecklistBrowser::ChecklistBrowser(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_detail(new ChecklistDetailView(this))
    , m_invalidPage(new QWidget(this))
    , m_invalidTitle(new QLabel(m_invalidPage))
    , m_diagnostics(new QPlainTextEdit(m_invalidPage))
    , m_empty(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_present(new QPushButton(tr("&Present this checklist\u2026"), this))
{
    m_list->setAccessibleName(tr("Checklists found"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);

    auto* invalidLayout = new QVBoxLayout(m_invalidPage);
    invalidLayout->setContentsMargins(0, 0, 0, 0);
    m_invalidTitle->setWordWrap(true);
    m_invalidTitle->setTextFormat(Qt::PlainText);
    invalidLayout->addWidget(m_invalidTitle);
    m_diagnostics->setReadOnly(true);
    m_diagnostics->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diagnostics->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diagnostics->setAccessibleName(tr("Problems found in the file"));
    invalidLayout->addWidget(m_diagnostics, 1);

    m_empty->setText(tr("No checklists were found."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_detail);
    m_pages->addWidget(m_invalidPage);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 240, 820 });

    auto* presentRow = new QHBoxLayout;
    auto* profileLabel = new QLabel(tr("P&rofile:"), this);
    profileLabel->setBuddy(m_profile);
    m_profile->setAccessibleName(tr("Profile to present"));
    presentRow->addStretch(1);
    presentRow->addWidget(profileLabel);
    presentRow->addWidget(m_profile);
    presentRow->addWidget(m_present);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(presentRow);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { showEntry(row); });
    connect(m_present, &QPushButton::clicked, this, [this] {
        const ChecklistEntry* entry = selectedEntry();
        if (entry && entry->load.ok() && m_profile->currentIndex() >= 0)
            Q_EMIT presentRequested(entry->path, m_profile->currentData().toString());
    });
    showEntry(-1);
}

void ChecklistBrowser::setEntries(const QList<ChecklistEntry>& entries)
{
    m_entries = entries;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ChecklistEntry& entry : std::as_const(m_entries)) {
        auto* item = new QListWidgetItem(entryText(entry), m_list);
        item->setToolTip(entry.path);
    }
    selectEntry(m_entries.isEmpty() ? -1 : 0);
}

void ChecklistBrowser::selectEntry(int index)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    showEntry(index);
}

const ChecklistEntry* ChecklistBrowser::selectedEntry() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void ChecklistBrowser::showEntry(int index)
{
    m_profile->clear();
    const ChecklistEntry* entry = index >= 0 && index < m_entries.size() ? &m_entries.at(index) : nullptr;
    if (!entry) {
        m_pages->setCurrentWidget(m_empty);
    } else if (!entry->load.ok()) {
        m_invalidTitle->setText(tr("%1 is not a valid checklist and cannot be used. Fix these problems and "
                                   "reopen this list:")
                                    .arg(QDir::toNativeSeparators(entry->path)));
        QStringList lines;
        for (const Diagnostic& diagnostic : entry->load.diagnostics)
            lines.append(diagnostic.toString());
        m_diagnostics->setPlainText(lines.join(QLatin1Char('\n')));
        m_pages->setCurrentWidget(m_invalidPage);
    } else {
        const Checklist& checklist = *entry->load.checklist;
        m_detail->setChecklist(checklist, entry->path, entry->bundled);
        for (const Profile& profile : checklist.profiles)
            m_profile->addItem(profile.title.text(checklist.defaultLanguage), profile.id);
        m_pages->setCurrentWidget(m_detail);
    }
    const bool presentable = entry && entry->load.ok() && m_profile->count() > 0;
    m_profile->setEnabled(presentable);
    m_present->setEnabled(presentable);
}

ChecklistBrowserDialog::ChecklistBrowserDialog(const QList<ChecklistEntry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_browser(new ChecklistBrowser(this))
{
    setWindowTitle(tr("Checklists"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_browser->setEntries(entries);
    resize(1100, 750);
}

} // namespace lantern
