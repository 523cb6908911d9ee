// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseComparisonView.h"

#include "exercise/ExerciseElementTree.h"
#include "exercise/ExerciseReasoningHtml.h"
#include "shell/MessageBar.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A file name from a free label: letters, digits, '-' and '_' only, never empty.
QString fileNamePart(const QString& label)
{
    QString out;
    for (const QChar c : label.trimmed()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("participant") : out;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ExerciseComparisonView::ExerciseComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_chooser(&ExerciseExportFileDialog::choose)
    , m_messages(new MessageBar(this))
    , m_context(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_headline(new QLabel(this))
    , m_outcomes(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_elements(new ExerciseElementTree(this))
    , m_reasoning(new QTextBrowser(this))
    , m_export(new QPushButton(tr("&Export for the trainer\u2026"), this))
{
    setAccessibleName(tr("Exercise comparison"));
    auto* mark = new QLabel(tr("TRAINING \u2014 fictional case study"), this);
    mark->setObjectName(QStringLiteral("trainingMark"));
    mark->setStyleSheet(QStringLiteral("#trainingMark { border: 2px dashed #444; padding: 2px 8px; font-weight: bold; }"));
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setAccessibleName(tr("Outcome match"));
    QFont larger = m_outcomes->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_outcomes->setFont(larger);
    m_outcomes->setTextFormat(Qt::RichText);
    m_outcomes->setWordWrap(true);
    m_outcomes->setAccessibleName(tr("Both outcomes"));
    m_counts->setFont(larger);
    m_counts->setAccessibleName(tr("Indicators found, missed and added"));

    m_banner->setObjectName(QStringLiteral("outcomeBanner"));
    auto* bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 10, 14, 10);
    bannerLayout->addWidget(m_headline);
    bannerLayout->addWidget(m_outcomes);
    bannerLayout->addWidget(m_counts);

    m_reasoning->setOpenLinks(false);
    m_reasoning->setAccessibleName(tr("Reasoning"));

    auto* elementsPane = new QWidget(this);
    auto* elementsLayout = new QVBoxLayout(elementsPane);
    elementsLayout->setContentsMargins(0, 0, 0, 0);
    elementsLayout->addWidget(heading(tr("Element by element"), elementsPane));
    elementsLayout->addWidget(m_elements);
    auto* reasoningPane = new QWidget(this);
    auto* reasoningLayout = new QVBoxLayout(reasoningPane);
    reasoningLayout->setContentsMargins(0, 0, 0, 0);
    reasoningLayout->addWidget(heading(tr("Why \u2014 the reasoning"), reasoningPane));
    reasoningLayout->addWidget(m_reasoning);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(elementsPane);
    splitter->addWidget(reasoningPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_export->setAccessibleName(tr("Export for the trainer"));
    m_export->setToolTip(tr("Save this comparison as an HTML report, a CSV table or JSON for the trainer"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_context, 1);
    top->addWidget(mark, 0, Qt::AlignTop);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_export, &QPushButton::clicked, this, &ExerciseComparisonView::exportForTrainer);
    connect(m_elements, &QTreeWidget::currentItemChanged, this, &ExerciseComparisonView::showCurrentElementReasoning);
    m_export->setEnabled(false);
}

void ExerciseComparisonView::setComparison(
    const ExerciseComparison& comparison, const QString& caseStudyTitle, const QString& participantLabel)
{
    m_comparison = comparison;
    m_caseStudyTitle = caseStudyTitle;
    m_participantLabel = participantLabel;
    m_messages->clearMessage();

    m_context->setText(tr("Case study: <b>%1</b> \u00B7 Participant: <b>%2</b><br/>Checklist: %3, version %4")
                           .arg(esc(caseStudyTitle), esc(participantLabel), esc(comparison.checklistId),
                               esc(comparison.checklistVersion)));
    const bool matches = comparison.outcomeMatches();
    m_headline->setText(matches ? tr("\u2713 Your outcome matches the model answer")
                                : tr("\u2260 Your outcome differs from the model answer"));
    m_banner->setStyleSheet(matches ? QStringLiteral("#outcomeBanner { background: #e3f5e8; border: 2px solid #2f855a; border-radius: 6px; }")
                                : QStringLiteral("#outcomeBanner { background: #fff4d6; border: 2px solid #b7791f; border-radius: 6px; }"));

    const auto sideText = [](const OutcomeSide& side) {
        QString text = QStringLiteral("<b>") % esc(side.title) % QStringLiteral("</b>");
        if (!side.profileTitle.isEmpty())
            text += QStringLiteral(" (") % esc(side.profileTitle) % u')';
        if (side.conditional)
            text += QStringLiteral(" \u2014 ") % esc(tr("conditional: no profile surely applies"));
        return text;
    };
    QString outcomes = esc(tr("Model answer:")) % QStringLiteral(" ") % sideText(comparison.model) % QStringLiteral("<br/>")
        % esc(tr("Yours:")) % QStringLiteral(" ") % sideText(comparison.participant);
    if (!comparison.participant.possibleTitles.isEmpty()) {
        outcomes += QStringLiteral("<br/><i>")
            % esc(tr("Yours could still become %1 once the questions you left open are asked.")
                      .arg(comparison.participant.possibleTitles.join(tr(" or "))))
            % QStringLiteral("</i>");
    }
    m_outcomes->setText(outcomes);
    const VerdictCounts& counts = comparison.counts;
    m_counts->setText(tr("\u2713 %1 found  \u00B7  \u2717 %2 missed  \u00B7  + %3 added  \u2014  of the %4 indicators in the model answer")
                          .arg(counts.found)
                          .arg(counts.missed)
                          .arg(counts.added)
                          .arg(counts.found + counts.missed));

    m_elements->setComparison(comparison);
    m_reasoning->setHtml(ExerciseReasoningHtml::render(comparison));
    m_reasoning->moveCursor(QTextCursor::Start);
    m_export->setEnabled(true);
}

void ExerciseComparisonView::setExportChooser(ExerciseExportChooser chooser)
{
    m_chooser = std::move(chooser);
}

QString ExerciseComparisonView::suggestedFileName() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(fileNamePart(m_participantLabel) + QStringLiteral("-comparison.html"));
}

void ExerciseComparisonView::exportForTrainer()
{
    if (!m_chooser)
        return;
    const std::optional<ExerciseExportChoice> choice = m_chooser(this, suggestedFileName());
    if (!choice)
        return; // cancelled
    const ExerciseExportInfo info {m_participantLabel, m_caseStudyTitle, QDateTime::currentDateTimeUtc()};
    if (const auto written = exportExercise(choice->path, choice->format, m_comparison, info); !written) {
        m_messages->showMessage(
            tr("The comparison was not exported: %1").arg(written.errorMessage()), MessageBar::Kind::Error);
        return;
    }
    m_messages->showMessage(
        tr("Exported for the trainer: %1").arg(QDir::toNativeSeparators(choice->path)), MessageBar::Kind::Positive);
    Q_EMIT exported(choice->path);
}

void ExerciseComparisonView::showCurrentElementReasoning()
{
    if (const QTreeWidgetItem* item = m_elements->currentItem()) {
        const QString anchor = item->data(ExerciseElementTree::TitleColumn, ExerciseElementTree::AnchorRole).toString();
        if (!anchor.isEmpty())
            m_reasoning->scrollToAnchor(anchor);
    }
}

} // namespace lantern
