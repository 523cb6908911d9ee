// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ElementProgress.h"

#include "explain/ThresholdWords.h"

#include <QCoreApplication>
#include <QStringList>

// The words go through Qt's translation system (context "lantern::ElementProgress"): the window shows
// them in the interface language, the command line (no translator) in English.

namespace lantern::explain {

namespace {

scoring::StrengthCounts countsOf(const QMap<Strength, int>& byStrength)
{
    return { byStrength.value(Strength::Strong), byStrength.value(Strength::Medium),
        byStrength.value(Strength::Weak) };
}

QString countsWords(const QMap<Strength, int>& counts)
{
    return QCoreApplication::translate(
        "lantern::ElementProgress", "has %1 strong, %2 medium, %3 weak", "indicators present, by strength")
        .arg(counts.value(Strength::Strong))
        .arg(counts.value(Strength::Medium))
        .arg(counts.value(Strength::Weak));
}

QString pointsWords(double points)
{
    // Points may be fractional (2.5), so no %n: the singular is chosen here, for exactly 1.
    return (points == 1 ? QCoreApplication::translate("lantern::ElementProgress", "%1 more point")
                        : QCoreApplication::translate("lantern::ElementProgress", "%1 more points"))
        .arg(numberWords(points));
}

void fillWeighted(const Threshold& threshold, const ElementResult& result, ElementProgress& progress)
{
    progress.weighted = true;
    progress.minScore = threshold.minScore;
    progress.score = scoring::weightedScore(threshold, countsOf(result.lowerCounts));
    progress.possibleScore = scoring::weightedScore(threshold, countsOf(result.upperCounts));
    progress.countsWords
        = QCoreApplication::translate("lantern::ElementProgress", "%1 (score %2 of the %3 needed)",
            "%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak")
              .arg(progress.countsWords, numberWords(progress.score), numberWords(progress.minScore));
}

void fillAlternatives(const Threshold& threshold, const ElementResult& result, ElementProgress& progress)
{
    const scoring::StrengthCounts present = countsOf(result.lowerCounts);
    const scoring::StrengthCounts possible = countsOf(result.upperCounts);
    for (const QMap<CountKey, int>& alternative : threshold.alternatives) {
        AlternativeProgress item;
        item.words = alternativeWords(alternative);
        item.missing = missingIndicators(alternative, present);
        item.holds = item.missing.isEmpty();
        item.reachable = item.holds || scoring::alternativeHolds(alternative, possible);
        for (int count : std::as_const(item.missing))
            item.missingTotal += count;
        if (!item.holds)
            item.missingWords = missingWords(item.missing);
        progress.alternatives.append(item);
    }
    for (qsizetype i = 0; i < progress.alternatives.size(); ++i) {
        const AlternativeProgress& item = progress.alternatives.at(i);
        if (item.holds && progress.satisfied < 0)
            progress.satisfied = int(i);
    }
    if (progress.satisfied >= 0)
        return;
    // Nearest: prefer what open questions could still reach, then the fewest more indicators.
    for (qsizetype i = 0; i < progress.alternatives.size(); ++i) {
        const AlternativeProgress& item = progress.alternatives.at(i);
        if (progress.nearest < 0) {
            progress.nearest = int(i);
            continue;
        }
        const AlternativeProgress& best = progress.alternatives.at(progress.nearest);
        if ((item.reachable && !best.reachable)
            || (item.reachable == best.reachable && item.missingTotal < best.missingTotal))
            progress.nearest = int(i);
    }
}

/// "has …; needs 1 more medium", and when open questions could still add them, says so.
QString neededWords(const QString& has, const QString& needed, bool open)
{
    return open ? QCoreApplication::translate(
               "lantern::ElementProgress", "%1; needs %2, which open questions could still add")
                      .arg(has, needed)
                : QCoreApplication::translate("lantern::ElementProgress", "%1; needs %2").arg(has, needed);
}

QString summaryOf(const ElementProgress& progress)
{
    // %1 in these is what the element has, e.g. "has 1 strong, 0 medium, 1 weak".
    if (!progress.weighed) {
        return QCoreApplication::translate(
            "lantern::ElementProgress", "not weighed in this profile: none of its indicators counts here");
    }
    const QString& has = progress.countsWords;
    const bool open = progress.status == Status::Undetermined;
    if (progress.weighted) {
        if (progress.score >= progress.minScore)
            return QCoreApplication::translate("lantern::ElementProgress", "%1; meets the score needed")
                .arg(has);
        return neededWords(has, pointsWords(progress.minScore - progress.score), open);
    }
    if (progress.satisfied >= 0) {
        return QCoreApplication::translate("lantern::ElementProgress", "%1; meets %2")
            .arg(has, progress.alternatives.at(progress.satisfied).words);
    }
    if (progress.nearest >= 0)
        return neededWords(has, progress.alternatives.at(progress.nearest).missingWords, open);
    return QCoreApplication::translate("lantern::ElementProgress", "%1; the threshold lists no alternative")
        .arg(has);
}

} // namespace

QMap<CountKey, int> missingIndicators(
    const QMap<CountKey, int>& alternative, const scoring::StrengthCounts& counts)
{
    QMap<CountKey, int> missing;
    const auto need = [&](CountKey key, int count) {
        if (count > 0)
            missing.insert(key, count);
    };
    // Single-strength keys can only take their own strength, so they go first; the leftovers
    // fill the two-strength keys, strong and weak where only one key takes them, medium last.
    int strong = counts.strong - alternative.value(CountKey::Strong);
    int medium = counts.medium - alternative.value(CountKey::Medium);
    int weak = counts.weak - alternative.value(CountKey::Weak);
    need(CountKey::Strong, -strong);
    need(CountKey::Medium, -medium);
    need(CountKey::Weak, -weak);
    strong = std::max(strong, 0);
    medium = std::max(medium, 0);
    weak = std::max(weak, 0);
    int strongOrMedium = std::max(alternative.value(CountKey::StrongOrMedium) - strong, 0);
    int mediumOrWeak = std::max(alternative.value(CountKey::MediumOrWeak) - weak, 0);
    const int toStrongOrMedium = std::min(strongOrMedium, medium);
    strongOrMedium -= toStrongOrMedium;
    medium -= toStrongOrMedium;
    mediumOrWeak -= std::min(mediumOrWeak, medium);
    need(CountKey::StrongOrMedium, strongOrMedium);
    need(CountKey::MediumOrWeak, mediumOrWeak);
    // `any` is a total: every indicator added above counts towards it too.
    int added = 0;
    for (int count : std::as_const(missing))
        added += count;
    need(CountKey::Any,
        alternative.value(CountKey::Any) - (counts.strong + counts.medium + counts.weak + added));
    return missing;
}

QString missingWords(const QMap<CountKey, int>& missing)
{
    if (missing.isEmpty())
        return QCoreApplication::translate("lantern::ElementProgress", "nothing more");
    QStringList parts;
    for (CountKey key : { CountKey::Strong, CountKey::StrongOrMedium, CountKey::Medium,
             CountKey::MediumOrWeak, CountKey::Weak, CountKey::Any }) {
        if (missing.value(key) > 0)
            parts.append(QCoreApplication::translate("lantern::ElementProgress", "%1 more %2",
                "a count and the strengths it counts: 1 more medium")
                             .arg(QString::number(missing.value(key)), countKeyWords(key)));
    }
    return parts.join(
        QCoreApplication::translate("lantern::ElementProgress", " and ", "between missing counts"));
}

bool profileWeighsElement(const Checklist& checklist, const QString& profileId, const QString& elementId)
{
    for (const Indicator& indicator : checklist.indicators) {
        if (indicator.element == elementId && indicator.strengthByProfile.contains(profileId))
            return true;
    }
    return false;
}

ElementProgress elementProgress(
    const Checklist& checklist, const QString& profileId, const ElementResult& result)
{
    ElementProgress progress;
    progress.elementId = result.elementId;
    progress.status = result.status;
    progress.present = result.lowerCounts;
    progress.possible = result.upperCounts;
    progress.weighed = profileWeighsElement(checklist, profileId, result.elementId);
    progress.countsWords = countsWords(result.lowerCounts);
    if (const Element* element = checklist.element(result.elementId)) {
        if (element->threshold.kind == Threshold::Kind::Weighted)
            fillWeighted(element->threshold, result, progress);
        else
            fillAlternatives(element->threshold, result, progress);
    }
    progress.summary = summaryOf(progress);
    return progress;
}

std::optional<ElementProgress> elementProgress(const Checklist& checklist, const Assessment& assessment,
    const QString& profileId, const QString& elementId)
{
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.profileId != profileId)
            continue;
        for (const ElementResult& element : profile.elements) {
            if (element.elementId == elementId)
                return elementProgress(checklist, profileId, element);
        }
    }
    return std::nullopt;
}

} // namespace lantern::explain
