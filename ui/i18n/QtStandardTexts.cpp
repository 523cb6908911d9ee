// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/QtStandardTexts.h"

#include <QtGlobal>

namespace lantern {

QList<std::pair<const char*, const char*>> qtStandardTexts()
{
    // The contexts and texts are Qt's (qplatformtheme.cpp, qlineedit.cpp, qwidgettextcontrol.cpp):
    // a catalogue entry only applies when both match exactly.
    return {
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset") },
        { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults") },
        { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo") },
        { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo") },
        { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t") },
        { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy") },
        { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste") },
        { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete") },
        { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete") },
        { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All") },
    };
}

} // namespace lantern
