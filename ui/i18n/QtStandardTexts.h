// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <utility>

namespace lantern {

/// Qt's own standard texts that Lantern's catalogues carry, as (context, source) pairs: the
/// dialog buttons (QPlatformTheme: "OK", "Cancel", "&Yes", …) and the edit menus of text fields
/// (QLineEdit, QWidgetTextControl: "&Copy", "&Paste", …). Qt ships no translation of them for
/// most of Lantern's languages (Debian's qtbase catalogues cover only Japanese, Korean and
/// Chinese among them), so a Thai window would show "Cancel". QCoreApplication::translate looks
/// them up in every installed catalogue; where Qt has its own (installed after Lantern's), Qt's
/// answers first.
QList<std::pair<const char*, const char*>> qtStandardTexts();

} // namespace lantern
