// SPDX-License-Identifier: GPL-3.0-or-later
// Errors, and the bounds that keep hostile rules and data from crashing or hanging evaluation.
#include "LogicTestSupport.h"

#include <algorithm>
#include <QJsonObject>
#include <thread>
#include <vector>

namespace lantern::logic {
namespace {

using test::json;
using test::run;

// {"!": {"!": ... true}} with `depth` operators.
std::string nestedNots(int depth)
{
    std::string rule;
    for (int i = 0; i < depth; ++i)
        rule += R"({"!":)";
    return rule + "true" + std::string(static_cast<size_t>(depth), '}');
}

// A literal array of `size` zeros, as JSON text.
std::string zeros(int size)
{
    std::string text = "[0";
    for (int i = 1; i < size; ++i)
        text += ",0";
    return text + "]";
}

TEST(JsonLogicErrors, UnsupportedOperatorIsAnErrorWhenReached)
{
    EXPECT_EQ(run(R"({"log": "a"})"), "error: unsupported operator 'log'");
    EXPECT_EQ(run(R"({"method": ["abc", "length"]})"), "error: unsupported operator 'method'");
    EXPECT_EQ(run(R"({"and": [true, {"regex": 1}]})"), "error: unsupported operator 'regex'");
    EXPECT_EQ(run(R"({"map": [[1], {"Var": ""}]})"), "error: unsupported operator 'Var'");
    // Like json-logic-js, a branch that is never taken is not evaluated; analyse() finds it.
    EXPECT_EQ(run(R"({"and": [false, {"regex": 1}]})"), "false");
}

TEST(JsonLogicErrors, MultiplyingNothingIsAnError)
{
    EXPECT_EQ(run(R"({"*": []})"), "error: operator '*' takes at least 1 argument");
}

TEST(JsonLogicLimits, NestingBeyond256IsAnError)
{
    EXPECT_EQ(run(nestedNots(256)), "true");
    EXPECT_EQ(run(nestedNots(257)), "error: rule nested too deeply");
    EXPECT_EQ(run(std::string(300, '[') + std::string(300, ']')), "error: rule nested too deeply");
    EXPECT_EQ(
        run(std::string(200, '[') + std::string(200, ']')), std::string(200, '[') + std::string(200, ']'));
}

TEST(JsonLogicLimits, DeepRulesBuiltInCodeFailCleanly)
{
    // Deeper than the JSON parser allows; evaluation must still stop at the bound.
    QJsonValue rule(true);
    for (int i = 0; i < 5000; ++i)
        rule = QJsonObject { { QStringLiteral("!"), rule } };
    const Result<QJsonValue> result = evaluate(rule, QJsonValue());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errorMessage(), QStringLiteral("rule nested too deeply"));
    EXPECT_EQ(analyse(rule).problems.size(), 1);
}

TEST(JsonLogicLimits, DeepDataIsReadWithoutRecursion)
{
    QJsonValue data = QJsonArray();
    for (int i = 0; i < 5000; ++i)
        data = QJsonArray { data, 1 };
    const Result<QJsonValue> joined = evaluate(json(R"({"cat": {"var": ""}})"), data);
    ASSERT_TRUE(joined.ok()) << joined.errorMessage().toStdString();
    EXPECT_EQ(joined->toString().size(), 2 * 5000); // ",1" per level
    EXPECT_EQ(evaluate(json(R"({"==": [{"var": ""}, 1]})"), data)->toBool(), false);
}

TEST(JsonLogicLimits, ExponentialGrowthStopsWithAnError)
{
    const std::string expected = "error: rule takes too much work to evaluate";
    // Each step doubles the accumulator: 2^40 elements (or characters) without a bound.
    EXPECT_EQ(run(R"({"reduce": [)" + zeros(40)
                  + R"(, {"merge": [{"var": "accumulator"}, {"var": "accumulator"}]}, [1]]})"),
        expected);
    EXPECT_EQ(run(R"({"reduce": [)" + zeros(40)
                  + R"(, {"cat": [{"var": "accumulator"}, {"var": "accumulator"}]}, "ab"]})"),
        expected);
    // Loops nested four deep over 100 elements: 10^8 evaluations.
    const std::string items = zeros(100);
    EXPECT_EQ(run(R"({"map": [)" + items + R"(, {"map": [)" + items + R"(, {"map": [)" + items
                  + R"(, {"map": [)" + items + R"(, {"+": [1]}]}]}]}]})"),
        expected);
    EXPECT_EQ(run(R"({"all": [)" + items + R"(, {"all": [)" + items + R"(, {"all": [)" + items
                  + R"(, {"all": [)" + items + R"(, {"==": [[0], 0]}]}]}]}]})"),
        expected);
}

TEST(JsonLogicLimits, ModestLoopsStayWithinBudget)
{
    const std::string items = zeros(100);
    EXPECT_EQ(
        run(R"({"reduce": [{"map": [)" + items + R"(, {"map": [)" + items
            + R"(, 1]}]}, {"+": [{"var": "accumulator"}, {"reduce": [{"var": "current"}, {"+": [{"var": "current"}, {"var": "accumulator"}]}, 0]}]}, 0]})"),
        "10000");
}

TEST(JsonLogicLimits, NonFiniteResultsAreNull)
{
    EXPECT_EQ(run(R"({"/": [1, 0]})"), "null");
    EXPECT_EQ(run(R"({"/": [0, 0]})"), "null");
    EXPECT_EQ(run(R"({"%": [1, 0]})"), "null");
    EXPECT_EQ(run(R"({"*": [1e308, 10]})"), "null");
    EXPECT_EQ(run(R"({"+": ["1e400"]})"), "null");
    EXPECT_EQ(run(R"({"-": ["-1e400"]})"), "null");
    EXPECT_EQ(run(R"({"merge": [{"/": [1, 0]}]})"), "[null]");
    // Within a rule they keep JavaScript's meaning: 1/0 is larger than any number.
    EXPECT_EQ(run(R"({">": [{"/": [1, 0]}, 1e308]})"), "true");
    EXPECT_EQ(run(R"({"==": ["1e-400", 0]})"), "true");
    EXPECT_EQ(run(R"({"if": [{"/": [0, 0]}, "truthy", "falsy"]})"), "\"falsy\"");
}

TEST(JsonLogicLimits, SubstringSearchIsLinearOnRepetitiveText)
{
    QJsonObject data;
    data.insert(QStringLiteral("hay"), QString(300'000, u'a'));
    data.insert(QStringLiteral("needle"), QString(QString(100'000, u'a') + u'b'));
    data.insert(QStringLiteral("found"), QString(100'000, u'a'));
    EXPECT_EQ(evaluate(json(R"({"in": [{"var": "needle"}, {"var": "hay"}]})"), data)->toBool(), false);
    EXPECT_EQ(evaluate(json(R"({"in": [{"var": "found"}, {"var": "hay"}]})"), data)->toBool(), true);
}

TEST(JsonLogicLimits, OddShapesGiveValuesNotCrashes)
{
    const char* rules[] = {
        R"({"var": {"var": {"var": ""}}})",
        R"({"var": [[], []]})",
        R"({"var": [{"a": 1, "b": 2}]})",
        R"({"missing": [[[[]]]]})",
        R"({"missing_some": [{"var": "x"}, "a"]})",
        R"({"substr": ["abc", 1e300, -1e300]})",
        R"({"substr": ["abc", "-Infinity", "Infinity"]})",
        R"({"reduce": [[1], {"var": "accumulator.current"}, {"a": 1, "b": 2}]})",
        R"({"in": [[1], [[1]]]})",
        R"({"merge": [[[[[]]]]]})",
        R"({"cat": [{"a": 1, "b": 2}]})",
        R"({"==": [{}, "[object Object]"]})",
        R"({"<": [{}, {}, {}]})",
        R"({"max": [{"a": 1, "b": 2}]})",
        R"({"map": {"var": ""}})",
        R"({"filter": []})",
        R"({"if": [[], [[]], [[[]]]]})",
    };
    for (const char* rule : rules) {
        const std::string result = run(rule, R"({"x": [1, "a", null]})");
        EXPECT_EQ(result.rfind("error:", 0), std::string::npos) << rule << " gave " << result;
        (void)analyse(json(rule));
    }
    EXPECT_EQ(run(R"({"==": [{}, "[object Object]"]})"), "true");
    EXPECT_EQ(run(R"({"": 1})"), "error: unsupported operator ''");
}

TEST(JsonLogicLimits, ConcurrentEvaluationIsSafe)
{
    // The operator table is built on first use; several threads may get there together.
    const QJsonValue rule = json(R"({"map": [{"var": "n"}, {"*": [{"var": ""}, 2]}]})");
    const QJsonValue data = json(R"({"n": [1, 2, 3]})");
    std::vector<std::thread> threads;
    std::vector<int> failures(8, 0);
    for (size_t t = 0; t < failures.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const Result<QJsonValue> result = evaluate(rule, data);
                if (!result.ok() || test::show(*result) != "[2,4,6]")
                    ++failures[t];
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(std::count(failures.begin(), failures.end(), 0), static_cast<long>(failures.size()));
}

} // namespace
} // namespace lantern::logic
