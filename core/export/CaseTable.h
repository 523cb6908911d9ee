// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/CaseFile.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace lantern {

/// Which columns a many-case export carries. Free text (answers to text questions and notes)
/// is left out unless asked for.
struct CaseTableColumns
{
    bool caseFields = true;  ///< code, status, checklist id and version, started, last change
    bool outcome = true;     ///< outcome id, level, conditional
    bool elements = true;    ///< one column per element: met / not met / undetermined
    bool indicators = true;  ///< one column per indicator: present / open / absent
    bool answers = false;    ///< one column per non-text question: the answer or its state
    bool freeText = false;   ///< answers to text questions and notes

    /// Reads a comma list such as "case,outcome,elements"; an unknown name is an error.
    static Result<CaseTableColumns> parse(const QString& list);
};

/// Builds one row per case for the CSV and JSON many-case exports. All cases must share the
/// first case's checklist id (element and indicator columns come from it); others are refused
/// with their code named.
class CaseTable
{
public:
    CaseTable(const Checklist& checklist, const CaseTableColumns& columns);

    QStringList header() const;
    /// The case's row, in header() order; an error when it uses another checklist.
    Result<QStringList> row(const CaseFile& caseFile) const;

    /// RFC 4180 CSV of one row.
    static QByteArray csvLine(const QStringList& fields);

private:
    QStringList m_elementIds;
    QStringList m_indicatorIds;
    QStringList m_questionIds; ///< ids, not pointers: each case brings its own copy of the checklist
    QString m_checklistId;
    CaseTableColumns m_columns;
};

} // namespace lantern
