// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lantern {

namespace {

const auto kCatalogueFolder = QStringLiteral(":/lantern/translations");
// Marks the translators this file installed, so a later call can replace them.
const auto kTranslatorName = QStringLiteral("lantern-i18n-translator");

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

QStringList shippedLanguages()
{
    return { QStringLiteral("bn"), QStringLiteral("km"), QStringLiteral("zh_CN"), QStringLiteral("hi"),
        QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("dv"), QStringLiteral("mn"),
        QStringLiteral("ne"), QStringLiteral("fil"), QStringLiteral("th") };
}

InstalledTranslation installTranslator(QCoreApplication& app, const QString& language)
{
    removeOurTranslators(app);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English is the source language. Checked first so that a desktop set to English with a
    // second preferred language keeps the English interface it asked for.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};

    auto* ours = loadInto(app, locale, QStringLiteral("lantern"), kCatalogueFolder);
    if (ours == nullptr)
        return {};
    InstalledTranslation installed;
    // The catalogue's own file name says which language matched (e.g. "lantern_zh_CN.qm").
    installed.language = ours->filePath()
                             .section(QLatin1Char('/'), -1)
                             .section(QLatin1Char('.'), 0, 0)
                             .mid(QStringLiteral("lantern_").size());
    installed.qtBaseLoaded
        = loadInto(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        != nullptr;
    return installed;
}

} // namespace lantern
