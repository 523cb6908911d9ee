// SPDX-License-Identifier: GPL-3.0-or-later
// `export --second-lang`: a bilingual summary from the command line, and a language the checklist
// does not have refused with the languages it does have.
#include "DatabaseCliTest.h"
#include "util/Catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using lantern::test::CliRun;
using lantern::test::DatabaseCliTest;
using lantern::test::readAll;
using lantern::test::s;

namespace {


// The test checklist (tests/data/checklists/minimal.json) declares English and Thai, but has
// Thai only for its title: every other Thai text is the English one, marked.
class BilingualExportTest : public DatabaseCliTest
{
protected:
    void SetUp() override
    {
        initDatabase();
        newCase(s("FICT-401"));
        answer(s("FICT-401"), s("deceived"), s("yes"));
    }
};

TEST_F(BilingualExportTest, HtmlSummaryInThaiAndEnglish)
{
    const QString html = path(s("FICT-401.html"));
    const CliRun exported = run({ s("export"), db(), s("FICT-401"), s("--format"), s("html"), s("--out"), html,
        s("--lang"), s("th"), s("--second-lang"), s("en") });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString content = QString::fromUtf8(readAll(html));
    EXPECT_TRUE(content.contains(s("<html lang=\"th\">")));
    EXPECT_TRUE(content.contains(s("รายการตรวจสอบทดสอบ"))) << "the Thai title";
    EXPECT_TRUE(content.contains(s("<div class=\"second\" lang=\"en\">Minimal test checklist</div>")));
    // The summary's own words are Thai too, though the command line's messages stay English.
    const lantern::Catalogue thai(s("th"));
    EXPECT_TRUE(content.contains(s("Was the job different from what you were promised? <span class=\"fallback\">")
        + thai.translate("lantern::HtmlReportWriter", "[not translated — %1]").arg(s("English (en)")).toHtmlEscaped()));
    EXPECT_TRUE(content.contains(
        thai.translate("lantern::HtmlReportWriter", "%1, an unreviewed draft translation").arg(s("ไทย (th)")).toHtmlEscaped()));
    const QString question = thai.translate("lantern::HtmlReportWriter", "Question");
    EXPECT_NE(question, s("Question")) << "the Thai catalogue has the word";
    EXPECT_TRUE(content.contains(question.toHtmlEscaped()));
}

TEST_F(BilingualExportTest, JsonCarriesTheSecondLanguageFields)
{
    const QString json = path(s("FICT-401.json"));
    ASSERT_EQ(run({ s("export"), db(), s("FICT-401"), s("--format"), s("json"), s("--out"), json, s("--second-lang"),
                  s("th") }).exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(readAll(json)).object();
    EXPECT_EQ(object.value(s("second_language")).toString(), s("th"));
    const QJsonObject answer = object.value(s("answers")).toArray().first().toObject();
    EXPECT_EQ(answer.value(s("question")).toString(), s("deceived"));
    EXPECT_EQ(answer.value(s("question_text_second")).toString(), s("Was the job different from what you were promised?"));
    EXPECT_EQ(answer.value(s("question_text_second_fallback")).toString(), s("en"));
    EXPECT_EQ(object.value(s("assessment")).toObject().value(s("checklist")).toObject().value(s("title_second")).toString(),
        s("รายการตรวจสอบทดสอบ"));
}

TEST_F(BilingualExportTest, AnUnknownLanguageIsRefusedAndNothingIsWritten)
{
    const QString pdf = path(s("FICT-401.pdf"));
    const CliRun refused = run({ s("export"), db(), s("FICT-401"), s("--format"), s("pdf"), s("--out"), pdf,
        s("--second-lang"), s("xx") });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(s("has no texts in \"xx\"; its languages are: en, th"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(BilingualExportTest, UsageNamesTheOption)
{
    const CliRun help = run({ s("--help") });
    EXPECT_TRUE(help.out.contains(s("[--second-lang L2]")));
    const CliRun wrong = run({ s("export"), db() });
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(s("[--second-lang L2]")));
}

} // namespace
