// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "scoring/Relevance.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern::scoring {

enum class Truth { True, False, Unknown };

/// A rule over answers, judged three-valued.
struct RuleVerdict
{
    Truth truth = Truth::Unknown;
    bool now = false; ///< truthiness on the answers as they stand (only when asked for)
    QStringList reads; ///< the question ids the rule reads, in order of first use
    QStringList deciding; ///< when Unknown: the open questions that could decide it
    QString error; ///< set when JsonLogic refused the rule (never for a validated checklist)
};

/// Judges rules over answers soundly: True or False only when no open answer can change the
/// value, Unknown otherwise. Internal to scoring; one instance per assess() call.
///
/// An open question the rule reads is replaced in turn by every value it could still take
/// (yes/no and single-choice options, or "absent" since it may yet be not applicable or hidden);
/// if every combination agrees, the verdict is definitive. Free-form values (numbers, text,
/// multi) cannot be enumerated; then `and`, `or`, `!` and `!!` are judged from their operands
/// (three-valued), and any other sub-rule reading such an open question is Unknown. So
/// `{"and": [a, b]}` with a = no and b open is False, and `{"!": {"var": "a"}}` with a open is
/// Unknown, never True: a missing answer is not "no".
class RuleEvaluator
{
public:
    /// `data` is mutated during enumeration and restored before each call returns.
    RuleEvaluator(const Checklist& checklist, const AnswerSet& answers,
        const QHash<QString, QuestionVisibility>& visibility, QJsonObject& data);

    /// The distinct variable roots a rule reads, in order of first use.
    static QStringList readsOf(const QJsonValue& rule);

    /// Judges `rule`, whose roots `reads` came from readsOf(rule). With `wantNow`, also
    /// evaluates it once on the data as it stands (for what the interview shows).
    RuleVerdict evaluate(const QJsonValue& rule, const QStringList& reads, bool wantNow = false);
    RuleVerdict evaluate(const QJsonValue& rule, bool wantNow = false)
    {
        return evaluate(rule, readsOf(rule), wantNow);
    }

private:
    struct OpenQuestion
    {
        QString id;
        QList<QJsonValue> candidates; ///< Undefined stands for "absent"
        bool enumerable = true;
    };

    /// The open questions among `reads`, and whether their values can all be tried.
    struct OpenSet
    {
        QList<OpenQuestion> questions;
        QStringList deciding;
        qsizetype combinations = 1;
        bool enumerable = true;
    };

    struct Judgement
    {
        Truth truth = Truth::Unknown;
        QStringList deciding;
    };

    OpenSet openQuestions(const QStringList& reads) const;
    bool classify(const QString& questionId, OpenQuestion& open, QStringList& deciding) const;
    Judgement enumerate(const QJsonValue& rule, const OpenSet& open, QString& error);
    Judgement judgeParts(const QJsonValue& rule, int depth, QString& error);
    bool evaluateOnData(const QJsonValue& rule, QString& error) const;
    void setValue(const QString& questionId, const QJsonValue& value);

    const Checklist& m_checklist;
    const AnswerSet& m_answers;
    const QHash<QString, QuestionVisibility>& m_visibility;
    QJsonObject& m_data;
};

} // namespace lantern::scoring
