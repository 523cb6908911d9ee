// SPDX-License-Identifier: GPL-3.0-or-later
// The case list: search as you type, status filter, sorting, new cases, status changes, audit.
#include "ShellTestSupport.h"

#include "cases/AuditDialog.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListWidget.h"
#include "cases/CaseWorkspace.h"
#include "cases/NewCaseDialog.h"
#include "cases/SearchableAnswersDialog.h"
#include "casework/CaseFile.h"
#include "cases/StatusDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/UnlockWidget.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>

using namespace lantern;
using namespace lantern::test;

namespace {

class CaseListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        env.makeDatabase(QStringLiteral("cases.lantern"),
            { QStringLiteral("2026-0001"), QStringLiteral("2026-0002"), QStringLiteral("HARBOUR-17") });
        window = std::make_unique<MainWindow>(env.options(env.path(QStringLiteral("cases.lantern"))));
        window->show();
        type(byName<QLineEdit>(window->unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
        QTest::mouseClick(byName<QPushButton>(window->unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
        ASSERT_EQ(window->currentPage(), window->workspace());
        list = window->workspace()->caseList();
    }

    /// The codes in the order the table shows them.
    QStringList shownCodes() const
    {
        QStringList codes;
        const QAbstractItemModel* shown = list->view()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            codes.append(shown->index(row, CaseListModel::CodeColumn).data().toString());
        return codes;
    }

    CaseId idOf(const QString& code) const
    {
        for (const CaseListEntry& entry : window->session().index().entries()) {
            if (entry.code == code)
                return entry.id;
        }
        return {};
    }

    ShellEnvironment env;
    std::unique_ptr<MainWindow> window;
    CaseListWidget* list = nullptr;
};

} // namespace

TEST_F(CaseListTest, SearchNarrowsTheListAsYouType)
{
    EXPECT_EQ(shownCodes().size(), 3);
    type(list->searchField(), QStringLiteral("harb"));
    EXPECT_EQ(shownCodes(), QStringList { QStringLiteral("HARBOUR-17") });
    list->searchField()->clear();
    type(list->searchField(), QStringLiteral("2026-000"));
    EXPECT_EQ(shownCodes().size(), 2);
    list->searchField()->clear();
    EXPECT_EQ(shownCodes().size(), 3);
}

TEST_F(CaseListTest, SortsByTheClickedColumn)
{
    list->view()->sortByColumn(CaseListModel::CodeColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownCodes(),
        (QStringList { QStringLiteral("2026-0001"), QStringLiteral("2026-0002"), QStringLiteral("HARBOUR-17") }));
    list->view()->sortByColumn(CaseListModel::CodeColumn, Qt::DescendingOrder);
    EXPECT_EQ(shownCodes().first(), QStringLiteral("HARBOUR-17"));
}

TEST_F(CaseListTest, StatusChangeNeedsAReasonIsAuditedAndFiltersByStatus)
{
    const CaseId id = idOf(QStringLiteral("2026-0002"));
    ASSERT_FALSE(id.isNull());
    list->selectCase(id);
    QTest::mouseClick(byName<QPushButton>(list, QStringLiteral("Change status")), Qt::LeftButton);
    auto* dialog = window->findChild<StatusDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findText(QStringLiteral("Referred")));
    dialog->accept(); // no reason yet: refused inline
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->messageBar()->kind(), MessageBar::Kind::Error);
    dialog->reasonField()->setPlainText(QStringLiteral("Referred to the (fictional) national referral desk"));
    dialog->accept();
    QCoreApplication::processEvents();

    EXPECT_EQ(list->messageBar()->kind(), MessageBar::Kind::Positive);
    const CaseListEntry* entry = window->session().index().find(id);
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->status, CaseStatus::Referred);

    auto audit = window->session().store().audit(id);
    ASSERT_TRUE(audit.ok());
    const auto changed = std::find_if(audit->begin(), audit->end(),
        [](const AuditEvent& event) { return event.kind == AuditKind::StatusChanged; });
    ASSERT_NE(changed, audit->end());
    EXPECT_TRUE(changed->detail.contains(QStringLiteral("referral desk")) || changed->to.contains(QStringLiteral("referred")))
        << changed->detail.toStdString() << " / " << changed->to.toStdString();

    // The audit trail dialog shows it in words.
    window->workspace()->showAudit(id);
    auto* auditDialog = window->findChild<AuditDialog*>();
    ASSERT_NE(auditDialog, nullptr);
    QStringList kinds;
    for (int row = 0; row < auditDialog->table()->rowCount(); ++row)
        kinds.append(auditDialog->table()->item(row, 1)->text());
    EXPECT_TRUE(kinds.contains(QStringLiteral("Status changed"))) << kinds.join(QLatin1Char(',')).toStdString();
    auditDialog->reject();

    // Filter by status: only the referred case is left.
    list->statusFilter()->setCurrentIndex(list->statusFilter()->findText(QStringLiteral("Referred")));
    EXPECT_EQ(shownCodes(), QStringList { QStringLiteral("2026-0002") });
    list->statusFilter()->setCurrentIndex(list->statusFilter()->findText(QStringLiteral("Open")));
    EXPECT_EQ(shownCodes().size(), 2);
}

