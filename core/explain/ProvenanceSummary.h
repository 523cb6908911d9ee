// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "explain/ExplainLanguage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern::explain {

/// One part of a checklist marked `verified: false`: it still has to be checked against its source.
struct UnverifiedItem
{
    enum class Kind { Checklist, Element, Indicator, Profile };
    Kind kind = Kind::Checklist;
    QString id;
    QString title; ///< in the chosen language
    QString source; ///< the source's title (its id when the checklist does not list it)
    QString locator; ///< page or section in the source
    QString note; ///< what is still to check
};

/// Where a checklist comes from and what in it is not yet verified.
struct ProvenanceSummary
{
    bool verified = false; ///< the checklist as a whole
    QString notes; ///< the checklist's provenance notes
    QStringList sources; ///< one line per source: "Title — citation — url"
    QList<UnverifiedItem> unverified; ///< checklist, then elements, indicators and profiles, in file order
};

/// "checklist", "element", "indicator", "profile".
QString kindWords(UnverifiedItem::Kind kind);

/// Sources and every part of `checklist` marked unverified.
ProvenanceSummary summarizeProvenance(const Checklist& checklist, const ExplainLanguage& language);

/// The summary as plain text lines, e.g. for a report: sources, then "Not yet verified:" items.
QStringList provenanceLines(const ProvenanceSummary& summary);

} // namespace lantern::explain
