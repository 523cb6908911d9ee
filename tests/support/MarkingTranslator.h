// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A translator for tests that shows which texts were looked up: it returns "[xx]" + the English
// text for every context that starts with one of the given prefixes, and nothing for the rest.

#include <memory>
#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>

namespace lantern::test {

class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(QStringList contextPrefixes)
        : m_prefixes(std::move(contextPrefixes))
    {
    }

    QString translate(
        const char* context, const char* sourceText, const char* /*disambiguation*/, int /*n*/) const override
    {
        const QString name = QString::fromUtf8(context);
        for (const QString& prefix : m_prefixes) {
            if (name.startsWith(prefix))
                return QStringLiteral("[xx]") + QString::fromUtf8(sourceText);
        }
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    QStringList m_prefixes;
};

/// Installs a MarkingTranslator for its lifetime. Translators need an application object, which a
/// plain GoogleTest main does not make: one is made for the while when there is none.
class ScopedMarkingTranslator
{
public:
    explicit ScopedMarkingTranslator(QStringList contextPrefixes)
        : m_application(QCoreApplication::instance() ? nullptr : std::make_unique<QCoreApplication>(m_argc, m_argv))
        , m_translator(std::move(contextPrefixes))
    {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedMarkingTranslator()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedMarkingTranslator(const ScopedMarkingTranslator&) = delete;
    ScopedMarkingTranslator& operator=(const ScopedMarkingTranslator&) = delete;

    bool isInstalled() const { return m_installed; }

private:
    int m_argc = 1;
    char m_name[8] = "test";
    char* m_argv[2] = { m_name, nullptr };
    std::unique_ptr<QCoreApplication> m_application; // declared before the translator: outlives it
    MarkingTranslator m_translator;
    bool m_installed = false;
};

} // namespace lantern::test
