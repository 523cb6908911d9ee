// SPDX-License-Identifier: GPL-3.0-or-later
// The question pane: every question type renders with its editor, one-key answer states,
// typed values with inline errors, live relevance and section navigation.
#include "InterviewFixture.h"

#include "interview/DateAnswerEditor.h"
#include "interview/MultiChoiceEditor.h"
#include "interview/NoteSourceEditor.h"
#include "interview/NumberAnswerEditor.h"
#include "interview/SaveIndicator.h"
#include "interview/SectionNavigator.h"
#include "interview/SingleChoiceEditor.h"
#include "interview/TextAnswerEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace lantern::test {
namespace {

// A fictional checklist with one question of every type, help, a note, a required mark and a constraint.
const char kAllTypes[] = R"({
  "format": "lantern-checklist/1", "id": "all-types", "version": "1.0.0",
  "title": {"en": "Every question type"}, "languages": ["en"], "default_language": "en",
  "provenance": {"sources": [{"id": "s", "title": "Fictional"}], "verified": false},
  "sections": [{"id": "one", "title": {"en": "One"}, "questions": [
    {"id": "q_yes", "type": "yesno", "text": {"en": "Did the work start at night?"},
     "help": {"en": "Ask about the first week."}, "interviewer_note": {"en": "Watch for signs of fatigue."},
     "required": true, "sensitive": true},
    {"id": "q_single", "type": "single", "text": {"en": "Who arranged the trip?"},
     "options": [{"id": "friend", "label": {"en": "A friend"}}, {"id": "agent", "label": {"en": "An agent"}}]},
    {"id": "q_multi", "type": "multi", "text": {"en": "Which documents were kept?"},
     "options": [{"id": "passport", "label": {"en": "Passport"}}, {"id": "permit", "label": {"en": "Work permit"}}]},
    {"id": "q_text", "type": "text", "text": {"en": "Name of the town"}},
    {"id": "q_number", "type": "number", "text": {"en": "Hours per day"}, "min": 0, "max": 24,
     "constraint": {"rule": {"<=": [{"var": "q_number"}, 24]}, "message": {"en": "A day has at most 24 hours."}}},
    {"id": "q_date", "type": "date", "text": {"en": "Date of arrival"}}
  ]}],
  "elements": [{"id": "e", "title": {"en": "Element"}, "group": "purpose", "threshold": {"count": 1}}],
  "indicators": [{"id": "i", "title": {"en": "Night work"}, "element": "e", "when": {"question": "q_yes"},
                  "strength": {"all": "strong"}}],
  "profiles": [{"id": "all", "title": {"en": "Everyone"}, "outcomes": [
    {"id": "found", "level": 1, "title": {"en": "Indicator found"}, "advice": {"en": "Talk to a supervisor."},
     "rule": {"var": "e"}},
    {"id": "none", "level": 0, "title": {"en": "No indicators found"}, "advice": {"en": "Keep listening."}, "rule": true}]}]
})";

QLineEdit* lineOf(QuestionView* view)
{
    return view->findChild<QLineEdit*>(QStringLiteral("answerLine_") + view->questionId());
}

