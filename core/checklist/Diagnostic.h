// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lantern {

/// One problem in a checklist file, positioned at the offending value.
struct Diagnostic
{
    QString file;
    int line = 0;   ///< 1-based; 0 when the problem concerns the whole file
    int column = 0; ///< 1-based, in characters
    QString message;
    QString pointer; ///< RFC 6901 JSON pointer of the offending value

    /// `FILE:LINE:COL: error: MESSAGE [json-pointer]`, as compilers print it so editors can jump to it.
    QString toString() const;
};

/// Adds a "did you mean" hint when `name` is a near miss of one of `candidates`.
QString suggestion(const QString& name, const QStringList& candidates);

} // namespace lantern
