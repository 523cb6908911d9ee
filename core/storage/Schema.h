// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

// Table and column names of the case database, in one place. Only opaque ids, timestamps
// (milliseconds since the epoch, UTC), checklist hashes and the schema live in clear; every
// column named "sealed ..." below holds a value sealed with the Sealer.
namespace lantern::schema {

using Name = QLatin1StringView;

/// The schema version this build writes (PRAGMA user_version).
inline constexpr int kCurrentVersion = 3;

namespace meta {
inline constexpr Name kTable { "meta" };
inline constexpr Name kKey { "key" };
inline constexpr Name kValue { "value" };
// Keys.
inline constexpr Name kFormatKey { "format" };
inline constexpr Name kFormatValue { "lantern-cases" };
inline constexpr Name kEncryptedKey { "encrypted" }; ///< "1", or "0" for a training database
inline constexpr Name kCreatedAtKey { "created_at" };
inline constexpr Name kMigratedPrefix { "migrated." }; ///< "migrated.N" = time migration N ran
inline constexpr Name kCodeSequencePrefix { "code_sequence." }; ///< "code_sequence.YEAR" = last number
/// "searchable.CHECKLIST_ID" = JSON array of the question ids whose answers the case list searches
/// for cases on that checklist (absent: the default). Question ids of a published checklist, no
/// case content, so in clear.
inline constexpr Name kSearchablePrefix { "searchable." };
} // namespace meta

namespace vault {
inline constexpr Name kTable { "vault" };
inline constexpr Name kId { "id" }; ///< always 1: one record per database
inline constexpr Name kRecord { "record" }; ///< VaultRecord JSON
} // namespace vault

namespace checklists {
inline constexpr Name kTable { "checklists" };
inline constexpr Name kSha256 { "sha256" };
inline constexpr Name kChecklistId { "checklist_id" };
inline constexpr Name kVersion { "version" };
inline constexpr Name kCanonical { "canonical" }; ///< canonical checklist JSON, in clear: not case content
inline constexpr Name kPinnedAt { "pinned_at" };
} // namespace checklists

namespace cases {
inline constexpr Name kTable { "cases" };
inline constexpr Name kId { "id" };
inline constexpr Name kChecklistSha256 { "checklist_sha256" };
inline constexpr Name kCreatedAt { "created_at" };
inline constexpr Name kUpdatedAt { "updated_at" };
inline constexpr Name kCode { "code" }; ///< sealed case code
inline constexpr Name kStatus { "status" }; ///< sealed {"status", "reason"}
/// Since schema 2: sealed {"outcome_level", "outcome_id", "outcome_title", "answered", "search"},
/// the case list's view of the case's assessment. A derived cache, recomputable from the pinned
/// checklist and the answers and never the truth; NULL when unknown (a case from schema 1, or
/// after an answer saved without one), and then the list shows the outcome as not yet known.
inline constexpr Name kSummary { "summary" };
} // namespace cases

namespace sessions {
inline constexpr Name kTable { "sessions" };
inline constexpr Name kId { "id" };
inline constexpr Name kCaseId { "case_id" };
inline constexpr Name kStartedAt { "started_at" };
inline constexpr Name kEndedAt { "ended_at" };
inline constexpr Name kDetail { "detail" }; ///< sealed {"interpreter", "language"}
} // namespace sessions

namespace answers {
inline constexpr Name kTable { "answers" };
inline constexpr Name kCaseId { "case_id" };
inline constexpr Name kQuestionId { "question_id" };
inline constexpr Name kSessionId { "session_id" };
inline constexpr Name kAnsweredAt { "answered_at" };
inline constexpr Name kValue { "value" }; ///< sealed {"answer", "source"}
} // namespace answers

namespace audit {
inline constexpr Name kTable { "audit" };
inline constexpr Name kSeq { "seq" };
inline constexpr Name kId { "id" };
inline constexpr Name kCaseId { "case_id" };
inline constexpr Name kAt { "at" };
inline constexpr Name kBody { "body" }; ///< sealed {"kind", "question", "from", "to", "detail"}
} // namespace audit

} // namespace lantern::schema
