// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/AssessmentText.h"

#include <QStringList>

namespace lantern {

namespace {

// The window shows these in its own language when a translation is installed; the command line
// installs none and stays in English; a summary asks for its own language.
QString translated(const Catalogue& words, const char* text)
{
    return words.translate("lantern::AssessmentText", text);
}

} // namespace

QString statusInWords(Status status, const Catalogue& words)
{
    switch (status) {
    case Status::Met:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "met"));
    case Status::NotMet:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "not met"));
    case Status::Undetermined:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "undetermined"));
    }
    return {};
}

QString applicabilityInWords(Applicability applicability, const Catalogue& words)
{
    switch (applicability) {
    case Applicability::Applies:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "applies"));
    case Applicability::DoesNotApply:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "does not apply"));
    case Applicability::Undetermined:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "undetermined"));
    }
    return {};
}

QString strengthInWords(Strength strength, const Catalogue& words)
{
    switch (strength) {
    case Strength::Strong:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "strong"));
    case Strength::Medium:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "medium"));
    case Strength::Weak:
        return translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "weak"));
    }
    return {};
}

QString strengthCountsText(const QMap<Strength, int>& counts, const Catalogue& words)
{
    QStringList parts;
    if (const int strong = counts.value(Strength::Strong); strong > 0)
        parts.append(translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "%1 strong")).arg(strong));
    if (const int medium = counts.value(Strength::Medium); medium > 0)
        parts.append(translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "%1 medium")).arg(medium));
    if (const int weak = counts.value(Strength::Weak); weak > 0)
        parts.append(translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "%1 weak")).arg(weak));
    return parts.isEmpty() ? translated(words, QT_TRANSLATE_NOOP("lantern::AssessmentText", "none"))
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
