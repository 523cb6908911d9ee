// SPDX-License-Identifier: GPL-3.0-or-later
// Cases, sessions and answers written through the store and read back after reopening.
#include "checklist/ChecklistLoader.h"
#include "StoreFixture.h"

#include <QCryptographicHash>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class CaseStoreTest : public StoreFixture
{
};

struct Given
{
    QString question;
    Answer answer;
    AnswerSource source;
};

QList<Given> sixStates()
{
    return {
        { u"deceived"_s, answer(AnswerState::Answered, true, u"fictional: promised hotel work"_s),
            AnswerSource::SelfReport },
        { u"paid"_s, answer(AnswerState::Answered, false), AnswerSource::Document },
        { u"paid_less"_s, answer(AnswerState::Unknown, {}, u"could not recall"_s), AnswerSource::SelfReport },
        { u"hours"_s, answer(AnswerState::Declined), AnswerSource::Observed },
        { u"age"_s, answer(AnswerState::NotAsked), AnswerSource::ThirdParty },
        { u"work_type"_s, answer(AnswerState::NotApplicable, {}, u"n/a per interpreter"_s),
            AnswerSource::ThirdParty },
    };
}

TEST_F(CaseStoreTest, CasesAndAnswersRoundTripThroughReopen)
{
    CaseId caseId;
    SessionId sessionId;
    {
        auto store = createEncrypted(u"cases.lantern"_s);
        ASSERT_TRUE(store);
        const ChecklistPin pin = pinMinimal(*store);
        auto created = store->newCase(pin);
        ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
        caseId = created->id;
        auto session = store->startSession(caseId, true, u"th"_s);
        ASSERT_TRUE(session.ok()) << session.errorMessage().toStdString();
        sessionId = session->id;
        for (const Given& given : sixStates()) {
            m_clock->advance(1000);
            auto saved
                = store->setAnswer(caseId, { given.question, given.answer, given.source, sessionId, {} });
            ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
            EXPECT_EQ(saved->time, m_clock->now());
        }
        m_clock->advance(1000);
        ASSERT_TRUE(store->endSession(sessionId).ok());
    }
    auto store = reopen(u"cases.lantern"_s);
    ASSERT_TRUE(store);
    auto all = store->cases();
    ASSERT_TRUE(all.ok()) << all.errorMessage().toStdString();
    ASSERT_EQ(all->size(), 1);
    const Case& c = all->first();
    EXPECT_EQ(c.id, caseId);
    EXPECT_EQ(c.code, u"2026-0001"_s);
    EXPECT_EQ(c.status, CaseStatus::Open);
    EXPECT_EQ(c.checklist, (ChecklistPin { u"minimal"_s, c.checklist.version, m_sha256 }));
    EXPECT_FALSE(c.checklist.version.isEmpty());
    EXPECT_EQ(c.createdAt, QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(c.updatedAt, c.createdAt.addSecs(6));

    auto answers = store->answers(caseId);
    ASSERT_TRUE(answers.ok()) << answers.errorMessage().toStdString();
    ASSERT_EQ(answers->records.size(), 6);
    for (const Given& given : sixStates()) {
        const auto it = std::find_if(answers->records.cbegin(), answers->records.cend(),
            [&](const AnswerRecord& r) { return r.questionId == given.question; });
        ASSERT_NE(it, answers->records.cend()) << given.question.toStdString();
        EXPECT_EQ(it->answer.state, given.answer.state) << given.question.toStdString();
        EXPECT_EQ(it->answer.value, given.answer.value) << given.question.toStdString();
        EXPECT_EQ(it->answer.note, given.answer.note) << given.question.toStdString();
        EXPECT_EQ(it->source, given.source) << given.question.toStdString();
        EXPECT_EQ(it->sessionId, sessionId);
        const Answer* inSet = answers->answers.find(given.question);
        ASSERT_NE(inSet, nullptr);
        EXPECT_EQ(inSet->state, given.answer.state);
    }
    EXPECT_TRUE(answers->answers.find(u"deceived"_s)->isYes());

    auto sessions = store->sessions(caseId);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 1);
    EXPECT_TRUE(sessions->first().interpreterUsed);
    EXPECT_EQ(sessions->first().language, u"th"_s);
    EXPECT_EQ(sessions->first().end, c.createdAt.addSecs(7));
}

TEST_F(CaseStoreTest, AnswerIsCommittedBeforeSetAnswerReturns)
{
    auto store = createEncrypted(u"durable.lantern"_s);
    ASSERT_TRUE(store);
    auto c = store->newCase(pinMinimal(*store));
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE(
        store->setAnswer(c->id, { u"deceived"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());
    {
        // Another connection sees only committed data: the row is there while the store is still open.
        RawDatabase raw(path(u"durable.lantern"_s));
        EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM answers WHERE case_id = ? AND question_id = 'deceived'"_s,
                         { c->id.toString() })
                      .toInt(),
            1);
    }
    store.reset();
    auto reopened = reopen(u"durable.lantern"_s);
    ASSERT_TRUE(reopened);
    auto answers = reopened->answers(c->id);
    ASSERT_TRUE(answers.ok());
    ASSERT_NE(answers->answers.find(u"deceived"_s), nullptr);
    EXPECT_TRUE(answers->answers.find(u"deceived"_s)->isYes());
}

