// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace lantern {

/// Lantern's interface words in one language. A default-constructed catalogue is the interface
/// itself: whatever translation the application installed (none on the command line, so English).
/// Catalogue(language) reads the embedded ":/lantern/translations/lantern_<language>.qm" without
/// installing it, so a case summary can be written in the interviewee's language while the window
/// stays in the caseworker's, and the interview can show "Yes" in both.
///
/// Call translate() with string literals: lupdate collects them into the .ts catalogues.
class Catalogue
{
public:
    /// The installed interface translation (QCoreApplication::translate).
    Catalogue() = default;
    /// `language`'s catalogue ("th", "zh_CN", "zh"); English, or a language Lantern has no
    /// catalogue for, gives the English source texts.
    explicit Catalogue(const QString& language);

    /// `source` in `context` in this catalogue's language; `source` itself (English) when the
    /// catalogue has no translation of it.
    QString translate(const char* context, const char* source) const;

private:
    bool m_installed = true;
    std::shared_ptr<const QTranslator> m_translator;
};

/// Where the compiled catalogues are embedded: ":/lantern/translations".
QString catalogueFolder();

} // namespace lantern
