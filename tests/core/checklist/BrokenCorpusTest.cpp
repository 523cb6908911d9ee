// SPDX-License-Identifier: GPL-3.0-or-later
// Every deliberately broken checklist in tests/data/broken fails to load with exactly the
// positioned diagnostics its .expected file lists.
#include "TestData.h"
#include "checklist/ChecklistLoader.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace {

QStringList brokenFiles()
{
    const QDir dir(lantern::test::dataPath(QStringLiteral("broken")));
    return dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

class BrokenCorpus : public testing::TestWithParam<QString>
{
};

TEST_P(BrokenCorpus, FailsWithItsExactPositionedMessages)
{
    const QString name = GetParam();
    const QString path = lantern::test::dataPath(QStringLiteral("broken/") + name);
    const QString expectedPath = path.chopped(5) + QStringLiteral(".expected");
    ASSERT_TRUE(QFileInfo::exists(expectedPath)) << "missing " << expectedPath.toStdString();
    const QString expected = QString::fromUtf8(lantern::test::readFile(expectedPath)).trimmed();

    const lantern::ChecklistLoad load = lantern::ChecklistLoader::loadFile(path, name);
    EXPECT_FALSE(load.ok()) << "a checklist with errors must never load";
    ASSERT_FALSE(load.diagnostics.isEmpty());
    QStringList lines;
    for (const lantern::Diagnostic& diagnostic : load.diagnostics)
        lines.append(diagnostic.toString());
    EXPECT_EQ(lines.join(u'\n').toStdString(), expected.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Files, BrokenCorpus, testing::ValuesIn(brokenFiles()),
                         [](const testing::TestParamInfo<QString>& param) {
                             QString name = param.param.chopped(5);
                             name.replace(u'-', u'_');
                             return name.toStdString();
                         });

TEST(BrokenCorpusSize, HoldsAtLeastTwentyFiveDifferentFaults)
{
    EXPECT_GE(brokenFiles().size(), 25);
}

} // namespace
