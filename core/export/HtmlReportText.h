// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CaseReport.h"
#include "util/Catalogue.h"

#include <QString>
#include <QStringList>

// The pieces of text a case summary page is built from: checklist texts in one language or two,
// with their fallback marks and direction, the summary's own words, and the languages header.
// Used by HtmlReportWriter only.
namespace lantern::report_html {

QString esc(const QString& text);

/// The summary's own words (headings, labels, sentences) are in its first language, from
/// Lantern's catalogue for it; call sites pass literals so that lupdate collects them.
Catalogue wordsOf(const CaseReport& summary);

/// A row of a two-column table: `label` (plain text) and `value` (HTML).
QString row(const QString& label, const QString& value);

/// lang (when it differs from the page's) and dir="rtl" (for a right-to-left language) for an
/// element holding text in `language`.
QString langAttributes(const QString& language, const QString& pageLanguage);

/// A first-language checklist text, inline; marked when it is a fallback (`fallback` names the
/// language it is actually in).
QString first(const CaseReport& summary, const QString& text, const QString& fallback);

/// The same, as its own block when the summary's language is right to left (a table cell, a list item).
QString firstBlock(const CaseReport& summary, const QString& text, const QString& fallback);

/// The second-language line under a text: lighter, in its own language and direction. Nothing in a
/// summary in one language or when it is the first line again; but a missing translation is
/// always said, never silently left out.
QString secondBlock(const CaseReport& summary, const ReportText& second, const QString& firstText);

/// "a; b; c" of first-language texts with their marks, then the second-language list below.
QString textList(const CaseReport& summary, const QStringList& texts, const QStringList& fallbacks,
    const QList<ReportText>& seconds);

/// Which languages the summary is in, whether a translation is a draft, and what the marks mean;
/// empty for a reviewed summary in one language with nothing untranslated.
QString languagesBlock(const CaseReport& summary);

/// The "Languages" row of the case table.
QString languagesRow(const CaseReport& summary);

} // namespace lantern::report_html
