// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/SfntFont.h"

#include <QRawFont>
#include <QtEndian>

namespace lantern {

namespace {

// Every table an OpenType font may carry that a copy should keep. QRawFont cannot list a
// font's tables, so each is asked for by name. 'DSIG' is left out on purpose.
constexpr const char* kKnownTables[] = { "BASE", "CBDT", "CBLC", "CFF ", "CFF2", "COLR", "CPAL", "EBDT",
    "EBLC", "EBSC", "GDEF", "GPOS", "GSUB", "HVAR", "JSTF", "LTSH", "MATH", "MERG", "MVAR", "OS/2", "PCLT",
    "STAT", "SVG ", "VDMX", "VORG", "VVAR", "avar", "cmap", "cvar", "cvt ", "fpgm", "fvar", "gasp", "glyf",
    "gvar", "hdmx", "head", "hhea", "hmtx", "kern", "loca", "maxp", "meta", "name", "post", "prep", "sbix",
    "vhea", "vmtx" };

quint32 tagOf(const char* name)
{
    return qFromBigEndian<quint32>(name);
}

quint32 checksum(const QByteArray& data)
{
    quint32 sum = 0;
    const qsizetype whole = data.size() / 4 * 4;
    for (qsizetype i = 0; i < whole; i += 4)
        sum += qFromBigEndian<quint32>(data.constData() + i);
    if (whole < data.size()) {
        char last[4] = { 0, 0, 0, 0 };
        for (qsizetype i = whole; i < data.size(); ++i)
            last[i - whole] = data.at(i);
        sum += qFromBigEndian<quint32>(last);
    }
    return sum;
}

void append16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

quint32 SfntFont::tag(const char (&name)[5])
{
    return tagOf(name);
}

Result<SfntFont> SfntFont::fromRawFont(const QRawFont& font)
{
    if (!font.isValid())
        return Error(QStringLiteral("the font could not be loaded"));
    SfntFont result;
    for (const char* name : kKnownTables) {
        QByteArray data = font.fontTable(name);
        if (!data.isEmpty())
            result.m_tables[tagOf(name)] = std::move(data);
    }
    for (const char* required : { "cmap", "head", "hhea", "hmtx", "maxp", "name" }) {
        if (!result.hasTable(tagOf(required))) {
            return Error(
                QStringLiteral("the font has no readable '%1' table").arg(QLatin1StringView(required)));
        }
    }
    if (result.hasTable(tagOf("CFF ")) || result.hasTable(tagOf("CFF2")))
        result.m_version = tagOf("OTTO");
    return result;
}

QByteArray SfntFont::table(quint32 tag) const
{
    const auto found = m_tables.find(tag);
    return found == m_tables.end() ? QByteArray() : found->second;
}

QByteArray SfntFont::toBytes() const
{
    const auto count = quint16(m_tables.size());
    quint16 power = 1;
    quint16 selector = 0;
    while (power * 2 <= count) {
        power = quint16(power * 2);
        ++selector;
    }
    QByteArray out;
    append32(out, m_version);
    append16(out, count);
    append16(out, quint16(power * 16));
    append16(out, selector);
    append16(out, quint16(count * 16 - power * 16));

    const quint32 headTag = tagOf("head");
    quint32 offset = quint32(12 + 16 * count);
    QByteArray body;
    qsizetype headAt = -1;
    for (const auto& [tag, data] : m_tables) { // std::map keeps the tags sorted, as the format wants
        QByteArray stored = data;
        if (tag == headTag && stored.size() >= 12) {
            qToBigEndian<quint32>(0, stored.data() + 8); // checkSumAdjustment, filled in below
            headAt = qsizetype(offset) + 8;
        }
        append32(out, tag);
        append32(out, checksum(stored));
        append32(out, offset);
        append32(out, quint32(stored.size()));
        body.append(stored);
        while (body.size() % 4 != 0)
            body.append('\0');
        offset = quint32(12 + 16 * count + body.size());
    }
    out.append(body);
    if (headAt >= 0)
        qToBigEndian<quint32>(0xB1B0AFBAu - checksum(out), out.data() + headAt);
    return out;
}

} // namespace lantern
