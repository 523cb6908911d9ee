// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/AnswerRecord.h"

#include <array>
#include <QLatin1StringView>

namespace lantern {

namespace {

constexpr std::array<QLatin1StringView, 4> kSourceNames = {
    QLatin1StringView("self_report"),
    QLatin1StringView("observed"),
    QLatin1StringView("document"),
    QLatin1StringView("third_party"),
};

} // namespace

QString toString(AnswerSource source)
{
    return QString(kSourceNames.at(static_cast<std::size_t>(source)));
}

std::optional<AnswerSource> answerSourceFromString(const QString& name)
{
    for (std::size_t i = 0; i < kSourceNames.size(); ++i) {
        if (name == kSourceNames[i])
            return static_cast<AnswerSource>(i);
    }
    return std::nullopt;
}

QJsonObject answerToJson(const Answer& answer)
{
    QJsonObject object { { QStringLiteral("state"), toString(answer.state) } };
    if (answer.state == AnswerState::Answered)
        object.insert(QStringLiteral("value"), answer.value);
    if (!answer.note.isEmpty())
        object.insert(QStringLiteral("note"), answer.note);
    return object;
}

Result<Answer> answerFromJson(const QJsonObject& object)
{
    const auto state = answerStateFromString(object.value(u"state").toString());
    if (!state)
        return Error { QStringLiteral("a stored answer has an unknown state") };
    Answer answer;
    answer.state = *state;
    if (*state == AnswerState::Answered) {
        answer.value = object.value(u"value");
        if (answer.value.isUndefined() || answer.value.isNull())
            return Error { QStringLiteral("a stored answer has no value") };
    }
    answer.note = object.value(u"note").toString();
    return answer;
}

bool sameValue(const Answer& a, const Answer& b)
{
    return a.state == b.state && (a.state != AnswerState::Answered || a.value == b.value);
}

} // namespace lantern
