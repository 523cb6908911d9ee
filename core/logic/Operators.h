// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

#include <utility>

namespace lantern::logic::detail {

class EvalContext;

/// How deeply rules (operators and arrays) may nest, for evaluate() and analyse() alike.
inline constexpr int kMaxRuleDepth = 256;

/// An operator's arguments as written: an array, or one value standing for a one-element array.
class ArgList
{
public:
    explicit ArgList(const QJsonValue& value)
        : m_single(value)
        , m_array(value.toArray())
        , m_isArray(value.isArray())
    {
    }
    qsizetype size() const { return m_isArray ? m_array.size() : 1; }
    bool isArray() const { return m_isArray; }
    /// The argument at index, or undefined past the end (as JavaScript gives).
    QJsonValue at(qsizetype index) const
    {
        if (m_isArray)
            return index < m_array.size() ? m_array.at(index) : QJsonValue(QJsonValue::Undefined);
        return index == 0 ? m_single : QJsonValue(QJsonValue::Undefined);
    }

private:
    QJsonValue m_single;
    QJsonArray m_array;
    bool m_isArray;
};

/// Evaluated arguments; undefined past the end.
class Values
{
public:
    void reserve(qsizetype size) { m_values.reserve(size); }
    void append(QJsonValue value) { m_values.append(std::move(value)); }
    qsizetype size() const { return m_values.size(); }
    const QJsonValue& at(qsizetype index) const
    {
        return index < m_values.size() ? m_values[index] : undefined();
    }
    auto begin() const { return m_values.begin(); }
    auto end() const { return m_values.end(); }

private:
    static const QJsonValue& undefined()
    {
        static const QJsonValue value(QJsonValue::Undefined);
        return value;
    }
    QVarLengthArray<QJsonValue, 4> m_values;
};

/// Called with the evaluated arguments.
using EagerFn = QJsonValue (*)(EvalContext& context, const Values& args, const QJsonValue& data);
/// Evaluates its own arguments, as far as it needs (if, and, or, map...).
using LazyFn = QJsonValue (*)(EvalContext& context, const ArgList& args, const QJsonValue& data);

struct Operator
{
    EagerFn eager = nullptr;
    LazyFn lazy = nullptr;
    int minArgs = 0; ///< fewest arguments analyse() accepts
    int maxArgs = -1; ///< most arguments analyse() accepts; -1 for no limit
};

inline Operator eagerOperator(EagerFn fn, int minArgs = 0, int maxArgs = -1)
{
    return Operator { fn, nullptr, minArgs, maxArgs };
}

inline Operator lazyOperator(LazyFn fn, int minArgs = 0, int maxArgs = -1)
{
    return Operator { nullptr, fn, minArgs, maxArgs };
}

using OperatorTable = QHash<QString, Operator>;

/// The operator of that name, or nullptr when it is not supported.
const Operator* findOperator(const QString& name);
const OperatorTable& operatorTable();

// Each operator family registers itself from its own file.
void addLogicOperators(OperatorTable& table);
void addArithmeticOperators(OperatorTable& table);
void addDataOperators(OperatorTable& table);
void addTextArrayOperators(OperatorTable& table);
void addIterationOperators(OperatorTable& table);

// Messages shared by evaluate() and analyse().
QString unsupportedOperatorMessage(const QString& name);
QString arityMessage(const QString& name, const Operator& op);
QString nestedTooDeeplyMessage();

} // namespace lantern::logic::detail
