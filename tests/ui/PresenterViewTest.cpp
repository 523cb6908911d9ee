// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter: its script for the bundled identification checklist and a worked example,
// the window's keys, and (with LANTERN_SCREENSHOT_DIR set) the screenshots for the docs.
#include "checklist/ChecklistLoader.h"
#include "present/PresenterScript.h"
#include "present/PresenterSlide.h"
#include "present/PresenterWindow.h"
#include "scoring/Scorer.h"
#include "TestData.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace lantern;
using namespace lantern::test;

namespace {

Checklist identification()
{
    const ChecklistLoad load
        = ChecklistLoader::loadFile(QStringLiteral(":/lantern/checklists/identification.json"));
    EXPECT_TRUE(load.ok());
    return load.ok() ? *load.checklist : Checklist();
}

AnswerSet answerSet(const Checklist& checklist, const char* name)
{
    const QJsonObject document = readJsonObject(
        dataPath(QStringLiteral("answers/identification/%1.json").arg(QString::fromUtf8(name))));
    Result<AnswerSet> answers = AnswerSet::fromJson(document, checklist);
    EXPECT_TRUE(answers.ok()) << answers.errorMessage().toStdString();
    return answers.ok() ? answers.value() : AnswerSet();
}

PresenterScript scriptFor(
    const Checklist& checklist, const QString& profile, std::optional<AnswerSet> answers)
{
    Result<PresenterScript> script = PresenterScript::build(
        checklist, { profile, std::move(answers), QStringLiteral("Case study A (fictional)"), {} });
    EXPECT_TRUE(script.ok()) << (script.ok() ? std::string() : script.errorMessage().toStdString());
    return script.ok() ? script.value() : PresenterScript();
}

const ElementResult* scored(const Assessment& assessment, const QString& profile, const QString& element)
{
    for (const ProfileResult& result : assessment.profiles) {
        for (const ElementResult& candidate : result.elements) {
            if (result.profileId == profile && candidate.elementId == element)
                return &candidate;
        }
    }
    return nullptr;
}

SlideMark markOf(Status status)
{
    return status == Status::Met   ? SlideMark::Met
        : status == Status::NotMet ? SlideMark::NotMet
                                   : SlideMark::Undetermined;
}

class PresenterViewTest : public ::testing::Test
{
protected:
    Checklist m_checklist = identification();
    const QString m_adult = QStringLiteral("adult_labour");
};

} // namespace

TEST_F(PresenterViewTest, ScriptWalksTheElementsInOrderThenTheOutcomes)
{
    const PresenterScript script
        = scriptFor(m_checklist, m_adult, answerSet(m_checklist, "a-fishing-vessel-forced-labour"));
    // Title; per element its indicators over pages of at most 4 (8, 8, 10, 9, 15 and 6 indicators:
    // 2+2+3+3+4+2 pages) and a reveal; 4 outcomes; the result.
    EXPECT_EQ(script.size(), 1 + (16 + 6) + 4 + 1);
    ASSERT_GT(script.size(), 2);
    EXPECT_EQ(script.step(0).kind, PresenterStep::Kind::Title);
    EXPECT_EQ(script.steps().last().kind, PresenterStep::Kind::Result);
    EXPECT_EQ(script.steps().last().outcomeId, QStringLiteral("refer_for_identification"));

    const QStringList expected = { QStringLiteral("deceptive_recruitment"),
        QStringLiteral("coercive_recruitment"), QStringLiteral("recruitment_abuse_of_vulnerability"),
        QStringLiteral("exploitation"), QStringLiteral("coercion_at_destination"),
        QStringLiteral("abuse_of_vulnerability_at_destination") };
    EXPECT_EQ(script.elementIds(), expected);
    QStringList revealed;
    QString paging;
    for (const PresenterStep& step : script.steps()) {
        if (step.kind == PresenterStep::Kind::Element) {
            EXPECT_LE(step.blocks.size(), 3);
            if (paging != step.elementId) {
                EXPECT_EQ(revealed.size(), expected.indexOf(step.elementId))
                    << "pages of an element come before its reveal";
            }
            paging = step.elementId;
        } else if (step.kind == PresenterStep::Kind::Reveal) {
            EXPECT_EQ(step.elementId, paging) << "a reveal follows its element's pages";
            revealed.append(step.elementId);
        }
    }
    EXPECT_EQ(revealed, expected);

    QStringList outcomes;
    for (const PresenterStep& step : script.steps()) {
        if (step.kind == PresenterStep::Kind::Outcome)
            outcomes.append(step.outcomeId);
    }
    EXPECT_EQ(outcomes,
        QStringList(
            { QStringLiteral("refer_for_identification"), QStringLiteral("deception_and_exploitation"),
                QStringLiteral("exploitation_only"), QStringLiteral("no_pattern") }));
}

