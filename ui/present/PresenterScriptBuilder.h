// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to PresenterScript: builds its steps, one kind of step per function.
#pragma once

#include "explain/ChecklistWords.h"
#include "present/PresenterScript.h"

#include <QCoreApplication>

namespace lantern {

class PresenterScriptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PresenterScript)

public:
    PresenterScriptBuilder(const Checklist& checklist, const Profile& profile, const PresentationInput& input,
        PresenterScript& script);

    void build();

private:
    // PresenterScript.cpp
    void addTitle();
    void addResult();
    QStringList presentedElements() const;
    const ProfileResult* profileResult() const;
    const ElementResult* elementResult(const QString& elementId) const;

    // PresenterElementSteps.cpp
    void addElementPages(const Element& element);
    void addReveal(const Element& element);
    SlideLine indicatorLine(const Indicator& indicator, Strength strength) const;
    QString askedWith(const Indicator& indicator) const;
    QList<SlideLine> foundLines(const QList<IndicatorTrace>& traces) const;

    // PresenterOutcomeSteps.cpp
    void addOutcomes();

    QString elementTitle(const QString& elementId) const;
    /// "means, recruitment": the element's group and phase, either of which may be absent.
    static QString placeOf(const Element& element);
    QString indicatorTitle(const QString& indicatorId) const;
    static SlideMark strengthMark(Strength strength);
    static SlideMark statusMark(Status status);
    static QString strengthName(Strength strength);
    static QString statusName(Status status);

    const Checklist& m_checklist;
    const Profile& m_profile;
    const PresentationInput& m_input;
    PresenterScript& m_script;
    explain::ChecklistWords m_words;
};

} // namespace lantern
