// SPDX-License-Identifier: GPL-3.0-or-later
// The bilingual interview: with an interview language other than the caseworker's, every
// question shows its text, options and help in the interviewee's language too, beside or above
// the caseworker's, large, in that language's direction, and marked when it is a draft or not
// translated. Changing the language keeps what was typed and the session records it.

#include "InterviewFixture.h"
#include "checklist/Checklist.h"
#include "interview/IntervieweeBlock.h"
#include "util/Catalogue.h"
#include "interview/InterviewText.h"
#include "interview/SessionBar.h"
#include "i18n/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lantern::test {
namespace {

class BilingualInterviewTest : public InterviewFixture
{
protected:
    void openIdentification()
    {
        openFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
    }

    SessionBar* sessions() const { return m_widget->findChild<SessionBar*>(); }

    void chooseLanguage(const QString& code)
    {
        QComboBox* box = sessions()->languageBox();
        const int index = box->findData(code);
        ASSERT_GE(index, 0) << code.toStdString();
        box->setCurrentIndex(index);
        QApplication::processEvents();
    }

    IntervieweeBlock* block(const QString& questionId) const
    {
        QuestionView* question = view(questionId);
        return question ? question->intervieweeBlock() : nullptr;
    }

    QString heading(const QString& questionId) const
    {
        IntervieweeBlock* b = block(questionId);
        auto* label = b ? b->findChild<QLabel*>(QStringLiteral("intervieweeHeading")) : nullptr;
        return label ? label->text() : QString();
    }

