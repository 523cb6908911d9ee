// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PassphraseHint.h"

#include <cmath>
#include <QCoreApplication>
#include <QSet>

namespace lantern {

PassphraseHint::Strength PassphraseHint::strengthOf(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return Strength::Empty;
    if (passphrase.size() < kMinimumLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !(c.isLetterOrNumber());
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeated characters ("aaaaaaaa") add little: count distinct ones at full weight only.
    const double effectiveLength = std::min<double>(double(passphrase.size()), double(distinct.size()) * 2.0);
    const double bits = effectiveLength * std::log2(std::max(pool, 10));
    if (bits < 45)
        return Strength::Weak;
    if (bits < 70)
        return Strength::Fair;
    return Strength::Strong;
}

QString PassphraseHint::describe(Strength strength)
{
    switch (strength) {
    case Strength::Empty:
        return QCoreApplication::translate("PassphraseHint",
            "Choose a passphrase: several words you can remember are easier to type and harder to guess.");
    case Strength::TooShort:
        return QCoreApplication::translate("PassphraseHint", "Too short: use at least %1 characters.")
            .arg(kMinimumLength);
    case Strength::Weak:
        return QCoreApplication::translate("PassphraseHint",
            "Weak: this could be guessed. Add a few more words.");
    case Strength::Fair:
        return QCoreApplication::translate("PassphraseHint",
            "Fair: acceptable, but one or two more words would make it much stronger.");
    case Strength::Strong:
        return QCoreApplication::translate("PassphraseHint", "Strong: this would take very long to guess.");
    }
    return {};
}

} // namespace lantern
