// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"
#include "util/Catalogue.h"

#include <QJsonObject>
#include <QString>

namespace lantern {

/// The whole assessment as JSON (for `lantern-cli score --json`), texts in `language` with the
/// checklist's fallbacks. Keys are stable and snake_case; answer notes are never included.
QJsonObject toJson(const Assessment& assessment, const Checklist& checklist, const QString& language);

/// The sentence every result carries: screening, not a verdict; in the interface's language or `words'`.
QString screeningStatement(bool conditional, const Catalogue& words = Catalogue());
/// The sentence under a result of `checklist`: its own `result_statement` in `language` when it
/// has one, else the screening statement; plus the conditional note when `conditional`.
QString resultStatement(
    const Checklist& checklist, const QString& language, bool conditional, const Catalogue& words = Catalogue());

} // namespace lantern
