// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace lantern {

class MessageBar;

/// The first-run page: create a case database, open an existing one, or open the training
/// workspace of fictional cases.
class StartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StartWidget(QWidget* parent = nullptr);
    MessageBar* messageBar() const { return m_messages; }

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void trainingRequested();

private:
    MessageBar* m_messages = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_training = nullptr;
};

} // namespace lantern
