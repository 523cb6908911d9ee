// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/AssessmentText.h"

#include <QCoreApplication>
#include <QStringList>

namespace lantern {

namespace {

// Words the interface shows in its own language when a translation is installed (the window);
// the command line installs none and stays in English.
QString translated(const char* text)
{
    return QCoreApplication::translate("lantern::AssessmentText", text);
}

} // namespace

QString statusInWords(Status status)
{
    switch (status) {
    case Status::Met:
        return translated(QT_TRANSLATE_NOOP("lantern::AssessmentText", "met"));
    case Status::NotMet:
        return translated(QT_TRANSLATE_NOOP("lantern::AssessmentText", "not met"));
    case Status::Undetermined:
        return translated(QT_TRANSLATE_NOOP("lantern::AssessmentText", "undetermined"));
    }
    return {};
}

QString strengthCountsText(const QMap<Strength, int>& counts)
{
    QStringList parts;
    if (const int strong = counts.value(Strength::Strong); strong > 0)
        parts.append(translated(QT_TRANSLATE_NOOP("lantern::AssessmentText", "%1 strong")).arg(strong));
    if (const int medium = counts.value(Strength::Medium); medium > 0)
        parts.append(translated(QT_TRANSLATE_NOOP("lantern::AssessmentText", "%1 medium")).arg(medium));
    if (const int weak = counts.value(Strength::Weak); weak > 0)
        parts.append(translated(QT_TRANSLATE_NOOP("lantern::AssessmentText", "%1 weak")).arg(weak));
    return parts.isEmpty() ? translated(QT_TRANSLATE_NOOP("lantern::AssessmentText", "none"))
                           : parts.join(QStringLiteral(", "));
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
