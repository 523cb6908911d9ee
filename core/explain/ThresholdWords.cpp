// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ThresholdWords.h"

#include <cmath>
#include <QStringList>

namespace lantern::explain {

namespace {

// The order a reader expects: strongest first, the total last.
constexpr CountKey kDisplayOrder[] = { CountKey::Strong, CountKey::StrongOrMedium, CountKey::Medium,
    CountKey::MediumOrWeak, CountKey::Weak };

QString indicatorNoun(int count)
{
    return count == 1 ? QStringLiteral("indicator") : QStringLiteral("indicators");
}

/// "a, b and c": the last two joined by "and".
QString joinWithAnd(const QStringList& parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + parts.last();
}

} // namespace

QString countKeyWords(CountKey key)
{
    switch (key) {
    case CountKey::Strong:
        return QStringLiteral("strong");
    case CountKey::Medium:
        return QStringLiteral("medium");
    case CountKey::Weak:
        return QStringLiteral("weak");
    case CountKey::MediumOrWeak:
        return QStringLiteral("medium or weak");
    case CountKey::StrongOrMedium:
        return QStringLiteral("strong or medium");
    case CountKey::Any:
        return QStringLiteral("of any strength");
    }
    return {};
}

QString alternativeWords(const QMap<CountKey, int>& alternative, bool withNoun)
{
    QStringList parts;
    int lastCount = 0;
    for (CountKey key : kDisplayOrder) {
        if (!alternative.contains(key))
            continue;
        lastCount = alternative.value(key);
        parts.append(QStringLiteral("%1 %2").arg(lastCount).arg(countKeyWords(key)));
    }
    const bool hasTotal = alternative.contains(CountKey::Any);
    const int total = alternative.value(CountKey::Any);
    if (parts.isEmpty()) {
        if (!hasTotal)
            return QStringLiteral("no indicator at all");
        return withNoun ? QStringLiteral("%1 %2 of any strength").arg(total).arg(indicatorNoun(total))
                        : QStringLiteral("%1 of any strength").arg(total);
    }
    if (hasTotal) {
        // `any` is a total over all indicators, those counted above included.
        parts.append(withNoun ? QStringLiteral("%1 %2 in all").arg(total).arg(indicatorNoun(total))
                              : QStringLiteral("%1 in all").arg(total));
    } else if (withNoun) {
        parts.last() += QLatin1Char(' ') + indicatorNoun(lastCount);
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
            if (threshold.weights.value(strength) != 0)
                weights.append(
                    toString(strength) + QLatin1Char(' ') + numberWords(threshold.weights.value(strength)));
        }
        const QString weightList = weights.isEmpty() ? QStringLiteral("no strength carries a weight")
                                                     : weights.join(QStringLiteral(", "));
        return QStringLiteral("Met when the weights of the indicators present add up to at least %1 (%2)")
            .arg(numberWords(threshold.minScore), weightList);
    }
    if (threshold.alternatives.isEmpty())
        return QStringLiteral("Never met: the threshold lists no alternative");
    QStringList alternatives;
    for (qsizetype i = 0; i < threshold.alternatives.size(); ++i)
        alternatives.append(alternativeWords(threshold.alternatives.at(i), i == 0));
    return QStringLiteral("Met with ") + alternatives.join(QStringLiteral("; or "));
}

} // namespace lantern::explain
