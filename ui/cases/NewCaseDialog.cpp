// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/NewCaseDialog.h"

#include "cases/Case.h"
#include "shell/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lantern {

NewCaseDialog::NewCaseDialog(const QList<ChecklistEntry>& checklists, const QStringList& usedCodes,
    const QString& suggestedCode, QWidget* parent)
    : QDialog(parent)
    , m_usedCodes(usedCodes)
    , m_messages(new MessageBar(this))
    , m_checklist(new QComboBox(this))
    , m_code(new QLineEdit(suggestedCode, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New case"));
    setAccessibleName(tr("New case"));
    for (const ChecklistEntry& entry : checklists) {
        if (!entry.load.ok())
            continue;
        const Checklist& list = *entry.load.checklist;
        m_entries.append(entry);
        const QString title = list.title.text(QLocale().name().section(QLatin1Char('_'), 0, 0), list.defaultLanguage);
        m_checklist->addItem(tr("%1 (version %2)%3")
                                 .arg(title, list.version, entry.bundled ? QString() : tr(", from your folder")));
    }
    // A new case is usually a screening interview: offer the newest identification checklist first.
    if (const ChecklistEntry* screening = ChecklistRegistry::find(checklists, QStringLiteral("ilo-identification"))) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).path == screening->path)
                m_checklist->setCurrentIndex(int(i));
        }
    }
    m_checklist->setAccessibleName(tr("Checklist"));
    m_code->setAccessibleName(tr("Case code"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start case"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Start case"));

    auto* form = new QFormLayout;
    auto* listLabel = new QLabel(tr("&Checklist:"), this);
    listLabel->setBuddy(m_checklist);
    auto* codeLabel = new QLabel(tr("Case &code:"), this);
    codeLabel->setBuddy(m_code);
    form->addRow(listLabel, m_checklist);
    form->addRow(codeLabel, m_code);
    auto* note = new QLabel(tr("The code is generated; change it to match your own file numbers if you "
                               "like. Do not put names or other identifying details in it."),
        this);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    if (m_entries.isEmpty()) {
        m_messages->showMessage(tr("No valid checklist was found. Check the checklist folder in Settings."),
            MessageBar::Kind::Error);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

QString NewCaseDialog::suggestCode(const QStringList& codes, int year)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d+)$"));
    qint64 highest = 0;
    for (const QString& code : codes) {
        const QRegularExpressionMatch match = pattern.match(code);
        if (match.hasMatch() && match.captured(1).toInt() == year)
            highest = std::max(highest, match.captured(2).toLongLong());
    }
    return formatCaseCode(year, highest + 1);
}

const Checklist* NewCaseDialog::checklist() const
{
    const int row = m_checklist->currentIndex();
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &*m_entries.at(row).load.checklist;
}

QString NewCaseDialog::code() const
{
    return m_code->text().trimmed();
}

void NewCaseDialog::accept()
{
    if (!checklist()) {
        m_messages->showMessage(tr("Choose a checklist."), MessageBar::Kind::Error);
        return;
    }
    if (code().isEmpty()) {
        m_messages->showMessage(tr("Enter a case code."), MessageBar::Kind::Error);
        m_code->setFocus();
        return;
    }
    if (m_usedCodes.contains(code(), Qt::CaseInsensitive)) {
        m_messages->showMessage(tr("Another case already has the code %1; choose a different one.").arg(code()),
            MessageBar::Kind::Error);
        m_code->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lantern
