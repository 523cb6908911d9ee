// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "checklist/ChecklistImport.h"
#include "checklist/ChecklistRegistry.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace lantern::test {
namespace {

class ChecklistImportTest : public ::testing::Test
{
protected:
    QString folder() const { return m_dir.filePath(QStringLiteral("user-checklists")); }

    /// The minimal test checklist with `from` replaced by `to`, written to a file outside the folder.
    QString variant(const QString& name, const QByteArray& from = {}, const QByteArray& to = {})
    {
        QByteArray bytes = readFile(dataPath(QStringLiteral("checklists/minimal.json")));
        if (!from.isEmpty()) {
            EXPECT_TRUE(bytes.contains(from));
            bytes.replace(from, to);
        }
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    int versionsInstalled(const QString& id) const
    {
        int count = 0;
        for (const ChecklistEntry& entry : ChecklistRegistry::scan(folder()))
            count += !entry.bundled && entry.load.ok() && entry.load.checklist->id == id ? 1 : 0;
        return count;
    }

    QTemporaryDir m_dir;
};

TEST_F(ChecklistImportTest, InstallsAValidChecklistUnderItsIdAndVersion)
{
    const ChecklistImportResult result = ChecklistImport::import(variant(QStringLiteral("mine.json")), folder());
    ASSERT_EQ(result.kind, ChecklistImportResult::Kind::Installed) << result.message.toStdString();
    EXPECT_EQ(QFileInfo(result.installedPath).fileName(), QStringLiteral("minimal-1.0.0.json"));
    EXPECT_EQ(QFileInfo(result.installedPath).absolutePath(), QFileInfo(folder()).absoluteFilePath());
    EXPECT_EQ(versionsInstalled(QStringLiteral("minimal")), 1);
}

TEST_F(ChecklistImportTest, TheSameFileAgainChangesNothing)
{
    const QString source = variant(QStringLiteral("mine.json"));
    ASSERT_TRUE(ChecklistImport::import(source, folder()).ok());
    const ChecklistImportResult again = ChecklistImport::import(source, folder());
    EXPECT_EQ(again.kind, ChecklistImportResult::Kind::AlreadyInstalled) << again.message.toStdString();
    EXPECT_EQ(versionsInstalled(QStringLiteral("minimal")), 1);
}

TEST_F(ChecklistImportTest, OtherContentUnderAnInstalledVersionIsRefusedAndTheOldFileKept)
{
    ASSERT_TRUE(ChecklistImport::import(variant(QStringLiteral("mine.json")), folder()).ok());
    const QString installed = QDir(folder()).filePath(QStringLiteral("minimal-1.0.0.json"));
    const QByteArray before = readFile(installed);
    const ChecklistImportResult changed = ChecklistImport::import(
        variant(QStringLiteral("changed.json"), "Minimal test checklist", "Changed title"), folder());
    EXPECT_EQ(changed.kind, ChecklistImportResult::Kind::Conflict);
    EXPECT_TRUE(changed.message.contains(QStringLiteral("higher version"))) << changed.message.toStdString();
    EXPECT_EQ(readFile(installed), before);
}

TEST_F(ChecklistImportTest, ANewVersionCoexistsWithTheOld)
{
    ASSERT_TRUE(ChecklistImport::import(variant(QStringLiteral("mine.json")), folder()).ok());
    const ChecklistImportResult next = ChecklistImport::import(
        variant(QStringLiteral("next.json"), "\"version\": \"1.0.0\"", "\"version\": \"1.1.0\""), folder());
    ASSERT_EQ(next.kind, ChecklistImportResult::Kind::Installed) << next.message.toStdString();
    EXPECT_EQ(next.version, QStringLiteral("1.1.0"));
    EXPECT_EQ(versionsInstalled(QStringLiteral("minimal")), 2);
    const QList<ChecklistEntry> entries = ChecklistRegistry::scan(folder()); // find() points into it
    const ChecklistEntry* chosen = ChecklistRegistry::find(entries, QStringLiteral("minimal"));
    ASSERT_NE(chosen, nullptr);
    EXPECT_EQ(chosen->load.checklist->version, QStringLiteral("1.1.0"));
}

TEST_F(ChecklistImportTest, AnInvalidFileIsExplainedWithPositionsAndNothingIsWritten)
{
    const ChecklistImportResult result = ChecklistImport::import(
        variant(QStringLiteral("broken.json"), "\"type\": \"yesno\"", "\"type\": \"yesyes\""), folder());
    EXPECT_EQ(result.kind, ChecklistImportResult::Kind::Invalid);
    ASSERT_FALSE(result.diagnostics.isEmpty());
    const QString first = result.diagnostics.first().toString();
    EXPECT_TRUE(first.startsWith(QStringLiteral("broken.json:"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("yesyes"))) << first.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("nothing was added"))) << result.message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder()));
}

TEST_F(ChecklistImportTest, ABundledChecklistIsNeverShadowedByOtherContent)
{
    const QString copy = m_dir.filePath(QStringLiteral("identification.json"));
    QByteArray bytes = readFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
    QFile same(copy);
    ASSERT_TRUE(same.open(QIODevice::WriteOnly));
    same.write(bytes);
    same.close();
    EXPECT_EQ(ChecklistImport::import(copy, folder()).kind, ChecklistImportResult::Kind::AlreadyInstalled);

    bytes.replace("Victim identification screening", "Edited screening");
    QFile edited(copy);
    ASSERT_TRUE(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(bytes);
    edited.close();
    EXPECT_EQ(ChecklistImport::import(copy, folder()).kind, ChecklistImportResult::Kind::Conflict);
    EXPECT_EQ(versionsInstalled(QStringLiteral("ilo-identification")), 0);
}

TEST_F(ChecklistImportTest, AnUnwritableFolderFailsWithAMessage)
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const ChecklistImportResult result
        = ChecklistImport::import(variant(QStringLiteral("mine.json")), blocker + QStringLiteral("/checklists"));
    EXPECT_EQ(result.kind, ChecklistImportResult::Kind::Failed);
    EXPECT_FALSE(result.message.isEmpty());
}

} // namespace
} // namespace lantern::test
