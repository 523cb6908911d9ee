// SPDX-License-Identifier: GPL-3.0-or-later
// analyse(): the variables a rule reads and its static problems, with exact JSON pointers.
#include "LogicTestSupport.h"

#include <vector>

namespace lantern::logic {
namespace {

using Lines = std::vector<std::string>;

// "name (root) at pointer" per variable, in document order.
Lines variables(std::string_view rule)
{
    Lines lines;
    for (const VariableRef& ref : analyse(test::json(rule)).variables)
        lines.push_back(
            ref.name.toStdString() + " (" + ref.root.toStdString() + ") at " + ref.pointer.toStdString());
    return lines;
}

// "pointer: message" per problem, in document order.
Lines problems(std::string_view rule)
{
    Lines lines;
    for (const RuleProblem& problem : analyse(test::json(rule)).problems)
        lines.push_back(problem.pointer.toStdString() + ": " + problem.message.toStdString());
    return lines;
}

TEST(RuleAnalysis, ReportsLiteralVariablesWithRootAndPointer)
{
    const char* rule = R"({"and": [{"==": [{"var": "q1"}, "yes"]}, {"in": ["x", {"var": ["q2.sub", []]}]}]})";
    EXPECT_EQ(variables(rule), (Lines { "q1 (q1) at /and/0/==/0/var", "q2.sub (q2) at /and/1/in/1/var/0" }));
    EXPECT_EQ(problems(rule), Lines {});
    EXPECT_EQ(variables(R"({"var": "a"})"), Lines { "a (a) at /var" });
    EXPECT_EQ(variables(R"([{"var": "a"}])"), Lines { "a (a) at /0/var" });
    EXPECT_EQ(variables(R"({"var": 1})"), Lines { "1 (1) at /var" });
    EXPECT_EQ(variables(R"({"var": 2.5})"), Lines { "2.5 (2) at /var" });
    EXPECT_EQ(variables(R"({"var": ""})"), Lines { " () at /var" });
    EXPECT_EQ(
        variables(R"({"var": ["a", {"var": "b"}]})"), (Lines { "a (a) at /var/0", "b (b) at /var/1/var" }));
}

TEST(RuleAnalysis, EscapesPointerTokens)
{
    EXPECT_EQ(variables(R"({"/": [{"var": "a~b/c"}, 2]})"), Lines { "a~b/c (a~b/c) at /~1/0/var" });
    EXPECT_EQ(
        problems(R"({"and": [{"x/~y": {"var": "q"}}]})"), Lines { "/and/0: unsupported operator 'x/~y'" });
    EXPECT_EQ(variables(R"({"and": [{"x/~y": {"var": "q"}}]})"), Lines { "q (q) at /and/0/x~1~0y/var" });
}

TEST(RuleAnalysis, ReportsUnsupportedOperatorsAtTheirObject)
{
    EXPECT_EQ(problems(R"({"log": "x"})"), Lines { ": unsupported operator 'log'" });
    EXPECT_EQ(problems(R"({"or": [{"regex": ["a", {"method": []}]}, true]})"),
        (Lines { "/or/0: unsupported operator 'regex'", "/or/0/regex/1: unsupported operator 'method'" }));
    EXPECT_EQ(problems(R"({"if": [false, {"nope": 1}]})"), Lines { "/if/1: unsupported operator 'nope'" });
}

TEST(RuleAnalysis, RequiresLiteralVariableNames)
{
    const std::string message = "variable name must be a literal string";
    EXPECT_EQ(problems(R"({"var": {"cat": ["q", {"var": "n"}]}})"), Lines { "/var: " + message });
    EXPECT_EQ(variables(R"({"var": {"cat": ["q", {"var": "n"}]}})"), Lines { "n (n) at /var/cat/1/var" });
    EXPECT_EQ(problems(R"({"var": [true]})"), Lines { "/var/0: " + message });
    EXPECT_EQ(problems(R"({"var": []})"), Lines { "/var: " + message });
    EXPECT_EQ(problems(R"({"var": null})"), Lines { "/var: " + message });
    EXPECT_EQ(problems(R"({"!": {"var": [["a"]]}})"), Lines { "/!/var/0: " + message });
}

TEST(RuleAnalysis, ChecksFixedArgumentCounts)
{
    EXPECT_EQ(problems(R"({"!": [1, 2]})"), Lines { ": operator '!' takes 1 argument" });
    EXPECT_EQ(problems(R"({"==": [1]})"), Lines { ": operator '==' takes 2 arguments" });
    EXPECT_EQ(problems(R"({"and": [{"substr": "abc"}]})"),
        Lines { "/and/0: operator 'substr' takes 2 or 3 arguments" });
    EXPECT_EQ(problems(R"({"*": []})"), Lines { ": operator '*' takes at least 1 argument" });
    EXPECT_EQ(problems(R"({"var": ["a", 1, 2]})"), Lines { ": operator 'var' takes at most 2 arguments" });
    EXPECT_EQ(problems(R"({"?:": [1, 2]})"), Lines { ": operator '?:' takes 3 arguments" });
    EXPECT_EQ(problems(R"({">": [3, 2, 1]})"), Lines { ": operator '>' takes 2 arguments" });
    EXPECT_EQ(problems(R"({"reduce": [[1]]})"), Lines { ": operator 'reduce' takes 2 or 3 arguments" });
    // Operators whose count varies legitimately are left alone.
    for (const char* fine :
        { R"({"if": [1]})", R"({"if": [1, 2, 3, 4]})", R"({"and": []})", R"({"cat": "a"})", R"({"!": true})",
            R"({"<": [1, 2, 3]})", R"({"-": [1]})", R"({"merge": []})", R"({"missing": []})" })
        EXPECT_EQ(problems(fine), Lines {}) << fine;
}

TEST(RuleAnalysis, ReportsMissingNamesAsVariables)
{
    EXPECT_EQ(variables(R"({"missing": ["a", "b.c"]})"),
        (Lines { "a (a) at /missing/0", "b.c (b) at /missing/1" }));
    EXPECT_EQ(variables(R"({"missing": "a"})"), Lines { "a (a) at /missing" });
    EXPECT_EQ(variables(R"({"missing": [["a", "b"]]})"),
        (Lines { "a (a) at /missing/0/0", "b (b) at /missing/0/1" }));
    EXPECT_EQ(variables(R"({"missing_some": [1, ["a", "b"]]})"),
        (Lines { "a (a) at /missing_some/1/0", "b (b) at /missing_some/1/1" }));
    // Names computed at run time cannot be known; the variables they read can.
    EXPECT_EQ(variables(R"({"missing": {"merge": ["vin", {"if": [{"var": "financing"}, ["apr"], []]}]}})"),
        Lines { "financing (financing) at /missing/merge/1/if/0/var" });
}

TEST(RuleAnalysis, IterationRulesReadTheElementNotTheData)
{
    EXPECT_EQ(variables(R"({"some": [{"var": "people"}, {">": [{"var": "age"}, 18]}]})"),
        Lines { "people (people) at /some/0/var" });
    EXPECT_EQ(
        variables(
            R"({"reduce": [{"var": "xs"}, {"+": [{"var": "current"}, {"var": "accumulator"}]}, {"var": "start"}]})"),
        (Lines { "xs (xs) at /reduce/0/var", "start (start) at /reduce/2/var" }));
    EXPECT_EQ(variables(R"({"map": [{"var": "xs"}, {"filter": [{"var": "ys"}, {"missing": ["z"]}]}]})"),
        Lines { "xs (xs) at /map/0/var" });
    // Problems inside the element rule still count.
    EXPECT_EQ(problems(R"({"map": [{"var": "xs"}, {"nope": {"var": 1}}]})"),
        Lines { "/map/1: unsupported operator 'nope'" });
    EXPECT_EQ(problems(R"({"all": [[1], {"var": true}]})"),
        Lines { "/all/1/var: variable name must be a literal string" });
}

TEST(RuleAnalysis, LeavesDataObjectsAlone)
{
    EXPECT_EQ(variables(R"({"==": [{"a": {"var": "x"}, "b": {"nope": 1}}, 1]})"), Lines {});
    EXPECT_EQ(problems(R"({"==": [{"a": {"var": "x"}, "b": {"nope": 1}}, 1]})"), Lines {});
    EXPECT_EQ(problems(R"({})"), Lines {});
    EXPECT_EQ(problems(R"("text")"), Lines {});
}

TEST(RuleAnalysis, StopsAtTheNestingBoundLikeEvaluate)
{
    auto nested = [](int depth) {
        std::string rule;
        for (int i = 0; i < depth; ++i)
            rule += R"({"!":)";
        return rule + "true" + std::string(static_cast<size_t>(depth), '}');
    };
    EXPECT_EQ(problems(nested(256)), Lines {});
    EXPECT_TRUE(evaluate(test::json(nested(256)), {}).ok());
    std::string pointer;
    for (int i = 0; i < 256; ++i)
        pointer += "/!";
    EXPECT_EQ(problems(nested(400)), Lines { pointer + ": rule nested too deeply" });
    EXPECT_FALSE(evaluate(test::json(nested(257)), {}).ok());

    // A literal name list is a level of its own, for both.
    std::string rule;
    for (int i = 0; i < 255; ++i)
        rule += R"({"!":)";
    rule += R"({"missing_some": [1, ["a"]]})" + std::string(255, '}');
    EXPECT_EQ(
        problems(rule), Lines { pointer.substr(0, 2 * 255) + "/missing_some/1: rule nested too deeply" });
    EXPECT_EQ(test::run(rule), "error: rule nested too deeply");
}

} // namespace
} // namespace lantern::logic
