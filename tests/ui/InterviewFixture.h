// SPDX-License-Identifier: GPL-3.0-or-later
// Shared setup of the interview widget tests: a training (unencrypted) case store in a temporary
// folder, a real case on a real checklist, and the interview widget showing it.
#pragma once

#include "casework/CaseFile.h"
#include "checklist/ChecklistLoader.h"
#include "interview/AnswerStateBar.h"
#include "interview/InterviewWidget.h"
#include "interview/NoteSourceEditor.h"
#include "interview/QuestionPane.h"
#include "interview/QuestionView.h"
#include "storage/CaseStore.h"
#include "TestData.h"

#include <gtest/gtest.h>

#include <memory>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace lantern::test {

class InterviewFixture : public ::testing::Test
{
protected:
    /// Opens a new case on the checklist in `bytes` and shows it in a fresh widget.
    void openCase(const QByteArray& bytes, const QString& name = QStringLiteral("test.json"))
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = CaseStore::createTraining(m_dir.filePath(QStringLiteral("training-%1.lantern").arg(++m_opened)));
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        m_store = std::move(store).value();
        ChecklistLoad load = ChecklistLoader::loadBytes(bytes, name);
        ASSERT_TRUE(load.ok());
        auto created = CaseFile::create(*m_store, *load.checklist);
        ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
        m_case = std::make_shared<CaseFile>(std::move(created).value());
        m_widget = std::make_unique<InterviewWidget>();
        m_widget->resize(1280, 800);
        m_widget->setCase(m_case, m_store.get());
        m_widget->show();
        m_widget->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void openFile(const QString& path) { openCase(readFile(path), path); }

    QuestionView* view(const QString& questionId) const
    {
        return m_widget->findChild<QuestionView*>(QStringLiteral("question_") + questionId);
    }

    /// Puts focus on the question (as Tab or a click would) and presses `key` there.
    void press(const QString& questionId, Qt::Key key)
    {
        QuestionView* target = view(questionId);
        ASSERT_NE(target, nullptr) << questionId.toStdString();
        m_widget->showQuestion(questionId);
        QTest::keyClick(target, key);
    }

    /// The answer the store holds now, read back through a freshly opened case (not the widget).
    std::optional<Answer> storedAnswer(const QString& questionId) const
    {
        auto reopened = CaseFile::open(*m_store, m_case->info().id);
        EXPECT_TRUE(reopened.ok());
        if (!reopened.ok())
            return std::nullopt;
        const Answer* answer = reopened->answers().answers.find(questionId);
        return answer ? std::optional<Answer>(*answer) : std::nullopt;
    }

    const Assessment& assessment() const { return m_case->assessment(); }

    QTemporaryDir m_dir;
    int m_opened = 0;
    std::unique_ptr<CaseStore> m_store;
    std::shared_ptr<CaseFile> m_case;
    std::unique_ptr<InterviewWidget> m_widget;
};

/// The status of `elementId` in profile `profileId` of the case's current assessment.
inline std::optional<Status> elementStatus(const Assessment& assessment, const QString& profileId, const QString& elementId)
{
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.profileId != profileId)
            continue;
        for (const ElementResult& element : profile.elements) {
            if (element.elementId == elementId)
                return element.status;
        }
    }
    return std::nullopt;
}

} // namespace lantern::test
