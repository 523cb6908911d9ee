// SPDX-License-Identifier: GPL-3.0-or-later
// The About dialog and the table of translation statuses behind it: the table agrees with the
// .ts files (a language is a draft exactly when its catalogue has unfinished entries), and the
// dialog lists every interface translation and every bundled checklist language with its status.
#include "shell/AboutDialog.h"

#include "i18n/Translations.h"
#include "shell/MainWindow.h"
#include "ShellTestSupport.h"

#include <algorithm>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString kTsFolder = QStringLiteral(LANTERN_SOURCE_DIR "/resources/translations");
const QString kDraft = QStringLiteral("Draft — not yet reviewed by a native speaker");

struct TsCounts
{
    int messages = 0;
    int unfinished = 0;
    QString error;
};

TsCounts countEntries(const QString& path)
{
    TsCounts counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        counts.error = QStringLiteral("cannot open ") + path;
        return counts;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++counts.messages;
        else if (xml.name() == QLatin1String("translation")
            && xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
            ++counts.unfinished;
    }
    if (xml.hasError())
        counts.error = xml.errorString();
    return counts;
}

QList<ChecklistEntry> bundledChecklists(const QString& emptyFolder)
{
    QList<ChecklistEntry> bundled;
    for (const ChecklistEntry& entry : ChecklistRegistry::scan(emptyFolder)) {
        if (entry.bundled && entry.load.ok())
            bundled.append(entry);
    }
    return bundled;
}

} // namespace

TEST(CatalogueStatus, AgreesWithTheTsFiles)
{
    const QList<CatalogueStatus> table = catalogueStatus();
    EXPECT_EQ(table.size(), 11);
    for (const CatalogueStatus& status : table) {
        const TsCounts counts
            = countEntries(kTsFolder + QStringLiteral("/lantern_%1.ts").arg(status.language));
        ASSERT_TRUE(counts.error.isEmpty()) << counts.error.toStdString();
        ASSERT_GT(counts.messages, 0) << status.language.toStdString();
        // Reviewed means a native speaker marked every entry finished; a draft has entries left unfinished.
        if (status.reviewed) {
            EXPECT_EQ(counts.unfinished, 0)
                << status.language.toStdString() << " is listed as reviewed but has unfinished entries";
        } else {
            EXPECT_GT(counts.unfinished, 0)
                << status.language.toStdString() << " is listed as a draft but every entry is finished";
        }
    }
    const auto onDisk = QDir(kTsFolder).entryList({ QStringLiteral("lantern_*.ts") }, QDir::Files);
    EXPECT_EQ(onDisk.size(), table.size()) << "a catalogue the status table does not list";
}

TEST(AboutDialog, ListsEveryInterfaceLanguageAsADraft)
{
    QTemporaryDir dir;
    AboutDialog dialog(bundledChecklists(dir.filePath(QStringLiteral("none"))));
    QTreeWidget* languages = dialog.interfaceLanguages();
    // English, the original, and the eleven shipped translations.
    ASSERT_EQ(languages->topLevelItemCount(), 12);
    EXPECT_EQ(languages->topLevelItem(0)->text(1), QStringLiteral("Original"));
    QStringList listed;
    for (int row = 1; row < languages->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = languages->topLevelItem(row);
        const QString code = item->data(0, Qt::UserRole).toString();
        listed.append(code);
        EXPECT_TRUE(item->text(0).contains(code)) << item->text(0).toStdString();
        EXPECT_EQ(item->text(1), kDraft) << code.toStdString();
    }
    EXPECT_EQ(listed, shippedLanguages());
    EXPECT_FALSE(AboutDialog::version().isEmpty());
    const auto labels = dialog.findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().contains(QStringLiteral("docs/translations.md"))
            && label->text().contains(QStringLiteral("Qt Linguist"));
    }));
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().contains(QStringLiteral("GNU General Public License"));
    }));
}

TEST(AboutDialog, ListsEachBundledChecklistsLanguagesWithTheirReviewStatus)
{
    QTemporaryDir dir;
    const QList<ChecklistEntry> bundled = bundledChecklists(dir.filePath(QStringLiteral("none")));
    ASSERT_FALSE(bundled.isEmpty());
    AboutDialog dialog(bundled);
    QTreeWidget* tree = dialog.checklistLanguages();
    ASSERT_EQ(tree->topLevelItemCount(), bundled.size());
    int drafts = 0;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* top = tree->topLevelItem(row);
        const Checklist& checklist = *bundled.at(row).load.checklist;
        EXPECT_EQ(top->data(0, Qt::UserRole).toString(), checklist.id);
        ASSERT_EQ(top->childCount(), checklist.languages.size()) << checklist.id.toStdString();
        for (int i = 0; i < top->childCount(); ++i) {
            const QString language = top->child(i)->data(0, Qt::UserRole).toString();
            EXPECT_EQ(language, checklist.languages.at(i));
            const QString status = top->child(i)->text(1);
            if (language == checklist.defaultLanguage) {
                EXPECT_EQ(status, QStringLiteral("Original"));
            } else if (checklist.provenance.isReviewed(language, checklist.defaultLanguage)) {
                EXPECT_TRUE(status.startsWith(QStringLiteral("Reviewed"))) << status.toStdString();
            } else {
                EXPECT_EQ(status, kDraft) << checklist.id.toStdString() << " " << language.toStdString();
            }
            drafts += status == kDraft ? 1 : 0;
        }
    }
    EXPECT_GT(drafts, 0) << "the bundled checklists' translations are drafts this release";
}

TEST(AboutDialog, OpensFromTheHelpMenu)
{
    ShellEnvironment env;
    MainWindow window(env.options());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_NE(window.aboutAction(), nullptr);
    EXPECT_EQ(window.aboutAction()->text(), QStringLiteral("&About Lantern"));
    window.aboutAction()->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->interfaceLanguages()->topLevelItemCount(), int(shippedLanguages().size()) + 1);
    EXPECT_GT(dialog->checklistLanguages()->topLevelItemCount(), 0);
    dialog->reject();
}
