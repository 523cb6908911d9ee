// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ProvenanceSummary.h"

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
        return QStringLiteral("checklist");
    case UnverifiedItem::Kind::Element:
        return QStringLiteral("element");
    case UnverifiedItem::Kind::Indicator:
        return QStringLiteral("indicator");
    case UnverifiedItem::Kind::Profile:
        return QStringLiteral("profile");
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
    lines.append(summary.verified ? QStringLiteral("Verified against its sources.")
                                  : QStringLiteral("Not verified against its sources as a whole."));
    for (const QString& source : summary.sources)
        lines.append(QStringLiteral("Source: ") + source);
    if (summary.unverified.isEmpty())
        return lines;
    lines.append(QStringLiteral("Not yet verified:"));
    for (const UnverifiedItem& item : summary.unverified) {
        QString line = QStringLiteral("- %1 %2 (%3)").arg(kindWords(item.kind), item.title, item.id);
        if (!item.source.isEmpty())
            line += QStringLiteral(", source: %1%2")
                        .arg(item.source,
                            item.locator.isEmpty() ? QString() : QStringLiteral(", ") + item.locator);
        if (!item.note.isEmpty())
            line += QStringLiteral(": ") + item.note;
        lines.append(line);
    }
    return lines;
}

} // namespace lantern::explain
