// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ProvenanceSummary.h"

#include <QCoreApplication>

// The words go through Qt's translation system (context "lantern::ProvenanceSummary"): the window
// shows them in the interface language, the command line (no translator) in English.

namespace lantern::explain {

namespace {

QString sourceTitle(const Checklist& checklist, const QString& sourceId)
{
    for (const Source& source : checklist.provenance.sources) {
        if (source.id == sourceId)
            return source.title.isEmpty() ? sourceId : source.title;
    }
    return sourceId;
}

void addIfUnverified(ProvenanceSummary& summary, const Checklist& checklist, UnverifiedItem::Kind kind,
    const QString& id, const QString& title, const std::optional<Citation>& citation)
{
    if (!citation || citation->verified)
        return;
    summary.unverified.append(
        { kind, id, title, sourceTitle(checklist, citation->source), citation->locator, citation->note });
}

} // namespace

QString kindWords(UnverifiedItem::Kind kind)
{
    switch (kind) {
    case UnverifiedItem::Kind::Checklist:
        return QCoreApplication::translate("lantern::ProvenanceSummary", "checklist");
    case UnverifiedItem::Kind::Element:
        return QCoreApplication::translate("lantern::ProvenanceSummary", "element");
    case UnverifiedItem::Kind::Indicator:
        return QCoreApplication::translate("lantern::ProvenanceSummary", "indicator");
    case UnverifiedItem::Kind::Profile:
        return QCoreApplication::translate("lantern::ProvenanceSummary", "profile");
    }
    return {};
}

ProvenanceSummary summarizeProvenance(const Checklist& checklist, const ExplainLanguage& language)
{
    ProvenanceSummary summary;
    summary.verified = checklist.provenance.verified;
    summary.notes = language.text(checklist.provenance.notes);
    for (const Source& source : checklist.provenance.sources) {
        QStringList parts { source.title.isEmpty() ? source.id : source.title };
        if (!source.citation.isEmpty())
            parts.append(source.citation);
        if (!source.url.isEmpty())
            parts.append(source.url);
        summary.sources.append(parts.join(QStringLiteral(" \u2014 ")));
    }
    if (!checklist.provenance.verified) {
        summary.unverified.append({ UnverifiedItem::Kind::Checklist, checklist.id,
            language.text(checklist.title), {}, {}, summary.notes });
    }
    for (const Element& element : checklist.elements) {
        addIfUnverified(summary, checklist, UnverifiedItem::Kind::Element, element.id,
            language.text(element.title), element.citation);
    }
    for (const Indicator& indicator : checklist.indicators) {
        addIfUnverified(summary, checklist, UnverifiedItem::Kind::Indicator, indicator.id,
            language.text(indicator.title), indicator.citation);
    }
    for (const Profile& profile : checklist.profiles) {
        addIfUnverified(summary, checklist, UnverifiedItem::Kind::Profile, profile.id,
            language.text(profile.title), profile.citation);
    }
    return summary;
}

QStringList provenanceLines(const ProvenanceSummary& summary)
{
    QStringList lines;
    lines.append(summary.verified
            ? QCoreApplication::translate("lantern::ProvenanceSummary", "Verified against its sources.")
            : QCoreApplication::translate(
                "lantern::ProvenanceSummary", "Not verified against its sources as a whole."));
    for (const QString& source : summary.sources)
        lines.append(QCoreApplication::translate("lantern::ProvenanceSummary", "Source: %1").arg(source));
    if (summary.unverified.isEmpty())
        return lines;
    lines.append(QCoreApplication::translate("lantern::ProvenanceSummary", "Not yet verified:"));
    for (const UnverifiedItem& item : summary.unverified) {
        // Each addition wraps the line so far (%1), so a language can place it where it reads best.
        QString line = QCoreApplication::translate("lantern::ProvenanceSummary", "- %1 %2 (%3)",
            "a list item: the kind of part (element, indicator, ...), its title and its id")
                           .arg(kindWords(item.kind), item.title, item.id);
        if (!item.source.isEmpty() && !item.locator.isEmpty()) {
            line = QCoreApplication::translate(
                "lantern::ProvenanceSummary", "%1, source: %2, %3", "%3: where in the source, e.g. p. 4")
                       .arg(line, item.source, item.locator);
        } else if (!item.source.isEmpty()) {
            line = QCoreApplication::translate("lantern::ProvenanceSummary", "%1, source: %2")
                       .arg(line, item.source);
        }
        if (!item.note.isEmpty()) {
            line = QCoreApplication::translate(
                "lantern::ProvenanceSummary", "%1: %2", "a part and what is still to check")
                       .arg(line, item.note);
        }
        lines.append(line);
    }
    return lines;
}

} // namespace lantern::explain
