// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lantern {

/// `text` as a sentence: store messages are fragments, some already ending in punctuation.
inline QString sentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(')')) ? text
                                                                              : text + QLatin1Char('.');
}

} // namespace lantern
