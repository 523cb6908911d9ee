// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/AssessmentText.h"

#include <QStringList>

namespace lantern {

QString statusInWords(Status status)
{
    switch (status) {
    case Status::Met:
        return QStringLiteral("met");
    case Status::NotMet:
        return QStringLiteral("not met");
    case Status::Undetermined:
        return QStringLiteral("undetermined");
    }
    return {};
}

QString strengthCountsText(const QMap<Strength, int>& counts)
{
    QStringList parts;
    for (Strength strength : { Strength::Strong, Strength::Medium, Strength::Weak }) {
        if (counts.value(strength) > 0)
            parts.append(QStringLiteral("%1 %2").arg(counts.value(strength)).arg(toString(strength)));
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

const ProfileResult* outcomeProfile(const Assessment& assessment)
{
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.profileId == assessment.outcomeProfileId)
            return &profile;
    }
    return nullptr;
}

const Outcome* findOutcome(const Checklist& checklist, const QString& profileId, const QString& outcomeId)
{
    if (const Profile* profile = checklist.profile(profileId)) {
        for (const Outcome& outcome : profile->outcomes) {
            if (outcome.id == outcomeId)
                return &outcome;
        }
    }
    return nullptr;
}

} // namespace lantern
