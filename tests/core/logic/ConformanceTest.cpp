// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every case of the shared JsonLogic conformance file (tests/data/jsonlogic/tests.json,
// see the README there). Cases of an operator Lantern leaves out on purpose are skipped with
// the reason; every other case must pass.
#include "LogicTestSupport.h"
#include "TestData.h"

#include <algorithm>
#include <QHash>
#include <QJsonArray>
#include <vector>

namespace lantern::logic {
namespace {

using test::show;

struct ConformanceCase
{
    int index = 0; ///< position among the cases (headings not counted)
    QString section; ///< the heading above the case
    QJsonValue rule;
    QJsonValue data;
    QJsonValue expected;
};

// Lets GoogleTest name a case in its output without dumping the struct's bytes.
void PrintTo(const ConformanceCase& testCase, std::ostream* out)
{
    *out << "#" << testCase.index << " " << show(testCase.rule) << " over " << show(testCase.data);
}

constexpr qsizetype kCasesInFile = 278;
constexpr qsizetype kHeadingsInFile = 24;
// The file has no case for a left-out operator (log, method); a change here must be deliberate.
constexpr qsizetype kSkippedCases = 0;

/// Operators left out on purpose (docs/jsonlogic.md), with the reason their cases are skipped.
const QHash<QString, QString>& leftOutOperators()
{
    static const QHash<QString, QString> reasons {
        { QStringLiteral("log"), QStringLiteral("'log' is left out: it writes to a console, a side effect") },
        { QStringLiteral("method"), QStringLiteral("'method' is left out: it calls host-language methods") },
    };
    return reasons;
}

/// Why a case is skipped, or empty when it must run. Any other unsupported operator is a failure.
QString skipReason(const QJsonValue& rule)
{
    const QString prefix = QStringLiteral("unsupported operator '");
    for (const RuleProblem& problem : analyse(rule).problems) {
        if (!problem.message.startsWith(prefix))
            continue;
        const QString name = problem.message.mid(prefix.size()).chopped(1);
        const auto it = leftOutOperators().constFind(name);
        if (it != leftOutOperators().constEnd())
            return it.value();
    }
    return {};
}

struct ConformanceFile
{
    std::vector<ConformanceCase> cases;
    qsizetype headings = 0;
};

ConformanceFile loadFile()
{
    ConformanceFile file;
    const QByteArray bytes
        = lantern::test::readFile(lantern::test::dataPath(QStringLiteral("jsonlogic/tests.json")));
    const QJsonArray entries = QJsonDocument::fromJson(bytes).array();
    QString section;
    for (const QJsonValue& entry : entries) {
        if (entry.isString()) {
            section = entry.toString();
            ++file.headings;
            continue;
        }
        const QJsonArray triple = entry.toArray();
        if (triple.size() != 3) {
            ADD_FAILURE() << "conformance entry is not [rule, data, expected]: " << show(entry);
            continue;
        }
        file.cases.push_back(ConformanceCase {
            static_cast<int>(file.cases.size()), section, triple.at(0), triple.at(1), triple.at(2) });
    }
    return file;
}

const ConformanceFile& conformanceFile()
{
    static const ConformanceFile file = loadFile();
    return file;
}

// "c042_SingleOperatorTests": the index keeps names unique, the section makes them readable.
std::string caseName(const testing::TestParamInfo<ConformanceCase>& info)
{
    std::string name = "c" + std::to_string(1000 + info.param.index).substr(1) + "_";
    bool upper = true;
    for (const QChar c : info.param.section) {
        const bool alnum = c.unicode() < 0x80 && c.isLetterOrNumber();
        if (alnum && name.size() < 48)
            name += static_cast<char>(upper ? c.toUpper().unicode() : c.unicode());
        upper = !alnum;
    }
    return name;
}

class JsonLogicConformance : public testing::TestWithParam<ConformanceCase>
{
};

TEST_P(JsonLogicConformance, GivesTheExpectedResult)
{
    const ConformanceCase& testCase = GetParam();
    const QString reason = skipReason(testCase.rule);
    if (!reason.isEmpty())
        GTEST_SKIP() << reason.toStdString();
    const Result<QJsonValue> result = evaluate(testCase.rule, testCase.data);
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(show(*result), show(testCase.expected));
}

INSTANTIATE_TEST_SUITE_P(
    SharedFile, JsonLogicConformance, testing::ValuesIn(conformanceFile().cases), caseName);

// Guards against cases being dropped silently (a truncated file, a parse error, a skip too many).
TEST(JsonLogicConformanceFile, RunsEveryCase)
{
    const ConformanceFile& file = conformanceFile();
    EXPECT_EQ(static_cast<qsizetype>(file.cases.size()), kCasesInFile);
    EXPECT_EQ(file.headings, kHeadingsInFile);
    const auto skipped = std::count_if(file.cases.begin(), file.cases.end(),
        [](const ConformanceCase& testCase) { return !skipReason(testCase.rule).isEmpty(); });
    EXPECT_EQ(skipped, kSkippedCases);
}

TEST(JsonLogicConformanceFile, SkipsOnlyOperatorsLeftOutOnPurpose)
{
    EXPECT_EQ(skipReason(test::json(R"({"log": "apple"})")), leftOutOperators().value(QStringLiteral("log")));
    EXPECT_FALSE(skipReason(test::json(R"({"if": [true, {"method": ["abc", "length"]}]})")).isEmpty());
    // An operator that is merely unknown must fail its case, not be skipped.
    EXPECT_TRUE(skipReason(test::json(R"({"regex": ["a", "b"]})")).isEmpty());
    EXPECT_TRUE(skipReason(test::json(R"({"==": [1, 1]})")).isEmpty());
}

} // namespace
} // namespace lantern::logic
