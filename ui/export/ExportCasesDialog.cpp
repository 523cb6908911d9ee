// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportCasesDialog.h"

#include "export/BatchExporter.h"
#include "shell/MessageBar.h"
#include "storage/CaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lantern {

ExportCasesDialog::ExportCasesDialog(CaseStore& store, QList<CaseId> cases, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_cases(std::move(cases))
    , m_messages(new MessageBar(this))
    , m_target(new QComboBox(this))
    , m_freeText(new QCheckBox(tr("Include &free text (text answers and notes)"), this))
    , m_notes(new QCheckBox(tr("Include caseworker &notes"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
{
    setWindowTitle(m_cases.size() == 1 ? tr("Export 1 case") : tr("Export %1 cases").arg(m_cases.size()));
    setAccessibleName(windowTitle());
    m_target->addItem(tr("CSV table (one file)"), int(Target::CsvTable));
    m_target->addItem(tr("JSON table (one file)"), int(Target::JsonTable));
    m_target->addItem(tr("PDF summaries (a new folder)"), int(Target::PdfFolder));
    m_target->addItem(tr("HTML summaries (a new folder)"), int(Target::HtmlFolder));
    m_target->setAccessibleName(tr("Format"));
    m_freeText->setAccessibleName(tr("Include free text"));
    m_notes->setAccessibleName(tr("Include caseworker notes"));
    m_notes->setChecked(true);
    m_path->setAccessibleName(tr("Output file or folder"));
    m_path->setPlaceholderText(tr("The file, or the new folder, to write"));
    m_browse->setAccessibleName(tr("Choose the output file or folder"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(QStringLiteral("lantern-cases.csv")));

    auto* targetLabel = new QLabel(tr("&Format:"), this);
    targetLabel->setBuddy(m_target);
    auto* pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(targetLabel, m_target);
    form->addRow(QString(), m_freeText);
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

    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportCasesDialog::onTargetChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportCasesDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportCasesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportCasesDialog::reject);
    onTargetChanged();
}

void ExportCasesDialog::setTarget(Target target)
{
    m_target->setCurrentIndex(m_target->findData(int(target)));
}

ExportCasesDialog::Target ExportCasesDialog::target() const
{
    return static_cast<Target>(m_target->currentData().toInt());
}

void ExportCasesDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

bool ExportCasesDialog::isTable() const
{
    return target() == Target::CsvTable || target() == Target::JsonTable;
}

void ExportCasesDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || m_cases.isEmpty()) {
        m_messages->showMessage(m_cases.isEmpty() ? tr("Select the cases to export in the case list.")
                                                  : tr("Choose where to save the export."),
            MessageBar::Kind::Error);
        return;
    }
    if (!m_store.isUnlocked()) {
        m_messages->showMessage(tr("The database is locked; unlock it to export."), MessageBar::Kind::Error);
        return;
    }
    const int total = int(m_cases.size());
    QProgressDialog progress(tr("Exporting %1 selected cases…").arg(total), tr("&Cancel"), 0, total, this);
    progress.setWindowTitle(windowTitle());
    progress.setAccessibleName(tr("Export progress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setValue(0);
    m_progress = &progress;
    BatchExporter exporter(m_store, [this, &progress](int done, int count) {
        progress.setValue(done);
        Q_EMIT progressed(done, count);
        QCoreApplication::processEvents();
        // A lock while the batch runs cancels it too.
        return !progress.wasCanceled() && m_store.isUnlocked();
    });
    Result<int> written = 0;
    if (isTable()) {
        CaseTableColumns columns;
        columns.freeText = m_freeText->isChecked();
        written = exporter.table(
            m_cases, path, target() == Target::CsvTable ? TableFormat::Csv : TableFormat::Json, columns);
    } else {
        ReportOptions options;
        options.includeNotes = m_notes->isChecked();
        options.training = !m_store.isEncrypted();
        written = exporter.summaries(
            m_cases, path, target() == Target::PdfFolder ? SummaryFormat::Pdf : SummaryFormat::Html, options);
    }
    m_progress = nullptr;
    progress.close();
    if (!written) {
        if (written.errorMessage() == batchCancelledMessage())
            m_messages->showMessage(
                tr("Export cancelled; nothing was written."), MessageBar::Kind::Information);
        else
            m_messages->showMessage(
                tr("The cases were not exported: %1").arg(written.errorMessage()), MessageBar::Kind::Error);
        return;
    }
    m_exported = *written;
    QDialog::accept();
}

void ExportCasesDialog::browse()
{
    const Target chosenTarget = target();
    QString chosen;
    if (chosenTarget == Target::CsvTable || chosenTarget == Target::JsonTable) {
        const QString filter
            = chosenTarget == Target::CsvTable ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
        chosen = QFileDialog::getSaveFileName(this, tr("Save the table as"), m_path->text(), filter);
    } else {
        // The summaries go into a folder that must not exist yet: ask for its name.
        chosen = QFileDialog::getSaveFileName(this, tr("Name of the new folder for the summaries"),
            m_path->text(), QString(), nullptr, QFileDialog::ShowDirsOnly);
    }
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportCasesDialog::onTargetChanged()
{
    m_freeText->setEnabled(isTable());
    m_notes->setEnabled(!isTable());
    // Keep the suggested name in step: a table file or a folder.
    const QFileInfo info(m_path->text());
    const QString base
        = info.completeBaseName().isEmpty() ? QStringLiteral("lantern-cases") : info.completeBaseName();
    const QString name = target() == Target::CsvTable ? base + QStringLiteral(".csv")
        : target() == Target::JsonTable               ? base + QStringLiteral(".json")
                                                      : base;
    m_path->setText(QDir(info.path()).filePath(name));
}

} // namespace lantern
