// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace lantern {

class ExerciseComparisonView;

/// The comparison of an exercise with its model answer, in a window the trainer can keep open.
class ExerciseComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExerciseComparisonDialog(QWidget* parent = nullptr);
    ExerciseComparisonView* view() const { return m_view; }

private:
    ExerciseComparisonView* m_view = nullptr;
};

} // namespace lantern
