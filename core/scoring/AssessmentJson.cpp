// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/AssessmentJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lantern {

using namespace Qt::StringLiterals;

namespace {

class AssessmentWriter
{
public:
    AssessmentWriter(const Assessment& assessment, const Checklist& checklist, const QString& language)
        : m_assessment(assessment)
        , m_checklist(checklist)
        , m_language(language)
    {
        for (const Indicator& indicator : checklist.indicators)
            m_indicators.insert(indicator.id, &indicator);
    }

    QJsonObject document() const
    {
        QJsonObject root;
        root.insert(u"checklist",
            QJsonObject {
                { u"id"_s, m_assessment.checklistId },
                { u"version"_s, m_assessment.checklistVersion },
                { u"sha256"_s, QString::fromLatin1(m_assessment.checklistSha256) },
                { u"title"_s, text(m_checklist.title) },
            });
        root.insert(u"language", m_language);
        root.insert(u"overall", overall());
        root.insert(u"notes", QJsonArray::fromStringList(m_assessment.notes));
        QJsonArray profiles;
        for (const ProfileResult& profile : m_assessment.profiles)
            profiles.append(this->profile(profile));
        root.insert(u"profiles", profiles);
        return root;
    }

private:
    QString text(const LocalText& local) const { return local.text(m_language, m_checklist.defaultLanguage); }

    static QJsonValue idOrNull(const QString& id) { return id.isEmpty() ? QJsonValue() : QJsonValue(id); }

    const Outcome* findOutcome(const QString& profileId, const QString& outcomeId) const
    {
        const Profile* profile = m_checklist.profile(profileId);
        if (!profile)
            return nullptr;
        for (const Outcome& outcome : profile->outcomes) {
            if (outcome.id == outcomeId)
                return &outcome;
        }
        return nullptr;
    }

    QJsonObject overall() const
    {
        const Outcome* outcome = findOutcome(m_assessment.outcomeProfileId, m_assessment.outcomeId);
        return {
            { u"outcome"_s, idOrNull(m_assessment.outcomeId) },
            { u"profile"_s, idOrNull(m_assessment.outcomeProfileId) },
            { u"title"_s, outcome ? QJsonValue(text(outcome->title)) : QJsonValue() },
            { u"advice"_s, outcome ? QJsonValue(text(outcome->advice)) : QJsonValue() },
            { u"level"_s, m_assessment.level },
            { u"conditional"_s, m_assessment.conditional },
            { u"screening_statement"_s, resultStatement(m_checklist, m_language, m_assessment.conditional) },
        };
    }

    QJsonObject profile(const ProfileResult& result) const
    {
        const Profile* profile = m_checklist.profile(result.profileId);
        QJsonArray elements;
        for (const ElementResult& element : result.elements)
            elements.append(this->element(element));
        QJsonArray outcomes;
        for (const OutcomeResult& outcome : result.outcomes) {
            const Outcome* model = findOutcome(result.profileId, outcome.outcomeId);
            outcomes.append(QJsonObject {
                { u"id"_s, outcome.outcomeId },
                { u"title"_s, model ? text(model->title) : QString() },
                { u"level"_s, outcome.level },
                { u"status"_s, toString(outcome.status) },
                { u"deciding_elements"_s, QJsonArray::fromStringList(outcome.decidingElements) },
            });
        }
        return {
            { u"id"_s, result.profileId },
            { u"title"_s, profile ? text(profile->title) : QString() },
            { u"applicability"_s, toString(result.applicability) },
            { u"applicability_questions"_s, QJsonArray::fromStringList(result.applicabilityQuestions) },
            { u"outcome"_s, idOrNull(result.outcomeId) },
            { u"possible_outcomes"_s, QJsonArray::fromStringList(result.possibleOutcomes) },
            { u"elements"_s, elements },
            { u"outcomes"_s, outcomes },
        };
    }

    static QJsonObject counts(const QMap<Strength, int>& byStrength)
    {
        QJsonObject object;
        for (Strength strength : { Strength::Strong, Strength::Medium, Strength::Weak })
            object.insert(toString(strength), byStrength.value(strength));
        return object;
    }

    static QString keyName(CountKey key)
    {
        switch (key) {
        case CountKey::Strong:
            return QStringLiteral("strong");
        case CountKey::Medium:
            return QStringLiteral("medium");
        case CountKey::Weak:
            return QStringLiteral("weak");
        case CountKey::MediumOrWeak:
            return QStringLiteral("medium_or_weak");
        case CountKey::StrongOrMedium:
            return QStringLiteral("strong_or_medium");
        case CountKey::Any:
            return QStringLiteral("any");
        }
        return {};
    }

    static QJsonObject alternative(const QMap<CountKey, int>& counts)
    {
        QJsonObject object;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            object.insert(keyName(it.key()), it.value());
        return object;
    }

