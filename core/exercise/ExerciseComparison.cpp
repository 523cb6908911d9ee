// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseComparison.h"

namespace lantern {

void VerdictCounts::add(IndicatorVerdict verdict)
{
    switch (verdict) {
    case IndicatorVerdict::Found:
        ++found;
        break;
    case IndicatorVerdict::Missed:
        ++missed;
        break;
    case IndicatorVerdict::Added:
        ++added;
        break;
    }
}

VerdictCounts& VerdictCounts::operator+=(const VerdictCounts& other)
{
    found += other.found;
    missed += other.missed;
    added += other.added;
    return *this;
}

QList<IndicatorComparison> ElementComparison::withVerdict(IndicatorVerdict verdict) const
{
    QList<IndicatorComparison> out;
    for (const IndicatorComparison& indicator : indicators) {
        if (indicator.verdict == verdict)
            out.append(indicator);
    }
    return out;
}

QStringList ExerciseComparison::reasoning() const
{
    QStringList out = summary;
    for (const ProfileComparison& profile : profiles) {
        for (const ElementComparison& element : profile.elements)
            out += element.reasoning;
        out += profile.reasoning;
    }
    // Two profiles (say child and adult, age unknown) often say the same about an indicator.
    out.removeDuplicates();
    return out;
}

QString toString(IndicatorVerdict verdict)
{
    switch (verdict) {
    case IndicatorVerdict::Found:
        return QStringLiteral("found");
    case IndicatorVerdict::Missed:
        return QStringLiteral("missed");
    case IndicatorVerdict::Added:
        return QStringLiteral("added");
    }
    return {};
}

QString toString(MissReason reason)
{
    switch (reason) {
    case MissReason::None:
        return {};
    case MissReason::LeftOpen:
        return QStringLiteral("left_open");
    case MissReason::AnsweredDifferently:
        return QStringLiteral("answered_differently");
    case MissReason::NotShown:
        return QStringLiteral("not_shown");
    }
    return {};
}

} // namespace lantern
