// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"

#include "TestData.h"
#include "checklist/ChecklistLoader.h"
#include "export/HtmlReportWriter.h"

namespace lantern::test {
namespace {

using HtmlReportTest = ExportFixture;

TEST_F(HtmlReportTest, CarriesTheFactsAReaderNeeds)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const QString html = HtmlReportWriter::render(report());

    EXPECT_TRUE(html.contains(QStringLiteral("Case summary 2026-0007")));
    EXPECT_TRUE(html.contains(QStringLiteral("ilo-identification 1.1.0")));
    EXPECT_TRUE(html.contains(QString::fromLatin1(m_case->checklist().sha256())));
    EXPECT_TRUE(html.contains(QStringLiteral("Screening result: Indicators consistent with trafficking — refer for formal identification")));
    EXPECT_TRUE(html.contains(QStringLiteral("(level 3)")));
    EXPECT_TRUE(html.contains(QStringLiteral("This is a screening result, not a legal identification.")));
    EXPECT_TRUE(html.contains(QStringLiteral("Deceptive recruitment — MET")));
    EXPECT_TRUE(html.contains(QStringLiteral("Coercive recruitment — UNDETERMINED")));
    EXPECT_TRUE(html.contains(QStringLiteral("[strong] Deceived about the kind of work, the place or the employer")));
    // The session, with interpreter and language.
    EXPECT_TRUE(html.contains(QStringLiteral("<td>yes</td><td>th</td>")));
    EXPECT_TRUE(html.contains(QStringLiteral("TRAINING — fictional case")));
}

TEST_F(HtmlReportTest, EscapesCaseTextAndShowsNotesOnlyWhenIncluded)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const QString withNotes = HtmlReportWriter::render(report());
    EXPECT_TRUE(withNotes.contains(QStringLiteral("Said the &lt;b&gt;boat&lt;/b&gt; &amp; crew were &quot;watched&quot;")));
    EXPECT_FALSE(withNotes.contains(QStringLiteral("<b>boat</b>")));
    EXPECT_TRUE(withNotes.contains(QStringLiteral("(document)")));

    ReportOptions noNotes;
    noNotes.includeNotes = false;
    const QString withoutNotes = HtmlReportWriter::render(report(noNotes));
    EXPECT_FALSE(withoutNotes.contains(QStringLiteral("crew were")));
    EXPECT_FALSE(withoutNotes.contains(QStringLiteral("approximate; the person was not sure")));
    EXPECT_TRUE(withoutNotes.contains(QStringLiteral("Caseworker notes are not included")));
}

TEST_F(HtmlReportTest, UndeterminedElementsListTheQuestionsThatCouldDecideThem)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const CaseReport built = report();
    const ReportElement* coercive = nullptr;
    for (const ReportProfile& profile : built.profiles) {
        for (const ReportElement& element : profile.elements) {
            if (profile.id == u"adult_labour" && element.id == u"coercive_recruitment")
                coercive = &element;
        }
    }
    ASSERT_NE(coercive, nullptr);
    EXPECT_EQ(coercive->status, QStringLiteral("undetermined"));
    ASSERT_EQ(coercive->openQuestions.size(), 1);
    EXPECT_EQ(coercive->openQuestions.first().questionId, QStringLiteral("rec_sold"));
    EXPECT_EQ(coercive->openQuestions.first().value, QStringLiteral("unknown"));
    // Unknown is never shown as "no".
    EXPECT_TRUE(HtmlReportWriter::render(built).contains(QStringLiteral("(now: unknown)")));
}

TEST_F(HtmlReportTest, AnEmptyCaseIsConditionalAndSaysNothingWasAsked)
{
    const QString html = HtmlReportWriter::render(report());
    // Nothing asked yet: the lowest outcome, marked conditional because the profiles' applicability is open.
    EXPECT_TRUE(html.contains(QStringLiteral("Screening result: No combination of indicators found</b> (level 0)")));
    EXPECT_TRUE(html.contains(QStringLiteral("<b>Conditional:</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("No answers recorded yet.")));
    EXPECT_TRUE(html.contains(QStringLiteral("No interview session recorded.")));
}

TEST_F(HtmlReportTest, AMetElementSaysWhatToDoAndOthersDoNot)
{
    // The assistance-planning checklist names a referral per need: a need that is met carries it.
    const ChecklistLoad load = ChecklistLoader::loadFile(sourcePath(QStringLiteral("resources/checklists/assistance-plan.json")));
    ASSERT_TRUE(load.ok());
    const QJsonObject study = readJsonObject(sourcePath(QStringLiteral("resources/demo/assistance-kitchen-worker.json")));
    auto answers = AnswerSet::fromJson(
        QJsonObject { { QStringLiteral("answers"), study.value(QStringLiteral("model_answers")) } }, *load.checklist);
    ASSERT_TRUE(answers.ok()) << answers.errorMessage().toStdString();
    auto caseFile = CaseFile::create(*m_store, *load.checklist, QStringLiteral("ASSIST-T"));
    ASSERT_TRUE(caseFile.ok());
    for (auto it = answers->all().constBegin(); it != answers->all().constEnd(); ++it)
        ASSERT_TRUE(caseFile->setAnswer(it.key(), it.value()).ok()) << it.key().toStdString();

    const CaseReport summary = CaseReportBuilder(caseFile->checklist(), {})
                                   .build(caseFile->info(), caseFile->answers(), {}, caseFile->assessment());
    const QString html = HtmlReportWriter::render(summary);
    int met = 0;
    for (const ProfileResult& profile : caseFile->assessment().profiles) {
        for (const ElementResult& element : profile.elements) {
            const Element* model = caseFile->checklist().element(element.elementId);
            ASSERT_NE(model, nullptr);
            const QString advice = model->advice.text(QStringLiteral("en")).toHtmlEscaped();
            if (advice.isEmpty())
                continue;
            if (element.status == Status::Met) {
                ++met;
                EXPECT_TRUE(html.contains(QStringLiteral("<b>What to do:</b> ") + advice)) << element.elementId.toStdString();
            } else {
                EXPECT_FALSE(html.contains(advice)) << element.elementId.toStdString();
            }
        }
    }
    EXPECT_GT(met, 0);
    // A planning checklist states what its result is; it is not a screening of the person.
    EXPECT_TRUE(html.contains(QStringLiteral("This is a planning aid, not an assessment of the person")));
    EXPECT_FALSE(html.contains(QStringLiteral("This is a screening result, not an identification")));
}

} // namespace
} // namespace lantern::test
