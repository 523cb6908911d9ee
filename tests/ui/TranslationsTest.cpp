// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped interface translations: every catalogue is well formed and complete in its set of
// entries, the drafts keep their placeholders, and an installed catalogue changes what the
// widgets say. Prints translated / draft / empty counts per language (docs/translations.md).
#include "i18n/QtStandardTexts.h"
#include "i18n/Translations.h"
#include "util/Catalogue.h"

#include "shell/StartWidget.h"

#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <memory>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <set>
#include <tuple>
#include <vector>

using namespace lantern;

namespace {

const QString kTsFolder = QStringLiteral(LANTERN_SOURCE_DIR "/resources/translations");

struct Entry
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; ///< one, or one per numerus form
    QString type; ///< "", "unfinished", "vanished", "obsolete"
    bool operator<(const Entry& other) const
    {
        return std::tie(context, source, comment) < std::tie(other.context, other.source, other.comment);
    }
    // Entries are the same entry when context, source and comment agree (translations may differ).
    bool operator==(const Entry& other) const
    {
        return std::tie(context, source, comment) == std::tie(other.context, other.source, other.comment);
    }
};

struct TsCatalogue
{
    QString language; ///< the TS element's language attribute
    std::vector<Entry> entries;
    QString error; ///< empty when the file parsed
};

// The text of a <translation> element: one string, or one per <numerusform> child.
QStringList readTranslation(QXmlStreamReader& xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms.append(xml.readElementText());
    }
    if (!forms.isEmpty())
        return forms;
    return { text.trimmed().isEmpty() ? QString() : text };
}

TsCatalogue readCatalogue(const QString& path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("cannot open %1").arg(path);
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry { context, {}, {}, {}, {} };
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                entry.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                entry.translations = readTranslation(xml);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.entries.push_back(entry);
        }
    }
    if (xml.hasError())
        catalogue.error
            = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

bool hasText(const Entry& entry)
{
    return std::any_of(entry.translations.begin(), entry.translations.end(),
        [](const QString& form) { return !form.isEmpty(); });
}

// Installs a language for one test and always goes back to English, because the other widget
// tests find controls by their English accessible names.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language)
        : installed(installTranslator(*QCoreApplication::instance(), language))
    {
    }
    ~ScopedLanguage() { installTranslator(*QCoreApplication::instance(), QStringLiteral("en")); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;
    const InstalledTranslation installed;
};

bool containsThai(const QString& text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F; });
}

} // namespace

TEST(Translations, EveryShippedLanguageHasACatalogueThatParses)
{
    for (const QString& language : shippedLanguages()) {
        const TsCatalogue catalogue = readCatalogue(kTsFolder + QStringLiteral("/lantern_%1.ts").arg(language));
        EXPECT_TRUE(catalogue.error.isEmpty()) << catalogue.error.toStdString();
        EXPECT_EQ(catalogue.language, language);
        EXPECT_GT(catalogue.entries.size(), 100u) << language.toStdString();
    }
    const auto onDisk = QDir(kTsFolder).entryList({ QStringLiteral("lantern_*.ts") }, QDir::Files);
    EXPECT_EQ(onDisk.size(), shippedLanguages().size())
        << "a catalogue that shippedLanguages() does not list";
}

TEST(Translations, CataloguesHoldTheSameEntriesAndCountsAreReported)
{
    std::set<Entry> reference;
    QString referenceLanguage;
    std::printf("%-6s %8s %8s %8s %8s\n", "lang", "entries", "final", "draft", "empty");
    for (const QString& language : shippedLanguages()) {
        const TsCatalogue catalogue = readCatalogue(kTsFolder + QStringLiteral("/lantern_%1.ts").arg(language));
        ASSERT_TRUE(catalogue.error.isEmpty()) << catalogue.error.toStdString();
        std::set<Entry> keys;
        int finished = 0, draft = 0, empty = 0;
        for (const Entry& entry : catalogue.entries) {
            EXPECT_TRUE(keys.insert(entry).second)
                << language.toStdString() << ": duplicate entry " << entry.source.toStdString();
            EXPECT_NE(entry.type, QStringLiteral("vanished")) << "run lupdate with -no-obsolete";
            EXPECT_NE(entry.type, QStringLiteral("obsolete")) << "run lupdate with -no-obsolete";
            if (!hasText(entry))
                ++empty;
            else if (entry.type == QStringLiteral("unfinished"))
                ++draft;
            else
                ++finished;
        }
        std::printf("%-6s %8zu %8d %8d %8d\n", qPrintable(language), catalogue.entries.size(), finished,
            draft, empty);
        // No native speaker has reviewed any language yet: nothing may claim to be final.
        EXPECT_EQ(finished, 0) << language.toStdString() << " has entries marked finished";
        // Every catalogue is complete: each entry has a draft (every numerus form of it too), so no
        // part of the interface falls back to English. An empty entry fails here by name.
        EXPECT_EQ(empty, 0) << language.toStdString() << " has untranslated entries";
        for (const Entry& entry : catalogue.entries) {
            const bool complete = !entry.translations.isEmpty()
                && std::all_of(entry.translations.begin(), entry.translations.end(),
                    [](const QString& form) { return !form.trimmed().isEmpty(); });
            EXPECT_TRUE(complete) << language.toStdString() << ": no translation of "
                                  << entry.context.toStdString() << " \"" << entry.source.toStdString() << "\"";
        }
        for (const char* first :
            { "Welcome to Lantern", "&Create a new case database…", "&Open an existing database…" }) {
            const auto found
                = std::find_if(catalogue.entries.begin(), catalogue.entries.end(), [&](const Entry& entry) {
                      return entry.context == QStringLiteral("lantern::StartWidget")
                          && entry.source == QString::fromUtf8(first);
                  });
            ASSERT_NE(found, catalogue.entries.end()) << first;
            EXPECT_TRUE(hasText(*found)) << language.toStdString() << " has no draft of " << first;
        }
        if (referenceLanguage.isEmpty()) {
            reference = keys;
            referenceLanguage = language;
            continue;
        }
        EXPECT_TRUE(keys == reference) << language.toStdString() << " and " << referenceLanguage.toStdString()
                                       << " list different source strings: rerun lupdate over all catalogues";
    }
    std::fflush(stdout);
}

