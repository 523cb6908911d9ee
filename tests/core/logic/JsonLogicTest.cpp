// SPDX-License-Identifier: GPL-3.0-or-later
// Every supported operator, the truth tables and JavaScript's coercions, beyond the shared
// conformance file.
#include "LogicTestSupport.h"

namespace lantern::logic {
namespace {

using test::json;
using test::run;

TEST(JsonLogicTruthiness, FollowsJsonLogicNotJavaScriptForArrays)
{
    for (const char* falsy : { "false", "null", "0", "-0", "\"\"", "[]" })
        EXPECT_FALSE(truthy(json(falsy))) << falsy;
    for (const char* truthy_ :
        { "true", "1", "-1", "0.001", "\"0\"", "\"false\"", "\" \"", "[0]", "[[]]", "{}", R"({"a": 1})" })
        EXPECT_TRUE(truthy(json(truthy_))) << truthy_;
    EXPECT_FALSE(truthy(QJsonValue(QJsonValue::Undefined)));
    EXPECT_FALSE(truthy(QJsonValue(std::numeric_limits<double>::quiet_NaN())));
}

TEST(JsonLogicOperators, SupportedListIsThePinnedSubset)
{
    const QStringList expected { QStringLiteral("!"), QStringLiteral("!!"), QStringLiteral("!="),
        QStringLiteral("!=="), QStringLiteral("%"), QStringLiteral("*"), QStringLiteral("+"),
        QStringLiteral("-"), QStringLiteral("/"), QStringLiteral("<"), QStringLiteral("<="),
        QStringLiteral("=="), QStringLiteral("==="), QStringLiteral(">"), QStringLiteral(">="),
        QStringLiteral("?:"), QStringLiteral("all"), QStringLiteral("and"), QStringLiteral("cat"),
        QStringLiteral("filter"), QStringLiteral("if"), QStringLiteral("in"), QStringLiteral("map"),
        QStringLiteral("max"), QStringLiteral("merge"), QStringLiteral("min"), QStringLiteral("missing"),
        QStringLiteral("missing_some"), QStringLiteral("none"), QStringLiteral("or"),
        QStringLiteral("reduce"), QStringLiteral("some"), QStringLiteral("substr"), QStringLiteral("var") };
    EXPECT_EQ(supportedOperators(), expected);
}

TEST(JsonLogicOperators, VarReadsPathsIndicesAndDefaults)
{
    EXPECT_EQ(run(R"({"var": "age"})", R"({"age": 34})"), "34");
    EXPECT_EQ(run(R"({"var": "a.b.0"})", R"({"a": {"b": ["x", "y"]}})"), "\"x\"");
    EXPECT_EQ(run(R"({"var": ["missing", "fallback"]})", "{}"), "\"fallback\"");
    EXPECT_EQ(run(R"({"var": "q"})", "{}"), "null"); // an open question reads as null
    EXPECT_EQ(run(R"({"var": ["q", 5]})", R"({"q": null})"), "null"); // present null is not missing
    EXPECT_EQ(run(R"({"var": ""})", R"({"a": 1})"), R"({"a":1})");
    EXPECT_EQ(run(R"({"var": "01"})", R"(["a", "b"])"), "null"); // not a canonical index
    EXPECT_EQ(run(R"({"var": "-1"})", R"(["a", "b"])"), "null");
    EXPECT_EQ(run(R"({"var": "a.length"})", R"({"a": [1, 2]})"), "null");
    EXPECT_EQ(run(R"({"var": "a..b"})", R"({"a": {"": {"b": 7}}})"), "7");
    EXPECT_EQ(run(R"({"var": 1.5})", R"([0, [1, 2, 3, 4, 5, 6]])"), "6");
    EXPECT_EQ(run(R"({"var": "x"})", "7"), "null");
}

TEST(JsonLogicOperators, MissingListsNullAndEmptyAnswers)
{
    EXPECT_EQ(run(R"({"missing": ["a", "b", "c"]})", R"({"a": 1, "b": "", "c": null})"), R"(["b","c"])");
    EXPECT_EQ(run(R"({"missing": [["a", "b"]]})", R"({"a": 0})"), R"(["b"])");
    EXPECT_EQ(run(R"({"missing": [1]})", R"(["x"])"), "[1]");
    EXPECT_EQ(run(R"({"missing": "a"})", R"({"a": false})"), "[]"); // false is an answer
    EXPECT_EQ(run(R"({"missing_some": [1, ["a", "b"]]})", R"({"b": 2})"), "[]");
    EXPECT_EQ(run(R"({"missing_some": [2, ["a", "b", "c"]]})", R"({"b": 2})"), R"(["a","c"])");
    EXPECT_EQ(run(R"({"missing_some": [0, ["a"]]})", "{}"), "[]");
    EXPECT_EQ(run(R"({"missing_some": ["x", ["a"]]})", "{}"), R"(["a"])"); // NaN count: never enough
}

TEST(JsonLogicOperators, IfChainsAndEvaluatesOnlyTheTakenBranch)
{
    EXPECT_EQ(run(R"({"if": [{"var": "a"}, "yes", {"nope": 1}]})", R"({"a": true})"), "\"yes\"");
    EXPECT_EQ(run(R"({"if": [false, {"nope": 1}, "no"]})"), "\"no\"");
    EXPECT_EQ(run(R"({"?:": [0, "a", "b"]})"), "\"b\"");
    EXPECT_EQ(run(R"({"if": [false, 1, false, 2]})"), "null");
    EXPECT_EQ(run(R"({"if": {"var": "a"}})", R"({"a": "x"})"), "\"x\"");
}

TEST(JsonLogicOperators, AndOrReturnTheDecidingOperandAndShortCircuit)
{
    EXPECT_EQ(run(R"({"and": [1, "", {"nope": 1}]})"), "\"\"");
    EXPECT_EQ(run(R"({"or": [0, "x", {"nope": 1}]})"), "\"x\"");
    EXPECT_EQ(run(R"({"and": []})"), "null");
    EXPECT_EQ(run(R"({"or": []})"), "null");
    EXPECT_EQ(run(R"({"and": [true, [1]]})"), "[1]");
}

TEST(JsonLogicOperators, NotAndDoubleNot)
{
    EXPECT_EQ(run(R"({"!": [[0]]})"), "false");
    EXPECT_EQ(run(R"({"!": []})"), "true"); // no operand is undefined, which is falsy
    EXPECT_EQ(run(R"({"!!": {"var": "a"}})", R"({"a": "0"})"), "true");
    EXPECT_EQ(run(R"({"!": {"var": "a"}})", "{}"), "true");
}

TEST(JsonLogicOperators, StrictEqualityComparesTypeAndValue)
{
    EXPECT_EQ(run(R"({"===": [1, 1.0]})"), "true");
    EXPECT_EQ(run(R"({"===": [null, null]})"), "true");
    EXPECT_EQ(run(R"({"===": ["a", "a"]})"), "true");
    EXPECT_EQ(run(R"({"===": [true, 1]})"), "false");
    EXPECT_EQ(run(R"({"===": [[1], [1]]})"), "false"); // arrays compare by identity in JavaScript
    EXPECT_EQ(run(R"({"!==": [null, false]})"), "true");
    EXPECT_EQ(run(R"({"===": [{"var": "a"}, 2]})", R"({"a": 2})"), "true");
}

TEST(JsonLogicOperators, LooseEqualityCoercesLikeJavaScript)
{
    EXPECT_EQ(run(R"({"==": [" 12 ", 12]})"), "true");
    EXPECT_EQ(run(R"({"==": ["0x10", 16]})"), "true");
    EXPECT_EQ(run(R"({"==": ["1e3", 1000]})"), "true");
    EXPECT_EQ(run(R"({"==": ["12px", 12]})"), "false");
    EXPECT_EQ(run(R"({"==": ["Infinity", {"/": [1, 0]}]})"), "true");
    EXPECT_EQ(run(R"({"==": [[1, 2], "1,2"]})"), "true");
    EXPECT_EQ(run(R"({"==": [[[1], [null, 2]], "1,,2"]})"), "true");
    EXPECT_EQ(run(R"({"==": [{"var": "o"}, "[object Object]"]})", R"({"o": {"a": 1}})"), "true");
    EXPECT_EQ(run(R"({"==": [null, 0]})"), "false");
    EXPECT_EQ(run(R"({"==": [null, {"and": []}]})"), "true"); // null == undefined
    EXPECT_EQ(run(R"({"!=": ["true", true]})"), "true");
    EXPECT_EQ(run(R"({"==": [{"/": [0, 0]}, {"/": [0, 0]}]})"), "false"); // NaN
}

TEST(JsonLogicOperators, OrderingComparesTextAsTextAndOtherwiseAsNumbers)
{
    EXPECT_EQ(run(R"({"<": ["10", "9"]})"), "true"); // both text: code-unit order
    EXPECT_EQ(run(R"({"<": ["10", 9]})"), "false");
    EXPECT_EQ(run(R"({"<": ["2024-01-31", "2024-02-01"]})"), "true"); // date answers compare as text
    EXPECT_EQ(run(R"({"<": [null, 1]})"), "true"); // null is 0
    EXPECT_EQ(run(R"({"<=": ["a", 1]})"), "false"); // NaN: every comparison false
    EXPECT_EQ(run(R"({">=": ["a", 1]})"), "false");
    EXPECT_EQ(run(R"({">": [[2], 1]})"), "true");
    EXPECT_EQ(run(R"({"<": [0, {"var": "age"}, 18]})", R"({"age": 17})"), "true");
    EXPECT_EQ(run(R"({"<": [0, {"var": "age"}, 18]})", R"({"age": 18})"), "false");
    EXPECT_EQ(run(R"({"<=": [0, {"var": "age"}, 18]})", R"({"age": 18})"), "true");
    EXPECT_EQ(run(R"({"<": ["\ud83d\ude00", "\uffff"]})"), "true"); // surrogates sort below U+FFFF
}

TEST(JsonLogicOperators, ArithmeticReadsNumbersLikeJavaScript)
{
    EXPECT_EQ(run(R"({"+": ["3.5kg", 1]})"), "4.5"); // + and * use parseFloat
    EXPECT_EQ(run(R"({"-": ["3.5kg", 1]})"), "null"); // - uses Number(): NaN, shown as null
    EXPECT_EQ(run(R"({"+": []})"), "0");
    EXPECT_EQ(run(R"({"*": ["2"]})"), "2");
    EXPECT_EQ(run(R"({"-": [null, true]})"), "-1");
    EXPECT_EQ(run(R"({"-": [{"var": "x"}]})", R"({"x": "4"})"), "-4");
    EXPECT_EQ(run(R"({"/": [1, 3]})"), "0.3333333333333333");
    EXPECT_EQ(run(R"({"%": [-7, 3]})"), "-1");
    EXPECT_EQ(run(R"({"%": [7.5, 2]})"), "1.5");
    EXPECT_EQ(run(R"({"max": ["3", 20, [4]]})"), "20");
    EXPECT_EQ(run(R"({"min": [3, "x"]})"), "null");
    EXPECT_EQ(run(R"({"max": []})"), "null"); // -Infinity
    EXPECT_EQ(run(R"({"+": [0.1, 0.2]})"), "0.30000000000000004");
}

TEST(JsonLogicOperators, InTestsMembershipAndSubstrings)
{
    EXPECT_EQ(run(R"({"in": ["b", {"var": "multi"}]})", R"({"multi": ["a", "b"]})"), "true");
    EXPECT_EQ(run(R"({"in": [1, ["1"]]})"), "false"); // membership is strict
    EXPECT_EQ(run(R"({"in": [1, "a1"]})"), "true");
    EXPECT_EQ(run(R"({"in": ["", ""]})"), "false");
    EXPECT_EQ(run(R"({"in": ["", "a"]})"), "true");
    EXPECT_EQ(run(R"({"in": ["a", null]})"), "false");
    EXPECT_EQ(run(R"({"in": ["a", {"var": "open"}]})", "{}"), "false");
}

TEST(JsonLogicOperators, CatJoinsTextWithJavaScriptNumberFormatting)
{
    EXPECT_EQ(run(R"({"cat": ["a", null, 1.5, true, [1, [2, null]]]})"), R"("a1.5true1,2,")");
    EXPECT_EQ(
        run(R"({"cat": [1e21, 1e-7, 123456789.125, -0.000001]})"), R"("1e+211e-7123456789.125-0.000001")");
    EXPECT_EQ(run(R"({"cat": [{"/": [1, 0]}, " ", {"/": [0, 0]}]})"), R"("Infinity NaN")");
    EXPECT_EQ(run(R"({"cat": []})"), R"("")");
}

TEST(JsonLogicOperators, SubstrClampsLikeJavaScript)
{
    EXPECT_EQ(run(R"({"substr": ["abc", 5]})"), R"("")");
    EXPECT_EQ(run(R"({"substr": ["abc", -10, 2]})"), R"("ab")");
    EXPECT_EQ(run(R"({"substr": ["abc", 1, -5]})"), R"("")");
    EXPECT_EQ(run(R"({"substr": ["abc", "1", "1"]})"), R"("b")");
    EXPECT_EQ(run(R"({"substr": [12345, 1, 2]})"), R"("23")");
    EXPECT_EQ(run(R"({"substr": [null, 0, 2]})"), R"("nu")");
    EXPECT_EQ(run(R"({"substr": ["abc", 1.9]})"), R"("bc")");
}

TEST(JsonLogicOperators, MergeFlattensOneLevel)
{
    EXPECT_EQ(run(R"({"merge": [[1, [2]], 3, null]})"), "[1,[2],3,null]");
    EXPECT_EQ(run(R"({"merge": {"var": "m"}})", R"({"m": ["a"]})"), R"(["a"])");
    EXPECT_EQ(run(R"({"merge": [{"var": "x"}, {"var": "y"}]})", R"({"x": [1], "y": [2, 3]})"), "[1,2,3]");
}

TEST(JsonLogicOperators, IterationSeesTheElementAsData)
{
    const char* data = R"({"people": [{"age": 12}, {"age": 40}], "n": [1, 2, 3]})";
    EXPECT_EQ(run(R"({"map": [{"var": "people"}, {"var": "age"}]})", data), "[12,40]");
    EXPECT_EQ(
        run(R"({"filter": [{"var": "people"}, {"<": [{"var": "age"}, 18]}]})", data), R"([{"age":12}])");
    EXPECT_EQ(run(R"({"some": [{"var": "people"}, {"<": [{"var": "age"}, 18]}]})", data), "true");
    EXPECT_EQ(run(R"({"all": [{"var": "people"}, {"<": [{"var": "age"}, 18]}]})", data), "false");
    EXPECT_EQ(run(R"({"none": [{"var": "people"}, {">": [{"var": "age"}, 60]}]})", data), "true");
    EXPECT_EQ(
        run(R"({"reduce": [{"var": "n"}, {"cat": [{"var": "accumulator"}, {"var": "current"}]}, ""]})", data),
        R"("123")");
    EXPECT_EQ(run(R"({"reduce": [{"var": "n"}, {"var": "accumulator"}]})", data), "null");
    EXPECT_EQ(run(R"({"reduce": ["x", {"var": "current"}, 4]})"), "4"); // not an array: the initial value
    EXPECT_EQ(run(R"({"map": [[1, 2], [{"var": ""}, 0]]})"), "[[1,0],[2,0]]");
    EXPECT_EQ(run(R"({"map": [{"var": "n"}, {"/": [1, {"-": [{"var": ""}, 2]}]}]})", data), "[-1,null,1]");
    EXPECT_EQ(run(R"({"all": ["abc", true]})"), "false");
    EXPECT_EQ(run(R"({"some": [null, true]})"), "false");
    EXPECT_EQ(run(R"({"none": [7, true]})"), "true");
    EXPECT_EQ(run(R"({"map": [[[1, 2]], {"map": [{"var": ""}, {"*": [{"var": ""}, 10]}]}]})"), "[[10,20]]");
}

TEST(JsonLogicValues, NonRulesPassThroughAndArraysEvaluateElementWise)
{
    EXPECT_EQ(run(R"({"a": {"var": "x"}, "b": 2})", R"({"x": 1})"), R"({"a":{"var":"x"},"b":2})");
    EXPECT_EQ(run("{}"), "{}");
    EXPECT_EQ(run(R"([{"var": "x"}, [{"var": "x"}], "x"])", R"({"x": 1})"), R"([1,[1],"x"])");
    EXPECT_EQ(run(R"([{"and": []}, {"/": [1, 0]}])"), "[null,null]");
    EXPECT_EQ(run("\"text\""), "\"text\"");
    EXPECT_EQ(run("3", "{}"), "3");
}

TEST(JsonLogicValues, UndefinedDataIsNull)
{
    const Result<QJsonValue> result = evaluate(json(R"({"var": ""})"), QJsonValue(QJsonValue::Undefined));
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->isNull());
}

} // namespace
} // namespace lantern::logic
