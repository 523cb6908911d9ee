// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercise/ExerciseComparison.h"

#include <QTreeWidget>

namespace lantern {

/// The comparison element by element: one branch per compared profile, one row per element with
/// both statuses and the found / missed / added counts, and under it the indicators themselves.
/// Every verdict and status is a sign and a word, so colour is never the only signal.
class ExerciseElementTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ModelColumn, ParticipantColumn, FoundColumn, MissedColumn, AddedColumn };
    /// Item data role holding the anchor of an element's reasoning ("profile/element").
    static constexpr int AnchorRole = Qt::UserRole + 1;

    explicit ExerciseElementTree(QWidget* parent = nullptr);

    void setComparison(const ExerciseComparison& comparison);

    /// The row of element `elementId` in profile `profileId`; null when not shown.
    QTreeWidgetItem* elementItem(const QString& profileId, const QString& elementId) const;

    static QString anchorFor(const QString& profileId, const QString& elementId);
    static QString statusText(Status status);
    static QString applicabilityText(Applicability applicability);

private:
    void setHeaderToolTipsForColumns();
    QTreeWidgetItem* addElement(QTreeWidgetItem* parent, const ProfileComparison& profile, const ElementComparison& element);
    void addIndicator(QTreeWidgetItem* parent, const IndicatorComparison& indicator);
};

} // namespace lantern
