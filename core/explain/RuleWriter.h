// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to RuleWords: the recursive walk that turns one rule into words.
#pragma once

#include "explain/RuleWords.h"

#include <optional>
#include <QJsonArray>
#include <QJsonObject>

namespace lantern::explain::detail {

/// A piece of a description. `level` says how much grouping its words already use: 0 for a
/// single condition, 1 for a plain list joined by "and" or "or", 2 for a list of lists (joined
/// by ", and" or "; or"). Deeper groups are put in parentheses and count as single again.
struct Phrase
{
    enum class Kind { Single, And, Or };
    QString text;
    Kind kind = Kind::Single;
    int level = 0;
};

/// A {"var": ...} read from a rule.
struct VarRef
{
    QString name;
    std::optional<QJsonValue> defaultValue;
};

class RuleWriter
{
public:
    explicit RuleWriter(const RuleWords& words)
        : m_words(words)
    {
    }

    /// The rule read as a condition (true or false).
    Phrase condition(const QJsonValue& rule, int depth);
    /// The rule read as a value (an answer, a number, a text), quoted or labelled for `context`.
    QString operand(const QJsonValue& value, int depth, const Question* context = nullptr);

    /// {"var": "x"}, {"var": ["x"]} or {"var": ["x", default]}; nullopt for anything else.
    static std::optional<VarRef> varOf(const QJsonValue& value);
    /// The arguments of an operator: a list, or one argument written without the list.
    static QJsonArray arguments(const QJsonValue& value);

private:
    bool spend(int depth);
    Phrase single(const QString& text) const { return Phrase { text, Phrase::Kind::Single, 0 }; }
    Phrase fallback(const QJsonValue& rule) const;

    Phrase junction(const QString& op, const QJsonArray& args, int depth);
    std::optional<Phrase> sharedMembership(const QString& op, const QJsonArray& args) const;
    Phrase negation(const QJsonValue& args, const QJsonValue& rule, int depth);
    Phrase conditional(const QJsonArray& args, const QJsonValue& rule, int depth);
    Phrase missing(const QString& op, const QJsonArray& args, const QJsonValue& rule);

    // RuleOperands.cpp
    Phrase variableCondition(const VarRef& var);
    Phrase comparison(const QString& op, const QJsonArray& args, const QJsonValue& rule, int depth);
    Phrase membership(const QJsonArray& args, const QJsonValue& rule, int depth);
    QString literal(const QJsonValue& value, const Question* context) const;
    QString arithmetic(const QString& op, const QJsonArray& args, const QJsonValue& value, int depth);
    const Question* questionOf(const QJsonValue& value) const;
    const Question* question(const QString& varName) const;
    QString optionLabel(const Question* question, const QString& optionId) const;

    const RuleWords& m_words;
    int m_parts = 0;
};

} // namespace lantern::explain::detail
