// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Aggregate.h"

#include <algorithm>
#include <QHash>

namespace lantern {

namespace {

/// The generalisation ladder, from finest to coarsest; each level includes the ones before it.
struct Level
{
    QString description;
    void (*apply)(QuasiIdentifiers&);
};

QString childOrAdult(const QString& band)
{
    if (band == u"0-11" || band == u"12-17")
        return QStringLiteral("child (0-17)");
    if (band == u"unknown" || band == kNotShown)
        return band;
    return QStringLiteral("adult (18+)");
}

const QList<Level>& ladder()
{
    static const QList<Level> levels {
        { QString(), [](QuasiIdentifiers&) {} },
        { QStringLiteral("age shown as child / adult"), [](QuasiIdentifiers& q) { q.ageBand = childOrAdult(q.ageBand); } },
        { QStringLiteral("nationality not shown"), [](QuasiIdentifiers& q) { q.nationality = kNotShown; } },
        { QStringLiteral("year not shown"), [](QuasiIdentifiers& q) { q.year = kNotShown; } },
        { QStringLiteral("sex not shown"), [](QuasiIdentifiers& q) { q.sex = kNotShown; } },
        { QStringLiteral("exploitation type not shown"), [](QuasiIdentifiers& q) { q.exploitation = kNotShown; } },
        { QStringLiteral("age not shown"), [](QuasiIdentifiers& q) { q.ageBand = kNotShown; } },
    };
    return levels;
}

QString keyOf(const QuasiIdentifiers& q)
{
    return QStringList { q.ageBand, q.sex, q.nationality, q.year, q.exploitation }.join(QChar(0x1f));
}

QHash<QString, AggregateGroup> groupAt(const QList<AggregateCase>& cases, int levelCount)
{
    QHash<QString, AggregateGroup> groups;
    for (const AggregateCase& item : cases) {
        QuasiIdentifiers identifiers = item.identifiers;
        for (int level = 0; level < levelCount; ++level)
            ladder().at(level).apply(identifiers);
        AggregateGroup& group = groups[keyOf(identifiers)];
        group.identifiers = identifiers;
        ++group.cases;
        if (!item.outcomeId.isEmpty())
            ++group.outcomes[item.outcomeId];
        for (const QString& element : item.elementsMet)
            ++group.elementsMet[element];
        for (const QString& indicator : item.indicatorsPresent)
            ++group.indicatorsPresent[indicator];
    }
    return groups;
}

int casesBelow(const QHash<QString, AggregateGroup>& groups, int k)
{
    int count = 0;
    for (const AggregateGroup& group : groups) {
        if (group.cases < k)
            count += group.cases;
    }
    return count;
}

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

Aggregate Aggregator::build(const Checklist& checklist, const QList<AggregateCase>& cases, int k)
{
    Aggregate out;
    out.k = std::max(k, 2);
    out.checklistId = checklist.id;
    out.totalCases = int(cases.size());
    for (const Profile& profile : checklist.profiles) {
        for (const Outcome& outcome : profile.outcomes) {
            if (!out.outcomeIds.contains(outcome.id))
                out.outcomeIds.append(outcome.id);
        }
    }
    for (const Element& element : checklist.elements)
        out.elementIds.append(element.id);
    for (const Indicator& indicator : checklist.indicators)
        out.indicatorIds.append(indicator.id);

    const int levels = int(ladder().size());
    const double allowed = kMaxSuppressedShare * double(cases.size());
    int used = levels;
    QHash<QString, AggregateGroup> groups;
    for (int level = 1; level <= levels; ++level) {
        groups = groupAt(cases, level);
        if (double(casesBelow(groups, out.k)) <= allowed || level == levels) {
            used = level;
            break;
        }
    }
    for (int level = 1; level < used; ++level)
        out.generalised.append(ladder().at(level).description);

    for (const AggregateGroup& group : std::as_const(groups)) {
        if (group.cases < out.k) {
            out.suppressedCases += group.cases;
            ++out.suppressedGroups;
        } else {
            out.groups.append(group);
        }
    }
    std::sort(out.groups.begin(), out.groups.end(), [](const AggregateGroup& a, const AggregateGroup& b) {
        return keyOf(a.identifiers) < keyOf(b.identifiers);
    });
    return out;
}

QByteArray Aggregator::toCsv(const Aggregate& aggregate)
{
    QByteArray out;
    if (aggregate.training)
        out += "# TRAINING: fictional cases from a training database, not real people\n";
    out += "# Lantern anonymised aggregate; checklist " + csvField(aggregate.checklistId) + '\n';
    out += "# k = " + QByteArray::number(aggregate.k) + ": every row counts at least k cases\n";
    out += "# cases: " + QByteArray::number(aggregate.totalCases) + " in total, "
        + QByteArray::number(aggregate.totalCases - aggregate.suppressedCases) + " in the rows below, "
        + QByteArray::number(aggregate.suppressedCases) + " suppressed (in "
        + QByteArray::number(aggregate.suppressedGroups) + " groups smaller than k)\n";
    out += "# generalised: "
        + (aggregate.generalised.isEmpty() ? QByteArray("nothing") : aggregate.generalised.join(QStringLiteral("; ")).toUtf8())
        + '\n';

    QList<QByteArray> header { "age_band", "sex", "nationality", "year", "exploitation_type", "cases" };
    for (const QString& id : aggregate.outcomeIds)
        header.append(csvField(QStringLiteral("outcome:") + id));
    for (const QString& id : aggregate.elementIds)
        header.append(csvField(QStringLiteral("element_met:") + id));
    for (const QString& id : aggregate.indicatorIds)
        header.append(csvField(QStringLiteral("indicator:") + id));
    out += header.join(',') + '\n';

    for (const AggregateGroup& group : aggregate.groups) {
        const QuasiIdentifiers& q = group.identifiers;
        QList<QByteArray> row { csvField(q.ageBand), csvField(q.sex), csvField(q.nationality), csvField(q.year),
            csvField(q.exploitation), QByteArray::number(group.cases) };
        for (const QString& id : aggregate.outcomeIds)
            row.append(QByteArray::number(group.outcomes.value(id)));
        for (const QString& id : aggregate.elementIds)
            row.append(QByteArray::number(group.elementsMet.value(id)));
        for (const QString& id : aggregate.indicatorIds)
            row.append(QByteArray::number(group.indicatorsPresent.value(id)));
        out += row.join(',') + '\n';
    }
    return out;
}

} // namespace lantern
