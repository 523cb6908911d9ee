// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/ExerciseComparisonDialog.h"

#include "exercise/ExerciseComparisonView.h"
#include "shell/TrainingBanner.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace lantern {

ExerciseComparisonDialog::ExerciseComparisonDialog(QWidget* parent)
    : QDialog(parent)
    , m_view(new ExerciseComparisonView(this))
{
    setWindowTitle(tr("Exercise compared with the model answer"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new TrainingBanner(this));
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1100, 750);
}

} // namespace lantern
