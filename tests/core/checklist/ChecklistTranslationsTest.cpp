// SPDX-License-Identifier: GPL-3.0-or-later
// Checklist content in the region's languages: every text of every bundled checklist exists in
// every language the checklist declares, each language has a review status, and the
// `provenance.translations` field is validated like the rest of the format.

#include "TestData.h"
#include "checklist/ChecklistLoader.h"

#include "ThreePTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace lantern {
namespace {

const char* const kBundled[] = {"identification.json", "awareness-campaign.json", "assistance-plan.json",
                                "cross-border-cooperation.json"};
const char* const kRegion[] = {"en", "bn", "km", "zh", "hi", "ja", "ko", "dv", "mn", "ne", "fil", "th"};

QJsonObject rawChecklist(const QString& fileName)
{
    QFile file(QStringLiteral(":/lantern/checklists/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every locale map ({"en": "...", ...}) under `value`, with its JSON pointer.
void collectLocaleMaps(const QJsonValue& value, const QString& pointer, QList<QPair<QString, QJsonObject>>& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("en")).isString()) {
            out.append({pointer, object});
            return;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectLocaleMaps(it.value(), pointer + u'/' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectLocaleMaps(array.at(i), pointer + u'/' + QString::number(i), out);
    }
}

TEST(ChecklistTranslations, EveryBundledTextIsInEveryDeclaredLanguage)
{
    for (const char* name : kBundled) {
        SCOPED_TRACE(name);
        const QJsonObject raw = rawChecklist(QString::fromLatin1(name));
        ASSERT_FALSE(raw.isEmpty());
        QStringList languages;
        for (const QJsonValue& language : raw.value(QStringLiteral("languages")).toArray())
            languages.append(language.toString());
        for (const char* code : kRegion)
            EXPECT_TRUE(languages.contains(QLatin1String(code))) << "missing language " << code;

        QList<QPair<QString, QJsonObject>> maps;
        collectLocaleMaps(raw, QString(), maps);
        ASSERT_GT(maps.size(), 100);
        int missing = 0;
        for (const auto& [pointer, map] : std::as_const(maps)) {
            for (const QString& language : std::as_const(languages)) {
                const QString text = map.value(language).toString().trimmed();
                if (text.isEmpty()) {
                    ++missing;
                    ADD_FAILURE() << pointer.toStdString() << " has no " << language.toStdString() << " text";
                }
            }
        }
        EXPECT_EQ(missing, 0);
    }
}

TEST(ChecklistTranslations, EveryLanguageBesidesTheOriginalHasAReviewStatus)
{
    for (const char* name : kBundled) {
        SCOPED_TRACE(name);
        const std::optional<Checklist> checklist = test::bundledChecklist(QString::fromLatin1(name));
        ASSERT_TRUE(checklist.has_value());
        const Provenance& provenance = checklist->provenance;
        EXPECT_TRUE(provenance.isReviewed(QStringLiteral("en"), checklist->defaultLanguage));
        for (const QString& language : checklist->languages) {
            if (language == checklist->defaultLanguage)
                continue;
            const auto status = std::find_if(provenance.translations.begin(), provenance.translations.end(),
                [&](const TranslationStatus& entry) { return entry.language == language; });
            ASSERT_NE(status, provenance.translations.end()) << language.toStdString();
            // None has been reviewed by a native speaker yet: each is a draft, and says so.
            EXPECT_FALSE(status->reviewed) << language.toStdString();
            EXPECT_FALSE(provenance.isReviewed(language, checklist->defaultLanguage));
        }
    }
}

TEST(ChecklistTranslations, AFallbackIsReportedForALanguageTheTextLacks)
{
    const std::optional<Checklist> checklist = test::bundledChecklist(QStringLiteral("identification.json"));
    ASSERT_TRUE(checklist.has_value());
    bool fallback = true;
    const QString thai = checklist->title.text(QStringLiteral("th"), checklist->defaultLanguage, &fallback);
    EXPECT_FALSE(fallback);
    EXPECT_TRUE(thai.contains(QStringLiteral("ILO")));
    // A language the checklist does not have falls back to its default (English) and says so.
    const QString german = checklist->title.text(QStringLiteral("de"), checklist->defaultLanguage, &fallback);
    EXPECT_TRUE(fallback);
    EXPECT_EQ(german, checklist->title.text(QStringLiteral("en")));
}

// The minimal checklist with `translations` set to `value` (JSON text).
ChecklistLoad loadWithTranslations(const QByteArray& value)
{
    QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("checklists/minimal.json")));
    const QByteArray anchor = "\"verified\":";
    const qsizetype at = bytes.indexOf(anchor);
    if (at < 0)
        return {};
    bytes.insert(at, "\"translations\": " + value + ",\n    ");
    return ChecklistLoader::loadBytes(bytes, QStringLiteral("minimal.json"));
}

TEST(ChecklistTranslations, ReadsTheReviewStatusOfEachLanguage)
{
    const ChecklistLoad load
        = loadWithTranslations(R"({"th": {"status": "reviewed", "reviewed_by": "Bangkok shelter team"}})");
    ASSERT_TRUE(load.ok()) << (load.diagnostics.isEmpty() ? "" : load.diagnostics.first().toString().toStdString());
    const Provenance& provenance = load.checklist->provenance;
    ASSERT_EQ(provenance.translations.size(), 1);
    EXPECT_EQ(provenance.translations.first().language, QStringLiteral("th"));
    EXPECT_TRUE(provenance.translations.first().reviewed);
    EXPECT_EQ(provenance.translations.first().reviewer, QStringLiteral("Bangkok shelter team"));
    EXPECT_TRUE(provenance.isReviewed(QStringLiteral("th"), QStringLiteral("en")));
}

TEST(ChecklistTranslations, RefusesAnUnknownStatusOrLanguageWithItsPosition)
{
    const ChecklistLoad badStatus = loadWithTranslations(R"({"th": {"status": "final"}})");
    ASSERT_FALSE(badStatus.ok());
    EXPECT_TRUE(badStatus.diagnostics.first().message.contains(QStringLiteral("\"draft\" or \"reviewed\"")))
        << badStatus.diagnostics.first().toString().toStdString();
    EXPECT_GT(badStatus.diagnostics.first().line, 0);

    const ChecklistLoad badLanguage = loadWithTranslations(R"({"km": {"status": "draft"}})");
    ASSERT_FALSE(badLanguage.ok());
    EXPECT_TRUE(badLanguage.diagnostics.first().message.contains(QStringLiteral("'km' is not one of")))
        << badLanguage.diagnostics.first().toString().toStdString();

    const ChecklistLoad notObject = loadWithTranslations(R"(["th"])");
    ASSERT_FALSE(notObject.ok());

    const ChecklistLoad missingStatus = loadWithTranslations(R"({"th": {"reviewed_by": "someone"}})");
    ASSERT_FALSE(missingStatus.ok());
    EXPECT_EQ(missingStatus.diagnostics.size(), 1);
}

} // namespace
} // namespace lantern
