// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistRegistry.h"
#include "checklist/Diagnostic.h"
#include "training/CaseStudy.h"

#include <QList>
#include <QString>

namespace lantern {

/// A case-study file that could not be used, and why.
struct CaseStudyProblem
{
    QString path;
    bool bundled = false;
    QList<Diagnostic> diagnostics;
};

/// The case studies available for training: those bundled with Lantern (":/lantern/demo/*.json")
/// and those in an optional folder. A case study that fails to load, whose checklist is missing,
/// or whose id or code another case study already uses is reported, not loaded. A value type.
class CaseStudyLibrary
{
public:
    /// Resource folder of the bundled case studies (compiled into the programs).
    static QString bundledFolder() { return QStringLiteral(":/lantern/demo"); }
    /// Default folder for an organisation's own case studies, beside the user checklists.
    static QString defaultUserFolder();

    /// Loads every *.json in the bundled folder, then in `userFolder` when given and present,
    /// checking each against `checklists` (usually ChecklistRegistry::scan(...)).
    static CaseStudyLibrary load(const QList<ChecklistEntry>& checklists, const QString& userFolder = {});
    /// As above, with the bundled checklists and those in `checklistFolder`.
    static CaseStudyLibrary loadWithChecklists(
        const QString& checklistFolder, const QString& userFolder = {});
    /// What the programs use: the bundled case studies and those in defaultUserFolder(), checked
    /// against the bundled checklists and those in ChecklistRegistry::defaultUserFolder().
    static CaseStudyLibrary loadInstalled();

    /// The loaded case studies, sorted by code, then id.
    const QList<CaseStudy>& caseStudies() const { return m_caseStudies; }
    /// The files that were not loaded, in the order they were read.
    const QList<CaseStudyProblem>& problems() const { return m_problems; }

    /// The case study with `id`, or null.
    const CaseStudy* find(const QString& id) const;
    /// The case study whose case code is `code` (as seeded; case-insensitive), or null.
    const CaseStudy* findByCode(const QString& code) const;
    /// The checklist `caseStudy` was checked against; null for a case study of another library.
    const Checklist* checklistFor(const CaseStudy& caseStudy) const;

private:
    void add(const QString& path, bool bundled);

    QList<ChecklistEntry> m_checklists;
    QList<CaseStudy> m_caseStudies;
    QList<CaseStudyProblem> m_problems;
};

} // namespace lantern
