// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"

#include <QCoreApplication>
#include <QString>

namespace lantern {

/// The read-only pages of the checklist browser as HTML: overview, scoring in plain words per
/// profile, and provenance with what is still unverified. Every checklist text is escaped: the
/// file may come from anywhere.
class ChecklistHtml
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistHtml)

public:
    ChecklistHtml(const Checklist& checklist, QString language)
        : m_checklist(checklist)
        , m_language(std::move(language))
    {
    }

    /// Title, id, version, languages, description and what the checklist holds.
    QString overview(const QString& path, bool bundled) const;
    /// Per profile: when it applies, each element's threshold and indicator counts, the outcome rules in
    /// order.
    QString scoring() const;
    /// Sources, notes, and every part marked unverified with its note.
    QString provenance() const;

private:
    const Checklist& m_checklist;
    QString m_language;
};

} // namespace lantern
