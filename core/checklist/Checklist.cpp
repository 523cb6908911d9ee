// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/Checklist.h"

#include "checklist/JsonSource.h"

#include <QCryptographicHash>

#include <mutex>

namespace lantern {

struct Checklist::Identity
{
    QByteArray json; ///< the validated file's bytes; canonical form is derived when hashing
    std::once_flag once;
    QByteArray sha256;
};

QByteArray Checklist::sha256() const
{
    if (!m_identity)
        return {};
    std::call_once(m_identity->once, [identity = m_identity.get()] {
        identity->sha256 = QCryptographicHash::hash(JsonSource::compact(identity->json), QCryptographicHash::Sha256).toHex();
    });
    return m_identity->sha256;
}

void Checklist::setSourceJson(QByteArray json)
{
    m_identity = std::make_shared<Identity>();
    m_identity->json = std::move(json);
}

QByteArray Checklist::sourceJson() const
{
    return m_identity ? m_identity->json : QByteArray();
}

void Checklist::setSha256(QByteArray hexSha256)
{
    m_identity = std::make_shared<Identity>();
    std::call_once(m_identity->once, [&] { m_identity->sha256 = std::move(hexSha256); });
}

const Question* Checklist::question(const QString& questionId) const
{
    const auto it = m_questionIndex.constFind(questionId);
    if (it == m_questionIndex.constEnd())
        return nullptr;
    return &sections.at(it->first).questions.at(it->second);
}

const Section* Checklist::section(const QString& sectionId) const
{
    const auto it = m_sectionIndex.constFind(sectionId);
    return it == m_sectionIndex.constEnd() ? nullptr : &sections.at(*it);
}

const Element* Checklist::element(const QString& elementId) const
{
    const auto it = m_elementIndex.constFind(elementId);
    return it == m_elementIndex.constEnd() ? nullptr : &elements.at(*it);
}

const Profile* Checklist::profile(const QString& profileId) const
{
    const auto it = m_profileIndex.constFind(profileId);
    return it == m_profileIndex.constEnd() ? nullptr : &profiles.at(*it);
}

void Checklist::reindex()
{
    m_questionIndex.clear();
    m_sectionIndex.clear();
    m_elementIndex.clear();
    m_profileIndex.clear();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        m_sectionIndex.insert(sections.at(s).id, s);
        for (qsizetype q = 0; q < sections.at(s).questions.size(); ++q)
            m_questionIndex.insert(sections.at(s).questions.at(q).id, {s, q});
    }
    for (qsizetype i = 0; i < elements.size(); ++i)
        m_elementIndex.insert(elements.at(i).id, i);
    for (qsizetype i = 0; i < profiles.size(); ++i)
        m_profileIndex.insert(profiles.at(i).id, i);
}

QString toString(QuestionType type)
{
    switch (type) {
    case QuestionType::YesNo: return QStringLiteral("yesno");
    case QuestionType::Single: return QStringLiteral("single");
    case QuestionType::Multi: return QStringLiteral("multi");
    case QuestionType::Text: return QStringLiteral("text");
    case QuestionType::Number: return QStringLiteral("number");
    case QuestionType::Date: return QStringLiteral("date");
    }
    return {};
}

QString toString(Strength strength)
{
    switch (strength) {
    case Strength::Strong: return QStringLiteral("strong");
    case Strength::Medium: return QStringLiteral("medium");
    case Strength::Weak: return QStringLiteral("weak");
    }
    return {};
}

std::optional<Strength> strengthFromString(const QString& name)
{
    if (name == u"strong")
        return Strength::Strong;
    if (name == u"medium")
        return Strength::Medium;
    if (name == u"weak")
        return Strength::Weak;
    return std::nullopt;
}

} // namespace lantern
