// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace lantern {

/// Reads and extends the script list of an OpenType GSUB (glyph substitution) table.
///
/// Why Lantern needs this: Qt 6.4 uses a font for a script that needs shaping (Thaana, the
/// Indic scripts, Khmer, ...) only when the font's GSUB table names that script. Noto Sans
/// Thaana, the Thaana font Debian ships, positions its vowel marks through GPOS and has no GSUB
/// at all, so Qt refuses it and Dhivehi comes out as empty boxes. Listing the script in a
/// GSUB table changes nothing about how the text is shaped; it only lets Qt take the font.
namespace GsubScripts {

/// Whether `gsub` lists `scriptTag` (e.g. "thaa"). An empty table lists nothing.
Result<bool> lists(const QByteArray& gsub, const QByteArray& scriptTag);

/// `gsub` with `scriptTag` added to its script list, using the same features as the table's
/// default script ('DFLT') when it has one. An empty `gsub` becomes a minimal table that lists
/// only that script. Returns `gsub` unchanged when the script is already listed.
Result<QByteArray> withScript(const QByteArray& gsub, const QByteArray& scriptTag);

} // namespace GsubScripts

} // namespace lantern
