// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/Assessment.h"

namespace lantern {

QString toString(Status status)
{
    switch (status) {
    case Status::Met:
        return QStringLiteral("met");
    case Status::NotMet:
        return QStringLiteral("not_met");
    case Status::Undetermined:
        return QStringLiteral("undetermined");
    }
    return {};
}

QString toString(Applicability applicability)
{
    switch (applicability) {
    case Applicability::Applies:
        return QStringLiteral("applies");
    case Applicability::DoesNotApply:
        return QStringLiteral("does_not_apply");
    case Applicability::Undetermined:
        return QStringLiteral("undetermined");
    }
    return {};
}

QString toString(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return QStringLiteral("present");
    case Presence::Absent:
        return QStringLiteral("absent");
    case Presence::Open:
        return QStringLiteral("open");
    }
    return {};
}

} // namespace lantern
