// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/SearchableAnswersDialog.h"

#include "casework/CaseSummary.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {

constexpr int kQuestionIdRole = Qt::UserRole;

// A checklist text in the interface's language when the checklist has it, else its default.
QString inInterfaceLanguage(const LocalText& text, const Checklist& checklist)
{
    return text.text(checklistLanguageCode(interfaceLanguage()), checklist.defaultLanguage);
}

} // namespace

SearchableAnswersDialog::SearchableAnswersDialog(QList<Checklist> checklists, CurrentChoice current, QWidget* parent)
    : QDialog(parent)
    , m_checklists(std::move(checklists))
    , m_current(std::move(current))
    , m_checklist(new QComboBox(this))
    , m_questions(new QListWidget(this))
    , m_explanation(new QLabel(this))
{
    setWindowTitle(tr("Searchable answers"));
    setAccessibleName(windowTitle());
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("The case list finds a case by its code and its outcome, and by its answers to the "
                              "questions ticked here. Those answers stay encrypted in the database; while it is "
                              "unlocked they are held in memory for searching. Questions the checklist marks "
                              "sensitive are never searchable."));
    for (const Checklist& checklist : std::as_const(m_checklists))
        m_checklist->addItem(tr("%1 (version %2)").arg(inInterfaceLanguage(checklist.title, checklist), checklist.version),
            checklist.id);
    m_checklist->setAccessibleName(tr("Checklist"));
    m_questions->setAccessibleName(tr("Questions whose answers the case list searches"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    QPushButton* reset = buttons->addButton(tr("Use the &default"), QDialogButtonBox::ResetRole);
    reset->setToolTip(tr("The answers to text questions that are not marked sensitive"));
    auto* form = new QFormLayout;
    auto* checklistLabel = new QLabel(tr("&Checklist:"), this);
    checklistLabel->setBuddy(m_checklist);
    form->addRow(checklistLabel, m_checklist);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_questions, 1);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_checklist, &QComboBox::currentIndexChanged, this, &SearchableAnswersDialog::showChecklist);
    connect(reset, &QPushButton::clicked, this, &SearchableAnswersDialog::tickDefault);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_checklists.isEmpty());
    showChecklist(m_checklist->currentIndex());
}

const Checklist* SearchableAnswersDialog::currentChecklist() const
{
    const int index = m_checklist->currentIndex();
    return index >= 0 && index < m_checklists.size() ? &m_checklists.at(index) : nullptr;
}

void SearchableAnswersDialog::showChecklist(int /*index*/)
{
    m_questions->clear();
    const Checklist* checklist = currentChecklist();
    if (!checklist)
        return;
    const QStringList ticked = CaseSummary::searchableOf(*checklist, m_current ? m_current(checklist->id) : std::nullopt);
    for (const Section& section : checklist->sections) {
        for (const Question& question : section.questions) {
            if (question.type == QuestionType::YesNo)
                continue;
            const QString text = inInterfaceLanguage(question.text, *checklist);
            auto* item = new QListWidgetItem(m_questions);
            item->setData(kQuestionIdRole, question.id);
            if (!CaseSummary::canBeSearchable(question)) {
                item->setText(tr("%1 — sensitive, never searchable").arg(text));
                item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
                item->setCheckState(Qt::Unchecked);
                continue;
            }
            item->setText(text);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(question.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void SearchableAnswersDialog::tickDefault()
{
    const Checklist* checklist = currentChecklist();
    if (!checklist)
        return;
    const QStringList defaults = CaseSummary::defaultSearchable(*checklist);
    for (int row = 0; row < m_questions->count(); ++row) {
        QListWidgetItem* item = m_questions->item(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(defaults.contains(item->data(kQuestionIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString SearchableAnswersDialog::checklistId() const
{
    const Checklist* checklist = currentChecklist();
    return checklist ? checklist->id : QString();
}

std::optional<QStringList> SearchableAnswersDialog::chosen() const
{
    QStringList ids;
    for (int row = 0; row < m_questions->count(); ++row) {
        const QListWidgetItem* item = m_questions->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kQuestionIdRole).toString());
    }
    const Checklist* checklist = currentChecklist();
    if (checklist && ids == CaseSummary::defaultSearchable(*checklist))
        return std::nullopt;
    return ids;
}

} // namespace lantern
