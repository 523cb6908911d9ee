// SPDX-License-Identifier: GPL-3.0-or-later
// Long translations do not clip: in every shipped interface language, with the checklist in the
// same language, no button or single-line label of the start, create, unlock and interview
// pages and the searchable-answers dialog is narrower than its text needs, and no page needs to be wider than a small laptop's
// screen (1280 px).

#include "InterviewFixture.h"
#include "cases/SearchableAnswersDialog.h"
#include "checklist/ChecklistLoader.h"
#include "i18n/Translations.h"
#include "shell/CreateDatabaseWidget.h"
#include "shell/StartWidget.h"
#include "shell/UnlockWidget.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>

namespace lantern::test {
namespace {

// Every visible button and single-line label under `root` whose text needs more width than it
// was given, as "class 'text' needs N px, has M px".
QStringList clipped(QWidget* root)
{
    QStringList found;
    const auto check = [&](QWidget* widget, const QString& text) {
        if (!widget->isVisibleTo(root) || text.isEmpty())
            return;
        const int needed = widget->sizeHint().width();
        if (needed > widget->width() + 1)
            found.append(QStringLiteral("%1 '%2' needs %3 px, has %4 px")
                             .arg(QLatin1String(widget->metaObject()->className()), text)
                             .arg(needed)
                             .arg(widget->width()));
    };
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        check(button, button->text());
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->wordWrap() && label->pixmap().isNull())
            check(label, label->text());
    }
    return found;
}

void expectNothingClipped(QWidget* page, const QString& language, const char* what)
{
    page->resize(1280, 800);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page));
    QApplication::processEvents();
    // A translation must not force the page wider than the laptop's screen either.
    EXPECT_LE(page->minimumSizeHint().width(), 1280) << language.toStdString() << ", " << what;
    const QStringList problems = clipped(page);
    EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ", " << what << ":\n"
                                    << problems.join(u'\n').toStdString();
}

class TranslatedLayoutTest : public InterviewFixture
{
protected:
    void TearDown() override { installTranslator(*qApp, QStringLiteral("en")); }
};

TEST_F(TranslatedLayoutTest, NoPageClipsItsTextInAnyLanguage)
{
    for (const QString& language : shippedLanguages()) {
        ASSERT_FALSE(installTranslator(*qApp, language).language.isEmpty()) << language.toStdString();
        {
            StartWidget start;
            expectNothingClipped(&start, language, "start page");
        }
        {
            CreateDatabaseWidget create;
            expectNothingClipped(&create, language, "create page");
        }
        {
            UnlockWidget unlock;
            expectNothingClipped(&unlock, language, "unlock page");
        }
        {
            ChecklistLoad load = ChecklistLoader::loadFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
            ASSERT_TRUE(load.ok());
            SearchableAnswersDialog searchable({ *load.checklist }, {});
            expectNothingClipped(&searchable, language, "searchable answers dialog");
            if (language == u"th" && !qEnvironmentVariableIsEmpty("LANTERN_SCREENSHOT_DIR")) {
                EXPECT_TRUE(searchable.grab().toImage().save(
                    QDir(qEnvironmentVariable("LANTERN_SCREENSHOT_DIR")).filePath(QStringLiteral("searchable-answers-th.png"))));
            }
        }
        openFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
        QApplication::processEvents();
        EXPECT_LE(m_widget->minimumSizeHint().width(), 1280) << language.toStdString() << ", interview";
        const QStringList problems = clipped(m_widget.get());
        EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ", interview:\n"
                                        << problems.join(u'\n').toStdString();
    }
}

} // namespace
} // namespace lantern::test