void typeAndEnter(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool hasLabelContaining(QWidget* parent, const QString& text)
{
    for (QLabel* label : parent->findChildren<QLabel*>()) {
        if (label->text().contains(text))
            return true;
    }
    return false;
}

using InterviewQuestionTest = InterviewFixture;

TEST_F(InterviewQuestionTest, RendersEveryQuestionTypeWithItsEditor)
{
    openCase(QByteArray(kAllTypes));
    ASSERT_NE(view(QStringLiteral("q_yes")), nullptr);
    EXPECT_EQ(view(QStringLiteral("q_yes"))->editor(), nullptr); // the state bar is its editor
    EXPECT_NE(view(QStringLiteral("q_yes"))->stateBar()->button(AnswerState::Answered, QJsonValue(true)), nullptr);
    EXPECT_NE(qobject_cast<SingleChoiceEditor*>(view(QStringLiteral("q_single"))->editor()), nullptr);
    EXPECT_NE(qobject_cast<MultiChoiceEditor*>(view(QStringLiteral("q_multi"))->editor()), nullptr);
    EXPECT_NE(qobject_cast<TextAnswerEditor*>(view(QStringLiteral("q_text"))->editor()), nullptr);
    EXPECT_NE(qobject_cast<NumberAnswerEditor*>(view(QStringLiteral("q_number"))->editor()), nullptr);
    EXPECT_NE(qobject_cast<DateAnswerEditor*>(view(QStringLiteral("q_date"))->editor()), nullptr);
    // Only yes/no questions offer Yes/No; every question offers the other states.
    EXPECT_EQ(view(QStringLiteral("q_text"))->stateBar()->button(AnswerState::Answered, QJsonValue(true)), nullptr);
    EXPECT_NE(view(QStringLiteral("q_text"))->stateBar()->button(AnswerState::Declined), nullptr);

    QuestionView* yes = view(QStringLiteral("q_yes"));
    EXPECT_TRUE(hasLabelContaining(yes, QStringLiteral("Ask about the first week.")));
    EXPECT_TRUE(hasLabelContaining(yes, QStringLiteral("Watch for signs of fatigue.")));
    EXPECT_TRUE(hasLabelContaining(yes, QStringLiteral("For you")));
    EXPECT_TRUE(hasLabelContaining(yes, QStringLiteral("required")));
    EXPECT_TRUE(hasLabelContaining(yes, QStringLiteral("sensitive")));
    EXPECT_TRUE(hasLabelContaining(view(QStringLiteral("q_number")), QStringLiteral("A day has at most 24 hours.")));
    EXPECT_TRUE(yes->accessibleName().contains(QStringLiteral("Did the work start at night?")));
}

TEST_F(InterviewQuestionTest, EveryQuestionOfTheMinimalAndBundledChecklistsHasAView)
{
    for (const QString& path : {dataPath(QStringLiteral("checklists/minimal.json")),
                                sourcePath(QStringLiteral("resources/checklists/identification.json"))}) {
        openFile(path);
        int questions = 0;
        for (const Section& section : m_case->checklist().sections) {
            for (const Question& question : section.questions) {
                ++questions;
                QuestionView* shown = view(question.id);
                ASSERT_NE(shown, nullptr) << question.id.toStdString();
                EXPECT_EQ(shown->editor() == nullptr, question.type == QuestionType::YesNo) << question.id.toStdString();
                EXPECT_FALSE(shown->accessibleName().isEmpty());
            }
        }
        EXPECT_EQ(m_widget->findChildren<QuestionView*>().size(), questions);
        m_widget.reset();
        m_case.reset();
        m_store.reset();
    }
}

TEST_F(InterviewQuestionTest, EachAnswerStateIsOneKeystrokeAndSavedAtOnce)
{
    openCase(QByteArray(kAllTypes));
    const QString id = QStringLiteral("q_yes");
    const struct
    {
        Qt::Key key;
        AnswerState state;
        QJsonValue value;
    } cases[] = {{Qt::Key_Y, AnswerState::Answered, QJsonValue(true)}, {Qt::Key_N, AnswerState::Answered, QJsonValue(false)},
                 {Qt::Key_U, AnswerState::Unknown, {}}, {Qt::Key_D, AnswerState::Declined, {}},
                 {Qt::Key_S, AnswerState::NotAsked, {}}, {Qt::Key_A, AnswerState::NotApplicable, {}}};
    for (const auto& c : cases) {
        press(id, c.key);
        const std::optional<Answer> stored = storedAnswer(id);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->state, c.state);
        EXPECT_EQ(stored->value, c.value);
        EXPECT_TRUE(view(id)->stateBar()->button(c.state, c.value)->isChecked());
        EXPECT_EQ(view(id)->saveIndicator()->state(), SaveIndicator::State::Saved);
    }
    // A key press moves on to the next question, ready for the next answer.
    EXPECT_EQ(m_widget->currentQuestionId(), QStringLiteral("q_single"));
}

