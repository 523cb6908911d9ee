// SPDX-License-Identifier: GPL-3.0-or-later
// One whole interview through the real window, as a caseworker lives it: create a database,
// start a case, answer by keyboard, watch the assessment change, jump from an undetermined
// element to a question that could decide it, lock and unlock, quit; start again and find every
// answer there. All data is fictional.
#include "ShellTestSupport.h"

#include "cases/CaseWorkspace.h"
#include "cases/NewCaseDialog.h"
#include "interview/AssessmentPanel.h"
#include "interview/InterviewWidget.h"
#include "interview/QuestionView.h"
#include "shell/CreateDatabaseWidget.h"
#include "shell/MainWindow.h"
#include "shell/StartWidget.h"
#include "shell/UnlockWidget.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>

using namespace lantern;
using namespace lantern::test;

namespace {

QuestionView* questionView(MainWindow& window, const QString& id)
{
    return window.workspace()->interview()->findChild<QuestionView*>(QStringLiteral("question_") + id);
}

/// Shows the question and presses `key` on it, as Tab (or a click) then a keystroke would.
void press(MainWindow& window, const QString& id, Qt::Key key)
{
    QuestionView* view = questionView(window, id);
    ASSERT_NE(view, nullptr) << id.toStdString();
    window.workspace()->interview()->showQuestion(id);
    QTest::keyClick(view, key);
}

void typeInto(MainWindow& window, const QString& id, const QString& text)
{
    QuestionView* view = questionView(window, id);
    ASSERT_NE(view, nullptr) << id.toStdString();
    window.workspace()->interview()->showQuestion(id);
    auto* field = view->findChild<QLineEdit*>();
    ASSERT_NE(field, nullptr) << id.toStdString();
    field->setFocus();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

/// Clicks the panel's first link to a question that could decide an undetermined element (the
/// panel also links the answers behind present indicators); returns the question's id.
QString clickFirstOpenQuestion(AssessmentPanel* panel, const Assessment& assessment)
{
    QSet<QString> deciding;
    for (const ProfileResult& profile : assessment.profiles) {
        for (const ElementResult& element : profile.elements) {
            if (element.status == Status::Undetermined)
                deciding.unite(QSet<QString>(element.decidingQuestions.begin(), element.decidingQuestions.end()));
        }
    }
    QTextBrowser* browser = panel->details();
    const QString prefix = QStringLiteral("lantern-question:");
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString href = fragment.charFormat().anchorHref();
            if (!href.startsWith(prefix) || !deciding.contains(href.mid(prefix.size())))
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + 1);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
            return href.mid(prefix.size());
        }
    }
    return {};
}

