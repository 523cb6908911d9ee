// SPDX-License-Identifier: GPL-3.0-or-later
// init --training seeds the case studies, reset-training puts them back and refuses real
// databases, case-studies lists them; driven through the real binary as a trainer's script would.
#include "DatabaseCliTest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using lantern::test::CliRun;
using lantern::test::DatabaseCliTest;
using lantern::test::s;

namespace {

class TrainingCliTest : public DatabaseCliTest
{
protected:
    QString training() const { return path(s("training.lantern")); }

    /// Creates the seeded training database; fails the test otherwise.
    void initTraining()
    {
        const CliRun init = run({ s("init"), training(), s("--training"), s("--no-passphrase") }, QString());
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    /// `cases DB --json` of the training database.
    QJsonArray trainingCases()
    {
        const CliRun listed = run({ s("cases"), training(), s("--json") }, QString());
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    /// The codes of the training database's cases, sorted.
    QStringList trainingCodes()
    {
        QStringList codes;
        for (const QJsonValue& entry : trainingCases())
            codes.append(entry.toObject().value(s("code")).toString());
        codes.sort();
        return codes;
    }

    /// The case studies the binary knows, as `case-studies --json` lists them.
    static QJsonArray caseStudies()
    {
        const CliRun listed = run({ s("case-studies"), s("--json") }, QString());
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    /// The value of `question` in case `code` of the training database.
    QJsonValue trainingAnswer(const QString& code, const QString& question)
    {
        const CliRun shown = run({ s("show"), training(), code, s("--json") }, QString());
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        const QJsonArray answers
            = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(s("answers")).toArray();
        for (const QJsonValue& entry : answers) {
            if (entry.toObject().value(s("question")).toString() == question)
                return entry.toObject().value(s("value"));
        }
        return QJsonValue(QJsonValue::Undefined);
    }
};

TEST_F(TrainingCliTest, InitTrainingSeedsOneCasePerCaseStudy)
{
    const QJsonArray studies = caseStudies();
    ASSERT_GE(studies.size(), 6);
    const CliRun init = run({ s("init"), training(), s("--training"), s("--no-passphrase") }, QString());
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.out,
        s("created training database %1 (not encrypted; for fictional cases only) with %2 case studies\n")
            .arg(training())
            .arg(studies.size()));
    EXPECT_TRUE(init.err.contains(s("TRAINING database")));

    QStringList expectedCodes;
    for (const QJsonValue& study : studies)
        expectedCodes.append(study.toObject().value(s("code")).toString());
    expectedCodes.sort();
    EXPECT_EQ(trainingCodes(), expectedCodes);

    // The recorded interview is there, notes and sources included, and the list shows its result.
    const CliRun shown = run({ s("show"), training(), s("TRAIN-01"), s("--json") }, QString());
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject fishing = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    bool foundDocument = false;
    for (const QJsonValue& entry : fishing.value(s("answers")).toArray()) {
        const QJsonObject record = entry.toObject();
        if (record.value(s("question")).toString() != s("ctl_documents_kept"))
            continue;
        foundDocument = true;
        EXPECT_EQ(record.value(s("value")), QJsonValue(true));
        EXPECT_EQ(record.value(s("source")).toString(), s("document"));
        EXPECT_TRUE(record.value(s("note")).toString().contains(s("wheelhouse")));
    }
    EXPECT_TRUE(foundDocument);
    for (const QJsonValue& entry : trainingCases()) {
        if (entry.toObject().value(s("code")).toString() == s("TRAIN-05")) {
            EXPECT_EQ(entry.toObject().value(s("outcome_level")).toInt(), 2)
                << "the scam interview stops at level 2";
        }
    }
}

TEST_F(TrainingCliTest, InitTrainingEmptySeedsNothing)
{
    const CliRun init
        = run({ s("init"), training(), s("--training"), s("--no-passphrase"), s("--empty") }, QString());
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.out,
        s("created training database %1 (not encrypted; for fictional cases only)\n").arg(training()));
    EXPECT_TRUE(trainingCases().isEmpty());
}

TEST_F(TrainingCliTest, EmptyIsOnlyForTrainingDatabases)
{
    const CliRun refused = run({ s("init"), db(), s("--empty") });
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.startsWith(s("lantern-cli init: --empty is only allowed with --training\n")));
    EXPECT_FALSE(QFileInfo::exists(db()));
}

TEST_F(TrainingCliTest, ResetTrainingPutsTheCaseStudiesBack)
{
    initTraining();
    const QStringList seeded = trainingCodes();
    ASSERT_EQ(trainingAnswer(s("TRAIN-01"), s("work_long_hours")), QJsonValue(true));
    ASSERT_EQ(
        run({ s("answer"), training(), s("TRAIN-01"), s("work_long_hours"), s("no") }, QString()).exitCode,
        0);
    ASSERT_EQ(
        run({ s("new"), training(), s("--checklist"), checklist(), s("--code"), s("GROUP-B") }, QString())
            .exitCode,
        0);
    ASSERT_EQ(trainingAnswer(s("TRAIN-01"), s("work_long_hours")), QJsonValue(false));
    ASSERT_EQ(trainingCodes().size(), seeded.size() + 1);

    const CliRun reset = run({ s("reset-training"), training() }, QString());
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_EQ(reset.out,
        s("reset training database %1: %2 case studies seeded\n").arg(training()).arg(seeded.size()));
    EXPECT_EQ(trainingCodes(), seeded);
    EXPECT_EQ(trainingAnswer(s("TRAIN-01"), s("work_long_hours")), QJsonValue(true));
}

TEST_F(TrainingCliTest, ResetTrainingRefusesAnEncryptedDatabase)
{
    initDatabase();
    newCase(s("FICT-REAL"));
    QFile file(db());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const CliRun reset = run({ s("reset-training"), db() }, QString());
    EXPECT_EQ(reset.exitCode, 1);
    EXPECT_EQ(reset.err,
        s("lantern-cli reset-training: %1: this is an encrypted case database, not a training database; it "
          "was "
          "left as it is\n")
            .arg(db()));
    EXPECT_TRUE(reset.out.isEmpty());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    EXPECT_EQ(
        showJson(s("FICT-REAL")).value(s("case")).toObject().value(s("code")).toString(), s("FICT-REAL"));
}

TEST_F(TrainingCliTest, ResetTrainingRefusesAForeignFile)
{
    const QString foreign = writeFile(s("minutes.lantern"), "Minutes of the workshop planning meeting.\n");
    const CliRun reset = run({ s("reset-training"), foreign }, QString());
    EXPECT_EQ(reset.exitCode, 1);
    EXPECT_EQ(reset.err,
        s("lantern-cli reset-training: %1: this is not a Lantern database; it was left as it is\n")
            .arg(foreign));
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("Minutes of the workshop planning meeting.\n"));
}

