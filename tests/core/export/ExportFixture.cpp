// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"

#include "TestData.h"
#include "checklist/ChecklistLoader.h"

#include <QProcess>
#include <QRegularExpression>

namespace lantern::test {

void ExportFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(10, 15), Qt::UTC));
    StoreOptions options;
    options.clock = m_clock;
    auto store = CaseStore::createTraining(path(QStringLiteral("training.lantern")), options);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    m_store = std::move(store.value());

    const ChecklistLoad load = ChecklistLoader::loadFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
    ASSERT_TRUE(load.checklist.has_value());
    auto created = CaseFile::create(*m_store, *load.checklist, QStringLiteral("2026-0007"));
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    m_case.emplace(std::move(created.value()));
}

void ExportFixture::answerFrom(const QString& name)
{
    const QJsonObject document = readJsonObject(dataPath(QStringLiteral("answers/identification/") + name + QStringLiteral(".json")));
    auto answers = AnswerSet::fromJson(document, m_case->checklist());
    ASSERT_TRUE(answers.ok()) << answers.errorMessage().toStdString();
    auto session = m_store->startSession(m_case->info().id, true, QStringLiteral("th"));
    ASSERT_TRUE(session.ok()) << session.errorMessage().toStdString();
    for (auto it = answers->all().constBegin(); it != answers->all().constEnd(); ++it) {
        m_clock->advance(1000);
        const auto saved = m_case->setAnswer(it.key(), it.value(), AnswerSource::SelfReport, session->id);
        ASSERT_TRUE(saved.ok()) << it.key().toStdString() << ": " << saved.errorMessage().toStdString();
    }
    Answer noted = *answers->find(QStringLiteral("rec_deceived_job"));
    noted.note = kNote;
    ASSERT_TRUE(m_case->setAnswer(QStringLiteral("rec_deceived_job"), noted, AnswerSource::Document, session->id).ok());
    m_clock->advance(60 * 1000);
    ASSERT_TRUE(m_store->endSession(session->id).ok());
}

CaseReport ExportFixture::report(const ReportOptions& options) const
{
    ReportOptions stamped = options;
    stamped.exportedAt = QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC);
    stamped.training = true;
    auto sessions = m_store->sessions(m_case->info().id);
    EXPECT_TRUE(sessions.ok());
    return CaseReportBuilder(m_case->checklist(), stamped)
        .build(m_case->info(), m_case->answers(), sessions.ok() ? sessions.value() : QList<Session>(), m_case->assessment());
}

QString pdfText(const QString& pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // NFKC turns the ligatures the layout uses (e.g. "ﬁ") back into the letters a reader sees.
    return text.normalized(QString::NormalizationForm_KC).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString longestFixedPiece(const QString& translatedTemplate)
{
    QString longest;
    for (const QString& piece : translatedTemplate.split(QRegularExpression(QStringLiteral("%\\d")))) {
        if (piece.trimmed().size() > longest.size())
            longest = piece.trimmed();
    }
    return longest;
}

} // namespace lantern::test
