// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/NameTable.h"

#include <algorithm>
#include <QList>
#include <QtEndian>
#include <tuple>

namespace lantern {

namespace {

// Name IDs (OpenType spec, 'name' table).
enum NameId : quint16 {
    Family = 1,
    Subfamily = 2,
    UniqueId = 3,
    FullName = 4,
    PostScript = 6,
    TypographicFamily = 16,
    TypographicSubfamily = 17,
    CompatibleFull = 18,
    VariationsPrefix = 25,
};

constexpr quint16 kWindows = 3;
constexpr quint16 kUnicodeBmp = 1;
constexpr quint16 kUsEnglish = 0x0409;

struct Record
{
    quint16 platform = 0;
    quint16 encoding = 0;
    quint16 language = 0;
    quint16 nameId = 0;
    QByteArray text; // as stored: UTF-16BE for Windows records
};

Result<QList<Record>> readRecords(const QByteArray& name)
{
    const auto damaged = Error(QStringLiteral("the font's name table is damaged"));
    if (name.size() < 6)
        return damaged;
    const auto* data = name.constData();
    const quint16 count = qFromBigEndian<quint16>(data + 2);
    const quint16 storage = qFromBigEndian<quint16>(data + 4);
    if (6 + 12 * qsizetype(count) > name.size())
        return damaged;
    QList<Record> records;
    for (quint16 i = 0; i < count; ++i) {
        const char* at = data + 6 + 12 * i;
        Record record { qFromBigEndian<quint16>(at), qFromBigEndian<quint16>(at + 2),
            qFromBigEndian<quint16>(at + 4), qFromBigEndian<quint16>(at + 6), {} };
        const qsizetype length = qFromBigEndian<quint16>(at + 8);
        const qsizetype offset = storage + qsizetype(qFromBigEndian<quint16>(at + 10));
        if (offset + length > name.size())
            return damaged;
        record.text = name.mid(offset, length);
        records.append(record);
    }
    return records;
}

QByteArray utf16be(const QString& text)
{
    QByteArray out(text.size() * 2, '\0');
    for (qsizetype i = 0; i < text.size(); ++i)
        qToBigEndian(text.at(i).unicode(), out.data() + 2 * i);
    return out;
}

QString fromUtf16be(const QByteArray& bytes)
{
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(qFromBigEndian<quint16>(bytes.constData() + i)));
    return text;
}

bool replacedByRename(quint16 nameId)
{
    switch (nameId) {
    case Family:
    case Subfamily:
    case UniqueId:
    case FullName:
    case PostScript:
    case TypographicFamily:
    case TypographicSubfamily:
    case CompatibleFull:
    case VariationsPrefix:
        return true;
    default:
        return false;
    }
}

void append16(QByteArray& out, quint16 value)
{
    out.append(2, '\0');
    qToBigEndian(value, out.data() + out.size() - 2);
}

} // namespace

namespace NameTable {

Result<QByteArray> renamed(const QByteArray& name, const QString& family, const QString& style)
{
    if (family.trimmed().isEmpty() || style.trimmed().isEmpty())
        return Error(QStringLiteral("a renamed font needs a family and a style name"));
    auto read = readRecords(name);
    if (!read)
        return read.error();
    QList<Record> records;
    for (Record& record : read.value()) {
        // Language IDs from 0x8000 point into a format-1 language-tag list, which is not kept.
        if (!replacedByRename(record.nameId) && record.language < 0x8000)
            records.append(std::move(record));
    }
    QString postScript = family + QLatin1Char('-') + style;
    postScript.removeIf([](QChar c) { return c.unicode() > 126 || (!c.isLetterOrNumber() && c != u'-'); });
    const QString full = family + QLatin1Char(' ') + style;
    for (const auto& [nameId, text] :
        { std::pair { Family, family }, std::pair { Subfamily, style }, std::pair { UniqueId, postScript },
            std::pair { FullName, full }, std::pair { PostScript, postScript } }) {
        records.append({ kWindows, kUnicodeBmp, kUsEnglish, nameId, utf16be(text) });
    }
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        return std::tie(a.platform, a.encoding, a.language, a.nameId)
            < std::tie(b.platform, b.encoding, b.language, b.nameId);
    });

    QByteArray out;
    QByteArray strings;
    append16(out, 0); // format 0
    append16(out, quint16(records.size()));
    append16(out, quint16(6 + 12 * records.size()));
    for (const Record& record : records) {
        if (strings.size() + record.text.size() > 0xFFFF)
            return Error(QStringLiteral("the font's name table is too large to rewrite"));
        for (quint16 value : { record.platform, record.encoding, record.language, record.nameId,
                 quint16(record.text.size()), quint16(strings.size()) }) {
            append16(out, value);
        }
        strings.append(record.text);
    }
    out.append(strings);
    return out;
}

QString family(const QByteArray& name)
{
    const auto read = readRecords(name);
    if (!read)
        return {};
    QString plain;
    QString typographic;
    for (const Record& record : read.value()) {
        if (record.platform != kWindows || record.language != kUsEnglish)
            continue;
        if (record.nameId == Family)
            plain = fromUtf16be(record.text);
        else if (record.nameId == TypographicFamily)
            typographic = fromUtf16be(record.text);
    }
    return typographic.isEmpty() ? plain : typographic;
}

} // namespace NameTable

} // namespace lantern
