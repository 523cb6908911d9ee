// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/OpaqueId.h"

#include <array>
#include <QByteArray>
#include <QRandomGenerator>
#include <sodium.h>

namespace lantern {

QString newRandomHexId()
{
    // libsodium's generator (the kernel's getrandom), as for the nonces: an id is drawn for every
    // audit event, and Qt's system generator (the CPU instruction) took three times as long here.
    static const bool sodiumReady = sodium_init() >= 0; // 1 (already done by the vault) is fine
    std::array<quint32, 4> random {};
    if (sodiumReady)
        randombytes_buf(random.data(), sizeof(random));
    else
        QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char*>(random.data()), qsizetype(sizeof(random)));
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
