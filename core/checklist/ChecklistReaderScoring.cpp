// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring half of ChecklistReader: elements and thresholds, indicators, profiles, outcomes.
#include "checklist/ChecklistReader.h"

#include <QCoreApplication>
#include <cmath>

namespace lantern {

namespace {

const QStringList kCountKeys = {QStringLiteral("strong"), QStringLiteral("medium"), QStringLiteral("weak"),
                                QStringLiteral("medium_or_weak"), QStringLiteral("strong_or_medium"),
                                QStringLiteral("any")};
const CountKey kCountKeyValues[] = {CountKey::Strong, CountKey::Medium, CountKey::Weak,
                                    CountKey::MediumOrWeak, CountKey::StrongOrMedium, CountKey::Any};

} // namespace

void ChecklistReader::readElements(const QJsonArray& array, const QString& pointer)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = appendPointer(pointer, i);
        static const QStringList kFieldsRequired = {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("threshold")};
        // 'group' places the element in the Palermo definition; checklists about other things
        // (readiness of a plan, needs for assistance) leave it out.
        static const QStringList kFieldsOptional = {QStringLiteral("group"), QStringLiteral("description"), QStringLiteral("phase"),
                                                    QStringLiteral("advice"), QStringLiteral("citation")};
        FieldReader fields(m_sink, array.at(i), at, kFieldsRequired, kFieldsOptional);
        if (!fields.isObject())
            continue;
        Element element;
        element.id = fields.id(QStringLiteral("id"));
        claimId(m_elementIds, QStringLiteral("element"), element.id, fields.pointer(QStringLiteral("id")));
        element.title = text(fields, QStringLiteral("title"));
        element.description = text(fields, QStringLiteral("description"));
        element.group = fields.string(QStringLiteral("group"));
        if (!element.group.isEmpty() && element.group != u"act" && element.group != u"means" && element.group != u"purpose") {
            m_sink.error(fields.pointer(QStringLiteral("group")),
                         QCoreApplication::translate("lantern::ChecklistReaderScoring", "unknown group '%1'; expected act, means or purpose").arg(element.group));
        }
        element.phase = fields.string(QStringLiteral("phase"));
        if (fields.has(QStringLiteral("threshold")))
            element.threshold = readThreshold(fields.raw(QStringLiteral("threshold")), fields.pointer(QStringLiteral("threshold")));
        element.advice = text(fields, QStringLiteral("advice"));
        element.citation = readCitation(fields);
        m_checklist.elements.append(element);
    }
}

Threshold ChecklistReader::readThreshold(const QJsonValue& value, const QString& pointer)
{
    Threshold threshold;
    const QJsonObject object = value.toObject();
    const QStringList forms = {QStringLiteral("any_of"), QStringLiteral("count"), QStringLiteral("weighted")};
    QString form;
    for (const QString& candidate : forms) {
        if (object.contains(candidate))
            form = candidate;
    }
    if (!value.isObject() || form.isEmpty()) {
        m_sink.error(pointer, QCoreApplication::translate("lantern::ChecklistReaderScoring", "a threshold must be {\"any_of\": [...]}, {\"count\": N} or "
                                             "{\"weighted\": {...}, \"min_score\": N}"));
        return threshold;
    }
    if (form == u"weighted") {
        static const QStringList kFieldsRequired = {QStringLiteral("weighted"), QStringLiteral("min_score")};
        FieldReader fields(m_sink, value, pointer, kFieldsRequired);
        threshold.kind = Threshold::Kind::Weighted;
        threshold.minScore = fields.number(QStringLiteral("min_score")).value_or(0);
        static const QStringList kWeightsOptional = {QStringLiteral("strong"), QStringLiteral("medium"), QStringLiteral("weak")};
        FieldReader weights(m_sink, fields.raw(QStringLiteral("weighted")), fields.pointer(QStringLiteral("weighted")), {}, kWeightsOptional);
        for (Strength strength : {Strength::Strong, Strength::Medium, Strength::Weak}) {
            const std::optional<double> weight = weights.number(toString(strength));
            if (weight && *weight < 0)
                m_sink.error(weights.pointer(toString(strength)), QCoreApplication::translate("lantern::ChecklistReaderScoring", "a weight must not be negative"));
            else if (weight)
                threshold.weights.insert(strength, *weight);
        }
        if (threshold.minScore <= 0 && fields.has(QStringLiteral("min_score")))
            m_sink.error(fields.pointer(QStringLiteral("min_score")), QCoreApplication::translate("lantern::ChecklistReaderScoring", "'min_score' must be greater than 0"));
        return threshold;
    }
    FieldReader fields(m_sink, value, pointer, {form});
    threshold.kind = Threshold::Kind::AnyOf;
    if (form == u"count") {
        if (const std::optional<int> count = fields.integer(QStringLiteral("count"), 1))
            threshold.alternatives.append({{CountKey::Any, *count}});
        return threshold;
    }
    const QJsonArray alternatives = fields.array(QStringLiteral("any_of"), true);
    for (qsizetype i = 0; i < alternatives.size(); ++i)
        threshold.alternatives.append(readAlternative(alternatives.at(i), appendPointer(fields.pointer(QStringLiteral("any_of")), i)));
    return threshold;
}

