// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/PresenterStep.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace lantern {

/// Draws one PresenterStep in large type for a projector: heading, blocks of marked lines
/// (side by side or stacked), a framed verdict and a footer. Colours come from the palette;
/// every mark is a shape with a word beside it, never colour alone.
class PresenterSlide : public QWidget
{
    Q_OBJECT

public:
    PresenterSlide(const PresenterStep& step, int basePixelSize, QWidget* parent = nullptr);

    /// The shape drawn for a mark: "■■■" for strong, "●" for met, "✘" for a failed alternative…
    static QString markSymbol(SlideMark mark);
    /// The word a screen reader says for a mark.
    static QString markWords(SlideMark mark);

private:
    QLabel* label(const QString& text, double scale, bool bold = false, bool italic = false);
    QWidget* blockWidget(const SlideBlock& block);
    QWidget* verdictWidget(const PresenterStep& step);

    int m_base;
};

} // namespace lantern
