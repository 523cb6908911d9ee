// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lantern {

/// Renames a font by rewriting its OpenType 'name' table.
namespace NameTable {

/// `name` with the family, style, full, unique and PostScript names replaced (Windows/Unicode
/// records, US English) and every other record (copyright, licence, designer, ...) kept, so
/// a repaired copy of a font registers under its own family and never shadows the original.
Result<QByteArray> renamed(const QByteArray& name, const QString& family, const QString& style);

/// The family name a 'name' table gives (typographic family if present, else the family),
/// from its Windows/Unicode records; empty when it has none.
QString family(const QByteArray& name);

} // namespace NameTable

} // namespace lantern
