// SPDX-License-Identifier: GPL-3.0-or-later
// The case list: built once at unlock, then listing, filtering and search from memory.
#include "casework/CaseIndex.h"

#include "casework/CaseFile.h"
#include "CaseworkFixture.h"

using namespace Qt::StringLiterals;

namespace lantern::test {
namespace {

class CaseIndexTest : public CaseworkFixture
{
protected:
    static QStringList codesOf(const CaseIndex& index, const QList<qsizetype>& positions)
    {
        QStringList codes;
        for (qsizetype i : positions)
            codes.append(index.entries().at(i).code);
        return codes;
    }
};

TEST_F(CaseIndexTest, ListsEveryCaseOldestFirstWithCodesDecrypted)
{
    auto store = createEncrypted(QStringLiteral("cases.db"));
    for (const char* code : { "HQ-1", "field-2", "HQ-3" }) {
        ASSERT_TRUE(CaseFile::create(*store, minimal(), QString::fromLatin1(code)).ok());
        m_clock->advance(1000);
    }
    auto index = CaseIndex::build(*store);
    ASSERT_TRUE(index.ok()) << index.errorMessage().toStdString();
    ASSERT_EQ(index->entries().size(), 3);
    EXPECT_EQ(index->entries().at(0).code, QStringLiteral("HQ-1"));
    EXPECT_EQ(index->entries().at(2).code, QStringLiteral("HQ-3"));
    EXPECT_EQ(index->entries().at(1).checklist.id, QStringLiteral("minimal"));
    EXPECT_LT(index->entries().at(0).createdAt, index->entries().at(1).createdAt);
}

TEST_F(CaseIndexTest, ALockedStoreBuildsNoIndex)
{
    auto store = createEncrypted(QStringLiteral("cases.db"));
    ASSERT_TRUE(CaseFile::create(*store, minimal()).ok());
    store->lock();
    EXPECT_FALSE(CaseIndex::build(*store).ok());
}

TEST_F(CaseIndexTest, SearchIsCaseInsensitiveAndFiltersByStatus)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto first = CaseFile::create(*store, minimal(), QStringLiteral("HQ-Bangkok-1"));
    auto second = CaseFile::create(*store, minimal(), QStringLiteral("field-7"));
    auto third = CaseFile::create(*store, minimal(), QStringLiteral("hq-bangkok-2"));
    ASSERT_TRUE(first.ok() && second.ok() && third.ok());
    ASSERT_TRUE(third->setStatus(CaseStatus::Closed, QStringLiteral("moved away")).ok());
    auto index = CaseIndex::build(*store);
    ASSERT_TRUE(index.ok());

    EXPECT_EQ(codesOf(*index, index->match({})),
        (QStringList { u"HQ-Bangkok-1"_s, u"field-7"_s, u"hq-bangkok-2"_s }));
    EXPECT_EQ(codesOf(*index, index->match({ QStringLiteral("BANGKOK"), {} })),
        (QStringList { u"HQ-Bangkok-1"_s, u"hq-bangkok-2"_s }));
    EXPECT_EQ(codesOf(*index, index->match({ QStringLiteral(" bangkok "), CaseStatus::Open })),
        (QStringList { u"HQ-Bangkok-1"_s }));
    EXPECT_EQ(codesOf(*index, index->match({ {}, CaseStatus::Closed })), (QStringList { u"hq-bangkok-2"_s }));
    EXPECT_TRUE(index->match({ QStringLiteral("chiang mai"), {} }).isEmpty());
}

TEST_F(CaseIndexTest, UpsertKeepsTheListCurrentWithoutRebuilding)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, allTypes(), QStringLiteral("HQ-1"));
    ASSERT_TRUE(file.ok());
    auto index = CaseIndex::build(*store);
    ASSERT_TRUE(index.ok());
    EXPECT_TRUE(index->match({ QStringLiteral("fisheries"), {} }).isEmpty());

    ASSERT_TRUE(
        file->setAnswer(QStringLiteral("employer"), answered(QStringLiteral("Fictional Fisheries Ltd")))
            .ok());
    ASSERT_TRUE(file->setAnswer(QStringLiteral("place"), answered(QStringLiteral("Secret Street 5"))).ok());
    ASSERT_TRUE(file->setAnswer(QStringLiteral("deceived"), answered(true)).ok());
    index->upsert(file->listEntry());
    ASSERT_EQ(index->entries().size(), 1);
    const CaseListEntry* entry = index->find(file->info().id);
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->outcomeLevel, 2);
    EXPECT_EQ(entry->outcomeTitle, QStringLiteral("Indicators found"));
    EXPECT_EQ(entry->answeredCount, 3);
    EXPECT_EQ(index->match({ QStringLiteral("fisheries"), {} }).size(), 1);
    EXPECT_EQ(index->match({ QStringLiteral("indicators found"), {} }).size(), 1);
    // An answer to a sensitive question is never searchable.
    EXPECT_TRUE(index->match({ QStringLiteral("secret street"), {} }).isEmpty());

    auto another = CaseFile::create(*store, minimal(), QStringLiteral("HQ-2"));
    ASSERT_TRUE(another.ok());
    index->upsert(another->listEntry());
    ASSERT_EQ(index->entries().size(), 2);
    EXPECT_EQ(index->entries().at(1).code, QStringLiteral("HQ-2"));
    EXPECT_EQ(index->find(CaseId::generate()), nullptr);
}

} // namespace
} // namespace lantern::test
