// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"

#include "TestData.h"
#include "export/BatchExporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lantern::test {
namespace {

class BatchExportTest : public ExportFixture
{
protected:
    void SetUp() override
    {
        ExportFixture::SetUp();
        answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
        m_ids.append(m_case->info().id);
        // Two more fictional cases on the same checklist, one with a code that is not a safe file name.
        for (const QString& code : { QStringLiteral("2026-0008"), QStringLiteral("../x 9") }) {
            auto another = CaseFile::create(*m_store, m_case->checklist(), code);
            ASSERT_TRUE(another.ok()) << another.errorMessage().toStdString();
            Answer yes;
            yes.state = AnswerState::Answered;
            yes.value = true;
            ASSERT_TRUE(another->setAnswer(QStringLiteral("work_long_hours"), yes).ok());
            m_ids.append(another->info().id);
        }
    }

    int exportedEvents(const CaseId& caseId)
    {
        int count = 0;
        const auto audit = m_store->audit(caseId);
        EXPECT_TRUE(audit.ok());
        for (const AuditEvent& event : audit.value())
            count += event.kind == AuditKind::Exported ? 1 : 0;
        return count;
    }

    QList<CaseId> m_ids;
};

TEST_F(BatchExportTest, WritesOneSummaryPerCaseWithProgressAndAuditsIt)
{
    QList<int> seen;
    BatchExporter exporter(*m_store, [&](int done, int total) {
        seen.append(done);
        EXPECT_EQ(total, 3);
        return true;
    });
    const QString folder = path(QStringLiteral("summaries"));
    const auto written = exporter.summaries(m_ids, folder, SummaryFormat::Html, {});
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(*written, 3);
    EXPECT_EQ(seen, (QList<int> { 1, 2, 3 }));
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList { QStringLiteral("2026-0007.html"), QStringLiteral("2026-0008.html"), QStringLiteral("___x_9.html") }));
    for (const CaseId& id : m_ids)
        EXPECT_EQ(exportedEvents(id), 1);
}

TEST_F(BatchExportTest, CancelLeavesNothingBehindAndAuditsNothing)
{
    BatchExporter exporter(*m_store, [](int done, int) { return done < 2; });
    const QString folder = path(QStringLiteral("summaries"));
    const auto written = exporter.summaries(m_ids, folder, SummaryFormat::Pdf, {});
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.errorMessage(), batchCancelledMessage());
    EXPECT_FALSE(QFileInfo::exists(folder));
    // No staging folder is left beside it either.
    EXPECT_TRUE(QDir(path(QString())).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    EXPECT_EQ(exportedEvents(m_ids.first()), 0);

    const QString csv = path(QStringLiteral("cases.csv"));
    EXPECT_FALSE(exporter.table(m_ids, csv, TableFormat::Csv, {}).ok());
    EXPECT_FALSE(QFileInfo::exists(csv));
}

TEST_F(BatchExportTest, CsvParsesBackToTheStore)
{
    BatchExporter exporter(*m_store);
    const QString csv = path(QStringLiteral("cases.csv"));
    ASSERT_TRUE(exporter.table(m_ids, csv, TableFormat::Csv, {}).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_GE(lines.size(), 4);
    const QList<QByteArray> header = lines.at(0).trimmed().split(',');
    // The fixture's store is a training database: every row says so first.
    EXPECT_EQ(header.at(0), "training");
    EXPECT_EQ(header.at(1), "code");
    const qsizetype outcome = header.indexOf("outcome");
    const qsizetype deceptive = header.indexOf("element:deceptive_recruitment");
    const qsizetype longHours = header.indexOf("indicator:ex_excessive_hours");
    ASSERT_GE(outcome, 0);
    ASSERT_GE(deceptive, 0);
    ASSERT_GE(longHours, 0);
    const QList<QByteArray> first = lines.at(1).trimmed().split(',');
    ASSERT_EQ(first.size(), header.size());
    for (qsizetype row = 1; row <= 3; ++row)
        EXPECT_EQ(lines.at(row).split(',').at(0), trainingMark().toUtf8()) << "row " << row;
    EXPECT_EQ(first.at(1), m_case->info().code.toUtf8());
    EXPECT_EQ(first.at(outcome), m_case->assessment().outcomeId.toUtf8());
    EXPECT_EQ(first.at(deceptive), "met");
    EXPECT_EQ(first.at(longHours), "present");
    // No free text unless asked: the note written into the first case is absent.
    file.seek(0);
    EXPECT_FALSE(file.readAll().contains("crew were"));
}

TEST_F(BatchExportTest, JsonCarriesEveryCaseAndFreeTextOnlyWhenAsked)
{
    BatchExporter exporter(*m_store);
    const QString json = path(QStringLiteral("cases.json"));
    auto columns = CaseTableColumns::parse(QStringLiteral("case,outcome,text"));
    ASSERT_TRUE(columns.ok());
    ASSERT_TRUE(exporter.table(m_ids, json, TableFormat::Json, *columns).ok());
    const QJsonObject document = readJsonObject(json);
    const QJsonArray cases = document.value(QStringLiteral("cases")).toArray();
    ASSERT_EQ(cases.size(), 3);
    EXPECT_TRUE(document.value(QStringLiteral("training")).toBool());
    for (const QJsonValue& row : cases)
        EXPECT_EQ(row.toObject().value(QStringLiteral("training")).toString(), trainingMark());
    EXPECT_EQ(cases.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("2026-0008"));
    EXPECT_TRUE(cases.at(0).toObject().value(QStringLiteral("notes")).toString().contains(QStringLiteral("crew were")));
    EXPECT_FALSE(cases.at(0).toObject().contains(QStringLiteral("element:exploitation")));

    EXPECT_FALSE(CaseTableColumns::parse(QStringLiteral("case,everything")).ok());
}

TEST_F(BatchExportTest, RefusesAnExistingFolder)
{
    BatchExporter exporter(*m_store);
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("taken"))));
    const auto written = exporter.summaries(m_ids, path(QStringLiteral("taken")), SummaryFormat::Html, {});
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.errorMessage().contains(QStringLiteral("already exists")));
}

} // namespace
} // namespace lantern::test
