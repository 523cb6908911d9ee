// SPDX-License-Identifier: GPL-3.0-or-later
// The live assessment panel, jumping to open questions, undo/redo through the store, failing
// saves and interview sessions.
#include "InterviewFixture.h"

#include "interview/AssessmentPanel.h"
#include "interview/SaveIndicator.h"
#include "interview/SessionBar.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

namespace lantern::test {
namespace {

class InterviewAssessmentTest : public InterviewFixture
{
protected:
    void openMinimal() { openFile(dataPath(QStringLiteral("checklists/minimal.json"))); }
    AssessmentPanel* panel() const { return m_widget->findChild<AssessmentPanel*>(); }

    void answerAdultWithLabour()
    {
        QLineEdit* age = view(QStringLiteral("age"))->findChild<QLineEdit*>();
        age->setFocus();
        QTest::keyClicks(age, QStringLiteral("30"));
        QTest::keyClick(age, Qt::Key_Return);
        view(QStringLiteral("work_type"))->findChildren<QCheckBox*>().at(0)->click();
    }

    /// Clicks the link to `questionId` in the panel's details, as a user would.
    bool clickQuestionLink(const QString& questionId)
    {
        QTextBrowser* browser = panel()->details();
        const QString href = QStringLiteral("lantern-question:") + questionId;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + 1);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                const QPoint point = browser->cursorRect(cursor).center();
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
                return true;
            }
        }
        return false;
    }
};

TEST_F(InterviewAssessmentTest, YesNoKeystrokesChangeTheScreeningResult)
{
    openMinimal();
    answerAdultWithLabour();
    QLineEdit* hours = view(QStringLiteral("hours"))->findChild<QLineEdit*>();
    hours->setFocus();
    QTest::keyClicks(hours, QStringLiteral("14"));
    QTest::keyClick(hours, Qt::Key_Return);
    const QString before = panel()->headline()->text();
    EXPECT_NE(before, QStringLiteral("Indicators consistent with trafficking"));
    EXPECT_TRUE(panel()->details()->toPlainText().contains(QStringLiteral("undetermined")));

    press(QStringLiteral("deceived"), Qt::Key_Y);
    press(QStringLiteral("paid"), Qt::Key_Y);
    press(QStringLiteral("paid_less"), Qt::Key_Y);
    EXPECT_EQ(panel()->headline()->text(), QStringLiteral("Indicators consistent with trafficking"));
    EXPECT_EQ(panel()->advice()->text(), QStringLiteral("Refer for formal identification."));
    const QString details = panel()->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("\u25CF met")));                 // words and a shape, not colour alone
    EXPECT_TRUE(details.contains(QStringLiteral("strong — Deceived about the job")));
    EXPECT_TRUE(details.contains(QStringLiteral("Was the job different from what you were promised? — yes")));
    // Screening, never a verdict.
    EXPECT_FALSE(details.contains(QStringLiteral("is a victim")));
    EXPECT_FALSE(panel()->headline()->text().contains(QStringLiteral("victim")));

    press(QStringLiteral("deceived"), Qt::Key_N);
    EXPECT_NE(panel()->headline()->text(), QStringLiteral("Indicators consistent with trafficking"));
}

TEST_F(InterviewAssessmentTest, ClickingAnOpenQuestionShowsIt)
{
    openMinimal();
    answerAdultWithLabour();
    press(QStringLiteral("deceived"), Qt::Key_Y);
    m_widget->showQuestion(QStringLiteral("age"));
    ASSERT_EQ(elementStatus(assessment(), QStringLiteral("adult"), QStringLiteral("deception")), Status::Undetermined);
    EXPECT_TRUE(panel()->details()->toPlainText().contains(QStringLiteral("Open questions that could decide it")));

    ASSERT_TRUE(clickQuestionLink(QStringLiteral("paid")));
    EXPECT_EQ(m_widget->currentQuestionId(), QStringLiteral("paid"));
    EXPECT_TRUE(view(QStringLiteral("paid"))->isCurrent());
    EXPECT_TRUE(view(QStringLiteral("paid"))->isVisible());
}

TEST_F(InterviewAssessmentTest, UndoAndRedoSaveThroughTheStore)
{
    openMinimal();
    answerAdultWithLabour();
    press(QStringLiteral("deceived"), Qt::Key_Y);
    press(QStringLiteral("deceived"), Qt::Key_D);
    QUndoStack* undo = m_widget->undoStack();
    const auto auditCount = [this] { return m_store->audit(m_case->info().id)->size(); };
    const qsizetype auditBefore = auditCount();

    undo->undo();
    EXPECT_TRUE(storedAnswer(QStringLiteral("deceived"))->isYes());
    EXPECT_TRUE(view(QStringLiteral("deceived"))->stateBar()->button(AnswerState::Answered, QJsonValue(true))->isChecked());
    undo->undo();
    EXPECT_EQ(storedAnswer(QStringLiteral("deceived"))->state, AnswerState::NotAsked);
    undo->redo();
    EXPECT_TRUE(storedAnswer(QStringLiteral("deceived"))->isYes());
    undo->redo();
    EXPECT_EQ(storedAnswer(QStringLiteral("deceived"))->state, AnswerState::Declined);
    EXPECT_EQ(auditCount(), auditBefore + 4); // every undo and redo is audited
    EXPECT_FALSE(undo->text(0).contains(QStringLiteral("Declined")));
}

