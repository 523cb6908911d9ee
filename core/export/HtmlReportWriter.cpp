// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HtmlReportWriter.h"

#include "export/ReportLanguage.h"

#include <QStringBuilder>

namespace lantern {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>\n").arg(esc(label), value);
}

/// lang (when it differs from the page's) and dir="rtl" (for a right-to-left language) for an
/// element holding text in `language`.
QString langAttributes(const QString& language, const QString& pageLanguage)
{
    QString out;
    if (!language.isEmpty() && language != pageLanguage)
        out += QStringLiteral(" lang=\"") % esc(language) % u'"';
    if (isRightToLeft(language))
        out += QStringLiteral(" dir=\"rtl\"");
    return out;
}

/// The mark on a checklist text the checklist lacks in the language asked for.
QString fallbackMark(const QString& language)
{
    return QStringLiteral(" <span class=\"fallback\">[not translated — ") % esc(languageName(language))
        % QStringLiteral("]</span>");
}

/// A first-language checklist text, inline; marked when it is a fallback.
QString first(const QString& text, const QString& fallback)
{
    return esc(text) % (fallback.isEmpty() ? QString() : fallbackMark(fallback));
}

/// The same, as its own block when the summary's language is right to left (a table cell, a list item).
QString firstBlock(const CaseReport& summary, const QString& text, const QString& fallback)
{
    const QString language = fallback.isEmpty() ? summary.language : fallback;
    if (!isRightToLeft(language))
        return first(text, fallback);
    return QStringLiteral("<div") % langAttributes(language, summary.language) % u'>' % first(text, fallback)
        % QStringLiteral("</div>");
}

/// The second-language line under a text: lighter, in its own language and direction. Nothing in a
/// summary in one language or when it is the first line again; but a missing translation is
/// always said, never silently left out.
QString secondBlock(const CaseReport& summary, const ReportText& second, const QString& firstText)
{
    if (summary.secondLanguage.isEmpty() || second.isEmpty())
        return {};
    if (second.text == firstText) {
        if (!second.fallback)
            return {};
        return QStringLiteral("<div class=\"second\"><span class=\"fallback\">[not translated into ")
            % esc(languageName(summary.secondLanguage)) % QStringLiteral("]</span></div>");
    }
    return QStringLiteral("<div class=\"second\"") % langAttributes(second.language, summary.language) % u'>'
        % esc(second.text) % (second.fallback ? fallbackMark(second.language) : QString()) % QStringLiteral("</div>");
}

QString answerLine(const CaseReport& summary, const ReportAnswer& answer)
{
    QString line = firstBlock(summary, answer.question, answer.questionFallback) % QStringLiteral(": <b>")
        % first(answer.value, answer.valueFallback) % QStringLiteral("</b>");
    if (!answer.source.isEmpty())
        line += QStringLiteral(" (") % esc(answer.source) % u')';
    line += secondBlock(summary, answer.secondQuestion, answer.question)
        + secondBlock(summary, answer.secondValue, answer.value);
    // The note is a block of its own: after a right-to-left line it must not run right to left too.
    if (!answer.note.isEmpty())
        line += QStringLiteral("<div><i>Note: ") % esc(answer.note) % QStringLiteral("</i></div>");
    return line;
}

QString indicatorList(const CaseReport& summary, const QList<ReportIndicator>& indicators, const QString& heading)
{
    if (indicators.isEmpty())
        return {};
    QString out = QStringLiteral("<p class=\"sub\">") % esc(heading) % QStringLiteral("</p>\n<ul>\n");
    for (const ReportIndicator& indicator : indicators) {
        out += QStringLiteral("<li>[") % esc(indicator.strength) % QStringLiteral("] ")
            % first(indicator.title, indicator.titleFallback) % secondBlock(summary, indicator.secondTitle, indicator.title);
        if (!indicator.answers.isEmpty()) {
            out += QStringLiteral("<ul>");
            for (const ReportAnswer& answer : indicator.answers)
                out += QStringLiteral("<li>") % answerLine(summary, answer) % QStringLiteral("</li>");
            out += QStringLiteral("</ul>");
        }
        out += QStringLiteral("</li>\n");
    }
    return out + QStringLiteral("</ul>\n");
}

