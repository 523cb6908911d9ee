// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/GsubScripts.h"

#include <initializer_list>
#include <optional>
#include <QList>
#include <QtEndian>

namespace lantern {

namespace {

// GSUB layout (OpenType spec, "Common table formats"): a header with 16-bit offsets to the
// script list, feature list and lookup list; the script list holds (tag, offset) records to
// script tables, each with an optional default language system and tagged language systems.

struct LangSys
{
    quint16 requiredFeature = 0xFFFF;
    QList<quint16> features;
};

struct Script
{
    quint32 tag = 0;
    std::optional<LangSys> defaultLangSys;
    QList<std::pair<quint32, LangSys>> languages;
};

class Reader
{
public:
    explicit Reader(const QByteArray& data)
        : m_data(data)
    {
    }

    quint16 u16(qsizetype at)
    {
        if (at < 0 || at + 2 > m_data.size()) {
            m_failed = true;
            return 0;
        }
        return qFromBigEndian<quint16>(m_data.constData() + at);
    }
    quint32 u32(qsizetype at)
    {
        if (at < 0 || at + 4 > m_data.size()) {
            m_failed = true;
            return 0;
        }
        return qFromBigEndian<quint32>(m_data.constData() + at);
    }
    bool failed() const { return m_failed; }

private:
    const QByteArray& m_data;
    bool m_failed = false;
};

LangSys readLangSys(Reader& in, qsizetype at)
{
    LangSys result;
    result.requiredFeature = in.u16(at + 2);
    const quint16 count = in.u16(at + 4);
    for (quint16 i = 0; i < count && !in.failed(); ++i)
        result.features.append(in.u16(at + 6 + 2 * i));
    return result;
}

Result<QList<Script>> readScripts(const QByteArray& gsub)
{
    Reader in(gsub);
    const qsizetype list = in.u16(4);
    const quint16 count = in.u16(list);
    QList<Script> scripts;
    for (quint16 i = 0; i < count && !in.failed(); ++i) {
        Script script;
        script.tag = in.u32(list + 2 + 6 * i);
        const qsizetype at = list + in.u16(list + 6 + 6 * i);
        if (const quint16 defaultAt = in.u16(at))
            script.defaultLangSys = readLangSys(in, at + defaultAt);
        const quint16 languages = in.u16(at + 2);
        for (quint16 j = 0; j < languages && !in.failed(); ++j) {
            const quint32 languageTag = in.u32(at + 4 + 6 * j);
            script.languages.append({ languageTag, readLangSys(in, at + in.u16(at + 8 + 6 * j)) });
        }
        scripts.append(script);
    }
    if (in.failed() || gsub.size() < 10)
        return Error(QStringLiteral("the font's GSUB table is damaged"));
    return scripts;
}

void put16(QByteArray& out, qsizetype at, quint16 value)
{
    qToBigEndian(value, out.data() + at);
}

void append16(QByteArray& out, quint16 value)
{
    out.append(2, '\0');
    put16(out, out.size() - 2, value);
}

void append32(QByteArray& out, quint32 value)
{
    out.append(4, '\0');
    qToBigEndian(value, out.data() + out.size() - 4);
}

void appendLangSys(QByteArray& out, const LangSys& langSys)
{
    append16(out, 0); // lookupOrderOffset: reserved
    append16(out, langSys.requiredFeature);
    append16(out, quint16(langSys.features.size()));
    for (quint16 feature : langSys.features)
        append16(out, feature);
}

QByteArray writeScript(const Script& script)
{
    QByteArray out;
    append16(out, 0); // default language system offset, filled in below
    append16(out, quint16(script.languages.size()));
    for (const auto& language : script.languages) {
        append32(out, language.first);
        append16(out, 0);
    }
    if (script.defaultLangSys) {
        put16(out, 0, quint16(out.size()));
        appendLangSys(out, *script.defaultLangSys);
    }
    for (qsizetype i = 0; i < script.languages.size(); ++i) {
        put16(out, 4 + 6 * i + 4, quint16(out.size()));
        appendLangSys(out, script.languages.at(i).second);
    }
    return out;
}

Result<QByteArray> writeScriptList(const QList<Script>& scripts)
{
    QByteArray out;
    append16(out, quint16(scripts.size()));
    for (const Script& script : scripts) {
        append32(out, script.tag);
        append16(out, 0);
    }
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        if (out.size() > 0xFFFF)
            return Error(QStringLiteral("the font's GSUB script list is too large to extend"));
        put16(out, 2 + 6 * i + 4, quint16(out.size()));
        out.append(writeScript(scripts.at(i)));
    }
    return out;
}

// Header (version 1.0), an empty script list, an empty feature list and an empty lookup list.
QByteArray emptyGsub()
{
    QByteArray out;
    for (quint16 word : std::initializer_list<quint16> { 1, 0, 10, 12, 14, 0, 0, 0 })
        append16(out, word);
    return out;
}

Result<quint32> tagValue(const QByteArray& scriptTag)
{
    if (scriptTag.size() != 4)
        return Error(QStringLiteral("an OpenType script tag has four letters, not \"%1\"")
                         .arg(QString::fromLatin1(scriptTag)));
    return qFromBigEndian<quint32>(scriptTag.constData());
}

} // namespace

namespace GsubScripts {

Result<bool> lists(const QByteArray& gsub, const QByteArray& scriptTag)
{
    const auto tag = tagValue(scriptTag);
    if (!tag)
        return tag.error();
    if (gsub.isEmpty())
        return false;
    const auto scripts = readScripts(gsub);
    if (!scripts)
        return scripts.error();
    for (const Script& script : scripts.value()) {
        if (script.tag == tag.value())
            return true;
    }
    return false;
}

Result<QByteArray> withScript(const QByteArray& gsub, const QByteArray& scriptTag)
{
    const auto tag = tagValue(scriptTag);
    if (!tag)
        return tag.error();
    QByteArray result = gsub.isEmpty() ? emptyGsub() : gsub;
    auto read = readScripts(result);
    if (!read)
        return read.error();
    QList<Script> scripts = std::move(read.value());
    Script added;
    added.tag = tag.value();
    added.defaultLangSys = LangSys();
    qsizetype insertAt = 0;
    for (const Script& script : scripts) {
        if (script.tag == added.tag)
            return gsub;
        if (script.tag == qFromBigEndian<quint32>("DFLT") && script.defaultLangSys)
            added.defaultLangSys = script.defaultLangSys;
        if (script.tag < added.tag) // records stay sorted by tag: readers search them by halves
            ++insertAt;
    }
    scripts.insert(insertAt, added);

    // The new script list goes after the existing data; the feature and lookup lists stay put.
    const auto list = writeScriptList(scripts);
    if (!list)
        return list.error();
    while (result.size() % 2 != 0)
        result.append('\0');
    if (result.size() > 0xFFFF)
        return Error(QStringLiteral("the font's GSUB table is too large to extend"));
    put16(result, 4, quint16(result.size()));
    result.append(list.value());
    return result;
}

} // namespace GsubScripts

} // namespace lantern
