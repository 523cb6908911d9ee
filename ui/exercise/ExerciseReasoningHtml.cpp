// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseReasoningHtml.h"

#include "exercise/ExerciseElementTree.h"

#include <QStringBuilder>

namespace lantern {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString bullets(const QStringList& sentences)
{
    QString out = QStringLiteral("<ul style=\"margin-top:2px\">");
    for (const QString& sentence : sentences)
        out += QStringLiteral("<li>") % esc(sentence) % QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

} // namespace

QString ExerciseReasoningHtml::render(const ExerciseComparison& comparison)
{
    QString out = QStringLiteral("<h3>") % esc(tr("Overall")) % QStringLiteral("</h3>") % bullets(comparison.summary);
    for (const ProfileComparison& profile : comparison.profiles) {
        out += QStringLiteral("<h3>") % esc(profile.title) % QStringLiteral("</h3>");
        for (const ElementComparison& element : profile.elements) {
            if (element.reasoning.isEmpty())
                continue;
            out += QStringLiteral("<a name=\"") % esc(ExerciseElementTree::anchorFor(profile.profileId, element.elementId))
                % QStringLiteral("\"></a><p style=\"margin-bottom:0\"><b>") % esc(element.title) % QStringLiteral("</b> \u2014 ")
                % esc(tr("model answer: %1; yours: %2")
                          .arg(ExerciseElementTree::statusText(element.model),
                              ExerciseElementTree::statusText(element.participant)))
                % QStringLiteral("</p>") % bullets(element.reasoning);
        }
        for (const QString& sentence : profile.reasoning)
            out += QStringLiteral("<p><b>") % esc(sentence) % QStringLiteral("</b></p>");
    }
    out += QStringLiteral("<h3>") % esc(tr("Answers that differ")) % QStringLiteral("</h3>");
    if (comparison.differences.isEmpty())
        return out % QStringLiteral("<p>") % esc(tr("You gave the same answers as the model answer.")) % QStringLiteral("</p>");
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\"><tr><th align=\"left\">")
        % esc(tr("Question")) % QStringLiteral("</th><th align=\"left\">") % esc(tr("Model answer"))
        % QStringLiteral("</th><th align=\"left\">") % esc(tr("Yours")) % QStringLiteral("</th></tr>");
    for (const AnswerDifference& difference : comparison.differences) {
        out += QStringLiteral("<tr><td>") % esc(difference.questionText) % QStringLiteral("</td><td>")
            % esc(difference.modelAnswer) % QStringLiteral("</td><td>") % esc(difference.participantAnswer)
            % (difference.participantOpen ? QString(QStringLiteral(" <i>") % esc(tr("(left open)")) % QStringLiteral("</i>"))
                                        : QString())
            % QStringLiteral("</td></tr>");
    }
    return out + QStringLiteral("</table>");
}

} // namespace lantern
