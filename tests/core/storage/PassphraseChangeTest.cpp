// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the passphrase re-wraps the data key: the new passphrase opens everything, the old one
// opens nothing, and a wrong old passphrase changes nothing.
#include "StoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

SecureBytes secret(const QString& text)
{
    auto bytes = SecureBytes::fromPassphrase(text);
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? std::move(bytes).value() : SecureBytes();
}

class PassphraseChangeTest : public StoreFixture
{
protected:
    const QString m_note = u"fictional note: recruited through the Tamarind agency"_s;

    /// An encrypted store with one case whose "deceived" answer carries m_note.
    CaseId createWithNote(const QString& file)
    {
        auto store = createEncrypted(file);
        EXPECT_TRUE(store);
        if (!store)
            return {};
        auto c = store->newCase(pinMinimal(*store));
        EXPECT_TRUE(c.ok());
        EXPECT_TRUE(
            store->setAnswer(
                     c->id, { u"deceived"_s, answer(AnswerState::Answered, true, m_note), {}, {}, {} })
                .ok());
        return c->id;
    }
    QString vaultRecordText(const QString& file)
    {
        RawDatabase raw(path(file));
        return raw.scalar(u"SELECT record FROM vault"_s).toString();
    }
    std::unique_ptr<CaseStore> openLocked(const QString& file)
    {
        auto store = CaseStore::open(path(file), options());
        EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
        return store ? std::move(store).value() : nullptr;
    }
};

TEST_F(PassphraseChangeTest, NewPassphraseOpensEverythingAndTheOldOneNothing)
{
    const CaseId id = createWithNote(u"change.lantern"_s);
    {
        auto store = reopen(u"change.lantern"_s);
        ASSERT_TRUE(store);
        const auto changed = store->changePassphrase(
            passphrase(), secret(u"a new fictional passphrase"_s), KdfParams::minimal());
        ASSERT_TRUE(changed.ok()) << changed.errorMessage().toStdString();
        EXPECT_TRUE(store->answers(id).ok()) << "the open store keeps working";
    }
    auto store = openLocked(u"change.lantern"_s);
    ASSERT_TRUE(store);
    const auto old = store->unlock(passphrase());
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.errorMessage(), u"wrong passphrase"_s);
    ASSERT_TRUE(store->unlock(secret(u"a new fictional passphrase"_s)).ok());
    auto answers = store->answers(id);
    ASSERT_TRUE(answers.ok()) << answers.errorMessage().toStdString();
    EXPECT_EQ(answers->answers.find(u"deceived"_s)->note, m_note);
    EXPECT_TRUE(store->audit(id).ok());
    EXPECT_TRUE(store->findCase(id).ok());
}

TEST_F(PassphraseChangeTest, WrongOldPassphraseChangesNothing)
{
    createWithNote(u"wrong.lantern"_s);
    const QString before = vaultRecordText(u"wrong.lantern"_s);
    {
        auto store = reopen(u"wrong.lantern"_s);
        ASSERT_TRUE(store);
        const auto changed = store->changePassphrase(secret(u"not the fictional passphrase"_s),
            secret(u"another fictional passphrase"_s), KdfParams::minimal());
        ASSERT_FALSE(changed.ok());
        EXPECT_EQ(changed.errorMessage(), u"wrong passphrase"_s);
    }
    EXPECT_EQ(vaultRecordText(u"wrong.lantern"_s), before);
    auto store = openLocked(u"wrong.lantern"_s);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->unlock(passphrase()).ok());
}

TEST_F(PassphraseChangeTest, TrainingDatabaseHasNoPassphraseToChange)
{
    auto store = createTraining(u"training.lantern"_s);
    ASSERT_TRUE(store);
    const auto changed = store->changePassphrase(passphrase(), secret(u"fictional"_s), KdfParams::minimal());
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.errorMessage(), u"this is an unencrypted training database; it has no passphrase"_s);
}

