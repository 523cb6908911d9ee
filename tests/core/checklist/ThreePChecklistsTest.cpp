// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop's other three exercises as bundled checklists, scored by the same engine as the
// identification checklist: they load cleanly, their case studies' model answers reach the
// expected outcome, and an empty answer set leaves everything open instead of "not met".
// The band and outcome boundaries of each one are in AwarenessCampaignTest, AssistancePlanTest
// and CrossBorderCooperationTest.
#include "TestData.h"
#include "ThreePTestSupport.h"

#include "checklist/ChecklistRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace lantern;
using namespace lantern::test;

namespace {

struct Bundled
{
    const char* file;
    const char* id;
    const char* caseStudyPrefix;
};

const Bundled kBundled[] = {
    {"awareness-campaign.json", "awareness-campaign", "awareness-"},
    {"assistance-plan.json", "assistance-plan", "assistance-"},
    {"cross-border-cooperation.json", "cross-border-cooperation", "cooperation-"},
};

std::optional<Checklist> checklistWithId(const QString& id)
{
    for (const Bundled& bundled : kBundled) {
        if (id == QLatin1String(bundled.id))
            return bundledChecklist(QString::fromLatin1(bundled.file));
    }
    return std::nullopt;
}

/// The case studies for the three checklists, as paths under resources/demo.
QStringList caseStudyPaths()
{
    QStringList paths;
    const QDir demo(sourcePath(QStringLiteral("resources/demo")));
    for (const QFileInfo& file : demo.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        for (const Bundled& bundled : kBundled) {
            if (file.fileName().startsWith(QLatin1String(bundled.caseStudyPrefix)))
                paths.append(file.absoluteFilePath());
        }
    }
    return paths;
}

/// A case study's recorded interview as an answers object: the interview also records the source
/// and the session of each answer, which an answer set does not hold.
QJsonObject interviewAnswers(const QJsonObject& interview)
{
    QJsonObject answers;
    for (auto it = interview.constBegin(); it != interview.constEnd(); ++it) {
        QJsonObject entry = it.value().toObject();
        entry.remove(QStringLiteral("source"));
        entry.remove(QStringLiteral("session"));
        answers.insert(it.key(), entry);
    }
    return answers;
}

QStringList sortedStrings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& value : array)
        list.append(value.toString());
    list.sort();
    return list;
}

} // namespace

TEST(ThreePChecklists, LoadFromTheBundledResourcesWithoutDiagnostics)
{
    for (const Bundled& bundled : kBundled) {
        SCOPED_TRACE(bundled.file);
        const std::optional<Checklist> checklist = bundledChecklist(QString::fromLatin1(bundled.file));
        ASSERT_TRUE(checklist.has_value());
        EXPECT_EQ(checklist->id, QLatin1String(bundled.id));
        EXPECT_EQ(checklist->version, u"1.1.0");
        // English and the eleven languages of the region, each a draft until reviewed.
        EXPECT_EQ(checklist->languages.size(), 12);
        for (const char* code : {"en", "bn", "km", "zh", "hi", "ja", "ko", "dv", "mn", "ne", "fil", "th"})
            EXPECT_TRUE(checklist->languages.contains(QLatin1String(code))) << code;
        EXPECT_FALSE(checklist->provenance.verified);
        EXPECT_GE(checklist->provenance.sources.size(), 3);
        for (const Profile& profile : checklist->profiles) {
            ASSERT_FALSE(profile.outcomes.isEmpty());
            EXPECT_EQ(profile.outcomes.last().rule, QJsonValue(true)) << "profile " << profile.id.toStdString();
        }
        // Not about the Palermo definition: no element claims to be an act, a means or a purpose.
        for (const Element& element : checklist->elements)
            EXPECT_TRUE(element.group.isEmpty()) << element.id.toStdString();
    }
}

TEST(ThreePChecklists, TheRegistryListsAllFourBundledChecklists)
{
    const QList<ChecklistEntry> entries = ChecklistRegistry::scan(QString());
    for (const char* id : {"ilo-identification", "awareness-campaign", "assistance-plan", "cross-border-cooperation"}) {
        const ChecklistEntry* entry = ChecklistRegistry::find(entries, QString::fromLatin1(id));
        ASSERT_NE(entry, nullptr) << id;
        EXPECT_TRUE(entry->bundled);
    }
}

