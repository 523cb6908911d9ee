// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer's one-page HTML report of an exercise comparison. Readable in black and white:
// every verdict and status is a word and a sign, never a colour alone.
#include "exercise/ExerciseExport.h"

#include <QStringBuilder>

namespace lantern {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Met:
        return QStringLiteral("\u25CF met");
    case Status::NotMet:
        return QStringLiteral("\u25CB not met");
    case Status::Undetermined:
        return QStringLiteral("\u25D0 undetermined");
    }
    return {};
}

QString applicabilityText(Applicability applicability)
{
    switch (applicability) {
    case Applicability::Applies:
        return QStringLiteral("applies");
    case Applicability::DoesNotApply:
        return QStringLiteral("does not apply");
    case Applicability::Undetermined:
        return QStringLiteral("may apply (depends on open questions)");
    }
    return {};
}

QString missText(MissReason reason)
{
    switch (reason) {
    case MissReason::LeftOpen:
        return QStringLiteral("left open (not a \u201Cno\u201D)");
    case MissReason::AnsweredDifferently:
        return QStringLiteral("answered differently");
    case MissReason::NotShown:
        return QStringLiteral("question not shown on the participant's answers");
    case MissReason::None:
        break;
    }
    return {};
}

QString outcomeText(const OutcomeSide& side)
{
    QString out = QStringLiteral("<b>") % esc(side.title) % QStringLiteral("</b>");
    if (!side.profileTitle.isEmpty())
        out += QStringLiteral(" (") % esc(side.profileTitle) % u')';
    if (side.conditional)
        out += QStringLiteral(" — conditional: no profile surely applies");
    return out;
}

QString row(const QString& label, const QString& htmlValue)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">") % esc(label) % QStringLiteral("</th><td>")
        % htmlValue % QStringLiteral("</td></tr>\n");
}

QString indicatorList(const ElementComparison& element, IndicatorVerdict verdict, const QString& heading)
{
    const QList<IndicatorComparison> indicators = element.withVerdict(verdict);
    if (indicators.isEmpty())
        return {};
    QString out = QStringLiteral("<p class=\"sub\">") % esc(heading) % QStringLiteral(" (%1)</p>\n<ul>\n").arg(indicators.size());
    for (const IndicatorComparison& indicator : indicators) {
        out += QStringLiteral("<li>[") % esc(toString(indicator.strength)) % QStringLiteral("] ") % esc(indicator.title);
        if (verdict == IndicatorVerdict::Missed)
            out += QStringLiteral(" — <i>") % esc(missText(indicator.missReason)) % QStringLiteral("</i>");
        out += QStringLiteral("</li>\n");
    }
    return out + QStringLiteral("</ul>\n");
}

QString elementBlock(const ElementComparison& element)
{
    QString out = QStringLiteral("<h3>") % esc(element.title) % QStringLiteral("</h3>\n<p>Model answer: ")
        % esc(statusText(element.model)) % QStringLiteral(" · Participant: ") % esc(statusText(element.participant))
        % QStringLiteral(" · ") % (element.agrees() ? QStringLiteral("\u2713 same") : QStringLiteral("\u2260 <b>differs</b>"))
        % QStringLiteral("</p>\n");
    out += indicatorList(element, IndicatorVerdict::Found, QStringLiteral("\u2713 Found"));
    out += indicatorList(element, IndicatorVerdict::Missed, QStringLiteral("\u2717 Missed"));
    out += indicatorList(element, IndicatorVerdict::Added, QStringLiteral("+ Added"));
    if (element.indicators.isEmpty())
        out += QStringLiteral("<p>No indicator of this element is present on either side.</p>\n");
    return out;
}

QString profileBlock(const ProfileComparison& profile)
{
    QString out = QStringLiteral("<h2>Profile: ") % esc(profile.title) % QStringLiteral("</h2>\n<p>Model answer: ")
        % esc(applicabilityText(profile.model)) % QStringLiteral("; participant: ") % esc(applicabilityText(profile.participant))
        % QStringLiteral(".</p>\n<p>Result here — model answer: <b>") % esc(profile.modelOutcome.title)
        % QStringLiteral("</b>; participant: <b>") % esc(profile.participantOutcome.title) % QStringLiteral("</b> ")
        % (profile.outcomeMatches() ? QStringLiteral("(\u2713 matches)") : QStringLiteral("(\u2260 differs)"))
        % QStringLiteral("</p>\n");
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n"
                          "<tr><th align=\"left\">Element</th><th align=\"left\">Model answer</th>"
                          "<th align=\"left\">Participant</th><th>Found</th><th>Missed</th><th>Added</th></tr>\n");
    for (const ElementComparison& element : profile.elements) {
        out += QStringLiteral("<tr><td>") % esc(element.title) % QStringLiteral("</td><td>") % esc(statusText(element.model))
            % QStringLiteral("</td><td>") % esc(statusText(element.participant))
            % (element.agrees() ? QString() : QStringLiteral(" \u2260")) % QStringLiteral("</td><td align=\"center\">")
            % QString::number(element.counts.found) % QStringLiteral("</td><td align=\"center\">")
            % QString::number(element.counts.missed) % QStringLiteral("</td><td align=\"center\">")
            % QString::number(element.counts.added) % QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</table>\n");
    for (const ElementComparison& element : profile.elements)
        out += elementBlock(element);
    return out;
}

