// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SummaryPreview.h"

#include "export/HtmlReportWriter.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QTextDocument>

namespace lantern {

std::unique_ptr<QTextDocument> SummaryPreview::document(const CaseReport& report)
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(HtmlReportWriter::render(report, true));
    return document;
}

void SummaryPreview::show(const CaseReport& report, QWidget* parent)
{
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("lantern::SummaryPreview", "Print preview of case %1")
                               .arg(report.caseCode));
    dialog->setAccessibleName(dialog->windowTitle());
    // The document lives as long as the dialog that prints it.
    QTextDocument* shown = document(report).release();
    shown->setParent(dialog);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, shown,
        [shown](QPrinter* printer) { shown->print(printer); });
    dialog->open();
}

} // namespace lantern