TEST_F(PresenterViewTest, SensitiveQuestionsAreNeverShown)
{
    QStringList sensitive;
    for (const Section& section : m_checklist.sections) {
        for (const Question& question : section.questions) {
            if (question.sensitive)
                sensitive.append(question.text.text(QStringLiteral("en")));
        }
    }
    ASSERT_GE(sensitive.size(), 10);
    for (const Profile& profile : m_checklist.profiles) {
        for (const std::optional<AnswerSet>& answers :
            { std::optional<AnswerSet>(),
                std::optional<AnswerSet>(answerSet(m_checklist, "c-child-sexual-exploitation-deception")) }) {
            const PresenterScript script = scriptFor(m_checklist, profile.id, answers);
            bool saysHidden = false;
            for (const PresenterStep& step : script.steps()) {
                const QString text = step.allText().join(QLatin1Char('\n'));
                for (const QString& question : sensitive) {
                    EXPECT_FALSE(text.contains(question))
                        << profile.id.toStdString() << ": " << question.toStdString();
                }
                saysHidden = saysHidden || text.contains(QStringLiteral("sensitive question"));
            }
            EXPECT_TRUE(saysHidden)
                << "indicators asked with a sensitive question are listed, their question is not";
        }
    }
}

TEST_F(PresenterViewTest, RevealStatusIsTheScorersStatus)
{
    for (const char* name : { "a-fishing-vessel-forced-labour", "b-domestic-worker-exploitation-only",
             "e-mostly-declined", "f-deceived-exploited-no-coercion" }) {
        const AnswerSet answers = answerSet(m_checklist, name);
        const Assessment assessment = Scorer::assess(m_checklist, answers);
        const PresenterScript script = scriptFor(m_checklist, m_adult, answers);
        int reveals = 0;
        for (const PresenterStep& step : script.steps()) {
            if (step.kind != PresenterStep::Kind::Reveal)
                continue;
            ++reveals;
            const ElementResult* result = scored(assessment, m_adult, step.elementId);
            ASSERT_NE(result, nullptr) << name << " " << step.elementId.toStdString();
            EXPECT_EQ(step.verdictMark, markOf(result->status))
                << name << " " << step.elementId.toStdString();
            const QString word = result->status == Status::Met ? QStringLiteral(": met")
                : result->status == Status::NotMet             ? QStringLiteral(": not met")
                                                               : QStringLiteral(": undetermined");
            EXPECT_TRUE(step.verdict.contains(word)) << step.verdict.toStdString();
        }
        EXPECT_EQ(reveals, 6) << name;
    }
    // Case A: coercive recruitment has 2 medium present and could still get a third.
    const PresenterScript script
        = scriptFor(m_checklist, m_adult, answerSet(m_checklist, "a-fishing-vessel-forced-labour"));
    for (const PresenterStep& step : script.steps()) {
        if (step.kind == PresenterStep::Kind::Reveal && step.elementId == u"coercive_recruitment") {
            const QString text = step.allText().join(QLatin1Char('\n'));
            EXPECT_TRUE(text.contains(QStringLiteral("Found: 0 strong, 2 medium, 0 weak")))
                << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("3 medium \u2014 needs 1 more medium")))
                << text.toStdString();
        }
    }
}

