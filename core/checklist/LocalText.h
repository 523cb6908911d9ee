// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace lantern {

/// A human-readable text in several languages: {"en": "...", "th": "..."}. Holds the locale map
/// as the validated JSON object it came from, so loading a checklist copies no text.
class LocalText
{
public:
    LocalText() = default;
    /// From a validated locale map: every value is a non-empty string.
    explicit LocalText(QJsonObject byLanguage) : m_byLanguage(std::move(byLanguage)) { }
    explicit LocalText(const QMap<QString, QString>& byLanguage)
    {
        for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it)
            m_byLanguage.insert(it.key(), it.value());
    }

    bool isEmpty() const { return m_byLanguage.isEmpty(); }
    bool has(const QString& language) const { return m_byLanguage.contains(language); }

    /// The text in `language`, else in `fallback` (the checklist's default), else English,
    /// else any. `usedFallback`, when given, says whether the text is not in `language`.
    QString text(const QString& language, const QString& fallback = QStringLiteral("en"),
                 bool* usedFallback = nullptr) const
    {
        for (const QString& candidate : {language, fallback, QStringLiteral("en")}) {
            const auto it = m_byLanguage.constFind(candidate);
            if (it != m_byLanguage.constEnd()) {
                if (usedFallback)
                    *usedFallback = candidate != language;
                return it.value().toString();
            }
        }
        if (usedFallback)
            *usedFallback = true;
        return m_byLanguage.isEmpty() ? QString() : m_byLanguage.begin().value().toString();
    }

private:
    QJsonObject m_byLanguage;
};

} // namespace lantern
