// SPDX-License-Identifier: GPL-3.0-or-later
// export, export-all and aggregate, driven as a script would: files appear only when complete,
// their content matches the database, and every export is in the case's audit trail.
#include "DatabaseCliTest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using lantern::test::CliRun;
using lantern::test::DatabaseCliTest;
using lantern::test::readAll;
using lantern::test::s;

namespace {



class ExportCommandsTest : public DatabaseCliTest
{
protected:
    void SetUp() override
    {
        initDatabase();
        newCase(s("FICT-301"));
        answer(s("FICT-301"), s("deceived"), s("yes"));
        ASSERT_EQ(run({ s("answer"), db(), s("FICT-301"), s("paid"), s("no"), s("--note"), s("fictional note Zq9") }).exitCode, 0);
        newCase(s("FICT-302"));
        answer(s("FICT-302"), s("deceived"), s("no"));
    }

    int exportedEvents(const QString& code)
    {
        const CliRun audit = run({ s("audit"), db(), code, s("--json") });
        EXPECT_EQ(audit.exitCode, 0) << audit.err.toStdString();
        int count = 0;
        const QJsonDocument document = QJsonDocument::fromJson(audit.out.toUtf8());
        const QJsonArray events = document.isArray() ? document.array()
                                                     : document.object().value(s("events")).toArray();
        for (const QJsonValue& event : events)
            count += event.toObject().value(s("event")).toString() == u"exported" ? 1 : 0;
        return count;
    }
};

TEST_F(ExportCommandsTest, PdfSummaryHasTheCaseFactsAndIsAudited)
{
    const QString pdf = path(s("FICT-301.pdf"));
    const CliRun exported = run({ s("export"), db(), s("FICT-301"), s("--format"), s("pdf"), s("--out"), pdf });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QProcess text;
    text.start(s("pdftotext"), { pdf, s("-") });
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(s("Case summary FICT-301")));
    EXPECT_TRUE(content.contains(s("Zq9"))) << "the note is in the summary";
    EXPECT_TRUE(content.contains(s("page 1 of")));
    EXPECT_EQ(exportedEvents(s("FICT-301")), 1);
    EXPECT_EQ(exportedEvents(s("FICT-302")), 0);
}

TEST_F(ExportCommandsTest, NotesCanBeLeftOut)
{
    const QString html = path(s("FICT-301.html"));
    ASSERT_EQ(run({ s("export"), db(), s("FICT-301"), s("--format"), s("html"), s("--out"), html, s("--no-notes") }).exitCode, 0);
    const QByteArray content = readAll(html);
    EXPECT_TRUE(content.contains("Case summary FICT-301"));
    EXPECT_FALSE(content.contains("Zq9"));
}

TEST_F(ExportCommandsTest, JsonExportParsesBackToTheCase)
{
    const QString json = path(s("FICT-301.json"));
    ASSERT_EQ(run({ s("export"), db(), s("FICT-301"), s("--format"), s("json"), s("--out"), json }).exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(readAll(json)).object();
    EXPECT_EQ(object.value(s("format")).toString(), s("lantern-case"));
    EXPECT_EQ(object.value(s("case")).toObject().value(s("code")).toString(), s("FICT-301"));
    EXPECT_EQ(object.value(s("answers")).toArray().size(), 2);
    EXPECT_FALSE(object.value(s("training")).toBool());
    // No key material: the passphrase and the vault record never appear.
    EXPECT_FALSE(readAll(json).contains(passphrase().toUtf8()));
    EXPECT_FALSE(readAll(json).contains("wrapped"));
}

TEST_F(ExportCommandsTest, ExportAllWritesOneRowPerCase)
{
    const QString csv = path(s("all.csv"));
    const CliRun exported = run({ s("export-all"), db(), s("--format"), s("csv"), s("--out"), csv });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).startsWith("code,status,"));
    EXPECT_TRUE(lines.at(1).startsWith("FICT-301,open,"));
    EXPECT_TRUE(lines.at(2).startsWith("FICT-302,open,"));
    EXPECT_FALSE(readAll(csv).contains("Zq9")) << "free text only when asked";
    EXPECT_EQ(exportedEvents(s("FICT-302")), 1);

    const QString folder = path(s("summaries"));
    ASSERT_EQ(run({ s("export-all"), db(), s("--format"), s("html"), s("--out"), folder }).exitCode, 0);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 2);
    // A folder that exists is refused, and left as it was.
    const CliRun again = run({ s("export-all"), db(), s("--format"), s("html"), s("--out"), folder });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(s("already exists")));
}

TEST_F(ExportCommandsTest, AggregateSuppressesSmallGroups)
{
    const QString csv = path(s("aggregate.csv"));
    const CliRun made = run({ s("aggregate"), db(), s("--out"), csv, s("--k"), s("2") });
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QByteArray content = readAll(csv);
    EXPECT_TRUE(content.contains("# k = 2"));
    EXPECT_FALSE(content.contains("FICT-30"));
    EXPECT_FALSE(content.contains("Zq9"));
    EXPECT_EQ(run({ s("aggregate"), db(), s("--out"), csv, s("--k"), s("one") }).exitCode, 2);
}

TEST_F(ExportCommandsTest, BadUsageAndFailuresAreClear)
{
    EXPECT_EQ(run({ s("export"), db(), s("FICT-301"), s("--format"), s("docx"), s("--out"), path(s("x")) }).exitCode, 2);
    EXPECT_EQ(run({ s("export-all"), db(), s("--format"), s("csv"), s("--out"), path(s("x")), s("--columns"), s("everything") }).exitCode, 2);
    const CliRun wrong = run({ s("export"), db(), s("FICT-301"), s("--format"), s("pdf"), s("--out"), path(s("s.pdf")) },
        s("not the passphrase"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(path(s("s.pdf"))));
    const CliRun unwritable = run({ s("export"), db(), s("FICT-301"), s("--format"), s("html"), s("--out"), path(s("no/such/folder.html")) });
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(s("cannot write")));
    EXPECT_EQ(exportedEvents(s("FICT-301")), 0);
}

} // namespace