QMap<CountKey, int> ChecklistReader::readAlternative(const QJsonValue& value, const QString& pointer)
{
    QMap<CountKey, int> minimums;
    if (!value.isObject() || value.toObject().isEmpty()) {
        m_sink.error(pointer, QCoreApplication::translate("lantern::ChecklistReaderScoring", "a threshold alternative must be an object of minimum counts, e.g. {\"strong\": 2}"));
        return minimums;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString at = appendPointer(pointer, it.key());
        const qsizetype index = kCountKeys.indexOf(it.key());
        if (index < 0) {
            m_sink.errorAtKey(at, QCoreApplication::translate("lantern::ChecklistReaderScoring", "unknown strength '%1' in threshold; expected strong, medium, weak, "
                                                 "medium_or_weak, strong_or_medium or any").arg(it.key()));
            continue;
        }
        const double count = it.value().toDouble(-1);
        if (!it.value().isDouble() || count < 1 || count > 1000 || std::floor(count) != count) {
            m_sink.error(at, QCoreApplication::translate("lantern::ChecklistReaderScoring", "a minimum count must be a whole number of at least 1"));
            continue;
        }
        minimums.insert(kCountKeyValues[index], static_cast<int>(count));
    }
    return minimums;
}

void ChecklistReader::readIndicators(const QJsonArray& array, const QString& pointer)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = appendPointer(pointer, i);
        static const QStringList kFieldsRequired = {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("element"),
                            QStringLiteral("when"), QStringLiteral("strength")};
        static const QStringList kFieldsOptional = {QStringLiteral("citation")};
        FieldReader fields(m_sink, array.at(i), at, kFieldsRequired, kFieldsOptional);
        if (!fields.isObject())
            continue;
        Indicator indicator;
        indicator.id = fields.id(QStringLiteral("id"));
        claimId(m_indicatorIds, QStringLiteral("indicator"), indicator.id, fields.pointer(QStringLiteral("id")));
        indicator.title = text(fields, QStringLiteral("title"));
        indicator.element = fields.id(QStringLiteral("element"));
        if (!indicator.element.isEmpty())
            m_elementRefs.append({fields.pointer(QStringLiteral("element")), indicator.element});
        if (fields.has(QStringLiteral("when")))
            indicator.trigger = readTrigger(fields.raw(QStringLiteral("when")), fields.pointer(QStringLiteral("when")));
        indicator.citation = readCitation(fields);

        const QJsonValue strengths = fields.raw(QStringLiteral("strength"));
        const QString strengthAt = fields.pointer(QStringLiteral("strength"));
        if (fields.has(QStringLiteral("strength")) && (!strengths.isObject() || strengths.toObject().isEmpty())) {
            m_sink.error(strengthAt, QCoreApplication::translate("lantern::ChecklistReaderScoring", "'strength' must map at least one profile id to strong, medium or weak"));
        }
        const QJsonObject byProfile = strengths.toObject();
        for (auto it = byProfile.constBegin(); it != byProfile.constEnd(); ++it) {
            const QString member = appendPointer(strengthAt, it.key());
            m_profileRefs.append({member, it.key()});
            const std::optional<Strength> strength = strengthFromString(it.value().toString());
            if (!it.value().isString() || !strength) {
                m_sink.error(member, QCoreApplication::translate("lantern::ChecklistReaderScoring", "unknown strength '%1'; expected strong, medium or weak")
                                         .arg(it.value().isString() ? it.value().toString() : QStringLiteral("?")));
                continue;
            }
            indicator.strengthByProfile.insert(it.key(), *strength);
        }
        m_checklist.indicators.append(indicator);
    }
}

