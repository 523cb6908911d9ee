// SPDX-License-Identifier: GPL-3.0-or-later
// compactJson(): rules that cannot be put into words are shown as short JSON. Written by hand
// rather than with QJsonDocument so that neither the depth nor the size of a hostile rule matters.
#include "explain/RuleWords.h"
#include "explain/ThresholdWords.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lantern::explain {

namespace {

constexpr int kMaxJsonDepth = 32;

class CompactWriter
{
public:
    explicit CompactWriter(qsizetype maxLength)
        : m_max(maxLength)
    {
    }

    void write(const QJsonValue& value, int depth)
    {
        if (full())
            return;
        if (depth > kMaxJsonDepth) {
            append(QStringLiteral("\u2026"));
            return;
        }
        switch (value.type()) {
        case QJsonValue::Null:
            append(QStringLiteral("null"));
            break;
        case QJsonValue::Bool:
            append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case QJsonValue::Double:
            append(numberWords(value.toDouble()));
            break;
        case QJsonValue::String:
            writeString(value.toString());
            break;
        case QJsonValue::Array: {
            append(QStringLiteral("["));
            bool first = true;
            for (const QJsonValue& item : value.toArray()) {
                if (full())
                    return;
                if (!first)
                    append(QStringLiteral(","));
                first = false;
                write(item, depth + 1);
            }
            append(QStringLiteral("]"));
            break;
        }
        case QJsonValue::Object: {
            append(QStringLiteral("{"));
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (full())
                    return;
                if (it != object.constBegin())
                    append(QStringLiteral(","));
                writeString(it.key());
                append(QStringLiteral(":"));
                write(it.value(), depth + 1);
            }
            append(QStringLiteral("}"));
            break;
        }
        default:
            append(QStringLiteral("?"));
            break;
        }
    }

    QString result() const
    {
        if (m_text.size() <= m_max)
            return m_text;
        return m_text.left(std::max<qsizetype>(m_max - 1, 0)) + QChar(0x2026);
    }

private:
    bool full() const { return m_text.size() > m_max; }
    void append(const QString& text) { m_text += text; }

    void writeString(const QString& text)
    {
        QString out = QStringLiteral("\"");
        for (QChar c : text) {
            if (out.size() > m_max)
                break;
            if (c == u'"' || c == u'\\')
                out += QLatin1Char('\\') + c;
            else if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        append(out + QLatin1Char('"'));
    }

    qsizetype m_max;
    QString m_text;
};

} // namespace

QString compactJson(const QJsonValue& value, qsizetype maxLength)
{
    CompactWriter writer(std::max<qsizetype>(maxLength, 1));
    writer.write(value, 0);
    return writer.result();
}

} // namespace lantern::explain
