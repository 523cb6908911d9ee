// SPDX-License-Identifier: GPL-3.0-or-later
// The answers the case list searches are the user's choice per checklist: by default the text
// questions not marked sensitive; a chosen set (never a sensitive or yes/no question) otherwise,
// kept in the database and applied to every case on that checklist at once.
#include "casework/CaseFile.h"
#include "casework/CaseIndex.h"
#include "casework/SearchableAnswers.h"
#include "CaseworkFixture.h"

namespace lantern::test {
namespace {

class SearchableAnswersTest : public CaseworkFixture
{
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        m_checklist = allTypes();
        m_store = createEncrypted(QStringLiteral("search.lantern"));
        ASSERT_TRUE(m_store);
    }

    /// A case answered with a business name, a sensitive place, a sector and a yes/no.
    CaseFile answeredCase(const QString& code, const QString& employer, const QString& sector)
    {
        auto created = CaseFile::create(*m_store, m_checklist, code);
        EXPECT_TRUE(created.ok()) << created.errorMessage().toStdString();
        CaseFile file = std::move(created).value();
        EXPECT_TRUE(file.setAnswer(QStringLiteral("employer"), answered(employer)).ok());
        EXPECT_TRUE(file.setAnswer(QStringLiteral("place"), answered(QStringLiteral("Riverside shelter"))).ok());
        EXPECT_TRUE(file.setAnswer(QStringLiteral("sector"), answered(sector)).ok());
        EXPECT_TRUE(file.setAnswer(QStringLiteral("deceived"), answered(true)).ok());
        return file;
    }

    /// The codes of the cases a freshly built index finds for `text`.
    QStringList found(const QString& text)
    {
        auto index = CaseIndex::build(*m_store);
        EXPECT_TRUE(index.ok()) << index.errorMessage().toStdString();
        QStringList codes;
        if (index) {
            for (qsizetype position : index->match({ text, {} }))
                codes.append(index->entries().at(position).code);
        }
        codes.sort();
        return codes;
    }

    Checklist m_checklist;
    std::unique_ptr<CaseStore> m_store;
};

TEST_F(SearchableAnswersTest, ByDefaultTheListSearchesTextAnswersThatAreNotSensitive)
{
    answeredCase(QStringLiteral("S-1"), QStringLiteral("Blue Harbour Trading"), QStringLiteral("fishing"));
    EXPECT_EQ(CaseSummary::defaultSearchable(m_checklist), QStringList { QStringLiteral("employer") });
    EXPECT_EQ(found(QStringLiteral("harbour")), QStringList { QStringLiteral("S-1") });
    EXPECT_TRUE(found(QStringLiteral("Riverside")).isEmpty()) << "a sensitive answer is never searched";
    EXPECT_TRUE(found(QStringLiteral("Fishing")).isEmpty()) << "an option is not searched by default";
    auto choice = m_store->searchableQuestions(m_checklist.id);
    ASSERT_TRUE(choice.ok());
    EXPECT_FALSE(choice->has_value());
}

TEST_F(SearchableAnswersTest, AChoiceAppliesToEveryCaseOnTheChecklistAndIsKept)
{
    answeredCase(QStringLiteral("S-1"), QStringLiteral("Blue Harbour Trading"), QStringLiteral("fishing"));
    answeredCase(QStringLiteral("S-2"), QStringLiteral("Green Field Ltd"), QStringLiteral("farm"));
    auto applied = applySearchableQuestions(*m_store, m_checklist.id, QStringList { QStringLiteral("sector") });
    ASSERT_TRUE(applied.ok()) << applied.errorMessage().toStdString();
    EXPECT_EQ(*applied, 2);
    EXPECT_EQ(found(QStringLiteral("farm")), QStringList { QStringLiteral("S-2") }) << "by the option's label";
    EXPECT_TRUE(found(QStringLiteral("harbour")).isEmpty()) << "the business name is no longer searched";

    // Kept in the database: after reopening, a new answer is summarised with the choice too.
    m_store.reset();
    m_store = reopen(QStringLiteral("search.lantern"));
    ASSERT_TRUE(m_store);
    auto choice = m_store->searchableQuestions(m_checklist.id);
    ASSERT_TRUE(choice.ok() && choice->has_value());
    EXPECT_EQ(**choice, QStringList { QStringLiteral("sector") });
    answeredCase(QStringLiteral("S-3"), QStringLiteral("Red Lantern Foods"), QStringLiteral("farm"));
    EXPECT_EQ(found(QStringLiteral("farm")), (QStringList { QStringLiteral("S-2"), QStringLiteral("S-3") }));
}

TEST_F(SearchableAnswersTest, SensitiveAndYesNoQuestionsAreNeverSearchedEvenWhenChosen)
{
    const QStringList chosen { QStringLiteral("place"), QStringLiteral("deceived"), QStringLiteral("control"),
        QStringLiteral("no_such_question") };
    EXPECT_EQ(CaseSummary::searchableOf(m_checklist, chosen), QStringList { QStringLiteral("control") });
    answeredCase(QStringLiteral("S-1"), QStringLiteral("Blue Harbour Trading"), QStringLiteral("fishing"));
    ASSERT_TRUE(applySearchableQuestions(*m_store, m_checklist.id, chosen).ok());
    EXPECT_TRUE(found(QStringLiteral("Riverside")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("true")).isEmpty());
}

TEST_F(SearchableAnswersTest, BackToTheDefault)
{
    answeredCase(QStringLiteral("S-1"), QStringLiteral("Blue Harbour Trading"), QStringLiteral("fishing"));
    ASSERT_TRUE(applySearchableQuestions(*m_store, m_checklist.id, QStringList { QStringLiteral("sector") }).ok());
    ASSERT_EQ(found(QStringLiteral("fishing")), QStringList { QStringLiteral("S-1") });
    ASSERT_TRUE(applySearchableQuestions(*m_store, m_checklist.id, std::nullopt).ok());
    EXPECT_TRUE(found(QStringLiteral("fishing")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("harbour")), QStringList { QStringLiteral("S-1") });
    auto choice = m_store->searchableQuestions(m_checklist.id);
    ASSERT_TRUE(choice.ok());
    EXPECT_FALSE(choice->has_value());
}

TEST_F(SearchableAnswersTest, TheChoiceNeedsAnUnlockedDatabase)
{
    m_store->lock();
    EXPECT_FALSE(applySearchableQuestions(*m_store, m_checklist.id, QStringList { QStringLiteral("sector") }).ok());
    EXPECT_FALSE(m_store->searchableQuestions(m_checklist.id).ok());
}

} // namespace
} // namespace lantern::test
