// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern::logic {

/// Evaluates a JsonLogic rule (jsonlogic.com) over data, for the pinned operator subset
/// documented in docs/jsonlogic.md. Never throws; an unsupported operator or a malformed
/// rule is an Error. Evaluation depth is bounded so hostile input cannot exhaust the stack.
Result<QJsonValue> evaluate(const QJsonValue& rule, const QJsonValue& data);

/// JsonLogic truthiness: false, null, 0, "", [] are false; everything else is true.
bool truthy(const QJsonValue& value);

/// A reference to a variable inside a rule.
struct VariableRef
{
    QString name;    ///< full dotted path as written, e.g. "age" or "answers.age"
    QString root;    ///< first path segment, e.g. "age"
    QString pointer; ///< JSON pointer of the var's name value relative to the rule root, e.g. "/and/0/var"
};

/// A problem found statically in a rule, positioned by a JSON pointer relative to the rule root.
struct RuleProblem
{
    QString pointer;
    QString message;
};

/// What a static look at a rule finds: the variables it reads and any problems
/// (unsupported operator, wrong arity, a var whose name is not a literal).
struct RuleAnalysis
{
    QList<VariableRef> variables;
    QList<RuleProblem> problems;
};

RuleAnalysis analyse(const QJsonValue& rule);

/// The operators this evaluator supports, sorted.
QStringList supportedOperators();

} // namespace lantern::logic
