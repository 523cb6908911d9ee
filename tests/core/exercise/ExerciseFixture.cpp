// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseFixture.h"

#include "TestData.h"
#include "checklist/ChecklistLoader.h"

#include <QJsonValue>

namespace lantern::test {

const Checklist& identificationChecklist()
{
    static const Checklist checklist = [] {
        const ChecklistLoad load = ChecklistLoader::loadFile(QStringLiteral(":/lantern/checklists/identification.json"));
        if (!load.ok()) {
            ADD_FAILURE() << "the bundled identification checklist did not load";
            return Checklist {};
        }
        return *load.checklist;
    }();
    return checklist;
}

AnswerSet answerFile(const QString& fileName)
{
    const QJsonObject document = readJsonObject(dataPath(QStringLiteral("answers/identification/") + fileName));
    auto answers = AnswerSet::fromJson(document, identificationChecklist());
    if (!answers) {
        ADD_FAILURE() << fileName.toStdString() << ": " << answers.errorMessage().toStdString();
        return {};
    }
    return std::move(answers).value();
}

AnswerSet changed(AnswerSet base, const QJsonObject& changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value() == QJsonValue(QStringLiteral("(clear)"))) {
            base.clear(it.key());
            continue;
        }
        const Question* question = identificationChecklist().question(it.key());
        if (!question) {
            ADD_FAILURE() << "no question " << it.key().toStdString();
            continue;
        }
        auto answer = AnswerSet::parseValue(it.value(), *question);
        if (!answer) {
            ADD_FAILURE() << answer.errorMessage().toStdString();
            continue;
        }
        base.set(it.key(), std::move(answer).value());
    }
    return base;
}

const ProfileComparison* findProfile(const ExerciseComparison& comparison, const QString& profileId)
{
    for (const ProfileComparison& profile : comparison.profiles) {
        if (profile.profileId == profileId)
            return &profile;
    }
    ADD_FAILURE() << "profile " << profileId.toStdString() << " was not compared";
    return nullptr;
}

const ElementComparison* findElement(const ProfileComparison& profile, const QString& elementId)
{
    for (const ElementComparison& element : profile.elements) {
        if (element.elementId == elementId)
            return &element;
    }
    ADD_FAILURE() << "element " << elementId.toStdString() << " was not compared";
    return nullptr;
}

QStringList idsWith(const ElementComparison& element, IndicatorVerdict verdict)
{
    QStringList out;
    for (const IndicatorComparison& indicator : element.indicators) {
        if (indicator.verdict == verdict)
            out.append(indicator.indicatorId);
    }
    return out;
}

} // namespace lantern::test
