// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"

#include <QAbstractTableModel>

namespace lantern {

/// Indicators × profiles: each indicator's strength in each profile, or a dash where the
/// profile does not weigh it. Column 0 names the indicator, then one column per profile.
/// Indicators are grouped under a row for their element (isElementRow), in checklist order.
class StrengthTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StrengthTableModel(QObject* parent = nullptr);

    /// Shows `checklist` (copied) in `language`; an empty checklist clears the table.
    void setChecklist(const Checklist& checklist, const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether `row` is an element's heading row rather than an indicator.
    bool isElementRow(int row) const;
    /// The row of an indicator id, or -1.
    int rowOf(const QString& indicatorId) const;
    /// The column of a profile id, or -1.
    int columnOf(const QString& profileId) const;

    static constexpr int kIndicatorColumn = 0;
    static constexpr int kFirstProfileColumn = 1;

    /// Words for a strength with a shape: "■■■ strong".
    static QString strengthText(Strength strength);

private:
    /// A row: an element heading (indicator < 0) or an indicator, by index into the checklist.
    struct Row
    {
        qsizetype element = -1;
        qsizetype indicator = -1;
    };

    QVariant indicatorData(const Indicator& indicator, int column, int role) const;

    Checklist m_checklist;
    QString m_language;
    QList<Row> m_rows;
};

} // namespace lantern
