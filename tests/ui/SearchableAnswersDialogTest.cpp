// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing the answers the case list searches: every question but yes/no ones is offered, the
// sensitive ones cannot be ticked, the current choice (or the default) is shown ticked, and the
// result is nullopt when it is just the default. With LANTERN_SCREENSHOT_DIR set, saves
// searchable-answers.png.
#include "cases/SearchableAnswersDialog.h"

#include "checklist/ChecklistLoader.h"
#include "TestData.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace lantern::test {
namespace {

Checklist allTypes()
{
    ChecklistLoad load = ChecklistLoader::loadFile(dataPath(QStringLiteral("checklists/all-types.json")));
    EXPECT_TRUE(load.ok());
    return load.ok() ? *load.checklist : Checklist();
}

QListWidgetItem* itemFor(QListWidget* list, const QString& questionId)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == questionId)
            return list->item(row);
    }
    return nullptr;
}

class SearchableAnswersDialogTest : public ::testing::Test
{
protected:
    SearchableAnswersDialogTest()
        : m_dialog({ allTypes() }, [this](const QString&) { return m_choice; })
    {
    }

    QListWidget* list() { return m_dialog.findChild<QListWidget*>(); }

    std::optional<QStringList> m_choice;
    SearchableAnswersDialog m_dialog;
};

TEST_F(SearchableAnswersDialogTest, OffersEveryQuestionButYesNoAndLocksTheSensitiveOne)
{
    QListWidget* questions = list();
    ASSERT_NE(questions, nullptr);
    EXPECT_EQ(questions->count(), 7) << "8 questions, one of them yes/no";
    EXPECT_EQ(itemFor(questions, QStringLiteral("deceived")), nullptr);
    QListWidgetItem* place = itemFor(questions, QStringLiteral("place"));
    ASSERT_NE(place, nullptr);
    EXPECT_FALSE(place->flags() & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(place->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(place->text().contains(QStringLiteral("sensitive")));
    // Nothing chosen yet: the default (the non-sensitive text question) is ticked, and kept as "no choice".
    EXPECT_EQ(itemFor(questions, QStringLiteral("employer"))->checkState(), Qt::Checked);
    EXPECT_EQ(itemFor(questions, QStringLiteral("sector"))->checkState(), Qt::Unchecked);
    EXPECT_EQ(m_dialog.checklistId(), QStringLiteral("all-types"));
    EXPECT_FALSE(m_dialog.chosen().has_value());
}

TEST_F(SearchableAnswersDialogTest, TickingGivesAChoiceAndTheDefaultButtonUndoesIt)
{
    QListWidget* questions = list();
    itemFor(questions, QStringLiteral("sector"))->setCheckState(Qt::Checked);
    itemFor(questions, QStringLiteral("employer"))->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(m_dialog.chosen().has_value());
    EXPECT_EQ(*m_dialog.chosen(), QStringList { QStringLiteral("sector") });

    QPushButton* reset = nullptr;
    for (QPushButton* button : m_dialog.findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("default")))
            reset = button;
    }
    ASSERT_NE(reset, nullptr);
    reset->click();
    EXPECT_FALSE(m_dialog.chosen().has_value());
    EXPECT_EQ(itemFor(questions, QStringLiteral("sector"))->checkState(), Qt::Unchecked);
}

TEST_F(SearchableAnswersDialogTest, ShowsTheCurrentChoiceTicked)
{
    m_choice = QStringList { QStringLiteral("control"), QStringLiteral("age_now") };
    SearchableAnswersDialog dialog({ allTypes() }, [this](const QString&) { return m_choice; });
    QListWidget* questions = dialog.findChild<QListWidget*>();
    EXPECT_EQ(itemFor(questions, QStringLiteral("control"))->checkState(), Qt::Checked);
    EXPECT_EQ(itemFor(questions, QStringLiteral("age_now"))->checkState(), Qt::Checked);
    EXPECT_EQ(itemFor(questions, QStringLiteral("employer"))->checkState(), Qt::Unchecked);
    EXPECT_EQ(*dialog.chosen(), (QStringList { QStringLiteral("control"), QStringLiteral("age_now") }));

    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(dialog.grab().toImage().save(QDir(folder).filePath(QStringLiteral("searchable-answers.png"))));
    }
}

} // namespace
} // namespace lantern::test
