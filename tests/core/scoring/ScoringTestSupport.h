// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Assessment.h"

#include <gtest/gtest.h>
#include <ostream>
#include <QString>
#include <QStringList>

// Readable gtest output for Qt strings (found by argument-dependent lookup, hence global).
inline void PrintTo(const QString& value, std::ostream* out)
{
    *out << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList& value, std::ostream* out)
{
    *out << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace lantern {

// Readable gtest output for scoring enums.
inline void PrintTo(Status value, std::ostream* out)
{
    *out << toString(value).toStdString();
}
inline void PrintTo(Presence value, std::ostream* out)
{
    *out << toString(value).toStdString();
}
inline void PrintTo(Applicability value, std::ostream* out)
{
    *out << toString(value).toStdString();
}

} // namespace lantern

namespace lantern::test {

inline const ProfileResult& profileOf(const Assessment& assessment, const char* profileId)
{
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.profileId == QLatin1StringView(profileId))
            return profile;
    }
    ADD_FAILURE() << "no profile " << profileId;
    static const ProfileResult none;
    return none;
}

inline const ElementResult& elementOf(
    const Assessment& assessment, const char* profileId, const char* elementId)
{
    for (const ElementResult& element : profileOf(assessment, profileId).elements) {
        if (element.elementId == QLatin1StringView(elementId))
            return element;
    }
    ADD_FAILURE() << "no element " << elementId << " in profile " << profileId;
    static const ElementResult none;
    return none;
}

inline const OutcomeResult& outcomeOf(
    const Assessment& assessment, const char* profileId, const char* outcomeId)
{
    for (const OutcomeResult& outcome : profileOf(assessment, profileId).outcomes) {
        if (outcome.outcomeId == QLatin1StringView(outcomeId))
            return outcome;
    }
    ADD_FAILURE() << "no outcome " << outcomeId << " in profile " << profileId;
    static const OutcomeResult none;
    return none;
}

/// The trace of an indicator in a profile, or null when it is absent (absent ones are not listed).
inline const IndicatorTrace* traceOf(
    const Assessment& assessment, const char* profileId, const char* indicatorId)
{
    for (const ElementResult& element : profileOf(assessment, profileId).elements) {
        for (const QList<IndicatorTrace>* list : { &element.present, &element.open }) {
            for (const IndicatorTrace& trace : *list) {
                if (trace.indicatorId == QLatin1StringView(indicatorId))
                    return &trace;
            }
        }
    }
    return nullptr;
}

inline Presence presenceOf(const Assessment& assessment, const char* profileId, const char* indicatorId)
{
    const IndicatorTrace* trace = traceOf(assessment, profileId, indicatorId);
    return trace ? trace->presence : Presence::Absent;
}

inline QStringList ids(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* id : list)
        result.append(QString::fromUtf8(id));
    return result;
}

} // namespace lantern::test
