// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer's one-page HTML report of an exercise comparison. Readable in black and white:
// every verdict and status is a word and a sign, never a colour alone.
// Headings and labels go through Qt's translation system (context "lantern::ExerciseHtml"); a
// translated template is escaped first, then its %1, %2, ... are filled with escaped or marked-up parts.
#include "exercise/ExerciseExport.h"
#include "exercise/ExerciseText.h"
#include "scoring/AssessmentText.h"

#include <QCoreApplication>
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
        return QStringLiteral("\u25CF ") + statusInWords(status);
    case Status::NotMet:
        return QStringLiteral("\u25CB ") + statusInWords(status);
    case Status::Undetermined:
        return QStringLiteral("\u25D0 ") + statusInWords(status);
    }
    return {};
}

QString applicabilityText(Applicability applicability)
{
    switch (applicability) {
    case Applicability::Applies:
        return QCoreApplication::translate("lantern::ExerciseHtml", "applies");
    case Applicability::DoesNotApply:
        return QCoreApplication::translate("lantern::ExerciseHtml", "does not apply");
    case Applicability::Undetermined:
        return QCoreApplication::translate("lantern::ExerciseHtml", "may apply (depends on open questions)");
    }
    return {};
}

QString missText(MissReason reason)
{
    switch (reason) {
    case MissReason::LeftOpen:
        return QCoreApplication::translate("lantern::ExerciseHtml", "left open (not a \u201Cno\u201D)");
    case MissReason::AnsweredDifferently:
        return QCoreApplication::translate("lantern::ExerciseHtml", "answered differently");
    case MissReason::NotShown:
        return QCoreApplication::translate("lantern::ExerciseHtml", "question not shown on the participant's answers");
    case MissReason::None:
        break;
    }
    return {};
}

QString bold(const QString& text)
{
    return QStringLiteral("<b>") % esc(text) % QStringLiteral("</b>");
}

QString outcomeText(const OutcomeSide& side)
{
    QString out = bold(side.title);
    if (!side.profileTitle.isEmpty())
        out += QStringLiteral(" (") % esc(side.profileTitle) % u')';
    if (side.conditional) {
        out = esc(QCoreApplication::translate("lantern::ExerciseHtml", "%1 — conditional: no profile surely applies",
                  "%1: a result"))
                  .arg(out);
    }
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
        out += QStringLiteral("<li>[") % esc(exercise::ExerciseText::strengthWords(indicator.strength)) % QStringLiteral("] ")
            % esc(indicator.title);
        if (verdict == IndicatorVerdict::Missed)
            out += QStringLiteral(" — <i>") % esc(missText(indicator.missReason)) % QStringLiteral("</i>");
        out += QStringLiteral("</li>\n");
    }
    return out + QStringLiteral("</ul>\n");
}

QString elementBlock(const ElementComparison& element)
{
    const QString same = element.agrees()
        ? esc(QCoreApplication::translate("lantern::ExerciseHtml", "\u2713 same"))
        : QStringLiteral("\u2260 ") % bold(QCoreApplication::translate("lantern::ExerciseHtml", "differs"));
    QString out = QStringLiteral("<h3>") % esc(element.title) % QStringLiteral("</h3>\n<p>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Model answer: %1 · Participant: %2 · %3",
              "%3: whether the two are the same"))
              .arg(esc(statusText(element.model)), esc(statusText(element.participant)), same)
        % QStringLiteral("</p>\n");
    out += indicatorList(element, IndicatorVerdict::Found, QCoreApplication::translate("lantern::ExerciseHtml", "\u2713 Found"));
    out += indicatorList(element, IndicatorVerdict::Missed, QCoreApplication::translate("lantern::ExerciseHtml", "\u2717 Missed"));
    out += indicatorList(element, IndicatorVerdict::Added, QCoreApplication::translate("lantern::ExerciseHtml", "+ Added"));
    if (element.indicators.isEmpty()) {
        out += QStringLiteral("<p>")
            % esc(QCoreApplication::translate("lantern::ExerciseHtml", "No indicator of this element is present on either side."))
            % QStringLiteral("</p>\n");
    }
    return out;
}

/// A table header cell.
QString th(const QString& label, bool left = true)
{
    return (left ? QStringLiteral("<th align=\"left\">") : QStringLiteral("<th>")) % esc(label) % QStringLiteral("</th>");
}

