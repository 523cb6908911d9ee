// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/SearchableAnswers.h"

#include "casework/CaseFile.h"

#include <QCoreApplication>

namespace lantern {

Result<int> applySearchableQuestions(
    CaseStore& store, const QString& checklistId, const std::optional<QStringList>& questionIds)
{
    if (auto saved = store.setSearchableQuestions(checklistId, questionIds); !saved)
        return saved.error();
    auto cases = store.cases();
    if (!cases)
        return cases.error();
    int updated = 0;
    int failed = 0;
    QString firstError;
    for (const Case& c : *cases) {
        if (c.checklist.id != checklistId)
            continue;
        // Opening a case stores its summary again when it differs (CaseFile::repairSummary);
        // reading it back tells whether that write happened.
        auto file = CaseFile::open(store, c.id);
        auto stored = file ? store.summary(c.id) : Result<QJsonObject>(file.error());
        if (stored && CaseSummary::fromJson(*stored) == file->summary()) {
            ++updated;
            continue;
        }
        ++failed;
        if (firstError.isEmpty())
            firstError = stored ? QCoreApplication::translate("lantern::SearchableAnswers", "its summary was not stored")
                                : stored.errorMessage();
    }
    if (failed > 0)
        return Error { QCoreApplication::translate("lantern::SearchableAnswers",
            "%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened")
                           .arg(QString::number(failed), QString::number(updated + failed), firstError) };
    return updated;
}

} // namespace lantern
