// SPDX-License-Identifier: GPL-3.0-or-later
// RuleWords and the condition half of its writer: and, or, not, if, missing.
#include "explain/RuleWords.h"

#include "explain/RuleWriter.h"
#include "scoring/AssessmentText.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

// The words go through Qt's translation system (context "lantern::RuleWords"): the window shows
// them in the interface language, the command line (no translator) in English.

namespace lantern::explain {

QString RuleWords::describe(const QJsonValue& rule) const
{
    detail::RuleWriter writer(*this);
    QString text = writer.condition(rule, 0).text;
    if (text.size() > kMaxLength)
        text = text.left(kMaxLength - 1) + QChar(0x2026);
    return text;
}

QString RuleWords::variableTitle(const QString& name) const
{
    const auto quoted = [](const QString& text) -> QString {
        return QCoreApplication::translate("lantern::RuleWords", "\u201C%1\u201D", "a title quoted")
            .arg(text);
    };
    if (m_subject == RuleSubject::Elements) {
        const Element* element = m_checklist.element(name);
        QString title = element ? m_language.text(element->title) : quoted(name);
        const auto status = m_statuses.constFind(name);
        if (status != m_statuses.constEnd())
            title = QCoreApplication::translate(
                "lantern::RuleWords", "%1 (%2)", "an element and its status: Exploitation (met)")
                        .arg(title, statusInWords(*status));
        return title;
    }
    const Question* question = m_checklist.question(name);
    if (question && question->sensitive && m_hideSensitive)
        return QCoreApplication::translate("lantern::RuleWords", "a sensitive question");
    return quoted(question ? m_language.text(question->text) : name);
}

namespace detail {

namespace {

const QString kAnd = QStringLiteral("and");
const QString kOr = QStringLiteral("or");

QString ellipsis()
{
    return QString(QChar(0x2026));
}

QString never()
{
    return QCoreApplication::translate("lantern::RuleWords", "never");
}

} // namespace

QJsonArray RuleWriter::arguments(const QJsonValue& value)
{
    return value.isArray() ? value.toArray() : QJsonArray { value };
}

bool RuleWriter::spend(int depth)
{
    return depth <= RuleWords::kMaxDepth && ++m_parts <= RuleWords::kMaxParts;
}

Phrase RuleWriter::fallback(const QJsonValue& rule) const
{
    return single(compactJson(rule));
}

Phrase RuleWriter::condition(const QJsonValue& rule, int depth)
{
    if (!spend(depth))
        return single(ellipsis());
    if (rule.isBool())
        return single(rule.toBool() ? QCoreApplication::translate("lantern::RuleWords", "always") : never());
    if (rule.isNull())
        return single(never());
    if (!rule.isObject() || rule.toObject().size() != 1)
        return fallback(rule); // a list or data, not a rule
    const QJsonObject object = rule.toObject();
    const QString op = object.constBegin().key();
    const QJsonValue value = object.constBegin().value();
    const QJsonArray args = arguments(value);

    if (op == kAnd || op == kOr)
        return args.isEmpty() ? fallback(rule) : junction(op, args, depth);
    if (op == u"!")
        return negation(value, rule, depth);
    if (op == u"!!")
        return args.size() == 1 ? condition(args.at(0), depth + 1) : fallback(rule);
    if (op == u"var") {
        const std::optional<VarRef> var = varOf(rule);
        return var && !var->defaultValue ? variableCondition(*var) : fallback(rule);
    }
    if (op == u"==" || op == u"===" || op == u"!=" || op == u"!==" || op == u"<" || op == u"<=" || op == u">"
        || op == u">=")
        return comparison(op, args, rule, depth);
    if (op == u"in")
        return membership(args, rule, depth);
    if (op == u"missing" || op == u"missing_some")
        return missing(op, args, rule);
    if (op == u"if" || op == u"?:")
        return conditional(args, rule, depth);
    return fallback(rule);
}

Phrase RuleWriter::junction(const QString& op, const QJsonArray& args, int depth)
{
    if (args.size() == 1)
        return condition(args.at(0), depth + 1);
    if (std::optional<Phrase> shared = sharedMembership(op, args))
        return *shared;

    // {"and": [a, {"and": [b, c]}]} reads as "a and b and c".
    QList<QJsonValue> flat;
    QList<QJsonValue> pending(args.begin(), args.end());
    std::reverse(pending.begin(), pending.end());
    while (!pending.isEmpty() && flat.size() < RuleWords::kMaxParts) {
        const QJsonValue arg = pending.takeLast();
        const QJsonObject object = arg.toObject();
        if (object.size() == 1 && object.constBegin().key() == op && object.constBegin().value().isArray()
            && !object.constBegin().value().toArray().isEmpty() && spend(depth)) {
            const QJsonArray inner = object.constBegin().value().toArray();
            for (auto it = inner.end(); it != inner.begin();)
                pending.append(*--it);
        } else {
            flat.append(arg);
        }
    }

    const Phrase::Kind kind = op == kAnd ? Phrase::Kind::And : Phrase::Kind::Or;
    QList<Phrase> parts;
    int level = 0;
    for (const QJsonValue& arg : std::as_const(flat)) {
        Phrase part = condition(arg, depth + 1);
        if (part.level >= 2) {
            part = single(QLatin1Char('(') + part.text + QLatin1Char(')'));
        }
        level = std::max(level, part.level);
        parts.append(part);
        if (part.text == ellipsis())
            break; // out of budget: one "…" says the rest
    }
    // Separators, not sentences: a list of conditions of any length has no fixed word order.
    QString separator;
    if (level >= 1) {
        separator = kind == Phrase::Kind::And
            ? QCoreApplication::translate("lantern::RuleWords", ", and ", "between groups of conditions")
            : QCoreApplication::translate("lantern::RuleWords", "; or ", "between groups of conditions");
    } else {
        separator = kind == Phrase::Kind::And
            ? QCoreApplication::translate("lantern::RuleWords", " and ", "between conditions")
            : QCoreApplication::translate("lantern::RuleWords", " or ", "between conditions");
    }
    QStringList texts;
    for (const Phrase& part : std::as_const(parts))
        texts.append(part.text);
    return Phrase { texts.join(separator), kind, level + 1 };
}

Phrase RuleWriter::negation(const QJsonValue& value, const QJsonValue& rule, int depth)
{
    const QJsonArray args = arguments(value);
    if (args.size() != 1)
        return fallback(rule);
    const QJsonValue inner = args.at(0);
    const std::optional<VarRef> var = varOf(inner);
    if (var && !var->defaultValue) {
        const QString title = m_words.variableTitle(var->name);
        if (m_words.subject() == RuleSubject::Elements)
            return single(QCoreApplication::translate("lantern::RuleWords", "%1 is not met").arg(title));
        const Question* q = question(var->name);
        if (q && q->type == QuestionType::YesNo)
            return single(QCoreApplication::translate("lantern::RuleWords", "%1 is not yes").arg(title));
        if (q && q->type == QuestionType::Multi)
            return single(
                QCoreApplication::translate("lantern::RuleWords", "%1 has no option chosen").arg(title));
        return single(QCoreApplication::translate("lantern::RuleWords", "%1 is not answered").arg(title));
    }
    const Phrase phrase = condition(inner, depth + 1);
    if (phrase.kind == Phrase::Kind::Single)
        return single(QCoreApplication::translate("lantern::RuleWords", "not %1").arg(phrase.text));
    return single(QCoreApplication::translate("lantern::RuleWords", "not (%1)").arg(phrase.text));
}

Phrase RuleWriter::conditional(const QJsonArray& args, const QJsonValue& rule, int depth)
{
    // [cond1, then1, cond2, then2, ..., else]: an odd count of at least three.
    if (args.size() < 3 || args.size() % 2 == 0)
        return fallback(rule);
    QStringList parts;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString when = condition(args.at(i), depth + 1).text;
        const QString then = condition(args.at(i + 1), depth + 1).text;
        parts.append(i == 0
                ? QCoreApplication::translate("lantern::RuleWords", "if %1, then %2").arg(when, then)
                : QCoreApplication::translate("lantern::RuleWords", "else if %1, then %2").arg(when, then));
    }
    parts.append(QCoreApplication::translate("lantern::RuleWords", "otherwise %1")
                     .arg(condition(args.last(), depth + 1).text));
    return single(QLatin1Char('(') + parts.join(QStringLiteral("; ")) + QLatin1Char(')'));
}

Phrase RuleWriter::missing(const QString& op, const QJsonArray& args, const QJsonValue& rule)
{
    QJsonArray names = args;
    int needed = 0;
    if (op == u"missing_some") {
        if (args.size() != 2 || !args.at(0).isDouble() || !args.at(1).isArray())
            return fallback(rule);
        needed = args.at(0).toInt();
        names = args.at(1).toArray();
    } else if (!args.isEmpty() && args.at(0).isArray()) {
        names = args.at(0).toArray(); // {"missing": [["a", "b"]]} lists the names in one list
    }
    QStringList titles;
    for (const QJsonValue& name : names) {
        if (!name.isString())
            return fallback(rule);
        titles.append(m_words.variableTitle(name.toString()));
    }
    if (titles.isEmpty())
        return single(never());
    if (op == u"missing_some") {
        return single(QCoreApplication::translate("lantern::RuleWords", "fewer than %1 of %2 are answered")
                          .arg(QString::number(needed), titles.join(QStringLiteral(", "))));
    }
    if (titles.size() == 1)
        return single(
            QCoreApplication::translate("lantern::RuleWords", "%1 is unanswered").arg(titles.first()));
    return single(QCoreApplication::translate("lantern::RuleWords", "any of %1 is unanswered")
                      .arg(titles.join(QStringLiteral(", "))));
}

} // namespace detail
} // namespace lantern::explain
