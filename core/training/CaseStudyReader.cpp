// SPDX-License-Identifier: GPL-3.0-or-later
// The case-study header, its checklist, sessions and expected result. The answers are read in
// CaseStudyAnswerReader.cpp.
#include "training/CaseStudyReader.h"

#include <QSet>

namespace lantern {

namespace {

const QString kEnglish = QStringLiteral("en");
constexpr qsizetype kMaxCodeLength = 40;

QStringList outcomeIds(const Profile& profile)
{
    QStringList ids;
    for (const Outcome& outcome : profile.outcomes)
        ids.append(outcome.id);
    return ids;
}

} // namespace

bool isValidCaseStudyId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

CaseStudy CaseStudyReader::read(const QJsonValue& root, const QString& expectedId)
{
    FieldReader top(m_sink, root, QString(),
        { QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("checklist"),
            QStringLiteral("title"), QStringLiteral("topic"), QStringLiteral("narrative"),
            QStringLiteral("interview"), QStringLiteral("model_answers"), QStringLiteral("expected") },
        { QStringLiteral("sessions"), QStringLiteral("teaching_points") });
    if (!top.isObject())
        return {};
    readHeader(top, expectedId);
    readSessions(top.array(QStringLiteral("sessions"), false), top.pointer(QStringLiteral("sessions")));
    // The expected profiles come before the answers only so that outcome ids can be checked
    // against them; the order of members in the file does not matter.
    readExpected(top.raw(QStringLiteral("expected")), top.pointer(QStringLiteral("expected")));
    readInterview(top.raw(QStringLiteral("interview")), top.pointer(QStringLiteral("interview")));
    readModelAnswers(top.raw(QStringLiteral("model_answers")), top.pointer(QStringLiteral("model_answers")));
    orderInterview();
    return m_caseStudy;
}

void CaseStudyReader::readHeader(FieldReader& top, const QString& expectedId)
{
    const QString format = top.string(QStringLiteral("format"));
    if (!format.isEmpty() && format != caseStudyFormat())
        m_sink.error(top.pointer(QStringLiteral("format")),
            QStringLiteral("unsupported format '%1'; this version reads \"%2\"")
                .arg(format, caseStudyFormat()));

    m_caseStudy.id = top.string(QStringLiteral("id"));
    if (!m_caseStudy.id.isEmpty() && !isValidCaseStudyId(m_caseStudy.id)) {
        m_sink.error(top.pointer(QStringLiteral("id")),
            QStringLiteral("invalid case-study id '%1': use lower-case letters, digits and '-'")
                .arg(m_caseStudy.id));
    } else if (!m_caseStudy.id.isEmpty() && !expectedId.isEmpty() && m_caseStudy.id != expectedId) {
        m_sink.error(top.pointer(QStringLiteral("id")),
            QStringLiteral("the id '%1' does not match the file name; name the file '%1.json'")
                .arg(m_caseStudy.id));
    }

    m_caseStudy.code = top.string(QStringLiteral("code")).trimmed();
    if (m_caseStudy.code.size() > kMaxCodeLength)
        m_sink.error(top.pointer(QStringLiteral("code")),
            QStringLiteral("the case code is longer than %1 characters").arg(kMaxCodeLength));

    findChecklist(top.raw(QStringLiteral("checklist")), top.pointer(QStringLiteral("checklist")));
    m_caseStudy.title = top.text(QStringLiteral("title"), {}, kEnglish);
    m_caseStudy.topic = top.text(QStringLiteral("topic"), {}, kEnglish);
    m_caseStudy.narrative = top.text(QStringLiteral("narrative"), {}, kEnglish);
    m_caseStudy.teachingPoints = top.text(QStringLiteral("teaching_points"), {}, kEnglish);
}

void CaseStudyReader::findChecklist(const QJsonValue& value, const QString& pointer)
{
    FieldReader fields(m_sink, value, pointer, { QStringLiteral("id"), QStringLiteral("version") });
    m_caseStudy.checklistId = fields.string(QStringLiteral("id"));
    m_caseStudy.checklistVersion = fields.string(QStringLiteral("version"));
    if (m_caseStudy.checklistId.isEmpty() || m_caseStudy.checklistVersion.isEmpty())
        return;
    QStringList otherVersions;
    for (const ChecklistEntry& entry : m_checklists) {
        if (!entry.load.ok() || entry.load.checklist->id != m_caseStudy.checklistId)
            continue;
        if (entry.load.checklist->version == m_caseStudy.checklistVersion) {
            m_checklist = &*entry.load.checklist;
            return;
        }
        otherVersions.append(entry.load.checklist->version);
    }
    if (otherVersions.isEmpty()) {
        m_sink.error(pointer,
            QStringLiteral(
                "the checklist '%1' is not installed (neither bundled nor in the user checklist folder)")
                .arg(m_caseStudy.checklistId));
        return;
    }
    otherVersions.removeDuplicates();
    m_sink.error(fields.pointer(QStringLiteral("version")),
        QStringLiteral("the checklist '%1' is installed in version %2, not %3")
            .arg(m_caseStudy.checklistId, otherVersions.join(QStringLiteral(", ")),
                m_caseStudy.checklistVersion));
}

void CaseStudyReader::readSessions(const QJsonArray& array, const QString& pointer)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = appendPointer(pointer, i);
        FieldReader fields(m_sink, array.at(i), at, { QStringLiteral("id") },
            { QStringLiteral("interpreter"), QStringLiteral("language"), QStringLiteral("note") });
        if (!fields.isObject())
            continue;
        CaseStudySession session;
        session.id = fields.string(QStringLiteral("id"));
        if (!session.id.isEmpty() && seen.contains(session.id))
            m_sink.error(fields.pointer(QStringLiteral("id")),
                QStringLiteral("duplicate session id '%1'").arg(session.id));
        seen.insert(session.id);
        session.interpreter = fields.boolean(QStringLiteral("interpreter"));
        session.language = fields.string(QStringLiteral("language"));
        session.note = fields.text(QStringLiteral("note"), {}, kEnglish);
        m_caseStudy.sessions.append(session);
    }
}

