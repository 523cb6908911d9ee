// SPDX-License-Identifier: GPL-3.0-or-later
// The authoring guide (docs/jsonlogic.md) promises its truth tables and examples; these tests
// evaluate every row so the guide cannot drift from the evaluator.
#include "LogicTestSupport.h"
#include "TestData.h"

#include <QSet>

namespace lantern::logic {
namespace {

using Row = QStringList;

// The table rows between <!-- name --> and <!-- /name -->, cells trimmed and unquoted from
// `code`; the |---| separator row is dropped.
QList<Row> docTable(const QString& name)
{
    const QString doc = QString::fromUtf8(
        lantern::test::readFile(lantern::test::sourcePath(QStringLiteral("docs/jsonlogic.md"))));
    const QString begin = QStringLiteral("<!-- ") + name + QStringLiteral(" -->");
    const QString end = QStringLiteral("<!-- /") + name + QStringLiteral(" -->");
    const qsizetype from = doc.indexOf(begin);
    const qsizetype to = doc.indexOf(end);
    if (from < 0 || to < from) {
        ADD_FAILURE() << "docs/jsonlogic.md has no table marked " << name.toStdString();
        return {};
    }
    QList<Row> rows;
    for (const QString& line : doc.mid(from + begin.size(), to - from - begin.size()).split(u'\n')) {
        const QString trimmedLine = line.trimmed();
        if (!trimmedLine.startsWith(u'|') || trimmedLine.startsWith(QStringLiteral("|---")))
            continue;
        Row cells;
        for (QString cell : trimmedLine.mid(1, trimmedLine.size() - 2).split(u'|')) {
            cell = cell.trimmed();
            if (cell.size() >= 2 && cell.startsWith(u'`') && cell.endsWith(u'`'))
                cell = cell.mid(1, cell.size() - 2);
            cells.append(cell);
        }
        rows.append(cells);
    }
    return rows;
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

TEST(JsonLogicDocs, TruthinessTableIsRight)
{
    const QList<Row> rows = docTable(QStringLiteral("truthiness-table"));
    ASSERT_GE(rows.size(), 13); // header and at least a dozen values
    for (qsizetype i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 2);
        const std::string value = utf8(rows[i][0]);
        const std::string expected = rows[i][1] == u"truthy" ? "true" : "false";
        EXPECT_TRUE(rows[i][1] == u"truthy" || rows[i][1] == u"falsy") << value;
        EXPECT_EQ(test::run(R"({"!!": [)" + value + "]}"), expected) << value;
    }
}

TEST(JsonLogicDocs, EqualityTableIsRight)
{
    const QList<Row> rows = docTable(QStringLiteral("equality-table"));
    ASSERT_EQ(rows.size(), 14); // header and 13 values
    const Row header = rows.first();
    ASSERT_EQ(header.size(), 14);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        ASSERT_EQ(rows[r].size(), header.size());
        EXPECT_EQ(rows[r][0], header[r]) << "rows and columns list the same values in the same order";
        for (qsizetype c = 1; c < header.size(); ++c) {
            const std::string rule = R"({"==": [)" + utf8(rows[r][0]) + ", " + utf8(header[c]) + "]}";
            const bool documented = rows[r][c] == u"✓";
            EXPECT_TRUE(documented || rows[r][c].isEmpty()) << rule;
            EXPECT_EQ(test::run(rule), documented ? "true" : "false") << rule;
        }
    }
}

TEST(JsonLogicDocs, EveryOperatorHasAWorkingExample)
{
    const QList<Row> rows = docTable(QStringLiteral("operator-examples"));
    ASSERT_GT(rows.size(), 1);
    QSet<QString> documented;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 4) << utf8(rows[i].join(u'|'));
        for (const QString& name : rows[i][0].split(u','))
            documented.insert(name.trimmed().remove(u'`'));
        const std::string rule = utf8(rows[i][1]);
        EXPECT_EQ(test::run(rule, utf8(rows[i][2])), test::show(test::json(utf8(rows[i][3])))) << rule;
    }
    for (const QString& name : supportedOperators())
        EXPECT_TRUE(documented.contains(name)) << "no example for " << utf8(name);
    EXPECT_EQ(documented.size(), supportedOperators().size()) << "an example names an unsupported operator";
}

} // namespace
} // namespace lantern::logic
