// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/JsonText.h"

namespace lantern {

namespace {

void appendString(QByteArray& out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(kHex[byte >> 4]);
                out.append(kHex[byte & 0xf]);
            } else {
                out.append(c); // UTF-8 sequences pass through whole
            }
        }
    }
    out.append('"');
}

} // namespace

QByteArray jsonObjectOfStrings(std::initializer_list<std::pair<QLatin1StringView, QString>> members)
{
    QByteArray out;
    out.reserve(64);
    out.append('{');
    bool first = true;
    for (const auto& [name, value] : members) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, QByteArrayView(name.data(), name.size()));
        out.append(':');
        appendString(out, value.toUtf8());
    }
    out.append('}');
    return out;
}

} // namespace lantern
