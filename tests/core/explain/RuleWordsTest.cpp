// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/RuleWords.h"

#include "explain/ChecklistWords.h"
#include "ExplainTestSupport.h"

using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

namespace {

class HarbourRules : public ::testing::Test
{
protected:
    QString answers(const char* rule) const
    {
        return RuleWords(m_checklist, ExplainLanguage::of(m_checklist), RuleSubject::Answers)
            .describe(json(rule));
    }
    QString elements(const char* rule) const
    {
        return RuleWords(m_checklist, ExplainLanguage::of(m_checklist), RuleSubject::Elements)
            .describe(json(rule));
    }

    Checklist m_checklist = checklistFromJson(kHarbourChecklist);
};

const Outcome& outcomeOf(const Checklist& checklist, const char* profile, const char* outcome)
{
    static const Outcome none;
    const Profile* model = checklist.profile(QString::fromUtf8(profile));
    if (model) {
        for (const Outcome& candidate : model->outcomes) {
            if (candidate.id == QString::fromUtf8(outcome))
                return candidate;
        }
    }
    ADD_FAILURE() << "no outcome " << outcome;
    return none;
}

} // namespace

TEST(RuleWordsTest, IdentificationOutcomeRuleNamesElements)
{
    const Checklist checklist = identification();
    const ChecklistWords words(checklist);
    EXPECT_EQ(words.outcomeRuleText(outcomeOf(checklist, "adult_labour", "refer_for_identification")),
        QStringLiteral(
            "Reached when Deceptive recruitment or Coercive recruitment or Recruitment by abuse of "
            "vulnerability, and Exploitative conditions, and Coercion at destination or Abuse of "
            "vulnerability at destination"));
    EXPECT_EQ(words.outcomeRuleText(outcomeOf(checklist, "child_sexual", "refer_for_identification")),
        QStringLiteral(
            "Reached when Deceptive recruitment or Coercive recruitment or Recruitment by abuse of "
            "vulnerability, and Exploitative conditions"));
    EXPECT_EQ(words.outcomeRuleText(outcomeOf(checklist, "adult_labour", "exploitation_only")),
        QStringLiteral("Reached when Exploitative conditions"));
    EXPECT_EQ(words.outcomeRuleText(outcomeOf(checklist, "adult_labour", "no_pattern")),
        QStringLiteral("Reached in every other case"));
}

TEST(RuleWordsTest, IdentificationAppliesAndRelevanceUseQuestionsAndOptions)
{
    const Checklist checklist = identification();
    const ChecklistWords words(checklist);
    const QString adult = words.appliesText(*checklist.profile(QStringLiteral("adult_labour")));
    EXPECT_TRUE(adult.startsWith(QStringLiteral("Applies when \u201CHow old were you when this work "
                                                "began?\u201D is at least 18 and \u201CWhat kind of work "
                                                "or activity was it?\u201D includes any of \u2018Work in a "
                                                "factory, farm, fishing boat, building site or "
                                                "similar\u2019, \u2018Domestic work in a household\u2019, "
                                                "\u2018A marriage they did not freely choose\u2019")))
        << adult.toStdString();
    EXPECT_EQ(words.appliesText(*checklist.profile(QStringLiteral("child_sexual"))),
        QStringLiteral(
            "Applies when \u201CHow old were you when this work began?\u201D is less than 18 and \u201CWhat "
            "kind of work or activity was it?\u201D includes \u2018Sexual activity, including sex work or "
            "pornography\u2019"));
    EXPECT_EQ(words.relevanceText(checklist.question(QStringLiteral("work_paid_less"))->relevant),
        QStringLiteral("Asked only when \u201CWere you promised a certain amount of pay?\u201D is yes"));
    EXPECT_EQ(words.relevanceText(checklist.question(QStringLiteral("consent_given"))->relevant),
        QStringLiteral("Always asked"));
}

