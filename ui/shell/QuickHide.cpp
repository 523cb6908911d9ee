// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/QuickHide.h"

#include <QAction>
#include <QApplication>
#include <QStackedWidget>

namespace lantern {

QuickHide::QuickHide(QStackedWidget* pages, QWidget* blankPage, QObject* parent)
    : QObject(parent)
    , m_pages(pages)
    , m_blank(blankPage)
    , m_action(new QAction(this))
{
    m_action->setShortcut(QKeySequence(Qt::Key_F12));
    // Application-wide, so it also works while a dialog has the focus.
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    m_action->setCheckable(true);
    retranslate();
    connect(m_action, &QAction::triggered, this, &QuickHide::toggle);
}

void QuickHide::retranslate()
{
    m_action->setText(tr("&Quick hide"));
    m_action->setToolTip(tr("Blank the window at once; press F12 again to show it"));
}

void QuickHide::hide()
{
    if (m_hidden)
        return;
    m_hidden = true;
    m_previousPage = m_pages->currentWidget();
    m_pages->setCurrentWidget(m_blank);
    const QWidget* mainWindow = m_pages->window();
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window != mainWindow && window->isVisible()) {
            m_hiddenWindows.append(window);
            window->hide();
        }
    }
    m_action->setChecked(true);
    Q_EMIT hiddenChanged(true);
}

void QuickHide::restore()
{
    if (!m_hidden)
        return;
    m_hidden = false;
    if (m_previousPage && m_pages->currentWidget() == m_blank)
        m_pages->setCurrentWidget(m_previousPage);
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows)) {
        if (window)
            window->show();
    }
    m_hiddenWindows.clear();
    m_action->setChecked(false);
    Q_EMIT hiddenChanged(false);
}

void QuickHide::toggle()
{
    if (m_hidden)
        restore();
    else
        hide();
}

} // namespace lantern
