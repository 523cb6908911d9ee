// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/OpaqueId.h"

#include <array>
#include <QByteArray>
#include <QRandomGenerator>

namespace lantern {

QString newRandomHexId()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toHex());
}

bool isRandomHexId(const QString& text)
{
    if (text.size() != 32)
        return false;
    for (const QChar c : text) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace lantern
