// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Sealer.h"

#include "vault/Vault.h"
#include "VaultTestSupport.h"

#include <atomic>
#include <thread>
#include <vector>

namespace lantern {
namespace {

using namespace test;

class SealerTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Vault::create(passphrase(QStringLiteral("pass")), fastParams());
        ASSERT_TRUE(created.ok());
        m_sealer = created->second;
    }

    void expectIntegrityError(const Sealer& sealer, QByteArrayView sealed, QByteArrayView ad)
    {
        Result<QByteArray> opened = sealer.open(sealed, ad);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.errorMessage(), kIntegrity);
    }

    const QByteArray m_ad = Sealer::rowIdentity("answers", "7f3a9c", "value");
    Sealer m_sealer;
};

TEST_F(SealerTest, RoundTripsEmptyTypicalAndLargeValues)
{
    QByteArray large(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = static_cast<char>(i * 31 + i / 251);
    for (const QByteArray& plaintext : { QByteArray(), QByteArray(200, 'a'), large }) {
        Result<QByteArray> sealed = m_sealer.seal(plaintext, m_ad);
        ASSERT_TRUE(sealed.ok());
        EXPECT_EQ(sealed->size(), plaintext.size() + Sealer::kEncryptedOverhead);
        EXPECT_EQ(sealed->front(), Sealer::kEncryptedFormat);
        Result<QByteArray> opened = m_sealer.open(*sealed, m_ad);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        EXPECT_TRUE(*opened == plaintext) << "size " << plaintext.size();
    }
}

TEST_F(SealerTest, EverySingleBitFlipIsDetected)
{
    for (const QByteArray& plaintext : { QByteArray(), QByteArray("victim said: passport taken") }) {
        const QByteArray sealed = m_sealer.seal(plaintext, m_ad).value();
        for (qsizetype bit = 0; bit < sealed.size() * 8; ++bit) {
            SCOPED_TRACE(bit);
            expectIntegrityError(m_sealer, flipBit(sealed, bit), m_ad);
        }
    }
}

TEST_F(SealerTest, ValueMovedToAnotherRowColumnOrTableIsDetected)
{
    const QByteArray sealed = m_sealer.seal("yes", m_ad).value();
    expectIntegrityError(m_sealer, sealed, Sealer::rowIdentity("answers", "7f3a9d", "value"));
    expectIntegrityError(m_sealer, sealed, Sealer::rowIdentity("answers", "7f3a9c", "note"));
    expectIntegrityError(m_sealer, sealed, Sealer::rowIdentity("cases", "7f3a9c", "value"));
    expectIntegrityError(m_sealer, sealed, QByteArrayView());
}

TEST_F(SealerTest, RowIdentityIsUnambiguous)
{
    EXPECT_NE(Sealer::rowIdentity("ab", "c", "d"), Sealer::rowIdentity("a", "bc", "d"));
    EXPECT_NE(Sealer::rowIdentity("a", "b", "cd"), Sealer::rowIdentity("a", "bc", "d"));
    EXPECT_EQ(Sealer::rowIdentity("a", "b", "c"), Sealer::rowIdentity("a", "b", "c"));
}

TEST_F(SealerTest, TruncatedOrExtendedValuesAreDetected)
{
    const QByteArray sealed = m_sealer.seal("a short note", m_ad).value();
    for (qsizetype length = 0; length < sealed.size(); ++length) {
        SCOPED_TRACE(length);
        expectIntegrityError(m_sealer, sealed.first(length), m_ad);
    }
    expectIntegrityError(m_sealer, QByteArray(sealed).append('\0'), m_ad);
}

TEST_F(SealerTest, UnknownFormatByteIsDetected)
{
    QByteArray sealed = m_sealer.seal("value", m_ad).value();
    sealed[0] = 0x02;
    expectIntegrityError(m_sealer, sealed, m_ad);
}

TEST_F(SealerTest, CiphertextDoesNotContainThePlaintext)
{
    const QByteArray secret("Name: Maria Example, passport held by employer, owes 4000 EUR");
    const QByteArray sealed = m_sealer.seal(secret, m_ad).value();
    for (qsizetype start = 0; start + 6 <= secret.size(); ++start)
        EXPECT_FALSE(sealed.contains(secret.mid(start, 6))) << "fragment at " << start;
}

TEST_F(SealerTest, SealingTwiceGivesDifferentValues)
{
    const QByteArray first = m_sealer.seal("same answer", m_ad).value();
    const QByteArray second = m_sealer.seal("same answer", m_ad).value();
    EXPECT_NE(first, second);
    EXPECT_NE(first.mid(1, 24), second.mid(1, 24)); // fresh random nonce each time
}

TEST_F(SealerTest, LockRefusesForEveryCopy)
{
    const QByteArray sealed = m_sealer.seal("value", m_ad).value();
    const Sealer copy = m_sealer;
    EXPECT_FALSE(copy.isLocked());
    m_sealer.lock();
    EXPECT_TRUE(copy.isLocked());
    for (const Sealer* sealer : { static_cast<const Sealer*>(&m_sealer), &copy }) {
        Result<QByteArray> opened = sealer->open(sealed, m_ad);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.errorMessage(), kLocked);
        Result<QByteArray> resealed = sealer->seal("value", m_ad);
        ASSERT_FALSE(resealed.ok());
        EXPECT_EQ(resealed.errorMessage(), kLocked);
    }
}

