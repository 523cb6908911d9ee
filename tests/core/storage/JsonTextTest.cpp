// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail's JSON writer gives the same bytes as Qt's, whatever the text holds.
#include "storage/JsonText.h"

#include <gtest/gtest.h>
#include <QJsonDocument>
#include <QJsonObject>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

TEST(JsonTextTest, WritesWhatQtWritesForAnyText)
{
    QString everyControl;
    for (char16_t c = 0; c < 0x20; ++c)
        everyControl.append(QChar(c));
    const QStringList values { QString(), u"plain"_s, u"quote \" and backslash \\ and slash /"_s,
        everyControl, u"\u007f delete, \u00e9, \u0e44\u0e17\u0e22, \u2028 \u2029, \U0001F600"_s,
        u"{\"answer\":{\"state\":\"answered\",\"value\":10},\"source\":\"self_report\"}"_s };
    for (const QString& a : values) {
        for (const QString& b : values) {
            const QByteArray ours = jsonObjectOfStrings({ { QLatin1StringView("a"), a }, { QLatin1StringView("b"), b } });
            const QByteArray qts
                = QJsonDocument(QJsonObject { { u"b"_s, b }, { u"a"_s, a } }).toJson(QJsonDocument::Compact);
            EXPECT_EQ(ours, qts) << a.toStdString() << " / " << b.toStdString();
            const QJsonObject back = QJsonDocument::fromJson(ours).object();
            EXPECT_EQ(back.value(u"a"_s).toString(), a);
            EXPECT_EQ(back.value(u"b"_s).toString(), b);
        }
    }
    EXPECT_EQ(jsonObjectOfStrings({}), QByteArray("{}"));
}

} // namespace
} // namespace lantern::test