TEST_F(InterviewAssessmentTest, AFailingSaveShowsTheErrorInlineAndNotTheAnswer)
{
    openMinimal();
    QSignalSpy failed(m_widget.get(), &InterviewWidget::saveFailed);
    QSignalSpy saved(m_widget.get(), &InterviewWidget::answerSaved);
    m_store->lock();
    press(QStringLiteral("age"), Qt::Key_U);
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(saved.size(), 0);
    SaveIndicator* indicator = view(QStringLiteral("age"))->saveIndicator();
    EXPECT_EQ(indicator->state(), SaveIndicator::State::Error);
    EXPECT_TRUE(indicator->isVisible());
    EXPECT_TRUE(indicator->text().contains(failed.at(0).at(0).toString()));
    EXPECT_FALSE(view(QStringLiteral("age"))->stateBar()->button(AnswerState::Unknown)->isChecked());
    EXPECT_EQ(m_case->answers().answers.find(QStringLiteral("age")), nullptr);
    EXPECT_EQ(m_widget->undoStack()->count(), 0);
}

TEST_F(InterviewAssessmentTest, SessionsRecordInterpreterAndLanguageAndTagAnswers)
{
    openMinimal();
    auto* bar = m_widget->findChild<SessionBar*>();
    ASSERT_NE(bar, nullptr);
    bar->interpreterBox()->setChecked(true);
    bar->languageBox()->setCurrentIndex(bar->languageBox()->findData(QStringLiteral("th")));
    bar->toggleButton()->click();
    ASSERT_TRUE(bar->isRunning());
    press(QStringLiteral("age"), Qt::Key_D);
    auto sessions = m_store->sessions(m_case->info().id);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 1);
    EXPECT_TRUE(sessions->at(0).interpreterUsed);
    EXPECT_EQ(sessions->at(0).language, QStringLiteral("th"));
    EXPECT_EQ(m_case->answers().records.at(0).sessionId, sessions->at(0).id);

    bar->toggleButton()->click(); // pause
    EXPECT_FALSE(bar->isRunning());
    EXPECT_TRUE(m_store->sessions(m_case->info().id)->at(0).end.isValid());
    bar->toggleButton()->click(); // resume: a new session
    m_widget->clear();             // e.g. locking: the running session ends
    sessions = m_store->sessions(m_case->info().id);
    ASSERT_EQ(sessions->size(), 2);
    EXPECT_TRUE(sessions->at(1).end.isValid());
    EXPECT_TRUE(m_widget->currentQuestionId().isEmpty());
    EXPECT_TRUE(m_widget->findChildren<QuestionView*>().isEmpty());
}

TEST_F(InterviewAssessmentTest, AnAnswerUpdatesTheBundledChecklistInPlace)
{
    openFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
    QuestionView* first = view(QStringLiteral("rec_deceived_job"));
    ASSERT_NE(first, nullptr);
    QLineEdit* note = view(QStringLiteral("rec_promised_pay"))->noteSource()->noteEdit();
    QList<QuestionView*> viewsBefore = m_widget->findChildren<QuestionView*>();
    std::sort(viewsBefore.begin(), viewsBefore.end());
    press(QStringLiteral("rec_deceived_job"), Qt::Key_Y);
    QList<QuestionView*> viewsAfter = m_widget->findChildren<QuestionView*>();
    std::sort(viewsAfter.begin(), viewsAfter.end());
    EXPECT_EQ(viewsAfter, viewsBefore); // nothing rebuilt
    EXPECT_EQ(view(QStringLiteral("rec_promised_pay"))->noteSource()->noteEdit(), note);
    // How long that takes is measured by tests/bench/InterviewBench.cpp, not here.
}

// Saves the screenshots for docs/screenshots when LANTERN_SCREENSHOT_DIR is set.
TEST_F(InterviewAssessmentTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set LANTERN_SCREENSHOT_DIR to write screenshots";
    openFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
    QLineEdit* age = view(QStringLiteral("age_at_exploitation"))->findChild<QLineEdit*>();
    age->setFocus();
    QTest::keyClicks(age, QStringLiteral("27"));
    QTest::keyClick(age, Qt::Key_Return);
    press(QStringLiteral("consent_given"), Qt::Key_Y);
    view(QStringLiteral("exploitation_type"))->findChildren<QCheckBox*>().at(0)->click(); // labour
    for (const char* id : {"rec_promised_pay", "rec_deceived_job", "rec_debt"})
        press(QString::fromLatin1(id), Qt::Key_Y);
    press(QStringLiteral("rec_deceived_place"), Qt::Key_N);
    press(QStringLiteral("rec_deceived_contract"), Qt::Key_U);
    m_widget->showQuestion(QStringLiteral("rec_promised_pay"));
    QApplication::processEvents();
    EXPECT_TRUE(m_widget->grab().save(QDir(dir).filePath(QStringLiteral("interview.png"))));
    for (const char* id : {"rec_deceived_contract", "work_long_hours", "work_low_or_no_pay", "ctl_documents_kept",
                           "ctl_debt_owed", "ctl_locked_in"})
        press(QString::fromLatin1(id), Qt::Key_Y);
    m_widget->showQuestion(QStringLiteral("ctl_locked_in"));
    QApplication::processEvents();
    EXPECT_TRUE(m_widget->grab().save(QDir(dir).filePath(QStringLiteral("interview-assessment.png"))));
}

} // namespace
} // namespace lantern::test
