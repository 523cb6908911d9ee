// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

#include "checklist/ChecklistLoader.h"
#include "TestData.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace lantern::test {

void StoreFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
    m_canonical
        = ChecklistLoader::canonicalBytes(readFile(dataPath(QStringLiteral("checklists/minimal.json"))));
    m_sha256 = QString::fromLatin1(QCryptographicHash::hash(m_canonical, QCryptographicHash::Sha256).toHex());
}

StoreOptions StoreFixture::options() const
{
    StoreOptions options;
    options.clock = m_clock;
    return options;
}

SecureBytes StoreFixture::passphrase()
{
    auto bytes = SecureBytes::fromPassphrase(QStringLiteral("fictional lantern passphrase"));
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? std::move(bytes).value() : SecureBytes();
}

std::unique_ptr<CaseStore> StoreFixture::createEncrypted(const QString& file)
{
    auto vault = Vault::create(passphrase(), KdfParams::minimal());
    EXPECT_TRUE(vault.ok()) << vault.errorMessage().toStdString();
    if (!vault)
        return nullptr;
    auto store = CaseStore::create(path(file), vault->first, vault->second, options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    return store ? std::move(store).value() : nullptr;
}

std::unique_ptr<CaseStore> StoreFixture::createTraining(const QString& file)
{
    auto store = CaseStore::createTraining(path(file), options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    return store ? std::move(store).value() : nullptr;
}

std::unique_ptr<CaseStore> StoreFixture::reopen(const QString& file)
{
    auto store = CaseStore::open(path(file), options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    if (!store)
        return nullptr;
    const auto unlocked = (*store)->isEncrypted() ? (*store)->unlock(passphrase()) : (*store)->openPlain();
    EXPECT_TRUE(unlocked.ok()) << unlocked.errorMessage().toStdString();
    return std::move(store).value();
}

ChecklistPin StoreFixture::pinMinimal(CaseStore& store)
{
    auto pin = store.pinChecklist(m_canonical, m_sha256);
    EXPECT_TRUE(pin.ok()) << pin.errorMessage().toStdString();
    return pin ? *pin : ChecklistPin {};
}

RawDatabase::RawDatabase(const QString& file)
    : m_name(QStringLiteral("raw-") + file)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(file);
    EXPECT_TRUE(m_db.open());
}

RawDatabase::~RawDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawDatabase::exec(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    const bool ok = query.exec();
    EXPECT_TRUE(ok) << query.lastError().text().toStdString();
    return ok;
}

QVariant RawDatabase::scalar(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    EXPECT_TRUE(query.exec()) << query.lastError().text().toStdString();
    return query.next() ? query.value(0) : QVariant();
}

QByteArray databaseBytes(const QString& file)
{
    QByteArray all;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile f(file + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

Answer answer(AnswerState state, QJsonValue value, const QString& note)
{
    Answer a;
    a.state = state;
    a.value = value;
    a.note = note;
    return a;
}

} // namespace lantern::test
