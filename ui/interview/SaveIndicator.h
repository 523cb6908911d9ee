// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace lantern {

/// A quiet "Saved" mark, or an inline error saying what went wrong and that the answer was
/// not saved. Text, not colour alone, carries the state.
class SaveIndicator : public QLabel
{
    Q_OBJECT

public:
    enum class State { Idle, Saved, Error };

    explicit SaveIndicator(QWidget* parent = nullptr);

    void showIdle();
    /// "Saved" with the time it was saved.
    void showSaved(const QString& when = {});
    /// The error, in words the user can act on; shown until the next save.
    void showError(const QString& message);
    State state() const { return m_state; }

private:
    State m_state = State::Idle;
};

} // namespace lantern
