// SPDX-License-Identifier: GPL-3.0-or-later
// init / new / answer / show / cases / audit, driven through the real binary as a script would.
#include "DatabaseCliTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using lantern::test::CliRun;
using lantern::test::DatabaseCliTest;
using lantern::test::s;

namespace {


QJsonObject overall(const QJsonObject& assessment)
{
    return assessment.value(s("overall")).toObject();
}

} // namespace

TEST_F(DatabaseCliTest, AnswersPersistAcrossProcessesAndShowReadsThemBack)
{
    initDatabase();
    const QString id = newCase(s("FICT-001"));
    EXPECT_TRUE(QRegularExpression(s("^[0-9a-f]{32}$")).match(id).hasMatch()) << id.toStdString();

    answer(s("FICT-001"), s("deceived"), s("yes")); // by code
    answer(id, s("age"), s("30")); // by id
    const CliRun noted = run({ s("answer"), db(), id, s("hours"), s("unknown"), s("--note"),
        s("said 'long days'"), s("--source"), s("observed") });
    ASSERT_EQ(noted.exitCode, 0) << noted.err.toStdString();
    EXPECT_EQ(noted.out, s("FICT-001: hours = unknown\n"));

    const QJsonObject shown = showJson(s("FICT-001"));
    const QJsonObject header = shown.value(s("case")).toObject();
    EXPECT_EQ(header.value(s("id")).toString(), id);
    EXPECT_EQ(header.value(s("code")).toString(), s("FICT-001"));
    EXPECT_EQ(header.value(s("status")).toString(), s("open"));
    EXPECT_EQ(header.value(s("checklist")).toObject().value(s("id")).toString(), s("minimal"));
    EXPECT_EQ(header.value(s("checklist")).toObject().value(s("sha256")).toString().size(), 64);

    const QJsonArray answers = shown.value(s("answers")).toArray();
    ASSERT_EQ(answers.size(), 3);
    EXPECT_EQ(answerValue(id, s("deceived")), QJsonValue(true));
    EXPECT_EQ(answerValue(id, s("age")), QJsonValue(30.0));
    for (const QJsonValue& entry : answers) {
        const QJsonObject record = entry.toObject();
        if (record.value(s("question")).toString() != s("hours"))
            continue;
        EXPECT_EQ(record.value(s("state")).toString(), s("unknown"));
        EXPECT_EQ(record.value(s("note")).toString(), s("said 'long days'"));
        EXPECT_EQ(record.value(s("source")).toString(), s("observed"));
    }

    const CliRun text = run({ s("show"), db(), id });
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(s("Case FICT-001\n")));
    EXPECT_TRUE(text.out.contains(s("  deceived = yes  [self_report,")));
    EXPECT_TRUE(text.out.contains(s("      note: said 'long days'")));
    EXPECT_TRUE(text.err.isEmpty()) << text.err.toStdString();
}

TEST_F(DatabaseCliTest, ShowJsonCarriesTheSameOutcomeAsScoringTheAnswers)
{
    initDatabase();
    newCase(s("FICT-002"));
    for (const auto& [question, value] : { std::pair { "age", "30" }, { "work_type", "labour" },
             { "deceived", "yes" }, { "paid", "yes" }, { "paid_less", "yes" }, { "hours", "14" } })
        answer(s("FICT-002"), s(question), s(value));
    const QJsonObject assessment = showJson(s("FICT-002")).value(s("assessment")).toObject();
    EXPECT_EQ(overall(assessment).value(s("outcome")).toString(), s("trafficking"));
    EXPECT_EQ(overall(assessment).value(s("level")).toInt(), 2);

    // The database path must agree with the database-free one on the same answers.
    const QString answers = writeFile(s("answers.json"),
        R"({"answers": {"age": 30, "work_type": "labour", "deceived": "yes", "paid": "yes", "paid_less": "yes", "hours": 14}})");
    const CliRun scored = run({ s("score"), checklist(), answers, s("--json") });
    ASSERT_EQ(scored.exitCode, 0) << scored.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(scored.out.toUtf8()).object().value(s("overall")),
        assessment.value(s("overall")));
}

TEST_F(DatabaseCliTest, ChangingAValueKeepsItsNoteAndIsAudited)
{
    initDatabase();
    newCase(s("FICT-003"));
    ASSERT_EQ(
        run({ s("answer"), db(), s("FICT-003"), s("deceived"), s("yes"), s("--note"), s("first interview") })
            .exitCode,
        0);
    answer(s("FICT-003"), s("deceived"), s("no"));

    const QJsonArray answers = showJson(s("FICT-003")).value(s("answers")).toArray();
    ASSERT_EQ(answers.size(), 1);
    EXPECT_EQ(answers.at(0).toObject().value(s("value")), QJsonValue(false));
    EXPECT_EQ(answers.at(0).toObject().value(s("note")).toString(), s("first interview"));

    const CliRun audit = run({ s("audit"), db(), s("FICT-003"), s("--json") });
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    QStringList kinds;
    for (const QJsonValue& event : QJsonDocument::fromJson(audit.out.toUtf8()).array())
        kinds.append(event.toObject().value(s("event")).toString());
    EXPECT_EQ(kinds, (QStringList { s("created"), s("answered"), s("changed") }));
    const CliRun text = run({ s("audit"), db(), s("FICT-003") });
    EXPECT_EQ(text.out.count(u'\n'), 4) << text.out.toStdString(); // header + three events
}