void CaseStudyReader::readExpected(const QJsonValue& value, const QString& pointer)
{
    FieldReader fields(m_sink, value, pointer,
        { QStringLiteral("profiles"), QStringLiteral("outcome"), QStringLiteral("reasoning") },
        { QStringLiteral("interview_outcome") });
    if (!fields.isObject())
        return;
    const QJsonArray profiles = fields.array(QStringLiteral("profiles"), true);
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QString at = appendPointer(fields.pointer(QStringLiteral("profiles")), i);
        const QString id = profiles.at(i).toString();
        if (!profiles.at(i).isString() || id.isEmpty()) {
            m_sink.error(at, QStringLiteral("a profile must be given by its id"));
        } else if (m_caseStudy.expectedProfiles.contains(id)) {
            m_sink.error(at, QStringLiteral("profile '%1' is listed twice").arg(id));
        } else if (m_checklist && !m_checklist->profile(id)) {
            QStringList known;
            for (const Profile& profile : m_checklist->profiles)
                known.append(profile.id);
            m_sink.error(at,
                QStringLiteral("unknown profile '%1' (not in checklist %2 %3)")
                        .arg(id, m_checklist->id, m_checklist->version)
                    + suggestion(id, known));
        } else {
            m_caseStudy.expectedProfiles.append(id);
        }
    }
    m_caseStudy.expectedOutcome = readOutcomeId(fields, QStringLiteral("outcome"));
    m_caseStudy.interviewOutcome = fields.has(QStringLiteral("interview_outcome"))
        ? readOutcomeId(fields, QStringLiteral("interview_outcome"))
        : m_caseStudy.expectedOutcome;
    m_caseStudy.reasoning = fields.text(QStringLiteral("reasoning"), {}, kEnglish);
}

QString CaseStudyReader::readOutcomeId(FieldReader& fields, const QString& key)
{
    const QString id = fields.string(key);
    if (id.isEmpty() || !m_checklist)
        return id;
    // The outcome must be one that an expected profile can reach; every profile's when none is valid.
    QStringList profileIds = m_caseStudy.expectedProfiles;
    if (profileIds.isEmpty()) {
        for (const Profile& profile : m_checklist->profiles)
            profileIds.append(profile.id);
    }
    QStringList known;
    for (const QString& profileId : std::as_const(profileIds)) {
        if (const Profile* profile = m_checklist->profile(profileId))
            known.append(outcomeIds(*profile));
    }
    known.removeDuplicates();
    if (known.contains(id))
        return id;
    m_sink.error(fields.pointer(key),
        QStringLiteral("unknown outcome '%1': the outcomes of %2 are %3")
                .arg(id, profileIds.join(QStringLiteral(", ")), known.join(QStringLiteral(", ")))
            + suggestion(id, known));
    return {};
}

} // namespace lantern
