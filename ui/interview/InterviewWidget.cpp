// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/InterviewWidget.h"

#include "casework/CaseFile.h"
#include "interview/AnswerUndoCommand.h"
#include "interview/AssessmentPanel.h"
#include "fonts/ScriptFonts.h"
#include "i18n/Translations.h"
#include "interview/InterviewText.h"
#include "interview/QuestionPane.h"
#include "interview/QuestionView.h"
#include "interview/SaveIndicator.h"
#include "interview/SectionNavigator.h"
#include "interview/SessionBar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lantern {

struct InterviewWidget::Parts
{
    std::shared_ptr<CaseFile> caseFile;
    CaseStore* store = nullptr;
    InterviewText text;
    BilingualLayout layout;
    QUndoStack* undo = nullptr;
    SessionBar* sessions = nullptr;
    SaveIndicator* saveStatus = nullptr;
    SectionNavigator* navigator = nullptr;
    QuestionPane* pane = nullptr;
    AssessmentPanel* panel = nullptr;
    QString current;

    const AnswerRecord* record(const QString& questionId) const
    {
        for (const AnswerRecord& record : caseFile->answers().records) {
            if (record.questionId == questionId)
                return &record;
        }
        return nullptr;
    }
};

InterviewWidget::InterviewWidget(QWidget* parent)
    : QWidget(parent)
    , m_parts(std::make_unique<Parts>())
{
    Parts& p = *m_parts;
    p.undo = new QUndoStack(this);
    p.sessions = new SessionBar(this);
    p.saveStatus = new SaveIndicator(this);
    p.navigator = new SectionNavigator(this);
    p.pane = new QuestionPane(this);
    p.panel = new AssessmentPanel(this);
    setAccessibleName(tr("Interview"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* top = new QHBoxLayout;
    top->addWidget(p.sessions, 1);
    top->addWidget(p.saveStatus);
    layout->addLayout(top);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(p.navigator);
    splitter->addWidget(p.pane);
    splitter->addWidget(p.panel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({220, 640, 420});
    layout->addWidget(splitter, 1);
    // Tab order follows reading order: sessions, sections, questions, assessment.
    setTabOrder(p.sessions, p.navigator);
    setTabOrder(p.navigator, p.pane);
    setTabOrder(p.pane, p.panel);

    connect(p.navigator, &SectionNavigator::sectionChosen, this, [this](int index) { m_parts->pane->showSection(index); });
    connect(p.panel, &AssessmentPanel::questionActivated, this, &InterviewWidget::showQuestion);
    connect(p.sessions, &SessionBar::failed, this, [this](const QString& message) {
        m_parts->saveStatus->showError(message);
        Q_EMIT saveFailed(message);
    });
    connect(p.sessions, &SessionBar::sessionChanged, this, &InterviewWidget::caseChanged);
    connect(p.sessions, &SessionBar::languageChosen, this, [this] { rebuildViews(); });
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    for (QShortcut* shortcut : {next, previous})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { moveSection(1); });
    connect(previous, &QShortcut::activated, this, [this] { moveSection(-1); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { trackFocus(now); });
}

InterviewWidget::~InterviewWidget()
{
    // Children outlive m_parts (QWidget deletes them later): cut every path from their signals
    // (and the application's focus signal) back into this widget's state first.
    disconnect(qApp, nullptr, this, nullptr);
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
    m_parts->undo->clear();
}

std::shared_ptr<CaseFile> InterviewWidget::caseFile() const
{
    return m_parts->caseFile;
}

QUndoStack* InterviewWidget::undoStack() const
{
    return m_parts->undo;
}

QString InterviewWidget::currentQuestionId() const
{
    return m_parts->current;
}

void InterviewWidget::dropViews()
{
    Parts& p = *m_parts;
    // Leaving a field commits what was typed in it (never lose an answer), while the case is open.
    if (QWidget* focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    for (QuestionView* view : p.pane->findChildren<QuestionView*>())
        disconnect(view, nullptr, this, nullptr);
    p.pane->clearViews();
    p.navigator->clear();
    p.current.clear();
}

void InterviewWidget::clear()
{
    Parts& p = *m_parts;
    dropViews();
    const Result<void> ended = p.sessions->clearCase();
    if (!ended)
        Q_EMIT saveFailed(ended.errorMessage());
    p.undo->clear();
    p.panel->clearAssessment();
    p.saveStatus->showIdle();
    p.caseFile.reset();
    p.store = nullptr;
}

void InterviewWidget::setCase(std::shared_ptr<CaseFile> caseFile, CaseStore* store)
{
    clear();
    if (!caseFile)
        return;
    Parts& p = *m_parts;
    p.caseFile = std::move(caseFile);
    p.store = store;
    const Checklist& checklist = p.caseFile->checklist();
    p.sessions->setCase(store, p.caseFile->info().id, checklist.languages, caseworkerLanguage(checklist));
    buildViews();
    refresh();
    p.navigator->selectSection(0);
    p.pane->showSection(0);
    for (const QString& id : p.pane->order()) {
        if (p.caseFile->assessment().relevance.isShownNow(id)) {
            p.current = id;
            p.pane->view(id)->setCurrent(true);
            break;
        }
    }
}

QString InterviewWidget::caseworkerLanguage(const Checklist& checklist)
{
    // The interface language when the checklist has it, else the checklist's own default.
    const QString language = checklistLanguageCode(interfaceLanguage());
    return checklist.languages.contains(language) ? language : checklist.defaultLanguage;
}

void InterviewWidget::setBilingualLayout(const BilingualLayout& layout)
{
    if (m_parts->layout.stacked == layout.stacked && m_parts->layout.intervieweePercent == layout.intervieweePercent)
        return;
    m_parts->layout = layout;
    rebuildViews();
}

void InterviewWidget::retranslate()
{
    setAccessibleName(tr("Interview"));
    m_parts->sessions->retranslate();
    m_parts->panel->retranslate();
    if (!m_parts->caseFile)
        m_parts->panel->clearAssessment();
    rebuildViews();
}

void InterviewWidget::buildViews()
{
    Parts& p = *m_parts;
    const Checklist& checklist = p.caseFile->checklist();
    p.text = InterviewText(caseworkerLanguage(checklist), checklist.defaultLanguage, p.sessions->chosenLanguage());
    p.text.setIntervieweeReviewed(
        checklist.provenance.isReviewed(p.text.intervieweeLanguage(), checklist.defaultLanguage));
    p.text.setLayout(p.layout);
    // Scripts whose fonts need setting up first (Thaana) are set up once, when first shown.
    installScriptFontsFor({p.text.language(), p.text.intervieweeLanguage()});
    p.navigator->setSections(checklist, p.text);
    p.pane->build(checklist, p.text);
    for (const QString& id : p.pane->order()) {
        QuestionView* view = p.pane->view(id);
        view->setRecord(p.record(id));
        connect(view, &QuestionView::answerRequested, this,
                [this](const QString& questionId, const Answer& answer, AnswerSource source, bool byKey) {
                    if (applyAnswer(questionId, answer, source, true) && byKey)
                        focusNextQuestion(questionId);
                });
        connect(view, &QuestionView::stepRequested, this, [this](const QString& questionId, int delta) {
            if (delta > 0) {
                focusNextQuestion(questionId);
                return;
            }
            const QStringList& order = m_parts->pane->order();
            const Relevance& relevance = m_parts->caseFile->assessment().relevance;
            for (qsizetype i = order.indexOf(questionId) - 1; i >= 0; --i) {
                if (relevance.isShownNow(order.at(i))) {
                    showQuestion(order.at(i));
                    return;
                }
            }
        });
    }
}

void InterviewWidget::rebuildViews()
{
    Parts& p = *m_parts;
    if (!p.caseFile)
        return;
    const QString current = p.current;
    dropViews(); // commits what is being typed first: nothing typed is lost by the rebuild
    buildViews();
    refresh();
    if (p.pane->view(current) && p.caseFile->assessment().relevance.isShownNow(current)) {
        showQuestion(current);
    } else {
        p.navigator->selectSection(0);
        p.pane->showSection(0);
    }
}

bool InterviewWidget::applyAnswer(const QString& questionId, const Answer& answer, AnswerSource source, bool recordUndo)
{
    Parts& p = *m_parts;
    QuestionView* view = p.pane->view(questionId);
    if (!p.caseFile || !view)
        return false;
    const AnswerRecord* previous = p.record(questionId);
    const Answer before = previous ? previous->answer : Answer{};
    const AnswerSource beforeSource = previous ? previous->source : AnswerSource::SelfReport;
    if (previous && sameValue(before, answer) && before.note == answer.note && beforeSource == source)
        return true; // nothing changed: no save, no audit entry, no undo step

    Result<AnswerRecord> saved = p.caseFile->setAnswer(questionId, answer, source, p.sessions->runningSession());
    if (!saved) {
        view->showError(saved.errorMessage());
        p.saveStatus->showError(saved.errorMessage());
        Q_EMIT saveFailed(saved.errorMessage());
        return false;
    }
    view->setRecord(&saved.value());
    const QString when = QLocale().toString(saved->time.toLocalTime().time(), QLocale::ShortFormat);
    view->showSaved(when);
    p.saveStatus->showSaved(when);
    if (recordUndo) {
        const Question* question = p.caseFile->checklist().question(questionId);
        const QString label = InterviewText::elided(question ? p.text.text(question->text) : questionId, 40);
        // The command holds a pointer to this widget's state only through the lambda; the stack
        // is cleared (and the commands deleted) before that state goes.
        p.undo->push(new AnswerUndoCommand(questionId, before, beforeSource, answer, source,
            [this](const QString& id, const Answer& value, AnswerSource from) {
                const bool ok = applyAnswer(id, value, from, false);
                showQuestion(id);
                return ok;
            },
            label));
    }
    refresh();
    Q_EMIT answerSaved(questionId);
    Q_EMIT caseChanged();
    return true;
}

void InterviewWidget::refresh()
{
    Parts& p = *m_parts;
    if (!p.caseFile)
        return;
    const Assessment& assessment = p.caseFile->assessment();
    const Checklist& checklist = p.caseFile->checklist();
    p.pane->applyRelevance(assessment.relevance);
    for (qsizetype s = 0; s < checklist.sections.size(); ++s) {
        int answered = 0;
        int shown = 0;
        for (const Question& question : checklist.sections.at(s).questions) {
            if (!assessment.relevance.isShownNow(question.id))
                continue;
            ++shown;
            const Answer* answer = p.caseFile->answers().answers.find(question.id);
            // "Not asked" is recorded but is not an answer.
            if (answer && answer->state != AnswerState::NotAsked)
                ++answered;
        }
        p.navigator->setProgress(static_cast<int>(s), answered, shown);
    }
    p.panel->setAssessment(assessment, checklist, p.text);
}

void InterviewWidget::showQuestion(const QString& id)
{
    Parts& p = *m_parts;
    QuestionView* view = p.pane->view(id);
    if (!p.caseFile || !view || !p.caseFile->assessment().relevance.isShownNow(id))
        return;
    p.navigator->selectSection(p.pane->sectionOf(id));
    p.pane->reveal(view);
    trackFocus(view);
}

void InterviewWidget::moveSection(int delta)
{
    Parts& p = *m_parts;
    if (!p.caseFile)
        return;
    const Relevance& relevance = p.caseFile->assessment().relevance;
    const QList<Section>& sections = p.caseFile->checklist().sections;
    for (qsizetype s = p.pane->currentIndex() + delta; s >= 0 && s < sections.size(); s += delta) {
        for (const Question& question : sections.at(s).questions) {
            if (relevance.isShownNow(question.id)) {
                showQuestion(question.id);
                return;
            }
        }
    }
}

void InterviewWidget::focusNextQuestion(const QString& fromId)
{
    Parts& p = *m_parts;
    const QStringList& order = p.pane->order();
    const Relevance& relevance = p.caseFile->assessment().relevance;
    for (qsizetype i = order.indexOf(fromId) + 1; i > 0 && i < order.size(); ++i) {
        if (relevance.isShownNow(order.at(i))) {
            showQuestion(order.at(i));
            return;
        }
    }
}

void InterviewWidget::trackFocus(QWidget* now)
{
    Parts& p = *m_parts;
    for (QWidget* widget = now; widget && widget != this; widget = widget->parentWidget()) {
        auto* view = qobject_cast<QuestionView*>(widget);
        if (!view)
            continue;
        if (view->questionId() == p.current)
            return;
        if (QuestionView* old = p.pane->view(p.current))
            old->setCurrent(false);
        p.current = view->questionId();
        view->setCurrent(true);
        p.navigator->selectSection(p.pane->sectionOf(p.current));
        return;
    }
}

} // namespace lantern
