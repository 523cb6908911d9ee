// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the interface language in the settings while a case is open: every menu and page
// changes language, nothing is locked, closed or lost, and what was being typed is saved. Also
// that the bilingual layout chosen in the settings reaches the interview.
#include "cases/CaseListWidget.h"
#include "cases/CaseWorkspace.h"
#include "i18n/Translations.h"
#include "interview/IntervieweeBlock.h"
#include "interview/InterviewWidget.h"
#include "interview/QuestionView.h"
#include "interview/SessionBar.h"
#include "settings/Settings.h"
#include "shell/CreateDatabaseWidget.h"
#include "shell/MainWindow.h"
#include "shell/QuickHide.h"
#include "shell/SettingsDialog.h"
#include "shell/StartWidget.h"
#include "shell/TrainingBanner.h"
#include "shell/UnlockWidget.h"
#include "ShellTestSupport.h"

#include <algorithm>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString kTypedQuestion = QStringLiteral("age_at_exploitation");

bool containsThai(const QString& text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F; });
}

QString mainWindowText(const char* source)
{
    return QCoreApplication::translate("lantern::MainWindow", source);
}

class InterfaceLanguageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        env.makeDatabase(
            QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001"), QStringLiteral("2026-0002") });
        window = std::make_unique<MainWindow>(env.options(env.path(QStringLiteral("cases.lantern"))));
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        type(byName<QLineEdit>(window->unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
        QTest::mouseClick(
            byName<QPushButton>(window->unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
        ASSERT_EQ(window->currentPage(), window->workspace());
        for (const CaseListEntry& entry : window->session().index().entries()) {
            if (entry.code == QStringLiteral("2026-0001"))
                caseId = entry.id;
        }
        ASSERT_FALSE(caseId.isNull());
        window->workspace()->openCase(caseId);
        ASSERT_TRUE(window->workspace()->isShowingInterview());
    }

    // The other widget tests find controls by their English names: always end in English.
    void TearDown() override
    {
        window.reset();
        installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    InterviewWidget* interview() const { return window->workspace()->interview(); }

    QuestionView* questionView(const QString& id) const
    {
        return interview()->findChild<QuestionView*>(QStringLiteral("question_") + id);
    }

    /// Opens the settings from the Database menu, lets `change` edit the dialog, presses OK.
    template<class Change> void changeSettings(Change change)
    {
        ASSERT_NE(window->settingsAction(), nullptr);
        window->settingsAction()->trigger();
        SettingsDialog* dialog = nullptr;
        for (SettingsDialog* candidate : window->findChildren<SettingsDialog*>()) {
            if (candidate->isVisible())
                dialog = candidate;
        }
        ASSERT_NE(dialog, nullptr);
        change(*dialog);
        dialog->accept();
        QCoreApplication::processEvents(); // posted LanguageChange events, deleteLater
    }

    void chooseLanguage(const QString& code)
    {
        changeSettings([&](SettingsDialog& dialog) {
            const int index = dialog.languageField()->findData(code);
            ASSERT_GE(index, 0) << code.toStdString();
            dialog.languageField()->setCurrentIndex(index);
        });
    }

    QStringList menuTitles() const
    {
        QStringList titles;
        for (const QAction* action : window->menuBar()->actions()) {
            if (action->menu())
                titles.append(action->text());
        }
        return titles;
    }

    int actionsWithShortcut(const QKeySequence& shortcut) const
    {
        const QList<QAction*> actions = window->findChildren<QAction*>();
        return int(std::count_if(actions.begin(), actions.end(),
            [&](const QAction* action) { return action->shortcuts().contains(shortcut); }));
    }

    ShellEnvironment env;
    std::unique_ptr<MainWindow> window;
    CaseId caseId;
};

} // namespace

TEST_F(InterfaceLanguageTest, SwitchingToThaiKeepsTheOpenCaseAndSavesWhatWasTyped)
{
    // One answer given, one being typed (not yet confirmed with Enter) when the language changes.
    QuestionView* longHours = questionView(QStringLiteral("work_long_hours"));
    ASSERT_NE(longHours, nullptr);
    interview()->showQuestion(QStringLiteral("work_long_hours"));
    QTest::keyClick(longHours, Qt::Key_Y);
    ASSERT_NE(window->workspace()->openedCase()->answers().answers.find(QStringLiteral("work_long_hours")),
        nullptr);
    QuestionView* typed = questionView(kTypedQuestion);
    ASSERT_NE(typed, nullptr);
    interview()->showQuestion(kTypedQuestion);
    auto* field = typed->findChild<QLineEdit*>();
    ASSERT_NE(field, nullptr);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("41"));
    ASSERT_EQ(interview()->currentQuestionId(), kTypedQuestion);

    const QStringList englishMenus = menuTitles();
    ASSERT_TRUE(englishMenus.contains(QStringLiteral("&Database")));
    ASSERT_TRUE(englishMenus.contains(QStringLiteral("&Help")));
    const int menusBefore = int(window->menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly).size());

    chooseLanguage(QStringLiteral("th"));
    ASSERT_EQ(interfaceLanguage(), QStringLiteral("th"));

    // The menu bar is in the Thai catalogue's words, with no menu or shortcut left twice.
    const QStringList thaiMenus = menuTitles();
    EXPECT_EQ(thaiMenus.size(), englishMenus.size());
    EXPECT_FALSE(thaiMenus.contains(QStringLiteral("&Database")));
    EXPECT_TRUE(thaiMenus.contains(mainWindowText("&Database")));
    EXPECT_TRUE(containsThai(mainWindowText("&Database"))) << mainWindowText("&Database").toStdString();
    EXPECT_TRUE(thaiMenus.contains(mainWindowText("&View")));
    EXPECT_TRUE(containsThai(window->settingsAction()->text()))
        << window->settingsAction()->text().toStdString();
    EXPECT_EQ(int(window->menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly).size()), menusBefore);
    EXPECT_EQ(actionsWithShortcut(QKeySequence(Qt::CTRL | Qt::Key_L)), 1);
    EXPECT_EQ(actionsWithShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)), 1);
    EXPECT_EQ(actionsWithShortcut(QKeySequence::Undo), 1);
    // Actions kept by the window are the live ones: locking still works from the new menu.
    EXPECT_TRUE(window->menuBar()->findChildren<QAction*>().contains(window->lockAction()));

    // Pages with static texts follow too (the Thai drafts cover these; the case list's buttons
    // are not drafted yet and stay English), and actions owned outside the menus.
    const auto startLabels = window->startPage()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(startLabels.begin(), startLabels.end(),
        [](const QLabel* label) { return containsThai(label->text()); }));
    const auto unlockLabels = window->unlockPage()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(unlockLabels.begin(), unlockLabels.end(),
        [](const QLabel* label) { return containsThai(label->text()); }));
    const auto createLabels = window->createPage()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(createLabels.begin(), createLabels.end(),
        [](const QLabel* label) { return containsThai(label->text()); }));
    EXPECT_TRUE(containsThai(window->quickHide().action()->text()))
        << window->quickHide().action()->text().toStdString();
    EXPECT_TRUE(containsThai(window->trainingBanner()->text()));
    EXPECT_TRUE(containsThai(
        window->workspace()->caseList()->sortedModel()->headerData(0, Qt::Horizontal).toString()));

    // Nothing was locked or closed: the same case, on the same question, with its answers.
    EXPECT_TRUE(window->session().isUnlocked());
    EXPECT_EQ(window->currentPage(), window->workspace());
    ASSERT_TRUE(window->workspace()->isShowingInterview());
    ASSERT_NE(window->workspace()->openedCase(), nullptr);
    EXPECT_EQ(window->workspace()->openedCase()->info().id, caseId);
    EXPECT_EQ(interview()->currentQuestionId(), kTypedQuestion);
    const AnswerSet& answers = window->workspace()->openedCase()->answers().answers;
    EXPECT_NE(answers.find(QStringLiteral("work_long_hours")), nullptr);
    const Answer* age = answers.find(kTypedQuestion);
    ASSERT_NE(age, nullptr) << "the text typed before the switch was not saved";
    EXPECT_EQ(age->value.toDouble(), 41.0);
    // Saved in the store, not just shown: a fresh read of the case has it.
    auto reread = CaseFile::open(window->session().store(), caseId);
    ASSERT_TRUE(reread.ok()) << reread.errorMessage().toStdString();
    const Answer* stored = reread.value().answers().answers.find(kTypedQuestion);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->value.toDouble(), 41.0);

    // And back to English.
    chooseLanguage(QStringLiteral("en"));
    EXPECT_EQ(menuTitles(), englishMenus);
    EXPECT_EQ(window->settingsAction()->text(), QStringLiteral("&Settings…"));
    EXPECT_EQ(window->workspace()->caseList()->statusFilter()->itemText(0), QStringLiteral("All statuses"));
    EXPECT_EQ(window->quickHide().action()->text(), QStringLiteral("&Quick hide"));
    EXPECT_NE(byName<QPushButton>(window->unlockPage(), QStringLiteral("Unlock")), nullptr);
    EXPECT_EQ(actionsWithShortcut(QKeySequence(Qt::CTRL | Qt::Key_L)), 1);
    EXPECT_TRUE(window->session().isUnlocked());
    ASSERT_NE(window->workspace()->openedCase(), nullptr);
    EXPECT_EQ(window->workspace()->openedCase()->info().id, caseId);
    EXPECT_EQ(interview()->currentQuestionId(), kTypedQuestion);
    EXPECT_EQ(
        Settings(env.path(QStringLiteral("settings.ini"))).stringValue(Settings::Key::InterfaceLanguage),
        QStringLiteral("en"));
}

