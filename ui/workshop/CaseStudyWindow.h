// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CaseStudy.h"

#include <QDialog>

class QTextBrowser;

namespace lantern {

/// A case study's narrative, in a window of its own beside the interview: what a workshop
/// participant reads while answering the checklist. It never shows the model answer.
class CaseStudyWindow : public QDialog
{
    Q_OBJECT

public:
    explicit CaseStudyWindow(const CaseStudy& caseStudy, QWidget* parent = nullptr);

    /// The text shown, as plain text (for tests).
    QString shownText() const;

private:
    QTextBrowser* m_text = nullptr;
};

} // namespace lantern