Trigger ChecklistReader::readTrigger(const QJsonValue& value, const QString& pointer)
{
    Trigger trigger;
    const QJsonObject object = value.toObject();
    if (value.isObject() && object.contains(QStringLiteral("rule"))) {
        static const QStringList kFieldsRequired = {QStringLiteral("rule")};
        FieldReader fields(m_sink, value, pointer, kFieldsRequired);
        trigger.kind = Trigger::Kind::Rule;
        trigger.rule = readRule(fields, QStringLiteral("rule"), RuleScope::Questions);
        return trigger;
    }
    static const QStringList kFieldsRequired = {QStringLiteral("question")};
    static const QStringList kFieldsOptional = {QStringLiteral("any_of"), QStringLiteral("min"), QStringLiteral("max")};
    FieldReader fields(m_sink, value, pointer, kFieldsRequired, kFieldsOptional);
    if (!fields.isObject())
        return trigger;
    trigger.question = fields.id(QStringLiteral("question"));
    const QString questionAt = fields.pointer(QStringLiteral("question"));
    const bool hasRange = fields.has(QStringLiteral("min")) || fields.has(QStringLiteral("max"));
    if (fields.has(QStringLiteral("any_of")) && hasRange) {
        m_sink.error(pointer, QCoreApplication::translate("lantern::ChecklistReaderScoring", "a trigger takes either 'any_of' or 'min'/'max', not both"));
        return trigger;
    }
    if (fields.has(QStringLiteral("any_of"))) {
        trigger.kind = Trigger::Kind::AnyOf;
        trigger.values = fields.array(QStringLiteral("any_of"), true);
        m_questionRefs.append({questionAt, trigger.question,
                               {QuestionType::Single, QuestionType::Multi, QuestionType::Text},
                               QCoreApplication::translate("lantern::ChecklistReaderScoring", "'any_of' needs a single, multi or text question")});
        for (qsizetype i = 0; i < trigger.values.size(); ++i)
            m_optionRefs.append({appendPointer(fields.pointer(QStringLiteral("any_of")), i), trigger.question, trigger.values.at(i)});
    } else if (hasRange) {
        trigger.kind = Trigger::Kind::Range;
        trigger.minimum = fields.number(QStringLiteral("min"));
        trigger.maximum = fields.number(QStringLiteral("max"));
        if (trigger.minimum && trigger.maximum && *trigger.minimum > *trigger.maximum)
            m_sink.error(fields.pointer(QStringLiteral("min")), QCoreApplication::translate("lantern::ChecklistReaderScoring", "'min' is greater than 'max'"));
        m_questionRefs.append({questionAt, trigger.question, {QuestionType::Number},
                               QCoreApplication::translate("lantern::ChecklistReaderScoring", "'min'/'max' need a number question")});
    } else {
        trigger.kind = Trigger::Kind::Yes;
        m_questionRefs.append({questionAt, trigger.question, {QuestionType::YesNo},
                               QCoreApplication::translate("lantern::ChecklistReaderScoring", "a plain trigger needs a yesno question; use 'any_of' for options")});
    }
    return trigger;
}

void ChecklistReader::readProfiles(const QJsonArray& array, const QString& pointer)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = appendPointer(pointer, i);
        static const QStringList kFieldsRequired = {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("outcomes")};
        static const QStringList kFieldsOptional = {QStringLiteral("description"), QStringLiteral("applies"), QStringLiteral("citation")};
        FieldReader fields(m_sink, array.at(i), at, kFieldsRequired, kFieldsOptional);
        if (!fields.isObject())
            continue;
        Profile profile;
        profile.id = fields.id(QStringLiteral("id"));
        claimId(m_profileIds, QStringLiteral("profile"), profile.id, fields.pointer(QStringLiteral("id")));
        profile.title = text(fields, QStringLiteral("title"));
        profile.description = text(fields, QStringLiteral("description"));
        profile.applies = readRule(fields, QStringLiteral("applies"), RuleScope::Questions);
        profile.citation = readCitation(fields);
        const QJsonArray outcomes = fields.array(QStringLiteral("outcomes"), true);
        QHash<QString, QString> seenOutcomes;
        for (qsizetype o = 0; o < outcomes.size(); ++o)
            profile.outcomes.append(readOutcome(outcomes.at(o), appendPointer(fields.pointer(QStringLiteral("outcomes")), o), seenOutcomes));
        m_checklist.profiles.append(profile);
    }
}

Outcome ChecklistReader::readOutcome(const QJsonValue& value, const QString& pointer, QHash<QString, QString>& seenIds)
{
    Outcome outcome;
    static const QStringList kFieldsRequired = {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("title"), QStringLiteral("advice"),
                        QStringLiteral("rule")};
    FieldReader fields(m_sink, value, pointer, kFieldsRequired);
    if (!fields.isObject())
        return outcome;
    outcome.id = fields.id(QStringLiteral("id"));
    claimId(seenIds, QStringLiteral("outcome"), outcome.id, fields.pointer(QStringLiteral("id")));
    outcome.level = fields.integer(QStringLiteral("level"), 0).value_or(0);
    outcome.title = text(fields, QStringLiteral("title"));
    outcome.advice = text(fields, QStringLiteral("advice"));
    outcome.rule = readRule(fields, QStringLiteral("rule"), RuleScope::Elements);
    return outcome;
}

} // namespace lantern
