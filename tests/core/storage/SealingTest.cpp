// SPDX-License-Identifier: GPL-3.0-or-later
// Case content is sealed: the raw file holds none of it, and altered or swapped ciphertext is
// reported, never shown as data.
#include "StoreFixture.h"
#include "vault/Sealer.h"

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class SealingTest : public StoreFixture
{
protected:
    const QString m_code = u"ZX-FICTIONAL-4471"_s;
    const QString m_note = u"fictional note: worked at the Lantana guesthouse"_s;
    const QString m_reason = u"fictional reason: referred to shelter Orchid"_s;

    /// Writes the sensitive fictional strings through `store`.
    void writeSensitive(CaseStore& store)
    {
        auto c = store.newCase(pinMinimal(store), m_code);
        ASSERT_TRUE(c.ok()) << c.errorMessage().toStdString();
        ASSERT_TRUE(
            store.setAnswer(c->id, { u"deceived"_s, answer(AnswerState::Answered, true, m_note), {}, {}, {} })
                .ok());
        ASSERT_TRUE(store.setStatus(c->id, CaseStatus::Referred, m_reason).ok());
    }
    /// Which of the sensitive strings appear in the raw bytes (UTF-8 or UTF-16).
    QStringList found(const QByteArray& bytes) const
    {
        QStringList hits;
        for (const QString& text : { m_code, m_note, m_reason }) {
            const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            if (bytes.contains(text.toUtf8()) || bytes.contains(utf16))
                hits.append(text);
        }
        return hits;
    }

    /// Creates an encrypted store holding two cases and closes it.
    void createTwoCases(const QString& file, CaseId& first, CaseId& second)
    {
        auto store = createEncrypted(file);
        ASSERT_TRUE(store);
        const ChecklistPin pin = pinMinimal(*store);
        auto a = store->newCase(pin);
        auto b = store->newCase(pin);
        ASSERT_TRUE(a.ok() && b.ok());
        first = a->id;
        second = b->id;
    }
};

TEST_F(SealingTest, EncryptedFileHoldsNoCaseText)
{
    auto store = createEncrypted(u"secret.lantern"_s);
    ASSERT_TRUE(store);
    writeSensitive(*store);
    EXPECT_TRUE(found(databaseBytes(path(u"secret.lantern"_s))).isEmpty()) << "while open (WAL included)";
    store.reset();
    EXPECT_TRUE(found(databaseBytes(path(u"secret.lantern"_s))).isEmpty()) << "after closing";
}

TEST_F(SealingTest, TrainingFileHoldsItsTextInClear)
{
    // The control for the test above: the byte search does find text that is stored in clear.
    auto store = createTraining(u"clear.lantern"_s);
    ASSERT_TRUE(store);
    writeSensitive(*store);
    store.reset();
    EXPECT_EQ(found(databaseBytes(path(u"clear.lantern"_s))).size(), 3);
}

TEST_F(SealingTest, SwappedAnswersAreDetected)
{
    CaseId id;
    {
        auto store = createEncrypted(u"swap.lantern"_s);
        ASSERT_TRUE(store);
        id = store->newCase(pinMinimal(*store))->id;
        ASSERT_TRUE(
            store->setAnswer(id, { u"deceived"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());
        ASSERT_TRUE(
            store->setAnswer(id, { u"paid"_s, answer(AnswerState::Answered, false), {}, {}, {} }).ok());
    }
    {
        RawDatabase raw(path(u"swap.lantern"_s));
        const QByteArray yes
            = raw.scalar(u"SELECT value FROM answers WHERE question_id = 'deceived'"_s).toByteArray();
        const QByteArray no
            = raw.scalar(u"SELECT value FROM answers WHERE question_id = 'paid'"_s).toByteArray();
        ASSERT_FALSE(yes.isEmpty());
        raw.exec(u"UPDATE answers SET value = ? WHERE question_id = 'deceived'"_s, { no });
        raw.exec(u"UPDATE answers SET value = ? WHERE question_id = 'paid'"_s, { yes });
    }
    auto store = reopen(u"swap.lantern"_s);
    ASSERT_TRUE(store);
    auto answers = store->answers(id);
    ASSERT_FALSE(answers.ok()) << "a swapped answer must never read as data";
    EXPECT_EQ(answers.errorMessage(), u"stored data failed its integrity check (tampered or damaged)"_s);
}

TEST_F(SealingTest, AlteredOrMovedCaseFieldsAreDetected)
{
    CaseId first;
    CaseId second;
    ASSERT_NO_FATAL_FAILURE(createTwoCases(u"alter.lantern"_s, first, second));
    {
        RawDatabase raw(path(u"alter.lantern"_s));
        // Move the first case's code onto the second case.
        const QByteArray code
            = raw.scalar(u"SELECT code FROM cases WHERE id = ?"_s, { first.toString() }).toByteArray();
        raw.exec(u"UPDATE cases SET code = ? WHERE id = ?"_s, { code, second.toString() });
    }
    {
        auto store = reopen(u"alter.lantern"_s);
        ASSERT_TRUE(store);
        EXPECT_TRUE(store->findCase(first).ok());
        EXPECT_FALSE(store->findCase(second).ok());
        EXPECT_FALSE(store->cases().ok());
    }
    {
        RawDatabase raw(path(u"alter.lantern"_s));
        // Flip one bit of the first case's status.
        QByteArray status
            = raw.scalar(u"SELECT status FROM cases WHERE id = ?"_s, { first.toString() }).toByteArray();
        status[status.size() - 1] = static_cast<char>(status.at(status.size() - 1) ^ 0x01);
        raw.exec(u"UPDATE cases SET status = ? WHERE id = ?"_s, { status, first.toString() });
    }
    auto store = reopen(u"alter.lantern"_s);
    EXPECT_EQ(store->findCase(first).errorMessage(),
        u"stored data failed its integrity check (tampered or damaged)"_s);
}

TEST_F(SealingTest, AuditEventMovedToAnotherCaseIsDetected)
{
    CaseId first;
    CaseId second;
    ASSERT_NO_FATAL_FAILURE(createTwoCases(u"moved.lantern"_s, first, second));
    {
        RawDatabase raw(path(u"moved.lantern"_s));
        raw.exec(u"DROP TRIGGER audit_no_update"_s);
        raw.exec(
            u"UPDATE audit SET case_id = ? WHERE case_id = ?"_s, { second.toString(), first.toString() });
    }
    auto store = reopen(u"moved.lantern"_s);
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->audit(second).ok());
}

} // namespace
} // namespace lantern::test
