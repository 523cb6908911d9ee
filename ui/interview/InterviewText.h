// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "checklist/LocalText.h"

#include <QCoreApplication>
#include <QString>

namespace lantern {

/// How a bilingual question is laid out and how large the interviewee's text is.
struct BilingualLayout
{
    bool stacked = false; ///< interviewee's text below the caseworker's instead of beside it
    int intervieweePercent = 160; ///< interviewee's text size, in percent of the interface text
};

/// Picks checklist texts in the interview view's language (the caseworker's), with the
/// checklist's fallback chain (requested, checklist default, English). A bilingual interview
/// also has the interviewee's language, whose texts are shown beside the caseworker's.
class InterviewText
{
    Q_DECLARE_TR_FUNCTIONS(lantern::InterviewText)

public:
    InterviewText() = default;
    InterviewText(QString language, QString fallback, QString intervieweeLanguage = {})
        : m_language(std::move(language))
        , m_fallback(std::move(fallback))
        , m_interviewee(std::move(intervieweeLanguage)) { }

    /// The text in the view's language; `usedFallback` says whether another language was used.
    QString text(const LocalText& localText, bool* usedFallback = nullptr) const
    {
        return localText.text(m_language, m_fallback, usedFallback);
    }
    const QString& language() const { return m_language; }

    /// Whether questions show a second language: the interviewee's differs from the caseworker's.
    bool isBilingual() const { return !m_interviewee.isEmpty() && m_interviewee != m_language; }
    const QString& intervieweeLanguage() const { return m_interviewee; }
    /// The checklist's default language, used where a text is missing.
    const QString& fallbackLanguage() const { return m_fallback; }
    /// The text in the interviewee's language, with the same fallback chain.
    QString intervieweeText(const LocalText& localText, bool* usedFallback = nullptr) const
    {
        return localText.text(m_interviewee, m_fallback, usedFallback);
    }
    /// Whether the interviewee's language has texts reviewed by a native speaker (or is the original).
    bool intervieweeReviewed() const { return m_intervieweeReviewed; }
    void setIntervieweeReviewed(bool reviewed) { m_intervieweeReviewed = reviewed; }
    const BilingualLayout& layout() const { return m_layout; }
    void setLayout(const BilingualLayout& layout) { m_layout = layout; }

    /// Words for an answer a caseworker reads: "yes", "no", "declined to answer", option labels...
    QString answerWords(const Answer* answer, const Question* question) const;
    /// Words for an answer state ("not asked", "not applicable"...).
    static QString stateWords(AnswerState state);
    /// Words for a source: "self-report", "observed", "document", "third party".
    static QString sourceWords(AnswerSource source);
    /// `text` shortened to at most `max` characters, with an ellipsis.
    static QString elided(const QString& text, int max);

private:
    QString m_language = QStringLiteral("en");
    QString m_fallback = QStringLiteral("en");
    QString m_interviewee;
    bool m_intervieweeReviewed = true;
    BilingualLayout m_layout;
};

} // namespace lantern
