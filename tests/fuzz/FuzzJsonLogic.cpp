// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: JSON input `[rule, data]`, or just a rule (evaluated over empty data),
// through analyse() and evaluate(). Any crash, hang, sanitizer report or runaway allocation is a
// bug, and so is evaluate() failing on a problem that analyse() did not see.
#include "logic/JsonLogic.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

bool analysisReports(const lantern::logic::RuleAnalysis& analysis, const QString& message)
{
    for (const lantern::logic::RuleProblem& problem : analysis.problems) {
        if (problem.message == message)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    // Wrapped in [...] so that a bare scalar parses too (QJsonDocument takes arrays and objects).
    QByteArray text;
    text.reserve(static_cast<qsizetype>(size) + 2);
    text.append('[');
    text.append(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(size));
    text.append(']');
    QJsonParseError error {};
    const QJsonArray wrapper = QJsonDocument::fromJson(text, &error).array();
    if (error.error != QJsonParseError::NoError || wrapper.size() != 1)
        return 0;

    const QJsonValue input = wrapper.at(0);
    QJsonValue rule = input;
    QJsonValue data = QJsonObject();
    if (input.isArray() && input.toArray().size() == 2) {
        rule = input.toArray().at(0);
        data = input.toArray().at(1);
    }

    const lantern::logic::RuleAnalysis analysis = lantern::logic::analyse(rule);
    const lantern::Result<QJsonValue> result = lantern::logic::evaluate(rule, data);
    if (result.ok()) {
        (void)lantern::logic::truthy(*result);
        if (result->isUndefined()) // results are always JSON
            __builtin_trap();
        return 0;
    }
    // Rules are never built at run time, so an unsupported operator or too deep a nesting met
    // while evaluating is in the rule as written, where analyse() must have found it.
    const QString& message = result.errorMessage();
    if ((message.startsWith(QStringLiteral("unsupported operator "))
            || message == QStringLiteral("rule nested too deeply"))
        && !analysisReports(analysis, message))
        __builtin_trap();
    return 0;
}
