// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HtmlReportWriter.h"

#include "export/HtmlReportText.h"
#include "export/ReportLanguage.h"

#include <QStringBuilder>

namespace lantern {

namespace {

using namespace report_html;

QString dateText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QString answerLine(const CaseReport& summary, const ReportAnswer& answer)
{
    QString line = firstBlock(summary, answer.question, answer.questionFallback) % QStringLiteral(": <b>")
        % first(summary, answer.value, answer.valueFallback) % QStringLiteral("</b>");
    if (!answer.source.isEmpty())
        line += QStringLiteral(" (") % esc(answer.source) % u')';
    line += secondBlock(summary, answer.secondQuestion, answer.question)
        + secondBlock(summary, answer.secondValue, answer.value);
    // The note is a block of its own: after a right-to-left line it must not run right to left too.
    if (!answer.note.isEmpty())
        line += QStringLiteral("<div><i>")
            % esc(wordsOf(summary).translate("lantern::HtmlReportWriter", "Note: %1").arg(answer.note))
            % QStringLiteral("</i></div>");
    return line;
}

QString indicatorList(const CaseReport& summary, const QList<ReportIndicator>& indicators, const QString& heading)
{
    if (indicators.isEmpty())
        return {};
    QString out = QStringLiteral("<p class=\"sub\">") % esc(heading) % QStringLiteral("</p>\n<ul>\n");
    for (const ReportIndicator& indicator : indicators) {
        out += QStringLiteral("<li>[") % esc(indicator.strength) % QStringLiteral("] ")
            % first(summary, indicator.title, indicator.titleFallback) % secondBlock(summary, indicator.secondTitle, indicator.title);
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
    const Catalogue words = wordsOf(summary);
    QString out = QStringLiteral("<h3") % langAttributes(isRightToLeft(summary.language) ? summary.language : QString(), summary.language)
        % u'>' % first(summary, element.title, element.titleFallback) % QStringLiteral(" — ") % esc(element.status.toUpper())
        % QStringLiteral("</h3>\n") % secondBlock(summary, element.secondTitle, element.title) % QStringLiteral("<p>")
        % esc(words.translate("lantern::HtmlReportWriter", "Indicators present: %1").arg(element.present));
    if (element.upperBound != element.present)
        out += esc(words.translate("lantern::HtmlReportWriter", "; counting open questions, up to: %1").arg(element.upperBound));
    out += QStringLiteral("</p>\n");
    if (!element.advice.isEmpty())
        out += QStringLiteral("<p><b>") % esc(words.translate("lantern::HtmlReportWriter", "What to do:"))
            % QStringLiteral("</b> ") % first(summary, element.advice, element.adviceFallback)
            % QStringLiteral("</p>\n") % secondBlock(summary, element.secondAdvice, element.advice);
    out += indicatorList(summary, element.indicators, words.translate("lantern::HtmlReportWriter", "Indicators counted"));
    out += indicatorList(summary, element.openIndicators, words.translate("lantern::HtmlReportWriter", "Indicators still open"));
    if (!element.openQuestions.isEmpty()) {
        out += QStringLiteral("<p class=\"sub\">")
            % esc(words.translate("lantern::HtmlReportWriter", "Questions that could decide this element"))
            % QStringLiteral("</p>\n<ul>\n");
        for (const ReportAnswer& question : element.openQuestions)
            out += QStringLiteral("<li>") % first(summary, question.question, question.questionFallback) % u' '
                % esc(words.translate("lantern::HtmlReportWriter", "(now: %1)").arg(question.value))
                % secondBlock(summary, question.secondQuestion, question.question) % QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

QString profileBlock(const CaseReport& summary, const ReportProfile& profile)
{
    const Catalogue words = wordsOf(summary);
    QString out = QStringLiteral("<h2>")
        % esc(words.translate("lantern::HtmlReportWriter", "Profile: %1 — %2"))
              .arg(first(summary, profile.title, profile.titleFallback), esc(profile.applicability))
        % QStringLiteral("</h2>\n") % secondBlock(summary, profile.secondTitle, profile.title);
    if (!profile.dependsOn.isEmpty())
        out += QStringLiteral("<p>")
            % esc(words.translate("lantern::HtmlReportWriter", "Whether it applies depends on: %1"))
                  .arg(textList(summary, profile.dependsOn, profile.dependsOnFallback, profile.secondDependsOn))
            % QStringLiteral("</p>\n");
    if (!profile.applies)
        return out;
    out += QStringLiteral("<p>") % esc(words.translate("lantern::HtmlReportWriter", "Result in this profile:"))
        % QStringLiteral(" <b>")
        % (profile.outcome.isEmpty() ? esc(words.translate("lantern::HtmlReportWriter", "none reached yet"))
                                     : first(summary, profile.outcome, profile.outcomeFallback))
        % QStringLiteral("</b>") % secondBlock(summary, profile.secondOutcome, profile.outcome);
    if (!profile.couldBecome.isEmpty())
        out += esc(words.translate("lantern::HtmlReportWriter", "; could still become: %1"))
                   .arg(textList(summary, profile.couldBecome, profile.couldBecomeFallback, profile.secondCouldBecome));
    out += QStringLiteral("</p>\n");
    for (const ReportElement& element : profile.elements)
        out += elementBlock(summary, element);
    return out;
}

QString answersBlock(const CaseReport& summary)
{
    const Catalogue words = wordsOf(summary);
    QString out = QStringLiteral("<h2>") % esc(words.translate("lantern::HtmlReportWriter", "Answers by section"))
        % QStringLiteral("</h2>\n");
    if (!summary.includesNotes)
        out += QStringLiteral("<p>")
            % esc(words.translate("lantern::HtmlReportWriter", "Caseworker notes are not included in this summary."))
            % QStringLiteral("</p>\n");
    if (summary.sections.isEmpty())
        return out % QStringLiteral("<p>") % esc(words.translate("lantern::HtmlReportWriter", "No answers recorded yet."))
            % QStringLiteral("</p>\n");
    const QString header = QStringLiteral("<tr><th align=\"left\" width=\"40%\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Question")) % QStringLiteral("</th><th align=\"left\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Answer")) % QStringLiteral("</th><th align=\"left\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Source")) % QStringLiteral("</th><th align=\"left\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Note")) % QStringLiteral("</th></tr>\n");
    const QString notCounted = QStringLiteral("<div><i>")
        % esc(words.translate("lantern::HtmlReportWriter", "(kept; question no longer applies, not counted)"))
        % QStringLiteral("</i></div>");
    for (const ReportSection& section : summary.sections) {
        out += QStringLiteral("<h3>") % first(summary, section.title, section.titleFallback) % QStringLiteral("</h3>\n")
            % secondBlock(summary, section.secondTitle, section.title)
            % QStringLiteral("<table class=\"answers\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n")
            % header;
        for (const ReportAnswer& answer : section.answers) {
            QString value = firstBlock(summary, answer.value, answer.valueFallback)
                % secondBlock(summary, answer.secondValue, answer.value);
            if (answer.notCounted)
                value += notCounted;
            out += QStringLiteral("<tr><td>") % firstBlock(summary, answer.question, answer.questionFallback)
                % secondBlock(summary, answer.secondQuestion, answer.question) % QStringLiteral("</td><td>") % value
                % QStringLiteral("</td><td>") % esc(answer.source) % QStringLiteral("</td><td>") % esc(answer.note)
                % QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    return out;
}

QString sessionsBlock(const CaseReport& summary)
{
    const Catalogue words = wordsOf(summary);
    QString out = QStringLiteral("<h2>") % esc(words.translate("lantern::HtmlReportWriter", "Interview sessions"))
        % QStringLiteral("</h2>\n");
    if (summary.sessions.isEmpty())
        return out % QStringLiteral("<p>")
            % esc(words.translate("lantern::HtmlReportWriter", "No interview session recorded.")) % QStringLiteral("</p>\n");
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr><th align=\"left\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Started")) % QStringLiteral("</th><th align=\"left\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Ended")) % QStringLiteral("</th><th align=\"left\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Interpreter")) % QStringLiteral("</th><th align=\"left\">")
        % esc(words.translate("lantern::HtmlReportWriter", "Interview language")) % QStringLiteral("</th></tr>\n");
    for (const ReportSession& session : summary.sessions) {
        // Old records do not know the caseworker's interface language: then only the interview's.
        const QString languages = session.interfaceLanguage.isEmpty()
            ? session.language
            : words.translate("lantern::HtmlReportWriter", "%1; caseworker's interface: %2")
                  .arg(session.language, session.interfaceLanguage);
        const QString interpreter = session.interpreterUsed ? words.translate("lantern::HtmlReportWriter", "yes")
                                                            : words.translate("lantern::HtmlReportWriter", "no");
        out += QStringLiteral("<tr><td>") % esc(dateText(session.start)) % QStringLiteral("</td><td>")
            % esc(session.end.isValid() ? dateText(session.end) : words.translate("lantern::HtmlReportWriter", "not ended"))
            % QStringLiteral("</td><td>") % esc(interpreter) % QStringLiteral("</td><td>") % esc(languages)
            % QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

/// The result box: the screening result, whether it is conditional, the advice and the statement.
QString resultBlock(const CaseReport& summary)
{
    const Catalogue words = wordsOf(summary);
    const QString result = summary.outcome.isEmpty()
        ? esc(words.translate("lantern::HtmlReportWriter", "none reached yet"))
        : first(summary, summary.outcome, summary.outcomeFallback);
    QString out = QStringLiteral("<table class=\"result\" width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\"><tr><td>")
        % QStringLiteral("<p><b>") % esc(words.translate("lantern::HtmlReportWriter", "Screening result: %1")).arg(result)
        % QStringLiteral("</b>")
        % (summary.outcome.isEmpty()
                ? QString()
                : u' ' % esc(words.translate("lantern::HtmlReportWriter", "(level %1)").arg(summary.level)))
        % QStringLiteral("</p>\n") % secondBlock(summary, summary.secondOutcome, summary.outcome);
    if (summary.conditional)
        out += QStringLiteral("<p><b>") % esc(words.translate("lantern::HtmlReportWriter", "Conditional:"))
            % QStringLiteral("</b> ")
            % esc(words.translate("lantern::HtmlReportWriter", "the result depends on open questions; see the notes."))
            % QStringLiteral("</p>\n");
    if (!summary.outcomeAdvice.isEmpty())
        out += QStringLiteral("<p>")
            % esc(words.translate("lantern::HtmlReportWriter", "Advice: %1"))
                  .arg(first(summary, summary.outcomeAdvice, summary.outcomeAdviceFallback))
            % QStringLiteral("</p>\n") % secondBlock(summary, summary.secondOutcomeAdvice, summary.outcomeAdvice);
    out += QStringLiteral("<p><i>") % esc(summary.screeningStatement) % QStringLiteral("</i></p>\n");
    for (const QString& note : summary.notes)
        out += QStringLiteral("<p>") % esc(words.translate("lantern::HtmlReportWriter", "Note: %1").arg(note))
            % QStringLiteral("</p>\n");
    return out + QStringLiteral("</td></tr></table>\n");
}

/// The case's facts: code, status, dates, the checklist it is pinned to, the languages.
QString caseBlock(const CaseReport& summary)
{
    const Catalogue words = wordsOf(summary);
    const QString status = summary.statusReason.isEmpty()
        ? esc(summary.status)
        : esc(summary.status) % QStringLiteral(" — ") % esc(summary.statusReason);
    return QStringLiteral("<h2>") % esc(words.translate("lantern::HtmlReportWriter", "Case"))
        % QStringLiteral("</h2>\n<table cellpadding=\"2\">\n")
        % row(words.translate("lantern::HtmlReportWriter", "Case code"), esc(summary.caseCode))
        % row(words.translate("lantern::HtmlReportWriter", "Status"), status)
        % row(words.translate("lantern::HtmlReportWriter", "Started"), esc(dateText(summary.createdAt)))
        % row(words.translate("lantern::HtmlReportWriter", "Last change"), esc(dateText(summary.updatedAt)))
        % row(words.translate("lantern::HtmlReportWriter", "Checklist"),
            first(summary, summary.checklistTitle, summary.checklistTitleFallback)
                % secondBlock(summary, summary.secondChecklistTitle, summary.checklistTitle))
        % row(words.translate("lantern::HtmlReportWriter", "Checklist id and version"),
            esc(summary.checklistId % u' ' % summary.checklistVersion))
        % row(words.translate("lantern::HtmlReportWriter", "Checklist SHA-256"),
            QStringLiteral("<tt>") % esc(summary.checklistSha256) % QStringLiteral("</tt>"))
        % languagesRow(summary)
        % row(words.translate("lantern::HtmlReportWriter", "Exported"), esc(dateText(summary.exportedAt)))
        % QStringLiteral("</table>\n");
}

} // namespace

