// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"

#include <initializer_list>
#include <optional>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <utility>

namespace lantern::test {

/// A JSON value from text, e.g. json(R"({"var": "q1"})"); fails loudly on a typo.
inline QJsonValue json(const char* text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("json(): cannot parse %s", text);
    return document.array().at(0);
}

/// The ILO/EC rule: {strong:2} | {strong:1, medium_or_weak:1} | {medium:3} | {medium:2, weak:1}.
inline Threshold iloThreshold()
{
    Threshold threshold;
    threshold.alternatives = {
        { { CountKey::Strong, 2 } },
        { { CountKey::Strong, 1 }, { CountKey::MediumOrWeak, 1 } },
        { { CountKey::Medium, 3 } },
        { { CountKey::Medium, 2 }, { CountKey::Weak, 1 } },
    };
    return threshold;
}

inline Threshold countThreshold(int count)
{
    Threshold threshold;
    threshold.alternatives = { { { CountKey::Any, count } } };
    return threshold;
}

inline Threshold weightedThreshold(double strong, double medium, double weak, double minScore)
{
    Threshold threshold;
    threshold.kind = Threshold::Kind::Weighted;
    threshold.weights
        = { { Strength::Strong, strong }, { Strength::Medium, medium }, { Strength::Weak, weak } };
    threshold.minScore = minScore;
    return threshold;
}

/// Builds Checklist values in C++ while the loader does not exist. Every add goes to the last
/// section or profile; build() reindexes.
class ChecklistBuilder
{
public:
    using Strengths = std::initializer_list<std::pair<const char*, Strength>>;

    ChecklistBuilder()
    {
        m_checklist.format = QStringLiteral("lantern-checklist/1");
        m_checklist.id = QStringLiteral("test");
        m_checklist.version = QStringLiteral("1.0.0");
        m_checklist.languages = { QStringLiteral("en") };
        m_checklist.defaultLanguage = QStringLiteral("en");
        m_checklist.title = text("Test checklist");
        m_checklist.setSha256(QByteArray(64, 'a'));
    }

    ChecklistBuilder& section(const char* id, QJsonValue relevant = {})
    {
        Section section;
        section.id = QString::fromUtf8(id);
        section.title = text(id);
        section.relevant = std::move(relevant);
        m_checklist.sections.append(section);
        return *this;
    }

    ChecklistBuilder& question(
        const char* id, QuestionType type, QJsonValue relevant = {}, QStringList options = {})
    {
        if (m_checklist.sections.isEmpty())
            section("main");
        Question question;
        question.id = QString::fromUtf8(id);
        question.sectionId = m_checklist.sections.last().id;
        question.type = type;
        question.text = text(id);
        question.relevant = std::move(relevant);
        for (const QString& option : options)
            question.options.append({ option, text(option.toUtf8().constData()) });
        m_checklist.sections.last().questions.append(question);
        return *this;
    }

    ChecklistBuilder& yesno(const char* id, QJsonValue relevant = {})
    {
        return question(id, QuestionType::YesNo, relevant);
    }

    /// Several yes/no questions at once.
    ChecklistBuilder& yesnos(std::initializer_list<const char*> ids)
    {
        for (const char* id : ids)
            yesno(id);
        return *this;
    }

    ChecklistBuilder& element(const char* id, Threshold threshold, const char* group = "act")
    {
        Element element;
        element.id = QString::fromUtf8(id);
        element.title = text(id);
        element.group = QString::fromUtf8(group);
        element.threshold = std::move(threshold);
        m_checklist.elements.append(element);
        return *this;
    }

    ChecklistBuilder& indicator(const char* id, const char* element, Trigger trigger, Strengths strengths)
    {
        Indicator indicator;
        indicator.id = QString::fromUtf8(id);
        indicator.title = text(id);
        indicator.element = QString::fromUtf8(element);
        indicator.trigger = std::move(trigger);
        for (const auto& [profile, strength] : strengths)
            indicator.strengthByProfile.insert(QString::fromUtf8(profile), strength);
        m_checklist.indicators.append(indicator);
        return *this;
    }

    /// An indicator present when yes/no question `question` is answered yes.
    ChecklistBuilder& yesIndicator(
        const char* id, const char* element, const char* question, Strengths strengths)
    {
        Trigger trigger;
        trigger.question = QString::fromUtf8(question);
        return indicator(id, element, trigger, strengths);
    }

    /// A yes/no question and an indicator on it, both named `id`.
    ChecklistBuilder& yesnoIndicator(
        const char* id, const char* element, Strengths strengths, QJsonValue relevant = {})
    {
        yesno(id, relevant);
        return yesIndicator(id, element, id, strengths);
    }

    ChecklistBuilder& profile(const char* id, QJsonValue applies = {})
    {
        Profile profile;
        profile.id = QString::fromUtf8(id);
        profile.title = text(id);
        profile.applies = std::move(applies);
        m_checklist.profiles.append(profile);
        return *this;
    }

    ChecklistBuilder& outcome(const char* id, int level, QJsonValue rule)
    {
        Outcome outcome;
        outcome.id = QString::fromUtf8(id);
        outcome.level = level;
        outcome.title = text(id);
        outcome.advice = text("advice");
        outcome.rule = std::move(rule);
        m_checklist.profiles.last().outcomes.append(outcome);
        return *this;
    }

    Checklist build()
    {
        Checklist checklist = m_checklist;
        checklist.reindex();
        return checklist;
    }

    static LocalText text(const char* english)
    {
        return LocalText(QMap<QString, QString> { { QStringLiteral("en"), QString::fromUtf8(english) } });
    }

private:
    Checklist m_checklist;
};

inline Trigger anyOfTrigger(const char* question, QJsonArray values)
{
    Trigger trigger;
    trigger.kind = Trigger::Kind::AnyOf;
    trigger.question = QString::fromUtf8(question);
    trigger.values = std::move(values);
    return trigger;
}

inline Trigger rangeTrigger(
    const char* question, std::optional<double> minimum, std::optional<double> maximum)
{
    Trigger trigger;
    trigger.kind = Trigger::Kind::Range;
    trigger.question = QString::fromUtf8(question);
    trigger.minimum = minimum;
    trigger.maximum = maximum;
    return trigger;
}

inline Trigger ruleTrigger(const char* rule)
{
    Trigger trigger;
    trigger.kind = Trigger::Kind::Rule;
    trigger.rule = json(rule);
    return trigger;
}

/// Fluent answers: Answers().yes("q1").no("q2").state("q3", AnswerState::Declined).
class Answers
{
public:
    Answers& value(const char* id, QJsonValue value)
    {
        m_set.set(QString::fromUtf8(id), Answer { AnswerState::Answered, std::move(value), {} });
        return *this;
    }
    Answers& yes(const char* id) { return value(id, true); }
    Answers& no(const char* id) { return value(id, false); }
    Answers& yes(std::initializer_list<const char*> ids)
    {
        for (const char* id : ids)
            yes(id);
        return *this;
    }
    Answers& no(std::initializer_list<const char*> ids)
    {
        for (const char* id : ids)
            no(id);
        return *this;
    }
    Answers& state(const char* id, AnswerState state)
    {
        m_set.set(QString::fromUtf8(id), Answer { state, {}, {} });
        return *this;
    }
    Answers& clear(const char* id)
    {
        m_set.clear(QString::fromUtf8(id));
        return *this;
    }
    operator const AnswerSet&() const { return m_set; }
    const AnswerSet& set() const { return m_set; }

private:
    AnswerSet m_set;
};

} // namespace lantern::test
