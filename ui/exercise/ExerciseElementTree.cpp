// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseElementTree.h"

#include "interview/AssessmentHtml.h"

#include <QHeaderView>

#include <algorithm>

namespace lantern {

namespace {

// Dark enough to read on white; the signs carry the meaning, the colours only help.
const QColor kFound(0x1f, 0x6b, 0x3a);
const QColor kMissed(0xa3, 0x1d, 0x1d);
const QColor kAdded(0x1d, 0x4f, 0x9c);
const QColor kDiffers(0xff, 0xf1, 0xcc);

QString presenceText(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return ExerciseElementTree::tr("\u2713 present");
    case Presence::Absent:
        return ExerciseElementTree::tr("\u2013 absent");
    case Presence::Open:
        return ExerciseElementTree::tr("? left open");
    }
    return {};
}

QString missText(MissReason reason)
{
    switch (reason) {
    case MissReason::LeftOpen:
        return ExerciseElementTree::tr("left open, not a \u201Cno\u201D");
    case MissReason::AnsweredDifferently:
        return ExerciseElementTree::tr("answered differently");
    case MissReason::NotShown:
        return ExerciseElementTree::tr("question not shown on your answers");
    case MissReason::None:
        break;
    }
    return {};
}

QString verdictText(IndicatorVerdict verdict)
{
    switch (verdict) {
    case IndicatorVerdict::Found:
        return ExerciseElementTree::tr("found");
    case IndicatorVerdict::Missed:
        return ExerciseElementTree::tr("missed");
    case IndicatorVerdict::Added:
        return ExerciseElementTree::tr("added");
    }
    return {};
}

void setCount(QTreeWidgetItem* item, int column, int count)
{
    item->setText(column, QString::number(count));
    item->setTextAlignment(column, Qt::AlignCenter);
}

void setCounts(QTreeWidgetItem* item, const VerdictCounts& counts)
{
    setCount(item, ExerciseElementTree::FoundColumn, counts.found);
    setCount(item, ExerciseElementTree::MissedColumn, counts.missed);
    setCount(item, ExerciseElementTree::AddedColumn, counts.added);
    if (counts.missed > 0)
        item->setForeground(ExerciseElementTree::MissedColumn, kMissed);
    if (counts.added > 0)
        item->setForeground(ExerciseElementTree::AddedColumn, kAdded);
}

} // namespace

ExerciseElementTree::ExerciseElementTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Elements compared"));
    setColumnCount(6);
    // The count columns are headed by their signs alone (the banner above spells them out, and
    // the header tooltips and accessible names say them in words), so titles keep their room.
    setHeaderLabels({tr("Element"), tr("Model answer"), tr("Yours"), tr("\u2713"), tr("\u2717"), tr("+")});
    setHeaderToolTipsForColumns();
    setRootIsDecorated(true);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight); // the full title is in the tooltip
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // The status and count columns are as narrow as their longest word, so titles get the rest.
    const QFontMetrics metrics(font());
    const int padding = 2 * metrics.averageCharWidth() + 8;
    int modelWidth = metrics.horizontalAdvance(tr("Model answer"));
    for (const QString& text : {statusText(Status::Met), statusText(Status::NotMet), statusText(Status::Undetermined),
             applicabilityText(Applicability::Applies), applicabilityText(Applicability::DoesNotApply),
             applicabilityText(Applicability::Undetermined)})
        modelWidth = std::max(modelWidth, metrics.horizontalAdvance(text));
    // Statuses that differ are shown in bold.
    QFont boldFont = font();
    boldFont.setBold(true);
    const int participantWidth = QFontMetrics(boldFont).horizontalAdvance(tr("\u2260 %1").arg(statusText(Status::Undetermined)));
    header()->setSectionResizeMode(ModelColumn, QHeaderView::Fixed);
    header()->resizeSection(ModelColumn, modelWidth + padding);
    header()->setSectionResizeMode(ParticipantColumn, QHeaderView::Fixed);
    header()->resizeSection(ParticipantColumn, std::max(modelWidth, participantWidth) + padding);
    for (int column = FoundColumn; column <= AddedColumn; ++column) {
        header()->setSectionResizeMode(column, QHeaderView::Fixed);
        header()->resizeSection(column, metrics.horizontalAdvance(QStringLiteral("000")) + padding);
    }
}

void ExerciseElementTree::setHeaderToolTipsForColumns()
{
    QTreeWidgetItem* head = headerItem();
    head->setToolTip(FoundColumn, tr("Found: indicators present in the model answer and in yours"));
    head->setToolTip(MissedColumn, tr("Missed: indicators present in the model answer but not in yours"));
    head->setToolTip(AddedColumn, tr("Added: indicators present in yours but not in the model answer"));
    head->setData(FoundColumn, Qt::AccessibleTextRole, tr("Found"));
    head->setData(MissedColumn, Qt::AccessibleTextRole, tr("Missed"));
    head->setData(AddedColumn, Qt::AccessibleTextRole, tr("Added"));
}

