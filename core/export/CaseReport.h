// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

/// A checklist text in one of the summary's languages, and whether the checklist lacked it there.
struct ReportText
{
    QString text;
    QString language;      ///< the language `text` is actually in
    bool fallback = false; ///< not in the language asked for: the checklist's fallback text

    bool isEmpty() const { return text.isEmpty(); }
};

/// One answer as a reader sees it: the question in words, the value or state in words, where it
/// came from and (when notes are included) the caseworker's note.
struct ReportAnswer
{
    QString questionId;
    QString question;
    QString value;  ///< "yes", "no", an option's label, a number, or a state such as "declined"
    QString source; ///< "self-report", "observed", "document", "third party"; empty when unanswered
    QString note;   ///< empty when there is none or notes are excluded
    bool notCounted = false; ///< kept, but its question is not relevant on the other answers

    // A summary in two languages (empty otherwise); `...Fallback` names the language a
    // first-language text is actually in when the checklist lacks it in the summary's language.
    QString questionFallback;
    QString valueFallback;
    ReportText secondQuestion;
    ReportText secondValue; ///< option labels only; other values are words of the summary itself

    ReportAnswer() = default;
    /// An answer in one language (what tests and samples build by hand).
    ReportAnswer(QString id, QString questionText, QString valueText, QString sourceText, QString noteText,
        bool notCountedNow)
        : questionId(std::move(id))
        , question(std::move(questionText))
        , value(std::move(valueText))
        , source(std::move(sourceText))
        , note(std::move(noteText))
        , notCounted(notCountedNow)
    {
    }
};

struct ReportIndicator
{
    QString id;
    QString title;
    QString strength;             ///< "strong", "medium", "weak" in the summary's language
    QList<ReportAnswer> answers; ///< the answers that made it present (or could, when open)
    QString titleFallback;
    ReportText secondTitle;
};

struct ReportElement
{
    QString id;
    QString title;
    QString status;     ///< "met", "not met", "undetermined" in the summary's language
    QString present;    ///< counts of present indicators by strength, e.g. "1 strong, 2 medium"
    QString upperBound; ///< the same counting open indicators too
    QString advice;     ///< met only: what the checklist says to do then (e.g. a referral); may be empty
    QList<ReportIndicator> indicators;     ///< present
    QList<ReportIndicator> openIndicators; ///< could still become present
    QList<ReportAnswer> openQuestions;     ///< undetermined only: questions that could decide it
    QString titleFallback;
    QString adviceFallback;
    ReportText secondTitle;
    ReportText secondAdvice;
};

struct ReportProfile
{
    QString id;
    QString title;
    QString applicability;         ///< "applies", "does not apply", "undetermined" in the summary's language
    bool applies = true;           ///< false: does not apply (no result, no elements)
    QStringList dependsOn;         ///< question texts the applicability waits for
    QString outcome;               ///< the profile's result in the checklist's words, or empty
    QStringList couldBecome;       ///< outcomes the result could still become
    QList<ReportElement> elements; ///< empty when the profile does not apply
    QString titleFallback;
    QString outcomeFallback;
    ReportText secondTitle;
    ReportText secondOutcome;
    QStringList dependsOnFallback;        ///< parallel to dependsOn; empty where not a fallback
    QStringList couldBecomeFallback;      ///< parallel to couldBecome
    QList<ReportText> secondDependsOn;    ///< parallel to dependsOn
    QList<ReportText> secondCouldBecome;  ///< parallel to couldBecome
};

struct ReportSection
{
    QString title;
    QList<ReportAnswer> answers; ///< every question of the section that has an answer
    QString titleFallback;
    ReportText secondTitle;
};

struct ReportSession
{
    QDateTime start;
    QDateTime end; ///< invalid while running
    bool interpreterUsed = false;
    QString language;          ///< the interview (interviewee's) language
    QString interfaceLanguage; ///< the caseworker's interface language; empty in old records
};

/// Everything a case summary shows, resolved into words in one language or two. Built by
/// CaseReportBuilder from the same assessment the interview view shows, and rendered by the
/// HTML and PDF writers, so every format says the same thing.
struct CaseReport
{
    QString language;              ///< the checklist texts' and the summary's own words' language
    QString secondLanguage;        ///< empty: a summary in one language
    bool languageReviewed = true;  ///< false: the checklist's texts in `language` are an unreviewed draft
    bool secondLanguageReviewed = true;
    QString defaultLanguage;       ///< the checklist's default, where missing texts come from
    int untranslatedTexts = 0;     ///< checklist texts shown in a fallback language (each is marked)
    bool training = false;     ///< from a training database: every page says so
    bool includesNotes = true;
    QDateTime exportedAt;

    QString caseCode;
    QString status;
    QString statusReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<ReportSession> sessions;

    QString checklistTitle;
    QString checklistId;
    QString checklistVersion;
    QString checklistSha256;
    QString checklistTitleFallback;
    ReportText secondChecklistTitle;

    QString outcome;       ///< the overall result in the checklist's words; empty when none yet
    QString outcomeAdvice;
    QString outcomeFallback;
    QString outcomeAdviceFallback;
    ReportText secondOutcome;
    ReportText secondOutcomeAdvice;
    int level = 0;
    bool conditional = false;
    QString screeningStatement;
    QStringList notes; ///< the assessment's notes, e.g. about an unknown age

    QList<ReportProfile> profiles;
    QList<ReportSection> sections;
};

} // namespace lantern