TEST_F(InterviewQuestionTest, LettersTypedIntoANoteAreTextNotAnswers)
{
    openCase(QByteArray(kAllTypes));
    QLineEdit* note = view(QStringLiteral("q_yes"))->noteSource()->noteEdit();
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("yes and no"));
    EXPECT_FALSE(storedAnswer(QStringLiteral("q_yes")).has_value());
    QTest::keyClick(note, Qt::Key_Return);
    const std::optional<Answer> stored = storedAnswer(QStringLiteral("q_yes"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->note, QStringLiteral("yes and no"));
    EXPECT_EQ(stored->state, AnswerState::NotAsked); // a note alone never answers the question
}

TEST_F(InterviewQuestionTest, TypedValuesAreSavedAndBadOnesExplainedInPlace)
{
    openCase(QByteArray(kAllTypes));
    typeAndEnter(lineOf(view(QStringLiteral("q_number"))), QStringLiteral("30"));
    EXPECT_EQ(view(QStringLiteral("q_number"))->saveIndicator()->state(), SaveIndicator::State::Error);
    EXPECT_FALSE(storedAnswer(QStringLiteral("q_number")).has_value());
    typeAndEnter(lineOf(view(QStringLiteral("q_number"))), QStringLiteral("eleven"));
    EXPECT_TRUE(view(QStringLiteral("q_number"))->saveIndicator()->text().contains(QStringLiteral("Enter a number")));
    typeAndEnter(lineOf(view(QStringLiteral("q_number"))), QStringLiteral("11"));
    EXPECT_EQ(view(QStringLiteral("q_number"))->saveIndicator()->state(), SaveIndicator::State::Saved);
    EXPECT_EQ(storedAnswer(QStringLiteral("q_number"))->value.toDouble(), 11.0);

    typeAndEnter(lineOf(view(QStringLiteral("q_date"))), QStringLiteral("15/03/2024"));
    EXPECT_EQ(view(QStringLiteral("q_date"))->saveIndicator()->state(), SaveIndicator::State::Error);
    typeAndEnter(lineOf(view(QStringLiteral("q_date"))), QStringLiteral("2024-03-15"));
    EXPECT_EQ(storedAnswer(QStringLiteral("q_date"))->value.toString(), QStringLiteral("2024-03-15"));

    typeAndEnter(lineOf(view(QStringLiteral("q_text"))), QStringLiteral("Riverside"));
    EXPECT_EQ(storedAnswer(QStringLiteral("q_text"))->value.toString(), QStringLiteral("Riverside"));

    view(QStringLiteral("q_single"))->findChildren<QRadioButton*>().at(1)->click();
    EXPECT_EQ(storedAnswer(QStringLiteral("q_single"))->value.toString(), QStringLiteral("agent"));
    view(QStringLiteral("q_multi"))->findChildren<QCheckBox*>().at(0)->click();
    EXPECT_EQ(storedAnswer(QStringLiteral("q_multi"))->value.toArray(), QJsonArray{QStringLiteral("passport")});

    // The source of an answer is kept with it.
    QComboBox* source = view(QStringLiteral("q_text"))->noteSource()->sourceBox();
    source->setCurrentIndex(source->findData(static_cast<int>(AnswerSource::Document)));
    Q_EMIT source->activated(source->currentIndex());
    auto reopened = CaseFile::open(*m_store, m_case->info().id);
    ASSERT_TRUE(reopened.ok());
    for (const AnswerRecord& record : reopened->answers().records) {
        if (record.questionId == QStringLiteral("q_text")) {
            EXPECT_EQ(record.source, AnswerSource::Document);
        }
    }
}

