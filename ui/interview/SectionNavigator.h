// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "interview/InterviewText.h"

#include <QListWidget>

namespace lantern {

/// The sections of the checklist with their progress ("3 of 11 answered"); any section can be
/// chosen at any time. A section not shown on the answers so far is listed but disabled.
class SectionNavigator : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionNavigator(QWidget* parent = nullptr);

    void setSections(const Checklist& checklist, const InterviewText& text);
    /// Progress of section `index`: answered questions among those shown now.
    void setProgress(int index, int answered, int shown);
    /// Selects `index` without emitting sectionChosen.
    void selectSection(int index);

Q_SIGNALS:
    void sectionChosen(int index);

private:
    QStringList m_titles;
};

} // namespace lantern
