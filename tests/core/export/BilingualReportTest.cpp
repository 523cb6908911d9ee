// SPDX-License-Identifier: GPL-3.0-or-later
// A case summary in two languages: every checklist text in both, fallbacks marked, right-to-left
// text marked as such, and the JSON export with the second-language texts beside the others.
#include "ExportFixture.h"

#include "TestData.h"
#include "checklist/ChecklistLoader.h"
#include "export/CaseJsonExport.h"
#include "export/HtmlReportWriter.h"
#include "export/PdfReportWriter.h"
#include "export/SummaryExport.h"
#include "util/Catalogue.h"

#include <functional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lantern::test {
namespace {

const QString kRelation = QStringLiteral("rec_recruiter_relation"); // a single choice, answered "agency"

class BilingualReportTest : public ExportFixture
{
protected:
    ReportOptions bilingual(const QString& first, const QString& second) const
    {
        ReportOptions options;
        options.language = first;
        options.secondLanguage = second;
        return options;
    }

    const Question& question(const QString& id) const
    {
        const Question* found = m_case->checklist().question(id);
        EXPECT_NE(found, nullptr) << id.toStdString();
        return *found;
    }

    /// The label of `optionId` of `questionId` in `language`; fails when the checklist lacks it.
    QString label(const QString& questionId, const QString& optionId, const QString& language) const
    {
        for (const Option& option : question(questionId).options) {
            if (option.id == optionId) {
                EXPECT_TRUE(option.label.has(language)) << optionId.toStdString() << " in " << language.toStdString();
                return option.label.text(language);
            }
        }
        ADD_FAILURE() << "no option " << optionId.toStdString();
        return {};
    }

    QString questionText(const QString& id, const QString& language) const
    {
        EXPECT_TRUE(question(id).text.has(language)) << id.toStdString() << " in " << language.toStdString();
        return question(id).text.text(language);
    }

    static const ReportAnswer* findAnswer(const CaseReport& report, const QString& questionId)
    {
        for (const ReportSection& section : report.sections) {
            for (const ReportAnswer& answer : section.answers) {
                if (answer.questionId == questionId)
                    return &answer;
            }
        }
        return nullptr;
    }

    /// A second case, on the small test checklist whose Thai texts are mostly missing.
    CaseFile minimalCase()
    {
        const ChecklistLoad load = ChecklistLoader::loadFile(dataPath(QStringLiteral("checklists/minimal.json")));
        EXPECT_TRUE(load.checklist.has_value());
        auto created = CaseFile::create(*m_store, *load.checklist, QStringLiteral("2026-0008"));
        EXPECT_TRUE(created.ok()) << created.errorMessage().toStdString();
        CaseFile file = std::move(created.value());
        EXPECT_TRUE(file.setAnswer(QStringLiteral("deceived"), Answer { AnswerState::Answered, true, {} }).ok());
        EXPECT_TRUE(file.setAnswer(QStringLiteral("work_type"),
                            Answer { AnswerState::Answered, QJsonArray { QStringLiteral("labour") }, {} })
                        .ok());
        return file;
    }

    static CaseReport reportOf(const CaseFile& file, const ReportOptions& options)
    {
        return CaseReportBuilder(file.checklist(), options).build(file.info(), file.answers(), {}, file.assessment());
    }
};

TEST_F(BilingualReportTest, ThaiAndEnglishSummaryShowsBothTextsOfAQuestionAndItsOption)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const CaseReport built = report(bilingual(QStringLiteral("th"), QStringLiteral("en")));
    EXPECT_EQ(built.language, QStringLiteral("th"));
    EXPECT_EQ(built.secondLanguage, QStringLiteral("en"));
    EXPECT_FALSE(built.languageReviewed) << "the Thai texts are a draft";
    EXPECT_TRUE(built.secondLanguageReviewed) << "English is the checklist's own language";

    const ReportAnswer* relation = findAnswer(built, kRelation);
    ASSERT_NE(relation, nullptr);
    EXPECT_EQ(relation->question, questionText(kRelation, QStringLiteral("th")));
    EXPECT_EQ(relation->secondQuestion.text, questionText(kRelation, QStringLiteral("en")));
    EXPECT_EQ(relation->value, label(kRelation, QStringLiteral("agency"), QStringLiteral("th")));
    EXPECT_EQ(relation->secondValue.text, label(kRelation, QStringLiteral("agency"), QStringLiteral("en")));
    EXPECT_FALSE(relation->secondQuestion.fallback);
    EXPECT_TRUE(relation->questionFallback.isEmpty());