TEST_F(SealerTest, DefaultSealerIsLocked)
{
    const Sealer sealer;
    EXPECT_TRUE(sealer.isLocked());
    Result<QByteArray> sealed = sealer.seal("value", m_ad);
    ASSERT_FALSE(sealed.ok());
    EXPECT_EQ(sealed.errorMessage(), kLocked);
}

TEST_F(SealerTest, LockWhileOtherThreadsSealIsSafe)
{
    std::atomic<int> sealedCount = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, sealer = m_sealer] {
            for (int i = 0; i < 2000; ++i) {
                Result<QByteArray> sealed = sealer.seal("concurrent", m_ad);
                if (!sealed) {
                    EXPECT_EQ(sealed.errorMessage(), kLocked);
                    return;
                }
                ++sealedCount;
            }
        });
    }
    while (sealedCount < 100)
        std::this_thread::yield();
    m_sealer.lock();
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_TRUE(m_sealer.isLocked());
}

TEST_F(SealerTest, PlainSealerFramesWithoutEncrypting)
{
    const Sealer plain = Sealer::plain();
    EXPECT_FALSE(plain.encrypts());
    const QByteArray sealed = plain.seal("training answer", m_ad).value();
    EXPECT_EQ(sealed, QByteArray(1, Sealer::kPlainFormat) + "training answer");
    EXPECT_EQ(plain.open(sealed, m_ad).value(), QByteArray("training answer"));
    EXPECT_EQ(plain.open(plain.seal({}, m_ad).value(), m_ad).value(), QByteArray());
}

TEST_F(SealerTest, PlainAndEncryptedValuesCannotBeConfused)
{
    const Sealer plain = Sealer::plain();
    expectIntegrityError(plain, m_sealer.seal("secret", m_ad).value(), m_ad);
    expectIntegrityError(m_sealer, plain.seal("secret", m_ad).value(), m_ad);
    // A plain value long enough to look like a ciphertext still fails.
    expectIntegrityError(m_sealer, plain.seal(QByteArray(100, 'x'), m_ad).value(), m_ad);
    expectIntegrityError(plain, QByteArray("unframed text"), m_ad);
    expectIntegrityError(plain, QByteArray(), m_ad);
}

TEST_F(SealerTest, PlainSealerLocksToo)
{
    Sealer plain = Sealer::plain();
    plain.lock();
    Result<QByteArray> opened = plain.open(QByteArray(1, Sealer::kPlainFormat), m_ad);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.errorMessage(), kLocked);
}

} // namespace
} // namespace lantern
