// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HtmlReportText.h"

#include "export/ReportLanguage.h"

#include <QStringBuilder>

namespace lantern::report_html {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>\n").arg(esc(label), value);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

Catalogue wordsOf(const CaseReport& summary)
{
    return Catalogue(summary.language);
}

namespace {

/// The mark on a checklist text the checklist lacks in the language asked for.
QString fallbackMark(const CaseReport& summary, const QString& language)
{
    return QStringLiteral(" <span class=\"fallback\">")
        % esc(wordsOf(summary).translate("lantern::HtmlReportWriter", "[not translated — %1]")
                  .arg(languageName(language, summary.language)))
        % QStringLiteral("</span>");
}

/// "Thai (th), an unreviewed draft translation".
QString languageWords(const CaseReport& summary, const QString& language, bool reviewed)
{
    const QString name = languageName(language, summary.language);
    return esc(reviewed ? name
                        : wordsOf(summary).translate("lantern::HtmlReportWriter", "%1, an unreviewed draft translation").arg(name));
}

} // namespace

QString langAttributes(const QString& language, const QString& pageLanguage)
{
    QString out;
    if (!language.isEmpty() && language != pageLanguage)
        out += QStringLiteral(" lang=\"") % esc(language) % u'"';
    if (isRightToLeft(language))
        out += QStringLiteral(" dir=\"rtl\"");
    return out;
}

QString first(const CaseReport& summary, const QString& text, const QString& fallback)
{
    return esc(text) % (fallback.isEmpty() ? QString() : fallbackMark(summary, fallback));
}

QString firstBlock(const CaseReport& summary, const QString& text, const QString& fallback)
{
    const QString language = fallback.isEmpty() ? summary.language : fallback;
    if (!isRightToLeft(language))
        return first(summary, text, fallback);
    return QStringLiteral("<div") % langAttributes(language, summary.language) % u'>' % first(summary, text, fallback)
        % QStringLiteral("</div>");
}

QString secondBlock(const CaseReport& summary, const ReportText& second, const QString& firstText)
{
    if (summary.secondLanguage.isEmpty() || second.isEmpty())
        return {};
    if (second.text == firstText) {
        if (!second.fallback)
            return {};
        return QStringLiteral("<div class=\"second\"><span class=\"fallback\">")
            % esc(wordsOf(summary).translate("lantern::HtmlReportWriter", "[not translated into %1]")
                      .arg(languageName(summary.secondLanguage, summary.language)))
            % QStringLiteral("</span></div>");
    }
    return QStringLiteral("<div class=\"second\"") % langAttributes(second.language, summary.language) % u'>'
        % esc(second.text) % (second.fallback ? fallbackMark(summary, second.language) : QString()) % QStringLiteral("</div>");
}

QString textList(const CaseReport& summary, const QStringList& texts, const QStringList& fallbacks,
    const QList<ReportText>& seconds)
{
    QStringList shown;
    QStringList secondTexts;
    ReportText secondLine;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        shown.append(first(summary, texts.at(i), fallbacks.value(i)));
        const ReportText second = seconds.value(i);
        secondTexts.append(second.text);
        if (!secondLine.fallback) {
            secondLine.language = second.language;
            secondLine.fallback = second.fallback;
        }
    }
    secondLine.text = secondTexts.join(QStringLiteral("; "));
    return shown.join(QStringLiteral("; ")) % secondBlock(summary, secondLine, texts.join(QStringLiteral("; ")));
}

QString languagesBlock(const CaseReport& summary)
{
    const bool bilingual = !summary.secondLanguage.isEmpty();
    if (!bilingual && summary.languageReviewed && summary.untranslatedTexts == 0)
        return {};
    const Catalogue words = wordsOf(summary);
    QString out = QStringLiteral("<p class=\"languages\">");
    if (bilingual)
        out += esc(words.translate("lantern::HtmlReportWriter",
                       "This summary is in two languages: each checklist text shows in %1, and below it in %2."))
                   .arg(languageWords(summary, summary.language, summary.languageReviewed),
                       languageWords(summary, summary.secondLanguage, summary.secondLanguageReviewed));
    else
        out += esc(words.translate("lantern::HtmlReportWriter", "The checklist's texts are in %1."))
                   .arg(languageWords(summary, summary.language, summary.languageReviewed));
    if (!summary.languageReviewed || !summary.secondLanguageReviewed)
        out += u' '
            % esc(words.translate("lantern::HtmlReportWriter",
                "A draft translation has not been checked by a native speaker: read it with care."));
    if (summary.untranslatedTexts > 0)
        out += u' '
            % esc(words.translate("lantern::HtmlReportWriter",
                      "%1 marks a text the checklist does not have in that language; its text in the language named "
                      "is shown instead (\"%2\": the line above is all there is)."))
                  .arg(QStringLiteral("<span class=\"fallback\">")
                          % esc(words.translate("lantern::HtmlReportWriter", "[not translated — %1]").arg(QStringLiteral("…")))
                          % QStringLiteral("</span>"),
                      esc(words.translate("lantern::HtmlReportWriter", "[not translated into %1]")
                              .arg(QStringLiteral("…"))
                              .remove(u'[')
                              .remove(u']')));
    return out + QStringLiteral("</p>\n");
}

QString languagesRow(const CaseReport& summary)
{
    const Catalogue words = wordsOf(summary);
    QString value = languageWords(summary, summary.language, summary.languageReviewed);
    if (!summary.secondLanguage.isEmpty())
        value = esc(words.translate("lantern::HtmlReportWriter", "%1; second language: %2"))
                    .arg(value, languageWords(summary, summary.secondLanguage, summary.secondLanguageReviewed));
    return row(words.translate("lantern::HtmlReportWriter", "Languages"), value);
}

} // namespace lantern::report_html