    const QString html = HtmlReportWriter::render(built);
    for (const QString& text : { questionText(kRelation, QStringLiteral("th")), questionText(kRelation, QStringLiteral("en")),
             label(kRelation, QStringLiteral("agency"), QStringLiteral("th")),
             label(kRelation, QStringLiteral("agency"), QStringLiteral("en")) })
        EXPECT_TRUE(html.contains(text.toHtmlEscaped())) << text.toStdString();
    // The English line is its own element, marked as English, under the Thai one.
    EXPECT_TRUE(html.contains(QStringLiteral("<div class=\"second\" lang=\"en\">")
        + questionText(kRelation, QStringLiteral("en")).toHtmlEscaped() + QStringLiteral("</div>")));
    // The header names both languages and says the Thai one is an unreviewed draft.
    // (in the summary's own words, Thai; the languages named so that any reader can find them).
    EXPECT_TRUE(html.contains(Catalogue(QStringLiteral("th"))
                                  .translate("lantern::HtmlReportWriter", "%1, an unreviewed draft translation")
                                  .arg(QStringLiteral("ไทย (th)"))
                                  .toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("English (en)")));
    // Section, element and outcome titles come in both languages too.
    ASSERT_FALSE(built.sections.isEmpty());
    EXPECT_FALSE(built.sections.first().secondTitle.isEmpty());
    EXPECT_NE(built.sections.first().title, built.sections.first().secondTitle.text);
    EXPECT_FALSE(built.secondOutcome.isEmpty());
    EXPECT_TRUE(html.contains(built.secondOutcome.text.toHtmlEscaped()));
}

