// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/PresenterSlide.h"

#include <algorithm>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lantern {

QString PresenterSlide::markSymbol(SlideMark mark)
{
    switch (mark) {
    case SlideMark::None:
        return {};
    case SlideMark::Strong:
        return QStringLiteral("\u25A0\u25A0\u25A0");
    case SlideMark::Medium:
        return QStringLiteral("\u25A0\u25A0\u25A1");
    case SlideMark::Weak:
        return QStringLiteral("\u25A0\u25A1\u25A1");
    case SlideMark::Present:
        return QStringLiteral("\u2714");
    case SlideMark::Fails:
        return QStringLiteral("\u2718");
    case SlideMark::Open:
        return QStringLiteral("?");
    case SlideMark::Met:
        return QStringLiteral("\u25CF");
    case SlideMark::NotMet:
        return QStringLiteral("\u25CB");
    case SlideMark::Undetermined:
        return QStringLiteral("\u25D0");
    case SlideMark::Skipped:
        return QStringLiteral("\u2013");
    }
    return {};
}

QString PresenterSlide::markWords(SlideMark mark)
{
    switch (mark) {
    case SlideMark::None:
        return {};
    case SlideMark::Strong:
        return tr("strong");
    case SlideMark::Medium:
        return tr("medium");
    case SlideMark::Weak:
        return tr("weak");
    case SlideMark::Present:
        return tr("yes");
    case SlideMark::Fails:
        return tr("no");
    case SlideMark::Open:
        return tr("open");
    case SlideMark::Met:
        return tr("met");
    case SlideMark::NotMet:
        return tr("not met");
    case SlideMark::Undetermined:
        return tr("undetermined");
    case SlideMark::Skipped:
        return tr("not needed");
    }
    return {};
}

PresenterSlide::PresenterSlide(const PresenterStep& step, int basePixelSize, QWidget* parent)
    : QWidget(parent)
    , m_base(basePixelSize)
{
    auto* layout = new QVBoxLayout(this);
    // Tight vertical spacing: a 720-pixel projector has room for about sixteen lines of body text.
    layout->setContentsMargins(m_base * 3 / 2, m_base * 2 / 3, m_base * 3 / 2, m_base / 4);
    layout->setSpacing(m_base / 4);

    QLabel* heading = label(step.heading, 1.4, true);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setAccessibleName(tr("Slide title"));
    layout->addWidget(heading);
    if (!step.subheading.isEmpty()) {
        QLabel* subheading = label(step.subheading, 0.9);
        subheading->setObjectName(QStringLiteral("subheading"));
        layout->addWidget(subheading);
        layout->addSpacing(m_base / 4);
    }

    auto* blocks = step.sideBySide ? static_cast<QBoxLayout*>(new QHBoxLayout) : new QVBoxLayout;
    blocks->setSpacing(step.sideBySide ? m_base * 3 / 2 : m_base / 3);
    for (qsizetype i = 0; i < step.blocks.size(); ++i)
        blocks->addWidget(blockWidget(step.blocks.at(i)), step.sideBySide ? step.columnShares.value(i, 1) : 0,
            Qt::AlignTop);
    layout->addLayout(blocks);
    layout->addStretch(1);

    if (!step.verdict.isEmpty())
        layout->addWidget(verdictWidget(step));
    if (!step.footer.isEmpty()) {
        QLabel* footer = label(step.footer, 0.9, false, true);
        footer->setObjectName(QStringLiteral("footer"));
        layout->addWidget(footer);
    }
}

QLabel* PresenterSlide::label(const QString& text, double scale, bool bold, bool italic)
{
    auto* label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::NoFocus);
    QFont font = label->font();
    font.setPixelSize(std::max(1, qRound(m_base * scale)));
    font.setBold(bold);
    font.setItalic(italic);
    label->setFont(font);
    return label;
}

QWidget* PresenterSlide::blockWidget(const SlideBlock& block)
{
    auto* widget = new QWidget(this);
    auto* grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(m_base / 2);
    grid->setVerticalSpacing(m_base / 8);
    grid->setColumnStretch(1, 1);
    int row = 0;
    // Lines without marks use the whole width rather than leave an empty mark column.
    const bool marked = std::any_of(block.lines.begin(), block.lines.end(),
        [](const SlideLine& line) { return line.mark != SlideMark::None; });
    const int textColumn = marked ? 1 : 0;
    const int textSpan = marked ? 1 : 2;
    if (!block.caption.isEmpty()) {
        QLabel* caption = label(block.caption, 1.0, true);
        caption->setParent(widget);
        grid->addWidget(caption, row++, 0, 1, 2);
    }
    for (const SlideLine& line : block.lines) {
        if (line.mark != SlideMark::None) {
            QLabel* symbol = label(markSymbol(line.mark), 1.0, true);
            symbol->setParent(widget);
            symbol->setWordWrap(false);
            symbol->setAccessibleName(markWords(line.mark));
            grid->addWidget(symbol, row, 0, Qt::AlignTop | Qt::AlignLeft);
        }
        QLabel* text = label(line.text, 1.0);
        text->setParent(widget);
        grid->addWidget(text, row++, textColumn, 1, textSpan);
        if (!line.detail.isEmpty()) {
            QLabel* detail = label(line.detail, 0.9, false, true);
            detail->setParent(widget);
            detail->setObjectName(QStringLiteral("detail"));
            grid->addWidget(detail, row++, textColumn, 1, textSpan);
        }
    }
    return widget;
}

QWidget* PresenterSlide::verdictWidget(const PresenterStep& step)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("verdict"));
    frame->setFrameShape(QFrame::Box);
    frame->setLineWidth(std::max(2, m_base / 10));
    auto* row = new QHBoxLayout(frame);
    row->setContentsMargins(m_base / 2, m_base / 5, m_base / 2, m_base / 5);
    row->setSpacing(m_base / 2);
    if (step.verdictMark != SlideMark::None) {
        QLabel* symbol = label(markSymbol(step.verdictMark), 1.4, true);
        symbol->setParent(frame);
        symbol->setWordWrap(false);
        symbol->setAccessibleName(markWords(step.verdictMark));
        row->addWidget(symbol, 0, Qt::AlignTop);
    }
    QLabel* text = label(step.verdict, 1.05, true);
    text->setParent(frame);
    text->setObjectName(QStringLiteral("verdictText"));
    row->addWidget(text, 1);
    return frame;
}

} // namespace lantern
