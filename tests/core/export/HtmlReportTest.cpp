// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"

#include "export/HtmlReportWriter.h"

namespace lantern::test {
namespace {

using HtmlReportTest = ExportFixture;

TEST_F(HtmlReportTest, CarriesTheFactsAReaderNeeds)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const QString html = HtmlReportWriter::render(report());

    EXPECT_TRUE(html.contains(QStringLiteral("Case summary 2026-0007")));
    EXPECT_TRUE(html.contains(QStringLiteral("ilo-identification 1.0.0")));
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

} // namespace
} // namespace lantern::test
