// SPDX-License-Identifier: GPL-3.0-or-later
// Every case study shipped in resources/demo, whoever wrote it: it loads, it is compiled into
// the resources, and its answers really score to the results it teaches.
#include "scoring/Scorer.h"
#include "TestData.h"
#include "training/CaseStudyLibrary.h"
#include "training/CaseStudyLoader.h"
#include "training/CaseStudyScoring.h"
#include "TrainingTestData.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QRegularExpression>

namespace lantern::test {
namespace {

/// The file names in resources/demo of the source tree (not the compiled resources, so a file
/// missing from the build is noticed too).
QStringList sourceFiles()
{
    return QDir(sourcePath(QStringLiteral("resources/demo")))
        .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
}

class BundledCaseStudy : public ::testing::TestWithParam<QString>
{
protected:
    CaseStudyLoad load() const
    {
        return CaseStudyLoader::loadFile(
            sourcePath(QStringLiteral("resources/demo/") + GetParam()), bundledChecklists());
    }
};

TEST_P(BundledCaseStudy, LoadsWithoutProblems)
{
    const CaseStudyLoad loaded = load();
    for (const Diagnostic& diagnostic : loaded.diagnostics)
        ADD_FAILURE() << diagnostic.toString().toStdString();
    EXPECT_TRUE(loaded.ok());
}

TEST_P(BundledCaseStudy, ModelAnswersScoreToTheExpectedProfilesAndOutcome)
{
    const CaseStudyLoad loaded = load();
    ASSERT_TRUE(loaded.ok());
    const CaseStudy& study = *loaded.caseStudy;
    const ChecklistEntry* entry = ChecklistRegistry::find(bundledChecklists(), study.checklistId);
    ASSERT_NE(entry, nullptr);
    const Assessment model = Scorer::assess(*entry->load.checklist, study.modelAnswers);
    QStringList applying = CaseStudyScoring::applyingProfiles(model);
    QStringList expected = study.expectedProfiles;
    applying.sort();
    expected.sort();
    EXPECT_EQ(applying, expected);
    EXPECT_EQ(model.outcomeId, study.expectedOutcome);
    EXPECT_FALSE(model.conditional) << "the model answers must settle which profiles apply";
    const Assessment interview = Scorer::assess(*entry->load.checklist, study.interviewAnswers());
    EXPECT_EQ(interview.outcomeId, study.interviewOutcome);
}

TEST_P(BundledCaseStudy, IsAWorkshopLengthStoryWithAnInterview)
{
    const CaseStudyLoad loaded = load();
    ASSERT_TRUE(loaded.ok());
    const CaseStudy& study = *loaded.caseStudy;
    const QString narrative = study.narrative.text(QStringLiteral("en"));
    const qsizetype words
        = narrative.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
    EXPECT_GE(words, 250);
    EXPECT_LE(words, 600);
    EXPECT_FALSE(study.interview.isEmpty());
    EXPECT_FALSE(study.reasoning.text(QStringLiteral("en")).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Demo, BundledCaseStudy, ::testing::ValuesIn(sourceFiles()),
    [](const ::testing::TestParamInfo<QString>& file) {
        return QString(file.param).remove(QStringLiteral(".json")).replace(u'-', u'_').toStdString();
    });

TEST(BundledCaseStudies, AreAllCompiledIntoTheResourcesAndLoaded)
{
    const QStringList files = sourceFiles();
    ASSERT_FALSE(files.isEmpty());
    const QStringList compiled = QDir(CaseStudyLibrary::bundledFolder())
                                     .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    EXPECT_EQ(compiled, files) << "re-run cmake after adding a case study";
    const CaseStudyLibrary library = CaseStudyLibrary::load(bundledChecklists());
    for (const CaseStudyProblem& problem : library.problems())
        ADD_FAILURE() << problem.path.toStdString() << ": "
                      << problem.diagnostics.value(0).toString().toStdString();
    EXPECT_EQ(library.caseStudies().size(), files.size());
}

// The six identification case studies teach the whole range of results, including a case of
// exploitation that is not trafficking.
TEST(BundledCaseStudies, IdentificationStudiesCoverTheTopicsAndResults)
{
    const CaseStudyLibrary library = CaseStudyLibrary::load(bundledChecklists());
    const struct
    {
        const char* id;
        const char* code;
        const char* profile;
        const char* outcome;
        const char* interviewOutcome;
    } expected[] = {
        { "fishing-vessel", "TRAIN-01", "adult_labour", "refer_for_identification",
            "refer_for_identification" },
        { "domestic-servitude", "TRAIN-02", "adult_labour", "refer_for_identification",
            "refer_for_identification" },
        { "child-sexual-exploitation", "TRAIN-03", "child_sexual", "refer_for_identification",
            "refer_for_identification" },
        { "forced-marriage", "TRAIN-04", "adult_labour", "refer_for_identification",
            "refer_for_identification" },
        { "scam-compound", "TRAIN-05", "adult_labour", "refer_for_identification",
            "deception_and_exploitation" },
        { "exploitation-only", "TRAIN-06", "adult_labour", "exploitation_only", "exploitation_only" },
    };
    for (const auto& e : expected) {
        const CaseStudy* study = library.find(QString::fromLatin1(e.id));
        ASSERT_NE(study, nullptr) << e.id;
        EXPECT_EQ(study->code, QString::fromLatin1(e.code));
        EXPECT_EQ(study->checklistId, QStringLiteral("ilo-identification"));
        EXPECT_EQ(study->expectedProfiles, QStringList { QString::fromLatin1(e.profile) }) << e.id;
        EXPECT_EQ(study->expectedOutcome, QString::fromLatin1(e.outcome)) << e.id;
        EXPECT_EQ(study->interviewOutcome, QString::fromLatin1(e.interviewOutcome)) << e.id;
        // A recorded interview: sessions, notes and sources, and something left open.
        EXPECT_FALSE(study->sessions.isEmpty()) << e.id;
        int notes = 0;
        int open = 0;
        for (const CaseStudyAnswer& answer : study->interview) {
            notes += answer.answer.note.isEmpty() ? 0 : 1;
            open
                += answer.answer.state == AnswerState::Declined || answer.answer.state == AnswerState::Unknown
                ? 1
                : 0;
            EXPECT_FALSE(answer.sessionId.isEmpty()) << e.id << ' ' << answer.questionId.toStdString();
        }
        EXPECT_GE(notes, 3) << e.id;
        EXPECT_GE(open, 1) << e.id;
    }
}

// In the exploitation-only case study, trafficking is ruled out, not merely unproven.
TEST(BundledCaseStudies, ExploitationOnlyRulesOutTheHigherResults)
{
    const CaseStudyLibrary library = CaseStudyLibrary::load(bundledChecklists());
    const CaseStudy* study = library.find(QStringLiteral("exploitation-only"));
    ASSERT_NE(study, nullptr);
    const Checklist* checklist = library.checklistFor(*study);
    ASSERT_NE(checklist, nullptr);
    const Assessment model = Scorer::assess(*checklist, study->modelAnswers);
    ASSERT_EQ(model.profiles.size(), 4);
    for (const ProfileResult& profile : model.profiles) {
        if (profile.profileId != QStringLiteral("adult_labour"))
            continue;
        EXPECT_TRUE(profile.possibleOutcomes.isEmpty()) << profile.possibleOutcomes.join(u',').toStdString();
        for (const OutcomeResult& outcome : profile.outcomes) {
            if (outcome.level > 1) {
                EXPECT_EQ(outcome.status, Status::NotMet) << outcome.outcomeId.toStdString();
            }
        }
    }
}

} // namespace
} // namespace lantern::test