TEST(ThreePChecklists, ModelAnswersAndInterviewsOfEveryCaseStudyScoreAsExpected)
{
    const QStringList paths = caseStudyPaths();
    QHash<QString, QSet<QString>> outcomesByChecklist;
    for (const QString& path : paths) {
        SCOPED_TRACE(path.toStdString());
        const QJsonObject study = readJsonObject(path);
        EXPECT_EQ(study.value(u"format").toString(), u"lantern-case-study/1");
        EXPECT_EQ(study.value(u"id").toString() + QStringLiteral(".json"), QFileInfo(path).fileName());
        const QString checklistId = study.value(u"checklist").toObject().value(u"id").toString();
        const std::optional<Checklist> checklist = checklistWithId(checklistId);
        ASSERT_TRUE(checklist.has_value()) << "checklist " << checklistId.toStdString();
        EXPECT_EQ(study.value(u"checklist").toObject().value(u"version").toString(), checklist->version);

        const QJsonObject expected = study.value(u"expected").toObject();
        const Assessment model = assess(*checklist, study.value(u"model_answers").toObject());
        EXPECT_EQ(model.outcomeId, expected.value(u"outcome").toString());
        EXPECT_EQ(applyingProfiles(model), sortedStrings(expected.value(u"profiles").toArray()));
        EXPECT_FALSE(model.conditional);
        outcomesByChecklist[checklistId].insert(model.outcomeId);

        const QString interviewOutcome = expected.contains(u"interview_outcome")
            ? expected.value(u"interview_outcome").toString()
            : expected.value(u"outcome").toString();
        const Assessment interview = assess(*checklist, interviewAnswers(study.value(u"interview").toObject()));
        EXPECT_EQ(interview.outcomeId, interviewOutcome) << "on the recorded interview";
    }
    // At least two case studies per checklist, reaching different outcomes.
    for (const Bundled& bundled : kBundled)
        EXPECT_GE(outcomesByChecklist.value(QString::fromLatin1(bundled.id)).size(), 2) << bundled.id;
}

// Missing is not "no": with nothing answered every element could still go either way, and each
// profile rests on its catch-all outcome with every other outcome still possible.
TEST(ThreePChecklists, AnEmptyAnswerSetLeavesEveryElementUndetermined)
{
    for (const Bundled& bundled : kBundled) {
        SCOPED_TRACE(bundled.file);
        const std::optional<Checklist> checklist = bundledChecklist(QString::fromLatin1(bundled.file));
        ASSERT_TRUE(checklist.has_value());
        const Assessment assessment = Scorer::assess(*checklist, AnswerSet());
        for (const ProfileResult& profile : assessment.profiles) {
            SCOPED_TRACE(profile.profileId.toStdString());
            EXPECT_EQ(profile.applicability, Applicability::Undetermined);
            ASSERT_FALSE(profile.elements.isEmpty());
            for (const ElementResult& element : profile.elements)
                EXPECT_EQ(element.status, Status::Undetermined) << element.elementId.toStdString();
            const Profile* model = checklist->profile(profile.profileId);
            ASSERT_NE(model, nullptr);
            EXPECT_EQ(profile.outcomeId, model->outcomes.last().id);
            EXPECT_EQ(profile.possibleOutcomes.size(), model->outcomes.size() - 1);
        }
        // Which profile applies is open too, so the overall result is conditional.
        EXPECT_TRUE(assessment.conditional);
    }
}

TEST(ThreePChecklists, AnEmptyAnswerSetGivesTheCautiousResultOfEachChecklist)
{
    struct Expected
    {
        const char* file;
        const char* outcome;
        int level;
    };
    // Readiness checklists rest on "not ready" (level 2: what stands in the way); the assistance
    // plan on a child-protection referral, since the person may be a child while the age is open.
    for (const Expected& expected : {Expected{"awareness-campaign.json", "not_ready", 2},
                                     Expected{"assistance-plan.json", "child_protection_referral", 1},
                                     Expected{"cross-border-cooperation.json", "not_ready", 2}}) {
        SCOPED_TRACE(expected.file);
        const std::optional<Checklist> checklist = bundledChecklist(QString::fromLatin1(expected.file));
        ASSERT_TRUE(checklist.has_value());
        const Assessment assessment = Scorer::assess(*checklist, AnswerSet());
        EXPECT_EQ(assessment.outcomeId, QLatin1String(expected.outcome));
        EXPECT_EQ(assessment.level, expected.level);
    }
}
