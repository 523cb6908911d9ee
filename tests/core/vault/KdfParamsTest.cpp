// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KdfParams.h"

#include "vault/Vault.h"
#include "vault/VaultRecord.h"
#include "VaultTestSupport.h"

#include <QJsonDocument>

namespace lantern {
namespace {

using test::kDamagedSettings;

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

TEST(KdfParamsTest, JsonRoundTrip)
{
    const KdfParams params { 3, quint64(64) * 1024 * 1024, KdfAlgorithm::Argon2id13 };
    const QJsonObject json = params.toJson();
    EXPECT_EQ(json.value(QLatin1StringView("algorithm")).toString(), QStringLiteral("argon2id13"));
    Result<KdfParams> back = KdfParams::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    EXPECT_EQ(*back, params);
}

TEST(KdfParamsTest, AcceptsTheBounds)
{
    EXPECT_TRUE(
        KdfParams::fromJson(parse(R"({"algorithm":"argon2id13","opsLimit":1,"memLimit":8192})")).ok());
    EXPECT_TRUE(
        KdfParams::fromJson(parse(R"({"algorithm":"argon2id13","opsLimit":100,"memLimit":4294967296})"))
            .ok());
}

// A tampered or damaged file must be refused before it can make unlocking allocate or spin.
class KdfParamsRejectTest : public testing::TestWithParam<const char*>
{
};

TEST_P(KdfParamsRejectTest, RejectsAsDamaged)
{
    Result<KdfParams> params = KdfParams::fromJson(parse(GetParam()));
    ASSERT_FALSE(params.ok());
    EXPECT_EQ(params.errorMessage(), kDamagedSettings);
}

INSTANTIATE_TEST_SUITE_P(Absurd, KdfParamsRejectTest,
    testing::Values(R"({"algorithm":"argon2id13","opsLimit":3,"memLimit":4294967297})", // > 4 GiB
        R"({"algorithm":"argon2id13","opsLimit":3,"memLimit":1e300})",
        R"({"algorithm":"argon2id13","opsLimit":101,"memLimit":67108864})",
        R"({"algorithm":"argon2id13","opsLimit":0,"memLimit":67108864})",
        R"({"algorithm":"argon2id13","opsLimit":-3,"memLimit":67108864})",
        R"({"algorithm":"argon2id13","opsLimit":2.5,"memLimit":67108864})",
        R"({"algorithm":"argon2id13","opsLimit":3,"memLimit":8191})", // below libsodium's minimum
        R"({"algorithm":"argon2id13","opsLimit":"3","memLimit":67108864})",
        R"({"algorithm":"argon2id13","memLimit":67108864})", R"({"algorithm":"argon2id13","opsLimit":3})",
        R"({"algorithm":"argon2i13","opsLimit":3,"memLimit":67108864})",
        R"({"opsLimit":3,"memLimit":67108864})", R"({})"));

TEST(KdfParamsTest, ValidateRejectsOutOfBoundsValues)
{
    EXPECT_TRUE(KdfParams::minimal().validate().ok());
    EXPECT_FALSE((KdfParams { 0, KdfParams::kMinMem, KdfAlgorithm::Argon2id13 }).validate().ok());
    EXPECT_FALSE((KdfParams { 3, KdfParams::kMaxMem + 1, KdfAlgorithm::Argon2id13 }).validate().ok());
}

VaultRecord sampleRecord()
{
    auto created
        = Vault::create(test::passphrase(QStringLiteral("correct horse battery staple")), test::fastParams());
    EXPECT_TRUE(created.ok());
    return created ? created->first : VaultRecord {};
}

TEST(VaultRecordTest, JsonRoundTrip)
{
    const VaultRecord record = sampleRecord();
    Result<VaultRecord> back = VaultRecord::fromJson(record.toJson());
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    EXPECT_EQ(*back, record);
}

TEST(VaultRecordTest, JsonHoldsNoPassphrase)
{
    const QByteArray json = QJsonDocument(sampleRecord().toJson()).toJson();
    EXPECT_FALSE(json.contains("correct horse"));
    EXPECT_FALSE(json.contains(QByteArray("correct horse battery staple").toBase64().left(16)));
}

// Each damage a file can suffer in one field; all must give the same plain message.
TEST(VaultRecordTest, MalformedRecordsAreDamaged)
{
    const QJsonObject good = sampleRecord().toJson();
    const auto withField = [&](const char* key, const QJsonValue& value) {
        QJsonObject object = good;
        object.insert(QLatin1StringView(key), value);
        return object;
    };
    const QString shortSalt = QString::fromLatin1(QByteArray(8, 'x').toBase64());
    const QList<QJsonObject> damaged { withField("version", 2), withField("version", QStringLiteral("1")),
        withField("kdf", QJsonValue::Null), withField("kdf", QJsonObject {}), withField("salt", shortSalt),
        withField("salt", QStringLiteral("not base64!")), withField("salt", 42),
        withField("wrapNonce", shortSalt), withField("wrappedKey", shortSalt), QJsonObject {} };
    for (const QJsonObject& object : damaged) {
        Result<VaultRecord> record = VaultRecord::fromJson(object);
        ASSERT_FALSE(record.ok()) << QJsonDocument(object).toJson().toStdString();
        EXPECT_EQ(record.errorMessage(), kDamagedSettings);
    }
}

} // namespace
} // namespace lantern
