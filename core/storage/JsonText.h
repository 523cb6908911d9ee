// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <utility>

namespace lantern {

/// A compact JSON object of string members, in the order given, as UTF-8. Given in name order,
/// the bytes are what QJsonDocument(object).toJson(Compact) writes for the same members; written
/// directly because every saved answer needs one (its audit event), and building a QJsonObject
/// cost more than sealing it. Member names are plain ASCII chosen by the code; values are any
/// text (quotes, backslashes and control characters are escaped, the rest is written as UTF-8).
QByteArray jsonObjectOfStrings(std::initializer_list<std::pair<QLatin1StringView, QString>> members);

} // namespace lantern
