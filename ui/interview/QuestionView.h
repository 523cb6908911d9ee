// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "checklist/Checklist.h"
#include "interview/InterviewText.h"

#include <optional>
#include <QFrame>

class QLabel;

namespace lantern {

class AnswerEditor;
class AnswerStateBar;
class IntervieweeBlock;
class NoteSourceEditor;
class SaveIndicator;

/// One question of the interview: what to ask, what is for the interviewer only (help,
/// interviewer note), its editor and answer states, note and source, and whether it is saved.
/// It shows the durable answer it is given and asks for changes; it never saves by itself.
class QuestionView : public QFrame
{
    Q_OBJECT

public:
    QuestionView(const Question& question, const InterviewText& text, int number, QWidget* parent = nullptr);

    const QString& questionId() const { return m_questionId; }
    /// Shows the durable answer (null: none yet), and "Saved" is not claimed by this call.
    void setRecord(const AnswerRecord* record);
    /// Marks the answer as saved at `when`.
    void showSaved(const QString& when);
    /// Shows why saving failed; the view falls back to the durable answer (typed text stays for a retry).
    void showError(const QString& message);
    /// Highlights the view as the one the interviewer is on.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

    AnswerStateBar* stateBar() const { return m_bar; }
    AnswerEditor* editor() const { return m_editor; }
    NoteSourceEditor* noteSource() const { return m_noteSource; }
    SaveIndicator* saveIndicator() const { return m_saveIndicator; }
    /// The interviewee's wording in a bilingual interview, else null.
    IntervieweeBlock* intervieweeBlock() const { return m_interviewee; }

Q_SIGNALS:
    /// The user gave `answer` for this question (`byKey`: through a one-key shortcut).
    void answerRequested(const QString& questionId, const lantern::Answer& answer, lantern::AnswerSource source,
                         bool byKey);
    /// Ctrl+Down / Ctrl+Up: go to the next (+1) or previous (-1) question.
    void stepRequested(const QString& questionId, int delta);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    Answer savedAnswer() const;
    AnswerSource savedSource() const;
    void request(Answer answer, AnswerSource source, bool byKey);
    QLabel* addForYouBox(const QString& html);

    QString m_questionId;
    std::optional<AnswerRecord> m_saved;
    bool m_current = false;
    bool m_keyTriggered = false; ///< set while a shortcut key acts on the state bar
    AnswerEditor* m_editor = nullptr;
    AnswerStateBar* m_bar = nullptr;
    NoteSourceEditor* m_noteSource = nullptr;
    SaveIndicator* m_saveIndicator = nullptr;
    IntervieweeBlock* m_interviewee = nullptr;
};

} // namespace lantern