    static QJsonObject threshold(const Threshold& threshold)
    {
        if (threshold.kind == Threshold::Kind::Weighted) {
            QJsonObject weights;
            for (auto it = threshold.weights.constBegin(); it != threshold.weights.constEnd(); ++it)
                weights.insert(toString(it.key()), it.value());
            return { { u"weighted"_s, weights }, { u"min_score"_s, threshold.minScore } };
        }
        QJsonArray alternatives;
        for (const auto& counts : threshold.alternatives)
            alternatives.append(alternative(counts));
        return { { u"any_of"_s, alternatives } };
    }

    QJsonObject element(const ElementResult& result) const
    {
        const Element* element = m_checklist.element(result.elementId);
        QJsonObject object {
            { u"id"_s, result.elementId },
            { u"title"_s, element ? text(element->title) : QString() },
            { u"group"_s, element ? element->group : QString() },
            { u"phase"_s, element ? element->phase : QString() },
            { u"status"_s, toString(result.status) },
            { u"lower_counts"_s, counts(result.lowerCounts) },
            { u"upper_counts"_s, counts(result.upperCounts) },
            { u"deciding_questions"_s, QJsonArray::fromStringList(result.decidingQuestions) },
            { u"present"_s, traces(result.present) },
            { u"open"_s, traces(result.open) },
        };
        if (element && element->group.isEmpty())
            object.remove(u"group"); // the checklist does not use the Palermo grouping
        if (element && !element->advice.isEmpty())
            object.insert(u"advice", text(element->advice)); // for every status: readers pick the met ones
        QJsonValue satisfied;
        if (element) {
            object.insert(u"threshold", threshold(element->threshold));
            if (element->threshold.kind == Threshold::Kind::Weighted) {
                object.insert(u"lower_score", result.lowerScore);
                object.insert(u"upper_score", result.upperScore);
            } else if (result.satisfiedAlternative >= 0
                && result.satisfiedAlternative < element->threshold.alternatives.size()) {
                satisfied = alternative(element->threshold.alternatives.at(result.satisfiedAlternative));
            }
        }
        object.insert(u"satisfied_alternative", satisfied);
        return object;
    }

    QJsonArray traces(const QList<IndicatorTrace>& list) const
    {
        QJsonArray array;
        for (const IndicatorTrace& trace : list) {
            const Indicator* indicator = m_indicators.value(trace.indicatorId);
            QJsonArray questions;
            for (const QString& id : trace.questions)
                questions.append(question(id));
            array.append(QJsonObject {
                { u"id"_s, trace.indicatorId },
                { u"title"_s, indicator ? text(indicator->title) : QString() },
                { u"strength"_s, toString(trace.strength) },
                { u"presence"_s, toString(trace.presence) },
                { u"questions"_s, questions },
                { u"deciding_questions"_s, QJsonArray::fromStringList(trace.decidingQuestions) },
            });
        }
        return array;
    }

    // One answer behind a trace: its state and value, never its note (free text stays local).
    QJsonObject question(const QString& id) const
    {
        QJsonObject object { { u"id"_s, id } };
        const Answer* answer = m_assessment.answers.find(id);
        object.insert(u"state", answer ? toString(answer->state) : QStringLiteral("unanswered"));
        if (answer && answer->state == AnswerState::Answered)
            object.insert(u"value", answer->value);
        object.insert(u"visibility", toString(m_assessment.relevance.visibility(id)));
        if (const Question* model = m_checklist.question(id); model && model->sensitive)
            object.insert(u"sensitive", true);
        return object;
    }

    const Assessment& m_assessment;
    const Checklist& m_checklist;
    const QString& m_language;
    QHash<QString, const Indicator*> m_indicators;
};

} // namespace

namespace {

QString withConditionalNote(QString statement, bool conditional, const Catalogue& words)
{
    if (conditional)
        statement += u' '
            + words.translate("lantern::AssessmentText",
                "The result is conditional: which profile applies still depends on open questions.");
    return statement;
}

} // namespace

QString screeningStatement(bool conditional, const Catalogue& words)
{
    QString statement = words.translate("lantern::AssessmentText",
        "This is a screening result, not an identification: it shows which indicators the answers contain and "
        "what to do next. Only a formal identification process can decide whether a person is a victim of "
        "trafficking.");
    return withConditionalNote(statement, conditional, words);
}

QString resultStatement(const Checklist& checklist, const QString& language, bool conditional, const Catalogue& words)
{
    if (checklist.resultStatement.isEmpty())
        return screeningStatement(conditional, words);
    return withConditionalNote(checklist.resultStatement.text(language, checklist.defaultLanguage), conditional, words);
}

QJsonObject toJson(const Assessment& assessment, const Checklist& checklist, const QString& language)
{
    return AssessmentWriter(assessment, checklist, language).document();
}

} // namespace lantern