TEST_F(PresenterViewTest, OutcomeStepsSayWhichIsReachedAndWhy)
{
    const PresenterScript script
        = scriptFor(m_checklist, m_adult, answerSet(m_checklist, "f-deceived-exploited-no-coercion"));
    QHash<QString, const PresenterStep*> byOutcome;
    for (const PresenterStep& step : script.steps()) {
        if (step.kind == PresenterStep::Kind::Outcome)
            byOutcome.insert(step.outcomeId, &step);
    }
    const PresenterStep* refer = byOutcome.value(QStringLiteral("refer_for_identification"));
    ASSERT_NE(refer, nullptr);
    EXPECT_EQ(refer->verdictMark, SlideMark::NotMet);
    EXPECT_TRUE(refer->verdict.contains(QStringLiteral("Coercion at destination is not met")))
        << refer->verdict.toStdString();
    const PresenterStep* deception = byOutcome.value(QStringLiteral("deception_and_exploitation"));
    ASSERT_NE(deception, nullptr);
    EXPECT_EQ(deception->verdictMark, SlideMark::Met);
    EXPECT_TRUE(deception->verdict.startsWith(QStringLiteral("This is the result.")))
        << deception->verdict.toStdString();
    EXPECT_EQ(byOutcome.value(QStringLiteral("exploitation_only"))->verdictMark, SlideMark::Skipped);
    EXPECT_EQ(script.steps().last().outcomeId, QStringLiteral("deception_and_exploitation"));
}

TEST_F(PresenterViewTest, WithoutAnswersTheRevealShowsTheRuleOnly)
{
    const PresenterScript script = scriptFor(m_checklist, m_adult, std::nullopt);
    EXPECT_EQ(script.size(), 1 + (16 + 6) + 4);
    EXPECT_FALSE(script.assessment().has_value());
    for (const PresenterStep& step : script.steps()) {
        EXPECT_NE(step.kind, PresenterStep::Kind::Result);
        if (step.kind == PresenterStep::Kind::Reveal || step.kind == PresenterStep::Kind::Outcome) {
            EXPECT_TRUE(step.verdict.isEmpty()) << step.heading.toStdString();
        }
        if (step.kind == PresenterStep::Kind::Reveal) {
            ASSERT_EQ(step.blocks.size(), 1);
            EXPECT_EQ(step.blocks.first().lines.first().text, QStringLiteral("2 strong indicators"));
        }
    }
}

TEST_F(PresenterViewTest, ProfileChoice)
{
    EXPECT_FALSE(
        PresenterScript::build(m_checklist, { QStringLiteral("nobody"), std::nullopt, {}, {} }).ok());
    EXPECT_TRUE(PresenterScript::build(m_checklist, { QStringLiteral("nobody"), std::nullopt, {}, {} })
                    .errorMessage()
                    .contains(QStringLiteral("nobody")));
    EXPECT_EQ(PresenterScript::defaultProfile(m_checklist, std::nullopt), m_adult);
    EXPECT_EQ(PresenterScript::defaultProfile(
                  m_checklist, answerSet(m_checklist, "c-child-sexual-exploitation-deception")),
        QStringLiteral("child_sexual"));
}

