// SPDX-License-Identifier: GPL-3.0-or-later
// The store's messages go through Qt's translation system: with a translator installed (the
// window's interface language) each part of a message is looked up, and without one (the command
// line) they are English again, byte for byte.
#include "MarkingTranslator.h"
#include "StoreFixture.h"

#include <optional>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class TranslatedMessagesTest : public StoreFixture
{
protected:
    void install()
    {
        m_marking.emplace(QStringList { u"lantern::"_s });
        ASSERT_TRUE(m_marking->isInstalled());
    }
    void uninstall() { m_marking.reset(); }

    /// Saves a long note under a new question; on a nearly full disk, one of these fails.
    Result<AnswerRecord> saveFiller(CaseStore& store, const CaseId& id)
    {
        return store.setAnswer(id,
            { u"q%1"_s.arg(m_filler++), answer(AnswerState::Unknown, {}, QString(2000, u'n')), {}, {}, {} });
    }

private:
    std::optional<ScopedMarkingTranslator> m_marking;
    int m_filler = 0;
};

TEST_F(TranslatedMessagesTest, WrongPassphraseFollowsTheInstalledTranslator)
{
    createEncrypted(u"locked.lantern"_s).reset();
    auto opened = CaseStore::open(path(u"locked.lantern"_s), options());
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    CaseStore& store = **opened;
    auto wrong = SecureBytes::fromPassphrase(u"not the passphrase"_s);
    ASSERT_TRUE(wrong.ok());

    install();
    EXPECT_EQ(store.unlock(*wrong).errorMessage(), u"[xx]wrong passphrase"_s);
    uninstall();

    EXPECT_EQ(store.unlock(*wrong).errorMessage(), u"wrong passphrase"_s);
    EXPECT_FALSE(store.isUnlocked());
}

TEST_F(TranslatedMessagesTest, FullDiskCauseConsequenceAndTheirJoinAreEachTranslated)
{
    CaseId id;
    {
        auto store = createEncrypted(u"full.lantern"_s);
        ASSERT_TRUE(store);
        id = store->newCase(pinMinimal(*store))->id;
    }
    qint64 pages = 0;
    {
        RawDatabase raw(path(u"full.lantern"_s));
        pages = raw.scalar(u"PRAGMA page_count"_s).toLongLong();
    }
    StoreOptions capped = options();
    capped.connection.maxPageCount = pages + 4;
    auto opened = CaseStore::open(path(u"full.lantern"_s), capped);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    CaseStore& store = **opened;
    ASSERT_TRUE(store.unlock(passphrase()).ok());
    QString english;
    for (int i = 0; i < 200 && english.isEmpty(); ++i) {
        if (auto saved = saveFiller(store, id); !saved)
            english = saved.errorMessage();
    }
    ASSERT_EQ(english, u"the disk is full: the answer was not saved"_s);

    install();
    // The pattern "%1: %2" is looked up too, so a language can put the consequence first.
    EXPECT_EQ(
        saveFiller(store, id).errorMessage(), u"[xx][xx]the disk is full: [xx]the answer was not saved"_s);
    uninstall();

    EXPECT_EQ(saveFiller(store, id).errorMessage(), english);
}

} // namespace
} // namespace lantern::test
