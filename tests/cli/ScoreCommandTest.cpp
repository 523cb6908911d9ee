// SPDX-License-Identifier: GPL-3.0-or-later
// `lantern-cli score` on hand-made answer files gives the statuses the rules imply, with traces.
// Expectations were worked by hand; see tests/data/answers/*/README.md.
#include "CliRunner.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using lantern::test::dataPath;
using lantern::test::runCli;

namespace {

struct ScoreCase
{
    const char* checklist; ///< a path under tests/data, or a bundled checklist id
    const char* answers;   ///< under tests/data/answers
    const char* outcome;
    int level;
    bool conditional;
    const char* profile;   ///< the profile whose statuses are checked
    const char* elementStatuses; ///< "element=status ..." for that profile
};

void PrintTo(const ScoreCase& c, std::ostream* os)
{
    *os << c.answers;
}

QJsonObject scoreJson(const ScoreCase& c)
{
    const QString checklist = QString::fromLatin1(c.checklist).endsWith(u".json")
        ? dataPath(QString::fromLatin1(c.checklist))
        : QString::fromLatin1(c.checklist);
    const auto run = runCli({QStringLiteral("score"), checklist,
                             dataPath(QStringLiteral("answers/") + QString::fromLatin1(c.answers)), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject findById(const QJsonArray& array, const QString& id)
{
    for (const QJsonValue& value : array) {
        if (value.toObject().value(u"id").toString() == id)
            return value.toObject();
    }
    return {};
}

class ScoreCommand : public testing::TestWithParam<ScoreCase>
{
};

TEST_P(ScoreCommand, GivesTheHandWorkedResult)
{
    const ScoreCase& c = GetParam();
    const QJsonObject assessment = scoreJson(c);
    const QJsonObject overall = assessment.value(u"overall").toObject();
    EXPECT_EQ(overall.value(u"outcome").toString().toStdString(), c.outcome);
    EXPECT_EQ(overall.value(u"level").toInt(-1), c.level);
    EXPECT_EQ(overall.value(u"conditional").toBool(), c.conditional);
    EXPECT_TRUE(overall.value(u"screening_statement").toString().contains(QStringLiteral("not an identification")));

    const QJsonObject profile = findById(assessment.value(u"profiles").toArray(), QString::fromLatin1(c.profile));
    ASSERT_FALSE(profile.isEmpty()) << "no profile " << c.profile;
    for (const QString& pair : QString::fromLatin1(c.elementStatuses).split(u' ', Qt::SkipEmptyParts)) {
        const QString element = pair.section(u'=', 0, 0);
        const QJsonObject result = findById(profile.value(u"elements").toArray(), element);
        EXPECT_EQ(result.value(u"status").toString(), pair.section(u'=', 1)) << "element " << element.toStdString();
    }
}

const ScoreCase kCases[] = {
    {"checklists/minimal.json", "minimal/adult-trafficking.json", "trafficking", 2, false, "adult",
     "deception=met exploitation=met"},
    {"checklists/minimal.json", "minimal/adult-declined.json", "none", 0, false, "adult",
     "deception=undetermined exploitation=met"},
    {"checklists/minimal.json", "minimal/child-sexual.json", "trafficking", 2, false, "child",
     "deception=undetermined exploitation=met"},
    {"checklists/minimal.json", "minimal/age-declined.json", "trafficking", 2, true, "adult",
     "deception=undetermined exploitation=met"},
    {"checklists/minimal.json", "minimal/adult-nothing-found.json", "none", 0, false, "adult",
     "deception=not_met exploitation=not_met"},
    {"ilo-identification", "identification/a-fishing-vessel-forced-labour.json", "refer_for_identification", 3, false,
     "adult_labour",
     "deceptive_recruitment=met coercive_recruitment=undetermined recruitment_abuse_of_vulnerability=met "
     "exploitation=met coercion_at_destination=met abuse_of_vulnerability_at_destination=met"},
    {"ilo-identification", "identification/b-domestic-worker-exploitation-only.json", "exploitation_only", 1, false,
     "adult_labour", "deceptive_recruitment=not_met exploitation=met coercion_at_destination=not_met"},
    {"ilo-identification", "identification/c-child-sexual-exploitation-deception.json", "refer_for_identification", 3,
     false, "child_sexual",
     "deceptive_recruitment=met exploitation=met coercion_at_destination=not_met "
     "abuse_of_vulnerability_at_destination=not_met"},
    {"ilo-identification", "identification/d-age-unknown.json", "refer_for_identification", 3, true, "child_labour",
     "deceptive_recruitment=met exploitation=met coercion_at_destination=not_met"},
    {"ilo-identification", "identification/e-mostly-declined.json", "no_pattern", 0, false, "adult_labour",
     "deceptive_recruitment=undetermined exploitation=undetermined coercion_at_destination=undetermined"},
    {"ilo-identification", "identification/f-deceived-exploited-no-coercion.json", "deception_and_exploitation", 2,
     false, "adult_labour", "deceptive_recruitment=met exploitation=met coercion_at_destination=not_met"},
};

INSTANTIATE_TEST_SUITE_P(AnswerFiles, ScoreCommand, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<ScoreCase>& param) {
                             QString name = QString::fromLatin1(param.param.answers).section(u'/', 1).chopped(5);
                             name.replace(u'-', u'_');
                             return QStringLiteral("%1_%2").arg(param.index).arg(name).toStdString();
                         });

TEST(ScoreCommandTrace, UndeterminedElementNamesItsDecidingQuestions)
{
    const QJsonObject assessment = scoreJson(kCases[1]);
    const QJsonObject adult = findById(assessment.value(u"profiles").toArray(), QStringLiteral("adult"));
    const QJsonObject deception = findById(adult.value(u"elements").toArray(), QStringLiteral("deception"));
    EXPECT_EQ(deception.value(u"deciding_questions").toArray(),
              (QJsonArray{QStringLiteral("paid"), QStringLiteral("paid_less")}));
    const QJsonArray present = deception.value(u"present").toArray();
    ASSERT_EQ(present.size(), 1);
    EXPECT_EQ(present.at(0).toObject().value(u"id").toString(), QStringLiteral("deceived_job"));
    EXPECT_EQ(present.at(0).toObject().value(u"strength").toString(), QStringLiteral("strong"));
    const QStringList possible = adult.value(u"possible_outcomes").toVariant().toStringList();
    EXPECT_EQ(possible, QStringList{QStringLiteral("trafficking")});
}

TEST(ScoreCommandReport, ReadableReportLeadsWithTheScreeningResultAndItsReasons)
{
    const auto run = runCli({QStringLiteral("score"), dataPath(QStringLiteral("checklists/minimal.json")),
                             dataPath(QStringLiteral("answers/minimal/adult-trafficking.json"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n');
    ASSERT_GT(lines.size(), 4);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Screening result: Indicators consistent with trafficking (level 2")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("This is a screening result, not a legal identification.")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("+ strong  Deceived about the job <- deceived = yes")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("+ medium  Deceived about pay <- paid_less = yes")));
}

} // namespace