QString elementBlock(const CaseReport& summary, const ReportElement& element)
{
    QString out = QStringLiteral("<h3") % langAttributes(isRightToLeft(summary.language) ? summary.language : QString(), summary.language)
        % u'>' % first(element.title, element.titleFallback) % QStringLiteral(" — ") % esc(element.status.toUpper())
        % QStringLiteral("</h3>\n") % secondBlock(summary, element.secondTitle, element.title)
        % QStringLiteral("<p>Indicators present: ") % esc(element.present);
    if (element.upperBound != element.present)
        out += QStringLiteral("; counting open questions, up to: ") % esc(element.upperBound);
    out += QStringLiteral("</p>\n");
    if (!element.advice.isEmpty())
        out += QStringLiteral("<p><b>What to do:</b> ") % first(element.advice, element.adviceFallback)
            % QStringLiteral("</p>\n") % secondBlock(summary, element.secondAdvice, element.advice);
    out += indicatorList(summary, element.indicators, QStringLiteral("Indicators counted"));
    out += indicatorList(summary, element.openIndicators, QStringLiteral("Indicators still open"));
    if (!element.openQuestions.isEmpty()) {
        out += QStringLiteral("<p class=\"sub\">Questions that could decide this element</p>\n<ul>\n");
        for (const ReportAnswer& question : element.openQuestions)
            out += QStringLiteral("<li>") % first(question.question, question.questionFallback)
                % QStringLiteral(" (now: ") % esc(question.value) % QStringLiteral(")")
                % secondBlock(summary, question.secondQuestion, question.question) % QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

/// "a; b; c" of first-language texts with their marks, then the second-language list below.
QString textList(const CaseReport& summary, const QStringList& texts, const QStringList& fallbacks,
    const QList<ReportText>& seconds)
{
    QStringList shown;
    QStringList secondTexts;
    ReportText secondLine;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        shown.append(first(texts.at(i), fallbacks.value(i)));
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

QString profileBlock(const CaseReport& summary, const ReportProfile& profile)
{
    QString out = QStringLiteral("<h2>Profile: ") % first(profile.title, profile.titleFallback) % QStringLiteral(" — ")
        % esc(profile.applicability) % QStringLiteral("</h2>\n") % secondBlock(summary, profile.secondTitle, profile.title);
    if (!profile.dependsOn.isEmpty())
        out += QStringLiteral("<p>Whether it applies depends on: ")
            % textList(summary, profile.dependsOn, profile.dependsOnFallback, profile.secondDependsOn)
            % QStringLiteral("</p>\n");
    if (profile.applicability == u"does not apply")
        return out;
    out += QStringLiteral("<p>Result in this profile: <b>")
        % (profile.outcome.isEmpty() ? QStringLiteral("none reached yet") : first(profile.outcome, profile.outcomeFallback))
        % QStringLiteral("</b>") % secondBlock(summary, profile.secondOutcome, profile.outcome);
    if (!profile.couldBecome.isEmpty())
        out += QStringLiteral("; could still become: ")
            % textList(summary, profile.couldBecome, profile.couldBecomeFallback, profile.secondCouldBecome);
    out += QStringLiteral("</p>\n");
    for (const ReportElement& element : profile.elements)
        out += elementBlock(summary, element);
    return out;
}

QString answersBlock(const CaseReport& summary)
{
    QString out = QStringLiteral("<h2>Answers by section</h2>\n");
    if (!summary.includesNotes)
        out += QStringLiteral("<p>Caseworker notes are not included in this summary.</p>\n");
    if (summary.sections.isEmpty())
        return out + QStringLiteral("<p>No answers recorded yet.</p>\n");
    for (const ReportSection& section : summary.sections) {
        out += QStringLiteral("<h3>") % first(section.title, section.titleFallback) % QStringLiteral("</h3>\n")
            % secondBlock(summary, section.secondTitle, section.title)
            % QStringLiteral("<table class=\"answers\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n")
            % QStringLiteral("<tr><th align=\"left\" width=\"40%\">Question</th><th align=\"left\">Answer</th>"
                             "<th align=\"left\">Source</th><th align=\"left\">Note</th></tr>\n");
        for (const ReportAnswer& answer : section.answers) {
            QString value = firstBlock(summary, answer.value, answer.valueFallback)
                % secondBlock(summary, answer.secondValue, answer.value);
            if (answer.notCounted)
                value += QStringLiteral("<div><i>(kept; question no longer applies, not counted)</i></div>");
            out += QStringLiteral("<tr><td>") % firstBlock(summary, answer.question, answer.questionFallback)
                % secondBlock(summary, answer.secondQuestion, answer.question) % QStringLiteral("</td><td>") % value
                % QStringLiteral("</td><td>") % esc(answer.source) % QStringLiteral("</td><td>") % esc(answer.note)
                % QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    return out;
}

QString sessionsBlock(const QList<ReportSession>& sessions)
{
    QString out = QStringLiteral("<h2>Interview sessions</h2>\n");
    if (sessions.isEmpty())
        return out + QStringLiteral("<p>No interview session recorded.</p>\n");
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n"
                          "<tr><th align=\"left\">Started</th><th align=\"left\">Ended</th>"
                          "<th align=\"left\">Interpreter</th><th align=\"left\">Interview language</th></tr>\n");
    for (const ReportSession& session : sessions) {
        // Old records do not know the caseworker's interface language: then only the interview's.
        const QString languages = session.interfaceLanguage.isEmpty()
            ? esc(session.language)
            : esc(session.language) % QStringLiteral("; caseworker's interface: ") % esc(session.interfaceLanguage);
        out += QStringLiteral("<tr><td>") % esc(dateText(session.start)) % QStringLiteral("</td><td>")
            % esc(session.end.isValid() ? dateText(session.end) : QStringLiteral("not ended"))
            % QStringLiteral("</td><td>") % (session.interpreterUsed ? QStringLiteral("yes") : QStringLiteral("no"))
            % QStringLiteral("</td><td>") % languages % QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

/// "Thai (th), an unreviewed draft translation".
QString languageWords(const QString& language, bool reviewed)
{
    return esc(languageName(language)) % (reviewed ? QString() : QStringLiteral(", an unreviewed draft translation"));
}

/// Which languages the summary is in, whether a translation is a draft, and what the marks mean.
QString languagesBlock(const CaseReport& summary)
{
    const bool bilingual = !summary.secondLanguage.isEmpty();
    if (!bilingual && summary.languageReviewed && summary.untranslatedTexts == 0)
        return {};
    QString out = QStringLiteral("<p class=\"languages\">");
    if (bilingual)
        out += QStringLiteral("This summary is in two languages: each checklist text shows in ")
            % languageWords(summary.language, summary.languageReviewed) % QStringLiteral(", and below it in ")
            % languageWords(summary.secondLanguage, summary.secondLanguageReviewed) % QStringLiteral(".");
    else
        out += QStringLiteral("The checklist's texts are in ") % languageWords(summary.language, summary.languageReviewed)
            % QStringLiteral(".");
    if (!summary.languageReviewed || !summary.secondLanguageReviewed)
        out += QStringLiteral(" A draft translation has not been checked by a native speaker: read it with care.");
    if (summary.untranslatedTexts > 0)
        out += QStringLiteral(" <span class=\"fallback\">[not translated — …]</span> marks a text the checklist "
                              "does not have in that language; its text in the language named is shown instead "
                              "(\"not translated into …\": the line above is all there is).");
    return out + QStringLiteral("</p>\n");
}

QString languagesRow(const CaseReport& summary)
{
    QString value = languageWords(summary.language, summary.languageReviewed);
    if (!summary.secondLanguage.isEmpty())
        value += QStringLiteral("; second language: ") % languageWords(summary.secondLanguage, summary.secondLanguageReviewed);
    return row(QStringLiteral("Languages"), value);
}

} // namespace

QString HtmlReportWriter::render(const CaseReport& summary, bool forPrint)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") % esc(summary.language)
        % QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Case summary ") % esc(summary.caseCode)
        % QStringLiteral("</title>\n<style>\n"
                         "body { font-family: sans-serif; font-size: 10pt; color: #000; }\n"
                         "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; }\n"
                         "th { background: #eee; } .sub { font-weight: bold; margin-bottom: 0; }\n"
                         ".result { border: 2px solid #000; padding: 6pt; }\n"
                         ".training { border: 2px dashed #000; padding: 4pt; font-weight: bold; }\n"
                         ".second { color: #555555; }\n"
                         ".fallback { font-style: italic; font-size: 8pt; }\n"
                         "</style>\n</head>\n<body>\n");
    if (summary.training)
        out += QStringLiteral("<p class=\"training\">TRAINING — fictional case. Not a real person.</p>\n");
    out += QStringLiteral("<h1>Case summary ") % esc(summary.caseCode) % QStringLiteral("</h1>\n");
    out += languagesBlock(summary);

    out += QStringLiteral("<table class=\"result\" width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\"><tr><td>")
        % QStringLiteral("<p><b>Screening result: ")
        % (summary.outcome.isEmpty() ? QStringLiteral("none reached yet") : first(summary.outcome, summary.outcomeFallback))
        % QStringLiteral("</b>") % (summary.outcome.isEmpty() ? QString() : QStringLiteral(" (level %1)").arg(summary.level))
        % QStringLiteral("</p>\n") % secondBlock(summary, summary.secondOutcome, summary.outcome);
    if (summary.conditional)
        out += QStringLiteral("<p><b>Conditional:</b> the result depends on open questions; see the notes.</p>\n");
    if (!summary.outcomeAdvice.isEmpty())
        out += QStringLiteral("<p>Advice: ") % first(summary.outcomeAdvice, summary.outcomeAdviceFallback)
            % QStringLiteral("</p>\n") % secondBlock(summary, summary.secondOutcomeAdvice, summary.outcomeAdvice);
    out += QStringLiteral("<p><i>") % esc(summary.screeningStatement) % QStringLiteral("</i></p>\n");
    for (const QString& note : summary.notes)
        out += QStringLiteral("<p>Note: ") % esc(note) % QStringLiteral("</p>\n");
    out += QStringLiteral("</td></tr></table>\n");

    out += QStringLiteral("<h2>Case</h2>\n<table cellpadding=\"2\">\n") % row(QStringLiteral("Case code"), esc(summary.caseCode))
        % row(QStringLiteral("Status"), esc(summary.status)
                  % (summary.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") % esc(summary.statusReason)))
        % row(QStringLiteral("Started"), esc(dateText(summary.createdAt)))
        % row(QStringLiteral("Last change"), esc(dateText(summary.updatedAt)))
        % row(QStringLiteral("Checklist"), first(summary.checklistTitle, summary.checklistTitleFallback)
                  % secondBlock(summary, summary.secondChecklistTitle, summary.checklistTitle))
        % row(QStringLiteral("Checklist id and version"), esc(summary.checklistId % QStringLiteral(" ") % summary.checklistVersion))
        % row(QStringLiteral("Checklist SHA-256"), QStringLiteral("<tt>") % esc(summary.checklistSha256) % QStringLiteral("</tt>"))
        % languagesRow(summary) % row(QStringLiteral("Exported"), esc(dateText(summary.exportedAt)))
        % QStringLiteral("</table>\n");
    out += sessionsBlock(summary.sessions);

    out += QStringLiteral("<h2>How the result was reached</h2>\n");
    for (const ReportProfile& profile : summary.profiles)
        out += profileBlock(summary, profile);
    out += answersBlock(summary);

    if (!forPrint)
        out += QStringLiteral("<hr/><p>Exported ") % esc(dateText(summary.exportedAt)) % QStringLiteral(" by Lantern. ")
            % esc(summary.screeningStatement) % QStringLiteral("</p>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace lantern
