// SPDX-License-Identifier: GPL-3.0-or-later
// Exports from the window: one case's summary (PDF, HTML, JSON), its print preview, and many
// selected cases at once with progress and cancel. All case data is fictional.
#include "cases/CaseListWidget.h"
#include "cases/CaseWorkspace.h"
#include "export/ExportActions.h"
#include "export/ExportCaseDialog.h"
#include "export/ExportCasesDialog.h"
#include "export/SummaryPreview.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/UnlockWidget.h"
#include "ShellTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString kNote = QStringLiteral("Fictional note the recruiter kept a blue folder of passports");

class ExportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        env.makeDatabase(
            QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001"), QStringLiteral("LAKE-42") });
        window = std::make_unique<MainWindow>(env.options(env.path(QStringLiteral("cases.lantern"))));
        window->show();
        type(byName<QLineEdit>(window->unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
        QTest::mouseClick(
            byName<QPushButton>(window->unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
        ASSERT_EQ(window->currentPage(), window->workspace());
        workspace = window->workspace();
    }

    CaseId idOf(const QString& code) const
    {
        for (const CaseListEntry& entry : window->session().index().entries()) {
            if (entry.code == code)
                return entry.id;
        }
        return {};
    }

    /// Opens LAKE-42 and answers one question with a note.
    void openWithNote()
    {
        workspace->openCase(idOf(QStringLiteral("LAKE-42")));
        ASSERT_NE(workspace->openedCase(), nullptr);
        Answer answer;
        answer.state = AnswerState::Answered;
        answer.value = true;
        answer.note = kNote;
        ASSERT_TRUE(workspace->openedCase()->setAnswer(QStringLiteral("rec_deceived_job"), answer).ok());
    }

    ExportCaseDialog* openExportCaseDialog()
    {
        EXPECT_TRUE(workspace->exports()->exportSummaryAction()->isEnabled());
        workspace->exports()->exportSummaryAction()->trigger();
        return window->findChild<ExportCaseDialog*>();
    }

    int exportedEvents(const CaseId& id) const
    {
        auto audit = window->session().store().audit(id);
        EXPECT_TRUE(audit.ok());
        return audit.ok() ? int(std::count_if(audit->begin(), audit->end(),
                   [](const AuditEvent& event) { return event.kind == AuditKind::Exported; }))
                          : -1;
    }

    ExportCasesDialog* openExportCasesDialog()
    {
        CaseListWidget* list = workspace->caseList();
        list->view()->selectAll();
        EXPECT_EQ(list->selectedCases().size(), 2);
        QPushButton* button = byName<QPushButton>(list, QStringLiteral("Export selected cases"));
        EXPECT_TRUE(button && button->isEnabled());
        if (button)
            QTest::mouseClick(button, Qt::LeftButton);
        return window->findChild<ExportCasesDialog*>();
    }

    ShellEnvironment env;
    std::unique_ptr<MainWindow> window;
    CaseWorkspace* workspace = nullptr;
};

} // namespace

TEST_F(ExportDialogTest, ExportsTheOpenCaseAsPdfAndAuditsIt)
{
    openWithNote();
    const CaseId id = workspace->openedCase()->info().id;
    const int before = exportedEvents(id);
    ExportCaseDialog* dialog = openExportCaseDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(byName<QCheckBox>(dialog, QStringLiteral("Include caseworker notes"))->isChecked());
    const QString pdf = env.path(QStringLiteral("lake-42.pdf"));
    dialog->setPath(pdf);
    QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Export")), Qt::LeftButton);
    QCoreApplication::processEvents();

    ASSERT_TRUE(QFile::exists(pdf));
    EXPECT_EQ(workspace->messageBar()->kind(), MessageBar::Kind::Positive);
    EXPECT_TRUE(workspace->messageBar()->text().contains(QStringLiteral("LAKE-42")));
    EXPECT_EQ(exportedEvents(id), before + 1);

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess process;
    process.start(pdftotext, { pdf, QStringLiteral("-") });
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("LAKE-42")));
}

