// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AboutDialog.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lantern {

namespace {

QTreeWidget* languageTree(const QString& accessibleName, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setAccessibleName(accessibleName);
    tree->setColumnCount(2);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString reviewedBy(const Provenance& provenance, const QString& language)
{
    for (const TranslationStatus& status : provenance.translations) {
        if (status.language == language && !status.reviewer.isEmpty())
            return AboutDialog::tr("Reviewed by a native speaker (%1)").arg(status.reviewer);
    }
    return AboutDialog::tr("Reviewed by a native speaker");
}

} // namespace

AboutDialog::AboutDialog(const QList<ChecklistEntry>& checklists, QWidget* parent)
    : QDialog(parent)
    , m_interface(languageTree(tr("Interface languages"), this))
    , m_checklists(languageTree(tr("Checklist languages"), this))
{
    setWindowTitle(tr("About Lantern"));
    setAccessibleName(tr("About Lantern"));
    auto* title = new QLabel(tr("Lantern"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* versionLabel = new QLabel(tr("Version %1").arg(version()), this);
    versionLabel->setAccessibleName(tr("Version"));
    versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* purpose
        = new QLabel(tr("Screening checklists for caseworkers who may meet victims of human trafficking. "
                        "Cases stay encrypted on this computer."),
            this);
    purpose->setWordWrap(true);
    auto* licence = new QLabel(tr("Free software under the GNU General Public License, version 3 or later. "
                                  "It comes with no warranty."),
        this);
    licence->setWordWrap(true);
    licence->setAccessibleName(tr("Licence"));
    auto* contribute
        = new QLabel(tr("To contribute a review of a translation, see docs/translations.md: review it "
                        "in Qt Linguist, then mark its entries finished."),
            this);
    contribute->setWordWrap(true);
    contribute->setAccessibleName(tr("How to contribute a review"));
    contribute->setTextInteractionFlags(Qt::TextSelectableByMouse);

    listInterfaceLanguages();
    listChecklistLanguages(checklists);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(versionLabel);
    layout->addWidget(purpose);
    layout->addWidget(licence);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Interface languages"), this));
    layout->addWidget(m_interface, 1);
    layout->addWidget(heading(tr("Checklist languages"), this));
    layout->addWidget(m_checklists, 2);
    layout->addWidget(contribute);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 640);
}

QString AboutDialog::version()
{
#ifdef LANTERN_VERSION
    return QStringLiteral(LANTERN_VERSION);
#else
    const QString fromApplication = QCoreApplication::applicationVersion();
    return fromApplication.isEmpty() ? tr("development build") : fromApplication;
#endif
}

void AboutDialog::listInterfaceLanguages()
{
    m_interface->setHeaderLabels({ tr("Language"), tr("Status") });
    m_interface->setRootIsDecorated(false);
    auto* english = new QTreeWidgetItem(m_interface);
    english->setText(0, languageDisplayName(QStringLiteral("en")));
    english->setText(1, tr("Original"));
    for (const CatalogueStatus& catalogue : catalogueStatus()) {
        auto* item = new QTreeWidgetItem(m_interface);
        item->setText(0, languageDisplayName(catalogue.language));
        item->setData(0, Qt::UserRole, catalogue.language);
        item->setText(1,
            catalogue.reviewed ? tr("Reviewed by a native speaker")
                               : tr("Draft — not yet reviewed by a native speaker"));
    }
}

void AboutDialog::listChecklistLanguages(const QList<ChecklistEntry>& checklists)
{
    m_checklists->setHeaderLabels({ tr("Checklist and language"), tr("Status") });
    const QString shown = checklistLanguageCode(interfaceLanguage());
    for (const ChecklistEntry& entry : checklists) {
        if (!entry.load.ok())
            continue;
        const Checklist& checklist = *entry.load.checklist;
        auto* top = new QTreeWidgetItem(m_checklists);
        top->setText(0, checklist.title.text(shown, checklist.defaultLanguage));
        top->setData(0, Qt::UserRole, checklist.id);
        top->setText(1, tr("version %1").arg(checklist.version));
        for (const QString& language : checklist.languages) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, languageDisplayName(language));
            item->setData(0, Qt::UserRole, language);
            QString status;
            if (language == checklist.defaultLanguage)
                status = tr("Original");
            else if (checklist.provenance.isReviewed(language, checklist.defaultLanguage))
                status = reviewedBy(checklist.provenance, language);
            else
                status = tr("Draft — not yet reviewed by a native speaker");
            item->setText(1, status);
        }
    }
    m_checklists->expandAll();
}

} // namespace lantern
