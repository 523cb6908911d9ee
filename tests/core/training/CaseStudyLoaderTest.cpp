// SPDX-License-Identifier: GPL-3.0-or-later
// Loading one case study: a good file becomes the model; each broken file is refused with a
// message that names the problem, at the position of the offending value.
#include "training/CaseStudyLoader.h"

#include "TrainingTestData.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

namespace lantern::test {
namespace {

TEST(CaseStudyLoader, ReadsEveryPartOfAGoodFile)
{
    const CaseStudyLoad load
        = CaseStudyLoader::loadFile(trainingData(QStringLiteral("good/tiny-case.json")), bundledChecklists());
    ASSERT_TRUE(load.ok()) << (load.diagnostics.isEmpty()
            ? std::string()
            : load.diagnostics.first().toString().toStdString());
    const CaseStudy& study = *load.caseStudy;
    EXPECT_EQ(study.id, QStringLiteral("tiny-case"));
    EXPECT_EQ(study.code, QStringLiteral("TEST-TINY"));
    EXPECT_EQ(study.checklistId, QStringLiteral("ilo-identification"));
    EXPECT_EQ(study.checklistVersion, QStringLiteral("1.1.0"));
    EXPECT_EQ(study.title.text(QStringLiteral("en")), QStringLiteral("A short test case"));
    EXPECT_TRUE(study.narrative.text(QStringLiteral("en")).contains(QStringLiteral("Test Hollow")));
    ASSERT_EQ(study.sessions.size(), 1);
    EXPECT_EQ(study.sessions.first().id, QStringLiteral("first"));
    EXPECT_TRUE(study.sessions.first().interpreter);
    EXPECT_EQ(study.sessions.first().language, QStringLiteral("hi"));

    // The interview in the checklist's question order, with values, states, notes and sources.
    ASSERT_EQ(study.interview.size(), 3);
    EXPECT_EQ(study.interview.at(0).questionId, QStringLiteral("age_at_exploitation"));
    EXPECT_EQ(study.interview.at(0).answer.value, QJsonValue(30.0));
    EXPECT_EQ(study.interview.at(0).source, AnswerSource::SelfReport);
    EXPECT_EQ(study.interview.at(1).questionId, QStringLiteral("exploitation_type"));
    EXPECT_EQ(study.interview.at(1).answer.note, QStringLiteral("Brick kiln."));
    EXPECT_EQ(study.interview.at(1).source, AnswerSource::Observed);
    EXPECT_EQ(study.interview.at(2).questionId, QStringLiteral("work_long_hours"));
    EXPECT_EQ(study.interview.at(2).answer.state, AnswerState::Unknown);
    EXPECT_EQ(study.interview.at(2).sessionId, QStringLiteral("first"));

    EXPECT_EQ(study.modelAnswers.size(), 4);
    ASSERT_NE(study.modelAnswers.find(QStringLiteral("work_low_or_no_pay")), nullptr);
    EXPECT_TRUE(study.modelAnswers.find(QStringLiteral("work_low_or_no_pay"))->isYes());
    EXPECT_EQ(
        study.modelAnswers.find(QStringLiteral("work_low_or_no_pay"))->note, QStringLiteral("Very little."));
    EXPECT_EQ(study.expectedProfiles, QStringList { QStringLiteral("adult_labour") });
    EXPECT_EQ(study.expectedOutcome, QStringLiteral("exploitation_only"));
    EXPECT_EQ(study.interviewOutcome, QStringLiteral("no_pattern"));
    EXPECT_TRUE(study.path.endsWith(QStringLiteral("good/tiny-case.json")));
}

TEST(CaseStudyLoader, InterviewOutcomeDefaultsToTheExpectedOutcome)
{
    QByteArray bytes = readBytes(trainingData(QStringLiteral("good/tiny-case.json")));
    // With the full model answers as the interview, both reach the same outcome.
    bytes.replace("\"interview_outcome\": \"no_pattern\",", "");
    bytes.replace("\"work_long_hours\": {\"state\": \"unknown\", \"session\": \"first\"}",
        "\"work_long_hours\": {\"value\": true}, \"work_low_or_no_pay\": {\"value\": true}");
    const CaseStudyLoad load
        = CaseStudyLoader::loadBytes(bytes, QStringLiteral("edited.json"), bundledChecklists());
    ASSERT_TRUE(load.ok()) << load.diagnostics.first().toString().toStdString();
    EXPECT_EQ(load.caseStudy->interviewOutcome, QStringLiteral("exploitation_only"));
    EXPECT_TRUE(load.caseStudy->interview.last().sessionId.isEmpty())
        << "answers may be given outside a session";
}

struct BrokenFile
{
    const char* name;
    int line;
    int column;
    const char* message; ///< a fragment of the one diagnostic expected
};

void PrintTo(const BrokenFile& broken, std::ostream* os)
{
    *os << broken.name;
}

class BrokenCaseStudy : public ::testing::TestWithParam<BrokenFile>
{
};

TEST_P(BrokenCaseStudy, IsRefusedWithAPositionedMessage)
{
    const BrokenFile& broken = GetParam();
    const QString path = trainingData(QStringLiteral("broken/%1.json").arg(QLatin1StringView(broken.name)));
    const CaseStudyLoad load
        = CaseStudyLoader::loadFile(path, bundledChecklists(), QStringLiteral("case.json"));
    EXPECT_FALSE(load.ok());
    ASSERT_EQ(load.diagnostics.size(), 1) << load.diagnostics.value(1).toString().toStdString();
    const Diagnostic& diagnostic = load.diagnostics.first();
    EXPECT_EQ(diagnostic.file, QStringLiteral("case.json"));
    EXPECT_EQ(diagnostic.line, broken.line) << diagnostic.toString().toStdString();
    EXPECT_EQ(diagnostic.column, broken.column) << diagnostic.toString().toStdString();
    EXPECT_TRUE(diagnostic.message.contains(QString::fromUtf8(broken.message)))
        << diagnostic.toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Table, BrokenCaseStudy,
    ::testing::Values(BrokenFile { "syntax-error", 20, 3, "" },
        BrokenFile { "unknown-question", 13, 5,
            "unknown question 'work_long_hour' (not in checklist ilo-identification 1.1.0) (did you mean "
            "'work_long_hours'?)" },
        BrokenFile { "wrong-type", 11, 38, "question 'age_at_exploitation' (number): expected a number" },
        BrokenFile { "missing-session", 13, 56, "no session 'second' in \"sessions\"" },
        BrokenFile { "unknown-outcome", 23, 16, "unknown outcome 'refer_to_police'" },
        BrokenFile { "missing-checklist", 5, 16, "the checklist 'no-such-checklist' is not installed" },
        BrokenFile { "wrong-expectation", 24, 26,
            "the recorded interview reaches 'no_pattern', not 'exploitation_only'" },
        BrokenFile { "value-is-a-state", 13, 34, "write \"state\": \"declined\" instead of a value" },
        BrokenFile { "unknown-source", 12, 81, "unknown source 'rumour'" }),
    [](const ::testing::TestParamInfo<BrokenFile>& file) {
        std::string name = file.param.name;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(CaseStudyLoader, SyntaxErrorSaysWhatIsWrong)
{
    const CaseStudyLoad load = CaseStudyLoader::loadFile(
        trainingData(QStringLiteral("broken/syntax-error.json")), bundledChecklists());
    ASSERT_EQ(load.diagnostics.size(), 1);
    EXPECT_FALSE(load.diagnostics.first().message.isEmpty());
    EXPECT_TRUE(
        load.diagnostics.first().toString().contains(QStringLiteral("syntax-error.json:20:3: error: ")))
        << load.diagnostics.first().toString().toStdString();
}

TEST(CaseStudyLoader, ReportsEveryProblemOfAFileInOnePass)
{
    QByteArray bytes = readBytes(trainingData(QStringLiteral("good/tiny-case.json")));
    bytes.replace("\"outcome\": \"exploitation_only\"", "\"outcome\": \"nothing_like_it\"");
    bytes.replace("\"language\": \"hi\"", "\"language\": \"hi\", \"colour\": \"red\"");
    bytes.replace("\"work_long_hours\": \"yes\"", "\"work_long_hours\": 12");
    const CaseStudyLoad load
        = CaseStudyLoader::loadBytes(bytes, QStringLiteral("many.json"), bundledChecklists());
    ASSERT_EQ(load.diagnostics.size(), 3);
    EXPECT_TRUE(load.diagnostics.at(0).message.contains(QStringLiteral("unknown field 'colour'")));
    EXPECT_TRUE(load.diagnostics.at(1).message.contains(QStringLiteral("expected yes or no")));
    EXPECT_TRUE(load.diagnostics.at(2).message.contains(QStringLiteral("unknown outcome 'nothing_like_it'")));
}

TEST(CaseStudyLoader, RefusesModelAnswersThatDoNotReachTheExpectedResult)
{
    QByteArray bytes = readBytes(trainingData(QStringLiteral("good/tiny-case.json")));
    bytes.replace("\"work_long_hours\": \"yes\",", "\"work_long_hours\": \"no\",");
    const CaseStudyLoad load
        = CaseStudyLoader::loadBytes(bytes, QStringLiteral("x.json"), bundledChecklists());
    ASSERT_EQ(load.diagnostics.size(), 1);
    EXPECT_EQ(load.diagnostics.first().pointer, QStringLiteral("/expected/outcome"));
    EXPECT_TRUE(load.diagnostics.first().message.contains(
        QStringLiteral("the model answers reach 'no_pattern', not 'exploitation_only'")))
        << load.diagnostics.first().toString().toStdString();
}

TEST(CaseStudyLoader, RefusesAProfileThatDoesNotApply)
{
    QByteArray bytes = readBytes(trainingData(QStringLiteral("good/tiny-case.json")));
    bytes.replace("\"profiles\": [\"adult_labour\"]", "\"profiles\": [\"adult_labour\", \"adult_sexual\"]");
    const CaseStudyLoad load
        = CaseStudyLoader::loadBytes(bytes, QStringLiteral("x.json"), bundledChecklists());
    ASSERT_EQ(load.diagnostics.size(), 1);
    EXPECT_EQ(load.diagnostics.first().message,
        QStringLiteral("the model answers make adult_labour apply, not adult_labour, adult_sexual"));
}

TEST(CaseStudyLoader, NamesAnUninstalledChecklistVersion)
{
    QByteArray bytes = readBytes(trainingData(QStringLiteral("good/tiny-case.json")));
    bytes.replace("\"version\": \"1.1.0\"", "\"version\": \"9.0.0\"");
    const CaseStudyLoad load
        = CaseStudyLoader::loadBytes(bytes, QStringLiteral("x.json"), bundledChecklists());
    ASSERT_EQ(load.diagnostics.size(), 1);
    EXPECT_EQ(load.diagnostics.first().message,
        QStringLiteral("the checklist 'ilo-identification' is installed in version 1.1.0, not 9.0.0"));
}

TEST(CaseStudyLoader, IdMustMatchTheFileName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("another-name.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(readBytes(trainingData(QStringLiteral("good/tiny-case.json"))));
    file.close();
    const CaseStudyLoad load = CaseStudyLoader::loadFile(path, bundledChecklists());
    ASSERT_EQ(load.diagnostics.size(), 1);
    EXPECT_EQ(load.diagnostics.first().message,
        QStringLiteral("the id 'tiny-case' does not match the file name; name the file 'tiny-case.json'"));
}

TEST(CaseStudyLoader, RefusesWhatIsNotACaseStudy)
{
    EXPECT_FALSE(CaseStudyLoader::loadBytes("[1, 2]", QStringLiteral("a.json"), bundledChecklists()).ok());
    const CaseStudyLoad empty
        = CaseStudyLoader::loadBytes("{}", QStringLiteral("b.json"), bundledChecklists());
    EXPECT_FALSE(empty.ok());
    EXPECT_TRUE(empty.diagnostics.first().message.contains(QStringLiteral("missing required field")));
    const CaseStudyLoad missing
        = CaseStudyLoader::loadFile(trainingData(QStringLiteral("no-such-file.json")), bundledChecklists());
    ASSERT_EQ(missing.diagnostics.size(), 1);
    EXPECT_TRUE(missing.diagnostics.first().message.startsWith(QStringLiteral("cannot read the file")));
}

} // namespace
} // namespace lantern::test
