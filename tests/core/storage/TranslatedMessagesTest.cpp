// SPDX-License-Identifier: GPL-3.0-or-later
// The store's messages go through Qt's translation system: with a translator installed (the
// window's interface language) each part of a message is looked up, and without one (the command
// line) they are English again, byte for byte.
#include "StoreFixture.h"

#include <memory>
#include <QCoreApplication>
#include <QTranslator>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

/// Marks every text of Lantern's own contexts with "[xx]", so a test sees which parts were looked up.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(
        const char* context, const char* sourceText, const char* /*disambiguation*/, int /*n*/) const override
    {
        if (!QByteArrayView(context).startsWith("lantern::"))
            return {};
        return u"[xx]"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

class TranslatedMessagesTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        // Translators need an application object; gtest_main does not make one.
        if (!QCoreApplication::instance())
            m_application = std::make_unique<QCoreApplication>(m_argc, m_argv);
    }
    void TearDown() override
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        m_application.reset();
    }

    void install()
    {
        m_translator = std::make_unique<MarkingTranslator>();
        ASSERT_TRUE(QCoreApplication::installTranslator(m_translator.get()));
    }
    void uninstall()
    {
        ASSERT_TRUE(QCoreApplication::removeTranslator(m_translator.get()));
        m_translator.reset();
    }

    /// Saves a long note under a new question; on a nearly full disk, one of these fails.
    Result<AnswerRecord> saveFiller(CaseStore& store, const CaseId& id)
    {
        return store.setAnswer(id,
            { u"q%1"_s.arg(m_filler++), answer(AnswerState::Unknown, {}, QString(2000, u'n')), {}, {}, {} });
    }

private:
    int m_argc = 1;
    char m_name[16] = "test_storage";
    char* m_argv[2] = { m_name, nullptr };
    std::unique_ptr<QCoreApplication> m_application;
    std::unique_ptr<MarkingTranslator> m_translator;
    int m_filler = 0;
};

TEST_F(TranslatedMessagesTest, WrongPassphraseFollowsTheInstalledTranslator)
{
    createEncrypted(u"locked.lantern"_s).reset();
    auto opened = CaseStore::open(path(u"locked.lantern"_s), options());
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    CaseStore& store = **opened;
    auto wrong = SecureBytes::fromPassphrase(u"not the passphrase"_s);
    ASSERT_TRUE(wrong.ok());

    install();
    EXPECT_EQ(store.unlock(*wrong).errorMessage(), u"[xx]wrong passphrase"_s);
    uninstall();

    EXPECT_EQ(store.unlock(*wrong).errorMessage(), u"wrong passphrase"_s);
    EXPECT_FALSE(store.isUnlocked());
}

TEST_F(TranslatedMessagesTest, FullDiskCauseConsequenceAndTheirJoinAreEachTranslated)
{
    CaseId id;
    {
        auto store = createEncrypted(u"full.lantern"_s);
        ASSERT_TRUE(store);
        id = store->newCase(pinMinimal(*store))->id;
    }
    qint64 pages = 0;
    {
        RawDatabase raw(path(u"full.lantern"_s));
        pages = raw.scalar(u"PRAGMA page_count"_s).toLongLong();
    }
    StoreOptions capped = options();
    capped.connection.maxPageCount = pages + 4;
    auto opened = CaseStore::open(path(u"full.lantern"_s), capped);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    CaseStore& store = **opened;
    ASSERT_TRUE(store.unlock(passphrase()).ok());
    QString english;
    for (int i = 0; i < 200 && english.isEmpty(); ++i) {
        if (auto saved = saveFiller(store, id); !saved)
            english = saved.errorMessage();
    }
    ASSERT_EQ(english, u"the disk is full: the answer was not saved"_s);

    install();
    // The pattern "%1: %2" is looked up too, so a language can put the consequence first.
    EXPECT_EQ(
        saveFiller(store, id).errorMessage(), u"[xx][xx]the disk is full: [xx]the answer was not saved"_s);
    uninstall();

    EXPECT_EQ(saveFiller(store, id).errorMessage(), english);
}

} // namespace
} // namespace lantern::test
