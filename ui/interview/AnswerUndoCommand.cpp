// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/AnswerUndoCommand.h"

namespace lantern {

AnswerUndoCommand::AnswerUndoCommand(QString questionId, Answer before, AnswerSource beforeSource, Answer after,
                                     AnswerSource afterSource, Apply apply, const QString& questionLabel)
    : m_questionId(std::move(questionId))
    , m_before(std::move(before))
    , m_beforeSource(beforeSource)
    , m_after(std::move(after))
    , m_afterSource(afterSource)
    , m_apply(std::move(apply))
{
    // The label names the question (checklist text), never the answer or note (case content).
    setText(tr("answer to “%1”").arg(questionLabel));
}

void AnswerUndoCommand::undo()
{
    if (!m_apply(m_questionId, m_before, m_beforeSource))
        setObsolete(true);
}

void AnswerUndoCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    if (!m_apply(m_questionId, m_after, m_afterSource))
        setObsolete(true);
}

} // namespace lantern
