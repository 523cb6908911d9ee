// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/ScriptFontRepair.h"

#include "fonts/FontCoverage.h"
#include "fonts/GsubScripts.h"
#include "fonts/NameTable.h"
#include "fonts/SfntFont.h"

#include <QFontDatabase>
#include <QRawFont>

namespace lantern {

namespace {

// The installed font of `family` in `style`, read through Qt (so any platform's font files
// work); an error when Qt matches the request to some other family.
Result<QRawFont> loadStyle(const QString& family, const QString& style)
{
    QFont font = QFontDatabase::font(family, style, 12);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font);
    if (familyOf(raw).compare(family, Qt::CaseInsensitive) != 0)
        return Error(QStringLiteral("the font \"%1 %2\" is not installed").arg(family, style));
    return raw;
}

} // namespace

namespace ScriptFontRepair {

Result<bool> needsRepair(const QString& family, const QByteArray& scriptTag)
{
    const QStringList styles = QFontDatabase::styles(family);
    const auto raw = loadStyle(family, styles.isEmpty() ? QString() : styles.first());
    if (!raw)
        return raw.error();
    const auto listed = GsubScripts::lists(raw->fontTable("GSUB"), scriptTag);
    if (!listed)
        return Error(QStringLiteral("%1: %2").arg(family, listed.errorMessage()));
    return !listed.value();
}

Result<QString> registerRepairedCopy(
    const QString& family, const QByteArray& scriptTag, const QString& repairedFamily)
{
    const QStringList styles = QFontDatabase::styles(family);
    if (styles.isEmpty())
        return Error(QStringLiteral("the font family \"%1\" is not installed").arg(family));
    QString registered;
    for (const QString& style : styles) {
        const auto raw = loadStyle(family, style);
        if (!raw)
            return raw.error();
        auto font = SfntFont::fromRawFont(raw.value());
        if (!font)
            return Error(QStringLiteral("%1 %2: %3").arg(family, style, font.errorMessage()));
        const auto gsub = GsubScripts::withScript(font->table(SfntFont::tag("GSUB")), scriptTag);
        const auto name = NameTable::renamed(font->table(SfntFont::tag("name")), repairedFamily, style);
        if (!gsub || !name) {
            return Error(QStringLiteral("%1 %2: %3")
                             .arg(family, style, gsub ? name.errorMessage() : gsub.errorMessage()));
        }
        font->setTable(SfntFont::tag("GSUB"), gsub.value());
        font->setTable(SfntFont::tag("name"), name.value());
        const int id = QFontDatabase::addApplicationFontFromData(font->toBytes());
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (id < 0 || families.isEmpty())
            return Error(
                QStringLiteral("Qt did not accept the repaired copy of \"%1 %2\"").arg(family, style));
        registered = families.first();
    }
    return registered;
}

} // namespace ScriptFontRepair

} // namespace lantern
