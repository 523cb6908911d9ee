// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist browser over what the registry finds: the bundled checklists plus a user folder
// with one valid and one broken file. With LANTERN_SCREENSHOT_DIR set, saves checklist-browser.png.
#include "checklists/ChecklistBrowser.h"

#include "checklist/ChecklistRegistry.h"
#include "checklists/ChecklistDetailView.h"
#include "checklists/QuestionTree.h"
#include "checklists/StrengthTableModel.h"
#include "TestData.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lantern;
using namespace lantern::test;

namespace {

class ChecklistBrowserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("checklists/minimal.json")),
            m_folder.filePath(QStringLiteral("minimal.json"))));
        ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("broken/10-unknown-field.json")),
            m_folder.filePath(QStringLiteral("typo.json"))));
        m_entries = ChecklistRegistry::scan(m_folder.path());
        m_browser.setEntries(m_entries);
        m_browser.resize(1100, 750);
        m_browser.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_browser));
    }

    int indexOf(const QString& id) const
    {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).load.ok() && m_entries.at(i).load.checklist->id == id)
                return i;
        }
        return -1;
    }

    int invalidIndex() const
    {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (!m_entries.at(i).load.ok())
                return i;
        }
        return -1;
    }

    QTemporaryDir m_folder;
    QList<ChecklistEntry> m_entries;
    ChecklistBrowser m_browser;
};

} // namespace

TEST_F(ChecklistBrowserTest, ListsBundledAndUserChecklists)
{
    const QStringList bundled
        = QDir(ChecklistRegistry::bundledFolder()).entryList({ QStringLiteral("*.json") });
    ASSERT_FALSE(bundled.isEmpty());
    EXPECT_EQ(m_browser.entryList()->count(), bundled.size() + 2);
    const int identification = indexOf(QStringLiteral("ilo-identification"));
    ASSERT_GE(identification, 0);
    const QString text = m_browser.entryList()->item(identification)->text();
    EXPECT_TRUE(text.contains(m_entries.at(identification).load.checklist->title.text(QStringLiteral("en"))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("bundled")));
    EXPECT_TRUE(m_browser.entryList()
                    ->item(indexOf(QStringLiteral("minimal")))
                    ->text()
                    .contains(QStringLiteral("minimal.json")));
}

TEST_F(ChecklistBrowserTest, InvalidFileShowsItsPositionedDiagnostics)
{
    const int broken = invalidIndex();
    ASSERT_GE(broken, 0);
    EXPECT_TRUE(m_browser.entryList()->item(broken)->text().contains(QStringLiteral("not valid, 2 problems")))
        << m_browser.entryList()->item(broken)->text().toStdString();
    m_browser.entryList()->setCurrentRow(broken);
    EXPECT_TRUE(m_browser.diagnosticsView()->isVisible());
    const QString diagnostics = m_browser.diagnosticsView()->toPlainText();
    EXPECT_TRUE(diagnostics.contains(
        QStringLiteral("typo.json:5:3: error: unknown field 'titel' (did you mean 'title'?) [/titel]")))
        << diagnostics.toStdString();
    EXPECT_TRUE(
        diagnostics.contains(QStringLiteral("typo.json:1:1: error: missing required field 'title' [/]")));
    EXPECT_FALSE(m_browser.presentButton()->isEnabled());
}

TEST_F(ChecklistBrowserTest, StrengthTableShowsEachIndicatorPerProfile)
{
    m_browser.selectEntry(indexOf(QStringLiteral("ilo-identification")));
    const StrengthTableModel* model = m_browser.detailView()->strengthModel();
    const int education = model->rowOf(QStringLiteral("dr_education"));
    ASSERT_GE(education, 0);
    // Weak in the adult lists, strong in the child lists.
    EXPECT_EQ(model->index(education, model->columnOf(QStringLiteral("adult_labour"))).data().toString(),
        QStringLiteral("\u25A0\u25A1\u25A1 weak"));
    EXPECT_EQ(model->index(education, model->columnOf(QStringLiteral("child_sexual"))).data().toString(),
        QStringLiteral("\u25A0\u25A0\u25A0 strong"));
    const int rulesBroken = model->rowOf(QStringLiteral("ex_rules_broken"));
    EXPECT_EQ(model->index(rulesBroken, model->columnOf(QStringLiteral("adult_sexual"))).data().toString(),
        QStringLiteral("\u2014"));
    EXPECT_EQ(model->index(rulesBroken, model->columnOf(QStringLiteral("adult_sexual")))
                  .data(Qt::ToolTipRole)
                  .toString(),
        QStringLiteral("not weighed in this profile"));
    EXPECT_EQ(model->rowCount(), 56 + 6); // every indicator, under a row for each of the 6 elements
    EXPECT_TRUE(model->isElementRow(education - 8)); // deceptive recruitment's 8th indicator
    EXPECT_EQ(model->index(education - 8, 0).data().toString(), QStringLiteral("Deceptive recruitment"));
    EXPECT_EQ(model->headerData(model->columnOf(QStringLiteral("child_labour")), Qt::Horizontal).toString(),
        QStringLiteral("Children \u2014\nlabour exploitation"));
}

