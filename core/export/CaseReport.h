// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

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
};

struct ReportIndicator
{
    QString id;
    QString title;
    QString strength;             ///< "strong", "medium", "weak"
    QList<ReportAnswer> answers; ///< the answers that made it present (or could, when open)
};

struct ReportElement
{
    QString id;
    QString title;
    QString status;     ///< "met", "not met", "undetermined"
    QString present;    ///< counts of present indicators by strength, e.g. "1 strong, 2 medium"
    QString upperBound; ///< the same counting open indicators too
    QString advice;     ///< met only: what the checklist says to do then (e.g. a referral); may be empty
    QList<ReportIndicator> indicators;     ///< present
    QList<ReportIndicator> openIndicators; ///< could still become present
    QList<ReportAnswer> openQuestions;     ///< undetermined only: questions that could decide it
};

struct ReportProfile
{
    QString id;
    QString title;
    QString applicability;         ///< "applies", "does not apply", "undetermined"
    QStringList dependsOn;         ///< question texts the applicability waits for
    QString outcome;               ///< the profile's result in the checklist's words, or empty
    QStringList couldBecome;       ///< outcomes the result could still become
    QList<ReportElement> elements; ///< empty when the profile does not apply
};

struct ReportSection
{
    QString title;
    QList<ReportAnswer> answers; ///< every question of the section that has an answer
};

struct ReportSession
{
    QDateTime start;
    QDateTime end; ///< invalid while running
    bool interpreterUsed = false;
    QString language;
};

/// Everything a case summary shows, resolved into words in one language. Built by
/// CaseReportBuilder from the same assessment the interview view shows, and rendered by the
/// HTML and PDF writers, so every format says the same thing.
struct CaseReport
{
    QString language;
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

    QString outcome;       ///< the overall result in the checklist's words; empty when none yet
    QString outcomeAdvice;
    int level = 0;
    bool conditional = false;
    QString screeningStatement;
    QStringList notes; ///< the assessment's notes, e.g. about an unknown age

    QList<ReportProfile> profiles;
    QList<ReportSection> sections;
};

} // namespace lantern
