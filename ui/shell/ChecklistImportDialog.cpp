// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ChecklistImportDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString headlineFor(const ChecklistImportResult& result)
{
    using Kind = ChecklistImportResult::Kind;
    switch (result.kind) {
    case Kind::Installed:
        return ChecklistImportDialog::tr("%1 (version %2) was added. It is offered when you start a new case; "
                                         "cases already started keep the checklist they began with.")
            .arg(result.id, result.version);
    case Kind::AlreadyInstalled:
        return ChecklistImportDialog::tr("%1 (version %2) is already installed with the same content. Nothing changed.")
            .arg(result.id, result.version);
    case Kind::Invalid:
        return ChecklistImportDialog::tr("This file is not a valid checklist, so it was not added. Fix the "
                                         "problems below (line and column in the file) and import it again.");
    case Kind::Conflict:
    case Kind::Failed:
        break;
    }
    return ChecklistImportDialog::tr("The checklist was not added: %1").arg(result.message);
}

} // namespace

ChecklistImportDialog::ChecklistImportDialog(const ChecklistImportResult& result, QWidget* parent)
    : QDialog(parent)
    , m_headline(new QLabel(headlineFor(result), this))
    , m_problems(new QPlainTextEdit(this))
{
    setWindowTitle(result.ok() ? tr("Checklist imported") : tr("Checklist not imported"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList lines;
    for (const Diagnostic& diagnostic : result.diagnostics)
        lines.append(diagnostic.toString());
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems->setAccessibleName(tr("Problems found in the checklist file"));
    m_problems->setVisible(!lines.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(lines.isEmpty() ? 520 : 820, lines.isEmpty() ? 160 : 420);
}

QString ChecklistImportDialog::headline() const
{
    return m_headline->text();
}

QString ChecklistImportDialog::problems() const
{
    return m_problems->toPlainText();
}

} // namespace lantern
