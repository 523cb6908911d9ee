// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: every change from -> to, stamped by the injected clock, append-only.
#include "StoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class AuditTest : public StoreFixture
{
};

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

TEST_F(AuditTest, RecordsEveryChangeFromToWithClockTimes)
{
    auto store = createEncrypted(u"audit.lantern"_s);
    ASSERT_TRUE(store);
    auto c = store->newCase(pinMinimal(*store));
    ASSERT_TRUE(c.ok());
    const QDateTime t0 = m_clock->now();

    m_clock->advance(60'000);
    ASSERT_TRUE(store->setAnswer(c->id, { u"deceived"_s, answer(AnswerState::Unknown), {}, {}, {} }).ok());
    m_clock->advance(60'000);
    ASSERT_TRUE(
        store->setAnswer(c->id, { u"deceived"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());
    m_clock->advance(60'000);
    ASSERT_TRUE(
        store
            ->setAnswer(c->id,
                { u"deceived"_s, answer(AnswerState::Answered, true, u"fictional note"_s), {}, {}, {} })
            .ok());
    m_clock->advance(60'000);
    ASSERT_TRUE(
        store
            ->setAnswer(c->id,
                { u"deceived"_s, answer(AnswerState::Answered, true, u"fictional note"_s), {}, {}, {} })
            .ok())
        << "saving the same answer again is fine";
    m_clock->advance(60'000);
    ASSERT_TRUE(store->setStatus(c->id, CaseStatus::Referred, u"fictional referral"_s).ok());

    auto events = store->audit(c->id);
    ASSERT_TRUE(events.ok()) << events.errorMessage().toStdString();
    ASSERT_EQ(events->size(), 5) << "an unchanged answer adds no event";

    const AuditEvent& created = events->at(0);
    EXPECT_EQ(created.kind, AuditKind::Created);
    EXPECT_EQ(created.time, t0);
    EXPECT_EQ(parse(created.to).value(u"code").toString(), c->code);

    const AuditEvent& answered = events->at(1);
    EXPECT_EQ(answered.kind, AuditKind::Answered);
    EXPECT_EQ(answered.questionId, u"deceived"_s);
    EXPECT_TRUE(answered.from.isEmpty());
    EXPECT_EQ(parse(answered.to).value(u"answer").toObject().value(u"state").toString(), u"unknown"_s);
    EXPECT_EQ(answered.time, t0.addSecs(60));

    const AuditEvent& changed = events->at(2);
    EXPECT_EQ(changed.kind, AuditKind::Changed);
    EXPECT_EQ(parse(changed.from).value(u"answer").toObject().value(u"state").toString(), u"unknown"_s);
    EXPECT_EQ(parse(changed.to).value(u"answer").toObject().value(u"value"), QJsonValue(true));
    EXPECT_EQ(changed.time, t0.addSecs(120));

    const AuditEvent& note = events->at(3);
    EXPECT_EQ(note.kind, AuditKind::NoteEdited);
    EXPECT_EQ(parse(note.to).value(u"answer").toObject().value(u"note").toString(), u"fictional note"_s);

    const AuditEvent& status = events->at(4);
    EXPECT_EQ(status.kind, AuditKind::StatusChanged);
    EXPECT_EQ(parse(status.from).value(u"status").toString(), u"open"_s);
    EXPECT_EQ(parse(status.to).value(u"status").toString(), u"referred"_s);
    EXPECT_EQ(parse(status.to).value(u"reason").toString(), u"fictional referral"_s);
    EXPECT_EQ(status.time, t0.addSecs(300));
}

TEST_F(AuditTest, UnlockAndLockAreRecordedForTheDatabase)
{
    createEncrypted(u"unlock.lantern"_s).reset();
    m_clock->advance(5000);
    auto store = reopen(u"unlock.lantern"_s);
    ASSERT_TRUE(store);
    store->lock();
    ASSERT_TRUE(store->unlock(passphrase()).ok());
    auto events = store->databaseAudit();
    ASSERT_TRUE(events.ok()) << events.errorMessage().toStdString();
    // create() leaves the store unlocked and its destructor locks: locked, unlocked, locked, unlocked.
    ASSERT_EQ(events->size(), 4);
    EXPECT_EQ(events->at(0).kind, AuditKind::Locked);
    EXPECT_EQ(events->at(1).kind, AuditKind::Unlocked);
    EXPECT_EQ(events->at(1).time, m_clock->now());
    EXPECT_EQ(events->at(2).kind, AuditKind::Locked);
    EXPECT_EQ(events->at(3).kind, AuditKind::Unlocked);
    EXPECT_TRUE(events->at(3).caseId.isNull());
}

TEST_F(AuditTest, TrailIsAppendOnly)
{
    auto store = createEncrypted(u"append.lantern"_s);
    ASSERT_TRUE(store);
    auto c = store->newCase(pinMinimal(*store));
    ASSERT_TRUE(
        store->setAnswer(c->id, { u"paid"_s, answer(AnswerState::Answered, false), {}, {}, {} }).ok());
    RawDatabase raw(path(u"append.lantern"_s));
    const int before = raw.scalar(u"SELECT count(*) FROM audit"_s).toInt();
    ASSERT_EQ(before, 2);
    QSqlQuery update(raw.db());
    EXPECT_FALSE(update.exec(u"UPDATE audit SET at = 0"_s));
    QSqlQuery erase(raw.db());
    EXPECT_FALSE(erase.exec(u"DELETE FROM audit"_s));
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM audit"_s).toInt(), before);
}

} // namespace
} // namespace lantern::test
