// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportCaseDialog.h"

#include "casework/CaseFile.h"
#include "export/ReportLanguage.h"
#include "shell/MessageBar.h"
#include "storage/CaseStore.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lantern {

ExportCaseDialog::ExportCaseDialog(
    CaseStore& store, std::shared_ptr<const CaseFile> caseFile, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_case(std::move(caseFile))
    , m_messages(new MessageBar(this))
    , m_format(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_secondLanguage(new QComboBox(this))
    , m_notes(new QCheckBox(tr("Include caseworker &notes"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
{
    setWindowTitle(tr("Export summary of case %1").arg(m_case->info().code));
    setAccessibleName(windowTitle());
    m_format->addItem(tr("PDF document"), int(SummaryKind::Pdf));
    m_format->addItem(tr("HTML page"), int(SummaryKind::Html));
    m_format->addItem(tr("JSON (everything the case holds)"), int(SummaryKind::Json));
    m_format->setAccessibleName(tr("Format"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    m_paper->setAccessibleName(tr("Paper size"));
    fillLanguages();
    m_notes->setChecked(true);
    m_notes->setAccessibleName(tr("Include caseworker notes"));
    m_path->setAccessibleName(tr("Output file"));
    m_path->setPlaceholderText(tr("Where to save the summary"));
    m_browse->setAccessibleName(tr("Choose the output file"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(m_case->info().code + summaryKindSuffix(SummaryKind::Pdf)));

    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* secondLabel = new QLabel(tr("Second language (&bilingual summary):"), this);
    secondLabel->setBuddy(m_secondLanguage);
    auto* pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(formatLabel, m_format);
    form->addRow(paperLabel, m_paper);
    form->addRow(languageLabel, m_language);
    form->addRow(secondLabel, m_secondLanguage);
    form->addRow(QString(), m_notes);
    form->addRow(pathLabel, pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Export"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportCaseDialog::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportCaseDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportCaseDialog::reject);
    onFormatChanged();
}

SummaryRequest ExportCaseDialog::request() const
{
    SummaryRequest request;
    request.kind = static_cast<SummaryKind>(m_format->currentData().toInt());
    request.paper = static_cast<PaperSize>(m_paper->currentData().toInt());
    request.includeNotes = m_notes->isChecked();
    request.language = m_language->currentData().toString();
    request.secondLanguage = m_secondLanguage->currentData().toString();
    request.path = m_path->text().trimmed();
    return request;
}

void ExportCaseDialog::fillLanguages()
{
    const Checklist& checklist = m_case->checklist();
    m_secondLanguage->addItem(tr("None"), QString());
    for (const QString& code : checklist.languages) {
        QString label = languageName(code); // "Thai (th)"
        if (!checklist.provenance.isReviewed(code, checklist.defaultLanguage))
            label = tr("%1 (draft translation)").arg(label);
        m_language->addItem(label, code);
        m_secondLanguage->addItem(label, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(checklist.defaultLanguage)));
    m_language->setAccessibleName(tr("Language of the summary"));
    m_secondLanguage->setAccessibleName(tr("Second language (bilingual summary)"));
    m_secondLanguage->setToolTip(
        tr("Every question, answer option, title and advice shows in this language too, below the first."));
}

void ExportCaseDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportCaseDialog::setKind(SummaryKind kind)
{
    m_format->setCurrentIndex(m_format->findData(int(kind)));
}

void ExportCaseDialog::accept()
{
    const SummaryRequest chosen = request();
    if (chosen.path.isEmpty()) {
        m_messages->showMessage(tr("Choose where to save the summary."), MessageBar::Kind::Error);
        m_path->setFocus();
        return;
    }
    if (!m_store.isUnlocked()) {
        m_messages->showMessage(tr("The database is locked; unlock it to export."), MessageBar::Kind::Error);
        return;
    }
    if (const auto exported = exportSummary(m_store, *m_case, chosen); !exported) {
        m_messages->showMessage(
            tr("The summary was not exported: %1").arg(exported.errorMessage()), MessageBar::Kind::Error);
        m_path->setFocus();
        return;
    }
    QDialog::accept();
}

void ExportCaseDialog::browse()
{
    const SummaryKind kind = request().kind;
    const QString filter = kind == SummaryKind::Pdf ? tr("PDF documents (*.pdf)")
        : kind == SummaryKind::Html                 ? tr("HTML pages (*.html)")
                                                    : tr("JSON files (*.json)");
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Save the summary as"), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportCaseDialog::onFormatChanged()
{
    const SummaryKind kind = request().kind;
    m_paper->setEnabled(kind == SummaryKind::Pdf);
    // The JSON export is full-fidelity: it always carries the notes.
    m_notes->setEnabled(kind != SummaryKind::Json);
    // Keep the file name's extension in step with the format.
    const QString oldSuffix = summaryKindSuffix(m_shownKind);
    QString path = m_path->text();
    if (path.endsWith(oldSuffix, Qt::CaseInsensitive)) {
        path.chop(oldSuffix.size());
        m_path->setText(path + summaryKindSuffix(kind));
    }
    m_shownKind = kind;
}

} // namespace lantern
