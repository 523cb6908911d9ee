// SPDX-License-Identifier: GPL-3.0-or-later
// Every way an answer can be wrong for its question, checked before anything is saved.
#include "casework/AnswerValidator.h"

#include "CaseworkFixture.h"

#include <QJsonArray>

namespace lantern::test {
namespace {

struct ValidatorCase
{
    const char* name;
    const char* question;
    Answer answer;
    const char* problem; ///< nullptr when the answer is acceptable; else a fragment of the message
};

void PrintTo(const ValidatorCase& c, std::ostream* os)
{
    *os << c.name;
}

class AnswerValidatorTest : public CaseworkFixture, public ::testing::WithParamInterface<ValidatorCase>
{
};

TEST_P(AnswerValidatorTest, AcceptsOrExplains)
{
    const Checklist checklist = allTypes();
    AnswerSet current;
    current.set(QStringLiteral("age_start"), answered(30));
    const ValidatorCase& c = GetParam();
    const auto result = AnswerValidator::check(checklist, QString::fromLatin1(c.question), c.answer, current);
    if (!c.problem) {
        EXPECT_TRUE(result.ok()) << result.errorMessage().toStdString();
        return;
    }
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QString::fromLatin1(c.problem)))
        << result.errorMessage().toStdString();
}

const QJsonArray kDocumentsAndDebt { QStringLiteral("documents"), QStringLiteral("debt") };
const QJsonArray kDebtTwice { QStringLiteral("debt"), QStringLiteral("debt") };
const QJsonArray kUnknownOption { QStringLiteral("wages") };

INSTANTIATE_TEST_SUITE_P(Table, AnswerValidatorTest,
    ::testing::Values(ValidatorCase { "yes", "deceived", answered(true), nullptr },
        ValidatorCase { "yesAsText", "deceived", answered(QStringLiteral("yes")), "yes or no" },
        ValidatorCase { "unknownQuestion", "no_such_question", answered(true),
            "there is no question 'no_such_question'" },
        ValidatorCase { "option", "sector", answered(QStringLiteral("fishing")), nullptr },
        ValidatorCase { "notAnOption", "sector", answered(QStringLiteral("mining")), "options" },
        ValidatorCase { "options", "control", answered(kDocumentsAndDebt), nullptr },
        ValidatorCase { "noneOfTheOptions", "control", answered(QJsonArray()), nullptr },
        ValidatorCase { "optionTwice", "control", answered(kDebtTwice), "chosen twice" },
        ValidatorCase { "unknownOptionInList", "control", answered(kUnknownOption), "'wages' is not one" },
        ValidatorCase { "singleOptionForMulti", "control", answered(QStringLiteral("debt")), "list" },
        ValidatorCase { "text", "employer", answered(QStringLiteral("Fictional Fisheries Ltd")), nullptr },
        ValidatorCase { "numberForText", "employer", answered(12), "text" },
        ValidatorCase { "date", "arrived", answered(QStringLiteral("2025-11-30")), nullptr },
        ValidatorCase { "impossibleDate", "arrived", answered(QStringLiteral("2025-02-30")), "YYYY-MM-DD" },
        ValidatorCase { "dateOtherFormat", "arrived", answered(QStringLiteral("30/11/2025")), "YYYY-MM-DD" },
        ValidatorCase { "numberInRange", "age_start", answered(17), nullptr },
        ValidatorCase {
            "numberAboveMax", "age_start", answered(121), "above the highest allowed value, 120" },
        ValidatorCase { "numberBelowMin", "age_start", answered(-1), "below the lowest allowed value, 0" },
        ValidatorCase { "numberAsText", "age_start", answered(QStringLiteral("17")), "number" },
        ValidatorCase { "constraintHolds", "age_now", answered(31), nullptr },
        ValidatorCase {
            "constraintFails", "age_now", answered(29), "cannot be below the age when work began" },
        ValidatorCase { "stateSkipsConstraint", "age_now", makeAnswer(AnswerState::Declined), nullptr },
        ValidatorCase {
            "stateWithValue", "deceived", makeAnswer(AnswerState::Unknown, true), "cannot go with" },
        ValidatorCase { "notApplicable", "sector", makeAnswer(AnswerState::NotApplicable), nullptr }),
    [](const ::testing::TestParamInfo<ValidatorCase>& param) { return std::string(param.param.name); });

TEST_F(CaseworkFixture, ConstraintReadsTheOtherAnswersAsGiven)
{
    const Checklist checklist = allTypes();
    AnswerSet none;
    // No age at start yet: the rule's default (0) applies, so any age now is fine.
    EXPECT_TRUE(AnswerValidator::check(checklist, QStringLiteral("age_now"), answered(5), none).ok());
    AnswerSet later;
    later.set(QStringLiteral("age_start"), answered(10));
    EXPECT_FALSE(AnswerValidator::check(checklist, QStringLiteral("age_now"), answered(5), later).ok());
}

} // namespace
} // namespace lantern::test
