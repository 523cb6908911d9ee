// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "exercise/ExerciseComparison.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lantern::test {

/// The bundled identification checklist, loaded from the resources with the project's loader.
const Checklist& identificationChecklist();

/// One of the fictional answer sets in tests/data/answers/identification (file name).
AnswerSet answerFile(const QString& fileName);

/// `base` with some answers replaced: each value is read as an answers file would be; the
/// string "(clear)" removes the answer, leaving the question unanswered.
AnswerSet changed(AnswerSet base, const QJsonObject& changes);

/// The profile `profileId` of a comparison; fails the test and returns null when absent.
const ProfileComparison* findProfile(const ExerciseComparison& comparison, const QString& profileId);
/// The element `elementId` of a profile comparison; fails the test and returns null when absent.
const ElementComparison* findElement(const ProfileComparison& profile, const QString& elementId);

/// Indicator ids of an element with the given verdict, in checklist order.
QStringList idsWith(const ElementComparison& element, IndicatorVerdict verdict);

} // namespace lantern::test
