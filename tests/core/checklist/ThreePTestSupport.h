// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the tests of the three bundled 3P checklists (awareness campaign, assistance plan,
// cross-border cooperation): load them as the programs do, and score answer sets written inline.

#include "checklist/AnswerSet.h"
#include "checklist/ChecklistLoader.h"
#include "scoring/Scorer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <optional>

namespace lantern::test {

/// The bundled checklist `fileName` (e.g. "assistance-plan.json"), loaded from the compiled-in
/// resources; fails the calling test and returns nullopt when it does not load cleanly.
inline std::optional<Checklist> bundledChecklist(const QString& fileName)
{
    const ChecklistLoad load = ChecklistLoader::loadFile(QStringLiteral(":/lantern/checklists/") + fileName);
    for (const Diagnostic& diagnostic : load.diagnostics)
        ADD_FAILURE() << diagnostic.toString().toStdString();
    return load.checklist;
}

/// Answers as an answers file would give them; fails the calling test on a bad value.
inline AnswerSet answersFrom(const Checklist& checklist, const QJsonObject& answers)
{
    const Result<AnswerSet> set = AnswerSet::fromJson(QJsonObject{{QStringLiteral("answers"), answers}}, checklist);
    if (!set) {
        ADD_FAILURE() << set.errorMessage().toStdString();
        return {};
    }
    return *set;
}

/// "yes" to every yes/no question, then `overrides` on top (a value, a state name, or "" to leave
/// a question unanswered). A plan or a case where everything is in place, to take apart one answer at a time.
inline QJsonObject allYes(const Checklist& checklist, const QJsonObject& overrides)
{
    QJsonObject answers;
    for (const Section& section : checklist.sections) {
        for (const Question& question : section.questions) {
            if (question.type == QuestionType::YesNo)
                answers.insert(question.id, QStringLiteral("yes"));
        }
    }
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value() == QJsonValue(QString()))
            answers.remove(it.key());
        else
            answers.insert(it.key(), it.value());
    }
    return answers;
}

inline Assessment assess(const Checklist& checklist, const QJsonObject& answers)
{
    return Scorer::assess(checklist, answersFrom(checklist, answers));
}

inline const ProfileResult* profileResult(const Assessment& assessment, const QString& profileId)
{
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.profileId == profileId)
            return &profile;
    }
    return nullptr;
}

/// The status of `elementId` in `profileId`; nullopt when the profile does not list it.
inline std::optional<Status> elementStatus(const Assessment& assessment, const QString& profileId, const QString& elementId)
{
    if (const ProfileResult* profile = profileResult(assessment, profileId)) {
        for (const ElementResult& element : profile->elements) {
            if (element.elementId == elementId)
                return element.status;
        }
    }
    return std::nullopt;
}

/// The profiles that surely apply, sorted.
inline QStringList applyingProfiles(const Assessment& assessment)
{
    QStringList ids;
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.applicability == Applicability::Applies)
            ids.append(profile.profileId);
    }
    ids.sort();
    return ids;
}

} // namespace lantern::test
