// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "util/Catalogue.h"

#include <QString>

namespace lantern {

/// An answer in words for a reader: "yes", "no", option labels in `language`, a number or date
/// as given, or the state ("unknown", "declined", "not asked", "not applicable"). "unanswered"
/// for a null answer. Never shows a missing answer as "no". The fixed words come from `words`:
/// English by default (the analysis table), the summary's language in a case summary.
QString answerValueText(const Answer* answer, const Question* question, const QString& language,
    const QString& defaultLanguage, const Catalogue& words = Catalogue(QStringLiteral("en")));

/// An answer source in words: "self-report", "observed", "document", "third party".
QString sourceText(const QString& sourceName, const Catalogue& words = Catalogue(QStringLiteral("en")));

} // namespace lantern
