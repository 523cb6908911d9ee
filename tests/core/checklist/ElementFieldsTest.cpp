// SPDX-License-Identifier: GPL-3.0-or-later
// Two element fields added for checklists that are not about the Palermo definition (the 3P
// planning checklists): `group` may be left out, and `advice` names what to do when the element
// is met. Both are validated with positioned diagnostics like every other field.
#include "checklist/ChecklistLoader.h"

#include <QByteArray>

#include <gtest/gtest.h>

using namespace lantern;

namespace {

/// A small two-language checklist whose one element is `element` (JSON text, without braces).
QByteArray checklistWithElement(const char* element)
{
    QByteArray json = R"({
  "format": "lantern-checklist/1", "id": "element-fields", "version": "1.0.0",
  "title": {"en": "Element fields"}, "languages": ["en", "th"], "default_language": "en",
  "provenance": {"sources": [{"id": "src", "title": "A fictional source"}], "verified": false},
  "sections": [{"id": "s", "title": {"en": "S"}, "questions": [{"id": "q", "type": "yesno", "text": {"en": "Q?"}}]}],
  "elements": [
    {@ELEMENT@}
  ],
  "indicators": [{"id": "i", "title": {"en": "I"}, "element": "need", "when": {"question": "q"}, "strength": {"p": "strong"}}],
  "profiles": [{"id": "p", "title": {"en": "P"}, "outcomes": [
    {"id": "o", "level": 0, "title": {"en": "O"}, "advice": {"en": "A"}, "rule": true}]}]
})";
    return json.replace("@ELEMENT@", element);
}

ChecklistLoad load(const char* element)
{
    return ChecklistLoader::loadBytes(checklistWithElement(element), QStringLiteral("element-fields.json"));
}

std::string describe(const ChecklistLoad& result)
{
    std::string text;
    for (const Diagnostic& diagnostic : result.diagnostics)
        text += diagnostic.toString().toStdString() + "\n";
    return text;
}

} // namespace

TEST(ElementFields, AnElementWithoutAGroupLoads)
{
    const ChecklistLoad result = load(R"("id": "need", "title": {"en": "Need"}, "threshold": {"count": 1})");
    ASSERT_TRUE(result.ok()) << describe(result);
    const Element* need = result.checklist->element(QStringLiteral("need"));
    ASSERT_NE(need, nullptr);
    EXPECT_TRUE(need->group.isEmpty());
    EXPECT_TRUE(need->advice.isEmpty());
}

TEST(ElementFields, AGroupGivenMustStillBeActMeansOrPurpose)
{
    const ChecklistLoad result = load(R"("id": "need", "title": {"en": "Need"}, "group": "stage", "threshold": {"count": 1})");
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.diagnostics.size(), 1) << describe(result);
    const Diagnostic& diagnostic = result.diagnostics.first();
    EXPECT_EQ(diagnostic.pointer, u"/elements/0/group");
    EXPECT_TRUE(diagnostic.message.contains(u"unknown group 'stage'"));
    EXPECT_EQ(diagnostic.line, 7);
    EXPECT_GT(diagnostic.column, 1);
}

TEST(ElementFields, AdviceIsALocaleMapReadInTheRequestedLanguage)
{
    const ChecklistLoad result = load(R"("id": "need", "title": {"en": "Need"}, "threshold": {"count": 1},
     "advice": {"en": "Refer to a safe shelter.", "th": "ส่งต่อไปยังบ้านพักที่ปลอดภัย"})");
    ASSERT_TRUE(result.ok()) << describe(result);
    const Element* need = result.checklist->element(QStringLiteral("need"));
    ASSERT_NE(need, nullptr);
    EXPECT_EQ(need->advice.text(QStringLiteral("en")), u"Refer to a safe shelter.");
    EXPECT_EQ(need->advice.text(QStringLiteral("th")), u"ส่งต่อไปยังบ้านพักที่ปลอดภัย");
}

TEST(ElementFields, BadAdviceIsReportedWhereItIs)
{
    struct Case
    {
        const char* element;
        const char* pointer;
        const char* message;
    };
    const Case cases[] = {
        {R"("id": "need", "title": {"en": "Need"}, "threshold": {"count": 1}, "advice": "Refer to a shelter.")",
         "/elements/0/advice", "must be a locale map"},
        {R"("id": "need", "title": {"en": "Need"}, "threshold": {"count": 1}, "advice": {"th": "ส่งต่อ"})",
         "/elements/0/advice", "lacks the default language 'en'"},
        {R"("id": "need", "title": {"en": "Need"}, "threshold": {"count": 1}, "advice": {"en": "Refer.", "km": "x"})",
         "/elements/0/advice/km", "is not listed"},
        {R"("id": "need", "title": {"en": "Need"}, "threshold": {"count": 1}, "advice": {"en": "  "})",
         "/elements/0/advice/en", "non-empty"},
        {R"("id": "need", "title": {"en": "Need"}, "threshold": {"count": 1}, "advise": {"en": "Refer."})",
         "/elements/0/advise", "unknown field"},
    };
    for (const Case& test : cases) {
        SCOPED_TRACE(test.element);
        const ChecklistLoad result = load(test.element);
        ASSERT_FALSE(result.ok());
        ASSERT_EQ(result.diagnostics.size(), 1) << describe(result);
        const Diagnostic& diagnostic = result.diagnostics.first();
        EXPECT_EQ(diagnostic.pointer, QLatin1String(test.pointer));
        EXPECT_TRUE(diagnostic.message.contains(QLatin1String(test.message))) << diagnostic.message.toStdString();
        EXPECT_EQ(diagnostic.line, 7);
        EXPECT_GT(diagnostic.column, 1);
    }
}
