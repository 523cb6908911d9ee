// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "checklist/ChecklistLoader.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lantern;

namespace {

ChecklistLoad loadMinimal()
{
    return ChecklistLoader::loadFile(test::dataPath(QStringLiteral("checklists/minimal.json")));
}

} // namespace

TEST(ChecklistLoader, LoadsEveryPartOfAValidChecklist)
{
    const ChecklistLoad load = loadMinimal();
    ASSERT_TRUE(load.ok()) << (load.diagnostics.isEmpty() ? "" : load.diagnostics.first().toString().toStdString());
    const Checklist& checklist = *load.checklist;
    EXPECT_EQ(checklist.id, QStringLiteral("minimal"));
    EXPECT_EQ(checklist.version, QStringLiteral("1.0.0"));
    EXPECT_EQ(checklist.languages, (QStringList{QStringLiteral("en"), QStringLiteral("th")}));
    EXPECT_EQ(checklist.title.text(QStringLiteral("th")), QStringLiteral("รายการตรวจสอบทดสอบ"));
    ASSERT_EQ(checklist.sections.size(), 2);
    EXPECT_TRUE(checklist.sections.at(1).relevant.isObject());

    const Question* age = checklist.question(QStringLiteral("age"));
    ASSERT_NE(age, nullptr);
    EXPECT_EQ(age->type, QuestionType::Number);
    EXPECT_EQ(age->maximum, 120.0);
    const Question* workType = checklist.question(QStringLiteral("work_type"));
    ASSERT_NE(workType, nullptr);
    EXPECT_EQ(workType->options.size(), 2);
    EXPECT_EQ(workType->sectionId, QStringLiteral("about"));

    const Element* deception = checklist.element(QStringLiteral("deception"));
    ASSERT_NE(deception, nullptr);
    EXPECT_EQ(deception->threshold.kind, Threshold::Kind::AnyOf);
    ASSERT_EQ(deception->threshold.alternatives.size(), 4);
    EXPECT_EQ(deception->threshold.alternatives.at(1).value(CountKey::MediumOrWeak), 1);
    ASSERT_TRUE(deception->citation);
    EXPECT_FALSE(deception->citation->verified);
    EXPECT_EQ(checklist.element(QStringLiteral("exploitation"))->threshold.alternatives.at(0).value(CountKey::Any), 1);

    ASSERT_EQ(checklist.indicators.size(), 4);
    EXPECT_EQ(checklist.indicators.at(2).trigger.kind, Trigger::Kind::Range);
    EXPECT_EQ(checklist.indicators.at(3).trigger.kind, Trigger::Kind::AnyOf);
    EXPECT_FALSE(checklist.indicators.at(3).strengthByProfile.contains(QStringLiteral("adult")));
    EXPECT_EQ(checklist.indicators.at(1).strengthByProfile.value(QStringLiteral("adult")), Strength::Medium);

    const Profile* child = checklist.profile(QStringLiteral("child"));
    ASSERT_NE(child, nullptr);
    ASSERT_EQ(child->outcomes.size(), 2);
    EXPECT_EQ(child->outcomes.at(0).level, 2);
    EXPECT_EQ(checklist.sha256().size(), 64);
}

TEST(ChecklistLoader, HashIgnoresFormattingButNotContent)
{
    const QByteArray original = test::readFile(test::dataPath(QStringLiteral("checklists/minimal.json")));
    QByteArray reformatted = original;
    reformatted.replace("\n  ", "\r\n\t    ").replace("\": ", "\"  :\t");
    QByteArray changed = original;
    changed.replace("\"medium\": 3", "\"medium\": 4");
    const ChecklistLoad a = ChecklistLoader::loadBytes(original, QStringLiteral("a"));
    const ChecklistLoad b = ChecklistLoader::loadBytes(reformatted, QStringLiteral("b"));
    const ChecklistLoad c = ChecklistLoader::loadBytes(changed, QStringLiteral("c"));
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    ASSERT_NE(original, reformatted);
    EXPECT_EQ(a.checklist->sha256(), b.checklist->sha256());
    EXPECT_NE(a.checklist->sha256(), c.checklist->sha256());
}

TEST(ChecklistLoader, UnreadableFileIsAClearError)
{
    const ChecklistLoad load = ChecklistLoader::loadFile(QStringLiteral("/nonexistent/lantern/checklist.json"));
    EXPECT_FALSE(load.ok());
    ASSERT_EQ(load.diagnostics.size(), 1);
    EXPECT_TRUE(load.diagnostics.first().toString().startsWith(
        QStringLiteral("/nonexistent/lantern/checklist.json: error: cannot read the file")));
}

TEST(ChecklistLoader, RefusesHugeFilesBeforeParsing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("huge.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(ChecklistLoader::kMaxFileSize + 1));
    file.close();
    const ChecklistLoad load = ChecklistLoader::loadFile(file.fileName(), QStringLiteral("huge.json"));
    ASSERT_EQ(load.diagnostics.size(), 1);
    EXPECT_EQ(load.diagnostics.first().toString(),
              QStringLiteral("huge.json: error: the file is larger than 8 MiB; this is not a checklist"));
}

TEST(ChecklistLoader, BundledChecklistsAreValid)
{
    const QDir dir(test::sourcePath(QStringLiteral("resources/checklists")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        const ChecklistLoad load = ChecklistLoader::loadFile(dir.filePath(name), name);
        QStringList problems;
        for (const Diagnostic& diagnostic : load.diagnostics)
            problems.append(diagnostic.toString());
        EXPECT_TRUE(load.ok()) << problems.join(u'\n').toStdString();
    }
}

TEST(LocalText, FallsBackToDefaultThenEnglishAndSaysSo)
{
    const LocalText text(QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Paid?")},
                                                {QStringLiteral("th"), QStringLiteral("ได้รับเงิน?")}});
    bool fellBack = true;
    EXPECT_EQ(text.text(QStringLiteral("th"), QStringLiteral("en"), &fellBack), QStringLiteral("ได้รับเงิน?"));
    EXPECT_FALSE(fellBack);
    EXPECT_EQ(text.text(QStringLiteral("km"), QStringLiteral("th"), &fellBack), QStringLiteral("ได้รับเงิน?"));
    EXPECT_TRUE(fellBack);
    EXPECT_EQ(text.text(QStringLiteral("km"), QStringLiteral("ne"), &fellBack), QStringLiteral("Paid?"));
    EXPECT_TRUE(fellBack);
}
