// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/AggregateCase.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace lantern {

/// One published group: cases sharing the same (possibly generalised) quasi-identifiers, and
/// how many of them reached each outcome, met each element, showed each indicator.
struct AggregateGroup
{
    QuasiIdentifiers identifiers;
    int cases = 0;
    QMap<QString, int> outcomes;
    QMap<QString, int> elementsMet;
    QMap<QString, int> indicatorsPresent;
};

/// An anonymised aggregate: every published group holds at least k cases. See
/// docs/user-guide.md ("Sharing numbers safely") for the method.
struct Aggregate
{
    int k = 11;
    QString checklistId;
    bool training = false;     ///< built from a training database's fictional cases: the CSV says so
    int totalCases = 0;
    int suppressedCases = 0;   ///< cases in groups smaller than k after generalisation
    int suppressedGroups = 0;
    QStringList generalised;   ///< what was coarsened, in words, e.g. "age shown as child / adult"
    QList<AggregateGroup> groups; ///< sorted by their identifiers
    QStringList outcomeIds;    ///< column order: the checklist's outcomes, elements, indicators
    QStringList elementIds;
    QStringList indicatorIds;
};

/// Builds k-anonymous aggregates by global recoding and suppression.
class Aggregator
{
public:
    static constexpr int kDefaultK = 11; ///< the Counter-Trafficking Data Collaborative's threshold
    /// At most this share of cases may be suppressed before a coarser level is tried.
    static constexpr double kMaxSuppressedShare = 0.05;

    /// Groups `cases` (all on `checklist`) so that no published group is smaller than `k`:
    /// tries ever coarser levels (age as child/adult; then nationality, year, sex, exploitation
    /// type not shown) until at most 5 % of cases fall in groups smaller than k, then suppresses
    /// those groups and says how many cases they held. k below 2 is treated as 2.
    static Aggregate build(const Checklist& checklist, const QList<AggregateCase>& cases, int k = kDefaultK);

    /// CSV: "#" lines stating k, the cases counted and suppressed and what was generalised,
    /// then a header row and one row per group. Counts only: no codes, notes or dates.
    static QByteArray toCsv(const Aggregate& aggregate);
};

} // namespace lantern
