// SPDX-License-Identifier: GPL-3.0-or-later
// The exercise comparison view: the match headline with both outcomes, the counts per element,
// and "Export for the trainer…" through its chooser seam (no real file dialog). With
// LANTERN_SCREENSHOT_DIR set, also saves exercise-comparison.png there for the docs.
// The case study and the participant are fictional.
#include "ShellTestSupport.h"
#include "TestData.h"
#include "checklist/ChecklistLoader.h"
#include "exercise/ExerciseComparer.h"
#include "exercise/ExerciseComparisonView.h"
#include "exercise/ExerciseElementTree.h"
#include "shell/MessageBar.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString kCaseStudy = QStringLiteral("Case study 2: the garment workshop in Therakhet (fictional)");
const QString kParticipant = QStringLiteral("Group 3 (Nilufar, Tenzin)");

const Checklist& checklist()
{
    static const Checklist loaded = [] {
        const ChecklistLoad load = ChecklistLoader::loadFile(QStringLiteral(":/lantern/checklists/identification.json"));
        if (!load.ok()) {
            ADD_FAILURE() << "the bundled identification checklist did not load";
            return Checklist {};
        }
        return *load.checklist;
    }();
    return loaded;
}

AnswerSet modelAnswer()
{
    const QJsonObject document = readJsonObject(dataPath(QStringLiteral("answers/identification/f-deceived-exploited-no-coercion.json")));
    auto answers = AnswerSet::fromJson(document, checklist());
    if (!answers) {
        ADD_FAILURE() << answers.errorMessage().toStdString();
        return {};
    }
    return std::move(answers).value();
}

void set(AnswerSet& answers, const QString& questionId, const QJsonValue& raw)
{
    auto answer = AnswerSet::parseValue(raw, *checklist().question(questionId));
    ASSERT_TRUE(answer.ok()) << answer.errorMessage().toStdString();
    answers.set(questionId, std::move(answer).value());
}

// The participant said "no" to the false contract and the different employer, left the pay
// question open, and saw threats and a family in difficulty the model answer does not record.
ExerciseComparison mismatch()
{
    AnswerSet participant = modelAnswer();
    set(participant, QStringLiteral("rec_deceived_place"), QStringLiteral("no"));
    set(participant, QStringLiteral("rec_deceived_contract"), QStringLiteral("no"));
    participant.clear(QStringLiteral("work_paid_less"));
    set(participant, QStringLiteral("ctl_threatened"), QStringLiteral("yes"));
    set(participant, QStringLiteral("vul_family_difficulty"), QStringLiteral("yes"));
    auto comparison = compareExercise(checklist(), modelAnswer(), participant);
    if (!comparison) {
        ADD_FAILURE() << comparison.errorMessage().toStdString();
        return {};
    }
    return std::move(comparison).value();
}

ExerciseComparison identical()
{
    auto comparison = compareExercise(checklist(), modelAnswer(), modelAnswer());
    return comparison ? std::move(comparison).value() : ExerciseComparison {};
}

} // namespace

TEST(ExerciseComparisonViewTest, ShowsTheMismatchHeadlineAndTheCountsPerElement)
{
    ExerciseComparisonView view;
    view.setComparison(mismatch(), kCaseStudy, kParticipant);
    EXPECT_TRUE(view.headline()->text().contains(QStringLiteral("differs from the model answer")));
    EXPECT_TRUE(view.outcomes()->text().contains(QStringLiteral("Deception and exploitation")));
    EXPECT_TRUE(view.outcomes()->text().contains(QStringLiteral("labour-rights referral")));
    EXPECT_TRUE(view.counts()->text().contains(QStringLiteral("9 found")));
    EXPECT_TRUE(view.counts()->text().contains(QStringLiteral("3 missed")));
    EXPECT_TRUE(view.counts()->text().contains(QStringLiteral("2 added")));

    ExerciseElementTree* tree = view.elements();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 6);
    QTreeWidgetItem* deceptive = tree->elementItem(QStringLiteral("adult_labour"), QStringLiteral("deceptive_recruitment"));
    ASSERT_NE(deceptive, nullptr);
    EXPECT_EQ(deceptive->text(ExerciseElementTree::FoundColumn), QStringLiteral("2"));
    EXPECT_EQ(deceptive->text(ExerciseElementTree::MissedColumn), QStringLiteral("3"));
    EXPECT_EQ(deceptive->text(ExerciseElementTree::AddedColumn), QStringLiteral("0"));
    EXPECT_TRUE(deceptive->text(ExerciseElementTree::ModelColumn).contains(QStringLiteral("met")));
    // The disagreement is a sign and a word, not only a colour.
    EXPECT_TRUE(deceptive->text(ExerciseElementTree::ParticipantColumn).startsWith(QStringLiteral("\u2260")));
    EXPECT_TRUE(deceptive->text(ExerciseElementTree::ParticipantColumn).contains(QStringLiteral("undetermined")));
    ASSERT_EQ(deceptive->childCount(), 5);
    // Missed first, each with its sign; the verdict is also said in words for screen readers.
    EXPECT_EQ(deceptive->child(0)->text(0), QStringLiteral("\u2717 Deceived about the kind of work, the place or the employer (strong)"));
    EXPECT_TRUE(deceptive->child(0)->data(0, Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("missed: ")));
    EXPECT_TRUE(deceptive->child(1)->data(0, Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("not a \u201Cno\u201D")));
    EXPECT_TRUE(deceptive->child(4)->text(0).startsWith(QStringLiteral("\u2713 ")));
    EXPECT_TRUE(view.reasoning()->toPlainText().contains(QStringLiteral("You missed \u201CDeceived about pay\u201D (medium)")));
    EXPECT_TRUE(view.exportButton()->isEnabled());
}