TEST(RuleWordsTest, TriggersInWords)
{
    const Checklist checklist = identification();
    const ChecklistWords words(checklist);
    QHash<QString, const Indicator*> byId;
    for (const Indicator& indicator : checklist.indicators)
        byId.insert(indicator.id, &indicator);
    EXPECT_EQ(words.triggerText(*byId.value(QStringLiteral("dr_pay"))),
        QStringLiteral("\u201CWas your pay less than you were promised?\u201D is answered yes"));
    EXPECT_EQ(words.triggerText(*byId.value(QStringLiteral("rv_partner_recruiter"))),
        QStringLiteral("\u201CWho first offered you this work, or arranged it?\u201D is \u2018A boyfriend, "
                       "girlfriend, spouse or partner\u2019"));
    const QString rule = words.triggerText(*byId.value(QStringLiteral("dr_job_or_place")));
    EXPECT_TRUE(rule.contains(QStringLiteral("\u201D is yes or \u201C"))) << rule.toStdString();
}

TEST(RuleWordsTest, ThaiTitlesWithEnglishFallback)
{
    Checklist checklist = identification();
    // Every bundled text has Thai now; take it away from one question to see the fallback.
    for (Section& section : checklist.sections) {
        for (Question& question : section.questions) {
            if (question.id == QLatin1String("age_at_exploitation"))
                question.text = LocalText(QMap<QString, QString>{{QStringLiteral("en"), question.text.text(QStringLiteral("en"))}});
        }
    }
    const ChecklistWords thai(checklist, QStringLiteral("th"));
    const QString outcome
        = thai.outcomeRuleText(outcomeOf(checklist, "adult_labour", "deception_and_exploitation"));
    EXPECT_TRUE(outcome.contains(QStringLiteral("การจัดหาโดยการหลอกลวง"))) << outcome.toStdString();
    EXPECT_FALSE(outcome.contains(QStringLiteral("Deceptive recruitment")));
    // That question has no Thai text: English is used rather than nothing.
    const QString applies = thai.appliesText(*checklist.profile(QStringLiteral("adult_sexual")));
    EXPECT_TRUE(applies.contains(QStringLiteral("How old were you when this work began?")))
        << applies.toStdString();
}

TEST_F(HarbourRules, Comparisons)
{
    EXPECT_EQ(answers(R"({"<": [12, {"var": "age"}, 18]})"),
        QStringLiteral("\u201CHow old are you?\u201D is more than 12 and less than 18"));
    EXPECT_EQ(answers(R"({"<=": [12, {"var": "age"}, 18]})"),
        QStringLiteral("\u201CHow old are you?\u201D is from 12 to 18"));
    EXPECT_EQ(answers(R"({">": [18, {"var": "age"}]})"),
        QStringLiteral("\u201CHow old are you?\u201D is less than 18"));
    EXPECT_EQ(answers(R"({"==": [{"var": "unpaid"}, false]})"),
        QStringLiteral("\u201CWere you left unpaid?\u201D is no"));
    EXPECT_EQ(answers(R"({"===": [true, {"var": "unpaid"}]})"),
        QStringLiteral("\u201CWere you left unpaid?\u201D is yes"));
    EXPECT_EQ(answers(R"({"!=": [{"var": "role"}, "cook"]})"),
        QStringLiteral("\u201CWhat was your job?\u201D is not \u2018Cook\u2019"));
    EXPECT_EQ(answers(R"({">": [{"var": ["hours", 0]}, 10]})"),
        QStringLiteral("\u201CHours per day?\u201D (or 0 when unanswered) is more than 10"));
    EXPECT_EQ(answers(R"({">": [{"+": [{"var": "hours"}, 2]}, 12]})"),
        QStringLiteral("(\u201CHours per day?\u201D + 2) is more than 12"));
}

