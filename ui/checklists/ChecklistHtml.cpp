// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/ChecklistHtml.h"

#include "explain/ChecklistWords.h"
#include "explain/ProvenanceSummary.h"

#include <QStringBuilder>

namespace lantern {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

} // namespace

QString ChecklistHtml::overview(const QString& path, bool bundled) const
{
    const explain::ChecklistWords words(m_checklist, m_language);
    int questions = 0;
    int sensitive = 0;
    for (const Section& section : m_checklist.sections) {
        questions += int(section.questions.size());
        for (const Question& question : section.questions)
            sensitive += question.sensitive ? 1 : 0;
    }
    QStringList languages;
    for (const QString& language : m_checklist.languages)
        languages.append(
            language == m_checklist.defaultLanguage ? tr("%1 (default)").arg(language) : language);

    QString html = QStringLiteral("<h2>%1</h2><table>").arg(esc(words.text(m_checklist.title)));
    html += row(tr("Id"), m_checklist.id);
    html += row(tr("Version"), m_checklist.version);
    html += row(tr("Languages"), languages.join(QStringLiteral(", ")));
    html += row(tr("Format"), m_checklist.format);
    html += row(tr("File"), bundled ? tr("%1 (bundled with Lantern)").arg(path) : path);
    html += row(tr("Verified"), m_checklist.provenance.verified ? tr("yes") : tr("no \u2014 see Provenance"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(esc(words.text(m_checklist.description)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(
                    tr("%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.")
                        .arg(QString::number(m_checklist.sections.size()), QString::number(questions),
                            QString::number(sensitive), QString::number(m_checklist.indicators.size()),
                            QString::number(m_checklist.elements.size()),
                            QString::number(m_checklist.profiles.size()))));
    return html;
}

QString ChecklistHtml::scoring() const
{
    const explain::ChecklistWords words(m_checklist, m_language);
    QString html;
    for (const Profile& profile : m_checklist.profiles) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(words.text(profile.title)));
        html += QStringLiteral("<p>%1</p>").arg(esc(words.appliesText(profile)));
        html += QStringLiteral("<h4>%1</h4><table cellpadding=\"3\">")
                    .arg(esc(tr("Elements and when each is met")));
        for (const Element& element : m_checklist.elements) {
            QMap<Strength, int> counts;
            for (const Indicator& indicator : m_checklist.indicators) {
                const auto strength = indicator.strengthByProfile.constFind(profile.id);
                if (indicator.element == element.id && strength != indicator.strengthByProfile.constEnd())
                    counts[*strength] += 1;
            }
            const QString weighed = counts.isEmpty()
                ? tr("no indicator weighed here")
                : tr("weighs %1 strong, %2 medium, %3 weak")
                      .arg(QString::number(counts.value(Strength::Strong)),
                          QString::number(counts.value(Strength::Medium)),
                          QString::number(counts.value(Strength::Weak)));
            html += QStringLiteral(
                "<tr><td valign=\"top\"><b>%1</b><br>%2</td><td valign=\"top\">%3</td></tr>")
                        .arg(esc(words.text(element.title)), esc(weighed), esc(words.thresholdText(element)));
        }
        html += QStringLiteral("</table><h4>%1</h4><ol>").arg(esc(tr("Outcomes, tried in order")));
        for (const Outcome& outcome : profile.outcomes) {
            html += QStringLiteral("<li><b>%1</b> (%2)<br>%3</li>")
                        .arg(esc(words.text(outcome.title)), esc(tr("level %1").arg(outcome.level)),
                            esc(words.outcomeRuleText(outcome)));
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString ChecklistHtml::provenance() const
{
    const explain::ProvenanceSummary summary
        = explain::summarizeProvenance(m_checklist, explain::ExplainLanguage::of(m_checklist, m_language));
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(esc(summary.verified ? tr("Marked as verified against its sources.")
                                                 : tr("Not verified: parts of this checklist still have to "
                                                      "be checked against their sources.")));
    if (!summary.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(summary.notes));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Sources")));
    for (const QString& source : summary.sources)
        html += QStringLiteral("<li>%1</li>").arg(esc(source));
    html += QStringLiteral("</ul>");
    if (summary.unverified.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing is marked unverified.")));
    html += QStringLiteral("<h4>%1</h4><table cellpadding=\"3\">")
                .arg(esc(tr("Still unverified (%1)").arg(summary.unverified.size())));
    for (const explain::UnverifiedItem& item : summary.unverified) {
        QStringList lines { QStringLiteral("<b>%1</b> <i>%2</i>").arg(esc(item.title), esc(item.id)) };
        QStringList where { item.source, item.locator };
        where.removeAll(QString());
        if (!where.isEmpty())
            lines.append(esc(where.join(QStringLiteral(", "))));
        // The checklist's own note is the notes shown above; do not print it twice.
        if (item.kind == explain::UnverifiedItem::Kind::Checklist)
            lines.append(esc(tr("As a whole: see the notes above.")));
        else if (!item.note.isEmpty())
            lines.append(esc(item.note));
        html += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>")
                    .arg(esc(explain::kindWords(item.kind)), lines.join(QStringLiteral("<br>")));
    }
    return html + QStringLiteral("</table>");
}

} // namespace lantern
