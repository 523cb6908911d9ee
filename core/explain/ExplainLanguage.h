// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "checklist/LocalText.h"

#include <QString>

namespace lantern::explain {

/// The language explanations pick checklist texts in: the requested one, then the checklist's
/// default, then English (the fallback chain of LocalText). The connecting words follow the interface
/// language instead: they go through Qt's translation system (English when no translator is installed).
struct ExplainLanguage
{
    QString language = QStringLiteral("en");
    QString fallback = QStringLiteral("en");

    QString text(const LocalText& localText) const { return localText.text(language, fallback); }

    /// `requested` (or, when empty, the checklist's default language) with the checklist's default as
    /// fallback.
    static ExplainLanguage of(const Checklist& checklist, const QString& requested = {})
    {
        const QString fallback
            = checklist.defaultLanguage.isEmpty() ? QStringLiteral("en") : checklist.defaultLanguage;
        return { requested.isEmpty() ? fallback : requested, fallback };
    }
};

} // namespace lantern::explain