TEST(ExerciseComparisonViewTest, IdenticalAnswersShowAMatch)
{
    ExerciseComparisonView view;
    view.setComparison(identical(), kCaseStudy, kParticipant);
    EXPECT_TRUE(view.headline()->text().contains(QStringLiteral("matches the model answer")));
    EXPECT_TRUE(view.counts()->text().contains(QStringLiteral("0 missed")));
    EXPECT_TRUE(view.counts()->text().contains(QStringLiteral("0 added")));
}

TEST(ExerciseComparisonViewTest, ExportGoesThroughTheChooserSeam)
{
    const QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString target = folder.filePath(QStringLiteral("group-3.csv"));
    ExerciseComparisonView view;
    view.setComparison(mismatch(), kCaseStudy, kParticipant);
    int asked = 0;
    QString suggested;
    view.setExportChooser([&](QWidget* parent, const QString& suggestion) -> std::optional<ExerciseExportChoice> {
        ++asked;
        EXPECT_EQ(parent, &view);
        suggested = suggestion;
        return ExerciseExportChoice {target, ExerciseExportFormat::Csv};
    });
    QSignalSpy exported(&view, &ExerciseComparisonView::exported);
    QTest::mouseClick(view.exportButton(), Qt::LeftButton);

    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("Group-3-Nilufar-Tenzin-comparison.html"))) << suggested.toStdString();
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported.first().first().toString(), target);
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readLine()).startsWith(QStringLiteral("# TRAINING \u2014 fictional case study")));
    EXPECT_EQ(view.messageBar()->kind(), MessageBar::Kind::Positive);
    EXPECT_TRUE(view.messageBar()->text().contains(QDir::toNativeSeparators(target)));
}

TEST(ExerciseComparisonViewTest, CancelledOrFailedExportWritesNothing)
{
    const QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    ExerciseComparisonView view;
    view.setComparison(mismatch(), kCaseStudy, kParticipant);
    QSignalSpy exported(&view, &ExerciseComparisonView::exported);

    view.setExportChooser([](QWidget*, const QString&) { return std::optional<ExerciseExportChoice>(); });
    view.exportForTrainer();
    EXPECT_EQ(exported.count(), 0);
    EXPECT_TRUE(view.messageBar()->text().isEmpty());

    // A file where the folder should be: the write fails and says so inline.
    const QString blocker = folder.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const QString target = blocker + QStringLiteral("/comparison.html");
    view.setExportChooser([&](QWidget*, const QString&) {
        return std::optional<ExerciseExportChoice>(ExerciseExportChoice {target, ExerciseExportFormat::Html});
    });
    view.exportForTrainer();
    EXPECT_EQ(exported.count(), 0);
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_EQ(view.messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(view.messageBar()->text().contains(QStringLiteral("not exported")));
}

TEST(ExerciseComparisonViewTest, ScreenshotOfAMismatch)
{
    ExerciseComparisonView view;
    view.setComparison(mismatch(), kCaseStudy, kParticipant);
    view.resize(1100, 750);
    view.show();
    QTest::qWait(50); // let the wrapped rows of the element list settle
    const QImage image = view.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(colourVariety(image), 8) << "the view looks blank";
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(image.save(QDir(folder).filePath(QStringLiteral("exercise-comparison.png"))));
    }
}
