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

// A save takes the audit's "from" from the answers it knows the open case to hold: that must
// still be what is stored when another connection changed the row in between (here it puts an
// earlier sealed value back, which opens, as a restore by another process would).
TEST_F(AuditTest, TheFromOfAChangeIsWhatIsStoredEvenAfterAnotherConnectionWrote)
{
    const QString file = path(u"other-writer.lantern"_s);
    auto store = createEncrypted(u"other-writer.lantern"_s);
    ASSERT_TRUE(store);
    auto c = store->newCase(pinMinimal(*store));
    ASSERT_TRUE(c.ok());
    const QString hours = u"hours"_s;
    const QString rowWhere = u"FROM answers WHERE case_id = ? AND question_id = ?"_s;
    ASSERT_TRUE(store->setAnswer(c->id, { hours, answer(AnswerState::Answered, 10), {}, {}, {} }).ok());
    QByteArray sealedTen;
    {
        RawDatabase raw(file);
        sealedTen = raw.scalar(u"SELECT value "_s + rowWhere, { c->id.toString(), hours }).toByteArray();
    }
    ASSERT_FALSE(sealedTen.isEmpty());
    ASSERT_TRUE(store->setAnswer(c->id, { hours, answer(AnswerState::Answered, 14), {}, {}, {} }).ok());
    {
        RawDatabase raw(file);
        ASSERT_TRUE(raw.exec(u"UPDATE answers SET value = ? WHERE case_id = ? AND question_id = ?"_s,
            { sealedTen, c->id.toString(), hours }));
    }
    ASSERT_TRUE(store->setAnswer(c->id, { hours, answer(AnswerState::Answered, 20), {}, {}, {} }).ok());

    auto events = store->audit(c->id);
    ASSERT_TRUE(events.ok()) << events.errorMessage().toStdString();
    ASSERT_EQ(events->size(), 4);
    const auto value = [](const QString& text) { return parse(text).value(u"answer").toObject().value(u"value"); };
    EXPECT_EQ(value(events->at(2).from), QJsonValue(10));
    EXPECT_EQ(value(events->at(2).to), QJsonValue(14));
    EXPECT_EQ(value(events->at(3).from), QJsonValue(10)) << "what was stored, not what this connection last wrote";
    EXPECT_EQ(value(events->at(3).to), QJsonValue(20));
}

// The answers read when a case is opened serve the audit of the saves that follow, on this
// connection and on a new one after the database was reopened.
TEST_F(AuditTest, TheFromOfAChangeIsRightAfterTheCaseIsOpenedAgain)
{
    const QString file = u"reopened.lantern"_s;
    CaseId caseId;
    {
        auto store = createEncrypted(file);
        ASSERT_TRUE(store);
        auto c = store->newCase(pinMinimal(*store));
        ASSERT_TRUE(c.ok());
        caseId = c->id;
        ASSERT_TRUE(store->setAnswer(caseId, { u"deceived"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());
        ASSERT_TRUE(store->setAnswer(caseId, { u"hours"_s, answer(AnswerState::Answered, 12), {}, {}, {} }).ok());
    }
    auto store = reopen(file);
    ASSERT_TRUE(store);
    auto answers = store->answers(caseId);
    ASSERT_TRUE(answers.ok());
    ASSERT_EQ(answers->records.size(), 2);
    ASSERT_TRUE(store->setAnswer(caseId,
                         { u"deceived"_s, answer(AnswerState::Answered, true, u"fictional note"_s), {}, {}, {} })
                    .ok());
    ASSERT_TRUE(store->setAnswer(caseId, { u"hours"_s, answer(AnswerState::Declined), {}, {}, {} }).ok());
    ASSERT_TRUE(store->setAnswer(caseId, { u"hours"_s, answer(AnswerState::Declined), {}, {}, {} }).ok());

    auto events = store->audit(caseId);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 5) << "created, two answers, a note, a change; the repeat adds nothing";
    EXPECT_EQ(events->at(3).kind, AuditKind::NoteEdited);
    EXPECT_EQ(parse(events->at(3).from).value(u"answer").toObject().value(u"value"), QJsonValue(true));
    EXPECT_EQ(events->at(4).kind, AuditKind::Changed);
    EXPECT_EQ(parse(events->at(4).from).value(u"answer").toObject().value(u"value"), QJsonValue(12));
    EXPECT_EQ(parse(events->at(4).to).value(u"answer").toObject().value(u"state").toString(), u"declined"_s);
}

} // namespace
} // namespace lantern::test
