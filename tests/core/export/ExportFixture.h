// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/CaseFile.h"
#include "cases/Clock.h"
#include "export/CaseReportBuilder.h"
#include "storage/CaseStore.h"

#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <QTemporaryDir>

namespace lantern::test {

/// A training store in a temporary folder holding one fictional case on the bundled
/// identification checklist, answered from tests/data/answers/identification/<name>.json, with
/// one interview session and one note that contains HTML-like text.
class ExportFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    /// Loads the answers of the named fictional interview into the case.
    void answerFrom(const QString& name);
    /// The report as a reader would get it.
    CaseReport report(const ReportOptions& options = {}) const;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static inline const QString kNote = QStringLiteral("Said the <b>boat</b> & crew were \"watched\" (fictional)");

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<CaseStore> m_store;
    std::optional<CaseFile> m_case;
};

/// The text of a PDF as pdftotext extracts it, whitespace collapsed to single spaces.
QString pdfText(const QString& pdfPath);

/// The longest fixed part of a translated template ("%1 marks a text … (\"%2\": …)"), between
/// its placeholders and trimmed: what a page built from it must contain whatever fills them.
QString longestFixedPiece(const QString& translatedTemplate);

} // namespace lantern::test
