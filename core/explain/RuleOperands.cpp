// SPDX-License-Identifier: GPL-3.0-or-later
// The value half of RuleWriter: variables, literals, comparisons, membership and arithmetic.
#include "explain/RuleWriter.h"
#include "explain/ThresholdWords.h"

#include <QCoreApplication>
#include <QStringList>

// The words go through Qt's translation system (context "lantern::RuleOperands"): the window shows
// them in the interface language, the command line (no translator) in English. Operator names are
// rule data and stay as they are.

namespace lantern::explain::detail {

namespace {

QString quoted(const QString& text)
{
    return QCoreApplication::translate("lantern::RuleOperands", "\u201C%1\u201D", "a value quoted").arg(text);
}

/// "age is at least 18": one whole sentence per comparison, so a language can reorder it.
QString comparisonWords(const QString& op, const QString& subject, const QString& value)
{
    if (op == u">")
        return QCoreApplication::translate("lantern::RuleOperands", "%1 is more than %2").arg(subject, value);
    if (op == u">=")
        return QCoreApplication::translate("lantern::RuleOperands", "%1 is at least %2").arg(subject, value);
    if (op == u"<")
        return QCoreApplication::translate("lantern::RuleOperands", "%1 is less than %2").arg(subject, value);
    if (op == u"<=")
        return QCoreApplication::translate("lantern::RuleOperands", "%1 is at most %2").arg(subject, value);
    if (op == u"!=" || op == u"!==")
        return QCoreApplication::translate("lantern::RuleOperands", "%1 is not %2").arg(subject, value);
    return QCoreApplication::translate("lantern::RuleOperands", "%1 is %2").arg(subject, value);
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
            if (option.id == optionId) { // labels may hold commas: set each apart
                return QCoreApplication::translate(
                    "lantern::RuleOperands", "\u2018%1\u2019", "an option label quoted")
                    .arg(m_words.language().text(option.label));
            }
        }
    }
    return quoted(optionId);
}

QString RuleWriter::literal(const QJsonValue& value, const Question* context) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        if (context && context->type == QuestionType::YesNo) {
            return value.toBool() ? QCoreApplication::translate("lantern::RuleOperands", "yes")
                                  : QCoreApplication::translate("lantern::RuleOperands", "no");
        }
        if (m_words.subject() == RuleSubject::Elements) {
            return value.toBool() ? QCoreApplication::translate("lantern::RuleOperands", "met")
                                  : QCoreApplication::translate("lantern::RuleOperands", "not met");
        }
        return value.toBool() ? QCoreApplication::translate("lantern::RuleOperands", "true")
                              : QCoreApplication::translate("lantern::RuleOperands", "false");
    case QJsonValue::Double:
        return numberWords(value.toDouble());
    case QJsonValue::String:
        return optionLabel(context, value.toString());
    case QJsonValue::Null:
        return QCoreApplication::translate("lantern::RuleOperands", "no answer");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isArray() || item.isObject())
                return compactJson(value);
            items.append(literal(item, context));
            if (items.size() > RuleWords::kMaxParts)
                break;
        }
        return items.isEmpty() ? QCoreApplication::translate("lantern::RuleOperands", "nothing")
                               : items.join(QStringLiteral(", "));
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
        if (var->defaultValue) {
            title = QCoreApplication::translate("lantern::RuleOperands", "%1 (or %2 when unanswered)")
                        .arg(title, literal(*var->defaultValue, question(var->name)));
        }
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
        return QCoreApplication::translate("lantern::RuleOperands", "the largest of %1")
            .arg(parts.join(QStringLiteral(", ")));
    if (op == u"min")
        return QCoreApplication::translate("lantern::RuleOperands", "the smallest of %1")
            .arg(parts.join(QStringLiteral(", ")));
    if (parts.size() == 1)
        return op == u"-"
            ? QCoreApplication::translate("lantern::RuleOperands", "minus %1").arg(parts.first())
            : parts.first();
    return QLatin1Char('(') + parts.join(QLatin1Char(' ') + op + QLatin1Char(' ')) + QLatin1Char(')');
}

Phrase RuleWriter::variableCondition(const VarRef& var)
{
    const QString title = m_words.variableTitle(var.name);
    if (m_words.subject() == RuleSubject::Elements)
        return single(title);
    const Question* q = question(var.name);
    switch (q ? q->type : QuestionType::Text) {
    case QuestionType::YesNo:
        return single(QCoreApplication::translate("lantern::RuleOperands", "%1 is yes").arg(title));
    case QuestionType::Multi:
        return single(
            QCoreApplication::translate("lantern::RuleOperands", "%1 has an option chosen").arg(title));
    case QuestionType::Number:
        return single(
            QCoreApplication::translate("lantern::RuleOperands", "%1 is a number other than 0").arg(title));
    default:
        return single(QCoreApplication::translate("lantern::RuleOperands", "%1 is answered").arg(title));
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
                ? QCoreApplication::translate("lantern::RuleOperands", "%1 is more than %2 and less than %3")
                      .arg(middle, low, high)
                : QCoreApplication::translate("lantern::RuleOperands", "%1 is from %2 to %3")
                      .arg(middle, low, high));
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
        return single(wantMet
                ? QCoreApplication::translate("lantern::RuleOperands", "%1 is met").arg(subject)
                : QCoreApplication::translate("lantern::RuleOperands", "%1 is not met").arg(subject));
    }
    return single(comparisonWords(comparator, subject, operand(right, depth + 1, context)));
}

Phrase RuleWriter::membership(const QJsonArray& args, const QJsonValue& rule, int depth)
{
    if (args.size() != 2)
        return fallback(rule);
    const QJsonValue needle = args.at(0);
    const QJsonValue haystack = args.at(1);
    if (const Question* list = questionOf(haystack); list && list->type == QuestionType::Multi)
        return single(QCoreApplication::translate("lantern::RuleOperands", "%1 includes %2")
                          .arg(operand(haystack, depth + 1), operand(needle, depth + 1, list)));
    if (varOf(needle) && haystack.isArray()) {
        const Question* context = questionOf(needle);
        return single(QCoreApplication::translate("lantern::RuleOperands", "%1 is one of %2")
                          .arg(operand(needle, depth + 1), literal(haystack, context)));
    }
    if (varOf(haystack) && needle.isString())
        return single(QCoreApplication::translate("lantern::RuleOperands", "%1 contains %2")
                          .arg(operand(haystack, depth + 1), quoted(needle.toString())));
    return single(QCoreApplication::translate("lantern::RuleOperands", "%1 is in %2")
                      .arg(operand(needle, depth + 1), operand(haystack, depth + 1)));
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
    const QString title = m_words.variableTitle(varName);
    const QString options = labels.join(QStringLiteral(", "));
    return Phrase { op == u"and"
            ? QCoreApplication::translate("lantern::RuleOperands", "%1 includes all of %2").arg(title, options)
            : QCoreApplication::translate("lantern::RuleOperands", "%1 includes any of %2").arg(title, options),
        Phrase::Kind::Single, 0 };
}

} // namespace lantern::explain::detail
