// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lantern::scoring {

/// Judges a profile's outcome rules over its element statuses, three-valued: each rule is
/// evaluated for every combination of the undetermined elements it reads. Rules made of `and`,
/// `or`, `!` and element variables are first read directly in three-valued logic; when each
/// element appears once in such a rule (as in the ILO combinations) that reading is exact, so
/// no combination needs trying at all.
class OutcomeEvaluator
{
public:
    /// More undetermined elements than this in one rule are not enumerated (2^12 evaluations):
    /// the outcome is then undetermined, and a note says so.
    static constexpr qsizetype kMaxEnumerated = 12;

    /// `statuses` maps element ids to their status in this profile; unlisted elements are not met.
    explicit OutcomeEvaluator(const QHash<QString, Status>& statuses);

    /// `reads` are the roots of outcome.rule (RuleEvaluator::readsOf). Adds a note on trouble.
    OutcomeResult evaluate(
        const Outcome& outcome, const QStringList& reads, const QString& profileId, QStringList& notes);

private:
    /// What a three-valued reading saw: whether every node was `and`/`or`/`!`/`!!`/var/boolean,
    /// and whether some element is read twice.
    struct Reading
    {
        bool supported = true;
        bool repeated = false;
        QStringList seen;
    };

    Status kleene(const QJsonValue& rule, int depth, Reading& reading) const;

    QJsonObject m_data; ///< element id -> met; undetermined ones are set in turn while enumerating
    const QHash<QString, Status>& m_statuses;
};

} // namespace lantern::scoring
