// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/SessionBar.h"

#include "storage/CaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace lantern {

namespace {

// Languages of the countries Lantern serves first; any other BCP 47 tag can be typed.
const char* const kRegionLanguages[] = {"en", "bn", "km", "zh", "hi", "ja", "ko", "dv", "mn", "ne", "fil", "th"};

} // namespace

SessionBar::SessionBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_interpreter(new QCheckBox(this))
    , m_language(new QComboBox(this))
    , m_toggle(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    m_toggle->setAutoDefault(false);
    layout->addWidget(m_toggle);
    layout->addWidget(m_interpreter);
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_language);
    layout->addWidget(m_status, 1);
    connect(m_toggle, &QPushButton::clicked, this, [this] { (void)toggle(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT languageChosen(chosenLanguage()); });
    connect(m_language->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_language->findText(m_language->currentText()) < 0)
            Q_EMIT languageChosen(chosenLanguage());
    });
    retranslate();
}

void SessionBar::retranslate()
{
    m_status->setAccessibleName(tr("Session status"));
    m_interpreter->setText(tr("&Interpreter used"));
    m_interpreter->setAccessibleName(tr("Interpreter used"));
    m_languageLabel->setText(tr("Interview &language:"));
    m_language->setAccessibleName(tr("Interview language"));
    m_language->setToolTip(tr("The language the interview is held in (a language code such as th)"));
    m_toggle->setAccessibleName(tr("Start or pause the interview session"));
    updateState();
}

void SessionBar::setCase(CaseStore* store, const CaseId& caseId, const QStringList& languages,
                         const QString& preferred)
{
    const QSignalBlocker quiet(m_language);
    m_store = store;
    m_caseId = caseId;
    m_interfaceLanguage = preferred;
    m_running = {};
    m_sessionCount = 0;
    m_language->clear();
    QStringList codes = languages;
    for (const char* code : kRegionLanguages) {
        if (!codes.contains(QLatin1StringView(code)))
            codes.append(QLatin1StringView(code));
    }
    for (const QString& code : std::as_const(codes)) {
        // The English name and the language's own, so either reader finds it: "Thai · ไทย (th)".
        const QLocale locale(code);
        const QString name = QLocale::languageToString(locale.language());
        const QString native = locale.nativeLanguageName();
        m_language->addItem(native.isEmpty() || native == name ? QStringLiteral("%1 (%2)").arg(name, code)
                                                               : QStringLiteral("%1 · %2 (%3)").arg(name, native, code),
                            code);
    }
    // Until a session says otherwise, the interview is in the caseworker's language.
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferred)));
    if (m_store) {
        Result<QList<Session>> sessions = m_store->sessions(caseId);
        if (sessions) {
            m_sessionCount = static_cast<int>(sessions->size());
            // A session left running (e.g. after a crash) is shown as running, so it can be paused.
            if (!sessions->isEmpty() && !sessions->last().end.isValid())
                m_running = sessions->last();
            if (!sessions->isEmpty())
                m_language->setCurrentIndex(qMax(0, m_language->findData(sessions->last().language)));
        } else {
            Q_EMIT failed(sessions.errorMessage());
        }
    }
    updateState();
}

Result<void> SessionBar::clearCase()
{
    Result<void> result;
    if (isRunning() && m_store)
        result = m_store->endSession(m_running.id);
    m_store = nullptr;
    m_caseId = {};
    m_running = {};
    m_sessionCount = 0;
    updateState();
    return result;
}

Result<void> SessionBar::toggle()
{
    if (!m_store)
        return Error{tr("Sessions cannot be recorded: no case database is open.")};
    if (isRunning()) {
        Result<void> ended = m_store->endSession(m_running.id);
        if (!ended) {
            Q_EMIT failed(ended.errorMessage());
            return ended;
        }
        m_running = {};
    } else {
        const QString language = chosenLanguage();
        Result<Session> started
            = m_store->startSession(m_caseId, m_interpreter->isChecked(), language, m_interfaceLanguage);
        if (!started) {
            Q_EMIT failed(started.errorMessage());
            return started.error();
        }
        m_running = started.value();
        ++m_sessionCount;
    }
    updateState();
    Q_EMIT sessionChanged();
    return {};
}

QString SessionBar::chosenLanguage() const
{
    // A listed language gives its code; anything typed is taken as a language code as is.
    const int listed = m_language->findText(m_language->currentText());
    return listed >= 0 ? m_language->itemData(listed).toString() : m_language->currentText().trimmed();
}

void SessionBar::updateState()
{
    const bool enabled = m_store != nullptr;
    m_toggle->setEnabled(enabled);
    m_interpreter->setEnabled(enabled && !isRunning());
    m_language->setEnabled(enabled && !isRunning());
    if (!enabled) {
        m_toggle->setText(tr("&Start session"));
        m_status->setText(tr("Sessions are not recorded for this view."));
    } else if (isRunning()) {
        m_toggle->setText(tr("&Pause session"));
        m_interpreter->setChecked(m_running.interpreterUsed);
        m_status->setText(tr("Session %1 running since %2")
                              .arg(m_sessionCount)
                              .arg(QLocale().toString(m_running.start.toLocalTime().time(), QLocale::ShortFormat)));
    } else {
        m_toggle->setText(m_sessionCount == 0 ? tr("&Start session") : tr("&Resume session"));
        m_status->setText(m_sessionCount == 0 ? tr("No session recorded yet.")
                                              : m_sessionCount == 1 ? tr("Paused — 1 session so far.")
                                                                    : tr("Paused — %1 sessions so far.").arg(m_sessionCount));
    }
}

} // namespace lantern
