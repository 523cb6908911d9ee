// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lantern {

/// The interface languages Lantern ships, as the suffixes of the embedded catalogues
/// ":/lantern/translations/lantern_<code>.qm" (bn, km, zh_CN, ...). All are drafts for now.
QStringList shippedLanguages();

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

} // namespace lantern
