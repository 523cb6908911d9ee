// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/QuestionView.h"

#include "interview/AnswerEditor.h"
#include "interview/AnswerStateBar.h"
#include "interview/IntervieweeBlock.h"
#include "interview/NoteSourceEditor.h"
#include "interview/SaveIndicator.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QLabel* smallCaps(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setCapitalization(QFont::AllUppercase);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QuestionView::QuestionView(const Question& question, const InterviewText& text, int number, QWidget* parent)
    : QFrame(parent)
    , m_questionId(question.id)
{
    setObjectName(QStringLiteral("question_") + question.id);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);

    bool fallback = false;
    const QString questionText = text.text(question.text, &fallback);
    QStringList marks;
    if (question.required)
        marks.append(tr("required"));
    if (question.sensitive)
        marks.append(tr("sensitive — ask gently"));
    if (fallback)
        marks.append(tr("not translated"));
    auto* ask = smallCaps(marks.isEmpty() ? tr("Ask") : tr("Ask · %1").arg(marks.join(QStringLiteral(" · "))), this);

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("questionTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(QStringLiteral("<b>%1.</b> %2%3").arg(number).arg(escaped(questionText),
        question.required ? QStringLiteral(" <b title=\"%1\">*</b>").arg(tr("required")) : QString()));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.12);
    title->setFont(titleFont);
    setAccessibleName(question.required ? tr("Question %1: %2 (required)").arg(number).arg(questionText)
                                        : tr("Question %1: %2").arg(number).arg(questionText));

    if (text.isBilingual()) {
        // The caseworker's wording and the interviewee's, beside or above one another.
        m_interviewee = new IntervieweeBlock(question, text, this);
        auto* own = new QVBoxLayout;
        own->setSpacing(6);
        own->addWidget(ask);
        own->addWidget(title);
        own->addStretch(1);
        if (text.layout().stacked) {
            layout->addLayout(own);
            layout->addWidget(m_interviewee);
        } else {
            auto* row = new QHBoxLayout;
            row->setSpacing(12);
            row->addLayout(own, 1);
            row->addWidget(m_interviewee, 1);
            layout->addLayout(row);
        }
    } else {
        layout->addWidget(ask);
        layout->addWidget(title);
    }

    // What is for the interviewer only sits in a tinted box, apart from what is said aloud.
    QStringList forYou;
    if (!question.help.isEmpty())
        forYou.append(escaped(text.text(question.help)));
    if (!question.interviewerNote.isEmpty())
        forYou.append(QStringLiteral("<b>%1</b> ").arg(tr("Interviewer note:")) + escaped(text.text(question.interviewerNote)));
    if (question.constraint && !question.constraint->message.isEmpty())
        forYou.append(QStringLiteral("<b>%1</b> ").arg(tr("Accepted answers:")) + escaped(text.text(question.constraint->message)));
    if (!forYou.isEmpty())
        addForYouBox(forYou.join(QStringLiteral("<br>")));

    m_editor = AnswerEditor::create(question, text, this);
    if (m_editor) {
        layout->addWidget(m_editor);
        connect(m_editor, &AnswerEditor::valueCommitted, this, [this](const QJsonValue& value) {
            Answer answer = savedAnswer();
            answer.state = value.isNull() ? AnswerState::NotAsked : AnswerState::Answered;
            answer.value = value.isNull() ? QJsonValue() : value;
            request(answer, m_noteSource->source(), false);
        });
        connect(m_editor, &AnswerEditor::inputRejected, this, [this](const QString& message) {
            m_saveIndicator->showError(message);
        });
    }
    m_bar = new AnswerStateBar(question.type == QuestionType::YesNo, this);
    layout->addWidget(m_bar);
    connect(m_bar, &AnswerStateBar::chosen, this, [this](AnswerState state, const QJsonValue& value) {
        Answer answer = savedAnswer();
        answer.state = state;
        answer.value = state == AnswerState::Answered ? value : QJsonValue();
        request(answer, m_noteSource->source(), m_keyTriggered);
    });

    m_noteSource = new NoteSourceEditor(this);
    layout->addWidget(m_noteSource);
    connect(m_noteSource, &NoteSourceEditor::noteCommitted, this, [this](const QString& note) {
        Answer answer = savedAnswer();
        answer.note = note;
        request(answer, m_noteSource->source(), false);
    });
    connect(m_noteSource, &NoteSourceEditor::sourceChosen, this, [this](AnswerSource source) {
        request(savedAnswer(), source, false);
    });

    m_saveIndicator = new SaveIndicator(this);
    layout->addWidget(m_saveIndicator);
}

QLabel* QuestionView::addForYouBox(const QString& html)
{
    auto* box = new QLabel(this);
    box->setTextFormat(Qt::RichText);
    box->setWordWrap(true);
    box->setText(QStringLiteral("<span style=\"font-variant: small-caps;\"><b>%1</b></span> — ").arg(tr("For you")) + html);
    box->setAccessibleName(tr("For the interviewer"));
    box->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border-left: 3px solid palette(mid);"
                                      " padding: 6px; }"));
    static_cast<QVBoxLayout*>(layout())->addWidget(box);
    return box;
}

Answer QuestionView::savedAnswer() const
{
    return m_saved ? m_saved->answer : Answer{};
}

AnswerSource QuestionView::savedSource() const
{
    return m_saved ? m_saved->source : AnswerSource::SelfReport;
}

void QuestionView::request(Answer answer, AnswerSource source, bool byKey)
{
    Q_EMIT answerRequested(m_questionId, answer, source, byKey);
}

void QuestionView::setRecord(const AnswerRecord* record)
{
    if (record)
        m_saved = *record;
    else
        m_saved.reset();
    const Answer answer = savedAnswer();
    m_bar->setAnswer(record ? &answer : nullptr);
    if (m_editor)
        m_editor->setValue(answer.state == AnswerState::Answered ? answer.value : QJsonValue());
    m_noteSource->setSaved(answer.note, savedSource());
}

void QuestionView::showSaved(const QString& when)
{
    m_saveIndicator->showSaved(when);
}

void QuestionView::showError(const QString& message)
{
    const Answer answer = savedAnswer();
    m_bar->setAnswer(m_saved ? &answer : nullptr);
    if (m_editor && !m_editor->keepsInputOnError())
        m_editor->setValue(answer.state == AnswerState::Answered ? answer.value : QJsonValue());
    m_saveIndicator->showError(message);
}

void QuestionView::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

void QuestionView::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        Q_EMIT stepRequested(m_questionId, event->key() == Qt::Key_Down ? 1 : -1);
        event->accept();
        return;
    }
    // Plain letters only reach here from the view or its buttons: text fields consume them.
    if ((mods == Qt::NoModifier || mods == Qt::ShiftModifier) && !event->isAutoRepeat()) {
        m_keyTriggered = true;
        const bool handled = m_bar->triggerKey(event->key());
        m_keyTriggered = false;
        if (handled) {
            event->accept();
            return;
        }
    }
    QFrame::keyPressEvent(event);
}

void QuestionView::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!m_current)
        return;
    // A calm marker for "you are here": a bar in the highlight colour at the left edge.
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 4, height()), palette().color(QPalette::Highlight));
}

} // namespace lantern
