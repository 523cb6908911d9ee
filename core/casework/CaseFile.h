// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "cases/Case.h"
#include "casework/CaseIndex.h"
#include "casework/CaseSummary.h"
#include "checklist/Checklist.h"
#include "scoring/Assessment.h"
#include "storage/CaseStore.h"
#include "util/Result.h"

#include <memory>
#include <optional>
#include <QList>
#include <QString>

namespace lantern {

/// One open case: its pinned checklist (loaded from the database, never from the file on disk),
/// its current answers and the assessment the scoring engine computes from them. Every change
/// goes through the store first and is applied here only once it is durable; the assessment is
/// re-computed after each change and never stored as truth (only a derived summary for the case
/// list, see CaseSummary).
class CaseFile
{
public:
    /// Opens an existing case of an unlocked store.
    static Result<CaseFile> open(CaseStore& store, const CaseId& caseId);
    /// Pins `checklist` in the store (if not yet pinned) and starts a new case on it;
    /// `code` defaults to the next generated code.
    static Result<CaseFile> create(CaseStore& store, const Checklist& checklist, const QString& code = {});

    const Case& info() const { return m_case; }
    const Checklist& checklist() const { return *m_checklist; }
    std::shared_ptr<const Checklist> sharedChecklist() const { return m_checklist; }
    /// Current answers (the set the engine reads, and the records with source, session, time).
    const CaseAnswers& answers() const { return m_answers; }
    const Assessment& assessment() const { return *m_assessment; }
    /// The case-list summary of the current assessment (what the store keeps as a derived cache),
    /// searching the answers the user chose for the checklist (CaseStore::searchableQuestions).
    CaseSummary summary() const;
    /// The case's row for CaseIndex::upsert(), current after every successful change.
    CaseListEntry listEntry() const;

    /// Checks `answer` against the pinned question (the question exists; the value has the
    /// question's type, is one of its options, lies within minimum/maximum; its constraint holds),
    /// then saves it durably, re-scores and refreshes the case's list summary. On any error
    /// nothing changed and the message says what was wrong.
    Result<AnswerRecord> setAnswer(const QString& questionId, Answer answer,
        AnswerSource source = AnswerSource::SelfReport, const SessionId& sessionId = {});

    /// Status and code changes, audited by the store.
    Result<void> setStatus(CaseStatus status, const QString& reason);
    Result<void> setCode(const QString& code);

private:
    CaseFile() = default;
    Result<void> refreshInfo();
    void repairSummary();
    std::optional<QStringList> searchable() const;

    CaseStore* m_store = nullptr;
    Case m_case;
    std::shared_ptr<const Checklist> m_checklist;
    CaseAnswers m_answers;
    std::shared_ptr<const Assessment> m_assessment;
};

} // namespace lantern