TEST_F(BilingualReportTest, AOneLanguageSummaryHasNoSecondLines)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const CaseReport same = report(bilingual(QStringLiteral("en"), QStringLiteral("en")));
    EXPECT_TRUE(same.secondLanguage.isEmpty()) << "the same language twice is one language";
    const QString html = HtmlReportWriter::render(same);
    EXPECT_FALSE(html.contains(QStringLiteral("class=\"second\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("two languages")));
    EXPECT_FALSE(html.contains(QStringLiteral("not translated")));
}

TEST_F(BilingualReportTest, TextsMissingInARequestedLanguageAreMarkedAsFallbacks)
{
    const CaseFile minimal = minimalCase();
    // Thai first: the checklist's title is in Thai, its questions and section titles are not.
    const CaseReport thaiFirst = reportOf(minimal, bilingual(QStringLiteral("th"), QStringLiteral("en")));
    EXPECT_EQ(thaiFirst.checklistTitle, QStringLiteral("รายการตรวจสอบทดสอบ"));
    EXPECT_TRUE(thaiFirst.checklistTitleFallback.isEmpty());
    const ReportAnswer* deceived = findAnswer(thaiFirst, QStringLiteral("deceived"));
    ASSERT_NE(deceived, nullptr);
    EXPECT_EQ(deceived->question, QStringLiteral("Was the job different from what you were promised?"));
    EXPECT_EQ(deceived->questionFallback, QStringLiteral("en"));
    EXPECT_GT(thaiFirst.untranslatedTexts, 0);
    const QString html = HtmlReportWriter::render(thaiFirst);
    // The mark and its legend are words of the summary: Thai.
    const Catalogue thai(QStringLiteral("th"));
    EXPECT_TRUE(html.contains(QStringLiteral("Was the job different from what you were promised? <span class=\"fallback\">")
        + thai.translate("lantern::HtmlReportWriter", "[not translated — %1]").arg(QStringLiteral("English (en)")).toHtmlEscaped()
        + QStringLiteral("</span>")));
    const QString legend = thai.translate("lantern::HtmlReportWriter",
        "%1 marks a text the checklist does not have in that language; its text in the language named is shown instead "
        "(\"%2\": the line above is all there is).");
    EXPECT_NE(legend.left(10), QStringLiteral("%1 marks a")) << "no Thai legend in the catalogue";
    EXPECT_TRUE(html.contains(longestFixedPiece(legend).toHtmlEscaped())) << "the legend explains the mark";

    // Thai second: every missing Thai line is the English text, marked.
    const CaseReport thaiSecond = reportOf(minimal, bilingual(QStringLiteral("en"), QStringLiteral("th")));
    const ReportAnswer* workType = findAnswer(thaiSecond, QStringLiteral("work_type"));
    ASSERT_NE(workType, nullptr);
    EXPECT_TRUE(workType->secondQuestion.fallback);
    EXPECT_EQ(workType->secondQuestion.language, QStringLiteral("en"));
    EXPECT_EQ(workType->secondValue.text, QStringLiteral("Labour"));
    EXPECT_TRUE(workType->secondValue.fallback) << "the option label has no Thai either";
    EXPECT_EQ(thaiSecond.secondChecklistTitle.text, QStringLiteral("รายการตรวจสอบทดสอบ"));
    EXPECT_FALSE(thaiSecond.secondChecklistTitle.fallback);
    // The English line is not repeated, but the missing Thai line is said, not left out.
    const QString html2 = HtmlReportWriter::render(thaiSecond);
    EXPECT_TRUE(html2.contains(QStringLiteral("<td>What kind of work?<div class=\"second\"><span class=\"fallback\">"
                                              "[not translated into Thai (th)]</span></div></td>")));
    EXPECT_TRUE(html2.contains(QStringLiteral("<div class=\"second\" lang=\"th\">รายการตรวจสอบทดสอบ</div>")));
}

TEST_F(BilingualReportTest, DhivehiLinesAreRightToLeft)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const QString html = HtmlReportWriter::render(report(bilingual(QStringLiteral("en"), QStringLiteral("dv"))));
    EXPECT_TRUE(html.contains(QStringLiteral("<div class=\"second\" lang=\"dv\" dir=\"rtl\">")
        + questionText(kRelation, QStringLiteral("dv")).toHtmlEscaped() + QStringLiteral("</div>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Dhivehi (dv), an unreviewed draft translation"))
        || html.contains(QStringLiteral("Divehi (dv), an unreviewed draft translation")));
    // English lines stay left to right.
    EXPECT_FALSE(html.contains(QStringLiteral("lang=\"en\" dir=\"rtl\"")));
}

TEST_F(BilingualReportTest, PdfCarriesTextInBothLanguages)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const CaseReport built = report(bilingual(QStringLiteral("th"), QStringLiteral("en")));
    const QString pdf = path(QStringLiteral("bilingual.pdf"));
    ASSERT_TRUE(PdfReportWriter::write(built, pdf).ok());
    const QString text = pdfText(pdf);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext read nothing";
    EXPECT_TRUE(text.contains(questionText(kRelation, QStringLiteral("en"))));
    EXPECT_TRUE(text.contains(label(kRelation, QStringLiteral("agency"), QStringLiteral("en")).split(u' ').last()));
    // Section titles are full-width headings, so poppler reads them back whole (a table cell's
    // Thai is interleaved with the next column's). Thai has no spaces between words.
    int thaiTitles = 0;
    const QString compact = QString(text).remove(u' ');
    for (const ReportSection& section : built.sections) {
        ASSERT_TRUE(section.titleFallback.isEmpty());
        thaiTitles += compact.contains(QString(section.title).remove(u' ')) ? 1 : 0;
        EXPECT_TRUE(text.contains(section.secondTitle.text)) << section.secondTitle.text.toStdString();
    }
    // Poppler reads some Thai marks back out of order or not at all ("เป็น" as "เปน"), so not every
    // title compares equal; most do, and none could if the Thai were missing or drawn as boxes.
    EXPECT_GE(thaiTitles, built.sections.size() / 2) << thaiTitles << " of " << built.sections.size();
    EXPECT_TRUE(text.contains(QStringLiteral("English (en)"))) << "the header names the languages";
}