QString HtmlReportWriter::render(const CaseReport& summary, bool forPrint)
{
    const Catalogue words = wordsOf(summary);
    const QString title = words.translate("lantern::HtmlReportWriter", "Case summary %1").arg(summary.caseCode);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") % esc(summary.language)
        % QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>") % esc(title)
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
        out += QStringLiteral("<p class=\"training\">")
            % esc(words.translate("lantern::HtmlReportWriter", "TRAINING — fictional case. Not a real person."))
            % QStringLiteral("</p>\n");
    out += QStringLiteral("<h1>") % esc(title) % QStringLiteral("</h1>\n");
    out += languagesBlock(summary);
    out += resultBlock(summary);
    out += caseBlock(summary);
    out += sessionsBlock(summary);

    out += QStringLiteral("<h2>") % esc(words.translate("lantern::HtmlReportWriter", "How the result was reached"))
        % QStringLiteral("</h2>\n");
    for (const ReportProfile& profile : summary.profiles)
        out += profileBlock(summary, profile);
    out += answersBlock(summary);

    if (!forPrint)
        out += QStringLiteral("<hr/><p>")
            % esc(words.translate("lantern::HtmlReportWriter", "Exported %1 by Lantern.").arg(dateText(summary.exportedAt)))
            % u' ' % esc(summary.screeningStatement) % QStringLiteral("</p>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace lantern
