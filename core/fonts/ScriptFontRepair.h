// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lantern {

/// Makes an installed font usable for a script that Qt 6.4 refuses it for.
///
/// Qt takes a font for a script that needs shaping only when the font's GSUB table lists the
/// script (see GsubScripts.h). For a script whose letters need no substitution, only mark
/// positioning (Thaana), a font that lacks that entry is still complete: a copy with the entry
/// added, registered as an application font under its own name, renders it correctly.
/// Uses only Qt GUI (no widgets), so the command-line PDF export could use it too.
namespace ScriptFontRepair {

/// Whether `family`'s GSUB table lacks `scriptTag` (e.g. "thaa"), so Qt would refuse it.
Result<bool> needsRepair(const QString& family, const QByteArray& scriptTag);

/// Registers, for every style of `family`, a copy whose GSUB lists `scriptTag`, under the
/// family name `repairedFamily`. Returns the family name Qt registered.
Result<QString> registerRepairedCopy(
    const QString& family, const QByteArray& scriptTag, const QString& repairedFamily);

} // namespace ScriptFontRepair

} // namespace lantern