TEST(Translations, DraftsKeepEveryPlaceholderOfTheirSource)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    for (const QString& language : shippedLanguages()) {
        const TsCatalogue catalogue = readCatalogue(kTsFolder + QStringLiteral("/lantern_%1.ts").arg(language));
        for (const Entry& entry : catalogue.entries) {
            std::set<QString> wanted;
            for (auto it = placeholder.globalMatch(entry.source); it.hasNext();)
                wanted.insert(it.next().captured(0));
            for (const QString& form : entry.translations) {
                if (form.isEmpty())
                    continue;
                std::set<QString> found;
                for (auto it = placeholder.globalMatch(form); it.hasNext();)
                    found.insert(it.next().captured(0));
                // Every draft shows the same numbers and names as its source, %n included.
                EXPECT_TRUE(found == wanted)
                    << language.toStdString() << ": \"" << form.toStdString()
                    << "\" does not keep the placeholders of \"" << entry.source.toStdString() << "\"";
            }
        }
    }
}

TEST(Translations, ThaiCatalogueTranslatesTheStartPage)
{
    const QString english = QStringLiteral("Welcome to Lantern");
    {
        ScopedLanguage thai(QStringLiteral("th"));
        EXPECT_EQ(thai.installed.language, QStringLiteral("th"));
        const QString translated = QCoreApplication::translate("lantern::StartWidget", "Welcome to Lantern");
        EXPECT_NE(translated, english);
        EXPECT_TRUE(containsThai(translated)) << translated.toStdString();

        StartWidget start;
        const auto labels = start.findChildren<QLabel*>();
        const bool titleInThai = std::any_of(
            labels.begin(), labels.end(), [&](const QLabel* label) { return label->text() == translated; });
        EXPECT_TRUE(titleInThai) << "the start page does not show the Thai title";
    }
    // Back to English once the scope ends.
    EXPECT_EQ(QCoreApplication::translate("lantern::StartWidget", "Welcome to Lantern"), english);
}

// Qt has no Thai, Khmer, Bengali… catalogue of its own; Lantern's carries Qt's standard texts, so
// dialog buttons and the edit menu of a text field are translated too, by Qt itself.
TEST(Translations, QtStandardButtonsAndEditMenusAreTranslatedWhereQtHasNoCatalogue)
{
    for (const QString& language : shippedLanguages()) {
        ScopedLanguage installed(language);
        for (const auto& [context, source] : qtStandardTexts()) {
            if (qstrcmp(source, "OK") == 0)
                continue; // many languages write "OK" as it is
            // Lantern's own catalogue, not whichever installed translator answers first.
            EXPECT_NE(Catalogue(language).translate(context, source), QString::fromUtf8(source))
                << language.toStdString() << ": " << context << " \"" << source << "\"";
        }
        if (installed.installed.qtBaseLoaded)
            continue; // Qt's own catalogue answers for these
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(),
            QCoreApplication::translate("QPlatformTheme", "Cancel"))
            << language.toStdString() << ": the button does not use the catalogue's Cancel";
        QLineEdit field;
        std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
        QStringList texts;
        for (const QAction* action : menu->actions())
            texts.append(action->text().section(u'\t', 0, 0)); // without the shortcut Qt appends
        EXPECT_TRUE(texts.contains(QCoreApplication::translate("QLineEdit", "&Paste")))
            << language.toStdString() << ": " << texts.join(u'|').toStdString();
    }
}

TEST(Translations, DesktopLocaleChoosesTheCatalogue)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    {
        ScopedLanguage desktop { QString() };
        EXPECT_EQ(desktop.installed.language, QStringLiteral("zh_CN"));
        EXPECT_TRUE(desktop.installed.qtBaseLoaded) << "qt6-translations-l10n ships qtbase_zh_CN.qm";
    }
    QLocale::setDefault(QLocale(QStringLiteral("km_KH")));
    {
        ScopedLanguage desktop { QString() };
        EXPECT_EQ(desktop.installed.language, QStringLiteral("km"));
    }
    QLocale::setDefault(previous);
}

TEST(Translations, EnglishAndUnshippedLanguagesStayEnglish)
{
    {
        ScopedLanguage english(QStringLiteral("en_GB"));
        EXPECT_TRUE(english.installed.language.isEmpty());
    }
    {
        ScopedLanguage swahili(QStringLiteral("sw"));
        EXPECT_TRUE(swahili.installed.language.isEmpty());
        EXPECT_EQ(QCoreApplication::translate("lantern::StartWidget", "Welcome to Lantern"),
            QStringLiteral("Welcome to Lantern"));
    }
}
