// SPDX-License-Identifier: GPL-3.0-or-later
#include "logic/Operators.h"

namespace lantern::logic::detail {
namespace {

OperatorTable buildTable()
{
    OperatorTable table;
    addLogicOperators(table);
    addArithmeticOperators(table);
    addDataOperators(table);
    addTextArrayOperators(table);
    addIterationOperators(table);
    return table;
}

QString argumentCount(int count)
{
    return count == 1 ? QStringLiteral("1 argument") : QString::number(count) + QStringLiteral(" arguments");
}

} // namespace

const OperatorTable& operatorTable()
{
    // Built once, thread-safely, then only read.
    static const OperatorTable table = buildTable();
    return table;
}

const Operator* findOperator(const QString& name)
{
    const OperatorTable& table = operatorTable();
    const auto it = table.constFind(name);
    return it == table.constEnd() ? nullptr : &it.value();
}

QString unsupportedOperatorMessage(const QString& name)
{
    return QStringLiteral("unsupported operator '%1'").arg(name);
}

QString arityMessage(const QString& name, const Operator& op)
{
    QString count;
    if (op.maxArgs < 0)
        count = QStringLiteral("at least ") + argumentCount(op.minArgs);
    else if (op.minArgs == op.maxArgs)
        count = argumentCount(op.minArgs);
    else if (op.minArgs == 0)
        count = QStringLiteral("at most ") + argumentCount(op.maxArgs);
    else if (op.maxArgs == op.minArgs + 1)
        count = QString::number(op.minArgs) + QStringLiteral(" or ") + argumentCount(op.maxArgs);
    else
        count = QString::number(op.minArgs) + QStringLiteral(" to ") + argumentCount(op.maxArgs);
    return QStringLiteral("operator '%1' takes %2").arg(name, count);
}

QString nestedTooDeeplyMessage()
{
    return QStringLiteral("rule nested too deeply");
}

} // namespace lantern::logic::detail
