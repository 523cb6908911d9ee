// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/CaseStudyWindow.h"

#include "shell/TrainingBanner.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString narrativeHtml(const CaseStudy& caseStudy)
{
    const QString language = QStringLiteral("en");
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i></p>")
                       .arg(caseStudy.title.text(language).toHtmlEscaped(), caseStudy.topic.text(language).toHtmlEscaped());
    const QStringList paragraphs = caseStudy.narrative.text(language).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.trimmed().toHtmlEscaped());
    return html;
}

} // namespace

CaseStudyWindow::CaseStudyWindow(const CaseStudy& caseStudy, QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Case study %1 — fictional").arg(caseStudy.code));
    setModal(false);
    m_text->setHtml(narrativeHtml(caseStudy));
    m_text->setAccessibleName(tr("Case study narrative"));
    QFont readable = m_text->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.2);
    m_text->setFont(readable);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new TrainingBanner(this));
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QString CaseStudyWindow::shownText() const
{
    return m_text->toPlainText();
}

} // namespace lantern
