// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/PresenterScript.h"
#include "util/Result.h"

#include <memory>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace lantern {

class PresenterSlide;

/// A full-screen window for a projector that steps through a PresenterScript in large,
/// high-contrast type. Keys: Right, Space, Page Down next; Left, Page Up back; Home, End;
/// F11 full screen on/off; Esc leaves full screen, then closes; Ctrl+plus / Ctrl+minus /
/// Ctrl+0 type size; I swaps dark-on-light and light-on-dark.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterWindow(PresenterScript script, QWidget* parent = nullptr);

    /// Builds the script for `checklist` and a window presenting it; an error when the profile is unknown.
    static Result<std::unique_ptr<PresenterWindow>> create(
        const Checklist& checklist, const PresentationInput& input, QWidget* parent = nullptr);

    /// Shows the window full screen on its screen.
    void present();

    const PresenterScript& script() const { return m_script; }
    int currentStep() const { return m_index; }
    int stepCount() const { return int(m_script.size()); }
    /// Body text size in pixels: at least kMinimumBasePixels, larger on tall screens and when zoomed.
    int basePixelSize() const;
    bool isInverted() const { return m_inverted; }
    /// The slide on show.
    PresenterSlide* slide() const { return m_slide; }
    /// The "3 / 14" counter.
    QLabel* counter() const { return m_counter; }

    void setStep(int index);
    void next() { setStep(m_index + 1); }
    void previous() { setStep(m_index - 1); }
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void toggleFullScreen();
    void setInverted(bool inverted);

    static constexpr int kMinimumBasePixels = 28;

Q_SIGNALS:
    void stepChanged(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void render();
    bool overflows(QWidget* slide) const;
    void applyColours();

    PresenterScript m_script;
    int m_index = 0;
    double m_zoom = 1.0;
    bool m_inverted = false;
    int m_renderedBase = 0;
    QScrollArea* m_scroll = nullptr;
    PresenterSlide* m_slide = nullptr;
    QLabel* m_counter = nullptr;
};

} // namespace lantern
