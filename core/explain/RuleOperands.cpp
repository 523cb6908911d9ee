// SPDX-License-Identifier: GPL-3.0-or-later
// The value half of RuleWriter: variables, literals, comparisons, membership and arithmetic.
#include "explain/RuleWriter.h"
#include "explain/ThresholdWords.h"

#include <QStringList>

namespace lantern::explain::detail {

namespace {

QString quoted(const QString& text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

QString comparatorWords(const QString& op)
{
    if (op == u">")
        return QStringLiteral("is more than");
    if (op == u">=")
        return QStringLiteral("is at least");
    if (op == u"<")
        return QStringLiteral("is less than");
    if (op == u"<=")
        return QStringLiteral("is at most");
    if (op == u"!=" || op == u"!==")
        return QStringLiteral("is not");
    return QStringLiteral("is");
}

/// The comparison read from the other side: 18 < age is age > 18.
QString mirrored(const QString& op)
{
    if (op == u">")
        return QStringLiteral("<");
    if (op == u">=")
        return QStringLiteral("<=");
    if (op == u"<")
        return QStringLiteral(">");
    if (op == u"<=")
        return QStringLiteral(">=");
    return op;
}

} // namespace

std::optional<VarRef> RuleWriter::varOf(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (object.size() != 1 || object.constBegin().key() != u"var")
        return std::nullopt;
    const QJsonValue arg = object.constBegin().value();
    const QJsonArray args = arguments(arg);
    if (args.isEmpty() || args.size() > 2 || !args.at(0).isString() || args.at(0).toString().isEmpty())
        return std::nullopt; // "" (the whole data), a computed name, or too many arguments
    VarRef ref { args.at(0).toString(), std::nullopt };
    if (args.size() == 2)
        ref.defaultValue = args.at(1);
    return ref;
}

const Question* RuleWriter::question(const QString& varName) const
{
    return m_words.subject() == RuleSubject::Answers ? m_words.checklist().question(varName) : nullptr;
}

const Question* RuleWriter::questionOf(const QJsonValue& value) const
{
    const std::optional<VarRef> var = varOf(value);
    return var ? question(var->name) : nullptr;
}

QString RuleWriter::optionLabel(const Question* question, const QString& optionId) const
{
    if (question) {
        for (const Option& option : question->options) {
            if (option.id == optionId) // labels may hold commas: set each apart
                return QChar(0x2018) + m_words.language().text(option.label) + QChar(0x2019);
        }
    }
    return quoted(optionId);
}

QString RuleWriter::literal(const QJsonValue& value, const Question* context) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        if (context && context->type == QuestionType::YesNo)
            return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        if (m_words.subject() == RuleSubject::Elements)
            return value.toBool() ? QStringLiteral("met") : QStringLiteral("not met");
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberWords(value.toDouble());
    case QJsonValue::String:
        return optionLabel(context, value.toString());
    case QJsonValue::Null:
        return QStringLiteral("no answer");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isArray() || item.isObject())
                return compactJson(value);
            items.append(literal(item, context));
            if (items.size() > RuleWords::kMaxParts)
                break;
        }
        return items.isEmpty() ? QStringLiteral("nothing") : items.join(QStringLiteral(", "));
    }
    default:
        return compactJson(value);
    }
}

QString RuleWriter::operand(const QJsonValue& value, int depth, const Question* context)
{
    if (!spend(depth))
        return QString(QChar(0x2026));
    if (!value.isObject())
        return literal(value, context);
    const QJsonObject object = value.toObject();
    if (object.size() != 1)
        return compactJson(value);
    if (const std::optional<VarRef> var = varOf(value)) {
        QString title = m_words.variableTitle(var->name);
        if (var->defaultValue)
            title += QStringLiteral(" (or %1 when unanswered)")
                         .arg(literal(*var->defaultValue, question(var->name)));
        return title;
    }
    const QString op = object.constBegin().key();
    const QJsonArray args = arguments(object.constBegin().value());
    if (op == u"+" || op == u"-" || op == u"*" || op == u"/" || op == u"%" || op == u"max" || op == u"min")
        return arithmetic(op, args, value, depth);
    // A condition used as a value reads as that condition, set apart.
    const Phrase phrase = condition(value, depth + 1);
    return phrase.text.startsWith(QLatin1Char('{')) ? phrase.text
                                                    : QLatin1Char('(') + phrase.text + QLatin1Char(')');
}

QString RuleWriter::arithmetic(const QString& op, const QJsonArray& args, const QJsonValue& value, int depth)
{
    if (args.isEmpty() || ((op == u"/" || op == u"%") && args.size() != 2))
        return compactJson(value);
    QStringList parts;
    for (const QJsonValue& arg : args)
        parts.append(operand(arg, depth + 1));
    if (op == u"max")
        return QStringLiteral("the largest of ") + parts.join(QStringLiteral(", "));
    if (op == u"min")
        return QStringLiteral("the smallest of ") + parts.join(QStringLiteral(", "));
    if (parts.size() == 1)
        return op == u"-" ? QStringLiteral("minus ") + parts.first() : parts.first();
    return QLatin1Char('(') + parts.join(QLatin1Char(' ') + op + QLatin1Char(' ')) + QLatin1Char(')');
}

