// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/QuestionTree.h"

#include "explain/ChecklistWords.h"
#include "explain/ThresholdWords.h"

#include <QHeaderView>

namespace lantern {

QuestionTree::QuestionTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Question"), tr("Type"), tr("Required"), tr("Sensitive"), tr("Asked when") });
    setWordWrap(true);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Sections and questions"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ShownColumn, QHeaderView::Stretch);
    for (int column : { TypeColumn, RequiredColumn, SensitiveColumn })
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

QString QuestionTree::typeText(const Question& question)
{
    switch (question.type) {
    case QuestionType::YesNo:
        return tr("yes / no");
    case QuestionType::Single:
        return tr("one of %1 options").arg(question.options.size());
    case QuestionType::Multi:
        return tr("any of %1 options").arg(question.options.size());
    case QuestionType::Text:
        return tr("text");
    case QuestionType::Date:
        return tr("date");
    case QuestionType::Number:
        if (question.minimum && question.maximum)
            return tr("number, %1 to %2")
                .arg(explain::numberWords(*question.minimum), explain::numberWords(*question.maximum));
        return tr("number");
    }
    return {};
}

void QuestionTree::setChecklist(const Checklist& checklist, const QString& language)
{
    clear();
    const explain::ChecklistWords words(checklist, language);
    for (const Section& section : checklist.sections) {
        auto* sectionItem = new QTreeWidgetItem(this);
        sectionItem->setText(TextColumn, words.text(section.title));
        QFont bold = sectionItem->font(TextColumn);
        bold.setBold(true);
        sectionItem->setFont(TextColumn, bold);
        if (!section.relevant.isUndefined()) {
            sectionItem->setText(ShownColumn, words.relevanceText(section.relevant));
            sectionItem->setToolTip(ShownColumn, sectionItem->text(ShownColumn));
        }
        for (const Question& question : section.questions) {
            auto* item = new QTreeWidgetItem(sectionItem);
            item->setData(TextColumn, Qt::UserRole, question.id);
            item->setText(TextColumn, words.text(question.text));
            item->setToolTip(
                TextColumn, QStringLiteral("%1 (%2)").arg(words.text(question.text), question.id));
            QString type = typeText(question);
            if (!question.options.isEmpty()) {
                QStringList labels;
                for (const Option& option : question.options)
                    labels.append(words.text(option.label));
                item->setToolTip(TypeColumn, labels.join(QLatin1Char('\n')));
            }
            item->setText(TypeColumn, type);
            item->setText(RequiredColumn, question.required ? tr("required") : QString());
            // Words, not a colour: "sensitive" also says what the presenter does with it.
            if (question.sensitive) {
                item->setText(SensitiveColumn, tr("\u26A0 sensitive"));
                item->setToolTip(SensitiveColumn, tr("Handle with care; never shown when presenting"));
            }
            if (!question.relevant.isUndefined()) {
                item->setText(ShownColumn, words.relevanceText(question.relevant));
                item->setToolTip(ShownColumn, item->text(ShownColumn));
            }
        }
    }
    expandAll();
}

QTreeWidgetItem* QuestionTree::questionItem(const QString& questionId) const
{
    for (int s = 0; s < topLevelItemCount(); ++s) {
        QTreeWidgetItem* section = topLevelItem(s);
        for (int q = 0; q < section->childCount(); ++q) {
            if (section->child(q)->data(TextColumn, Qt::UserRole).toString() == questionId)
                return section->child(q);
        }
    }
    return nullptr;
}

} // namespace lantern
