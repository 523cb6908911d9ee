// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/SecureBytes.h"

#include "VaultTestSupport.h"

#include <type_traits>

namespace lantern {
namespace {

using test::passphrase;

static_assert(!std::is_copy_constructible_v<SecureBytes> && !std::is_copy_assignable_v<SecureBytes>);
static_assert(
    std::is_nothrow_move_constructible_v<SecureBytes> && std::is_nothrow_move_assignable_v<SecureBytes>);
static_assert(
    !std::is_convertible_v<SecureBytes, QByteArray> && !std::is_convertible_v<SecureBytes, QByteArrayView>);

TEST(SecureBytesTest, AllocateGivesZeroFilledBufferOfTheSize)
{
    Result<SecureBytes> bytes = SecureBytes::allocate(32);
    ASSERT_TRUE(bytes.ok());
    ASSERT_EQ(bytes->size(), 32);
    EXPECT_EQ(bytes->view(), QByteArray(32, '\0'));
}

TEST(SecureBytesTest, AllocateZeroIsEmpty)
{
    Result<SecureBytes> bytes = SecureBytes::allocate(0);
    ASSERT_TRUE(bytes.ok());
    EXPECT_TRUE(bytes->isEmpty());
    EXPECT_EQ(bytes->data(), nullptr);
}

TEST(SecureBytesTest, CopyOfHoldsTheSameBytes)
{
    const QByteArray source("key material");
    Result<SecureBytes> bytes = SecureBytes::copyOf(source);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(bytes->view(), source);
}

TEST(SecureBytesTest, MoveTransfersOwnershipAndEmptiesTheSource)
{
    SecureBytes first = SecureBytes::copyOf("secret").value();
    const unsigned char* address = first.data();
    SecureBytes second(std::move(first));
    EXPECT_EQ(second.data(), address);
    EXPECT_EQ(second.view(), QByteArrayView("secret"));
    EXPECT_TRUE(first.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    EXPECT_EQ(first.data(), nullptr);

    SecureBytes third = SecureBytes::copyOf("other").value();
    third = std::move(second);
    EXPECT_EQ(third.view(), QByteArrayView("secret"));
    EXPECT_TRUE(second.isEmpty()); // NOLINT(bugprone-use-after-move)
}

TEST(SecureBytesTest, WipeEmptiesTheBufferAndIsRepeatable)
{
    SecureBytes bytes = SecureBytes::copyOf("secret").value();
    bytes.wipe();
    EXPECT_TRUE(bytes.isEmpty());
    EXPECT_EQ(bytes.data(), nullptr);
    bytes.wipe();
    EXPECT_TRUE(bytes.isEmpty());
}

TEST(SecureBytesTest, PassphraseIsUtf8)
{
    const SecureBytes bytes = passphrase(QStringLiteral("pa\u00dfwort"));
    EXPECT_EQ(bytes.view(), QByteArrayView("pa\xc3\x9fwort"));
}

TEST(SecureBytesTest, PassphraseIsNormalisedSoComposedAndDecomposedAccentsMatch)
{
    const SecureBytes composed = passphrase(QStringLiteral("caf\u00e9"));
    const SecureBytes decomposed = passphrase(QStringLiteral("cafe\u0301"));
    EXPECT_TRUE(composed.equals(decomposed));
}

TEST(SecureBytesTest, PassphraseLeavesTheCallersStringIntact)
{
    const QString text = QStringLiteral("correct horse");
    const SecureBytes bytes = passphrase(text);
    EXPECT_EQ(text, QStringLiteral("correct horse"));
    EXPECT_EQ(bytes.view(), QByteArrayView("correct horse"));
}

TEST(SecureBytesTest, EqualsComparesContentsAndSize)
{
    const SecureBytes a = SecureBytes::copyOf("abc").value();
    EXPECT_TRUE(a.equals(SecureBytes::copyOf("abc").value()));
    EXPECT_FALSE(a.equals(SecureBytes::copyOf("abd").value()));
    EXPECT_FALSE(a.equals(SecureBytes::copyOf("ab").value()));
    EXPECT_TRUE(SecureBytes().equals(SecureBytes()));
}

} // namespace
} // namespace lantern
