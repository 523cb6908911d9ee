// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using lantern::test::dataPath;
using lantern::test::runCli;
using lantern::test::sourcePath;

TEST(CliUsage, NoArgumentsIsAUsageError)
{
    const auto run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("usage: lantern-cli COMMAND")));
}

TEST(CliUsage, UnknownCommandIsAUsageError)
{
    const auto run = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("lantern-cli: unknown command 'frobnicate'")));
}

TEST(CliValidate, ValidFilesPassWithExitZero)
{
    const auto run = runCli({QStringLiteral("validate"), dataPath(QStringLiteral("checklists/minimal.json"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.endsWith(QStringLiteral(": ok (minimal 1.0.0)\n")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliValidate, BundledChecklistsPass)
{
    const auto run = runCli({QStringLiteral("validate"), sourcePath(QStringLiteral("resources/checklists/identification.json"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST(CliValidate, BrokenFilePrintsPositionedErrorsAndExitsOne)
{
    const auto run = runCli({QStringLiteral("validate"), QStringLiteral("broken/43-several-faults.json")}, dataPath(QString()));
    EXPECT_EQ(run.exitCode, 1);
    const QStringList lines = run.err.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 3) << run.err.toStdString();
    for (const QString& line : lines)
        EXPECT_TRUE(line.startsWith(QStringLiteral("broken/43-several-faults.json:"))) << line.toStdString();
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral(": error: default_language 'fr' is not one of the languages (en, th) [/default_language]")));
}

TEST(CliValidate, MixedFilesReportEachAndFail)
{
    const auto run = runCli({QStringLiteral("validate"), QStringLiteral("checklists/minimal.json"),
                             QStringLiteral("broken/06-syntax-empty-file.json")},
                            dataPath(QString()));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("checklists/minimal.json: ok")));
    EXPECT_EQ(run.err, QStringLiteral("broken/06-syntax-empty-file.json:1:1: error: the file is empty; expected a JSON object [/]\n"));
}

TEST(CliChecklists, ListsTheBundledChecklist)
{
    const auto run = runCli({QStringLiteral("checklists")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("ilo-identification\t"))) << run.out.toStdString();
}

TEST(CliChecklists, ListsUserFolderAndFlagsInvalidFiles)
{
    const auto run = runCli({QStringLiteral("checklists"), QStringLiteral("--dir"), dataPath(QStringLiteral("checklists"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("minimal\t1.0.0\tMinimal test checklist\t")));

    const auto broken = runCli({QStringLiteral("checklists"), QStringLiteral("--dir"), dataPath(QStringLiteral("broken"))});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.out.contains(QStringLiteral("INVALID\t")));
}

TEST(CliScore, MissingAnswersFileIsAUserError)
{
    const auto run = runCli({QStringLiteral("score"), dataPath(QStringLiteral("checklists/minimal.json")),
                             QStringLiteral("/nonexistent/answers.json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("lantern-cli score: cannot read /nonexistent/answers.json")));
}

TEST(CliScore, AnswersForUnknownQuestionsAreRejected)
{
    const auto run = runCli({QStringLiteral("score"), dataPath(QStringLiteral("checklists/minimal.json")),
                             dataPath(QStringLiteral("answers/minimal/unknown-question.json"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("error: unknown question 'salary' (not in checklist minimal)")));
}
