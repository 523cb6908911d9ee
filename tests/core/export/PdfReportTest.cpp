// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"

#include "export/PdfReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lantern::test {
namespace {

using PdfReportTest = ExportFixture;

TEST_F(PdfReportTest, TextOfThePdfHasCodeVersionOutcomeElementsAndIndicators)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const QString file = path(QStringLiteral("summary.pdf"));
    const auto written = PdfReportWriter::write(report(), file, PaperSize::A4);
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();

    // LANTERN_TEST_KEEP=DIR keeps a copy to look at (docs/screenshots is rendered from it).
    if (const QString keep = qEnvironmentVariable("LANTERN_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(file, QDir(keep).filePath(QStringLiteral("summary.pdf")));
    const QString text = pdfText(file);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext could not read the summary";
    EXPECT_TRUE(text.contains(QStringLiteral("Case summary 2026-0007")));
    EXPECT_TRUE(text.contains(QStringLiteral("ilo-identification 1.1.0")));
    EXPECT_TRUE(text.contains(QStringLiteral("Indicators consistent with trafficking — refer for formal identification")));
    EXPECT_TRUE(text.contains(QStringLiteral("Deceptive recruitment — MET")));
    EXPECT_TRUE(text.contains(QStringLiteral("Coercive recruitment — UNDETERMINED")));
    EXPECT_TRUE(text.contains(QStringLiteral("Very long working days or too few days off")));
    EXPECT_TRUE(text.contains(QStringLiteral("page 1 of")));
    EXPECT_TRUE(text.contains(QStringLiteral("exported 2026-05-04 12:00 UTC")));
}

TEST_F(PdfReportTest, LetterAndA4PagesDiffer)
{
    answerFrom(QStringLiteral("b-domestic-worker-exploitation-only"));
    const QString a4 = path(QStringLiteral("a4.pdf"));
    const QString letter = path(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(PdfReportWriter::write(report(), a4, PaperSize::A4).ok());
    ASSERT_TRUE(PdfReportWriter::write(report(), letter, PaperSize::Letter).ok());
    QFile a4File(a4);
    QFile letterFile(letter);
    ASSERT_TRUE(a4File.open(QIODevice::ReadOnly));
    ASSERT_TRUE(letterFile.open(QIODevice::ReadOnly));
    // Each page object carries its box in points: 595x842 for A4, 612x792 for Letter.
    const QByteArray a4Bytes = a4File.readAll();
    const QByteArray letterBytes = letterFile.readAll();
    EXPECT_TRUE(a4Bytes.contains("/MediaBox [0 0 595.000000 842.000000]"));
    EXPECT_FALSE(a4Bytes.contains("/MediaBox [0 0 612"));
    EXPECT_TRUE(letterBytes.contains("/MediaBox [0 0 612.000000 792.000000]"));
    EXPECT_FALSE(letterBytes.contains("/MediaBox [0 0 595"));
}

TEST_F(PdfReportTest, AFailedWriteLeavesNothingUnderTheFinalName)
{
    const QString file = path(QStringLiteral("missing-folder/summary.pdf"));
    const auto written = PdfReportWriter::write(report(), file, PaperSize::A4);
    EXPECT_FALSE(written.ok());
    EXPECT_TRUE(written.errorMessage().contains(QStringLiteral("summary.pdf")));
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(QDir(path(QString())).entryList(QDir::Files | QDir::NoDotAndDotDot).filter(QStringLiteral(".pdf")).isEmpty());
}

} // namespace
} // namespace lantern::test