TEST_F(DatabaseCliTest, UnknownQuestionIsRejectedNamingIt)
{
    initDatabase();
    newCase(s("FICT-004"));
    const CliRun run1 = run({ s("answer"), db(), s("FICT-004"), s("favourite_colour"), s("yes") });
    EXPECT_EQ(run1.exitCode, 1);
    EXPECT_EQ(run1.err,
        s("lantern-cli answer: unknown question 'favourite_colour' (not in checklist minimal 1.0.0)\n"));
    EXPECT_TRUE(showJson(s("FICT-004")).value(s("answers")).toArray().isEmpty());
}

TEST_F(DatabaseCliTest, WronglyTypedValuesAreRejectedNamingTheQuestion)
{
    initDatabase();
    newCase(s("FICT-005"));
    for (const auto& [question, value] :
        { std::pair { "age", "thirty" }, { "deceived", "maybe" }, { "work_type", "fishing" } }) {
        const CliRun rejected = run({ s("answer"), db(), s("FICT-005"), s(question), s(value) });
        EXPECT_EQ(rejected.exitCode, 1) << question;
        EXPECT_TRUE(rejected.err.startsWith(s("lantern-cli answer: question '%1'").arg(s(question))))
            << rejected.err.toStdString();
        EXPECT_EQ(rejected.err.count(u'\n'), 1);
    }
    EXPECT_TRUE(showJson(s("FICT-005")).value(s("answers")).toArray().isEmpty());
    answer(s("FICT-005"), s("work_type"), s("labour,sexual")); // a typed multi-choice value is fine
    EXPECT_EQ(
        answerValue(s("FICT-005"), s("work_type")), QJsonValue(QJsonArray { s("labour"), s("sexual") }));
}

TEST_F(DatabaseCliTest, CasesSearchFindsByCode)
{
    initDatabase();
    newCase(s("NORTH-17"));
    newCase(s("SOUTH-42"));
    const CliRun all = run({ s("cases"), db(), s("--json") });
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 2);

    const CliRun found = run({ s("cases"), db(), s("--search"), s("north"), s("--json") });
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(found.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(s("code")).toString(), s("NORTH-17"));

    const CliRun text = run({ s("cases"), db(), s("--search"), s("SOUTH") });
    EXPECT_EQ(text.out.count(u'\n'), 2); // header + one case
    EXPECT_TRUE(text.out.contains(s("SOUTH-42\topen\tminimal 1.0.0\t0\t")));
    const CliRun none = run({ s("cases"), db(), s("--status"), s("closed"), s("--json") });
    EXPECT_TRUE(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
}

TEST_F(DatabaseCliTest, NewCaseByBundledChecklistIdAndCodesStayUnique)
{
    initDatabase();
    const CliRun created = run({ s("new"), db(), s("--checklist"), s("ilo-identification") });
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QJsonObject header = showJson(created.out.trimmed()).value(s("case")).toObject();
    EXPECT_EQ(header.value(s("checklist")).toObject().value(s("id")).toString(), s("ilo-identification"));
    EXPECT_FALSE(header.value(s("code")).toString().isEmpty()); // generated

    newCase(s("FICT-006"));
    const CliRun twice = run({ s("new"), db(), s("--checklist"), checklist(), s("--code"), s("FICT-006") });
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_EQ(twice.err, s("lantern-cli new: a case with the code 'FICT-006' already exists\n"));
    const CliRun unknown = run({ s("new"), db(), s("--checklist"), s("no-such-checklist") });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(s("no-such-checklist"))) << unknown.err.toStdString();
}

TEST_F(DatabaseCliTest, UnknownCaseIsAUserError)
{
    initDatabase();
    const CliRun missing = run({ s("show"), db(), s("FICT-999") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, s("lantern-cli show: no case with the id or code 'FICT-999'\n"));
}

class DatabaseCliUsage : public DatabaseCliTest, public ::testing::WithParamInterface<QStringList>
{
};

TEST_P(DatabaseCliUsage, BadUsageExitsTwo)
{
    initDatabase();
    QStringList arguments = GetParam();
    arguments.replaceInStrings(s("DB"), db());
    const CliRun usage = run(arguments);
    EXPECT_EQ(usage.exitCode, 2) << usage.err.toStdString();
    EXPECT_FALSE(usage.err.isEmpty());
    EXPECT_TRUE(usage.out.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Commands, DatabaseCliUsage,
    ::testing::Values(QStringList { s("init") }, QStringList { s("new"), s("DB") },
        QStringList { s("answer"), s("DB"), s("C-1"), s("age") },
        QStringList { s("answer"), s("DB"), s("C-1"), s("age"), s("3"), s("--source"), s("gossip") },
        QStringList { s("show"), s("DB") }, QStringList { s("show"), s("DB"), s("C-1"), s("--bogus") },
        QStringList { s("cases"), s("DB"), s("--status"), s("pending") }, QStringList { s("cases") },
        QStringList { s("audit"), s("DB") }, QStringList { s("restore"), s("DB") },
        QStringList { s("backup") }, QStringList { s("passwd") },
        QStringList { s("init"), s("other.db"), s("--kdf-ms"), s("fast") }));