TEST_F(PassphraseChangeTest, EmptyNewPassphraseIsRefused)
{
    createWithNote(u"empty.lantern"_s);
    auto store = reopen(u"empty.lantern"_s);
    ASSERT_TRUE(store);
    const auto changed = store->changePassphrase(passphrase(), SecureBytes(), KdfParams::minimal());
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.errorMessage(), u"the passphrase is empty"_s);
    store.reset();
    EXPECT_TRUE(reopen(u"empty.lantern"_s)) << "the old passphrase still opens it";
}

TEST_F(PassphraseChangeTest, OldWrappedKeyIsGoneFromTheFile)
{
    createWithNote(u"wipe.lantern"_s);
    const QJsonObject before = QJsonDocument::fromJson(vaultRecordText(u"wipe.lantern"_s).toUtf8()).object();
    const QByteArray oldWrapped = before.value(u"wrappedKey"_s).toString().toLatin1();
    ASSERT_FALSE(oldWrapped.isEmpty());
    ASSERT_TRUE(databaseBytes(path(u"wipe.lantern"_s)).contains(oldWrapped))
        << "control: the search finds it";
    auto store = reopen(u"wipe.lantern"_s);
    ASSERT_TRUE(store);
    ASSERT_TRUE(
        store->changePassphrase(passphrase(), secret(u"fresh fictional passphrase"_s), KdfParams::minimal())
            .ok());
    EXPECT_FALSE(databaseBytes(path(u"wipe.lantern"_s)).contains(oldWrapped)) << "while open (WAL included)";
    store.reset();
    EXPECT_FALSE(databaseBytes(path(u"wipe.lantern"_s)).contains(oldWrapped)) << "after closing";
}

TEST_F(PassphraseChangeTest, BackupTakenBeforeTheChangeKeepsTheOldPassphrase)
{
    const CaseId id = createWithNote(u"before.lantern"_s);
    auto store = reopen(u"before.lantern"_s);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->backup(path(u"old-copy.lantern"_s)).ok());
    ASSERT_TRUE(
        store->changePassphrase(passphrase(), secret(u"fresh fictional passphrase"_s), KdfParams::minimal())
            .ok());
    store.reset();
    auto copy = openLocked(u"old-copy.lantern"_s);
    ASSERT_TRUE(copy);
    ASSERT_TRUE(copy->unlock(passphrase()).ok());
    EXPECT_TRUE(copy->answers(id).ok());
}

TEST_F(PassphraseChangeTest, TheChangeIsInTheDatabaseAuditTrail)
{
    createWithNote(u"audited.lantern"_s);
    m_clock->advance(60000);
    auto store = openLocked(u"audited.lantern"_s);
    ASSERT_TRUE(store);
    // Not unlocked first: the change unlocks with the old passphrase so it can be recorded.
    ASSERT_TRUE(
        store->changePassphrase(passphrase(), secret(u"next fictional passphrase"_s), KdfParams::minimal()).ok());
    auto events = store->databaseAudit();
    ASSERT_TRUE(events.ok()) << events.errorMessage().toStdString();
    ASSERT_FALSE(events->isEmpty());
    EXPECT_EQ(events->last().kind, AuditKind::PassphraseChanged);
    EXPECT_EQ(events->last().time, m_clock->now());
    EXPECT_TRUE(events->last().caseId.isNull());
    EXPECT_EQ(toString(AuditKind::PassphraseChanged), u"passphrase_changed"_s);
    EXPECT_EQ(auditKindFromString(u"passphrase_changed"_s), AuditKind::PassphraseChanged);

    // A failed change (wrong old passphrase) records nothing.
    const qsizetype before = events->size();
    ASSERT_FALSE(store->changePassphrase(passphrase(), secret(u"other fictional passphrase"_s), KdfParams::minimal()).ok());
    auto after = store->databaseAudit();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->size(), before);
}

} // namespace
} // namespace lantern::test
