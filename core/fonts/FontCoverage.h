// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QFont>
#include <QList>
#include <QString>

class QRawFont;

namespace lantern {

/// One character of a text as Qt lays it out: which font draws it, and whether it is drawn
/// at all (a missing glyph is the empty box users see).
struct RenderedCharacter
{
    char32_t character = 0;
    qsizetype position = 0; ///< index in the text (UTF-16)
    QString family; ///< the font that draws it, or that failed to; empty when Qt found none
    bool drawn = false;
};

/// How `text` comes out in `font`, character by character, after Qt's font merging and
/// shaping (the same layout every label, editor and PDF export uses). Spaces and invisible
/// formatting characters are left out.
QList<RenderedCharacter> renderedCharacters(const QString& text, const QFont& font);

/// The family of a font a glyph run uses; empty for the box font Qt falls back to when no font
/// has the character (Qt 6.4's QRawFont::familyName() crashes on that one).
QString familyOf(const QRawFont& font);

/// The font that draws most of the characters of `scripts` in `characters`; empty when none.
QString mainFamily(const QList<RenderedCharacter>& characters, const QList<QChar::Script>& scripts);

/// The characters that come out as boxes, e.g. "U+0786 ކ".
QStringList missingCharacters(const QList<RenderedCharacter>& characters);

/// "U+0786 ކ": a code point and the character itself, for messages.
QString describeCharacter(char32_t character);

} // namespace lantern
