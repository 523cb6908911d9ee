// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CaseStudyLibrary.h"

#include "training/CaseStudyLoader.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lantern {

QString CaseStudyLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/case-studies");
}

CaseStudyLibrary CaseStudyLibrary::load(const QList<ChecklistEntry>& checklists, const QString& userFolder)
{
    CaseStudyLibrary library;
    library.m_checklists = checklists;
    const auto scanFolder = [&library](const QString& folder, bool bundled) {
        const QDir dir(folder);
        if (folder.isEmpty() || !dir.exists())
            return;
        const QStringList names
            = dir.entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& name : names)
            library.add(dir.filePath(name), bundled);
    };
    scanFolder(bundledFolder(), true);
    scanFolder(userFolder, false);
    std::stable_sort(library.m_caseStudies.begin(), library.m_caseStudies.end(),
        [](const CaseStudy& a, const CaseStudy& b) {
            return a.code != b.code ? a.code < b.code : a.id < b.id;
        });
    return library;
}

CaseStudyLibrary CaseStudyLibrary::loadWithChecklists(
    const QString& checklistFolder, const QString& userFolder)
{
    return load(ChecklistRegistry::scan(checklistFolder), userFolder);
}

CaseStudyLibrary CaseStudyLibrary::loadInstalled()
{
    return loadWithChecklists(ChecklistRegistry::defaultUserFolder(), defaultUserFolder());
}

void CaseStudyLibrary::add(const QString& path, bool bundled)
{
    const QString displayName = bundled ? QStringLiteral("bundled/demo/") + QFileInfo(path).fileName() : path;
    CaseStudyLoad load = CaseStudyLoader::loadFile(path, m_checklists, displayName);
    if (!load.ok()) {
        m_problems.append({ path, bundled, load.diagnostics });
        return;
    }
    // Ids name case studies and codes name the cases they seed: both must be unique. The first
    // read wins, so a user folder cannot shadow a bundled case study.
    const CaseStudy& loaded = *load.caseStudy;
    QString clash;
    if (const CaseStudy* sameId = find(loaded.id))
        clash
            = QStringLiteral("another case study (%1) already has the id '%2'").arg(sameId->path, loaded.id);
    else if (const CaseStudy* sameCode = findByCode(loaded.code))
        clash = QStringLiteral("another case study ('%1') already has the code '%2'")
                    .arg(sameCode->id, loaded.code);
    if (!clash.isEmpty()) {
        m_problems.append({ path, bundled, { Diagnostic { displayName, 0, 0, clash, {} } } });
        return;
    }
    m_caseStudies.append(std::move(*load.caseStudy));
}

const CaseStudy* CaseStudyLibrary::find(const QString& id) const
{
    for (const CaseStudy& caseStudy : m_caseStudies) {
        if (caseStudy.id == id)
            return &caseStudy;
    }
    return nullptr;
}

const CaseStudy* CaseStudyLibrary::findByCode(const QString& code) const
{
    for (const CaseStudy& caseStudy : m_caseStudies) {
        if (caseStudy.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return &caseStudy;
    }
    return nullptr;
}

const Checklist* CaseStudyLibrary::checklistFor(const CaseStudy& caseStudy) const
{
    for (const ChecklistEntry& entry : m_checklists) {
        if (entry.load.ok() && entry.load.checklist->id == caseStudy.checklistId
            && entry.load.checklist->version == caseStudy.checklistVersion)
            return &*entry.load.checklist;
    }
    return nullptr;
}

} // namespace lantern
