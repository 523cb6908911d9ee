// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HtmlReportWriter.h"

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

QString answerLine(const ReportAnswer& answer)
{
    QString line = esc(answer.question) % QStringLiteral(": <b>") % esc(answer.value) % QStringLiteral("</b>");
    if (!answer.source.isEmpty())
        line += QStringLiteral(" (") % esc(answer.source) % u')';
    if (!answer.note.isEmpty())
        line += QStringLiteral("<br/><i>Note: ") % esc(answer.note) % QStringLiteral("</i>");
    return line;
}

QString indicatorList(const QList<ReportIndicator>& indicators, const QString& heading)
{
    if (indicators.isEmpty())
        return {};
    QString out = QStringLiteral("<p class=\"sub\">") % esc(heading) % QStringLiteral("</p>\n<ul>\n");
    for (const ReportIndicator& indicator : indicators) {
        out += QStringLiteral("<li>[") % esc(indicator.strength) % QStringLiteral("] ") % esc(indicator.title);
        if (!indicator.answers.isEmpty()) {
            out += QStringLiteral("<ul>");
            for (const ReportAnswer& answer : indicator.answers)
                out += QStringLiteral("<li>") % answerLine(answer) % QStringLiteral("</li>");
            out += QStringLiteral("</ul>");
        }
        out += QStringLiteral("</li>\n");
    }
    return out + QStringLiteral("</ul>\n");
}

