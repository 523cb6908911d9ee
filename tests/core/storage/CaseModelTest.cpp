// SPDX-License-Identifier: GPL-3.0-or-later
// The case model's value types: ids, names, codes, answer JSON and the clock.
#include "cases/AnswerRecord.h"
#include "cases/AuditEvent.h"
#include "cases/Case.h"
#include "cases/Clock.h"
#include "cases/OpaqueId.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QSet>

namespace lantern {
namespace {

using namespace Qt::StringLiterals;

TEST(CaseModel, IdsAreRandomHexAndParseBack)
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const CaseId id = CaseId::generate();
        ASSERT_EQ(id.toString().size(), 32);
        EXPECT_EQ(CaseId::fromString(id.toString()), id);
        seen.insert(id.toString());
    }
    EXPECT_EQ(seen.size(), 100);
    EXPECT_TRUE(CaseId::fromString(u"2026-0001"_s).isNull());
    EXPECT_TRUE(CaseId::fromString(u"0123456789ABCDEF0123456789ABCDEF"_s).isNull())
        << "upper case is not ours";
}

TEST(CaseModel, NamesRoundTrip)
{
    for (auto s : { CaseStatus::Open, CaseStatus::Assessed, CaseStatus::Referred, CaseStatus::Closed })
        EXPECT_EQ(caseStatusFromString(toString(s)), s);
    for (auto s : { AnswerSource::SelfReport, AnswerSource::Observed, AnswerSource::Document,
             AnswerSource::ThirdParty })
        EXPECT_EQ(answerSourceFromString(toString(s)), s);
    for (int k = 0; k <= static_cast<int>(AuditKind::Locked); ++k)
        EXPECT_EQ(auditKindFromString(toString(static_cast<AuditKind>(k))), static_cast<AuditKind>(k));
    EXPECT_EQ(toString(AnswerSource::ThirdParty), u"third_party"_s);
    EXPECT_EQ(toString(AuditKind::NoteEdited), u"note_edited"_s);
    EXPECT_FALSE(caseStatusFromString(u"victim"_s).has_value());
}

TEST(CaseModel, CaseCodeIsYearAndFourDigitSequence)
{
    EXPECT_EQ(formatCaseCode(2026, 42), u"2026-0042"_s);
    EXPECT_EQ(formatCaseCode(2026, 12345), u"2026-12345"_s);
}

TEST(CaseModel, AnswerJsonRoundTripsEveryState)
{
    const QList<Answer> answers = {
        { AnswerState::Answered, QJsonValue(true), u"fictional note"_s },
        { AnswerState::Answered, QJsonValue(false), {} },
        { AnswerState::Answered, QJsonValue(QJsonArray { u"labour"_s }), {} },
        { AnswerState::Unknown, {}, u"unsure"_s },
        { AnswerState::Declined, {}, {} },
        { AnswerState::NotAsked, {}, {} },
        { AnswerState::NotApplicable, {}, {} },
    };
    for (const Answer& a : answers) {
        const auto back = answerFromJson(answerToJson(a));
        ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
        EXPECT_EQ(back->state, a.state);
        EXPECT_EQ(back->value, a.value);
        EXPECT_EQ(back->note, a.note);
    }
    EXPECT_FALSE(answerFromJson({ { u"state"_s, u"answered"_s } }).ok()) << "answered needs a value";
    EXPECT_FALSE(answerFromJson({ { u"state"_s, u"maybe"_s } }).ok());
}

TEST(CaseModel, FixedClockMovesOnlyWhenTold)
{
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const QDateTime start = clock.now();
    EXPECT_EQ(clock.now(), start);
    clock.advance(1500);
    EXPECT_EQ(start.msecsTo(clock.now()), 1500);
    EXPECT_EQ(clock.now().timeSpec(), Qt::UTC);
    SystemClock system;
    EXPECT_LE(qAbs(system.now().secsTo(QDateTime::currentDateTimeUtc())), 5);
}

} // namespace
} // namespace lantern