QString profileBlock(const ProfileComparison& profile)
{
    const QString matches = profile.outcomeMatches()
        ? QCoreApplication::translate("lantern::ExerciseHtml", "(\u2713 matches)")
        : QCoreApplication::translate("lantern::ExerciseHtml", "(\u2260 differs)");
    QString out = QStringLiteral("<h2>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Profile: %1")).arg(esc(profile.title))
        % QStringLiteral("</h2>\n<p>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Model answer: %1; participant: %2."))
              .arg(esc(applicabilityText(profile.model)), esc(applicabilityText(profile.participant)))
        % QStringLiteral("</p>\n<p>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Result here — model answer: %1; participant: %2 %3",
              "%3: whether they match"))
              .arg(bold(profile.modelOutcome.title), bold(profile.participantOutcome.title), esc(matches))
        % QStringLiteral("</p>\n");
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr>")
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Element"))
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Model answer"))
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Participant"))
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Found"), false)
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Missed"), false)
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Added"), false) % QStringLiteral("</tr>\n");
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
    QString out = QStringLiteral("<h2>") % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Reasoning"))
        % QStringLiteral("</h2>\n<ul>\n");
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
    QString out = QStringLiteral("<h2>") % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Answers that differ"))
        % QStringLiteral("</h2>\n");
    if (differences.isEmpty()) {
        return out % QStringLiteral("<p>")
            % esc(QCoreApplication::translate("lantern::ExerciseHtml", "The participant gave the same answers as the model answer."))
            % QStringLiteral("</p>\n");
    }
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr>")
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Question"))
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Model answer"))
        % th(QCoreApplication::translate("lantern::ExerciseHtml", "Participant")) % QStringLiteral("</tr>\n");
    const QString leftOpen = QStringLiteral(" <i>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "(left open)")) % QStringLiteral("</i>");
    for (const AnswerDifference& difference : differences) {
        out += QStringLiteral("<tr><td>") % esc(difference.questionText) % QStringLiteral("<br/><small>")
            % esc(difference.questionId) % QStringLiteral("</small></td><td>") % esc(difference.modelAnswer)
            % QStringLiteral("</td><td>") % esc(difference.participantAnswer)
            % (difference.participantOpen ? leftOpen : QString()) % QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString exerciseHtml(const ExerciseComparison& comparison, const ExerciseExportInfo& info)
{
    const bool matches = comparison.outcomeMatches();
    const VerdictCounts& counts = comparison.counts;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") % esc(comparison.language)
        % QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Exercise comparison — %1")).arg(esc(info.caseStudyTitle))
        % QStringLiteral("</title>\n<style>\n"
                         "body { font-family: sans-serif; font-size: 10pt; color: #000; }\n"
                         "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; }\n"
                         "h3 { font-size: 11pt; } th { background: #eee; }\n"
                         ".sub { font-weight: bold; margin-bottom: 0; }\n"
                         ".training { border: 2px dashed #000; padding: 4pt; font-weight: bold; }\n"
                         ".headline { border: 2px solid #000; padding: 6pt; }\n"
                         ".big { font-size: 15pt; font-weight: bold; margin: 0 0 4pt 0; }\n"
                         "</style>\n</head>\n<body>\n");
    out += QStringLiteral("<p class=\"training\">")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "%1. Not a real person; for the workshop only.",
              "%1: the training mark"))
              .arg(esc(exerciseTrainingMark()))
        % QStringLiteral("</p>\n");
    out += QStringLiteral("<h1>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Exercise comparison: %1")).arg(esc(info.caseStudyTitle))
        % QStringLiteral("</h1>\n");
    out += QStringLiteral("<table cellpadding=\"2\">\n")
        % row(QCoreApplication::translate("lantern::ExerciseHtml", "Participant"), esc(info.participantLabel))
        % row(QCoreApplication::translate("lantern::ExerciseHtml", "Case study"), esc(info.caseStudyTitle))
        % row(QCoreApplication::translate("lantern::ExerciseHtml", "Checklist"),
            esc(QCoreApplication::translate("lantern::ExerciseHtml", "%1 (%2 version %3)", "a checklist's title, id and version")
                    .arg(comparison.checklistTitle, comparison.checklistId, comparison.checklistVersion)));
    if (info.exportedAt.isValid()) {
        out += row(QCoreApplication::translate("lantern::ExerciseHtml", "Exported"),
            esc(info.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    }
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<div class=\"headline\">\n<p class=\"big\">")
        % esc(matches ? QCoreApplication::translate("lantern::ExerciseHtml", "\u2713 The outcome matches the model answer")
                      : QCoreApplication::translate("lantern::ExerciseHtml", "\u2260 The outcome differs from the model answer"))
        % QStringLiteral("</p>\n<p>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Model answer: %1")).arg(outcomeText(comparison.model))
        % QStringLiteral("<br/>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Participant: %1")).arg(outcomeText(comparison.participant))
        % QStringLiteral("</p>\n<p>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml", "Indicators: \u2713 %1 found · \u2717 %2 missed · + %3 added"))
              .arg(QString::number(counts.found), QString::number(counts.missed), QString::number(counts.added))
        % QStringLiteral("</p>\n</div>\n");

    if (comparison.profiles.isEmpty()) {
        out += QStringLiteral("<p>")
            % esc(QCoreApplication::translate(
                "lantern::ExerciseHtml", "No profile applies on either side, so there are no elements to compare."))
            % QStringLiteral("</p>\n");
    }
    for (const ProfileComparison& profile : comparison.profiles)
        out += profileBlock(profile);
    out += reasoningBlock(comparison);
    out += differencesBlock(comparison.differences);
    out += QStringLiteral("<hr/><p>")
        % esc(QCoreApplication::translate("lantern::ExerciseHtml",
              "%1. A screening exercise, not an identification. Exported by Lantern.", "%1: the training mark"))
              .arg(esc(exerciseTrainingMark()))
        % QStringLiteral("</p>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace lantern
