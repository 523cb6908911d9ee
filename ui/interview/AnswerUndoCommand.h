// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"

#include <functional>
#include <QCoreApplication>
#include <QUndoCommand>

namespace lantern {

/// One answer change on the undo stack. Undo and redo save through the store again (so they are
/// durable and audited), never just change the screen. Pushed after the answer was saved, so its
/// first redo does nothing. If a re-save fails the command removes itself from the stack.
class AnswerUndoCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(lantern::AnswerUndoCommand)

public:
    /// Saves an answer; false when saving failed (the caller has shown why).
    using Apply = std::function<bool(const QString& questionId, const Answer& answer, AnswerSource source)>;

    AnswerUndoCommand(QString questionId, Answer before, AnswerSource beforeSource, Answer after,
                      AnswerSource afterSource, Apply apply, const QString& questionLabel);

    void undo() override;
    void redo() override;

private:
    QString m_questionId;
    Answer m_before;
    AnswerSource m_beforeSource;
    Answer m_after;
    AnswerSource m_afterSource;
    Apply m_apply;
    bool m_alreadyApplied = true;
};

} // namespace lantern
