// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
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
    /// Sets every text again in the current interface language.
    void retranslate();

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void trainingRequested();

private:
    MessageBar* m_messages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_trainingIntro = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_training = nullptr;
};

} // namespace lantern
