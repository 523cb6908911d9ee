// SPDX-License-Identifier: GPL-3.0-or-later
#include "logic/Operators.h"

#include <QCoreApplication>

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
    return QCoreApplication::translate("lantern::OperatorTable", "unsupported operator '%1'").arg(name);
}

// Whole sentences, so that a translation can order and inflect them as its language needs.
QString arityMessage(const QString& name, const Operator& op)
{
    const QString least = QString::number(op.minArgs);
    const QString most = QString::number(op.maxArgs);
    if (op.maxArgs < 0) {
        return op.minArgs == 1
            ? QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes at least 1 argument").arg(name)
            : QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes at least %2 arguments").arg(name, least);
    }
    if (op.minArgs == op.maxArgs) {
        return op.minArgs == 1
            ? QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes 1 argument").arg(name)
            : QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes %2 arguments").arg(name, least);
    }
    if (op.minArgs == 0) {
        return op.maxArgs == 1
            ? QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes at most 1 argument").arg(name)
            : QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes at most %2 arguments").arg(name, most);
    }
    if (op.maxArgs == op.minArgs + 1)
        return QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes %2 or %3 arguments").arg(name, least, most);
    return QCoreApplication::translate("lantern::OperatorTable", "operator '%1' takes %2 to %3 arguments").arg(name, least, most);
}

QString nestedTooDeeplyMessage()
{
    return QCoreApplication::translate("lantern::OperatorTable", "rule nested too deeply");
}

} // namespace lantern::logic::detail
