// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "export/CaseReport.h"
#include "util/Result.h"

#include <QString>

namespace lantern {

/// The text of `local` in `language`, else the checklist's fallback (its default language, then
/// English), saying which language it is in and whether it is a fallback.
ReportText reportText(const LocalText& local, const QString& language, const QString& defaultLanguage);

/// The labels of the options an answer chose, in `language` (with fallbacks marked); empty when
/// the answer is not a choice of options (yes/no, a number, text, a state).
QList<ReportText> optionLabels(const Answer* answer, const Question* question, const QString& language,
    const QString& defaultLanguage);

/// A language for a reader of `readerLanguage`: in English ("Thai (th)") for an English reader,
/// else as its own speakers write it ("ไทย (th)", which any reader can match to the code); the
/// code alone for a language Qt does not know.
QString languageName(const QString& code, const QString& readerLanguage = QStringLiteral("en"));

/// Whether text in `code` is written right to left (Dhivehi, Arabic, …).
bool isRightToLeft(const QString& code);

/// Refuses a language the checklist does not declare, naming the ones it has: a summary in a
/// language with no texts at all would be nothing but fallbacks. Empty codes are fine.
Result<void> checkReportLanguages(const Checklist& checklist, const QString& language, const QString& secondLanguage);

} // namespace lantern
