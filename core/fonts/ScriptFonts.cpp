// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/ScriptFonts.h"

#include "fonts/FontCoverage.h"
#include "fonts/ScriptFontRepair.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QRawFont>

#include <algorithm>

namespace lantern {

namespace {

// Thaana fonts by name, best first: Debian's Noto, then those found on Windows and in the Maldives.
constexpr const char16_t* kKnownThaanaFamilies[] = { u"Noto Sans Thaana", u"MV Boli", u"Faruma" };

const QLatin1StringView kRepairedPrefix("Lantern ");

// Letters and a vowel mark (fili) every Thaana font must have.
constexpr char32_t kThaanaProbe[] = { 0x0786, 0x0791, 0x0796, 0x07A6, 0x07B0 };

bool drawsThaana(const QString& family)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font);
    if (familyOf(raw).compare(family, Qt::CaseInsensitive) != 0)
        return false;
    for (char32_t character : kThaanaProbe) {
        if (!raw.supportsCharacter(character))
            return false;
    }
    return true;
}

// The names text asks for fonts by: the application and fixed-width fonts (on Linux the aliases
// "Sans Serif" and "Monospace") and the generic CSS names (exported summaries say "sans-serif").
QStringList requestedFamilies()
{
    QStringList families { QGuiApplication::font().family(),
        QFontDatabase::systemFont(QFontDatabase::GeneralFont).family(),
        QFontDatabase::systemFont(QFontDatabase::FixedFont).family(), QStringLiteral("sans-serif"),
        QStringLiteral("Sans Serif"), QStringLiteral("serif"), QStringLiteral("Serif"),
        QStringLiteral("monospace"), QStringLiteral("Monospace") };
    QStringList unique;
    for (const QString& family : families) {
        if (!family.isEmpty() && !unique.contains(family, Qt::CaseInsensitive))
            unique.append(family);
    }
    return unique;
}

// Puts `fallbacks` behind every requested family, so text asking for it reaches them before
// Qt's own search (which tries, and warns about, every installed font in turn).
void putBehindRequestedFamilies(const QStringList& fallbacks)
{
    for (const QString& requested : requestedFamilies()) {
        const QString resolved = QFontInfo(QFont(requested)).family();
        QStringList substitutes;
        if (resolved.compare(requested, Qt::CaseInsensitive) != 0) {
            // An alias must still reach its own font first: were the repaired font first in the
            // list, it would become the alias's font and draw the Latin punctuation.
            substitutes.append(resolved);
            QFont::insertSubstitutions(resolved, fallbacks);
        }
        QFont::insertSubstitutions(requested, substitutes + fallbacks); // appends; keeps names once
    }
}

} // namespace

QStringList installedThaanaFamilies()
{
    const QStringList installed = QFontDatabase::families();
    QStringList candidates;
    for (const char16_t* known : kKnownThaanaFamilies)
        candidates.append(QString::fromUtf16(known));
    for (const QString& family : installed) {
        if (family.contains(QLatin1StringView("Thaana"), Qt::CaseInsensitive) && !candidates.contains(family)
            && !family.startsWith(kRepairedPrefix)) {
            candidates.append(family);
        }
    }
    QStringList result;
    for (const QString& family : candidates) {
        if (installed.contains(family) && drawsThaana(family))
            result.append(family);
    }
    return result;
}

ScriptFontSetup installScriptFonts()
{
    ScriptFontSetup setup;
    const QByteArray thaana("thaa");
    QStringList usable;
    for (const QString& family : installedThaanaFamilies()) {
        const auto needed = ScriptFontRepair::needsRepair(family, thaana);
        if (!needed) {
            setup.problems.append(needed.errorMessage());
            continue;
        }
        if (!needed.value()) {
            usable.append(family);
            continue;
        }
        const QString repaired = kRepairedPrefix + family;
        if (QFontDatabase::families().contains(repaired)) { // installed by an earlier call
            usable.append(repaired);
            continue;
        }
        const auto registered = ScriptFontRepair::registerRepairedCopy(family, thaana, repaired);
        if (!registered) {
            setup.problems.append(registered.errorMessage());
            continue;
        }
        setup.repairedFamilies.append(registered.value());
        usable.append(registered.value());
    }
    if (usable.isEmpty()) {
        setup.problems.append(QStringLiteral(
            "no usable Thaana font is installed: Dhivehi text will show as boxes (install fonts-noto-core)"));
        return setup;
    }
    putBehindRequestedFamilies(usable);
    return setup;
}

bool installScriptFontsFor(const QStringList& languages)
{
    static bool installed = false;
    if (installed)
        return true;
    const bool needed = std::any_of(languages.cbegin(), languages.cend(), [](const QString& language) {
        return language.compare(QLatin1StringView("dv"), Qt::CaseInsensitive) == 0
            || language.startsWith(QLatin1StringView("dv-"), Qt::CaseInsensitive);
    });
    if (!needed)
        return false;
    installScriptFonts();
    installed = true;
    return true;
}

} // namespace lantern
