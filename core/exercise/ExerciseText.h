// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace lantern::exercise {

/// The checklist's words in one language (falling back to the checklist's default, then English)
/// and the plain words the comparison uses for answers, statuses and counts. Those plain words
/// follow the interface language (Qt's translation system, context "lantern::ExerciseText").
class ExerciseText
{
public:
    ExerciseText(const Checklist& checklist, QString language);

    const QString& language() const { return m_language; }
    QString text(const LocalText& localText) const;

    QString questionText(const QString& questionId) const;
    QString indicatorTitle(const QString& indicatorId) const;
    QString elementTitle(const QString& elementId) const;
    QString profileTitle(const QString& profileId) const;
    /// The outcome's title in `profileId`; "no result yet" for an empty id.
    QString outcomeTitle(const QString& profileId, const QString& outcomeId) const;

    /// An answer in words. An open question reads "not asked yet", "unknown" or "declined":
    /// never "no".
    QString answerWords(const AnswerSet& answers, const QString& questionId) const;

    /// Quoted for a sentence: “text”.
    static QString quoted(const QString& text);
    /// "strong", "medium", "weak".
    static QString strengthWords(Strength strength);
    /// "applies", "does not apply", "may apply".
    static QString applicabilityWords(Applicability applicability);
    /// "1 strong and 2 medium indicators"; "no indicators".
    static QString countsWords(const QMap<Strength, int>& counts);
    /// "a, b and c"; at most `limit` items, then "and N more".
    static QString listWords(const QStringList& items, qsizetype limit = 4);

private:
    const Checklist& m_checklist;
    QString m_language;
};

} // namespace lantern::exercise