    const Question& question(const QString& id) const { return *m_case->checklist().question(id); }
};

TEST_F(BilingualInterviewTest, OneLanguageUntilAnInterviewLanguageIsChosen)
{
    openIdentification();
    EXPECT_EQ(sessions()->chosenLanguage(), QStringLiteral("en"));
    EXPECT_EQ(block(QStringLiteral("consent_given")), nullptr);
    EXPECT_TRUE(m_widget->findChildren<IntervieweeBlock*>().isEmpty());
}

TEST_F(BilingualInterviewTest, ShowsEveryQuestionInTheIntervieweesLanguageToo)
{
    openIdentification();
    chooseLanguage(QStringLiteral("th"));
    const QList<QuestionView*> views = m_widget->findChildren<QuestionView*>();
    ASSERT_FALSE(views.isEmpty());
    for (QuestionView* v : views) {
        IntervieweeBlock* b = v->intervieweeBlock();
        ASSERT_NE(b, nullptr) << v->questionId().toStdString();
        EXPECT_EQ(b->questionLabel()->text(), question(v->questionId()).text.text(QStringLiteral("th")))
            << v->questionId().toStdString();
        EXPECT_FALSE(b->usesFallback()) << v->questionId().toStdString();
    }
    // The caseworker keeps their own language beside it.
    auto* title = view(QStringLiteral("consent_given"))->findChild<QLabel*>(QStringLiteral("questionTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().contains(question(QStringLiteral("consent_given")).text.text(QStringLiteral("en"))));
    // The options of a choice question are there in Thai as well.
    const Question& kind = question(QStringLiteral("exploitation_type"));
    ASSERT_FALSE(kind.options.isEmpty());
    bool found = false;
    for (QLabel* label : block(QStringLiteral("exploitation_type"))->findChildren<QLabel*>())
        found = found || label->text().contains(kind.options.first().label.text(QStringLiteral("th")));
    EXPECT_TRUE(found);
    // A yes/no question offers the interface's own words for the answers, in Thai too.
    const QString thaiYes = Catalogue(QStringLiteral("th")).translate("lantern::AnswerStateBar", "Yes");
    EXPECT_NE(thaiYes, QStringLiteral("Yes"));
    bool yesShown = false;
    for (QLabel* label : block(QStringLiteral("consent_given"))->findChildren<QLabel*>())
        yesShown = yesShown || label->text().contains(thaiYes);
    EXPECT_TRUE(yesShown) << thaiYes.toStdString();
    EXPECT_EQ(Catalogue(QStringLiteral("sw")).translate("lantern::AnswerStateBar", "Yes"), QStringLiteral("Yes"));
    // The bundled Thai is a draft: the caseworker is told so.
    EXPECT_TRUE(heading(QStringLiteral("consent_given")).contains(QStringLiteral("draft translation")))
        << heading(QStringLiteral("consent_given")).toStdString();
}

TEST_F(BilingualInterviewTest, TheIntervieweesTextIsLargeAndBesideOrAboveAsSet)
{
    openIdentification();
    chooseLanguage(QStringLiteral("km"));
    QuestionView* v = view(QStringLiteral("consent_given"));
    auto* title = v->findChild<QLabel*>(QStringLiteral("questionTitle"));
    QLabel* theirs = block(QStringLiteral("consent_given"))->questionLabel();
    // Side by side by default: same row, to the right.
    EXPECT_GT(theirs->mapTo(v, QPoint()).x(), title->mapTo(v, QPoint()).x() + title->width() / 2);
    EXPECT_GE(theirs->font().pointSizeF(), 1.5 * v->font().pointSizeF());

    m_widget->setBilingualLayout(BilingualLayout{true, 200});
    QApplication::processEvents();
    v = view(QStringLiteral("consent_given"));
    title = v->findChild<QLabel*>(QStringLiteral("questionTitle"));
    theirs = block(QStringLiteral("consent_given"))->questionLabel();
    EXPECT_GT(theirs->mapTo(v, QPoint()).y(), title->mapTo(v, QPoint()).y() + title->height() - 1);
    EXPECT_GE(theirs->font().pointSizeF(), 1.95 * v->font().pointSizeF());
}

TEST_F(BilingualInterviewTest, DhivehiRunsRightToLeftInsideALeftToRightInterface)
{
    openIdentification();
    chooseLanguage(QStringLiteral("dv"));
    IntervieweeBlock* b = block(QStringLiteral("consent_given"));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->questionLabel()->layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(m_widget->layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(b->questionLabel()->text(), question(QStringLiteral("consent_given")).text.text(QStringLiteral("dv")));
}

TEST_F(BilingualInterviewTest, MarksTextsThatAreNotInTheIntervieweesLanguage)
{
    // The minimal test checklist has English and Thai only: Khmer falls back to English, visibly.
    openFile(dataPath(QStringLiteral("checklists/minimal.json")));
    chooseLanguage(QStringLiteral("km"));
    const QList<IntervieweeBlock*> blocks = m_widget->findChildren<IntervieweeBlock*>();
    ASSERT_FALSE(blocks.isEmpty());
    for (IntervieweeBlock* b : blocks) {
        EXPECT_TRUE(b->usesFallback());
        auto* label = b->findChild<QLabel*>(QStringLiteral("intervieweeHeading"));
        ASSERT_NE(label, nullptr);
        EXPECT_TRUE(label->text().contains(QStringLiteral("not all translated"))) << label->text().toStdString();
    }
}

TEST_F(BilingualInterviewTest, ChangingTheLanguageKeepsWhatWasTypedAndTheQuestion)
{
    openIdentification();
    const QString id = QStringLiteral("age_at_exploitation");
    m_widget->showQuestion(id);
    QLineEdit* age = view(id)->findChild<QLineEdit*>();
    ASSERT_NE(age, nullptr);
    age->setFocus();
    QTest::keyClicks(age, QStringLiteral("31"));
    // No Enter: the rebuild itself must commit the typing before the views go.
    chooseLanguage(QStringLiteral("bn"));
    const std::optional<Answer> stored = storedAnswer(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->value.toDouble(), 31.0);
    EXPECT_EQ(m_widget->currentQuestionId(), id);
    EXPECT_NE(block(id), nullptr);
}

TEST_F(BilingualInterviewTest, TheSessionRecordsTheLanguagesAndTheCaseReopensInThem)
{
    openIdentification();
    chooseLanguage(QStringLiteral("ne"));
    ASSERT_TRUE(sessions()->toggle().ok());
    auto recorded = m_store->sessions(m_case->info().id);
    ASSERT_TRUE(recorded.ok());
    ASSERT_EQ(recorded->size(), 1);
    EXPECT_EQ(recorded->first().language, QStringLiteral("ne"));
    EXPECT_EQ(recorded->first().interfaceLanguage, QStringLiteral("en"));
    ASSERT_TRUE(sessions()->toggle().ok());

    // The same case opened again comes back bilingual, in the language of its last session.
    m_widget->setCase(m_case, m_store.get());
    EXPECT_EQ(sessions()->chosenLanguage(), QStringLiteral("ne"));
    ASSERT_NE(block(QStringLiteral("consent_given")), nullptr);
    EXPECT_EQ(block(QStringLiteral("consent_given"))->questionLabel()->text(),
              question(QStringLiteral("consent_given")).text.text(QStringLiteral("ne")));
}

// The interview in each script's language (interface and checklist), and bilingual, for
// docs/screenshots when LANTERN_SCREENSHOT_DIR is set.
TEST_F(BilingualInterviewTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set LANTERN_SCREENSHOT_DIR to write screenshots";
    const auto answerSome = [this] {
        QLineEdit* age = view(QStringLiteral("age_at_exploitation"))->findChild<QLineEdit*>();
        age->setFocus();
        QTest::keyClicks(age, QStringLiteral("27"));
        QTest::keyClick(age, Qt::Key_Return);
        press(QStringLiteral("consent_given"), Qt::Key_Y);
        view(QStringLiteral("exploitation_type"))->findChildren<QCheckBox*>().at(0)->click();
        m_widget->showQuestion(QStringLiteral("consent_given"));
        QApplication::processEvents();
    };
    for (const char* language : {"th", "km", "bn", "zh_CN", "dv"}) {
        installTranslator(*qApp, QString::fromLatin1(language));
        openIdentification();
        answerSome();
        const QString name = QStringLiteral("interview-%1.png").arg(checklistLanguageCode(QString::fromLatin1(language)));
        EXPECT_TRUE(m_widget->grab().save(QDir(dir).filePath(name)));
    }
    installTranslator(*qApp, QStringLiteral("en"));
    openIdentification();
    chooseLanguage(QStringLiteral("th"));
    answerSome();
    EXPECT_TRUE(m_widget->grab().save(QDir(dir).filePath(QStringLiteral("interview-bilingual.png"))));
    m_widget->setBilingualLayout(BilingualLayout{true, 160});
    chooseLanguage(QStringLiteral("dv"));
    m_widget->showQuestion(QStringLiteral("exploitation_type"));
    QApplication::processEvents();
    EXPECT_TRUE(m_widget->grab().save(QDir(dir).filePath(QStringLiteral("interview-bilingual-stacked.png"))));
}

} // namespace
} // namespace lantern::test
