// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace lantern::logic::detail {

/// Units of work one evaluation may spend. Every operator, array element and stretch of
/// generated text costs something, so loops nested in a hostile rule cannot run for ever.
class WorkBudget
{
public:
    explicit WorkBudget(qint64 units)
        : m_left(units)
    {
    }

    /// Takes units from the budget; false once it is overdrawn.
    bool spend(qint64 units)
    {
        m_left -= units;
        return m_left >= 0;
    }
    bool exhausted() const { return m_left < 0; }

private:
    qint64 m_left;
};

} // namespace lantern::logic::detail
