// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

namespace lantern {

/// 32 lowercase hex digits from 16 bytes of the system CSPRNG: reveals nothing about its row.
QString newRandomHexId();

/// True when `text` has the form newRandomHexId() produces.
bool isRandomHexId(const QString& text);

/// A typed opaque id (Tag keeps case ids and session ids apart). Null until generated or parsed.
template<class Tag> class OpaqueId
{
public:
    OpaqueId() = default;

    /// A fresh random id.
    static OpaqueId generate() { return OpaqueId(newRandomHexId()); }
    /// The id spelled by `text`, or a null id when `text` is not one.
    static OpaqueId fromString(const QString& text)
    {
        return isRandomHexId(text) ? OpaqueId(text) : OpaqueId();
    }

    bool isNull() const { return m_text.isEmpty(); }
    const QString& toString() const { return m_text; }

    friend bool operator==(const OpaqueId&, const OpaqueId&) = default;
    friend size_t qHash(const OpaqueId& id, size_t seed = 0) { return qHash(id.m_text, seed); }

private:
    explicit OpaqueId(QString text)
        : m_text(std::move(text))
    {
    }
    QString m_text;
};

using CaseId = OpaqueId<struct CaseIdTag>;
using SessionId = OpaqueId<struct SessionIdTag>;
using AuditEventId = OpaqueId<struct AuditEventIdTag>;

} // namespace lantern
