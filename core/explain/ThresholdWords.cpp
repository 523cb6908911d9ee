// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ThresholdWords.h"

#include <cmath>
#include <QCoreApplication>
#include <QStringList>

// Every word here goes through Qt's translation system (context "lantern::ThresholdWords"), so the
// window shows it in the interface language; the command line installs no translator and stays English.

namespace lantern::explain {

namespace {

// The order a reader expects: strongest first, the total last.
constexpr CountKey kDisplayOrder[] = { CountKey::Strong, CountKey::StrongOrMedium, CountKey::Medium,
    CountKey::MediumOrWeak, CountKey::Weak };

/// "2 strong"; with the noun "2 strong indicators". Singular and plural are separate strings,
/// each with %n, so a language with more plural forms can give them all.
QString countedWords(int count, CountKey key, bool withNoun)
{
    if (!withNoun) {
        return QCoreApplication::translate(
            "lantern::ThresholdWords", "%1 %2", "a count and the strengths it counts: 2 medium or weak")
            .arg(QString::number(count), countKeyWords(key));
    }
    if (count == 1) {
        return QCoreApplication::translate(
            "lantern::ThresholdWords", "%n %1 indicator", "%1: the strengths counted, e.g. strong", count)
            .arg(countKeyWords(key));
    }
    return QCoreApplication::translate("lantern::ThresholdWords", "%n %1 indicators",
        "%1: the strengths counted, e.g. medium or weak", count)
        .arg(countKeyWords(key));
}

QString strengthWords(Strength strength)
{
    switch (strength) {
    case Strength::Strong:
        return countKeyWords(CountKey::Strong);
    case Strength::Medium:
        return countKeyWords(CountKey::Medium);
    case Strength::Weak:
        return countKeyWords(CountKey::Weak);
    }
    return {};
}

/// "a, b and c": the last two joined by "and".
QString joinWithAnd(const QStringList& parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return QCoreApplication::translate("lantern::ThresholdWords", "%1 and %2", "the last two parts of a list")
        .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

} // namespace

QString countKeyWords(CountKey key)
{
    switch (key) {
    case CountKey::Strong:
        return QCoreApplication::translate("lantern::ThresholdWords", "strong");
    case CountKey::Medium:
        return QCoreApplication::translate("lantern::ThresholdWords", "medium");
    case CountKey::Weak:
        return QCoreApplication::translate("lantern::ThresholdWords", "weak");
    case CountKey::MediumOrWeak:
        return QCoreApplication::translate("lantern::ThresholdWords", "medium or weak");
    case CountKey::StrongOrMedium:
        return QCoreApplication::translate("lantern::ThresholdWords", "strong or medium");
    case CountKey::Any:
        return QCoreApplication::translate("lantern::ThresholdWords", "of any strength");
    }
    return {};
}

QString alternativeWords(const QMap<CountKey, int>& alternative, bool withNoun)
{
    QList<CountKey> keys;
    for (CountKey key : kDisplayOrder) {
        if (alternative.contains(key))
            keys.append(key);
    }
    const bool hasTotal = alternative.contains(CountKey::Any);
    const int total = alternative.value(CountKey::Any);
    if (keys.isEmpty()) {
        if (!hasTotal)
            return QCoreApplication::translate("lantern::ThresholdWords", "no indicator at all");
        if (!withNoun)
            return QCoreApplication::translate("lantern::ThresholdWords", "%1 of any strength").arg(total);
        if (total == 1) {
            return QCoreApplication::translate(
                "lantern::ThresholdWords", "%n indicator of any strength", nullptr, total);
        }
        return QCoreApplication::translate(
            "lantern::ThresholdWords", "%n indicators of any strength", nullptr, total);
    }
    QStringList parts;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        // Without a total, the noun goes with the last count: "1 strong and 2 medium indicators".
        const bool noun = withNoun && !hasTotal && i == keys.size() - 1;
        parts.append(countedWords(alternative.value(keys.at(i)), keys.at(i), noun));
    }
    if (hasTotal) {
        // `any` is a total over all indicators, those counted above included.
        if (!withNoun)
            parts.append(QCoreApplication::translate("lantern::ThresholdWords", "%1 in all").arg(total));
        else if (total == 1)
            parts.append(QCoreApplication::translate(
                "lantern::ThresholdWords", "%n indicator in all", nullptr, total));
        else
            parts.append(QCoreApplication::translate(
                "lantern::ThresholdWords", "%n indicators in all", nullptr, total));
    }
    return joinWithAnd(parts);
}

QString numberWords(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("?");
    return QString::number(value, 'g', 12);
}

QString thresholdSentence(const Threshold& threshold)
{
    if (threshold.kind == Threshold::Kind::Weighted) {
        QStringList weights;
        for (Strength strength : { Strength::Strong, Strength::Medium, Strength::Weak }) {
            if (threshold.weights.value(strength) != 0) {
                weights.append(
                    QCoreApplication::translate(
                        "lantern::ThresholdWords", "%1 %2", "a strength and its weight: strong 3")
                        .arg(strengthWords(strength), numberWords(threshold.weights.value(strength))));
            }
        }
        const QString weightList = weights.isEmpty()
            ? QCoreApplication::translate("lantern::ThresholdWords", "no strength carries a weight")
            : weights.join(QStringLiteral(", "));
        return QCoreApplication::translate("lantern::ThresholdWords",
            "Met when the weights of the indicators present add up to at least %1 (%2)",
            "%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1")
            .arg(numberWords(threshold.minScore), weightList);
    }
    if (threshold.alternatives.isEmpty())
        return QCoreApplication::translate(
            "lantern::ThresholdWords", "Never met: the threshold lists no alternative");
    QStringList alternatives;
    for (qsizetype i = 0; i < threshold.alternatives.size(); ++i)
        alternatives.append(alternativeWords(threshold.alternatives.at(i), i == 0));
    return QCoreApplication::translate("lantern::ThresholdWords", "Met with %1",
        "%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak")
        .arg(alternatives.join(QCoreApplication::translate(
            "lantern::ThresholdWords", "; or ", "between the alternatives of a threshold")));
}

} // namespace lantern::explain