Phrase RuleWriter::variableCondition(const VarRef& var)
{
    const QString title = m_words.variableTitle(var.name);
    if (m_words.subject() == RuleSubject::Elements)
        return single(title);
    const Question* q = question(var.name);
    if (!q)
        return single(title + QStringLiteral(" is answered"));
    switch (q->type) {
    case QuestionType::YesNo:
        return single(title + QStringLiteral(" is yes"));
    case QuestionType::Multi:
        return single(title + QStringLiteral(" has an option chosen"));
    case QuestionType::Number:
        return single(title + QStringLiteral(" is a number other than 0"));
    default:
        return single(title + QStringLiteral(" is answered"));
    }
}

Phrase RuleWriter::comparison(const QString& op, const QJsonArray& args, const QJsonValue& rule, int depth)
{
    const bool between = (op == u"<" || op == u"<=") && args.size() == 3;
    if (args.size() != 2 && !between)
        return fallback(rule);
    if (between) {
        const Question* context = questionOf(args.at(1));
        const QString middle = operand(args.at(1), depth + 1, context);
        const QString low = operand(args.at(0), depth + 1, context);
        const QString high = operand(args.at(2), depth + 1, context);
        return single(op == u"<"
                ? QStringLiteral("%1 is more than %2 and less than %3").arg(middle, low, high)
                : QStringLiteral("%1 is from %2 to %3").arg(middle, low, high));
    }
    QJsonValue left = args.at(0);
    QJsonValue right = args.at(1);
    QString comparator = op;
    // Name the question first: "age is at least 18", not "18 is at most age".
    if (!varOf(left) && varOf(right)) {
        std::swap(left, right);
        comparator = mirrored(op);
    }
    const Question* context = questionOf(left);
    const bool equality
        = comparator == u"==" || comparator == u"===" || comparator == u"!=" || comparator == u"!==";
    const QString subject = operand(left, depth + 1, context);
    if (equality && right.isBool() && varOf(left) && m_words.subject() == RuleSubject::Elements) {
        const bool wantMet = right.toBool() == (comparator == u"==" || comparator == u"===");
        return single(subject + (wantMet ? QStringLiteral(" is met") : QStringLiteral(" is not met")));
    }
    return single(QStringLiteral("%1 %2 %3")
                      .arg(subject, comparatorWords(comparator), operand(right, depth + 1, context)));
}

Phrase RuleWriter::membership(const QJsonArray& args, const QJsonValue& rule, int depth)
{
    if (args.size() != 2)
        return fallback(rule);
    const QJsonValue needle = args.at(0);
    const QJsonValue haystack = args.at(1);
    if (const Question* list = questionOf(haystack); list && list->type == QuestionType::Multi)
        return single(QStringLiteral("%1 includes %2")
                          .arg(operand(haystack, depth + 1), operand(needle, depth + 1, list)));
    if (varOf(needle) && haystack.isArray()) {
        const Question* context = questionOf(needle);
        return single(
            QStringLiteral("%1 is one of %2").arg(operand(needle, depth + 1), literal(haystack, context)));
    }
    if (varOf(haystack) && needle.isString())
        return single(
            QStringLiteral("%1 contains %2").arg(operand(haystack, depth + 1), quoted(needle.toString())));
    return single(
        QStringLiteral("%1 is in %2").arg(operand(needle, depth + 1), operand(haystack, depth + 1)));
}

std::optional<Phrase> RuleWriter::sharedMembership(const QString& op, const QJsonArray& args) const
{
    // {"or": [{"in": ["a", {"var": "q"}]}, {"in": ["b", {"var": "q"}]}]}: "q includes any of A, B".
    QString varName;
    QStringList needles;
    for (const QJsonValue& arg : args) {
        const QJsonObject object = arg.toObject();
        if (object.size() != 1 || object.constBegin().key() != u"in")
            return std::nullopt;
        const QJsonArray in = object.constBegin().value().toArray();
        if (in.size() != 2 || !in.at(0).isString())
            return std::nullopt;
        const std::optional<VarRef> var = varOf(in.at(1));
        if (!var || var->defaultValue || (!varName.isEmpty() && var->name != varName))
            return std::nullopt;
        varName = var->name;
        needles.append(in.at(0).toString());
    }
    const Question* list = question(varName);
    if (!list || list->type != QuestionType::Multi || needles.size() < 2
        || needles.size() > RuleWords::kMaxParts)
        return std::nullopt;
    QStringList labels;
    for (const QString& needle : std::as_const(needles))
        labels.append(optionLabel(list, needle));
    const QString quantifier = op == u"and" ? QStringLiteral("all") : QStringLiteral("any");
    return Phrase { QStringLiteral("%1 includes %2 of %3")
                        .arg(m_words.variableTitle(varName), quantifier, labels.join(QStringLiteral(", "))),
        Phrase::Kind::Single, 0 };
}

} // namespace lantern::explain::detail
