// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AggregateCase.h"

#include "scoring/AssessmentText.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace lantern {

namespace {

const QString kUnknown = QStringLiteral("unknown");

const QHash<QString, QString>& countryNames()
{
    // Built once: every territory Qt knows, by its English name folded to lower case.
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> out;
        for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
            const QString name = QLocale::territoryToString(static_cast<QLocale::Territory>(value));
            if (!name.isEmpty())
                out.insert(name.toCaseFolded(), name);
        }
        return out;
    }();
    return names;
}

const Answer* answered(const Assessment& assessment, const QString& questionId)
{
    const Answer* answer = assessment.answers.find(questionId);
    return answer && answer->state == AnswerState::Answered ? answer : nullptr;
}

QString optionCategory(const Checklist& checklist, const Answer* answer, const QString& questionId)
{
    if (!answer || !answer->value.isString())
        return kUnknown;
    const Question* question = checklist.question(questionId);
    if (!question)
        return kUnknown;
    for (const Option& option : question->options) {
        if (option.id == answer->value.toString())
            return option.id;
    }
    return kUnknown;
}

QString exploitationCategory(const Checklist& checklist, const Answer* answer, const QString& questionId)
{
    if (!answer || !answer->value.isArray())
        return optionCategory(checklist, answer, questionId);
    const QJsonArray values = answer->value.toArray();
    if (values.isEmpty())
        return kUnknown;
    if (values.size() > 1)
        return QStringLiteral("multiple");
    Answer single = *answer;
    single.value = values.first();
    return optionCategory(checklist, &single, questionId);
}

} // namespace

QString ageBand(double years)
{
    if (years < 12)
        return QStringLiteral("0-11");
    if (years < 18)
        return QStringLiteral("12-17");
    if (years < 25)
        return QStringLiteral("18-24");
    if (years < 35)
        return QStringLiteral("25-34");
    if (years < 50)
        return QStringLiteral("35-49");
    return QStringLiteral("50+");
}

QString recognisedCountry(const QString& text)
{
    return countryNames().value(text.trimmed().toCaseFolded(), QStringLiteral("other"));
}

AggregateCase toAggregateCase(const Checklist& checklist, const Assessment& assessment, const QDate& identified,
    const AggregateSpec& spec)
{
    AggregateCase out;
    const Answer* age = answered(assessment, spec.ageQuestion);
    out.identifiers.ageBand = age && age->value.isDouble() ? ageBand(age->value.toDouble()) : kUnknown;
    out.identifiers.sex = optionCategory(checklist, answered(assessment, spec.sexQuestion), spec.sexQuestion);
    const Answer* nationality = answered(assessment, spec.nationalityQuestion);
    out.identifiers.nationality = nationality && nationality->value.isString()
        ? recognisedCountry(nationality->value.toString())
        : kUnknown;
    out.identifiers.year = identified.isValid() ? QString::number(identified.year()) : kUnknown;
    out.identifiers.exploitation = exploitationCategory(
        checklist, answered(assessment, spec.exploitationQuestion), spec.exploitationQuestion);

    out.outcomeId = assessment.outcomeId;
    if (const ProfileResult* profile = outcomeProfile(assessment)) {
        for (const ElementResult& element : profile->elements) {
            if (element.status == Status::Met)
                out.elementsMet.append(element.elementId);
            for (const IndicatorTrace& trace : element.present) {
                if (!out.indicatorsPresent.contains(trace.indicatorId))
                    out.indicatorsPresent.append(trace.indicatorId);
            }
        }
    }
    return out;
}

} // namespace lantern