TEST_F(ChecklistBrowserTest, QuestionsScoringAndProvenanceInWords)
{
    m_browser.selectEntry(indexOf(QStringLiteral("ilo-identification")));
    ChecklistDetailView* detail = m_browser.detailView();
    QTreeWidgetItem* violence = detail->questionTree()->questionItem(QStringLiteral("rec_violence"));
    ASSERT_NE(violence, nullptr);
    EXPECT_TRUE(violence->text(QuestionTree::SensitiveColumn).contains(QStringLiteral("sensitive")));
    QTreeWidgetItem* paidLess = detail->questionTree()->questionItem(QStringLiteral("work_paid_less"));
    ASSERT_NE(paidLess, nullptr);
    EXPECT_TRUE(paidLess->text(QuestionTree::SensitiveColumn).isEmpty());
    EXPECT_EQ(paidLess->text(QuestionTree::ShownColumn),
        QStringLiteral("Asked only when \u201CWere you promised a certain amount of pay?\u201D is yes"));
    EXPECT_EQ(detail->questionTree()
                  ->questionItem(QStringLiteral("age_at_exploitation"))
                  ->text(QuestionTree::TypeColumn),
        QStringLiteral("number, 0 to 120"));

    const QString scoring = detail->scoringPage()->toPlainText();
    EXPECT_TRUE(scoring.contains(
        QStringLiteral("Met with 2 strong indicators; or 1 strong and 1 medium or weak; or 3 medium; "
                       "or 2 medium and 1 weak")));
    EXPECT_TRUE(
        scoring.contains(QStringLiteral("Reached when Deceptive recruitment and Exploitative conditions")));
    const QString provenance = detail->provenancePage()->toPlainText();
    EXPECT_TRUE(provenance.contains(QStringLiteral("Still unverified (28)")))
        << provenance.left(400).toStdString();
    EXPECT_TRUE(provenance.contains(QStringLiteral("Threshold rule from a secondary transcription")));
    EXPECT_TRUE(detail->overviewPage()->toPlainText().contains(QStringLiteral("ilo-identification")));

    detail->languageBox()->setCurrentIndex(detail->languageBox()->findData(QStringLiteral("th")));
    EXPECT_TRUE(detail->scoringPage()->toPlainText().contains(QStringLiteral("การจัดหาโดยการหลอกลวง")));
}

TEST_F(ChecklistBrowserTest, PresentAsksForTheChosenProfile)
{
    const int identification = indexOf(QStringLiteral("ilo-identification"));
    m_browser.selectEntry(identification);
    ASSERT_TRUE(m_browser.presentButton()->isEnabled());
    QSignalSpy spy(&m_browser, &ChecklistBrowser::presentRequested);
    m_browser.profileBox()->setCurrentIndex(m_browser.profileBox()->findData(QStringLiteral("child_labour")));
    QTest::mouseClick(m_browser.presentButton(), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), m_entries.at(identification).path);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("child_labour"));
}

TEST(ChecklistBrowserScreenshot, DialogRenders)
{
    const QTemporaryDir emptyUserFolder;
    ASSERT_TRUE(emptyUserFolder.isValid());
    ChecklistBrowserDialog dialog(ChecklistRegistry::scan(emptyUserFolder.path()));
    dialog.resize(1100, 750);
    const QList<ChecklistEntry>& entries = dialog.browser()->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).load.ok() && entries.at(i).load.checklist->id == u"ilo-identification")
            dialog.browser()->selectEntry(i);
    }
    dialog.browser()->detailView()->tabs()->setCurrentIndex(2);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    const QImage image = dialog.grab().toImage();
    ASSERT_EQ(image.size(), QSize(1100, 750));
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(image.save(QDir(folder).filePath(QStringLiteral("checklist-browser.png"))));
    }
}
