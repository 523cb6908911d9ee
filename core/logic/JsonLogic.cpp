// SPDX-License-Identifier: GPL-3.0-or-later
#include "logic/JsonLogic.h"

#include "logic/EvalContext.h"
#include "logic/JsCoercion.h"
#include "logic/Operators.h"

#include <QCoreApplication>
#include <algorithm>
#include <new>

namespace lantern::logic {

Result<QJsonValue> evaluate(const QJsonValue& rule, const QJsonValue& data)
{
    // Qt reports allocation failure with std::bad_alloc; nothing may escape to the caller.
    try {
        detail::EvalContext context;
        const QJsonValue result = context.eval(rule, data.isUndefined() ? QJsonValue() : data);
        if (context.failed())
            return Error { context.errorMessage() };
        return detail::js::storable(result);
    } catch (const std::bad_alloc&) {
        return Error { QCoreApplication::translate("lantern::JsonLogic", "not enough memory to evaluate the rule") };
    } catch (...) {
        return Error { QCoreApplication::translate("lantern::JsonLogic", "the rule could not be evaluated") };
    }
}

bool truthy(const QJsonValue& value)
{
    return detail::js::truthy(value);
}

QStringList supportedOperators()
{
    QStringList names = detail::operatorTable().keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace lantern::logic
