// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace lantern {

/// The coarse quasi-identifiers an aggregate is broken down by. Each holds a category from a
/// closed list (never free text): an age band, a sex option id, a recognised country name, a
/// year, an exploitation type option id, "unknown" when not answered, or kNotShown once
/// generalised away.
struct QuasiIdentifiers
{
    QString ageBand;
    QString sex;
    QString nationality;
    QString year;
    QString exploitation;

    friend bool operator==(const QuasiIdentifiers&, const QuasiIdentifiers&) = default;
};

inline constexpr QLatin1StringView kNotShown { "(not shown)" };

/// Which questions of a checklist carry the quasi-identifiers. The defaults are the bundled
/// identification checklist's ids; a checklist without one of them reports it as "unknown".
struct AggregateSpec
{
    QString ageQuestion = QStringLiteral("age_at_exploitation");     ///< number (years)
    QString sexQuestion = QStringLiteral("sex");                     ///< single choice
    QString nationalityQuestion = QStringLiteral("nationality");     ///< text; only country names pass
    QString exploitationQuestion = QStringLiteral("exploitation_type"); ///< multi choice
};

/// What one case contributes to an aggregate: its categories and its findings, nothing else
/// (no code, no id, no notes, no exact dates).
struct AggregateCase
{
    QuasiIdentifiers identifiers;
    QString outcomeId;             ///< the overall screening outcome ("" when none)
    QStringList elementsMet;       ///< in the profile that gave the outcome
    QStringList indicatorsPresent; ///< in the profile that gave the outcome
};

/// Reduces one assessed case to its AggregateCase. `identified` is the date the case was
/// started; only its year is kept.
AggregateCase toAggregateCase(const Checklist& checklist, const Assessment& assessment, const QDate& identified,
    const AggregateSpec& spec = {});

/// The age band of an age in years: "0-11", "12-17", "18-24", "25-34", "35-49", "50+".
QString ageBand(double years);

/// The English country name `text` denotes (case and surrounding space ignored), or "other"
/// when it is not a recognised country name: free text never reaches an aggregate.
QString recognisedCountry(const QString& text);

} // namespace lantern
