// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logic/WorkBudget.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace lantern::logic::detail {

/// The state of one evaluation: nesting depth, work budget and the first error. Operators
/// call eval() for their arguments and check failed() afterwards; once failed, results are
/// meaningless and every caller unwinds.
class EvalContext
{
public:
    /// Work units one evaluate() call may spend (an operator, an element or ~8 characters each).
    static constexpr qint64 kMaxWork = 1'000'000;

    EvalContext() = default;

    /// Evaluates a rule: arrays element-wise, single-key objects as operators, anything else as itself.
    QJsonValue eval(const QJsonValue& rule, const QJsonValue& data);

    /// Records the error (the first one wins) and returns undefined.
    QJsonValue fail(const QString& message);
    bool failed() const { return !m_error.isEmpty() || m_budget.exhausted(); }
    QString errorMessage() const;

    WorkBudget& budget() { return m_budget; }
    /// Charges work; false once the budget is spent (failed() is then true).
    bool spend(qint64 units) { return m_budget.spend(units); }

private:
    QJsonValue evalArray(const QJsonArray& rules, const QJsonValue& data);
    QJsonValue evalOperator(const QJsonObject& rule, const QJsonValue& data);

    WorkBudget m_budget { kMaxWork };
    int m_depth = 0;
    QString m_error;
};

} // namespace lantern::logic::detail
