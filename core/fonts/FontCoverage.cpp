// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/FontCoverage.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QHash>
#include <QRawFont>
#include <QTextLayout>

namespace lantern {

namespace {

bool isInvisible(char32_t character)
{
    const auto category = QChar::category(character);
    return QChar::isSpace(character) || category == QChar::Other_Control || category == QChar::Other_Format;
}

// The family as the font database spells it: a font reached through QFont::substitutes()
// reports the substitution key's lower-case spelling.
QString canonicalFamily(const QString& family, QHash<QString, QString>& known)
{
    if (const auto found = known.constFind(family); found != known.cend())
        return *found;
    QString result = family;
    for (const QString& installed : QFontDatabase::families()) {
        if (installed.compare(family, Qt::CaseInsensitive) == 0) {
            result = installed;
            break;
        }
    }
    known.insert(family, result);
    return result;
}

} // namespace

QList<RenderedCharacter> renderedCharacters(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();

    QList<RenderedCharacter> result;
    QHash<QString, QString> spelling;
    for (qsizetype i = 0; i < text.size();) {
        char32_t character = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (!isInvisible(character)) {
            RenderedCharacter rendered { character, i, {}, false };
            // The glyphs of the cluster this character belongs to, split by the font drawing them.
            const QList<QGlyphRun> runs = layout.glyphRuns(int(i), int(length));
            for (const QGlyphRun& run : runs) {
                const QRawFont raw = run.rawFont();
                const QString family = familyOf(raw);
                if (family.isEmpty())
                    continue;
                const bool drawn = !run.glyphIndexes().contains(0u) && raw.supportsCharacter(character);
                if (rendered.family.isEmpty() || drawn)
                    rendered.family = canonicalFamily(family, spelling);
                if (drawn) {
                    rendered.drawn = true;
                    break;
                }
            }
            result.append(rendered);
        }
        i += length;
    }
    return result;
}

QString familyOf(const QRawFont& font)
{
    // Every real font has a 'head' table; the box font has no tables at all.
    if (!font.isValid() || font.fontTable("head").isEmpty())
        return {};
    return font.familyName();
}

QString mainFamily(const QList<RenderedCharacter>& characters, const QList<QChar::Script>& scripts)
{
    QHash<QString, int> counts;
    QString best;
    for (const RenderedCharacter& rendered : characters) {
        if (!rendered.drawn || !scripts.contains(QChar::script(rendered.character)))
            continue;
        const int count = ++counts[rendered.family];
        if (count > counts.value(best))
            best = rendered.family;
    }
    return best;
}

QStringList missingCharacters(const QList<RenderedCharacter>& characters)
{
    QStringList missing;
    for (const RenderedCharacter& rendered : characters) {
        if (!rendered.drawn)
            missing.append(describeCharacter(rendered.character));
    }
    return missing;
}

QString describeCharacter(char32_t character)
{
    return QStringLiteral("U+%1 %2")
        .arg(uint(character), 4, 16, QLatin1Char('0'))
        .toUpper()
        .arg(QString::fromUcs4(&character, 1));
}

} // namespace lantern
