// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lantern {

/// A plain-words judgement of a new passphrase, shown while it is typed. A rough estimate from
/// length and variety (no dictionary), meant to nudge towards long passphrases, not to certify.
class PassphraseHint
{
public:
    enum class Strength { Empty, TooShort, Weak, Fair, Strong };

    /// Passphrases shorter than this are refused when creating a database.
    static constexpr int kMinimumLength = 8;

    static Strength strengthOf(const QString& passphrase);
    /// One sentence for the user, e.g. "Strong: this passphrase would take very long to guess."
    static QString describe(Strength strength);
};

} // namespace lantern
