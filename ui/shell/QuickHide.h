// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QStackedWidget;
class QWidget;

namespace lantern {

/// The panic key: blanks the window at once (and hides open dialogs) without closing or losing
/// anything; pressing it again, or unlocking, shows everything as it was.
class QuickHide : public QObject
{
    Q_OBJECT

public:
    /// Blanks `pages` by switching to `blankPage`; the action (F12) works application-wide.
    QuickHide(QStackedWidget* pages, QWidget* blankPage, QObject* parent);

    /// The menu action carrying the shortcut, for View menus.
    QAction* action() const { return m_action; }
    /// Sets the action's words again in the current interface language.
    void retranslate();
    bool isHidden() const { return m_hidden; }

    void hide();
    void restore();
    void toggle();

Q_SIGNALS:
    void hiddenChanged(bool hidden);

private:
    QStackedWidget* m_pages;
    QWidget* m_blank;
    QAction* m_action;
    QPointer<QWidget> m_previousPage;
    QList<QPointer<QWidget>> m_hiddenWindows;
    bool m_hidden = false;
};

} // namespace lantern
