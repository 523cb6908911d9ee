// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/OpaqueId.h"
#include "checklist/AnswerSet.h"
#include "util/Result.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lantern {

/// Where the caseworker got an answer from.
enum class AnswerSource { SelfReport, Observed, Document, ThirdParty };

/// "self_report", "observed", "document", "third_party".
QString toString(AnswerSource source);
/// The source a name from toString() denotes; nullopt for anything else.
std::optional<AnswerSource> answerSourceFromString(const QString& name);

/// One question's current answer in a case, with where and when it was given.
struct AnswerRecord
{
    QString questionId;
    Answer answer;
    AnswerSource source = AnswerSource::SelfReport;
    SessionId sessionId; ///< null when given outside a recorded session
    QDateTime time; ///< set by the store when the answer is saved
};

/// {"state": NAME, "value": V (answered only), "note": TEXT (when not empty)}.
QJsonObject answerToJson(const Answer& answer);
/// Reads what answerToJson() wrote.
Result<Answer> answerFromJson(const QJsonObject& object);

/// True when both answers have the same state and value (notes aside).
bool sameValue(const Answer& a, const Answer& b);

} // namespace lantern
