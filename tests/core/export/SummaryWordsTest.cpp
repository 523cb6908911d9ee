// SPDX-License-Identifier: GPL-3.0-or-later
// A case summary's own words (headings, yes/no, answer states, statuses, the PDF footer) are in
// the summary's first language, from Lantern's catalogue for it, whatever the interface shows.
#include "ExportFixture.h"

#include "MarkingTranslator.h"
#include "export/HtmlReportWriter.h"
#include "export/PdfReportWriter.h"
#include "util/Catalogue.h"

namespace lantern::test {
namespace {

const QString kThai = QStringLiteral("th");

class SummaryWordsTest : public ExportFixture
{
protected:
    void SetUp() override
    {
        ExportFixture::SetUp();
        answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    }

    static ReportOptions inLanguage(const QString& language)
    {
        ReportOptions options;
        options.language = language;
        return options;
    }

    /// A summary word in Thai; fails when the Thai catalogue lacks it (then the test below could
    /// not tell a Thai word from the English one).
    static QString thai(const char* context, const char* source)
    {
        const QString word = Catalogue(kThai).translate(context, source);
        EXPECT_NE(word, QString::fromUtf8(source)) << "no Thai for " << source;
        return word;
    }

    /// The first yes/no answer of the summary.
    static const ReportAnswer* firstBooleanAnswer(const CaseReport& report, const QStringList& words)
    {
        for (const ReportSection& section : report.sections) {
            for (const ReportAnswer& answer : section.answers) {
                if (words.contains(answer.value))
                    return &answer;
            }
        }
        return nullptr;
    }
};

TEST_F(SummaryWordsTest, AThaiSummaryHasThaiHeadingsAndLabels)
{
    const QString html = HtmlReportWriter::render(report(inLanguage(kThai)));
    for (const char* heading : { "Question", "Answer", "Source", "Started", "Interpreter" }) {
        const QString header = QStringLiteral("<th align=\"left\">") + thai("lantern::HtmlReportWriter", heading).toHtmlEscaped();
        const QString wide = QStringLiteral("<th align=\"left\" width=\"40%\">") + thai("lantern::HtmlReportWriter", heading).toHtmlEscaped();
        EXPECT_TRUE(html.contains(header) || html.contains(wide)) << heading;
        EXPECT_FALSE(html.contains(QStringLiteral(">%1</th>").arg(QString::fromUtf8(heading)))) << heading << " in English";
    }
    for (const char* section : { "Interview sessions", "Answers by section", "How the result was reached" })
        EXPECT_TRUE(html.contains(QStringLiteral("<h2>") + thai("lantern::HtmlReportWriter", section).toHtmlEscaped())) << section;
    EXPECT_TRUE(html.contains(thai("lantern::HtmlReportWriter", "Case summary %1").arg(m_case->info().code).toHtmlEscaped()));
    EXPECT_FALSE(html.contains(QStringLiteral("Case summary"))) << "the title is Thai too";
}

TEST_F(SummaryWordsTest, AnswersStatusesAndStrengthsAreInTheSummarysLanguage)
{
    const CaseReport built = report(inLanguage(kThai));
    const QString yes = thai("lantern::AnswerText", "yes");
    const QString no = thai("lantern::AnswerText", "no");
    const ReportAnswer* answer = firstBooleanAnswer(built, { yes, no });
    ASSERT_NE(answer, nullptr) << "no yes/no answer shown in Thai";
    EXPECT_EQ(firstBooleanAnswer(built, { QStringLiteral("yes"), QStringLiteral("no") }), nullptr)
        << "an English yes/no in a Thai summary";
    const QStringList sources { thai("lantern::AnswerText", "self-report"), thai("lantern::AnswerText", "observed"),
        thai("lantern::AnswerText", "document"), thai("lantern::AnswerText", "third party") };
    EXPECT_TRUE(sources.contains(answer->source)) << "the source in Thai: " << answer->source.toStdString();

    EXPECT_EQ(built.status, thai("CaseStatus", "Open"));
    const QStringList statuses { thai("lantern::AssessmentText", "met"), thai("lantern::AssessmentText", "not met"),
        thai("lantern::AssessmentText", "undetermined") };
    const QStringList strengths { thai("lantern::AssessmentText", "strong"), thai("lantern::AssessmentText", "medium"),
        thai("lantern::AssessmentText", "weak") };
    int elements = 0;
    for (const ReportProfile& profile : built.profiles) {
        for (const ReportElement& element : profile.elements) {
            ++elements;
            EXPECT_TRUE(statuses.contains(element.status)) << element.status.toStdString();
            for (const ReportIndicator& indicator : element.indicators)
                EXPECT_TRUE(strengths.contains(indicator.strength)) << indicator.strength.toStdString();
        }
    }
    EXPECT_GT(elements, 0);
}

TEST_F(SummaryWordsTest, TheSummarysWordsDoNotFollowTheInterfaceLanguage)
{
    // The caseworker's window in another language (a marking translator stands in for it).
    const ScopedMarkingTranslator interface({ QStringLiteral("lantern::"), QStringLiteral("CaseStatus") });
    ASSERT_TRUE(interface.isInstalled());
    const QString english = HtmlReportWriter::render(report(inLanguage(QStringLiteral("en"))));
    EXPECT_FALSE(english.contains(QStringLiteral("[xx]"))) << "an English summary from a translated window";
    EXPECT_TRUE(english.contains(QStringLiteral("<th align=\"left\" width=\"40%\">Question</th>")));
    EXPECT_TRUE(english.contains(QStringLiteral("<h2>Interview sessions</h2>")));
    const QString thaiPage = HtmlReportWriter::render(report(inLanguage(kThai)));
    EXPECT_FALSE(thaiPage.contains(QStringLiteral("[xx]")));
}

TEST_F(SummaryWordsTest, APdfFooterIsInTheSummarysLanguage)
{
    const CaseReport built = report(inLanguage(QStringLiteral("ja"))); // Japanese: poppler reads it back whole
    const QString pdf = path(QStringLiteral("words.pdf"));
    ASSERT_TRUE(PdfReportWriter::write(built, pdf).ok());
    const QString text = pdfText(pdf);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext read nothing";
    const QString footer = Catalogue(QStringLiteral("ja")).translate("lantern::PdfReportWriter", "Case %1 · exported %2 · page %3 of %4");
    ASSERT_NE(footer, QStringLiteral("Case %1 · exported %2 · page %3 of %4")) << "no Japanese footer in the catalogue";
    // The longest fixed piece of the footer, between its placeholders, is on the page (as
    // pdfText() normalises it: NFKC, so a full-width colon reads back as ':').
    const QString longest = longestFixedPiece(footer).normalized(QString::NormalizationForm_KC);
    ASSERT_FALSE(longest.isEmpty());
    EXPECT_TRUE(text.contains(longest)) << longest.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("page 1 of"))) << "an English footer";
    EXPECT_TRUE(text.contains(m_case->info().code));
}

} // namespace
} // namespace lantern::test