QString elementBlock(const ReportElement& element)
{
    QString out = QStringLiteral("<h3>") % esc(element.title) % QStringLiteral(" — ") % esc(element.status.toUpper())
        % QStringLiteral("</h3>\n<p>Indicators present: ") % esc(element.present);
    if (element.upperBound != element.present)
        out += QStringLiteral("; counting open questions, up to: ") % esc(element.upperBound);
    out += QStringLiteral("</p>\n");
    if (!element.advice.isEmpty())
        out += QStringLiteral("<p><b>What to do:</b> ") % esc(element.advice) % QStringLiteral("</p>\n");
    out += indicatorList(element.indicators, QStringLiteral("Indicators counted"));
    out += indicatorList(element.openIndicators, QStringLiteral("Indicators still open"));
    if (!element.openQuestions.isEmpty()) {
        out += QStringLiteral("<p class=\"sub\">Questions that could decide this element</p>\n<ul>\n");
        for (const ReportAnswer& question : element.openQuestions)
            out += QStringLiteral("<li>") % esc(question.question) % QStringLiteral(" (now: ") % esc(question.value)
                % QStringLiteral(")</li>\n");
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

QString profileBlock(const ReportProfile& profile)
{
    QString out = QStringLiteral("<h2>Profile: ") % esc(profile.title) % QStringLiteral(" — ")
        % esc(profile.applicability) % QStringLiteral("</h2>\n");
    if (!profile.dependsOn.isEmpty())
        out += QStringLiteral("<p>Whether it applies depends on: ") % esc(profile.dependsOn.join(QStringLiteral("; ")))
            % QStringLiteral("</p>\n");
    if (profile.applicability == u"does not apply")
        return out;
    out += QStringLiteral("<p>Result in this profile: <b>")
        % esc(profile.outcome.isEmpty() ? QStringLiteral("none reached yet") : profile.outcome) % QStringLiteral("</b>");
    if (!profile.couldBecome.isEmpty())
        out += QStringLiteral("; could still become: ") % esc(profile.couldBecome.join(QStringLiteral("; ")));
    out += QStringLiteral("</p>\n");
    for (const ReportElement& element : profile.elements)
        out += elementBlock(element);
    return out;
}

QString answersBlock(const QList<ReportSection>& sections, bool includesNotes)
{
    QString out = QStringLiteral("<h2>Answers by section</h2>\n");
    if (!includesNotes)
        out += QStringLiteral("<p>Caseworker notes are not included in this summary.</p>\n");
    if (sections.isEmpty())
        return out + QStringLiteral("<p>No answers recorded yet.</p>\n");
    for (const ReportSection& section : sections) {
        out += QStringLiteral("<h3>") % esc(section.title) % QStringLiteral("</h3>\n")
            % QStringLiteral("<table class=\"answers\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n")
            % QStringLiteral("<tr><th align=\"left\">Question</th><th align=\"left\">Answer</th>"
                             "<th align=\"left\">Source</th><th align=\"left\">Note</th></tr>\n");
        for (const ReportAnswer& answer : section.answers) {
            QString value = esc(answer.value);
            if (answer.notCounted)
                value += QStringLiteral("<br/><i>(kept; question no longer applies, not counted)</i>");
            out += QStringLiteral("<tr><td>") % esc(answer.question) % QStringLiteral("</td><td>") % value
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
                          "<th align=\"left\">Interpreter</th><th align=\"left\">Language</th></tr>\n");
    for (const ReportSession& session : sessions) {
        out += QStringLiteral("<tr><td>") % esc(dateText(session.start)) % QStringLiteral("</td><td>")
            % esc(session.end.isValid() ? dateText(session.end) : QStringLiteral("not ended"))
            % QStringLiteral("</td><td>") % (session.interpreterUsed ? QStringLiteral("yes") : QStringLiteral("no"))
            % QStringLiteral("</td><td>") % esc(session.language) % QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</table>\n");
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
                         "</style>\n</head>\n<body>\n");
    if (summary.training)
        out += QStringLiteral("<p class=\"training\">TRAINING — fictional case. Not a real person.</p>\n");
    out += QStringLiteral("<h1>Case summary ") % esc(summary.caseCode) % QStringLiteral("</h1>\n");

    out += QStringLiteral("<table class=\"result\" width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\"><tr><td>")
        % QStringLiteral("<p><b>Screening result: ")
        % esc(summary.outcome.isEmpty() ? QStringLiteral("none reached yet") : summary.outcome)
        % QStringLiteral("</b>") % (summary.outcome.isEmpty() ? QString() : QStringLiteral(" (level %1)").arg(summary.level))
        % QStringLiteral("</p>\n");
    if (summary.conditional)
        out += QStringLiteral("<p><b>Conditional:</b> the result depends on open questions; see the notes.</p>\n");
    if (!summary.outcomeAdvice.isEmpty())
        out += QStringLiteral("<p>Advice: ") % esc(summary.outcomeAdvice) % QStringLiteral("</p>\n");
    out += QStringLiteral("<p><i>") % esc(summary.screeningStatement) % QStringLiteral("</i></p>\n");
    for (const QString& note : summary.notes)
        out += QStringLiteral("<p>Note: ") % esc(note) % QStringLiteral("</p>\n");
    out += QStringLiteral("</td></tr></table>\n");

    out += QStringLiteral("<h2>Case</h2>\n<table cellpadding=\"2\">\n") % row(QStringLiteral("Case code"), esc(summary.caseCode))
        % row(QStringLiteral("Status"), esc(summary.status)
                  % (summary.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") % esc(summary.statusReason)))
        % row(QStringLiteral("Started"), esc(dateText(summary.createdAt)))
        % row(QStringLiteral("Last change"), esc(dateText(summary.updatedAt)))
        % row(QStringLiteral("Checklist"), esc(summary.checklistTitle))
        % row(QStringLiteral("Checklist id and version"), esc(summary.checklistId % QStringLiteral(" ") % summary.checklistVersion))
        % row(QStringLiteral("Checklist SHA-256"), QStringLiteral("<tt>") % esc(summary.checklistSha256) % QStringLiteral("</tt>"))
        % row(QStringLiteral("Exported"), esc(dateText(summary.exportedAt))) % QStringLiteral("</table>\n");
    out += sessionsBlock(summary.sessions);

    out += QStringLiteral("<h2>How the result was reached</h2>\n");
    for (const ReportProfile& profile : summary.profiles)
        out += profileBlock(profile);
    out += answersBlock(summary.sections, summary.includesNotes);

    if (!forPrint)
        out += QStringLiteral("<hr/><p>Exported ") % esc(dateText(summary.exportedAt)) % QStringLiteral(" by Lantern. ")
            % esc(summary.screeningStatement) % QStringLiteral("</p>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace lantern
