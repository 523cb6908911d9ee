// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace lantern {

/// Shows a sentence in every script of Lantern's users, each labelled with its script and the
/// font that draws it, and names any character that comes out as a box. Lets a trainer or an
/// administrator check a machine at a glance (and makes docs/screenshots/scripts.png).
class ScriptFontsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptFontsWidget(QWidget* parent = nullptr);

    /// Scripts with a character no installed font draws; empty when every script renders.
    QStringList scriptsWithBoxes() const { return m_scriptsWithBoxes; }

private:
    QStringList m_scriptsWithBoxes;
};

} // namespace lantern
