// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseworkFixture.h"

#include "checklist/ChecklistLoader.h"
#include "TestData.h"
#include "vault/Vault.h"

#include <QFile>

namespace lantern::test {

namespace {

// Fictional, for these tests only: one question of each type, and a constraint reading two answers.
constexpr char kAllTypes[] = R"({
  "format": "lantern-checklist/1", "id": "all-types", "version": "0.1.0",
  "title": {"en": "All question types"}, "languages": ["en"], "default_language": "en",
  "provenance": {"sources": [{"id": "s", "title": "Fictional"}], "verified": false},
  "sections": [{"id": "main", "title": {"en": "Main"}, "questions": [
    {"id": "deceived", "type": "yesno", "text": {"en": "Deceived?"}},
    {"id": "sector", "type": "single", "text": {"en": "Sector?"},
     "options": [{"id": "fishing", "label": {"en": "Fishing"}}, {"id": "farm", "label": {"en": "Farm"}}]},
    {"id": "control", "type": "multi", "text": {"en": "Control?"},
     "options": [{"id": "documents", "label": {"en": "Documents"}}, {"id": "debt", "label": {"en": "Debt"}}]},
    {"id": "employer", "type": "text", "text": {"en": "Employer's business name?"}},
    {"id": "place", "type": "text", "text": {"en": "Where do you live now?"}, "sensitive": true},
    {"id": "arrived", "type": "date", "text": {"en": "Date of arrival?"}},
    {"id": "age_start", "type": "number", "text": {"en": "Age when work began?"}, "min": 0, "max": 120},
    {"id": "age_now", "type": "number", "text": {"en": "Age now?"}, "min": 0, "max": 120,
     "constraint": {"rule": {">=": [{"var": "age_now"}, {"var": ["age_start", 0]}]},
                    "message": {"en": "Age now cannot be below the age when work began."}}}
  ]}],
  "elements": [{"id": "means", "title": {"en": "Means"}, "group": "means", "threshold": {"count": 1}}],
  "indicators": [{"id": "deceived_ind", "title": {"en": "Deceived"}, "element": "means",
    "when": {"question": "deceived"}, "strength": {"all": "strong"}}],
  "profiles": [{"id": "all", "title": {"en": "Everyone"}, "outcomes": [
    {"id": "found", "level": 2, "title": {"en": "Indicators found"}, "advice": {"en": "Refer."}, "rule": {"var": "means"}},
    {"id": "none", "level": 0, "title": {"en": "No indicators found"}, "advice": {"en": "Listen."}, "rule": true}]}]
})";

} // namespace

void CaseworkFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
}

StoreOptions CaseworkFixture::options() const
{
    StoreOptions options;
    options.clock = m_clock;
    return options;
}

SecureBytes CaseworkFixture::passphrase()
{
    auto bytes = SecureBytes::fromPassphrase(QStringLiteral("fictional lantern passphrase"));
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? std::move(bytes).value() : SecureBytes();
}

std::unique_ptr<CaseStore> CaseworkFixture::createTraining(const QString& file)
{
    auto store = CaseStore::createTraining(path(file), options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    return store ? std::move(store).value() : nullptr;
}

std::unique_ptr<CaseStore> CaseworkFixture::createEncrypted(const QString& file)
{
    auto vault = Vault::create(passphrase(), KdfParams::minimal());
    EXPECT_TRUE(vault.ok()) << vault.errorMessage().toStdString();
    if (!vault)
        return nullptr;
    auto store = CaseStore::create(path(file), vault->first, vault->second, options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    return store ? std::move(store).value() : nullptr;
}

std::unique_ptr<CaseStore> CaseworkFixture::reopen(const QString& file)
{
    auto store = CaseStore::open(path(file), options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    if (!store)
        return nullptr;
    const auto unlocked = (*store)->isEncrypted() ? (*store)->unlock(passphrase()) : (*store)->openPlain();
    EXPECT_TRUE(unlocked.ok()) << unlocked.errorMessage().toStdString();
    return std::move(store).value();
}

Checklist CaseworkFixture::loadChecklist(const QString& file)
{
    ChecklistLoad load = ChecklistLoader::loadFile(file);
    EXPECT_TRUE(load.ok()) << file.toStdString() << " does not load";
    return load.ok() ? std::move(*load.checklist) : Checklist();
}

Checklist CaseworkFixture::minimal()
{
    return loadChecklist(dataPath(QStringLiteral("checklists/minimal.json")));
}

Checklist CaseworkFixture::allTypes()
{
    QFile file(path(QStringLiteral("all-types.json")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kAllTypes);
    file.close();
    return loadChecklist(file.fileName());
}

Answer makeAnswer(AnswerState state, QJsonValue value, const QString& note)
{
    Answer a;
    a.state = state;
    a.value = std::move(value);
    a.note = note;
    return a;
}

} // namespace lantern::test
