// SPDX-License-Identifier: GPL-3.0-or-later
// A case keeps the checklist it was started on: editing or deleting the checklist file afterwards
// changes nothing about how the case renders and scores.
#include "casework/CaseFile.h"
#include "CaseworkFixture.h"
#include "scoring/AssessmentJson.h"
#include "scoring/Scorer.h"
#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lantern::test {
namespace {

class PinnedChecklistTest : public CaseworkFixture
{
protected:
    void writeChecklist(const QByteArray& bytes)
    {
        QFile file(m_checklistPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    static QJsonObject rendered(const CaseFile& file)
    {
        return toJson(file.assessment(), file.checklist(), QStringLiteral("en"));
    }

    QString m_checklistPath;
};

TEST_F(PinnedChecklistTest, EditedOrDeletedChecklistFileDoesNotChangeTheCase)
{
    m_checklistPath = path(QStringLiteral("my-checklist.json"));
    const QByteArray original = readFile(dataPath(QStringLiteral("checklists/minimal.json")));
    writeChecklist(original);
    auto store = createTraining(QStringLiteral("cases.db"));
    CaseId id;
    QJsonObject before;
    {
        auto file = CaseFile::create(*store, loadChecklist(m_checklistPath));
        ASSERT_TRUE(file.ok());
        for (const auto& [question, value] : std::initializer_list<std::pair<const char*, QJsonValue>> {
                 { "age", 30 }, { "work_type", QJsonArray { QStringLiteral("labour") } },
                 { "deceived", true }, { "paid", true }, { "paid_less", true }, { "hours", 13 } })
            ASSERT_TRUE(file->setAnswer(QString::fromLatin1(question), answered(value)).ok());
        ASSERT_EQ(file->assessment().outcomeId, QStringLiteral("trafficking"));
        id = file->info().id;
        before = rendered(*file);
    }

    // The organisation raises the "excessive hours" threshold from 12 to 16 hours a day.
    QByteArray edited = original;
    edited.replace(
        R"("when": {"question": "hours", "min": 12})", R"("when": {"question": "hours", "min": 16})");
    ASSERT_NE(edited, original);
    writeChecklist(edited);
    const Checklist fromFile = loadChecklist(m_checklistPath);
    auto reopened = CaseFile::open(*store, id);
    ASSERT_TRUE(reopened.ok());
    // The edited file would now score the same answers differently...
    EXPECT_EQ(Scorer::assess(fromFile, reopened->answers().answers).outcomeId, QStringLiteral("none"));
    EXPECT_NE(fromFile.sha256(), reopened->checklist().sha256());
    // ...but the case is scored with the checklist it was started on.
    EXPECT_EQ(rendered(*reopened), before);
    EXPECT_EQ(reopened->assessment().outcomeId, QStringLiteral("trafficking"));
    EXPECT_EQ(reopened->info().checklist.version, QStringLiteral("1.0.0"));

    ASSERT_TRUE(QFile::remove(m_checklistPath));
    auto afterDeletion = CaseFile::open(*store, id);
    ASSERT_TRUE(afterDeletion.ok()) << afterDeletion.errorMessage().toStdString();
    EXPECT_EQ(rendered(*afterDeletion), before);
    EXPECT_EQ(QJsonDocument(rendered(*afterDeletion)).toJson(), QJsonDocument(before).toJson());

    // A new case on the edited checklist pins the edited version beside the old one.
    writeChecklist(edited);
    auto newer = CaseFile::create(*store, loadChecklist(m_checklistPath));
    ASSERT_TRUE(newer.ok());
    EXPECT_NE(newer->info().checklist.sha256, afterDeletion->info().checklist.sha256);
    EXPECT_EQ(CaseFile::open(*store, id)->assessment().outcomeId, QStringLiteral("trafficking"));
}

TEST_F(PinnedChecklistTest, AnIdenticalChecklistIsPinnedOnce)
{
    m_checklistPath = path(QStringLiteral("my-checklist.json"));
    const QByteArray original = readFile(dataPath(QStringLiteral("checklists/minimal.json")));
    writeChecklist(original);
    auto store = createTraining(QStringLiteral("cases.db"));
    auto first = CaseFile::create(*store, loadChecklist(m_checklistPath));
    // Re-indenting the file does not change its identity (canonical bytes).
    QByteArray reindented = original;
    reindented.replace("\n  ", "\n      ");
    writeChecklist(reindented);
    auto second = CaseFile::create(*store, loadChecklist(m_checklistPath));
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->info().checklist.sha256, second->info().checklist.sha256);
    // A checklist object that came from the database (no file bytes) can start cases too.
    auto third = CaseFile::create(*store, first->checklist());
    ASSERT_TRUE(third.ok()) << third.errorMessage().toStdString();
    EXPECT_EQ(third->info().checklist, first->info().checklist);
}

} // namespace
} // namespace lantern::test