TEST_F(CaseStoreTest, CodesFollowAPerYearSequenceAndAreEditable)
{
    auto store = createTraining(u"codes.lantern"_s);
    ASSERT_TRUE(store);
    const ChecklistPin pin = pinMinimal(*store);
    EXPECT_EQ(store->newCase(pin)->code, u"2026-0001"_s);
    EXPECT_EQ(store->newCase(pin, u"  HQ-7  "_s)->code, u"HQ-7"_s);
    auto second = store->newCase(pin);
    EXPECT_EQ(second->code, u"2026-0002"_s);
    m_clock->set(QDateTime(QDate(2027, 1, 2), QTime(8, 0), Qt::UTC));
    EXPECT_EQ(store->newCase(pin)->code, u"2027-0001"_s);

    ASSERT_TRUE(store->setCode(second->id, u"2026-0002-B"_s).ok());
    EXPECT_EQ(store->findCase(second->id)->code, u"2026-0002-B"_s);
    EXPECT_FALSE(store->setCode(second->id, u"  "_s).ok());
}

TEST_F(CaseStoreTest, StatusAndReasonPersist)
{
    CaseId id;
    {
        auto store = createEncrypted(u"status.lantern"_s);
        ASSERT_TRUE(store);
        auto c = store->newCase(pinMinimal(*store));
        id = c->id;
        ASSERT_TRUE(store->setStatus(id, CaseStatus::Closed, u"fictional: moved abroad"_s).ok());
    }
    auto store = reopen(u"status.lantern"_s);
    auto c = store->findCase(id);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->status, CaseStatus::Closed);
    EXPECT_EQ(c->statusReason, u"fictional: moved abroad"_s);
}

TEST_F(CaseStoreTest, PinnedChecklistBytesRoundTripWithTheirHash)
{
    {
        auto store = createEncrypted(u"pin.lantern"_s);
        ASSERT_TRUE(store);
        const ChecklistPin pin = pinMinimal(*store);
        EXPECT_EQ(pin.sha256, m_sha256);
        EXPECT_EQ(pin.id, u"minimal"_s);
        EXPECT_TRUE(store->pinChecklist(m_canonical, m_sha256).ok()) << "pinning twice is harmless";
        QByteArray altered = m_canonical;
        altered.replace("minimal", "minimaL");
        auto wrong = store->pinChecklist(altered, m_sha256);
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.errorMessage(), u"the checklist does not match its SHA-256; it was not stored"_s);
    }
    auto store = reopen(u"pin.lantern"_s);
    auto bytes = store->pinnedChecklist(m_sha256);
    ASSERT_TRUE(bytes.ok()) << bytes.errorMessage().toStdString();
    EXPECT_EQ(*bytes, m_canonical);
    EXPECT_EQ(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex(), m_sha256.toLatin1());
    const ChecklistLoad load = ChecklistLoader::loadBytes(*bytes, u"pinned"_s);
    ASSERT_TRUE(load.ok());
    EXPECT_FALSE(store->pinnedChecklist(QString(64, u'0')).ok());
}

TEST_F(CaseStoreTest, CaseNeedsAPinnedChecklist)
{
    auto store = createTraining(u"nopin.lantern"_s);
    auto c = store->newCase(ChecklistPin { u"minimal"_s, u"1.0.0"_s, QString(64, u'a') });
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.errorMessage(), u"the case's checklist is not stored in this database"_s);
}

TEST_F(CaseStoreTest, UnknownCaseAndForeignSessionAreRefused)
{
    auto store = createTraining(u"refuse.lantern"_s);
    const ChecklistPin pin = pinMinimal(*store);
    auto a = store->newCase(pin);
    auto b = store->newCase(pin);
    auto sessionOfB = store->startSession(b->id, false, u"en"_s);
    ASSERT_TRUE(sessionOfB.ok());
    auto foreign
        = store->setAnswer(a->id, { u"paid"_s, answer(AnswerState::Unknown), {}, sessionOfB->id, {} });
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.errorMessage(), u"the answer's interview session belongs to another case"_s);
    auto unknown
        = store->setAnswer(CaseId::generate(), { u"paid"_s, answer(AnswerState::Unknown), {}, {}, {} });
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.errorMessage(), u"there is no such case in this database"_s);
    EXPECT_TRUE(store->answers(a->id)->records.isEmpty());
}

TEST_F(CaseStoreTest, OpenedStoreIsLockedUntilUnlocked)
{
    createEncrypted(u"locked.lantern"_s).reset();
    auto store = CaseStore::open(path(u"locked.lantern"_s), options());
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    EXPECT_TRUE((*store)->isEncrypted());
    EXPECT_FALSE((*store)->isUnlocked());
    EXPECT_EQ((*store)->cases().errorMessage(), u"the database is locked: unlock it first"_s);
    EXPECT_FALSE((*store)->openPlain().ok());

    auto wrong = SecureBytes::fromPassphrase(u"not the passphrase"_s);
    const auto refused = (*store)->unlock(*wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), u"wrong passphrase"_s);
    EXPECT_FALSE((*store)->isUnlocked());

    ASSERT_TRUE((*store)->unlock(passphrase()).ok());
    EXPECT_TRUE((*store)->cases().ok());
    (*store)->lock();
    EXPECT_FALSE((*store)->cases().ok());
}

TEST_F(CaseStoreTest, TrainingDatabaseIsMarkedUnencrypted)
{
    createTraining(u"training.lantern"_s).reset();
    {
        RawDatabase raw(path(u"training.lantern"_s));
        EXPECT_EQ(raw.scalar(u"SELECT value FROM meta WHERE key = 'encrypted'"_s).toString(), u"0"_s);
    }
    auto store = CaseStore::open(path(u"training.lantern"_s), options());
    ASSERT_TRUE(store.ok());
    EXPECT_FALSE((*store)->isEncrypted());
    EXPECT_FALSE((*store)->unlock(passphrase()).ok());
    EXPECT_TRUE((*store)->openPlain().ok());
}

} // namespace
} // namespace lantern::test
