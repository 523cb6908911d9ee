// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "checklist/LocalText.h"

#include <QString>

namespace lantern {

/// Picks checklist texts in the interview view's language, with the checklist's fallback chain.
class InterviewText
{
public:
    InterviewText() = default;
    InterviewText(QString language, QString fallback)
        : m_language(std::move(language)), m_fallback(std::move(fallback)) { }

    /// The text in the view's language; `usedFallback` says whether another language was used.
    QString text(const LocalText& localText, bool* usedFallback = nullptr) const
    {
        return localText.text(m_language, m_fallback, usedFallback);
    }
    const QString& language() const { return m_language; }

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
};

} // namespace lantern