TEST_F(InterviewQuestionTest, AQuestionThatStopsBeingRelevantDisappearsAndNoLongerCounts)
{
    openFile(dataPath(QStringLiteral("checklists/minimal.json")));
    typeAndEnter(lineOf(view(QStringLiteral("age"))), QStringLiteral("30"));
    view(QStringLiteral("work_type"))->findChildren<QCheckBox*>().at(0)->click();
    press(QStringLiteral("deceived"), Qt::Key_Y);
    press(QStringLiteral("paid"), Qt::Key_Y);
    ASSERT_TRUE(view(QStringLiteral("paid_less"))->isVisibleTo(view(QStringLiteral("paid_less"))->parentWidget()));
    press(QStringLiteral("paid_less"), Qt::Key_Y);
    EXPECT_EQ(elementStatus(assessment(), QStringLiteral("adult"), QStringLiteral("deception")), Status::Met);

    press(QStringLiteral("paid"), Qt::Key_N);
    EXPECT_TRUE(view(QStringLiteral("paid_less"))->isHidden());
    EXPECT_TRUE(storedAnswer(QStringLiteral("paid_less"))->isYes()); // kept...
    EXPECT_NE(elementStatus(assessment(), QStringLiteral("adult"), QStringLiteral("deception")), Status::Met); // ...not counted

    press(QStringLiteral("paid"), Qt::Key_Y);
    EXPECT_FALSE(view(QStringLiteral("paid_less"))->isHidden());
    EXPECT_EQ(elementStatus(assessment(), QStringLiteral("adult"), QStringLiteral("deception")), Status::Met);
}

TEST_F(InterviewQuestionTest, SectionsShowProgressAndCanBeWalkedByKeyboard)
{
    openFile(dataPath(QStringLiteral("checklists/minimal.json")));
    auto* navigator = m_widget->findChild<SectionNavigator*>();
    ASSERT_NE(navigator, nullptr);
    // The work section is not shown until a kind of work is chosen.
    EXPECT_FALSE(navigator->item(1)->flags().testFlag(Qt::ItemIsEnabled));
    EXPECT_TRUE(navigator->item(0)->text().contains(QStringLiteral("0 of 2 answered")));
    view(QStringLiteral("work_type"))->findChildren<QCheckBox*>().at(0)->click();
    EXPECT_TRUE(navigator->item(0)->text().contains(QStringLiteral("1 of 2 answered")));
    EXPECT_TRUE(navigator->item(1)->flags().testFlag(Qt::ItemIsEnabled));
    EXPECT_TRUE(navigator->item(1)->text().contains(QStringLiteral("0 of 3 answered"))); // paid_less hidden

    m_widget->showQuestion(QStringLiteral("age"));
    QTest::keyClick(view(QStringLiteral("age")), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(m_widget->currentQuestionId(), QStringLiteral("deceived"));
    EXPECT_EQ(navigator->currentRow(), 1);
    QTest::keyClick(view(QStringLiteral("deceived")), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(m_widget->currentQuestionId(), QStringLiteral("age"));
    QTest::keyClick(view(QStringLiteral("age")), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(m_widget->currentQuestionId(), QStringLiteral("work_type"));
}

TEST_F(InterviewQuestionTest, ClearingForLockSavesWhatWasBeingTyped)
{
    openCase(QByteArray(kAllTypes));
    QLineEdit* text = lineOf(view(QStringLiteral("q_text")));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Harbour town"));
    ASSERT_TRUE(text->hasFocus());
    m_widget->clear();
    EXPECT_EQ(storedAnswer(QStringLiteral("q_text"))->value.toString(), QStringLiteral("Harbour town"));
    EXPECT_TRUE(m_widget->findChildren<QLineEdit*>(QStringLiteral("answerLine_q_text")).isEmpty());
}

} // namespace
} // namespace lantern::test
