// SPDX-License-Identifier: GPL-3.0-or-later
// Rules come from user files: whatever they hold, putting them into words must not crash, hang
// or grow without bound, and what cannot be put into words is shown as compact JSON.
#include "explain/OutcomeReasons.h"
#include "explain/RuleWords.h"
#include "ExplainTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

namespace {

struct FallbackCase
{
    const char* rule;
    const char* words;
};

class UnreadableRuleTest : public ::testing::TestWithParam<FallbackCase>
{
};

QJsonValue nested(const QString& op, int depth, const QJsonValue& leaf)
{
    QJsonValue value = leaf;
    for (int i = 0; i < depth; ++i)
        value = QJsonObject { { op, QJsonArray { value } } };
    return value;
}

QString describeElements(const Checklist& checklist, const QJsonValue& rule)
{
    return RuleWords(checklist, ExplainLanguage::of(checklist), RuleSubject::Elements).describe(rule);
}

} // namespace

TEST_P(UnreadableRuleTest, ShownAsCompactJson)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    const QJsonValue rule = json(GetParam().rule);
    ASSERT_FALSE(rule.isUndefined()) << GetParam().rule;
    EXPECT_EQ(RuleWords(checklist, ExplainLanguage::of(checklist), RuleSubject::Answers).describe(rule),
        QString::fromUtf8(GetParam().words));
}

INSTANTIATE_TEST_SUITE_P(Table, UnreadableRuleTest,
    ::testing::Values(FallbackCase { R"({"frobnicate": [1, 2]})", R"({"frobnicate":[1,2]})" },
        FallbackCase { R"({">=": [{"var": "age"}]})", R"({">=":[{"var":"age"}]})" },
        FallbackCase { R"({">": [1, 2, 3]})", R"({">":[1,2,3]})" },
        FallbackCase { R"({"!": [true, false]})", R"({"!":[true,false]})" },
        FallbackCase { R"({"and": []})", R"({"and":[]})" },
        FallbackCase { R"({"in": ["a"]})", R"({"in":["a"]})" },
        FallbackCase { R"({"missing": [1]})", R"({"missing":[1]})" },
        FallbackCase { R"({"missing_some": ["x", ["age"]]})", R"({"missing_some":["x",["age"]]})" },
        FallbackCase { R"({"var": ["age", 1, 2]})", R"({"var":["age",1,2]})" },
        FallbackCase { R"({"if": [true, false]})", R"({"if":[true,false]})" },
        FallbackCase { R"({"a": 1, "b": 2})", R"({"a":1,"b":2})" }, FallbackCase { R"({})", R"({})" },
        FallbackCase { R"([1, "two", null])", R"([1,"two",null])" },
        FallbackCase { R"("text")", R"("text")" },
        FallbackCase { R"({"op\"x": "a\nb"})", R"({"op\"x":"a\u000ab"})" },
        FallbackCase { R"({"and": [{"var": "unpaid"}, {"zzz": 1}]})",
            "\u201CWere you left unpaid?\u201D is yes and {\"zzz\":1}" }));

TEST(HostileRuleTest, DeepNestingIsCutNotFollowed)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    for (const QString& op : { QStringLiteral("!"), QStringLiteral("and"), QStringLiteral("or"),
             QStringLiteral("!!"), QStringLiteral("unknown"), QStringLiteral("in") }) {
        const QJsonValue rule
            = nested(op, 20000, QJsonObject { { QStringLiteral("var"), QStringLiteral("pay") } });
        const QString words = describeElements(checklist, rule);
        EXPECT_FALSE(words.isEmpty()) << op.toStdString();
        EXPECT_LE(words.size(), RuleWords::kMaxLength) << op.toStdString();
        EXPECT_TRUE(words.contains(QChar(0x2026)))
            << op.toStdString() << ": " << words.left(200).toStdString();
        const QString reason
            = outcomeReason(checklist, ExplainLanguage::of(checklist), rule, {}, Status::NotMet);
        EXPECT_TRUE(reason.startsWith(QStringLiteral("Not reached"))) << reason.toStdString();
    }
    // Nested data (arrays in arrays) inside an unknown operator is shown only so deep.
    QJsonValue data = QJsonArray { 1 };
    for (int i = 0; i < 20000; ++i)
        data = QJsonArray { data };
    const QString words = describeElements(checklist, QJsonObject { { QStringLiteral("zzz"), data } });
    EXPECT_LE(words.size(), 200);
    EXPECT_TRUE(words.startsWith(QStringLiteral("{\"zzz\":[[[[")));
}

TEST(HostileRuleTest, WideAndLongRulesAreCut)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    QJsonArray many;
    for (int i = 0; i < 100000; ++i)
        many.append(QJsonObject { { QStringLiteral("var"), QStringLiteral("pay") } });
    const QString wide = describeElements(checklist, QJsonObject { { QStringLiteral("or"), many } });
    EXPECT_LE(wide.size(), RuleWords::kMaxLength);
    EXPECT_TRUE(wide.startsWith(QStringLiteral("Pay withheld or Pay withheld or ")));
    EXPECT_TRUE(wide.endsWith(QChar(0x2026)));

    const QString huge(1'000'000, QLatin1Char('x'));
    const QJsonValue longText = QJsonObject { { QStringLiteral("=="),
        QJsonArray { QJsonObject { { QStringLiteral("var"), QStringLiteral("remarks") } }, huge } } };
    EXPECT_LE(
        RuleWords(checklist, ExplainLanguage::of(checklist), RuleSubject::Answers).describe(longText).size(),
        RuleWords::kMaxLength);
    EXPECT_LE(compactJson(QJsonObject { { huge, huge } }, 50).size(), 50);
}

TEST(HostileRuleTest, PercentSignsInNamesStayAsWritten)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    EXPECT_EQ(describeElements(checklist, json(R"({"and": [{"var": "%1"}, {"var": "%2 %3"}]})")),
        QStringLiteral("\u201C%1\u201D and \u201C%2 %3\u201D"));
}