TEST_F(ExportDialogTest, HtmlWithoutNotesLeavesTheNoteOut)
{
    openWithNote();
    ExportCaseDialog* dialog = openExportCaseDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setKind(SummaryKind::Html);
    EXPECT_FALSE(dialog->paperBox()->isEnabled());
    const QString withNotes = env.path(QStringLiteral("with-notes.html"));
    dialog->setPath(withNotes);
    dialog->accept();
    QCoreApplication::processEvents();
    QFile first(withNotes);
    ASSERT_TRUE(first.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(first.readAll()).contains(kNote)); // the check below can fail

    dialog = openExportCaseDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setKind(SummaryKind::Html);
    dialog->notesBox()->setChecked(false);
    const QString withoutNotes = env.path(QStringLiteral("without-notes.html"));
    dialog->setPath(withoutNotes);
    dialog->accept();
    QCoreApplication::processEvents();
    QFile second(withoutNotes);
    ASSERT_TRUE(second.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(second.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("LAKE-42")));
    EXPECT_FALSE(html.contains(kNote));

    auto audit = window->session().store().audit(workspace->openedCase()->info().id);
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_EQ(audit->last().kind, AuditKind::Exported);
}

TEST_F(ExportDialogTest, AnUnwritablePathIsExplainedInline)
{
    workspace->caseList()->selectCase(idOf(QStringLiteral("2026-0001")));
    QPushButton* fromList = byName<QPushButton>(workspace->caseList(), QStringLiteral("Export summary"));
    ASSERT_NE(fromList, nullptr);
    QTest::mouseClick(fromList, Qt::LeftButton);
    auto* dialog = window->findChild<ExportCaseDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->setKind(SummaryKind::Json);
    EXPECT_FALSE(dialog->notesBox()->isEnabled());
    const QString unwritable = env.path(QStringLiteral("no-such-folder/deeper/case.json"));
    dialog->setPath(unwritable);
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_FALSE(dialog->messageBar()->text().isEmpty());
    EXPECT_FALSE(QFile::exists(unwritable));
    EXPECT_EQ(exportedEvents(idOf(QStringLiteral("2026-0001"))), 0);
    dialog->reject();
}

TEST_F(ExportDialogTest, PrintPreviewPrintsTheSummaryWithItsCaseCode)
{
    openWithNote();
    EXPECT_TRUE(workspace->exports()->printPreviewAction()->isEnabled());
    auto report = buildSummary(window->session().store(), *workspace->openedCase(), true);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    const auto document = SummaryPreview::document(*report);
    const QString text = document->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("LAKE-42")));
    EXPECT_TRUE(text.contains(kNote));
}

TEST_F(ExportDialogTest, ExportsTwoSelectedCasesToCsv)
{
    ExportCasesDialog* dialog = openExportCasesDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->freeTextBox()->isChecked());
    dialog->setTarget(ExportCasesDialog::Target::CsvTable);
    const QString csv = env.path(QStringLiteral("cases.csv"));
    dialog->setPath(csv);
    QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Export")), Qt::LeftButton);
    QCoreApplication::processEvents();

    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3); // header + 2 rows
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("2026-0001"))
        || lines.at(2).contains(QStringLiteral("2026-0001")));
    EXPECT_TRUE(
        lines.at(1).contains(QStringLiteral("LAKE-42")) || lines.at(2).contains(QStringLiteral("LAKE-42")));
    EXPECT_EQ(workspace->messageBar()->kind(), MessageBar::Kind::Positive);
    EXPECT_TRUE(workspace->messageBar()->text().startsWith(QStringLiteral("2 cases exported")))
        << workspace->messageBar()->text().toStdString();
    EXPECT_EQ(exportedEvents(idOf(QStringLiteral("LAKE-42"))), 1);
}

TEST_F(ExportDialogTest, CancellingABatchLeavesNothing)
{
    ExportCasesDialog* dialog = openExportCasesDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setTarget(ExportCasesDialog::Target::HtmlFolder);
    const QString folder = env.path(QStringLiteral("summaries"));
    dialog->setPath(folder);
    int calls = 0;
    QObject::connect(dialog, &ExportCasesDialog::progressed, dialog, [dialog, &calls](int done, int) {
        ++calls;
        // Press Cancel once the first case is done.
        if (done >= 1 && dialog->progressDialog())
            dialog->progressDialog()->cancel();
    });
    dialog->accept();
    EXPECT_GE(calls, 1);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->messageBar()->kind(), MessageBar::Kind::Information);
    EXPECT_TRUE(dialog->messageBar()->text().contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(QFileInfo::exists(folder));
    const QStringList left = QDir(env.dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString& name : left)
        EXPECT_FALSE(name.startsWith(QStringLiteral("summaries"))) << name.toStdString();
    EXPECT_EQ(exportedEvents(idOf(QStringLiteral("LAKE-42"))), 0);
    dialog->reject();
}
