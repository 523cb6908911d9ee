// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of an assessment (lantern-cli score --json): complete, traceable, stable keys.
#include "scoring/AssessmentJson.h"

#include "IloChecklist.h"
#include "scoring/Scorer.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace lantern;
using namespace lantern::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject findById(const QJsonArray& array, const QString& id)
{
    for (const QJsonValue& value : array) {
        if (value.toObject().value(u"id").toString() == id)
            return value.toObject();
    }
    ADD_FAILURE() << "no entry " << id.toStdString();
    return {};
}

void collectKeys(const QJsonValue& value, QStringList& keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            keys.append(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectKeys(item, keys);
    }
}

class AssessmentJson : public ::testing::Test
{
protected:
    AssessmentJson()
    {
        Answers answers;
        allNo(answers, kRecruitmentQuestions);
        answers.yes({ "r_strong1", "e_strong" }).value("age_at_exploitation", 30);
        AnswerSet set = answers.set();
        set.set(u"r_strong2"_s,
            Answer { AnswerState::Declined, {}, u"she did not want to talk about the agent"_s });
        m_checklist = iloChecklist();
        m_assessment = Scorer::assess(m_checklist, set);
        m_json = toJson(m_assessment, m_checklist, u"en"_s);
    }

    Checklist m_checklist;
    Assessment m_assessment;
    QJsonObject m_json;
};

TEST_F(AssessmentJson, NamesTheChecklistAndTheOverallResult)
{
    const QJsonObject checklist = m_json.value(u"checklist").toObject();
    EXPECT_EQ(checklist.value(u"id").toString(), u"test");
    EXPECT_EQ(checklist.value(u"version").toString(), u"1.0.0");
    EXPECT_EQ(checklist.value(u"sha256").toString(), QString(64, u'a'));

    const QJsonObject overall = m_json.value(u"overall").toObject();
    EXPECT_EQ(overall.value(u"outcome").toString(), u"none");
    EXPECT_EQ(overall.value(u"profile").toString(), u"adult");
    EXPECT_EQ(overall.value(u"title").toString(), u"none");
    EXPECT_EQ(overall.value(u"advice").toString(), u"advice");
    EXPECT_EQ(overall.value(u"level").toInt(-1), 0);
    EXPECT_FALSE(overall.value(u"conditional").toBool(true));
    EXPECT_TRUE(overall.value(u"screening_statement").toString().contains(u"not an identification"));
}

TEST_F(AssessmentJson, ListsEveryProfileWithApplicabilityElementsAndOutcomes)
{
    const QJsonArray profiles = m_json.value(u"profiles").toArray();
    ASSERT_EQ(profiles.size(), 2);
    const QJsonObject adult = findById(profiles, u"adult"_s);
    EXPECT_EQ(adult.value(u"applicability").toString(), u"applies");
    EXPECT_EQ(findById(profiles, u"child"_s).value(u"applicability").toString(), u"does_not_apply");
    EXPECT_EQ(adult.value(u"elements").toArray().size(), 3);
    EXPECT_EQ(findById(profiles, u"child"_s).value(u"elements").toArray().size(), 2);

    const QJsonObject recruitment = findById(adult.value(u"elements").toArray(), u"recruitment"_s);
    EXPECT_EQ(recruitment.value(u"status").toString(), u"undetermined");
    EXPECT_EQ(recruitment.value(u"group").toString(), u"act");
    EXPECT_EQ(recruitment.value(u"lower_counts").toObject().value(u"strong").toInt(), 1);
    EXPECT_EQ(recruitment.value(u"upper_counts").toObject().value(u"strong").toInt(), 2);
    EXPECT_EQ(recruitment.value(u"deciding_questions").toArray(), QJsonArray { u"r_strong2"_s });
    EXPECT_TRUE(recruitment.value(u"satisfied_alternative").isNull());
    EXPECT_EQ(recruitment.value(u"threshold").toObject().value(u"any_of").toArray().at(1).toObject(),
        (QJsonObject { { u"strong"_s, 1 }, { u"medium_or_weak"_s, 1 } }));

    const QJsonObject presumed = findById(adult.value(u"outcomes").toArray(), u"presumed"_s);
    EXPECT_EQ(presumed.value(u"status").toString(), u"undetermined");
    EXPECT_EQ(presumed.value(u"level").toInt(), 3);
    EXPECT_EQ(presumed.value(u"deciding_elements").toArray(),
        (QJsonArray { u"recruitment"_s, u"exploitation"_s, u"coercion"_s }));
    EXPECT_EQ(adult.value(u"outcome").toString(), u"none");
    EXPECT_EQ(
        adult.value(u"possible_outcomes").toArray(), (QJsonArray { u"presumed"_s, u"exploitation_only"_s }));
}

