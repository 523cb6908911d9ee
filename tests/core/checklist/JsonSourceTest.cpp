// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/JsonSource.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using lantern::JsonSource;

TEST(JsonSource, RecordsWhereEachValueAndKeyStarts)
{
    const JsonSource source = JsonSource::parse("{\n  \"a\": [1, {\"b\": true}],\n  \"c\": \"x\"\n}");
    ASSERT_FALSE(source.syntaxError);
    EXPECT_EQ(source.positionOf(QStringLiteral("/a")).line, 2);
    EXPECT_EQ(source.positionOf(QStringLiteral("/a")).column, 8);
    EXPECT_EQ(source.positionOf(QStringLiteral("/a/1/b")).column, 18);
    EXPECT_EQ(source.keyPositionOf(QStringLiteral("/c")).line, 3);
    EXPECT_EQ(source.keyPositionOf(QStringLiteral("/c")).column, 3);
    EXPECT_EQ(source.root.toObject().value(u"a").toArray().at(1).toObject().value(u"b").toBool(), true);
}

TEST(JsonSource, CountsColumnsInCharactersNotBytes)
{
    // "ไทย" is three characters but nine UTF-8 bytes.
    const JsonSource source = JsonSource::parse("{\"t\": \"ไทย\", \"n\": 1}");
    ASSERT_FALSE(source.syntaxError);
    EXPECT_EQ(source.positionOf(QStringLiteral("/n")).column, 19);
    EXPECT_EQ(source.root.toObject().value(u"t").toString(), QStringLiteral("ไทย"));
}

TEST(JsonSource, EscapesPointerTokens)
{
    const JsonSource source = JsonSource::parse("{\"a/b\": {\"~x\": 2}}");
    ASSERT_FALSE(source.syntaxError);
    EXPECT_TRUE(source.valuePositions.contains(QStringLiteral("/a~1b/~0x")));
}

TEST(JsonSource, DecodesEscapesAndSurrogatePairs)
{
    const JsonSource source = JsonSource::parse(R"(["\u0041\n\"", "\ud83d\ude00"])");
    ASSERT_FALSE(source.syntaxError);
    EXPECT_EQ(source.root.toArray().at(0).toString(), QStringLiteral("A\n\""));
    EXPECT_EQ(source.root.toArray().at(1).toString(), QString::fromUtf8("\xF0\x9F\x98\x80"));
}

TEST(JsonSource, ReportsTheFirstSyntaxErrorWithItsPosition)
{
    const JsonSource source = JsonSource::parse("{\n  \"a\": 1,\n}");
    ASSERT_TRUE(source.syntaxError);
    EXPECT_EQ(source.syntaxError->position.line, 3);
    EXPECT_EQ(source.syntaxError->position.column, 1);
    EXPECT_EQ(source.syntaxError->message, QStringLiteral("expected a member name; a trailing comma is not allowed in JSON"));
}

TEST(JsonSource, RejectsWhatStrictJsonForbids)
{
    for (const char* text : {"", "{", "[1,]", "01", "1.", "-", "\"\\x\"", "\"a\nb\"", "\"\\ud800\"", "tru", "{} x",
                             "{'a': 1}", "[1 2]", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "1e999"}) {
        EXPECT_TRUE(JsonSource::parse(text).syntaxError) << "accepted: " << text;
    }
}

TEST(JsonSource, BoundsNestingDepth)
{
    const QByteArray deep = QByteArray(JsonSource::kMaxDepth + 5, '[') + QByteArray(JsonSource::kMaxDepth + 5, ']');
    const JsonSource source = JsonSource::parse(deep);
    ASSERT_TRUE(source.syntaxError);
    EXPECT_TRUE(source.syntaxError->message.startsWith(QStringLiteral("nesting is deeper")));
    const QByteArray fine = QByteArray(50, '[') + QByteArray(50, ']');
    EXPECT_FALSE(JsonSource::parse(fine).syntaxError);
}

TEST(JsonSource, RecordsDuplicateMembersKeepingTheFirst)
{
    const JsonSource source = JsonSource::parse("{\"a\": 1, \"a\": 2}");
    ASSERT_FALSE(source.syntaxError);
    ASSERT_EQ(source.duplicateKeys.size(), 1);
    EXPECT_EQ(source.duplicateKeys.first().second.column, 10);
    EXPECT_EQ(source.root.toObject().value(u"a").toInt(), 1);
}
