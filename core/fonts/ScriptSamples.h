// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace lantern {

/// One writing system Lantern's users read, with a short sentence of the kind a checklist asks.
/// Used to choose and check fonts: every character of `text` must be drawn by a real glyph.
struct ScriptSample
{
    QString id; ///< stable key, e.g. "thaana"
    QString name; ///< translated, e.g. "Thaana (Dhivehi)"
    QList<QChar::Script> scripts; ///< the Unicode scripts the sample is written in (Kana: both kanas)
    QString text; ///< a few words, with the marks and conjuncts the script needs
    bool rightToLeft = false;
};

/// The ten scripts of Lantern's users (Bangladesh, Cambodia, China, India, Japan, Korea, the
/// Maldives, Mongolia, Nepal, the Philippines, Thailand), in a fixed order.
QList<ScriptSample> scriptSamples();

} // namespace lantern
