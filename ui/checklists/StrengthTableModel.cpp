// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/StrengthTableModel.h"

#include <QFont>

namespace lantern {

StrengthTableModel::StrengthTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StrengthTableModel::setChecklist(const Checklist& checklist, const QString& language)
{
    beginResetModel();
    m_checklist = checklist;
    m_language = language.isEmpty() ? checklist.defaultLanguage : language;
    m_rows.clear();
    for (qsizetype e = 0; e < m_checklist.elements.size(); ++e) {
        m_rows.append({ e, -1 });
        for (qsizetype i = 0; i < m_checklist.indicators.size(); ++i) {
            if (m_checklist.indicators.at(i).element == m_checklist.elements.at(e).id)
                m_rows.append({ e, i });
        }
    }
    endResetModel();
}

int StrengthTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StrengthTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFirstProfileColumn + int(m_checklist.profiles.size());
}

bool StrengthTableModel::isElementRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).indicator < 0;
}

QString StrengthTableModel::strengthText(Strength strength)
{
    switch (strength) {
    case Strength::Strong:
        return tr("\u25A0\u25A0\u25A0 strong");
    case Strength::Medium:
        return tr("\u25A0\u25A0\u25A1 medium");
    case Strength::Weak:
        return tr("\u25A0\u25A1\u25A1 weak");
    }
    return {};
}

QVariant StrengthTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (row.indicator >= 0)
        return indicatorData(m_checklist.indicators.at(row.indicator), index.column(), role);
    // An element's heading row: its title, spanning the table.
    if (index.column() != kIndicatorColumn)
        return {};
    const Element& element = m_checklist.elements.at(row.element);
    switch (role) {
    case Qt::DisplayRole:
        return element.title.text(m_language, m_checklist.defaultLanguage);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        return element.id;
    default:
        return {};
    }
}

QVariant StrengthTableModel::indicatorData(const Indicator& indicator, int column, int role) const
{
    if (column == kIndicatorColumn) {
        if (role == Qt::DisplayRole)
            return indicator.title.text(m_language, m_checklist.defaultLanguage);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 (%2)").arg(
                indicator.title.text(m_language, m_checklist.defaultLanguage), indicator.id);
        return {};
    }
    const qsizetype profile = column - kFirstProfileColumn;
    if (profile < 0 || profile >= m_checklist.profiles.size())
        return {};
    const auto strength = indicator.strengthByProfile.constFind(m_checklist.profiles.at(profile).id);
    const bool weighed = strength != indicator.strengthByProfile.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return weighed ? strengthText(*strength) : QStringLiteral("\u2014");
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return weighed ? strengthText(*strength) : tr("not weighed in this profile");
    case Qt::UserRole:
        return weighed ? toString(*strength) : QString();
    default:
        return {};
    }
}

QVariant StrengthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kIndicatorColumn)
        return tr("Indicator, by element");
    const qsizetype profile = section - kFirstProfileColumn;
    if (profile < 0 || profile >= m_checklist.profiles.size())
        return {};
    // Profile titles are long; two lines keep the strength columns narrow. Break after a dash
    // ("Adults —\nlabour exploitation"), else at the space nearest the middle.
    QString title = m_checklist.profiles.at(profile).title.text(m_language, m_checklist.defaultLanguage);
    const qsizetype dash = title.indexOf(QStringLiteral(" \u2014 "));
    if (dash > 0)
        return title.replace(dash + 2, 1, u'\n');
    const qsizetype middle = title.size() / 2;
    qsizetype breakAt = -1;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title.at(i) == u' ' && (breakAt < 0 || qAbs(i - middle) < qAbs(breakAt - middle)))
            breakAt = i;
    }
    if (breakAt > 0)
        title[breakAt] = u'\n';
    return title;
}

int StrengthTableModel::rowOf(const QString& indicatorId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).indicator >= 0
            && m_checklist.indicators.at(m_rows.at(i).indicator).id == indicatorId)
            return int(i);
    }
    return -1;
}

int StrengthTableModel::columnOf(const QString& profileId) const
{
    for (qsizetype i = 0; i < m_checklist.profiles.size(); ++i) {
        if (m_checklist.profiles.at(i).id == profileId)
            return kFirstProfileColumn + int(i);
    }
    return -1;
}

} // namespace lantern
