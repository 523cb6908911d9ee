// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "VaultTestSupport.h"

namespace lantern {
namespace {

using namespace test;

class VaultTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Vault::create(passphrase(QStringLiteral("correct horse")), fastParams());
        ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
        m_record = created->first;
        m_sealer = created->second;
        m_sealed = m_sealer.seal("answer: yes", m_ad).value();
    }

    // Unlocks `record` with `text` and, when it works, checks the data key is the original one.
    Result<Sealer> unlockAndCheck(const VaultRecord& record, const QString& text)
    {
        Result<Sealer> sealer = Vault::unlock(record, passphrase(text));
        if (sealer) {
            Result<QByteArray> opened = sealer->open(m_sealed, m_ad);
            EXPECT_TRUE(opened.ok());
            EXPECT_EQ(opened ? *opened : QByteArray(), QByteArray("answer: yes"));
        }
        return sealer;
    }

    void expectWrongPassphrase(const VaultRecord& record)
    {
        Result<Sealer> sealer = Vault::unlock(record, passphrase(QStringLiteral("correct horse")));
        ASSERT_FALSE(sealer.ok());
        EXPECT_EQ(sealer.errorMessage(), kWrongPassphrase);
    }

    const QByteArray m_ad = Sealer::rowIdentity("answers", "case-1", "value");
    VaultRecord m_record;
    Sealer m_sealer;
    QByteArray m_sealed;
};

TEST_F(VaultTest, CreateThenUnlockOpensWhatTheNewSealerSealed)
{
    EXPECT_TRUE(m_sealer.encrypts());
    EXPECT_TRUE(m_record.validate().ok());
    EXPECT_EQ(m_record.kdf, fastParams());
    Result<Sealer> sealer = unlockAndCheck(m_record, QStringLiteral("correct horse"));
    ASSERT_TRUE(sealer.ok()) << sealer.errorMessage().toStdString();
}

TEST_F(VaultTest, WrongPassphraseIsReported)
{
    Result<Sealer> sealer = Vault::unlock(m_record, passphrase(QStringLiteral("correct horsE")));
    ASSERT_FALSE(sealer.ok());
    EXPECT_EQ(sealer.errorMessage(), kWrongPassphrase);
}

TEST_F(VaultTest, EmptyPassphraseIsRefused)
{
    auto created = Vault::create(SecureBytes(), fastParams());
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.errorMessage(), kEmptyPassphrase);
    Result<Sealer> sealer = Vault::unlock(m_record, passphrase(QString()));
    ASSERT_FALSE(sealer.ok());
    EXPECT_EQ(sealer.errorMessage(), kEmptyPassphrase);
}

TEST_F(VaultTest, CreateRefusesAbsurdParameters)
{
    auto created
        = Vault::create(passphrase(QStringLiteral("x")), KdfParams { 0, 0, KdfAlgorithm::Argon2id13 });
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.errorMessage(), kDamagedSettings);
}

TEST_F(VaultTest, TwoVaultsWithOnePassphraseHaveDifferentSaltsAndKeys)
{
    auto other = Vault::create(passphrase(QStringLiteral("correct horse")), fastParams());
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other->first.salt, m_record.salt);
    EXPECT_NE(other->first.wrappedKey, m_record.wrappedKey);
    EXPECT_FALSE(other->second.open(m_sealed, m_ad).ok());
}

TEST_F(VaultTest, EveryAlteredWrappedKeyBitReadsAsWrongPassphrase)
{
    for (qsizetype bit = 0; bit < m_record.wrappedKey.size() * 8; ++bit) {
        VaultRecord tampered = m_record;
        tampered.wrappedKey = flipBit(m_record.wrappedKey, bit);
        SCOPED_TRACE(bit);
        expectWrongPassphrase(tampered);
    }
}

TEST_F(VaultTest, AlteredSaltNonceOrParametersReadAsWrongPassphrase)
{
    VaultRecord salt = m_record;
    salt.salt = flipBit(m_record.salt, 5);
    expectWrongPassphrase(salt);
    VaultRecord nonce = m_record;
    nonce.wrapNonce = flipBit(m_record.wrapNonce, 77);
    expectWrongPassphrase(nonce);
    VaultRecord ops = m_record;
    ops.kdf.opsLimit += 1;
    expectWrongPassphrase(ops);
    VaultRecord mem = m_record;
    mem.kdf.memLimit += 4096;
    expectWrongPassphrase(mem);
}

TEST_F(VaultTest, StructurallyDamagedRecordsAreReportedAsDamaged)
{
    VaultRecord truncated = m_record;
    truncated.wrappedKey.chop(1);
    VaultRecord noSalt = m_record;
    noSalt.salt.clear();
    VaultRecord hugeMemory = m_record;
    hugeMemory.kdf.memLimit = quint64(64) * 1024 * 1024 * 1024;
    VaultRecord manyOps = m_record;
    manyOps.kdf.opsLimit = 1'000'000;
    VaultRecord future = m_record;
    future.version = 2;
    for (const VaultRecord& record : { truncated, noSalt, hugeMemory, manyOps, future, VaultRecord {} }) {
        Result<Sealer> sealer = Vault::unlock(record, passphrase(QStringLiteral("correct horse")));
        ASSERT_FALSE(sealer.ok());
        EXPECT_EQ(sealer.errorMessage(), kDamagedSettings);
    }
}

TEST_F(VaultTest, RewrapKeepsTheDataKeyButChangesThePassphrase)
{
    const KdfParams newParams { 2, KdfParams::kMinMem * 2, KdfAlgorithm::Argon2id13 };
    Result<VaultRecord> rewrapped = Vault::rewrap(m_record, passphrase(QStringLiteral("correct horse")),
        passphrase(QStringLiteral("battery staple")), newParams);
    ASSERT_TRUE(rewrapped.ok()) << rewrapped.errorMessage().toStdString();
    EXPECT_EQ(rewrapped->kdf, newParams);
    EXPECT_NE(rewrapped->salt, m_record.salt);

    expectWrongPassphrase(*rewrapped); // the old passphrase no longer opens it
    Result<Sealer> sealer = unlockAndCheck(*rewrapped, QStringLiteral("battery staple"));
    ASSERT_TRUE(sealer.ok()) << sealer.errorMessage().toStdString();
    // And what the new sealer seals, the original key opens: one data key throughout.
    EXPECT_EQ(m_sealer.open(sealer->seal("later", m_ad).value(), m_ad).value(), QByteArray("later"));
}

TEST_F(VaultTest, RewrapNeedsTheOldPassphraseAndANewOne)
{
    Result<VaultRecord> wrongOld = Vault::rewrap(
        m_record, passphrase(QStringLiteral("guess")), passphrase(QStringLiteral("new")), fastParams());
    ASSERT_FALSE(wrongOld.ok());
    EXPECT_EQ(wrongOld.errorMessage(), kWrongPassphrase);
    Result<VaultRecord> emptyNew
        = Vault::rewrap(m_record, passphrase(QStringLiteral("correct horse")), SecureBytes(), fastParams());
    ASSERT_FALSE(emptyNew.ok());
    EXPECT_EQ(emptyNew.errorMessage(), kEmptyPassphrase);
}

} // namespace
} // namespace lantern
