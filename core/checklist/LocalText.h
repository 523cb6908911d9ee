// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace lantern {

/// A human-readable text in several languages: {"en": "...", "th": "..."}.
class LocalText
{
public:
    LocalText() = default;
    explicit LocalText(QMap<QString, QString> byLanguage) : m_byLanguage(std::move(byLanguage)) { }

    bool isEmpty() const { return m_byLanguage.isEmpty(); }
    bool has(const QString& language) const { return m_byLanguage.contains(language); }
    const QMap<QString, QString>& all() const { return m_byLanguage; }

    /// The text in `language`, else in `fallback` (the checklist's default), else English,
    /// else any. `usedFallback`, when given, says whether the text is not in `language`.
    QString text(const QString& language, const QString& fallback = QStringLiteral("en"),
                 bool* usedFallback = nullptr) const
    {
        const QString* found = nullptr;
        for (const QString& candidate : {language, fallback, QStringLiteral("en")}) {
            auto it = m_byLanguage.constFind(candidate);
            if (it != m_byLanguage.constEnd()) {
                found = &it.value();
                if (usedFallback)
                    *usedFallback = candidate != language;
                return *found;
            }
        }
        if (usedFallback)
            *usedFallback = true;
        return m_byLanguage.isEmpty() ? QString() : m_byLanguage.first();
    }

private:
    QMap<QString, QString> m_byLanguage;
};

} // namespace lantern
