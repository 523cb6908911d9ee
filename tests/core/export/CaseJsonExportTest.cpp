// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"

#include "export/CaseJsonExport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lantern::test {
namespace {

class CaseJsonExportTest : public ExportFixture
{
protected:
    QJsonObject exported()
    {
        CaseRecordSet records;
        records.caseInfo = m_case->info();
        records.answers = m_case->answers();
        records.sessions = m_store->sessions(m_case->info().id).value();
        records.audit = m_store->audit(m_case->info().id).value();
        const QJsonObject object = caseToJson(records, m_case->checklist(), m_case->assessment(), QStringLiteral("en"),
            true, QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
        // Through text and back, as a reader of the file would get it.
        return QJsonDocument::fromJson(QJsonDocument(object).toJson()).object();
    }
};

TEST_F(CaseJsonExportTest, ParsesBackToWhatTheStoreHolds)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    const QJsonObject json = exported();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("lantern-case"));
    EXPECT_EQ(json.value(QStringLiteral("format_version")).toInt(), kCaseJsonFormatVersion);
    EXPECT_TRUE(json.value(QStringLiteral("training")).toBool());

    const QJsonObject caseObject = json.value(QStringLiteral("case")).toObject();
    EXPECT_EQ(caseObject.value(QStringLiteral("code")).toString(), QStringLiteral("2026-0007"));
    EXPECT_EQ(caseObject.value(QStringLiteral("id")).toString(), m_case->info().id.toString());
    const QJsonObject pin = json.value(QStringLiteral("checklist")).toObject();
    EXPECT_EQ(pin.value(QStringLiteral("sha256")).toString(), m_case->info().checklist.sha256);

    const auto stored = m_store->answers(m_case->info().id);
    ASSERT_TRUE(stored.ok());
    const QJsonArray answers = json.value(QStringLiteral("answers")).toArray();
    ASSERT_EQ(answers.size(), stored->records.size());
    for (const QJsonValue& item : answers) {
        const QJsonObject answer = item.toObject();
        const QString question = answer.value(QStringLiteral("question")).toString();
        const Answer* original = stored->answers.find(question);
        ASSERT_NE(original, nullptr) << question.toStdString();
        const auto parsed = answerFromJson(answer);
        ASSERT_TRUE(parsed.ok());
        EXPECT_TRUE(sameValue(*parsed, *original)) << question.toStdString();
        EXPECT_EQ(parsed->note, original->note);
        EXPECT_FALSE(answer.value(QStringLiteral("session")).toString().isEmpty());
    }

    const QJsonArray sessions = json.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_TRUE(sessions.first().toObject().value(QStringLiteral("interpreter_used")).toBool());
    EXPECT_EQ(sessions.first().toObject().value(QStringLiteral("language")).toString(), QStringLiteral("th"));

    const QJsonArray audit = json.value(QStringLiteral("audit")).toArray();
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("created"));

    const QJsonObject assessment = json.value(QStringLiteral("assessment")).toObject();
    EXPECT_EQ(assessment.value(QStringLiteral("overall")).toObject().value(QStringLiteral("outcome")).toString(),
        QStringLiteral("refer_for_identification"));
}

TEST_F(CaseJsonExportTest, AuditChangesKeepTheirJsonValues)
{
    answerFrom(QStringLiteral("a-fishing-vessel-forced-labour"));
    Answer changed;
    changed.state = AnswerState::Declined;
    ASSERT_TRUE(m_case->setAnswer(QStringLiteral("rec_threats"), changed).ok());
    const QJsonArray audit = exported().value(QStringLiteral("audit")).toArray();
    const QJsonObject last = audit.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("kind")).toString(), QStringLiteral("changed"));
    EXPECT_EQ(last.value(QStringLiteral("question")).toString(), QStringLiteral("rec_threats"));
    EXPECT_TRUE(last.value(QStringLiteral("from")).isObject());
    // The stored audit body: {"answer": {...}, "source": ...}.
    EXPECT_EQ(last.value(QStringLiteral("to")).toObject().value(QStringLiteral("answer")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("declined"));
}

} // namespace
} // namespace lantern::test
