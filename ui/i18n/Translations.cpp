// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include "util/Catalogue.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lantern {

namespace {

// Marks the translators this file installed, so a later call can replace them.
const auto kTranslatorName = QStringLiteral("lantern-i18n-translator");

QString& currentLanguage()
{
    static QString language; // empty until installTranslator() ran
    return language;
}

// Right-to-left interface languages (Dhivehi) mirror the whole window.
InstalledTranslation settle(InstalledTranslation installed)
{
    currentLanguage() = installed.language.isEmpty() ? QStringLiteral("en") : installed.language;
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(QLocale(currentLanguage()).textDirection());
    return installed;
}

void removeOurTranslators(QCoreApplication& app)
{
    const auto ours = app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (auto* translator : ours) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A translator owned by `app`, installed when `fileName` (no suffix) loads from `folder`
// for `locale`; nullptr otherwise. QTranslator::load(QLocale, ...) tries the locale's UI
// languages from most to least specific (zh_Hans_CN, zh_CN, zh, ...).
QTranslator* loadInto(
    QCoreApplication& app, const QLocale& locale, const QString& fileName, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(locale, fileName, QStringLiteral("_"), folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QList<CatalogueStatus> catalogueStatus()
{
    // Machine-assisted drafts, none reviewed by a native speaker yet. When a review is done and
    // its entries are marked finished in the .ts file, set `reviewed` here (docs/translations.md).
    return {
        { QStringLiteral("bn"), false },
        { QStringLiteral("km"), false },
        { QStringLiteral("zh_CN"), false },
        { QStringLiteral("hi"), false },
        { QStringLiteral("ja"), false },
        { QStringLiteral("ko"), false },
        { QStringLiteral("dv"), false },
        { QStringLiteral("mn"), false },
        { QStringLiteral("ne"), false },
        { QStringLiteral("fil"), false },
        { QStringLiteral("th"), false },
    };
}

QStringList shippedLanguages()
{
    QStringList languages;
    for (const CatalogueStatus& status : catalogueStatus())
        languages.append(status.language);
    return languages;
}

QString nativeLanguageName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? QLocale::languageToString(locale.language()) : native;
}

QString languageDisplayName(const QString& code)
{
    const QString name = nativeLanguageName(code);
    return name == code ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

InstalledTranslation installTranslator(QCoreApplication& app, const QString& language)
{
    removeOurTranslators(app);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English is the source language. Checked first so that a desktop set to English with a
    // second preferred language keeps the English interface it asked for.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return settle({});

    auto* ours = loadInto(app, locale, QStringLiteral("lantern"), catalogueFolder());
    if (ours == nullptr)
        return settle({});
    InstalledTranslation installed;
    // The catalogue's own file name says which language matched (e.g. "lantern_zh_CN.qm").
    installed.language = ours->filePath()
                             .section(QLatin1Char('/'), -1)
                             .section(QLatin1Char('.'), 0, 0)
                             .mid(QStringLiteral("lantern_").size());
    installed.qtBaseLoaded
        = loadInto(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        != nullptr;
    return settle(installed);
}

QString interfaceLanguage()
{
    return currentLanguage().isEmpty() ? QLocale().name() : currentLanguage();
}

QString checklistLanguageCode(const QString& language)
{
    return language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
}

} // namespace lantern
