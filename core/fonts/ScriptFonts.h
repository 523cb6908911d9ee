// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace lantern {

/// What installScriptFonts() did.
struct ScriptFontSetup
{
    QStringList repairedFamilies; ///< copies registered so Qt accepts them, e.g. "Lantern Noto Sans Thaana"
    QStringList problems; ///< what could not be done, one sentence each
};

/// Makes every script of Lantern's users render, on screen and in exported PDFs. Call once at
/// start, after the QApplication exists and before the first window or export:
///
///     lantern::installScriptFonts();
///
/// The fonts themselves come from the system (Debian: fonts-noto-core, fonts-noto-cjk; see
/// docs/fonts.md). Qt 6.4 refuses the installed Thaana font because its GSUB table does not
/// list Thaana; this registers a repaired copy of it and puts that copy behind the default
/// and generic font families, so Dhivehi is drawn instead of boxes. Safe to call again.
ScriptFontSetup installScriptFonts();

/// Calls installScriptFonts() once, the first time text in one of `languages` (BCP 47 codes,
/// e.g. a checklist's languages) is about to be shown: only Dhivehi ("dv") needs it today. The
/// setup costs tens of milliseconds of font loading, which a window that shows no Thaana text
/// should not pay at start. Returns whether the fonts are set up (now or before).
bool installScriptFontsFor(const QStringList& languages);

/// The families whose fonts draw Thaana, best first, as installed on this machine.
/// (Qt's own QFontDatabase::families(QFontDatabase::Thaana) is empty on Linux: Qt asks
/// fontconfig for language "div" where fontconfig says "dv".)
QStringList installedThaanaFamilies();

} // namespace lantern
