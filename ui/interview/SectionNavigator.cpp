// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/SectionNavigator.h"

#include <QSignalBlocker>

namespace lantern {

SectionNavigator::SectionNavigator(QWidget* parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Sections"));
    setAccessibleDescription(tr("Ctrl+Page Down and Ctrl+Page Up move between sections"));
    setWordWrap(true);
    setSpacing(2);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT sectionChosen(row);
    });
}

void SectionNavigator::setSections(const Checklist& checklist, const InterviewText& text)
{
    const QSignalBlocker blocker(this);
    QListWidget::clear();
    m_titles.clear();
    for (const Section& section : checklist.sections) {
        m_titles.append(text.text(section.title));
        addItem(m_titles.last());
    }
}

void SectionNavigator::setProgress(int index, int answered, int shown)
{
    QListWidgetItem* row = item(index);
    if (!row)
        return;
    const QString title = m_titles.value(index);
    QString progress;
    if (shown == 0)
        progress = tr("not asked on the answers so far");
    else if (answered == shown)
        progress = tr("✓ all %1 answered").arg(shown);
    else
        progress = tr("%1 of %2 answered").arg(answered).arg(shown);
    const QString text = title + u'\n' + progress;
    if (row->text() != text) {
        row->setText(text);
        row->setData(Qt::AccessibleTextRole, QString(title + QStringLiteral(", ") + progress));
    }
    const Qt::ItemFlags flags = shown == 0 ? Qt::NoItemFlags : (Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (row->flags() != flags)
        row->setFlags(flags);
}

void SectionNavigator::selectSection(int index)
{
    const QSignalBlocker blocker(this);
    setCurrentRow(index);
}

} // namespace lantern
