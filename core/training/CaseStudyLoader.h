// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistRegistry.h"
#include "checklist/Diagnostic.h"
#include "training/CaseStudy.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace lantern {

/// The outcome of loading a case study: the model, or every problem found, never both.
struct CaseStudyLoad
{
    std::optional<CaseStudy> caseStudy;
    QList<Diagnostic> diagnostics;

    bool ok() const { return caseStudy.has_value(); }
};

/// Loads case-study files (format lantern-case-study/1, see docs/case-study-format.md) and checks
/// them against `checklists` (e.g. ChecklistRegistry::scan()): the named checklist and version
/// must be there and valid, every question must be one of its questions, every value must fit
/// its question, every session named must be listed, the expected profiles and outcomes must be
/// the checklist's, and the answers must score to the results the case study expects. Problems
/// are reported as `FILE:LINE:COL: error: MESSAGE [json-pointer]`, as for checklists.
class CaseStudyLoader
{
public:
    CaseStudyLoader() = delete;

    /// Reads and checks a file, whose name must be the case study's id + ".json".
    /// `displayName` is used in diagnostics (defaults to the path).
    static CaseStudyLoad loadFile(
        const QString& path, const QList<ChecklistEntry>& checklists, const QString& displayName = {});

    /// Checks bytes already in memory. `expectedId`, when given, is the id the file name requires.
    static CaseStudyLoad loadBytes(const QByteArray& bytes, const QString& displayName,
        const QList<ChecklistEntry>& checklists, const QString& expectedId = {});

    /// Files larger than this are refused before parsing.
    static constexpr qint64 kMaxFileSize = 1024 * 1024;
};

} // namespace lantern
