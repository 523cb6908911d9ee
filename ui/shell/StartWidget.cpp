// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StartWidget.h"

#include "shell/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

StartWidget::StartWidget(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_create(new QPushButton(tr("&Create a new case database…"), this))
    , m_open(new QPushButton(tr("&Open an existing database…"), this))
    , m_training(new QPushButton(tr("Open the &training workspace"), this))
{
    setObjectName(QStringLiteral("start"));
    auto* title = new QLabel(tr("Welcome to Lantern"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Lantern keeps screening cases in an encrypted database on this computer. "
                                "Nothing is sent anywhere. To begin, create a database protected by a "
                                "passphrase, or open one you already have."),
        this);
    intro->setWordWrap(true);
    auto* trainingIntro = new QLabel(tr("Trainers and workshop participants: the training workspace holds "
                                        "fictional case studies only. It is not encrypted and is clearly "
                                        "marked; never enter a real person's case there."),
        this);
    trainingIntro->setWordWrap(true);
    m_training->setAccessibleName(tr("Open the training workspace"));
    m_training->setAutoDefault(true);
    m_create->setAccessibleName(tr("Create a new case database"));
    m_open->setAccessibleName(tr("Open an existing database"));
    m_create->setDefault(true);
    m_create->setAutoDefault(true);
    m_open->setAutoDefault(true);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(m_messages);
    column->addSpacing(12);
    column->addWidget(m_create);
    column->addWidget(m_open);
    column->addSpacing(24);
    column->addWidget(trainingIntro);
    column->addWidget(m_training);
    column->addStretch(2);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    setTabOrder(m_create, m_open);
    setTabOrder(m_open, m_training);

    connect(m_create, &QPushButton::clicked, this, &StartWidget::createRequested);
    connect(m_open, &QPushButton::clicked, this, &StartWidget::openRequested);
    connect(m_training, &QPushButton::clicked, this, &StartWidget::trainingRequested);
}

} // namespace lantern
