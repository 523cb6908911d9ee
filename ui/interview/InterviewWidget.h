// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QString>
#include <QWidget>

class QUndoStack;

namespace lantern {

class CaseFile;
class CaseStore;
struct BilingualLayout;
struct Checklist;
struct Answer;
enum class AnswerSource;

/// The interview view: section navigator, question pane, session bar and the live assessment
/// panel for one open case. Every answer is saved through CaseFile::setAnswer the moment it is
/// given; undo/redo re-saves through the store so it is durable and audited.
class InterviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewWidget(QWidget* parent = nullptr);
    ~InterviewWidget() override;

    /// Shows `caseFile` (an open case of an unlocked store); a null pointer is the same as clear().
    /// `store` (the store the case was opened from) records interview sessions; without it the
    /// session bar is disabled. The store must outlive the widget's use of it (until clear()).
    void setCase(std::shared_ptr<CaseFile> caseFile, CaseStore* store = nullptr);
    /// Saves what is being typed, ends a running interview session, then drops every piece of
    /// decrypted state (answers, notes, undo history). Call it before CaseStore::lock(); the
    /// destructor does not touch the store (a session left running shows as running next time).
    void clear();
    /// The open case, or null.
    std::shared_ptr<CaseFile> caseFile() const;

    /// Id of the question that has focus (empty when no case is open), to return there after unlock.
    QString currentQuestionId() const;
    /// Switches to the section holding `id` and focuses that question (no-op if unknown/not shown).
    void showQuestion(const QString& id);

    /// Undo/redo of answers, for the Edit menu; the stack is emptied by setCase() and clear().
    QUndoStack* undoStack() const;

    /// How bilingual questions are laid out (a setting); re-lays the open case out in place.
    void setBilingualLayout(const BilingualLayout& layout);
    /// Shows the open case again in the current interface language, keeping the question the
    /// caseworker is on and committing what is being typed first.
    void retranslate();

Q_SIGNALS:
    /// An answer for `questionId` is now durable in the store.
    void answerSaved(const QString& questionId);
    /// The case's answers, assessment or sessions changed (the case list summary may need a refresh).
    void caseChanged();
    /// Saving failed; `message` is user-actionable and is also shown inline in the view.
    void saveFailed(const QString& message);

private:
    struct Parts;

    bool applyAnswer(const QString& questionId, const Answer& answer, AnswerSource source, bool recordUndo);
    void refresh();
    void dropViews();
    void buildViews();
    void rebuildViews();
    static QString caseworkerLanguage(const Checklist& checklist);
    void moveSection(int delta);
    void focusNextQuestion(const QString& fromId);
    void trackFocus(QWidget* now);

    std::unique_ptr<Parts> m_parts;
};

} // namespace lantern
