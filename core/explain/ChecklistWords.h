// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "explain/ExplainLanguage.h"
#include "scoring/Assessment.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace lantern::explain {

/// The rules of one checklist in plain words: when a profile applies, when an outcome is
/// reached, when a question is asked, what makes an indicator present, when an element is met.
/// Titles are in `language` with the checklist's fallback chain.
class ChecklistWords
{
public:
    ChecklistWords(const Checklist& checklist, ExplainLanguage language)
        : m_checklist(checklist)
        , m_language(std::move(language))
    {
    }
    explicit ChecklistWords(const Checklist& checklist, const QString& language = {})
        : ChecklistWords(checklist, ExplainLanguage::of(checklist, language))
    {
    }

    /// Name sensitive questions "a sensitive question" instead of quoting them.
    void setHideSensitive(bool hide) { m_hideSensitive = hide; }

    /// "Applies to everyone", or "Applies when …" with the `applies` rule in words.
    QString appliesText(const Profile& profile) const;
    /// "Reached when …", or "Reached in every other case" for a rule that is always true.
    /// With `statuses`, each element is marked with its status: "Exploitation (met)".
    QString outcomeRuleText(const Outcome& outcome, const QHash<QString, Status>* statuses = nullptr) const;
    /// "Always asked", or "Asked only when …" for a relevance rule.
    QString relevanceText(const QJsonValue& relevant) const;
    /// What makes the indicator present: "“Q” is answered yes", "“Q” includes any of A, B".
    QString triggerText(const Indicator& indicator) const;
    /// The element's threshold as one sentence (see thresholdSentence).
    QString thresholdText(const Element& element) const;

    /// A text of the checklist in the chosen language.
    QString text(const LocalText& localText) const { return m_language.text(localText); }
    const ExplainLanguage& language() const { return m_language; }
    const Checklist& checklist() const { return m_checklist; }

    /// Element statuses of one profile's result, keyed by element id, for outcomeRuleText().
    static QHash<QString, Status> statusesOf(const ProfileResult& profile);

private:
    QString answerRule(const QJsonValue& rule) const;

    const Checklist& m_checklist;
    ExplainLanguage m_language;
    bool m_hideSensitive = false;
};

} // namespace lantern::explain