TEST_F(InterfaceLanguageTest, TheSettingsOfferEveryShippedLanguageAsADraft)
{
    window->settingsAction()->trigger();
    auto* dialog = window->findChild<SettingsDialog*>();
    ASSERT_NE(dialog, nullptr);
    QComboBox* languages = dialog->languageField();
    EXPECT_EQ(languages->itemData(0).toString(), QString()); // follow the desktop
    EXPECT_EQ(languages->currentIndex(), 0);
    EXPECT_GE(languages->findData(QStringLiteral("en")), 0);
    for (const QString& code : shippedLanguages()) {
        const int index = languages->findData(code);
        ASSERT_GE(index, 0) << code.toStdString();
        EXPECT_TRUE(languages->itemText(index).contains(code)) << languages->itemText(index).toStdString();
        EXPECT_TRUE(languages->itemText(index).contains(QStringLiteral("draft")))
            << languages->itemText(index).toStdString();
    }
    EXPECT_EQ(languages->count(), int(shippedLanguages().size()) + 2);
    EXPECT_EQ(dialog->intervieweeTextField()->minimum(), 100);
    EXPECT_EQ(dialog->intervieweeTextField()->maximum(), 250);
    EXPECT_EQ(dialog->intervieweeTextField()->value(), 160);
    dialog->reject();
}

