// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "explain/ExplainLanguage.h"
#include "scoring/Assessment.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace lantern::explain {

/// What the variables of a rule name: answers (question ids) or element statuses (element ids).
enum class RuleSubject { Answers, Elements };

/// Puts a JsonLogic rule into words, naming questions and elements by their titles:
/// {"and": [{"or": [{"var": "a"}, {"var": "b"}]}, {"var": "c"}]} over elements reads
/// "Deceptive recruitment or Coercive recruitment, and Exploitation".
/// Rules come from user files, so anything it does not know (an unknown operator, a wrong
/// number of arguments, data where a rule should be) is shown as compact JSON instead; depth
/// and length are bounded, and no input makes it fail.
class RuleWords
{
public:
    RuleWords(const Checklist& checklist, ExplainLanguage language, RuleSubject subject)
        : m_checklist(checklist)
        , m_language(std::move(language))
        , m_subject(subject)
    {
    }

    /// Element statuses to mark element names with, e.g. "Exploitation (met)". Elements only.
    void setStatuses(QHash<QString, Status> statuses) { m_statuses = std::move(statuses); }
    /// When set, a sensitive question is named "a sensitive question" instead of by its text
    /// (presentation mode never shows sensitive questions).
    void setHideSensitive(bool hide) { m_hideSensitive = hide; }

    /// The rule as words; "always" for true, "never" for false.
    QString describe(const QJsonValue& rule) const;

    /// The title a variable stands for: a question's text in quotes, an element's title, or the
    /// name itself in quotes when the checklist has no such question or element.
    QString variableTitle(const QString& name) const;

    const Checklist& checklist() const { return m_checklist; }
    const ExplainLanguage& language() const { return m_language; }
    RuleSubject subject() const { return m_subject; }
    const QHash<QString, Status>& statuses() const { return m_statuses; }

    /// Deeper nesting than this is shown as "…".
    static constexpr int kMaxDepth = 24;
    /// Longer descriptions are cut, ending with "…".
    static constexpr qsizetype kMaxLength = 2000;
    /// At most this many parts of a rule are put into words; the rest is "…".
    static constexpr int kMaxParts = 400;

private:
    const Checklist& m_checklist;
    ExplainLanguage m_language;
    RuleSubject m_subject;
    QHash<QString, Status> m_statuses;
    bool m_hideSensitive = false;
};

/// Compact JSON of any value in at most `maxLength` characters (cut with "…"), at any depth.
QString compactJson(const QJsonValue& value, qsizetype maxLength = 160);

} // namespace lantern::explain
