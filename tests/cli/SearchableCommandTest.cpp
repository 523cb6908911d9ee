// SPDX-License-Identifier: GPL-3.0-or-later
// `searchable`: which answers `cases --search` finds cases by, chosen per checklist from the
// command line; sensitive and yes/no questions and unknown ids are refused before anything changes.
#include "DatabaseCliTest.h"

using lantern::test::CliRun;
using lantern::test::DatabaseCliTest;
using lantern::test::s;

namespace {

class SearchableCommandTest : public DatabaseCliTest
{
protected:
    void SetUp() override
    {
        initDatabase();
        newCase(s("FICT-501"));
        answer(s("FICT-501"), s("work_type"), s("labour"));
        newCase(s("FICT-502"));
        answer(s("FICT-502"), s("work_type"), s("sexual"));
    }

    /// The codes `cases --search text` lists.
    QStringList found(const QString& text)
    {
        const CliRun listed = run({ s("cases"), db(), s("--search"), text });
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        QStringList codes;
        for (const QString& line : listed.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
            codes.append(line.section(u'\t', 0, 0));
        return codes;
    }
};

TEST_F(SearchableCommandTest, ChoosingAQuestionMakesItsAnswersSearchableAndDefaultUndoesIt)
{
    const CliRun shown = run({ s("searchable"), db(), s("--checklist"), checklist() });
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(shown.out, s("searchable answers of minimal (the default):\n")) << "the test checklist has no text question";
    EXPECT_TRUE(found(s("Labour")).isEmpty());

    const CliRun chosen = run({ s("searchable"), db(), s("--checklist"), checklist(), s("--set"), s("work_type") });
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_EQ(chosen.out, s("2 cases prepared for the new search\nsearchable answers of minimal: work_type\n"));
    EXPECT_EQ(found(s("labour")), QStringList { s("FICT-501") }) << "by the option's label, any case";
    EXPECT_EQ(found(s("Sexual")), QStringList { s("FICT-502") });

    const CliRun reset = run({ s("searchable"), db(), s("--checklist"), checklist(), s("--default") });
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_TRUE(reset.out.endsWith(s("searchable answers of minimal (the default):\n"))) << reset.out.toStdString();
    EXPECT_TRUE(found(s("Labour")).isEmpty());
}

TEST_F(SearchableCommandTest, UnknownAndYesNoQuestionsAreRefusedAndNothingChanges)
{
    const CliRun unknown = run({ s("searchable"), db(), s("--checklist"), checklist(), s("--set"), s("work_type,employer") });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(s("has no question 'employer'"))) << unknown.err.toStdString();
    const CliRun yesNo = run({ s("searchable"), db(), s("--checklist"), checklist(), s("--set"), s("deceived") });
    EXPECT_EQ(yesNo.exitCode, 1);
    EXPECT_TRUE(yesNo.err.contains(s("question 'deceived' cannot be searchable: a yes/no answer holds nothing to search for")))
        << yesNo.err.toStdString();
    EXPECT_TRUE(found(s("Labour")).isEmpty()) << "nothing was chosen";
    const CliRun both = run({ s("searchable"), db(), s("--checklist"), checklist(), s("--set"), s("work_type"), s("--default") });
    EXPECT_NE(both.exitCode, 0) << "--set and --default together is a usage error";
}

} // namespace
