// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <map>
#include <QByteArray>

class QRawFont;

namespace lantern {

/// An OpenType (sfnt) font held as its tables, so a copy can be written with a table added or
/// replaced. Knows nothing about what the tables mean; see OpenTypeTables.h for that.
class SfntFont
{
public:
    /// Reads the tables of a font Qt has loaded. Tables Qt cannot hand out are left out; the
    /// digital signature is dropped, since any change would break it.
    static Result<SfntFont> fromRawFont(const QRawFont& font);

    /// A four-letter table tag ("GSUB", "OS/2", "cvt ") as the 32-bit number sfnt files use.
    static quint32 tag(const char (&name)[5]);

    bool hasTable(quint32 tag) const { return m_tables.count(tag) != 0; }
    QByteArray table(quint32 tag) const;
    void setTable(quint32 tag, QByteArray data) { m_tables[tag] = std::move(data); }
    int tableCount() const { return int(m_tables.size()); }

    /// The font file: table directory sorted by tag, tables 4-byte aligned, checksums and the
    /// head table's whole-file checksum adjustment recomputed.
    QByteArray toBytes() const;

private:
    quint32 m_version = 0x00010000; // TrueType outlines; 'OTTO' for CFF
    std::map<quint32, QByteArray> m_tables;
};

} // namespace lantern
