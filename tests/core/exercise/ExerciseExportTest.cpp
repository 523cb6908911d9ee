// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer's exports of a comparison: HTML, CSV and JSON, each marked as training, written
// atomically.
#include "ExerciseFixture.h"

#include "exercise/ExerciseComparer.h"
#include "exercise/ExerciseExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace lantern;
using namespace lantern::test;

namespace {

// The model answer f-deceived-exploited-no-coercion.json and a participant who missed three of
// its indicators and added two (worked by hand in ExerciseComparisonTest).
ExerciseComparison sampleComparison()
{
    const AnswerSet model = answerFile(QStringLiteral("f-deceived-exploited-no-coercion.json"));
    const AnswerSet participant = changed(model,
        {{QStringLiteral("rec_deceived_place"), QStringLiteral("no")},
            {QStringLiteral("rec_deceived_contract"), QStringLiteral("no")},
            {QStringLiteral("work_paid_less"), QStringLiteral("(clear)")},
            {QStringLiteral("ctl_threatened"), QStringLiteral("yes")},
            {QStringLiteral("vul_family_difficulty"), QStringLiteral("yes")}});
    auto comparison = compareExercise(identificationChecklist(), model, participant);
    if (!comparison) {
        ADD_FAILURE() << comparison.errorMessage().toStdString();
        return {};
    }
    return std::move(comparison).value();
}

ExerciseExportInfo sampleInfo(const QString& participant = QStringLiteral("Group 3"))
{
    return {participant, QStringLiteral("Case study 2: the factory in Prasat Lom"),
        QDateTime(QDate(2026, 3, 14), QTime(10, 30), Qt::UTC)};
}

// A minimal RFC 4180 reader for one line (quotes and doubled quotes, no line breaks in fields).
QStringList parseCsvLine(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

TEST(ExerciseExportTest, HtmlShowsTheMatchFirstAndEscapesTheParticipantLabel)
{
    const ExerciseComparison comparison = sampleComparison();
    const QString html = exerciseHtml(comparison, sampleInfo(QStringLiteral("Group <b>&\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("Group &lt;b&gt;&amp;&quot;")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>&\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("class=\"training\">TRAINING \u2014 fictional case study")));
    EXPECT_TRUE(html.contains(QStringLiteral("ilo-identification version 1.1.0")));

    // Reading order: the banner, the outcome match, the elements, the reasoning, the differing answers.
    const qsizetype banner = html.indexOf(QStringLiteral("TRAINING"));
    const qsizetype headline = html.indexOf(QStringLiteral("The outcome differs from the model answer"));
    const qsizetype element = html.indexOf(QStringLiteral("<h3>Deceptive recruitment</h3>"));
    const qsizetype reasoning = html.indexOf(QStringLiteral("<h2>Reasoning</h2>"));
    const qsizetype answers = html.indexOf(QStringLiteral("<h2>Answers that differ</h2>"));
    EXPECT_GE(banner, 0);
    EXPECT_GT(headline, banner);
    EXPECT_GT(element, headline);
    EXPECT_GT(reasoning, element);
    EXPECT_GT(answers, reasoning);
    EXPECT_TRUE(html.contains(QStringLiteral("\u2717 Missed (3)")));
    EXPECT_TRUE(html.contains(QStringLiteral("[medium] Deceived about pay \u2014 <i>left open (not a \u201Cno\u201D)</i>")));
    EXPECT_TRUE(html.contains(QStringLiteral("not asked yet <i>(left open)</i>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
}

TEST(ExerciseExportTest, CsvRowsParseBackWithTheirVerdicts)
{
    const ExerciseComparison comparison = sampleComparison();
    const QString csv = QString::fromUtf8(exerciseCsv(comparison, sampleInfo(QStringLiteral("Group 3, \"north\""))));
    QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.takeFirst().startsWith(QStringLiteral("# TRAINING \u2014 fictional case study")));
    const QStringList header = parseCsvLine(lines.takeFirst());
    ASSERT_EQ(header.mid(0, 8),
        (QStringList {QStringLiteral("profile"), QStringLiteral("element"), QStringLiteral("indicator"),
            QStringLiteral("strength"), QStringLiteral("model_present"), QStringLiteral("participant_present"),
            QStringLiteral("verdict"), QStringLiteral("miss_reason")}));
    ASSERT_EQ(lines.size(), 14); // 9 found + 3 missed + 2 added, one profile

    QMap<QString, QStringList> byIndicator;
    QMap<QString, int> verdicts;
    for (const QString& line : std::as_const(lines)) {
        const QStringList row = parseCsvLine(line);
        ASSERT_EQ(row.size(), header.size()) << line.toStdString();
        EXPECT_EQ(row.at(0), QStringLiteral("adult_labour"));
        EXPECT_EQ(row.at(header.indexOf(QStringLiteral("participant"))), QStringLiteral("Group 3, \"north\""));
        byIndicator.insert(row.at(2), row);
        ++verdicts[row.at(6)];
    }
    EXPECT_EQ(verdicts.value(QStringLiteral("found")), 9);
    EXPECT_EQ(verdicts.value(QStringLiteral("missed")), 3);
    EXPECT_EQ(verdicts.value(QStringLiteral("added")), 2);
    EXPECT_EQ(byIndicator.value(QStringLiteral("dr_pay")).mid(1, 7),
        (QStringList {QStringLiteral("deceptive_recruitment"), QStringLiteral("dr_pay"), QStringLiteral("medium"),
            QStringLiteral("present"), QStringLiteral("open"), QStringLiteral("missed"), QStringLiteral("left_open")}));
    EXPECT_EQ(byIndicator.value(QStringLiteral("dr_contract")).at(7), QStringLiteral("answered_differently"));
    EXPECT_EQ(byIndicator.value(QStringLiteral("cd_threats")).mid(4, 3),
        (QStringList {QStringLiteral("absent"), QStringLiteral("present"), QStringLiteral("added")}));
    EXPECT_EQ(byIndicator.value(QStringLiteral("ex_excessive_hours")).at(6), QStringLiteral("found"));
}

TEST(ExerciseExportTest, JsonCarriesTheTrainingMarkAndItsCountsRoundTrip)
{
    const ExerciseComparison comparison = sampleComparison();
    const QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("group-3.json"));
    const auto written = exportExercise(path, ExerciseExportFormat::Json, comparison, sampleInfo());
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(json.value(QStringLiteral("training")), QJsonValue(true));
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("lantern-exercise-comparison"));
    EXPECT_EQ(json.value(QStringLiteral("participant")).toString(), QStringLiteral("Group 3"));
    EXPECT_FALSE(json.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("matches")).toBool(true));

    const auto countsOf = [](const QJsonValue& value) {
        const QJsonObject object = value.toObject();
        return VerdictCounts {object.value(QStringLiteral("found")).toInt(-1), object.value(QStringLiteral("missed")).toInt(-1),
            object.value(QStringLiteral("added")).toInt(-1)};
    };
    EXPECT_EQ(countsOf(json.value(QStringLiteral("counts"))), comparison.counts);
    const QJsonArray profiles = json.value(QStringLiteral("profiles")).toArray();
    ASSERT_EQ(profiles.size(), comparison.profiles.size());
    for (qsizetype p = 0; p < profiles.size(); ++p) {
        const QJsonObject profile = profiles.at(p).toObject();
        EXPECT_EQ(countsOf(profile.value(QStringLiteral("counts"))), comparison.profiles.at(p).counts);
        const QJsonArray elements = profile.value(QStringLiteral("elements")).toArray();
        ASSERT_EQ(elements.size(), comparison.profiles.at(p).elements.size());
        for (qsizetype e = 0; e < elements.size(); ++e) {
            EXPECT_EQ(countsOf(elements.at(e).toObject().value(QStringLiteral("counts"))),
                comparison.profiles.at(p).elements.at(e).counts);
        }
    }
    EXPECT_EQ(json.value(QStringLiteral("answer_differences")).toArray().size(), 5);
}

TEST(ExerciseExportTest, EveryFormatIsWrittenWithTheTrainingMark)
{
    const ExerciseComparison comparison = sampleComparison();
    const QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    for (const ExerciseExportFormat format : {ExerciseExportFormat::Html, ExerciseExportFormat::Csv, ExerciseExportFormat::Json}) {
        const QString path = folder.filePath(QStringLiteral("comparison") + exerciseFormatSuffix(format));
        EXPECT_EQ(exerciseFormatForPath(path), format);
        ASSERT_TRUE(exportExercise(path, format, comparison, sampleInfo()).ok());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("TRAINING \u2014 fictional case study")))
            << path.toStdString();
    }
    EXPECT_EQ(exerciseFormatForPath(QStringLiteral("notes.txt")), std::nullopt);
}

TEST(ExerciseExportTest, AFailedWriteLeavesNoFile)
{
    const ExerciseComparison comparison = sampleComparison();
    const QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    // A plain file where a folder should be: unwritable whoever runs the test, root included.
    const QString blocker = folder.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const QString path = blocker + QStringLiteral("/comparison.html");
    const auto written = exportExercise(path, ExerciseExportFormat::Html, comparison, sampleInfo());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.errorMessage().contains(QStringLiteral("comparison.html")));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList {QStringLiteral("not-a-folder")});

    const auto empty = exportExercise(QString(), ExerciseExportFormat::Csv, comparison, sampleInfo());
    EXPECT_FALSE(empty.ok());
}
