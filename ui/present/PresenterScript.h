// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "present/PresenterStep.h"
#include "scoring/Assessment.h"
#include "util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lantern {

/// What to present: a checklist, one of its profiles, and optionally a worked example.
struct PresentationInput
{
    QString profileId;
    std::optional<AnswerSet> answers; ///< e.g. a training case study's answers
    QString exampleTitle; ///< what the example is called on the slides, e.g. a case study's title
    QString language; ///< empty: the checklist's default language
};

/// The steps of a presentation of how a checklist reaches its result, built without widgets:
/// title → per element of the profile its indicators by strength (over as many pages as they
/// need) and a reveal with the example answers → the outcome rules in order → the result.
/// Sensitive questions never appear in any step.
class PresenterScript
{
    Q_DECLARE_TR_FUNCTIONS(PresenterScript)

public:
    /// Builds the script; an error when the profile is not one of the checklist's.
    static Result<PresenterScript> build(const Checklist& checklist, const PresentationInput& input);

    /// The profile to present by default: with answers, the one that gives the overall result;
    /// otherwise (or when none does) the first.
    static QString defaultProfile(const Checklist& checklist, const std::optional<AnswerSet>& answers);

    const QList<PresenterStep>& steps() const { return m_steps; }
    qsizetype size() const { return m_steps.size(); }
    const PresenterStep& step(qsizetype index) const { return m_steps.at(index); }
    /// The elements presented, in order (checklist order).
    const QStringList& elementIds() const { return m_elementIds; }
    /// The scoring of the example answers; empty without answers.
    const std::optional<Assessment>& assessment() const { return m_assessment; }
    QString profileId() const { return m_profileId; }

    /// Indicators shown on one slide at most; an element with more gets several pages.
    static constexpr int kIndicatorsPerPage = 4;

    /// Splits step `index` into two consecutive steps when it has more than one block or line:
    /// the first half of its blocks (or of its one block's lines) stays, the rest follows on a
    /// "continued" step that keeps the verdict and footer. For slides that do not fit the
    /// screen (a long translation); false when the step cannot be split further.
    bool splitStep(qsizetype index);

private:
    friend class PresenterScriptBuilder;
    QList<PresenterStep> m_steps;
    QStringList m_elementIds;
    std::optional<Assessment> m_assessment;
    QString m_profileId;
};

} // namespace lantern