TEST_F(HarbourRules, MembershipMissingAndTruth)
{
    EXPECT_EQ(answers(R"({"in": [{"var": "role"}, ["cook", "deckhand"]]})"),
        QStringLiteral("\u201CWhat was your job?\u201D is one of \u2018Cook\u2019, \u2018Deckhand\u2019"));
    EXPECT_EQ(answers(R"({"in": ["trawler", {"var": "kinds"}]})"),
        QStringLiteral("\u201CWhich boats?\u201D includes \u2018Trawler\u2019"));
    EXPECT_EQ(answers(R"({"in": ["net", {"var": "remarks"}]})"),
        QStringLiteral("\u201CAnything else?\u201D contains \u201Cnet\u201D"));
    EXPECT_EQ(answers(R"({"!": {"var": "unpaid"}})"),
        QStringLiteral("\u201CWere you left unpaid?\u201D is not yes"));
    EXPECT_EQ(answers(R"({"!!": {"var": "kinds"}})"),
        QStringLiteral("\u201CWhich boats?\u201D has an option chosen"));
    EXPECT_EQ(answers(R"({"missing": "age"})"), QStringLiteral("\u201CHow old are you?\u201D is unanswered"));
    EXPECT_EQ(answers(R"({"missing": ["age", "role"]})"),
        QStringLiteral("any of \u201CHow old are you?\u201D, \u201CWhat was your job?\u201D is unanswered"));
    EXPECT_EQ(answers(R"({"missing_some": [1, ["age", "role"]]})"),
        QStringLiteral(
            "fewer than 1 of \u201CHow old are you?\u201D, \u201CWhat was your job?\u201D are answered"));
    EXPECT_EQ(answers(R"({"var": "ghost"})"), QStringLiteral("\u201Cghost\u201D is answered"));
    EXPECT_EQ(answers("true"), QStringLiteral("always"));
    EXPECT_EQ(answers("false"), QStringLiteral("never"));
    EXPECT_EQ(answers(R"({"if": [{"var": "unpaid"}, true, false]})"),
        QStringLiteral("(if \u201CWere you left unpaid?\u201D is yes, then always; otherwise never)"));
}

TEST_F(HarbourRules, GroupingReadsUnambiguously)
{
    EXPECT_EQ(elements(R"({"or": [{"and": [{"var": "pay"}, {"var": "force"}]}, {"var": "mixed"}]})"),
        QStringLiteral("Pay withheld and Force; or Mixed"));
    EXPECT_EQ(elements(R"({"and": [{"var": "pay"}, {"and": [{"var": "force"}, {"var": "mixed"}]}]})"),
        QStringLiteral("Pay withheld and Force and Mixed"));
    EXPECT_EQ(
        elements(
            R"({"and": [{"or": [{"and": [{"var": "pay"}, {"var": "force"}]}, {"var": "mixed"}]}, {"var": "pay"}]})"),
        QStringLiteral("(Pay withheld and Force; or Mixed) and Pay withheld"));
    EXPECT_EQ(elements(R"({"!": {"or": [{"var": "pay"}, {"var": "force"}]}})"),
        QStringLiteral("not (Pay withheld or Force)"));
    EXPECT_EQ(elements(R"({"!": {"var": "force"}})"), QStringLiteral("Force is not met"));
    EXPECT_EQ(elements(R"({"==": [{"var": "force"}, false]})"), QStringLiteral("Force is not met"));
}

TEST_F(HarbourRules, StatusesAndSensitiveQuestions)
{
    RuleWords marked(m_checklist, ExplainLanguage::of(m_checklist), RuleSubject::Elements);
    marked.setStatuses(
        { { QStringLiteral("pay"), Status::Met }, { QStringLiteral("force"), Status::Undetermined } });
    EXPECT_EQ(marked.describe(json(R"({"and": [{"var": "pay"}, {"var": "force"}]})")),
        QStringLiteral("Pay withheld (met) and Force (undetermined)"));

    RuleWords hidden(m_checklist, ExplainLanguage::of(m_checklist), RuleSubject::Answers);
    EXPECT_EQ(hidden.describe(json(R"({"var": "hurt"})")),
        QStringLiteral("\u201CDid someone hurt you?\u201D is yes"));
    hidden.setHideSensitive(true);
    EXPECT_EQ(hidden.describe(json(R"({"var": "hurt"})")), QStringLiteral("a sensitive question is yes"));
}
