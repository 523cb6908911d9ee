// SPDX-License-Identifier: GPL-3.0-or-later
// The library of case studies: bundled ones and a user folder, lookups, and the files it
// reports instead of loading.
#include "training/CaseStudyLibrary.h"

#include "TrainingTestData.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

namespace lantern::test {
namespace {

class CaseStudyLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// Copies a test file into the user folder under `name` (default: its own name).
    void copy(const QString& relative, QString name = {})
    {
        if (name.isEmpty())
            name = QFileInfo(relative).fileName();
        ASSERT_TRUE(QFile::copy(trainingData(relative), m_dir.filePath(name)));
    }
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QTemporaryDir m_dir;
};

TEST_F(CaseStudyLibraryTest, LoadsBundledAndUserCaseStudiesSortedByCode)
{
    copy(QStringLiteral("good/tiny-case.json"));
    const CaseStudyLibrary bundledOnly = CaseStudyLibrary::load(bundledChecklists());
    const CaseStudyLibrary library = CaseStudyLibrary::load(bundledChecklists(), m_dir.path());
    ASSERT_TRUE(library.problems().isEmpty())
        << library.problems().first().diagnostics.first().toString().toStdString();
    ASSERT_EQ(library.caseStudies().size(), bundledOnly.caseStudies().size() + 1);
    for (qsizetype i = 1; i < library.caseStudies().size(); ++i)
        EXPECT_LT(library.caseStudies().at(i - 1).code, library.caseStudies().at(i).code);

    const CaseStudy* tiny = library.find(QStringLiteral("tiny-case"));
    ASSERT_NE(tiny, nullptr);
    EXPECT_EQ(tiny->path, m_dir.filePath(QStringLiteral("tiny-case.json")));
    EXPECT_EQ(library.findByCode(QStringLiteral("test-tiny")), tiny)
        << "codes match as case codes do, ignoring case";
    const Checklist* checklist = library.checklistFor(*tiny);
    ASSERT_NE(checklist, nullptr);
    EXPECT_EQ(checklist->id, QStringLiteral("ilo-identification"));
    EXPECT_EQ(library.find(QStringLiteral("no-such-study")), nullptr);
    EXPECT_EQ(library.findByCode(QStringLiteral("NO-SUCH-CODE")), nullptr);

    const CaseStudy* fishing = library.find(QStringLiteral("fishing-vessel"));
    ASSERT_NE(fishing, nullptr);
    EXPECT_TRUE(fishing->path.startsWith(QStringLiteral(":/lantern/demo/")));
}

TEST_F(CaseStudyLibraryTest, ReportsBrokenFilesAndMissingChecklistsWithoutLoadingThem)
{
    copy(QStringLiteral("good/tiny-case.json"));
    copy(QStringLiteral("broken/missing-checklist.json"));
    copy(QStringLiteral("broken/wrong-type.json"));
    write(QStringLiteral("not-json.json"), "this is not JSON");
    const CaseStudyLibrary library = CaseStudyLibrary::load(bundledChecklists(), m_dir.path());
    ASSERT_EQ(library.problems().size(), 3);
    QStringList reported;
    for (const CaseStudyProblem& problem : library.problems()) {
        reported.append(QFileInfo(problem.path).fileName());
        EXPECT_FALSE(problem.bundled);
        EXPECT_FALSE(problem.diagnostics.isEmpty());
    }
    EXPECT_EQ(reported,
        (QStringList { QStringLiteral("missing-checklist.json"), QStringLiteral("not-json.json"),
            QStringLiteral("wrong-type.json") }));
    EXPECT_TRUE(
        library.problems().first().diagnostics.first().message.contains(QStringLiteral("not installed")));
    EXPECT_EQ(library.find(QStringLiteral("missing-checklist")), nullptr);
    EXPECT_EQ(library.find(QStringLiteral("wrong-type")), nullptr);
    EXPECT_NE(library.find(QStringLiteral("tiny-case")), nullptr)
        << "one bad file does not keep the others out";
}

TEST_F(CaseStudyLibraryTest, ABundledCaseStudyCannotBeShadowedByIdOrCode)
{
    // Same id as a bundled case study (file name = id, so it is a copy under that name).
    QByteArray sameId = readBytes(trainingData(QStringLiteral("good/tiny-case.json")));
    sameId.replace("\"id\": \"tiny-case\"", "\"id\": \"fishing-vessel\"");
    write(QStringLiteral("fishing-vessel.json"), sameId);
    // Same code as a bundled case study.
    QByteArray sameCode = readBytes(trainingData(QStringLiteral("good/tiny-case.json")));
    sameCode.replace("\"code\": \"TEST-TINY\"", "\"code\": \"TRAIN-01\"");
    write(QStringLiteral("tiny-case.json"), sameCode);

    const CaseStudyLibrary library = CaseStudyLibrary::load(bundledChecklists(), m_dir.path());
    ASSERT_EQ(library.problems().size(), 2);
    EXPECT_TRUE(library.problems().at(0).diagnostics.first().message.contains(
        QStringLiteral("already has the id 'fishing-vessel'")));
    EXPECT_TRUE(library.problems().at(1).diagnostics.first().message.contains(
        QStringLiteral("('fishing-vessel') already has the code 'TRAIN-01'")));
    EXPECT_TRUE(library.find(QStringLiteral("fishing-vessel"))->path.startsWith(QStringLiteral(":/")));
    EXPECT_EQ(library.find(QStringLiteral("tiny-case")), nullptr);
}

TEST_F(CaseStudyLibraryTest, AMissingUserFolderIsNoProblem)
{
    const CaseStudyLibrary library
        = CaseStudyLibrary::load(bundledChecklists(), m_dir.filePath(QStringLiteral("does-not-exist")));
    EXPECT_TRUE(library.problems().isEmpty());
    EXPECT_FALSE(library.caseStudies().isEmpty());
}

TEST_F(CaseStudyLibraryTest, WithoutItsChecklistNoCaseStudyLoads)
{
    const CaseStudyLibrary library = CaseStudyLibrary::load({});
    EXPECT_TRUE(library.caseStudies().isEmpty());
    EXPECT_FALSE(library.problems().isEmpty());
    for (const CaseStudyProblem& problem : library.problems())
        EXPECT_TRUE(problem.bundled);
}

} // namespace
} // namespace lantern::test