TEST_F(TrainingCliTest, ResetTrainingUsageErrors)
{
    EXPECT_EQ(run({ s("reset-training") }, QString()).exitCode, 2);
    EXPECT_EQ(run({ s("reset-training"), training(), s("extra") }, QString()).exitCode, 2);
    const CliRun unknown = run({ s("reset-training"), training(), s("--force") }, QString());
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.startsWith(s("lantern-cli reset-training: Unknown option 'force'.")))
        << unknown.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(training()));
}

TEST_F(TrainingCliTest, CaseStudiesListsIdCodeChecklistTopicAndOutcome)
{
    const CliRun listed = run({ s("case-studies") }, QString());
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(
        listed.out.contains(s("fishing-vessel\tTRAIN-01\tilo-identification 1.1.0\tForced labour on a "
                              "fishing vessel\trefer_for_identification\n")))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(s("exploitation-only\tTRAIN-06\tilo-identification 1.1.0\t")));
    EXPECT_TRUE(listed.err.isEmpty()) << listed.err.toStdString();

    const QJsonArray studies = caseStudies();
    EXPECT_EQ(studies.size(), listed.out.count(u'\n'));
    for (const QJsonValue& entry : studies) {
        const QJsonObject study = entry.toObject();
        if (study.value(s("id")).toString() != s("scam-compound"))
            continue;
        EXPECT_EQ(study.value(s("code")).toString(), s("TRAIN-05"));
        EXPECT_EQ(study.value(s("checklist")).toObject().value(s("id")).toString(), s("ilo-identification"));
        EXPECT_EQ(study.value(s("expected_outcome")).toString(), s("refer_for_identification"));
        EXPECT_EQ(study.value(s("interview_outcome")).toString(), s("deception_and_exploitation"));
        EXPECT_EQ(study.value(s("source")).toString(), s("bundled"));
    }
}

TEST_F(TrainingCliTest, CaseStudiesReportsABrokenFileInAFolder)
{
    const QString folder = path(s("studies"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile broken(folder + s("/half-written.json"));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"lantern-case-study/1\",\n  \"id\": ");
    broken.close();
    const CliRun listed = run({ s("case-studies"), s("--dir"), folder }, QString());
    EXPECT_EQ(listed.exitCode, 1);
    EXPECT_TRUE(listed.out.contains(s("fishing-vessel\t"))) << "the good ones are still listed";
    EXPECT_TRUE(
        listed.err.startsWith(folder + s("/half-written.json:2:")) && listed.err.contains(s(": error: ")))
        << listed.err.toStdString();

    EXPECT_EQ(run({ s("case-studies"), s("--dir"), path(s("nowhere")) }, QString()).exitCode, 1);
    EXPECT_EQ(run({ s("case-studies"), s("extra") }, QString()).exitCode, 2);
}

} // namespace