TEST_F(BilingualReportTest, JsonAddsSecondLanguageFieldsAndKeepsTheOthers)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    CaseRecordSet records { m_case->info(), m_case->answers(), m_store->sessions(m_case->info().id).value(),
        m_store->audit(m_case->info().id).value() };
    const QDateTime at(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC);
    const QString th = QStringLiteral("th");
    const QJsonObject plain = caseToJson(records, m_case->checklist(), m_case->assessment(), th, true, at);
    const QJsonObject both = caseToJson(records, m_case->checklist(), m_case->assessment(), th, true, at, QStringLiteral("en"));

    // It is JSON a reader parses back.
    const QJsonDocument parsed = QJsonDocument::fromJson(QJsonDocument(both).toJson());
    ASSERT_TRUE(parsed.isObject());
    EXPECT_EQ(parsed.object().value(QStringLiteral("second_language")).toString(), QStringLiteral("en"));
    EXPECT_TRUE(parsed.object().value(QStringLiteral("second_language_reviewed")).toBool());

    QJsonObject relation;
    for (const QJsonValue& answer : both.value(QStringLiteral("answers")).toArray()) {
        if (answer.toObject().value(QStringLiteral("question")).toString() == kRelation)
            relation = answer.toObject();
    }
    EXPECT_EQ(relation.value(QStringLiteral("question_text_second")).toString(), questionText(kRelation, QStringLiteral("en")));
    EXPECT_EQ(relation.value(QStringLiteral("value_second")).toString(), label(kRelation, QStringLiteral("agency"), QStringLiteral("en")));
    EXPECT_EQ(relation.value(QStringLiteral("value")).toString(), QStringLiteral("agency")) << "the id stays as it was";

    const QJsonObject assessment = both.value(QStringLiteral("assessment")).toObject();
    const QJsonObject firstProfile = assessment.value(QStringLiteral("profiles")).toArray().first().toObject();
    EXPECT_EQ(firstProfile.value(QStringLiteral("title_second")).toString(),
        m_case->checklist().profile(firstProfile.value(QStringLiteral("id")).toString())->title.text(QStringLiteral("en")));
    EXPECT_FALSE(assessment.value(QStringLiteral("overall")).toObject().value(QStringLiteral("title_second")).toString().isEmpty());

    // Without the added fields, the bilingual export is the one-language export, field for field.
    std::function<QJsonValue(const QJsonValue&)> strip = [&strip](const QJsonValue& value) -> QJsonValue {
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue& item : value.toArray())
                out.append(strip(item));
            return out;
        }
        if (!value.isObject())
            return value;
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.key().endsWith(QStringLiteral("_second")) && !it.key().endsWith(QStringLiteral("_second_fallback"))
                && !it.key().startsWith(QStringLiteral("second_language")))
                out.insert(it.key(), strip(it.value()));
        }
        return out;
    };
    EXPECT_EQ(strip(both), QJsonValue(plain));
    EXPECT_NE(QJsonValue(both), QJsonValue(plain));
}

TEST_F(BilingualReportTest, SessionsShowTheInterviewAndInterfaceLanguages)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour")); // an old-style session: Thai only
    auto session = m_store->startSession(m_case->info().id, false, QStringLiteral("dv"), QStringLiteral("en"));
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE(m_store->endSession(session->id).ok());
    const QString html = HtmlReportWriter::render(report());
    EXPECT_TRUE(html.contains(QStringLiteral("<td>no</td><td>dv; caseworker's interface: en</td>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>yes</td><td>th</td>"))) << "no interface language: the interview's only";
}

TEST_F(BilingualReportTest, ALanguageTheChecklistDoesNotHaveIsRefused)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    SummaryRequest request;
    request.kind = SummaryKind::Html;
    request.language = QStringLiteral("th");
    request.secondLanguage = QStringLiteral("xx");
    request.path = path(QStringLiteral("refused.html"));
    const auto exported = exportSummary(*m_store, *m_case, request);
    ASSERT_FALSE(exported.ok());
    EXPECT_TRUE(exported.errorMessage().contains(QStringLiteral("no texts in \"xx\""))) << exported.errorMessage().toStdString();
    EXPECT_TRUE(exported.errorMessage().contains(QStringLiteral("dv"))) << "it names the languages there are";
    EXPECT_FALSE(QFile::exists(request.path));

    request.secondLanguage = QStringLiteral("dv");
    ASSERT_TRUE(exportSummary(*m_store, *m_case, request).ok());
    EXPECT_TRUE(QFile::exists(request.path));
}

} // namespace
} // namespace lantern::test
