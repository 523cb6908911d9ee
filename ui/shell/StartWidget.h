// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace lantern {

class MessageBar;

/// The first-run page: create a case database or open an existing one.
class StartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StartWidget(QWidget* parent = nullptr);
    MessageBar* messageBar() const { return m_messages; }

Q_SIGNALS:
    void createRequested();
    void openRequested();

private:
    MessageBar* m_messages = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace lantern
