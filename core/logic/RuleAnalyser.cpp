// SPDX-License-Identifier: GPL-3.0-or-later
// analyse(): a static walk over a rule, without data.
#include "logic/JsCoercion.h"
#include "logic/JsonLogic.h"
#include "logic/Operators.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lantern::logic {
namespace {

using detail::ArgList;

// RFC 6901: "~" is written "~0" and "/" is written "~1".
QString childPointer(const QString& pointer, const QString& token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

QString childPointer(const QString& pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

bool isLiteralName(const QJsonValue& value)
{
    return value.isString() || value.isDouble();
}

bool isIterationOperator(const QString& name)
{
    return name == u"map" || name == u"filter" || name == u"reduce" || name == u"all" || name == u"none"
        || name == u"some";
}

class RuleAnalyser
{
public:
    RuleAnalysis run(const QJsonValue& rule)
    {
        walk(rule, QString(), false, 0);
        return m_result;
    }

private:
    // `scoped` is true inside the per-element rule of map/filter/reduce/all/none/some, where
    // variables name parts of the element rather than the data.
    void walk(const QJsonValue& node, const QString& pointer, bool scoped, int depth)
    {
        if (!node.isArray() && !node.isObject())
            return;
        const QJsonObject object = node.toObject();
        if (node.isObject() && object.size() != 1)
            return; // data, not a rule
        if (depth >= detail::kMaxRuleDepth) {
            addProblem(pointer, detail::nestedTooDeeplyMessage());
            return;
        }
        if (node.isArray()) {
            const QJsonArray array = node.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                walk(array.at(i), childPointer(pointer, i), scoped, depth + 1);
            return;
        }
        walkOperator(object.constBegin().key(), object.constBegin().value(), pointer, scoped, depth);
    }

    void walkOperator(
        const QString& name, const QJsonValue& value, const QString& pointer, bool scoped, int depth)
    {
        const QString opPointer = childPointer(pointer, name);
        const ArgList args(value);
        const auto argPointer
            = [&](qsizetype i) { return args.isArray() ? childPointer(opPointer, i) : opPointer; };
        const auto walkArg
            = [&](qsizetype i, bool argScoped) { walk(args.at(i), argPointer(i), argScoped, depth + 1); };

        const detail::Operator* op = detail::findOperator(name);
        if (op == nullptr) {
            addProblem(pointer, detail::unsupportedOperatorMessage(name));
            for (qsizetype i = 0; i < args.size(); ++i)
                walkArg(i, scoped);
            return;
        }
        if (args.size() < op->minArgs || (op->maxArgs >= 0 && args.size() > op->maxArgs))
            addProblem(pointer, detail::arityMessage(name, *op));

        if (name == u"var") {
            const QString namePointer = args.size() == 0 ? opPointer : argPointer(0);
            if (args.size() > 0 && isLiteralName(args.at(0)))
                addVariable(args.at(0), namePointer, scoped);
            else
                addProblem(namePointer, QCoreApplication::translate("lantern::RuleAnalyser", "variable name must be a literal string"));
            for (qsizetype i = 0; i < args.size(); ++i)
                walkArg(i, scoped); // a computed name or default may itself read variables
        } else if (name == u"missing") {
            if (value.isArray())
                walkNameList(value.toArray(), opPointer, scoped, depth + 1);
            else
                walkName(value, opPointer, scoped, depth + 1);
        } else if (name == u"missing_some") {
            for (qsizetype i = 0; i < args.size(); ++i) {
                if (i == 1 && args.at(i).isArray())
                    walkNameList(args.at(i).toArray(), argPointer(i), scoped, depth + 2);
                else if (i == 1)
                    walkName(args.at(i), argPointer(i), scoped, depth + 1);
                else
                    walkArg(i, scoped);
            }
        } else {
            const bool iteration = isIterationOperator(name);
            for (qsizetype i = 0; i < args.size(); ++i)
                walkArg(i, scoped || (iteration && i == 1));
        }
    }

    // The names missing/missing_some look up, evaluated at `depth`. As in json-logic-js, when the
    // list starts with a list, only that inner list holds names. Computed names are walked.
    void walkNameList(const QJsonArray& list, const QString& pointer, bool scoped, int depth)
    {
        if (depth > detail::kMaxRuleDepth) { // the list itself is one level too deep
            addProblem(pointer, detail::nestedTooDeeplyMessage());
            return;
        }
        if (!list.isEmpty() && list.first().isArray()) {
            const QString innerPointer = childPointer(pointer, 0);
            if (depth >= detail::kMaxRuleDepth) {
                addProblem(innerPointer, detail::nestedTooDeeplyMessage());
                return;
            }
            const QJsonArray inner = list.first().toArray();
            for (qsizetype i = 0; i < inner.size(); ++i)
                walkName(inner.at(i), childPointer(innerPointer, i), scoped, depth + 1);
            for (qsizetype i = 1; i < list.size(); ++i)
                walk(list.at(i), childPointer(pointer, i), scoped, depth);
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i)
            walkName(list.at(i), childPointer(pointer, i), scoped, depth);
    }

    void walkName(const QJsonValue& value, const QString& pointer, bool scoped, int depth)
    {
        if (isLiteralName(value))
            addVariable(value, pointer, scoped);
        else
            walk(value, pointer, scoped, depth);
    }

    void addVariable(const QJsonValue& nameValue, const QString& pointer, bool scoped)
    {
        if (scoped)
            return;
        const QString name
            = nameValue.isString() ? nameValue.toString() : detail::js::numberToString(nameValue.toDouble());
        m_result.variables.append(VariableRef { name, name.section(u'.', 0, 0), pointer });
    }

    void addProblem(const QString& pointer, const QString& message)
    {
        m_result.problems.append(RuleProblem { pointer, message });
    }

    RuleAnalysis m_result;
};

} // namespace

RuleAnalysis analyse(const QJsonValue& rule)
{
    try {
        return RuleAnalyser().run(rule);
    } catch (...) { // out of memory: report rather than throw
        return RuleAnalysis { {},
            { RuleProblem { QString(), QCoreApplication::translate("lantern::RuleAnalyser", "the rule could not be analysed") } } };
    }
}

} // namespace lantern::logic
