// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/IntervieweeBlock.h"

#include "checklist/Checklist.h"
#include "i18n/Translations.h"
#include "interview/InterviewText.h"
#include "util/Catalogue.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lantern {

namespace {

QLabel* wrapped(const QString& text, qreal scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

IntervieweeBlock::IntervieweeBlock(const Question& question, const InterviewText& text, QWidget* parent)
    : QWidget(parent)
{
    const QString language = text.intervieweeLanguage();
    setObjectName(QStringLiteral("interviewee_") + question.id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    const qreal scale = qMax(100, text.layout().intervieweePercent) / 100.0;

    bool fallback = false;
    const QString questionText = text.intervieweeText(question.text, &fallback);
    m_question = wrapped(questionText, scale, this);
    m_question->setObjectName(QStringLiteral("intervieweeQuestion"));
    QFont bold = m_question->font();
    bold.setWeight(QFont::DemiBold);
    m_question->setFont(bold);
    QStringList options;
    if (question.type == QuestionType::YesNo) {
        // Not checklist texts: the interface's own words, from the interviewee's language catalogue.
        for (const char* word : {"Yes", "No", "Unknown"})
            options.append(QStringLiteral("•  ") + Catalogue(language).translate("lantern::AnswerStateBar", word));
    }
    for (const Option& option : question.options) {
        bool optionFallback = false;
        options.append(QStringLiteral("•  ") + text.intervieweeText(option.label, &optionFallback));
        fallback = fallback || optionFallback;
    }
    QString help;
    if (!question.help.isEmpty()) {
        bool helpFallback = false;
        help = text.intervieweeText(question.help, &helpFallback);
        fallback = fallback || helpFallback;
    }
    m_fallback = fallback;

    // The heading is in the caseworker's language: it is for the caseworker.
    QStringList heading{tr("For the interviewee · %1").arg(nativeLanguageName(language))};
    if (fallback)
        heading.append(tr("⚠ not all translated — some text in %1").arg(nativeLanguageName(text.fallbackLanguage())));
    else if (!text.intervieweeReviewed())
        heading.append(tr("draft translation, not reviewed"));
    auto* header = new QLabel(heading.join(QStringLiteral(" · ")), this);
    header->setObjectName(QStringLiteral("intervieweeHeading"));
    header->setWordWrap(true);
    header->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(header);

    // The interviewee's part follows its own direction (Thaana right to left), whatever the interface's.
    auto* body = new QWidget(this);
    body->setLayoutDirection(QLocale(language).textDirection());
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_question);
    if (!options.isEmpty())
        bodyLayout->addWidget(wrapped(options.join(u'\n'), scale * 0.9, body));
    if (!help.isEmpty()) {
        QLabel* helpLabel = wrapped(help, 1.0, body);
        helpLabel->setForegroundRole(QPalette::PlaceholderText);
        bodyLayout->addWidget(helpLabel);
    }
    layout->addWidget(body);
    setAccessibleName(tr("Question for the interviewee in %1: %2").arg(nativeLanguageName(language), questionText));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

} // namespace lantern
