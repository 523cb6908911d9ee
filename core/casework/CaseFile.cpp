// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/CaseFile.h"

#include "casework/AnswerValidator.h"
#include "checklist/ChecklistLoader.h"
#include "scoring/Scorer.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace lantern {

namespace {

// Keeps CaseAnswers::records ordered by question id, as the store returns them.
void putRecord(CaseAnswers& answers, const AnswerRecord& record)
{
    answers.answers.set(record.questionId, record.answer);
    auto& records = answers.records;
    const auto it = std::lower_bound(records.begin(), records.end(), record.questionId,
        [](const AnswerRecord& r, const QString& id) { return r.questionId < id; });
    if (it != records.end() && it->questionId == record.questionId)
        *it = record;
    else
        records.insert(it, record);
}

Result<ChecklistPin> pinFor(CaseStore& store, const Checklist& checklist)
{
    const QString sha256 = QString::fromLatin1(checklist.sha256());
    if (sha256.isEmpty())
        return Error { QCoreApplication::translate(
            "lantern::CaseFile", "the checklist was not loaded from a file, so it cannot be pinned") };
    const QByteArray source = checklist.sourceJson();
    // A checklist read back from a database carries only its hash; it is pinned there already.
    if (source.isEmpty())
        return ChecklistPin { checklist.id, checklist.version, sha256 };
    return store.pinChecklist(ChecklistLoader::canonicalBytes(source), sha256);
}

// Pinned checklists parsed lately, by SHA-256: a checklist in twelve languages takes a few
// milliseconds to parse, and a batch export opens many cases on the same one. The bytes under a
// hash never change, so a parsed copy serves every case pinned to it.
class PinnedChecklistCache
{
public:
    std::shared_ptr<const Checklist> find(const QString& sha256)
    {
        QMutexLocker lock(&m_mutex);
        return m_parsed.value(sha256);
    }
    void insert(const QString& sha256, std::shared_ptr<const Checklist> checklist)
    {
        QMutexLocker lock(&m_mutex);
        if (m_parsed.size() >= kCapacity)
            m_parsed.clear(); // rarely more than one or two in use: start again rather than track age
        m_parsed.insert(sha256, std::move(checklist));
    }

private:
    static constexpr qsizetype kCapacity = 8;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<const Checklist>> m_parsed;
};

PinnedChecklistCache& pinnedChecklists()
{
    static PinnedChecklistCache cache;
    return cache;
}

} // namespace

Result<CaseFile> CaseFile::create(CaseStore& store, const Checklist& checklist, const QString& code)
{
    auto pin = pinFor(store, checklist);
    if (!pin)
        return pin.error();
    auto created = store.newCase(*pin, code);
    if (!created)
        return created.error();
    CaseFile file;
    file.m_store = &store;
    file.m_case = std::move(created).value();
    file.m_checklist = std::make_shared<const Checklist>(checklist);
    file.m_assessment = std::make_shared<const Assessment>(Scorer::assess(checklist, file.m_answers.answers));
    return file;
}

Result<CaseFile> CaseFile::open(CaseStore& store, const CaseId& caseId)
{
    auto found = store.findCase(caseId);
    if (!found)
        return found.error();
    // Never the file on disk: the case is scored with exactly the checklist it was started on.
    std::shared_ptr<const Checklist> checklist = pinnedChecklists().find(found->checklist.sha256);
    if (!checklist) {
        auto bytes = store.pinnedChecklist(found->checklist.sha256);
        if (!bytes)
            return bytes.error();
        ChecklistLoad load = ChecklistLoader::loadBytes(*bytes, QStringLiteral("pinned checklist"));
        if (!load.ok() || QString::fromLatin1(load.checklist->sha256()) != found->checklist.sha256)
            return Error { QCoreApplication::translate(
                "lantern::CaseFile", "the checklist stored with this case is damaged; restore a backup") };
        checklist = std::make_shared<const Checklist>(std::move(*load.checklist));
        pinnedChecklists().insert(found->checklist.sha256, checklist);
    }
    auto answers = store.answers(caseId);
    if (!answers)
        return answers.error();
    CaseFile file;
    file.m_store = &store;
    file.m_case = std::move(found).value();
    file.m_checklist = std::move(checklist);
    file.m_answers = std::move(answers).value();
    file.m_assessment
        = std::make_shared<const Assessment>(Scorer::assess(*file.m_checklist, file.m_answers.answers));
    file.repairSummary();
    return file;
}

// A case from schema 1, or one answered without a summary (CaseStore::setAnswer), has none or a
// stale one: store the current one so the list shows it. Best effort: it is only a cache, and a
// read-only or full disk must not keep the case from opening.
void CaseFile::repairSummary()
{
    const CaseSummary current = summary();
    auto stored = m_store->summary(m_case.id);
    if (stored && CaseSummary::fromJson(*stored) == current)
        return;
    (void)m_store->setSummary(m_case.id, current.toJson());
}

// The user's choice of searchable answers for the checklist (the store keeps it in memory). It
// only shapes the list's search text, so a store that cannot say falls back to the default
// rather than refusing the change.
std::optional<QStringList> CaseFile::searchable() const
{
    auto chosen = m_store->searchableQuestions(m_checklist->id);
    return chosen ? *chosen : std::nullopt;
}

CaseSummary CaseFile::summary() const
{
    return CaseSummary::of(*m_checklist, *m_assessment, m_answers.records, searchable());
}

CaseListEntry CaseFile::listEntry() const
{
    const CaseSummary current = summary();
    CaseListEntry entry;
    entry.id = m_case.id;
    entry.code = m_case.code;
    entry.checklist = m_case.checklist;
    entry.status = m_case.status;
    entry.createdAt = m_case.createdAt;
    entry.updatedAt = m_case.updatedAt;
    entry.outcomeLevel = current.outcomeLevel;
    entry.outcomeTitle = current.outcomeTitle;
    entry.answeredCount = current.answered;
    entry.searchText = current.search;
    return entry;
}

Result<AnswerRecord> CaseFile::setAnswer(
    const QString& questionId, Answer answer, AnswerSource source, const SessionId& sessionId)
{
    if (auto valid = AnswerValidator::check(*m_checklist, questionId, answer, m_answers.answers); !valid)
        return valid.error();
    AnswerRecord record { questionId, std::move(answer), source, sessionId, {} };
    // Score first so the list summary is saved in the same transaction as the answer.
    CaseAnswers next = m_answers;
    putRecord(next, record);
    auto assessment = std::make_shared<const Assessment>(Scorer::assess(*m_checklist, next.answers));
    const CaseSummary nextSummary = CaseSummary::of(*m_checklist, *assessment, next.records, searchable());
    auto saved = m_store->setAnswer(m_case.id, std::move(record), nextSummary.toJson());
    if (!saved)
        return saved.error();
    putRecord(next, *saved);
    m_answers = std::move(next);
    m_assessment = std::move(assessment);
    m_case.updatedAt = saved->time;
    return saved;
}

Result<void> CaseFile::setStatus(CaseStatus status, const QString& reason)
{
    if (auto changed = m_store->setStatus(m_case.id, status, reason, summary().toJson()); !changed)
        return changed;
    return refreshInfo();
}

Result<void> CaseFile::setCode(const QString& code)
{
    if (auto changed = m_store->setCode(m_case.id, code); !changed)
        return changed;
    return refreshInfo();
}

// The store stamps the change time; read the case back rather than guess it.
Result<void> CaseFile::refreshInfo()
{
    auto found = m_store->findCase(m_case.id);
    if (!found)
        return found.error();
    m_case = std::move(found).value();
    return {};
}

} // namespace lantern