TEST_F(AssessmentJson, TracesShowTheAnswersBehindEachIndicatorButNeverTheirNotes)
{
    const QJsonObject adult = findById(m_json.value(u"profiles").toArray(), u"adult"_s);
    const QJsonObject recruitment = findById(adult.value(u"elements").toArray(), u"recruitment"_s);

    const QJsonObject present = findById(recruitment.value(u"present").toArray(), u"r_strong1"_s);
    EXPECT_EQ(present.value(u"strength").toString(), u"strong");
    EXPECT_EQ(present.value(u"presence").toString(), u"present");
    const QJsonObject answer = present.value(u"questions").toArray().at(0).toObject();
    EXPECT_EQ(answer.value(u"id").toString(), u"r_strong1");
    EXPECT_EQ(answer.value(u"state").toString(), u"answered");
    EXPECT_EQ(answer.value(u"value"), QJsonValue(true));
    EXPECT_EQ(answer.value(u"visibility").toString(), u"shown");

    const QJsonObject open = findById(recruitment.value(u"open").toArray(), u"r_strong2"_s);
    EXPECT_EQ(open.value(u"presence").toString(), u"open");
    EXPECT_EQ(open.value(u"questions").toArray().at(0).toObject().value(u"state").toString(), u"declined");
    EXPECT_FALSE(open.value(u"questions").toArray().at(0).toObject().contains(u"value"));
    EXPECT_EQ(open.value(u"deciding_questions").toArray(), QJsonArray { u"r_strong2"_s });

    const QByteArray text = QJsonDocument(m_json).toJson();
    EXPECT_FALSE(text.contains("did not want to talk")) << "answer notes stay out of the output";
}

TEST_F(AssessmentJson, MetElementNamesTheAlternativeItSatisfied)
{
    Answers answers;
    answers.yes({ "e_strong", "e_weak" }).value("age_at_exploitation", 30);
    const QJsonObject json = toJson(Scorer::assess(m_checklist, answers), m_checklist, u"en"_s);
    const QJsonObject adult = findById(json.value(u"profiles").toArray(), u"adult"_s);
    const QJsonObject exploitation = findById(adult.value(u"elements").toArray(), u"exploitation"_s);
    EXPECT_EQ(exploitation.value(u"status").toString(), u"met");
    EXPECT_EQ(exploitation.value(u"satisfied_alternative").toObject(),
        (QJsonObject { { u"strong"_s, 1 }, { u"medium_or_weak"_s, 1 } }));
}

TEST_F(AssessmentJson, ConditionalResultCarriesNotesAndApplicabilityQuestions)
{
    const QJsonObject json
        = toJson(Scorer::assess(m_checklist, Answers().yes("e_strong")), m_checklist, u"en"_s);
    EXPECT_TRUE(json.value(u"overall").toObject().value(u"conditional").toBool());
    EXPECT_TRUE(
        json.value(u"overall").toObject().value(u"screening_statement").toString().contains(u"conditional"));
    const QJsonObject child = findById(json.value(u"profiles").toArray(), u"child"_s);
    EXPECT_EQ(child.value(u"applicability").toString(), u"undetermined");
    EXPECT_EQ(child.value(u"applicability_questions").toArray(), QJsonArray { u"age_at_exploitation"_s });
    EXPECT_FALSE(json.value(u"notes").toArray().isEmpty());
}

TEST_F(AssessmentJson, EveryKeyIsSnakeCase)
{
    QStringList keys;
    collectKeys(m_json, keys);
    const QRegularExpression snake(u"^[a-z][a-z0-9_]*$"_s);
    ASSERT_GT(keys.size(), 50);
    for (const QString& key : std::as_const(keys))
        EXPECT_TRUE(snake.match(key).hasMatch()) << key.toStdString();
}

TEST(AssessmentStrings, StatusNamesAreStable)
{
    EXPECT_EQ(toString(Status::Met), u"met");
    EXPECT_EQ(toString(Status::NotMet), u"not_met");
    EXPECT_EQ(toString(Status::Undetermined), u"undetermined");
    EXPECT_EQ(toString(Applicability::Applies), u"applies");
    EXPECT_EQ(toString(Applicability::DoesNotApply), u"does_not_apply");
    EXPECT_EQ(toString(Applicability::Undetermined), u"undetermined");
    EXPECT_EQ(toString(Presence::Present), u"present");
    EXPECT_EQ(toString(Presence::Absent), u"absent");
    EXPECT_EQ(toString(Presence::Open), u"open");
}

} // namespace