void unlock(MainWindow& window)
{
    type(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
    QTest::mouseClick(byName<QPushButton>(window.unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
}

} // namespace

TEST(WholeInterviewTest, FromANewDatabaseToEveryAnswerStillThereAfterARestart)
{
    ShellEnvironment env;
    const QString database = env.path(QStringLiteral("cases.lantern"));
    QString caseCode;
    QString jumpedTo;
    {
        MainWindow window(env.options());
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

        // Create the database from the start screen.
        QTest::mouseClick(byName<QPushButton>(window.startPage(), QStringLiteral("Create a new case database")),
            Qt::LeftButton);
        auto* location = byName<QLineEdit>(window.createPage(), QStringLiteral("Database file location"));
        ASSERT_NE(location, nullptr);
        location->clear();
        type(location, database);
        type(byName<QLineEdit>(window.createPage(), QStringLiteral("New passphrase")), kPassphrase);
        type(byName<QLineEdit>(window.createPage(), QStringLiteral("Repeat passphrase")), kPassphrase);
        QTest::mouseClick(byName<QPushButton>(window.createPage(), QStringLiteral("Create database")), Qt::LeftButton);
        ASSERT_EQ(window.currentPage(), window.workspace());

        // Start a case on the bundled checklist with the generated code.
        window.workspace()->newCaseAction()->trigger();
        auto* dialog = window.findChild<NewCaseDialog*>();
        ASSERT_NE(dialog, nullptr);
        caseCode = dialog->code();
        dialog->accept();
        QCoreApplication::processEvents();
        ASSERT_TRUE(window.workspace()->isShowingInterview());
        const std::shared_ptr<CaseFile> opened = window.workspace()->openedCase();
        ASSERT_NE(opened, nullptr);

        // Answer by keyboard and watch the assessment change.
        AssessmentPanel* panel = window.workspace()->interview()->findChild<AssessmentPanel*>();
        ASSERT_NE(panel, nullptr);
        const QString headlineBefore = panel->headline()->text();
        const int levelBefore = opened->assessment().level;
        typeInto(window, QStringLiteral("age_at_exploitation"), QStringLiteral("34"));
        questionView(window, QStringLiteral("exploitation_type"))->findChildren<QCheckBox*>().at(0)->click(); // labour
        for (const char* id : { "rec_deceived_job", "work_long_hours", "work_low_or_no_pay", "ctl_locked_in" })
            press(window, QString::fromLatin1(id), Qt::Key_Y);
        press(window, QStringLiteral("rec_threats"), Qt::Key_D); // declined: never a "no"
        EXPECT_GT(window.workspace()->openedCase()->assessment().level, levelBefore);
        EXPECT_NE(panel->headline()->text(), headlineBefore);

        // Jump from an undetermined element to a question that could decide it.
        jumpedTo = clickFirstOpenQuestion(panel, window.workspace()->openedCase()->assessment());
        ASSERT_FALSE(jumpedTo.isEmpty()) << "no open question offered";
        EXPECT_EQ(window.workspace()->interview()->currentQuestionId(), jumpedTo);
        press(window, jumpedTo, Qt::Key_N);

        // Lock (Ctrl+L) and unlock: back at the same case.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        ASSERT_EQ(window.currentPage(), window.unlockPage());
        EXPECT_EQ(window.workspace()->openedCase(), nullptr) << "locking drops the decrypted case";
        unlock(window);
        ASSERT_TRUE(window.workspace()->isShowingInterview());
        ASSERT_NE(window.workspace()->openedCase(), nullptr);
        EXPECT_EQ(window.workspace()->openedCase()->info().code, caseCode);

        window.close(); // quit
    }

    // Start again: the last database opens at the unlock screen, and every answer is there.
    MainWindow window(env.options());
    window.show();
    ASSERT_EQ(window.currentPage(), window.unlockPage());
    unlock(window);
    ASSERT_EQ(window.currentPage(), window.workspace());
    CaseId caseId;
    for (const CaseListEntry& entry : window.session().index().entries()) {
        if (entry.code == caseCode)
            caseId = entry.id;
    }
    ASSERT_FALSE(caseId.isNull());
    window.workspace()->openCase(caseId);
    const std::shared_ptr<CaseFile> reopened = window.workspace()->openedCase();
    ASSERT_NE(reopened, nullptr);
    const AnswerSet& answers = reopened->answers().answers;
    EXPECT_EQ(answers.find(QStringLiteral("age_at_exploitation"))->value.toDouble(), 34.0);
    for (const char* id : { "rec_deceived_job", "work_long_hours", "work_low_or_no_pay", "ctl_locked_in" }) {
        const Answer* answer = answers.find(QString::fromLatin1(id));
        ASSERT_NE(answer, nullptr) << id;
        EXPECT_TRUE(answer->isYes()) << id;
    }
    EXPECT_EQ(answers.find(QStringLiteral("rec_threats"))->state, AnswerState::Declined);
    ASSERT_NE(answers.find(jumpedTo), nullptr);
    EXPECT_EQ(answers.find(jumpedTo)->value, QJsonValue(false));
}
