// SPDX-License-Identifier: GPL-3.0-or-later
// The store's kept prepared statements: reused, re-prepared after a failure, never left reading.
#include "storage/StatementCache.h"

#include "StoreFixture.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

/// A Qt SQL connection of its own to a file in the fixture's folder, in WAL mode.
class Connected
{
public:
    Connected(const QString& file, const QString& name)
        : m_name(name)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(file);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        EXPECT_TRUE(m_db.open());
        QSqlQuery wal(m_db);
        EXPECT_TRUE(wal.exec(u"PRAGMA journal_mode = WAL"_s)) << wal.lastError().text().toStdString();
    }
    ~Connected()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

class StatementCacheTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        m_connected = std::make_unique<Connected>(path(u"kept.sqlite"_s), u"kept-a"_s);
        m_statements = std::make_unique<StatementCache>(m_connected->db());
        ASSERT_TRUE(
            m_statements->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)"_s, {}, {}));
    }
    void TearDown() override
    {
        m_statements.reset(); // finalized before the connection closes
        m_connected.reset();
    }

    int count() { return m_statements->scalar(u"SELECT count(*) FROM t"_s, {}, {})->toInt(); }

    std::unique_ptr<Connected> m_connected;
    std::unique_ptr<StatementCache> m_statements;
};

TEST_F(StatementCacheTest, AFailedStatementIsMappedAndRunsAgainAfterwards)
{
    const QString insert = u"INSERT INTO t (name) VALUES (?)"_s;
    ASSERT_TRUE(m_statements->exec(insert, { u"alpha"_s }, u"nothing was added"_s));
    auto twice = m_statements->exec(insert, { u"alpha"_s }, u"nothing was added"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.errorMessage().endsWith(u"nothing was added"_s)) << twice.errorMessage().toStdString();
    EXPECT_TRUE(m_statements->exec(insert, { u"bravo"_s }, {}).ok()) << "prepared afresh after the failure";
    EXPECT_EQ(count(), 2);
    auto changed
        = m_statements->changeRows(u"UPDATE t SET name = name || '!' WHERE name <> ?"_s, { u"zulu"_s }, {});
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(*changed, 2);
}

TEST_F(StatementCacheTest, TheSameStatementRunsInsideItsOwnRead)
{
    for (const QString& name : { u"alpha"_s, u"bravo"_s })
        ASSERT_TRUE(m_statements->exec(u"INSERT INTO t (name) VALUES (?)"_s, { name }, {}));
    const QString select = u"SELECT name FROM t WHERE id >= ? ORDER BY id"_s;
    QStringList outer;
    QStringList inner;
    auto read = m_statements->select(select, { 1 }, {}, [&](SqlRows& rows) -> Result<void> {
        while (rows.next()) {
            outer.append(rows.value(0).toString());
            auto nested = m_statements->select(select, { 2 }, {}, [&](SqlRows& again) -> Result<void> {
                while (again.next())
                    inner.append(again.value(0).toString());
                return {};
            });
            if (!nested)
                return nested;
        }
        return {};
    });
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(outer, (QStringList { u"alpha"_s, u"bravo"_s }));
    EXPECT_EQ(inner, (QStringList { u"bravo"_s, u"bravo"_s }));
}

TEST_F(StatementCacheTest, NoReadStaysOpenAfterItsCallerIsDone)
{
    ASSERT_TRUE(m_statements->exec(u"INSERT INTO t (name) VALUES (?)"_s, { u"alpha"_s }, {}));
    ASSERT_TRUE(m_statements->exec(u"INSERT INTO t (name) VALUES (?)"_s, { u"bravo"_s }, {}));
    // Stop after the first of two rows: the kept statement is still mid-read until it is reset.
    auto first = m_statements->select(u"SELECT name FROM t ORDER BY id"_s, {}, {},
        [](SqlRows& rows) { return rows.next() ? Result<void>() : Result<void>(Error { u"no row"_s }); });
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(count(), 2);

    // A read left open would pin the write-ahead log: another connection could not empty it.
    Connected other(path(u"kept.sqlite"_s), u"kept-b"_s);
    QSqlQuery write(other.db());
    ASSERT_TRUE(write.exec(u"INSERT INTO t (name) VALUES ('charlie')"_s));
    QSqlQuery checkpoint(other.db());
    ASSERT_TRUE(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    ASSERT_TRUE(checkpoint.next());
    EXPECT_EQ(checkpoint.value(0).toInt(), 0) << "the checkpoint was not blocked by a reader";
    checkpoint.finish();
    EXPECT_EQ(count(), 3) << "the kept statement sees the other connection's row";
}

TEST_F(StatementCacheTest, ValuesComeBackAsTheyWereBound)
{
    ASSERT_TRUE(m_statements->exec(u"CREATE TABLE v (n INTEGER, r REAL, t TEXT, b BLOB, z)"_s, {}, {}));
    const QByteArray bytes("\x00\x01sealed\xff", 10);
    const QString text = u"ไทย · fictional ✓"_s;
    ASSERT_TRUE(m_statements->exec(u"INSERT INTO v VALUES (?, ?, ?, ?, ?)"_s,
        { qint64(1) << 40, 2.5, text, bytes, QVariant() }, {}));
    auto read = m_statements->select(u"SELECT n, r, t, b, z, typeof(t), typeof(b) FROM v"_s, {}, {},
        [&](SqlRows& rows) -> Result<void> {
            EXPECT_TRUE(rows.next());
            EXPECT_EQ(rows.integer(0), qint64(1) << 40);
            EXPECT_EQ(rows.value(0), QVariant(qint64(1) << 40));
            EXPECT_EQ(rows.value(1).toDouble(), 2.5);
            EXPECT_EQ(rows.text(2), text);
            EXPECT_EQ(rows.blob(3), bytes);
            EXPECT_EQ(rows.value(3).toByteArray(), bytes);
            EXPECT_TRUE(rows.isNull(4));
            EXPECT_FALSE(rows.value(4).isValid());
            EXPECT_EQ(rows.text(5), u"text"_s);
            EXPECT_EQ(rows.text(6), u"blob"_s) << "a QByteArray is stored as a BLOB";
            EXPECT_FALSE(rows.next());
            return {};
        });
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    auto bad = m_statements->exec(u"INSERT INTO nowhere VALUES (1)"_s, {}, u"nothing was added"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.errorMessage(), u"the database reported an unexpected problem (code 1): nothing was added"_s)
        << "the code only: SQLite's message could quote the statement";
}

} // namespace
} // namespace lantern::test
