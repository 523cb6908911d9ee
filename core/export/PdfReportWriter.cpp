// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PdfReportWriter.h"

#include "export/HtmlReportWriter.h"
#include "fonts/ScriptFonts.h"
#include "util/Catalogue.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace lantern {

namespace {

QString footerText(const CaseReport& summary, int page, int pages)
{
    // In the summary's own language, like the page it is under.
    const Catalogue words(summary.language);
    QString text = words.translate("lantern::PdfReportWriter", "Case %1 · exported %2 · page %3 of %4")
                       .arg(summary.caseCode,
                           summary.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                           QString::number(page), QString::number(pages));
    if (summary.training)
        text.prepend(words.translate("lantern::PdfReportWriter", "TRAINING — fictional case · "));
    return text;
}

void layOut(QPdfWriter& writer, QPainter& painter, const CaseReport& summary)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(HtmlReportWriter::render(summary, true));

    const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const qreal footerHeight = footerMetrics.height() * 2;
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);
    document.setPageSize(bodySize);

    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        const QRectF slice(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.translate(0, -slice.top());
        document.drawContents(&painter, slice);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF footer(0, paintRect.height() - footerMetrics.height(), paintRect.width(), footerMetrics.height());
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, footerText(summary, page + 1, pages));
        painter.restore();
    }
}

} // namespace

Result<void> PdfReportWriter::write(const CaseReport& summary, const QString& path, PaperSize paper)
{
    // Dhivehi needs a repaired Thaana font before any text is laid out, or it prints as boxes.
    installScriptFontsFor({ summary.language, summary.secondLanguage });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Case summary %1").arg(summary.caseCode));
        writer.setCreator(QStringLiteral("Lantern"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(QStringLiteral("cannot start the PDF for %1").arg(path));
        layOut(writer, painter, summary);
        painter.end();
    }
    if (!file.commit())
        return Error(QStringLiteral("cannot finish writing %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace lantern
