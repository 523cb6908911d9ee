// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace lantern {

/// The strip across the top of the window while a training database is open: it can never be
/// mistaken for a real case database, whatever page or dialog is showing.
class TrainingBanner : public QLabel
{
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget* parent = nullptr);
    /// Sets the banner's words again in the current interface language.
    void retranslate();
};

} // namespace lantern
