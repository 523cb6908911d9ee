// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/Diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace lantern {

QString Diagnostic::toString() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column) : file;
    QString text = where + QStringLiteral(": error: ") + message;
    if (line > 0)
        text += QStringLiteral(" [%1]").arg(pointer.isEmpty() ? QStringLiteral("/") : pointer);
    return text;
}

namespace {

qsizetype editDistance(const QString& a, const QString& b)
{
    std::vector<qsizetype> previous(std::size_t(b.size() + 1));
    std::vector<qsizetype> current(previous.size());
    std::vector<qsizetype> beforePrevious(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[std::size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[std::size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            qsizetype best = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
            // A swap of two neighbours ("titel") counts as one edit.
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, beforePrevious[std::size_t(j - 2)] + 1);
            current[std::size_t(j)] = best;
        }
        beforePrevious = previous;
        std::swap(previous, current);
    }
    return previous[std::size_t(b.size())];
}

} // namespace

QString suggestion(const QString& name, const QStringList& candidates)
{
    QString best;
    // Only near misses: one edit for short names, two for longer ones.
    qsizetype bestDistance = name.size() >= 5 ? 3 : 2;
    for (const QString& candidate : candidates) {
        const qsizetype distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString() : QCoreApplication::translate("lantern::Diagnostic", " (did you mean '%1'?)").arg(best);
}

} // namespace lantern