TEST_F(CaseListTest, SearchFindsCasesByTheAnswersTheUserMadeSearchable)
{
    const CaseId id = idOf(QStringLiteral("HARBOUR-17"));
    ASSERT_FALSE(id.isNull());
    {
        auto caseFile = CaseFile::open(window->session().store(), id);
        ASSERT_TRUE(caseFile.ok()) << caseFile.errorMessage().toStdString();
        ASSERT_TRUE(caseFile->setAnswer(QStringLiteral("sex"), Answer { AnswerState::Answered, QStringLiteral("female"), {} }).ok());
        ASSERT_TRUE(window->session().refreshEntry(id, &caseFile.value()).ok());
    }
    type(list->searchField(), QStringLiteral("female"));
    EXPECT_TRUE(shownCodes().isEmpty()) << "an option is not searched by default";

    window->workspace()->searchableAnswersAction()->trigger();
    auto* dialog = window->findChild<SearchableAnswersDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* checklists = dialog->findChild<QComboBox*>();
    checklists->setCurrentIndex(checklists->findData(QStringLiteral("ilo-identification")));
    ASSERT_EQ(dialog->checklistId(), QStringLiteral("ilo-identification"));
    auto* questions = dialog->findChild<QListWidget*>();
    bool ticked = false;
    for (int row = 0; row < questions->count(); ++row) {
        if (questions->item(row)->data(Qt::UserRole).toString() == QStringLiteral("sex")) {
            questions->item(row)->setCheckState(Qt::Checked);
            ticked = true;
        }
    }
    ASSERT_TRUE(ticked);
    dialog->accept();
    QCoreApplication::processEvents();

    EXPECT_EQ(window->workspace()->messageBar()->kind(), MessageBar::Kind::Positive);
    EXPECT_EQ(shownCodes(), QStringList { QStringLiteral("HARBOUR-17") }) << "the list was rebuilt with the new search";
    auto kept = window->session().store().searchableQuestions(QStringLiteral("ilo-identification"));
    ASSERT_TRUE(kept.ok() && kept->has_value());
    EXPECT_TRUE((*kept)->contains(QStringLiteral("sex")));
}

TEST_F(CaseListTest, NewCaseGetsTheNextCodeAndAppearsInTheList)
{
    window->workspace()->newCaseAction()->trigger();
    auto* dialog = window->findChild<NewCaseDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_NE(dialog->checklist(), nullptr);
    EXPECT_EQ(dialog->checklist()->id, QStringLiteral("ilo-identification"));
    const int year = QDate::currentDate().year();
    // The generated code follows this year's highest (none yet in 2027+; 0002 in 2026).
    EXPECT_EQ(dialog->code(), NewCaseDialog::suggestCode({ QStringLiteral("2026-0001"), QStringLiteral("2026-0002") }, year));

    // A code already in use is refused inline.
    dialog->codeField()->setText(QStringLiteral("HARBOUR-17"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->messageBar()->kind(), MessageBar::Kind::Error);

    dialog->codeField()->setText(QStringLiteral("RIVER-3"));
    dialog->accept();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->workspace()->isShowingInterview());
    ASSERT_NE(window->workspace()->openedCase(), nullptr);
    EXPECT_EQ(window->workspace()->openedCase()->info().code, QStringLiteral("RIVER-3"));
    window->workspace()->backToListAction()->trigger();
    EXPECT_TRUE(shownCodes().contains(QStringLiteral("RIVER-3")));
    EXPECT_EQ(shownCodes().size(), 4);
}

TEST(CaseListModelTest, OutcomeIsShownInWordsWithAColourMarkNeverColourAlone)
{
    CaseIndex index;
    CaseListEntry assessed;
    assessed.id = CaseId::generate();
    assessed.code = QStringLiteral("2026-0101");
    assessed.outcomeLevel = 3;
    assessed.outcomeTitle = QStringLiteral("Indicators consistent with trafficking — refer for formal identification");
    assessed.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    CaseListEntry fresh;
    fresh.id = CaseId::generate();
    fresh.code = QStringLiteral("2026-0102");
    fresh.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    index.upsert(assessed);
    index.upsert(fresh);

    CaseListModel model;
    model.setIndex(&index);
    ASSERT_EQ(model.rowCount(), 2);
    const int assessedRow = model.rowOf(assessed.id);
    const int freshRow = model.rowOf(fresh.id);
    const QModelIndex outcome = model.index(assessedRow, CaseListModel::OutcomeColumn);
    EXPECT_EQ(outcome.data().toString(), assessed.outcomeTitle);
    EXPECT_FALSE(outcome.data(Qt::DecorationRole).isNull());
    const QModelIndex none = model.index(freshRow, CaseListModel::OutcomeColumn);
    EXPECT_EQ(none.data().toString(), QStringLiteral("Not assessed yet"));
    EXPECT_TRUE(none.data(Qt::DecorationRole).isNull());
    // Not assessed sorts below every level.
    EXPECT_LT(none.data(CaseListModel::SortRole).toInt(), outcome.data(CaseListModel::SortRole).toInt());
}

TEST(NewCaseDialogTest, SuggestsTheNextCodeOfTheYear)
{
    EXPECT_EQ(NewCaseDialog::suggestCode({}, 2026), formatCaseCode(2026, 1));
    EXPECT_EQ(NewCaseDialog::suggestCode(
                  { QStringLiteral("2026-0007"), QStringLiteral("2025-0042"), QStringLiteral("X-9") }, 2026),
        formatCaseCode(2026, 8));
}
