// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/AssessmentPanel.h"

#include "interview/AssessmentHtml.h"
#include "scoring/AssessmentJson.h"

#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace lantern {

namespace {

void setIfChanged(QLabel* label, const QString& text)
{
    if (label->text() != text)
        label->setText(text);
}

} // namespace

AssessmentPanel::AssessmentPanel(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_statement(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_caption);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    for (QLabel* label : {m_headline, m_advice, m_statement}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(label);
    }
    m_statement->setForegroundRole(QPalette::PlaceholderText);
    m_details->setOpenLinks(false);
    layout->addWidget(m_details, 1);
    retranslate();
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1StringView("lantern-question"))
            Q_EMIT questionActivated(url.path());
    });
    clearAssessment();
}

void AssessmentPanel::retranslate()
{
    m_caption->setText(tr("Screening result"));
    m_headline->setAccessibleName(tr("Screening result"));
    m_advice->setAccessibleName(tr("Advice"));
    m_statement->setAccessibleName(tr("What this result means"));
    m_details->setAccessibleName(tr("Assessment details"));
    m_details->setAccessibleDescription(
        tr("Elements, the indicators counted and the open questions; Tab moves between question links"));
}

void AssessmentPanel::clearAssessment()
{
    m_headline->setText(tr("No case open"));
    m_advice->clear();
    m_statement->clear();
    m_html.clear();
    m_details->clear();
}

void AssessmentPanel::setAssessment(const Assessment& assessment, const Checklist& checklist, const InterviewText& text)
{
    if (assessment.outcomeId.isEmpty()) {
        setIfChanged(m_headline, tr("No result reached yet"));
        setIfChanged(m_advice, tr("Keep going at the person's pace; the open questions below could change the result."));
    } else {
        setIfChanged(m_headline, AssessmentHtml::outcomeTitle(checklist, text, assessment.outcomeProfileId, assessment.outcomeId));
        setIfChanged(m_advice, AssessmentHtml::outcomeAdvice(checklist, text, assessment));
    }
    setIfChanged(m_statement, resultStatement(checklist, text.language(), assessment.conditional));

    const QPalette& pal = palette();
    const QString html = AssessmentHtml(checklist, text, pal.color(QPalette::Link), pal.color(QPalette::PlaceholderText))
                             .render(assessment);
    // Same text, same document: skip the relayout entirely.
    if (html == m_html)
        return;
    m_html = html;
    const int scroll = m_details->verticalScrollBar()->value();
    m_details->setHtml(html);
    m_details->verticalScrollBar()->setValue(scroll);
}

} // namespace lantern