QString reasoningBlock(const ExerciseComparison& comparison)
{
    QString out = QStringLiteral("<h2>Reasoning</h2>\n<ul>\n");
    for (const QString& sentence : comparison.summary)
        out += QStringLiteral("<li>") % esc(sentence) % QStringLiteral("</li>\n");
    out += QStringLiteral("</ul>\n");
    for (const ProfileComparison& profile : comparison.profiles) {
        out += QStringLiteral("<h3>") % esc(profile.title) % QStringLiteral("</h3>\n<ul>\n");
        for (const ElementComparison& element : profile.elements) {
            for (const QString& sentence : element.reasoning)
                out += QStringLiteral("<li>") % esc(sentence) % QStringLiteral("</li>\n");
        }
        for (const QString& sentence : profile.reasoning)
            out += QStringLiteral("<li><b>") % esc(sentence) % QStringLiteral("</b></li>\n");
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

QString differencesBlock(const QList<AnswerDifference>& differences)
{
    QString out = QStringLiteral("<h2>Answers that differ</h2>\n");
    if (differences.isEmpty())
        return out + QStringLiteral("<p>The participant gave the same answers as the model answer.</p>\n");
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n"
                          "<tr><th align=\"left\">Question</th><th align=\"left\">Model answer</th>"
                          "<th align=\"left\">Participant</th></tr>\n");
    for (const AnswerDifference& difference : differences) {
        out += QStringLiteral("<tr><td>") % esc(difference.questionText) % QStringLiteral("<br/><small>")
            % esc(difference.questionId) % QStringLiteral("</small></td><td>") % esc(difference.modelAnswer)
            % QStringLiteral("</td><td>") % esc(difference.participantAnswer)
            % (difference.participantOpen ? QStringLiteral(" <i>(left open)</i>") : QString())
            % QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString exerciseHtml(const ExerciseComparison& comparison, const ExerciseExportInfo& info)
{
    const bool matches = comparison.outcomeMatches();
    const VerdictCounts& counts = comparison.counts;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") % esc(comparison.language)
        % QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Exercise comparison — ")
        % esc(info.caseStudyTitle) % QStringLiteral("</title>\n<style>\n"
                                                    "body { font-family: sans-serif; font-size: 10pt; color: #000; }\n"
                                                    "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; }\n"
                                                    "h3 { font-size: 11pt; } th { background: #eee; }\n"
                                                    ".sub { font-weight: bold; margin-bottom: 0; }\n"
                                                    ".training { border: 2px dashed #000; padding: 4pt; font-weight: bold; }\n"
                                                    ".headline { border: 2px solid #000; padding: 6pt; }\n"
                                                    ".big { font-size: 15pt; font-weight: bold; margin: 0 0 4pt 0; }\n"
                                                    "</style>\n</head>\n<body>\n");
    out += QStringLiteral("<p class=\"training\">") % esc(exerciseTrainingMark())
        % QStringLiteral(". Not a real person; for the workshop only.</p>\n");
    out += QStringLiteral("<h1>Exercise comparison: ") % esc(info.caseStudyTitle) % QStringLiteral("</h1>\n");
    out += QStringLiteral("<table cellpadding=\"2\">\n") % row(QStringLiteral("Participant"), esc(info.participantLabel))
        % row(QStringLiteral("Case study"), esc(info.caseStudyTitle))
        % row(QStringLiteral("Checklist"),
            esc(comparison.checklistTitle % QStringLiteral(" (") % comparison.checklistId % QStringLiteral(" version ")
                % comparison.checklistVersion % u')'));
    if (info.exportedAt.isValid())
        out += row(QStringLiteral("Exported"), esc(info.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<div class=\"headline\">\n<p class=\"big\">")
        % (matches ? QStringLiteral("\u2713 The outcome matches the model answer")
                   : QStringLiteral("\u2260 The outcome differs from the model answer"))
        % QStringLiteral("</p>\n<p>Model answer: ") % outcomeText(comparison.model) % QStringLiteral("<br/>Participant: ")
        % outcomeText(comparison.participant) % QStringLiteral("</p>\n<p>Indicators: \u2713 ") % QString::number(counts.found)
        % QStringLiteral(" found · \u2717 ") % QString::number(counts.missed) % QStringLiteral(" missed · + ")
        % QString::number(counts.added) % QStringLiteral(" added</p>\n</div>\n");

    if (comparison.profiles.isEmpty())
        out += QStringLiteral("<p>No profile applies on either side, so there are no elements to compare.</p>\n");
    for (const ProfileComparison& profile : comparison.profiles)
        out += profileBlock(profile);
    out += reasoningBlock(comparison);
    out += differencesBlock(comparison.differences);
    out += QStringLiteral("<hr/><p>") % esc(exerciseTrainingMark())
        % QStringLiteral(". A screening exercise, not an identification. Exported by Lantern.</p>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace lantern
