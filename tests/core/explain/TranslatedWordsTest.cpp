// SPDX-License-Identifier: GPL-3.0-or-later
// The explanations go through Qt's translation system: with a translator installed for their
// context the words change (the window's interface language), and without one they are English
// again (the command line).
#include "explain/RuleWords.h"
#include "explain/ThresholdWords.h"
#include "ExplainTestSupport.h"

#include <memory>
#include <QCoreApplication>
#include <QSet>
#include <QTranslator>

using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

namespace {

/// Marks every text of the given contexts with "[xx]", so a test sees which words were looked up.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(QSet<QString> contexts)
        : m_contexts(std::move(contexts))
    {
    }

    QString translate(
        const char* context, const char* sourceText, const char* /*disambiguation*/, int /*n*/) const override
    {
        if (!m_contexts.contains(QString::fromUtf8(context)))
            return {};
        return QStringLiteral("[xx]") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

private:
    QSet<QString> m_contexts;
};

class TranslatedWordsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Translators need an application object; gtest_main does not make one.
        if (!QCoreApplication::instance())
            m_application = std::make_unique<QCoreApplication>(m_argc, m_argv);
    }
    void TearDown() override
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        m_application.reset();
    }

    void install(QSet<QString> contexts)
    {
        m_translator = std::make_unique<MarkingTranslator>(std::move(contexts));
        ASSERT_TRUE(QCoreApplication::installTranslator(m_translator.get()));
    }
    void uninstall()
    {
        ASSERT_TRUE(QCoreApplication::removeTranslator(m_translator.get()));
        m_translator.reset();
    }

private:
    int m_argc = 1;
    char m_name[16] = "test_explain";
    char* m_argv[2] = { m_name, nullptr };
    std::unique_ptr<QCoreApplication> m_application;
    std::unique_ptr<MarkingTranslator> m_translator;
};

Threshold twoAlternatives()
{
    Threshold threshold;
    threshold.alternatives
        = { { { CountKey::Strong, 2 } }, { { CountKey::Strong, 1 }, { CountKey::MediumOrWeak, 1 } } };
    return threshold;
}

} // namespace

TEST_F(TranslatedWordsTest, ThresholdSentenceFollowsTheInstalledTranslator)
{
    const QString english = QStringLiteral("Met with 2 strong indicators; or 1 strong and 1 medium or weak");
    ASSERT_EQ(thresholdSentence(twoAlternatives()), english);

    install({ QStringLiteral("lantern::ThresholdWords") });
    // The sentence, the plural noun (with its count filled in), the separator, the "and" of the
    // list and the words for strengths are each looked up.
    EXPECT_EQ(thresholdSentence(twoAlternatives()),
        QStringLiteral("[xx]Met with [xx]2 [xx]strong indicators[xx]; or [xx][xx]1 [xx]strong and "
                       "[xx]1 [xx]medium or weak"));

    uninstall();
    EXPECT_EQ(thresholdSentence(twoAlternatives()), english);
}

TEST_F(TranslatedWordsTest, RuleWordsFollowTheInstalledTranslator)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    const RuleWords words(checklist, ExplainLanguage::of(checklist), RuleSubject::Answers);
    const QJsonValue notUnpaid = json(R"({"!": {"var": "unpaid"}})");
    const QJsonValue adult = json(R"({">=": [{"var": "age"}, 18]})");
    ASSERT_EQ(words.describe(notUnpaid), QStringLiteral("\u201CWere you left unpaid?\u201D is not yes"));
    ASSERT_EQ(words.describe(adult), QStringLiteral("\u201CHow old are you?\u201D is at least 18"));

    install({ QStringLiteral("lantern::RuleWords") });
    // The sentence and the quotes around the question are both the translator's.
    EXPECT_EQ(
        words.describe(notUnpaid), QStringLiteral("[xx][xx]\u201CWere you left unpaid?\u201D is not yes"));
    uninstall();

    install({ QStringLiteral("lantern::RuleOperands") });
    EXPECT_EQ(words.describe(adult), QStringLiteral("[xx]\u201CHow old are you?\u201D is at least 18"));
    uninstall();

    EXPECT_EQ(words.describe(notUnpaid), QStringLiteral("\u201CWere you left unpaid?\u201D is not yes"));
    EXPECT_EQ(words.describe(adult), QStringLiteral("\u201CHow old are you?\u201D is at least 18"));
}
