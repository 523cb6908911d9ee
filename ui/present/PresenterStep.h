// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

/// A mark before a line on a slide: a shape and a word, so colour is never the only cue.
enum class SlideMark {
    None,
    Strong, ///< ▮▮▮ strong
    Medium, ///< ▮▮ medium
    Weak, ///< ▮ weak
    Present, ///< ✔ an indicator found, a threshold alternative reached
    Fails, ///< ✘ a threshold alternative not reached
    Open, ///< ? could still be found
    Met, ///< ● met / reached
    NotMet, ///< ○ not met / not reached
    Undetermined, ///< ◐ still open
    Skipped, ///< – not needed
};

/// One line of a slide, with an optional second line under it (e.g. the question that asks it).
struct SlideLine
{
    SlideMark mark = SlideMark::None;
    QString text;
    QString detail;
};

/// A captioned group of lines.
struct SlideBlock
{
    QString caption;
    QList<SlideLine> lines;
};

/// One step of a presentation: what one slide shows. Plain data, built by PresenterScript and
/// drawn by PresenterSlide, so tests can read a presentation without rendering it.
struct PresenterStep
{
    enum class Kind {
        Title, ///< the checklist and profile
        Element, ///< an element's questions and indicators (maybe one of several pages)
        Reveal, ///< the element with the example answers: indicators found, counts, status
        Outcome, ///< one outcome rule, in order
        Result, ///< the result the example answers reach
    };
    Kind kind = Kind::Title;
    QString elementId; ///< Element and Reveal
    QString outcomeId; ///< Outcome and Result
    QString heading;
    QString subheading;
    QList<SlideBlock> blocks;
    bool sideBySide = false; ///< blocks as columns rather than one under the other
    QList<int> columnShares; ///< relative widths of side-by-side blocks; empty: equal
    SlideMark verdictMark = SlideMark::None;
    QString verdict; ///< the big line at the bottom: a status or a result
    QString footer; ///< a closing sentence, e.g. the threshold rule

    /// Every word on the slide, in reading order, one part per line.
    QStringList allText() const
    {
        QStringList text { heading, subheading };
        for (const SlideBlock& block : blocks) {
            text.append(block.caption);
            for (const SlideLine& line : block.lines)
                text << line.text << line.detail;
        }
        text << verdict << footer;
        text.removeAll(QString());
        return text;
    }
};

} // namespace lantern
