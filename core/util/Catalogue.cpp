// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Catalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

namespace lantern {

namespace {

// One loaded catalogue per language for the life of the process (a few hundred kB each at most),
// shared by every Catalogue of that language; summaries may be written on a worker thread.
std::shared_ptr<const QTranslator> loadedCatalogue(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(language); it != loaded.constEnd())
        return it.value();
    std::shared_ptr<QTranslator> translator;
    const QLocale locale(language);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english) {
        translator = std::make_shared<QTranslator>();
        if (!translator->load(locale, QStringLiteral("lantern"), QStringLiteral("_"), catalogueFolder()))
            translator.reset();
    }
    loaded.insert(language, translator);
    return translator;
}

} // namespace

Catalogue::Catalogue(const QString& language)
    : m_installed(false)
    , m_translator(loadedCatalogue(language))
{
}

QString Catalogue::translate(const char* context, const char* source) const
{
    if (m_installed)
        return QCoreApplication::translate(context, source);
    const QString translated = m_translator ? m_translator->translate(context, source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString catalogueFolder()
{
    return QStringLiteral(":/lantern/translations");
}

} // namespace lantern
