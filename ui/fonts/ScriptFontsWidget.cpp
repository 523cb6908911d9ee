// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/ScriptFontsWidget.h"

#include "fonts/FontCoverage.h"
#include "fonts/ScriptSamples.h"

#include <QGridLayout>
#include <QLabel>

namespace lantern {

ScriptFontsWidget::ScriptFontsWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(10);
    auto* heading
        = new QLabel(tr("Every script Lantern's users read, in the font this computer draws it with"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    grid->addWidget(heading, 0, 0, 1, 2);

    QFont sampleFont = font();
    sampleFont.setPointSizeF(sampleFont.pointSizeF() * 1.5);
    int row = 1;
    for (const ScriptSample& sample : scriptSamples()) {
        const QList<RenderedCharacter> rendered = renderedCharacters(sample.text, sampleFont);
        const QString family = mainFamily(rendered, sample.scripts);
        const QStringList missing = missingCharacters(rendered);
        QString caption
            = family.isEmpty() ? tr("%1 — no font").arg(sample.name) : tr("%1 — %2").arg(sample.name, family);
        if (!missing.isEmpty()) {
            caption += QLatin1Char('\n') + tr("drawn as boxes: %1").arg(missing.join(QStringLiteral(", ")));
            m_scriptsWithBoxes.append(sample.name);
        }
        auto* label = new QLabel(caption);
        label->setObjectName(sample.id + QStringLiteral("-caption"));
        label->setStyleSheet(
            missing.isEmpty() ? QStringLiteral("color: #555") : QStringLiteral("color: #b00020"));

        auto* text = new QLabel(sample.text);
        text->setObjectName(sample.id);
        text->setFont(sampleFont);
        // Right-to-left scripts (Thaana) start at the right edge, as their readers expect.
        text->setLayoutDirection(sample.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        text->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
        text->setMinimumWidth(text->sizeHint().width());

        grid->addWidget(label, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
}

} // namespace lantern
