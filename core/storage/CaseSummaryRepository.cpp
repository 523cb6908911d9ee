// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CaseSummaryRepository.h"

#include "storage/Schema.h"
#include "storage/SealedJson.h"
#include "vault/Sodium.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlError>
#include <thread>

namespace lantern {

namespace {

using namespace schema;

SealedSlot slotOf(const QString& caseId, QLatin1StringView column)
{
    return { cases::kTable, caseId, column };
}

} // namespace

Result<QVariant> CaseSummaryRepository::sealed(const CaseId& caseId, const QJsonObject* summary) const
{
    if (!summary)
        return QVariant(QMetaType(QMetaType::QByteArray)); // NULL: the list shows "not known yet"
    auto bytes = sealJson(m_sealer, *summary, slotOf(caseId.toString(), cases::kSummary));
    if (!bytes)
        return bytes.error();
    return QVariant(*bytes);
}

Result<bool> CaseSummaryRepository::touch(
    const CaseId& caseId, const QDateTime& updatedAt, const QJsonObject* summary, const QString& consequence)
{
    static const QString sql = QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE %4 = ?")
                                   .arg(cases::kTable, cases::kUpdatedAt, cases::kSummary, cases::kId);
    auto value = sealed(caseId, summary);
    if (!value)
        return value.error();
    auto changed = m_statements.changeRows(
        sql, { updatedAt.toMSecsSinceEpoch(), *value, caseId.toString() }, consequence);
    if (!changed)
        return changed.error();
    return *changed > 0;
}

Result<void> CaseSummaryRepository::put(
    const CaseId& caseId, const QJsonObject* summary, const QString& consequence)
{
    auto value = sealed(caseId, summary);
    if (!value)
        return value.error();
    return m_statements.exec(
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(cases::kTable, cases::kSummary, cases::kId),
        { *value, caseId.toString() }, consequence);
}

Result<QJsonObject> CaseSummaryRepository::find(const CaseId& caseId)
{
    auto value = m_statements.scalar(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(cases::kSummary, cases::kTable, cases::kId),
        { caseId.toString() },
        QCoreApplication::translate("lantern::CaseSummaryRepository", "the case could not be read"));
    if (!value)
        return value.error();
    if (value->isNull())
        return QJsonObject();
    return openJson(m_sealer, value->toByteArray(), slotOf(caseId.toString(), cases::kSummary));
}

Result<QHash<QString, ChecklistPin>> CaseSummaryRepository::pins()
{
    const QString consequence
        = QCoreApplication::translate("lantern::CaseSummaryRepository", "the case list could not be read");
    QHash<QString, ChecklistPin> result;
    auto read = m_statements.select(
        QStringLiteral("SELECT %1, %2, %3 FROM %4")
            .arg(checklists::kSha256, checklists::kChecklistId, checklists::kVersion, checklists::kTable),
        {}, consequence, [&](SqlRows& rows) -> Result<void> {
            while (rows.next()) {
                const QString sha256 = rows.text(0);
                result.insert(
                    sha256, ChecklistPin { rows.text(1), rows.text(2), sha256 });
            }
            return {};
        });
    if (!read)
        return read.error();
    return result;
}

Result<QList<CaseSummaryRepository::SealedRow>> CaseSummaryRepository::sealedRows()
{
    const QString consequence
        = QCoreApplication::translate("lantern::CaseSummaryRepository", "the case list could not be read");
    // Ordered by the created_at index (schema 2): no sort, no temp file.
    QList<SealedRow> result;
    auto read = m_statements.select(
        QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7 FROM %8 ORDER BY %3, rowid")
            .arg(cases::kId, cases::kChecklistSha256, cases::kCreatedAt, cases::kUpdatedAt, cases::kCode,
                cases::kStatus, cases::kSummary, cases::kTable),
        {}, consequence, [&](SqlRows& rows) -> Result<void> {
            while (rows.next()) {
                // An empty summary (NULL) reads as "not known yet".
                result.append(SealedRow { rows.text(0), rows.text(1), rows.integer(2), rows.integer(3),
                    rows.blob(4), rows.blob(5), rows.blob(6) });
            }
            return {};
        });
    if (!read)
        return read.error();
    return result;
}

Result<CaseListRow> CaseSummaryRepository::openRow(
    const SealedRow& sealedRow, const QHash<QString, ChecklistPin>& pins) const
{
    CaseListRow row;
    Case& c = row.info;
    c.id = CaseId::fromString(sealedRow.id);
    c.checklist = pins.value(sealedRow.checklistSha256);
    c.createdAt = QDateTime::fromMSecsSinceEpoch(sealedRow.createdAt, Qt::UTC);
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(sealedRow.updatedAt, Qt::UTC);
    auto code = openJson(m_sealer, sealedRow.code, slotOf(sealedRow.id, cases::kCode));
    if (!code)
        return code.error();
    auto status = openJson(m_sealer, sealedRow.status, slotOf(sealedRow.id, cases::kStatus));
    if (!status)
        return status.error();
    const auto statusValue = caseStatusFromString(status->value(u"status").toString());
    if (c.id.isNull() || c.checklist.sha256.isEmpty() || !statusValue)
        return vault_error::integrity();
    c.code = code->value(u"code").toString();
    c.status = *statusValue;
    c.statusReason = status->value(u"reason").toString();
    if (!sealedRow.summary.isNull()) {
        auto summary = openJson(m_sealer, sealedRow.summary, slotOf(sealedRow.id, cases::kSummary));
        if (!summary)
            return summary.error();
        row.summary = std::move(summary).value();
    }
    return row;
}

Result<QList<CaseListRow>> CaseSummaryRepository::rows()
{
    auto pinned = pins();
    if (!pinned)
        return pinned.error();
    auto sealed = sealedRows();
    if (!sealed)
        return sealed.error();
    const QList<SealedRow>& input = *sealed;
    QList<CaseListRow> result(input.size());
    CaseListRow* out = result.data(); // detached once here, not from two threads
    // Opening (decrypting and parsing) dominates listing a large database; the Sealer is safe to
    // share between threads, so a second thread opens the second half.
    auto openRange = [&](qsizetype begin, qsizetype end, std::optional<Error>& failure) {
        for (qsizetype i = begin; i < end; ++i) {
            auto opened = openRow(input.at(i), *pinned);
            if (!opened) {
                failure = opened.error();
                return;
            }
            out[i] = std::move(opened).value();
        }
    };
    std::optional<Error> firstHalf;
    std::optional<Error> secondHalf;
    const qsizetype half = input.size() >= kParallelRows ? input.size() / 2 : input.size();
    {
        std::jthread helper;
        if (half < input.size())
            helper = std::jthread([&] { openRange(half, input.size(), secondHalf); });
        openRange(0, half, firstHalf);
    }
    if (firstHalf)
        return *firstHalf;
    if (secondHalf)
        return *secondHalf;
    return result;
}

} // namespace lantern
