// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TrainingBanner.h"

namespace lantern {

TrainingBanner::TrainingBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    retranslate();
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(6);
    // Black on yellow with a heavy border: readable on a projector and without colour vision.
    setStyleSheet(QStringLiteral("#trainingBanner { background: #ffd400; color: #000000; font-weight: bold;"
                                 " border-top: 3px solid #000000; border-bottom: 3px solid #000000; }"));
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    setFont(bigger);
}

void TrainingBanner::retranslate()
{
    setText(tr("TRAINING — fictional cases · not encrypted · never enter a real person's case here"));
    setAccessibleName(tr("Training workspace: fictional cases only"));
}

} // namespace lantern
