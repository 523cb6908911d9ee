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
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_trainingIntro(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_training(new QPushButton(this))
{
    setObjectName(QStringLiteral("start"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_trainingIntro->setWordWrap(true);
    m_training->setAutoDefault(true);
    m_create->setDefault(true);
    m_create->setAutoDefault(true);
    m_open->setAutoDefault(true);
    retranslate();

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addWidget(m_messages);
    column->addSpacing(12);
    column->addWidget(m_create);
    column->addWidget(m_open);
    column->addSpacing(24);
    column->addWidget(m_trainingIntro);
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

void StartWidget::retranslate()
{
    m_title->setText(tr("Welcome to Lantern"));
    m_intro->setText(tr("Lantern keeps screening cases in an encrypted database on this computer. "
                        "Nothing is sent anywhere. To begin, create a database protected by a "
                        "passphrase, or open one you already have."));
    m_trainingIntro->setText(tr("Trainers and workshop participants: the training workspace holds "
                                "fictional case studies only. It is not encrypted and is clearly "
                                "marked; never enter a real person's case there."));
    m_create->setText(tr("&Create a new case database…"));
    m_open->setText(tr("&Open an existing database…"));
    m_training->setText(tr("Open the &training workspace"));
    m_training->setAccessibleName(tr("Open the training workspace"));
    m_create->setAccessibleName(tr("Create a new case database"));
    m_open->setAccessibleName(tr("Open an existing database"));
}

} // namespace lantern