QString ExerciseElementTree::anchorFor(const QString& profileId, const QString& elementId)
{
    return profileId + u'/' + elementId;
}

QString ExerciseElementTree::statusText(Status status)
{
    return statusWords(status); // the same shapes and words as the interview's assessment panel
}

QString ExerciseElementTree::applicabilityText(Applicability applicability)
{
    switch (applicability) {
    case Applicability::Applies:
        return tr("applies");
    case Applicability::DoesNotApply:
        return tr("does not apply");
    case Applicability::Undetermined:
        return tr("may apply");
    }
    return {};
}

void ExerciseElementTree::setComparison(const ExerciseComparison& comparison)
{
    clear();
    for (const ProfileComparison& profile : comparison.profiles) {
        auto* branch = new QTreeWidgetItem(this);
        branch->setText(TitleColumn, profile.title);
        branch->setToolTip(TitleColumn, profile.title);
        branch->setText(ModelColumn, applicabilityText(profile.model));
        branch->setText(ParticipantColumn,
            profile.applicabilityAgrees() ? applicabilityText(profile.participant)
                                          : tr("\u2260 %1").arg(applicabilityText(profile.participant)));
        QFont bold = branch->font(TitleColumn);
        bold.setBold(true);
        for (int column = TitleColumn; column <= AddedColumn; ++column)
            branch->setFont(column, bold);
        setCounts(branch, profile.counts);
        for (const ElementComparison& element : profile.elements)
            addElement(branch, profile, element);
        branch->setExpanded(true);
    }
}

QTreeWidgetItem* ExerciseElementTree::addElement(
    QTreeWidgetItem* parent, const ProfileComparison& profile, const ElementComparison& element)
{
    auto* item = new QTreeWidgetItem(parent);
    item->setText(TitleColumn, element.title);
    item->setToolTip(TitleColumn, element.title);
    item->setData(TitleColumn, AnchorRole, anchorFor(profile.profileId, element.elementId));
    item->setText(ModelColumn, statusText(element.model));
    item->setText(ParticipantColumn,
        element.agrees() ? statusText(element.participant) : tr("\u2260 %1").arg(statusText(element.participant)));
    setCounts(item, element.counts);
    if (!element.agrees()) {
        QFont bold = item->font(TitleColumn);
        bold.setBold(true);
        item->setFont(TitleColumn, bold);
        item->setFont(ParticipantColumn, bold);
        for (int column = TitleColumn; column <= AddedColumn; ++column)
            item->setBackground(column, kDiffers);
        item->setToolTip(ParticipantColumn, tr("Your status differs from the model answer"));
    }
    // What to look at first: the missed ones, then the added, then those found.
    for (IndicatorVerdict verdict : {IndicatorVerdict::Missed, IndicatorVerdict::Added, IndicatorVerdict::Found}) {
        for (const IndicatorComparison& indicator : element.indicators) {
            if (indicator.verdict == verdict)
                addIndicator(item, indicator);
        }
    }
    item->setExpanded(!element.agrees() || element.counts.missed + element.counts.added > 0);
    return item;
}

void ExerciseElementTree::addIndicator(QTreeWidgetItem* parent, const IndicatorComparison& indicator)
{
    auto* item = new QTreeWidgetItem(parent);
    QString title;
    QColor colour;
    switch (indicator.verdict) {
    case IndicatorVerdict::Found:
        title = tr("\u2713 %1 (%2)");
        colour = kFound;
        break;
    case IndicatorVerdict::Missed:
        title = tr("\u2717 %1 (%2)");
        colour = kMissed;
        break;
    case IndicatorVerdict::Added:
        title = tr("+ %1 (%2)");
        colour = kAdded;
        break;
    }
    item->setText(TitleColumn, title.arg(indicator.title, toString(indicator.strength)));
    item->setForeground(TitleColumn, colour);
    item->setText(ModelColumn, presenceText(indicator.model));
    item->setText(ParticipantColumn, presenceText(indicator.participant));
    QString tip = verdictText(indicator.verdict) + QStringLiteral(": ") + indicator.title;
    if (indicator.verdict == IndicatorVerdict::Missed)
        tip += QStringLiteral(" \u2014 ") + missText(indicator.missReason);
    item->setData(TitleColumn, Qt::AccessibleTextRole, tip);
    for (int column = TitleColumn; column <= ParticipantColumn; ++column)
        item->setToolTip(column, tip);
}

QTreeWidgetItem* ExerciseElementTree::elementItem(const QString& profileId, const QString& elementId) const
{
    const QString anchor = anchorFor(profileId, elementId);
    for (int p = 0; p < topLevelItemCount(); ++p) {
        QTreeWidgetItem* branch = topLevelItem(p);
        for (int e = 0; e < branch->childCount(); ++e) {
            if (branch->child(e)->data(TitleColumn, AnchorRole).toString() == anchor)
                return branch->child(e);
        }
    }
    return nullptr;
}

} // namespace lantern
