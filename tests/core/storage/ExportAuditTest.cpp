// SPDX-License-Identifier: GPL-3.0-or-later
// Exports are audited: each one appends a sealed "exported" event to the case's trail.
#include "StoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class ExportAuditTest : public StoreFixture
{
};

TEST_F(ExportAuditTest, ExportAppendsASealedEvent)
{
    const QString detail = u"fictional export to Frangipani-report.pdf"_s;
    auto store = createEncrypted(u"export.lantern"_s);
    ASSERT_TRUE(store);
    auto c = store->newCase(pinMinimal(*store));
    ASSERT_TRUE(c.ok());
    m_clock->advance(60 * 1000);
    ASSERT_TRUE(store->recordExport(c->id, u"pdf"_s, detail).ok());
    auto trail = store->audit(c->id);
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(trail->size(), 2);
    const AuditEvent& event = trail->last();
    EXPECT_EQ(event.kind, AuditKind::Exported);
    EXPECT_EQ(event.time, m_clock->now());
    EXPECT_EQ(QJsonDocument::fromJson(event.to.toUtf8()).object().value(u"format"_s).toString(), u"pdf"_s);
    EXPECT_EQ(event.detail, detail);
    EXPECT_FALSE(databaseBytes(path(u"export.lantern"_s)).contains(detail.toUtf8()))
        << "the detail is sealed";
}

TEST_F(ExportAuditTest, ExportOfAnUnknownCaseOrWhileLockedIsRefused)
{
    auto store = createEncrypted(u"refuse.lantern"_s);
    ASSERT_TRUE(store);
    auto c = store->newCase(pinMinimal(*store));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(store->recordExport(CaseId::generate(), u"json"_s, {}).errorMessage(),
        u"there is no such case in this database"_s);
    EXPECT_EQ(store->recordExport(c->id, u" "_s, {}).errorMessage(), u"an export needs a format"_s);
    store->lock();
    EXPECT_EQ(store->recordExport(c->id, u"json"_s, {}).errorMessage(),
        u"the database is locked: unlock it first"_s);
    store.reset();
    store = reopen(u"refuse.lantern"_s);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->audit(c->id)->size(), 1) << "nothing was recorded";
}

} // namespace
} // namespace lantern::test