TEST_F(InterfaceLanguageTest, TheBilingualLayoutSettingReachesTheInterview)
{
    // Interview in Thai, interface in English: questions show both.
    auto* sessions = interview()->findChild<SessionBar*>();
    ASSERT_NE(sessions, nullptr);
    const int thai = sessions->languageBox()->findData(QStringLiteral("th"));
    ASSERT_GE(thai, 0);
    sessions->languageBox()->setCurrentIndex(thai);
    const QString id = QStringLiteral("work_long_hours");
    interview()->showQuestion(id);
    QCoreApplication::processEvents();

    const auto measure = [&] {
        interview()->showQuestion(id);
        QCoreApplication::processEvents(); // rebuilt views are shown from the event loop
        QuestionView* view = questionView(id);
        EXPECT_NE(view, nullptr);
        IntervieweeBlock* block = view ? view->intervieweeBlock() : nullptr;
        auto* title = view ? view->findChild<QLabel*>(QStringLiteral("questionTitle")) : nullptr;
        EXPECT_NE(block, nullptr) << "the question is not bilingual";
        EXPECT_NE(title, nullptr);
        struct Shape
        {
            QRect title, block;
            qreal fontSize = 0;
        };
        if (!block || !title)
            return Shape {};
        EXPECT_TRUE(block->isVisible());
        view->layout()->activate();
        return Shape { QRect(title->mapTo(view, QPoint(0, 0)), title->size()),
            QRect(block->mapTo(view, QPoint(0, 0)), block->size()),
            block->questionLabel()->font().pointSizeF() };
    };

    // The default: side by side, at 160 %.
    const auto sideBySide = measure();
    EXPECT_GE(sideBySide.block.left(), sideBySide.title.right()) << "not beside the caseworker's wording";
    EXPECT_LT(sideBySide.block.top(), sideBySide.title.bottom());

    changeSettings([](SettingsDialog& dialog) {
        dialog.bilingualField()->setCurrentIndex(dialog.bilingualField()->findData(true));
        dialog.intervieweeTextField()->setValue(240);
    });
    const auto stacked = measure();
    EXPECT_GE(stacked.block.top(), stacked.title.bottom()) << "not below the caseworker's wording";
    EXPECT_LT(stacked.block.left(), stacked.title.right());
    EXPECT_NEAR(stacked.fontSize / sideBySide.fontSize, 240.0 / 160.0, 0.05);
    // Still the same case and question.
    EXPECT_EQ(window->workspace()->openedCase()->info().id, caseId);
    EXPECT_EQ(interview()->currentQuestionId(), id);
}
