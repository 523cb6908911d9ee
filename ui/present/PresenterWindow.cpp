// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/PresenterWindow.h"

#include "present/PresenterSlide.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lantern {

namespace {

constexpr double kZoomStep = 1.125;
constexpr double kMinimumZoom = 0.5;
constexpr double kMaximumZoom = 2.5;
constexpr double kDesignHeight = 720; // the base size is kMinimumBasePixels at this height

// Near-black on white, or the reverse: both well above WCAG AAA contrast.
const QColor kInk(0x11, 0x11, 0x11);
const QColor kPaper(0xff, 0xff, 0xff);
const QColor kDarkPaper(0x0a, 0x0a, 0x0a);
const QColor kDarkInk(0xf4, 0xf4, 0xf4);

} // namespace

PresenterWindow::PresenterWindow(PresenterScript script, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_script(std::move(script))
    , m_scroll(new QScrollArea(this))
    , m_counter(new QLabel(this))
{
    setWindowTitle(tr("Lantern \u2014 presentation"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Slide"));
    layout->addWidget(m_scroll, 1);
    m_counter->setObjectName(QStringLiteral("stepCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counter->setAccessibleName(tr("Step"));
    layout->addWidget(m_counter);
    applyColours();
    resize(1280, 720);
    render();
}

Result<std::unique_ptr<PresenterWindow>> PresenterWindow::create(
    const Checklist& checklist, const PresentationInput& input, QWidget* parent)
{
    Result<PresenterScript> script = PresenterScript::build(checklist, input);
    if (!script)
        return script.error();
    return std::make_unique<PresenterWindow>(std::move(script).value(), parent);
}

void PresenterWindow::present()
{
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

int PresenterWindow::basePixelSize() const
{
    const double screenScale = std::max(1.0, height() / kDesignHeight);
    return std::max(kMinimumBasePixels, qRound(kMinimumBasePixels * screenScale * m_zoom));
}

void PresenterWindow::setStep(int index)
{
    if (m_script.size() == 0)
        return;
    const int clamped = std::clamp(index, 0, int(m_script.size()) - 1);
    if (clamped == m_index && m_slide)
        return;
    m_index = clamped;
    render();
    Q_EMIT stepChanged(m_index);
}

void PresenterWindow::zoomIn()
{
    m_zoom = std::min(kMaximumZoom, m_zoom * kZoomStep);
    render();
}

void PresenterWindow::zoomOut()
{
    m_zoom = std::max(kMinimumZoom, m_zoom / kZoomStep);
    render();
}

void PresenterWindow::resetZoom()
{
    m_zoom = 1.0;
    render();
}

void PresenterWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void PresenterWindow::setInverted(bool inverted)
{
    m_inverted = inverted;
    applyColours();
}

void PresenterWindow::applyColours()
{
    QPalette colours = palette();
    const QColor ink = m_inverted ? kDarkInk : kInk;
    const QColor paper = m_inverted ? kDarkPaper : kPaper;
    for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base })
        colours.setColor(role, paper);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        colours.setColor(role, ink);
    setPalette(colours);
    setAutoFillBackground(true);
    m_scroll->viewport()->setAutoFillBackground(true);
    m_scroll->viewport()->setPalette(colours);
}

void PresenterWindow::render()
{
    const int base = basePixelSize();
    m_renderedBase = base;
    if (m_script.size() == 0) {
        m_counter->setText(tr("Nothing to present"));
        return;
    }
    // The old slide goes with its scroll position: each step starts at the top.
    m_slide = new PresenterSlide(m_script.step(m_index), base);
    // A slide taller than the screen (a long translation, a large zoom) is split into parts that
    // fit, so nobody has to scroll in front of the room. Only measured once the window is shown.
    while (isVisible() && overflows(m_slide) && m_script.splitStep(m_index)) {
        delete m_slide;
        m_slide = new PresenterSlide(m_script.step(m_index), base);
    }
    m_scroll->setWidget(m_slide);
    m_slide->setAutoFillBackground(false);
    QFont font = m_counter->font();
    font.setPixelSize(std::max(18, base * 2 / 3));
    m_counter->setFont(font);
    m_counter->setContentsMargins(0, 0, base, base / 3);
    m_counter->setText(tr("%1 / %2").arg(m_index + 1).arg(m_script.size()));
}

bool PresenterWindow::overflows(QWidget* slide) const
{
    const QSize room = m_scroll->viewport()->size();
    if (room.height() < kMinimumBasePixels * 4)
        return false; // not laid out yet
    const int needed = slide->layout() ? slide->layout()->totalHeightForWidth(room.width()) : slide->sizeHint().height();
    return needed > room.height();
}

void PresenterWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    render(); // measure the slide now that the window has its size
}

void PresenterWindow::keyPressEvent(QKeyEvent* event)
{
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        setStep(0);
        return;
    case Qt::Key_End:
        setStep(stepCount() - 1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Up: {
        QScrollBar* bar = m_scroll->verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_Down ? 2 : -2) * basePixelSize());
        return;
    }
    case Qt::Key_F11:
        toggleFullScreen();
        return;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        else
            close();
        return;
    case Qt::Key_I:
        setInverted(!m_inverted);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (control) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (control) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (control) {
            resetZoom();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::mousePressEvent(QMouseEvent* event)
{
    // A presenter's clicker or a click anywhere moves on; the right button goes back.
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
    else
        QWidget::mousePressEvent(event);
}

void PresenterWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (basePixelSize() != m_renderedBase)
        render();
}

} // namespace lantern