TEST_F(PresenterViewTest, KeysMoveBetweenSteps)
{
    PresenterWindow window(
        scriptFor(m_checklist, m_adult, answerSet(m_checklist, "a-fishing-vessel-forced-labour")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const int last = window.stepCount() - 1;
    const auto heading
        = [&window] { return window.slide()->findChild<QLabel*>(QStringLiteral("heading"))->text(); };
    EXPECT_EQ(window.counter()->text(), QStringLiteral("1 / %1").arg(window.stepCount()));
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(window.currentStep(), 1);
    EXPECT_EQ(heading(), window.script().step(1).heading);
    QTest::keyClick(&window, Qt::Key_Space);
    QTest::keyClick(&window, Qt::Key_PageDown);
    EXPECT_EQ(window.currentStep(), 3);
    EXPECT_EQ(window.counter()->text(), QStringLiteral("4 / %1").arg(window.stepCount()));
    QTest::keyClick(&window, Qt::Key_Left);
    QTest::keyClick(&window, Qt::Key_PageUp);
    EXPECT_EQ(window.currentStep(), 1);
    QTest::keyClick(&window, Qt::Key_End);
    EXPECT_EQ(window.currentStep(), last);
    EXPECT_EQ(heading(), window.script().step(last).heading);
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(window.currentStep(), last);
    QTest::keyClick(&window, Qt::Key_Home);
    EXPECT_EQ(window.currentStep(), 0);
    QTest::keyClick(&window, Qt::Key_Left);
    EXPECT_EQ(window.currentStep(), 0);
}

TEST_F(PresenterViewTest, TypeSizeFullScreenEscapeAndContrast)
{
    PresenterWindow window(scriptFor(m_checklist, m_adult, std::nullopt));
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.basePixelSize(), 28);
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(window.basePixelSize(), 28);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(window.basePixelSize(), PresenterWindow::kMinimumBasePixels);
    const QLabel* heading = window.slide()->findChild<QLabel*>(QStringLiteral("heading"));
    EXPECT_GE(heading->font().pixelSize(), 28);

    const QColor light = window.palette().color(QPalette::Window);
    QTest::keyClick(&window, Qt::Key_I);
    EXPECT_TRUE(window.isInverted());
    EXPECT_LT(window.palette().color(QPalette::Window).lightness(), 30);
    EXPECT_GT(window.palette().color(QPalette::WindowText).lightness(), 220);
    EXPECT_GT(light.lightness(), 240);

    QTest::keyClick(&window, Qt::Key_F11);
    EXPECT_TRUE(window.isFullScreen());
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_TRUE(window.isVisible());
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(window.isVisible());
}

// Shows `window` at 1280×720 and steps through every slide: none may need scrolling.
static void walkEveryStepAt720p(PresenterWindow& window, const std::string& language)
{
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* scroll = window.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    for (int i = 0; i < window.stepCount(); ++i) {
        window.setStep(i);
        QCoreApplication::processEvents();
        EXPECT_EQ(scroll->verticalScrollBar()->maximum(), 0)
            << language << ": step " << i + 1 << " (" << window.script().step(i).heading.toStdString()
            << ") needs scrolling";
    }
}

TEST_F(PresenterViewTest, EveryStepFitsA720pProjector)
{
    PresenterWindow window(
        scriptFor(m_checklist, m_adult, answerSet(m_checklist, "a-fishing-vessel-forced-labour")));
    walkEveryStepAt720p(window, "en");
}

TEST_F(PresenterViewTest, EveryStepFitsInEveryLanguageOfTheChecklist)
{
    // Thai, Khmer, Dhivehi... run longer or taller than English; no slide may need scrolling.
    const AnswerSet answers = answerSet(m_checklist, "a-fishing-vessel-forced-labour");
    ASSERT_EQ(m_checklist.languages.size(), 12);
    for (const QString& language : m_checklist.languages) {
        Result<PresenterScript> script = PresenterScript::build(
            m_checklist, { m_adult, answers, QStringLiteral("Case study A (fictional)"), language });
        ASSERT_TRUE(script.ok()) << language.toStdString();
        PresenterWindow window(script.value());
        walkEveryStepAt720p(window, language.toStdString());
        // Slides that did not fit were split, never cut: every line is still presented once.
        const auto lineCount = [](const PresenterScript& walked) {
            qsizetype lines = 0;
            for (const PresenterStep& step : walked.steps()) {
                for (const SlideBlock& block : step.blocks)
                    lines += block.lines.size();
            }
            return lines;
        };
        EXPECT_EQ(lineCount(window.script()), lineCount(script.value())) << language.toStdString();
        EXPECT_GE(window.stepCount(), script->size());
        if (language == QLatin1String("en")) {
            EXPECT_EQ(window.stepCount(), script->size()); // English fits as written
        }
        if (language == QLatin1String("mn")) {
            EXPECT_GT(window.stepCount(), script->size()); // the longest translation needed more slides
        }
    }
}

TEST_F(PresenterViewTest, Screenshots)
{
    const AnswerSet answers = answerSet(m_checklist, "a-fishing-vessel-forced-labour");
    PresenterWindow window(scriptFor(m_checklist, m_adult, answers));
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto stepOf = [&window](PresenterStep::Kind kind, const QString& id) {
        for (int i = 0; i < window.stepCount(); ++i) {
            const PresenterStep& step = window.script().step(i);
            if (step.kind == kind && (step.elementId == id || step.outcomeId == id))
                return i;
        }
        return -1;
    };
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    const struct
    {
        PresenterStep::Kind kind;
        QString id;
        QString file;
    } shots[] = { { PresenterStep::Kind::Reveal, QStringLiteral("coercive_recruitment"),
                      QStringLiteral("presenter.png") },
        { PresenterStep::Kind::Outcome, QStringLiteral("refer_for_identification"),
            QStringLiteral("presenter-outcome.png") } };
    for (const auto& shot : shots) {
        const int step = stepOf(shot.kind, shot.id);
        ASSERT_GE(step, 0);
        window.setStep(step);
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        ASSERT_EQ(image.size(), QSize(1280, 720));
        if (!folder.isEmpty()) {
            EXPECT_TRUE(image.save(QDir(folder).filePath(shot.file)));
        }
    }
}
