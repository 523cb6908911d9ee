// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CaseStore.h"
#include "training/CaseStudyLibrary.h"
#include "util/Result.h"

#include <memory>
#include <QString>

namespace lantern {

/// The training workspace: a separate, unencrypted case database seeded with the fictional case
/// studies, one case per case study, that a trainer can reset to its seeded state in one step.
/// A seeded case has its case study's code (see caseStudyForCode()), its recorded sessions and
/// interview answers (values, notes, sources), saved through CaseFile exactly as the app saves
/// them, so its list summary and assessment are those of a real case.
class TrainingWorkspace
{
public:
    TrainingWorkspace() = delete;

    /// training.lantern in the per-user app-data folder, beside the default case database.
    static QString defaultPath();

    /// Creates an unencrypted training database at `path` (nothing may exist there; its folder is
    /// created) seeded with every case study of `library`. On failure nothing is left behind.
    /// Returns the open store.
    static Result<std::unique_ptr<CaseStore>> create(
        const QString& path, const CaseStudyLibrary& library, const StoreOptions& options = {});

    /// Adds one case per case study of `library` to an open, unencrypted store.
    static Result<void> seed(CaseStore& store, const CaseStudyLibrary& library);

    /// Ok when `path` is an unencrypted Lantern training database that may be reset; otherwise
    /// why not: no file, not a Lantern database, damaged, in use, or an encrypted case database.
    /// Changes nothing.
    static Result<void> checkResettable(const QString& path);

    /// Deletes the training database at `path` (with its -wal, -shm and backup folder) and creates
    /// it again, seeded. Refuses, touching nothing, whatever checkResettable() refuses: real case
    /// databases are never deleted. The database must not be open. Returns the new open store.
    static Result<std::unique_ptr<CaseStore>> reset(
        const QString& path, const CaseStudyLibrary& library, const StoreOptions& options = {});

    /// The case study a seeded case came from, by the case's code; null for any other case.
    static const CaseStudy* caseStudyForCode(const CaseStudyLibrary& library, const QString& code)
    {
        return library.findByCode(code);
    }
};

} // namespace lantern
