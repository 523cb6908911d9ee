// SPDX-License-Identifier: GPL-3.0-or-later
// What a checklist author or trainer reads when a checklist does not load or import goes through
// the translation system: the import dialog and the checklist browser show it in the interface's
// language. The command line installs no translation and stays in English (BrokenCorpusTest).
#include "MarkingTranslator.h"
#include "TestData.h"
#include "checklist/ChecklistImport.h"
#include "checklist/ChecklistLoader.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace lantern::test {
namespace {

const QString kMark = QStringLiteral("[xx]");

TEST(TranslatedDiagnosticsTest, EveryMessageOfTheBrokenCorpusIsLookedUp)
{
    const ScopedMarkingTranslator marking({ QStringLiteral("lantern::") });
    ASSERT_TRUE(marking.isInstalled());
    const QDir dir(dataPath(QStringLiteral("broken")));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);
    int messages = 0;
    for (const QString& name : files) {
        const ChecklistLoad load = ChecklistLoader::loadFile(dir.filePath(name), name);
        EXPECT_FALSE(load.ok()) << name.toStdString();
        for (const Diagnostic& diagnostic : load.diagnostics) {
            ++messages;
            EXPECT_TRUE(diagnostic.message.startsWith(kMark))
                << name.toStdString() << ": " << diagnostic.message.toStdString();
        }
    }
    EXPECT_GE(messages, files.size());
}

TEST(TranslatedDiagnosticsTest, ImportMessagesAreLookedUpAndEnglishWithoutATranslation)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString broken = dataPath(QStringLiteral("broken/01-syntax-trailing-comma.json"));
    {
        const ScopedMarkingTranslator marking({ QStringLiteral("lantern::") });
        const ChecklistImportResult refused = ChecklistImport::import(broken, folder.path());
        EXPECT_TRUE(refused.message.startsWith(kMark)) << refused.message.toStdString();
        const ChecklistImportResult added
            = ChecklistImport::import(dataPath(QStringLiteral("checklists/minimal.json")), folder.path());
        EXPECT_TRUE(added.message.startsWith(kMark)) << added.message.toStdString();
    }
    const ChecklistImportResult again
        = ChecklistImport::import(dataPath(QStringLiteral("checklists/minimal.json")), folder.path());
    EXPECT_FALSE(again.message.contains(kMark));
    EXPECT_TRUE(again.message.contains(QStringLiteral("is already installed; nothing changed."))) << again.message.toStdString();
}

} // namespace
} // namespace lantern::test
