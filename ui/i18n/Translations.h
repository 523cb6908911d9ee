// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lantern {

/// The review status of one shipped interface translation (resources/translations/lantern_<code>.ts).
struct CatalogueStatus
{
    QString language; ///< the catalogue's suffix: "bn", "zh_CN"...
    bool reviewed = false; ///< a native speaker reviewed it and marked every entry finished
};

/// Every shipped interface translation with its review status: the one table the About dialog,
/// the settings and the docs rely on. A test keeps it in step with the .ts files.
QList<CatalogueStatus> catalogueStatus();

/// The interface languages Lantern ships, as the suffixes of the embedded catalogues
/// ":/lantern/translations/lantern_<code>.qm" (bn, km, zh_CN, ...), in catalogueStatus() order.
QStringList shippedLanguages();

/// A language as its speakers write it ("ไทย"); the English name, or the bare code, when the
/// locale data has no native name.
QString nativeLanguageName(const QString& code);

/// A language as its speakers write it, with its code: "ไทย (th)"; the English name or the bare
/// code when the locale data has no native name.
QString languageDisplayName(const QString& code);

/// What installTranslator() did: the catalogue loaded (empty when the interface stays English)
/// and whether Qt's own translations (standard buttons, dialogs) were found for that language.
struct InstalledTranslation
{
    QString language;
    bool qtBaseLoaded = false;
};

/// Installs Lantern's translation for `language` ("th", "zh_CN", ...), or for the desktop locale
/// (QLocale().uiLanguages()) when `language` is empty, plus Qt's base translations from
/// QLibraryInfo::TranslationsPath when available. Replaces translators installed by an earlier
/// call. English, or a language Lantern does not ship, leaves the interface in English.
InstalledTranslation installTranslator(QCoreApplication& app, const QString& language = {});

/// The interface language installed last ("th", "zh_CN"), "en" for the English interface, or
/// the desktop locale's name before installTranslator() was called.
QString interfaceLanguage();

/// The code checklists use for an interface language: its language part ("zh_CN" -> "zh").
QString checklistLanguageCode(const QString& language);

} // namespace lantern
