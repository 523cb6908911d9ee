// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/Clock.h"

namespace lantern {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace lantern
