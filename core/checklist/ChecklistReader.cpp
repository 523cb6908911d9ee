// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lantern {

namespace {

const QString kFormat = QStringLiteral("lantern-checklist/1");

std::optional<QuestionType> questionTypeFromString(const QString& name)
{
    for (QuestionType type : {QuestionType::YesNo, QuestionType::Single, QuestionType::Multi, QuestionType::Text,
                              QuestionType::Number, QuestionType::Date}) {
        if (toString(type) == name)
            return type;
    }
    return std::nullopt;
}

} // namespace

Checklist ChecklistReader::read(const QJsonValue& root)
{
    static const QStringList kTopRequired = {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                     QStringLiteral("languages"), QStringLiteral("default_language"), QStringLiteral("provenance"),
                     QStringLiteral("sections"), QStringLiteral("elements"), QStringLiteral("indicators"),
                     QStringLiteral("profiles")};
    static const QStringList kTopOptional = {QStringLiteral("description"), QStringLiteral("result_statement")};
    FieldReader top(m_sink, root, QString(), kTopRequired, kTopOptional);
    if (!top.isObject())
        return {};
    readHeader(top);
    readProvenance(top.raw(QStringLiteral("provenance")), top.pointer(QStringLiteral("provenance")));
    readSections(top.array(QStringLiteral("sections"), true), top.pointer(QStringLiteral("sections")));
    readElements(top.array(QStringLiteral("elements"), true), top.pointer(QStringLiteral("elements")));
    readIndicators(top.array(QStringLiteral("indicators"), true), top.pointer(QStringLiteral("indicators")));
    readProfiles(top.array(QStringLiteral("profiles"), true), top.pointer(QStringLiteral("profiles")));
    m_checklist.reindex();
    checkReferences();
    return m_checklist;
}

void ChecklistReader::readHeader(FieldReader& top)
{
    m_checklist.format = top.string(QStringLiteral("format"));
    if (top.has(QStringLiteral("format")) && !m_checklist.format.isEmpty() && m_checklist.format != kFormat) {
        m_sink.error(top.pointer(QStringLiteral("format")),
                     QCoreApplication::translate("lantern::ChecklistReader", "unsupported format '%1'; this version of Lantern reads %2")
                         .arg(m_checklist.format, kFormat));
    }
    // A checklist id may also use '-', as file names and ids of published checklists often do.
    m_checklist.id = top.string(QStringLiteral("id"));
    static const QRegularExpression checklistId(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
    if (!m_checklist.id.isEmpty() && !checklistId.match(m_checklist.id).hasMatch()) {
        m_sink.error(top.pointer(QStringLiteral("id")),
                     QCoreApplication::translate("lantern::ChecklistReader", "invalid checklist id '%1': use lower-case letters, digits, '_' and '-', starting with a letter")
                         .arg(m_checklist.id));
        m_checklist.id.clear();
    }
    m_checklist.version = top.string(QStringLiteral("version"));
    static const QRegularExpression semver(QStringLiteral("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$"));
    if (!m_checklist.version.isEmpty() && !semver.match(m_checklist.version).hasMatch()) {
        m_sink.error(top.pointer(QStringLiteral("version")),
                     QCoreApplication::translate("lantern::ChecklistReader", "version '%1' is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0").arg(m_checklist.version));
    }

    const QJsonArray languages = top.array(QStringLiteral("languages"), true);
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QString at = appendPointer(top.pointer(QStringLiteral("languages")), i);
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
        const QString language = languages.at(i).toString();
        if (!languages.at(i).isString() || !code.match(language).hasMatch())
            m_sink.error(at, QCoreApplication::translate("lantern::ChecklistReader", "a language must be a code such as \"en\" or \"th\""));
        else if (m_languages.contains(language))
            m_sink.error(at, QCoreApplication::translate("lantern::ChecklistReader", "language '%1' is listed twice").arg(language));
        else
            m_languages.append(language);
    }
    m_checklist.languages = m_languages;
    m_defaultLanguage = top.string(QStringLiteral("default_language"));
    if (!m_defaultLanguage.isEmpty() && !m_languages.isEmpty() && !m_languages.contains(m_defaultLanguage)) {
        m_sink.error(top.pointer(QStringLiteral("default_language")),
                     QCoreApplication::translate("lantern::ChecklistReader", "default_language '%1' is not one of the languages (%2)")
                         .arg(m_defaultLanguage, m_languages.join(QStringLiteral(", "))));
        m_defaultLanguage.clear();
    }
    m_checklist.defaultLanguage = m_defaultLanguage;
    m_checklist.title = text(top, QStringLiteral("title"));
    m_checklist.description = text(top, QStringLiteral("description"));
    m_checklist.resultStatement = text(top, QStringLiteral("result_statement"));
}

LocalText ChecklistReader::text(FieldReader& fields, const QString& key)
{
    return fields.text(key, m_languages, m_defaultLanguage);
}

void ChecklistReader::claimId(QHash<QString, QString>& seen, const QString& kind, const QString& id,
                              const QString& pointer)
{
    if (id.isEmpty())
        return;
    const auto it = seen.constFind(id);
    if (it != seen.constEnd()) {
        m_sink.error(pointer, QCoreApplication::translate("lantern::ChecklistReader", "duplicate %1 id '%2'; first defined at {related}").arg(kind, id), *it);
        return;
    }
    seen.insert(id, pointer);
}

void ChecklistReader::readProvenance(const QJsonValue& value, const QString& pointer)
{
    if (value.isUndefined())
        return;
    static const QStringList kFieldsRequired = {QStringLiteral("sources"), QStringLiteral("verified")};
    static const QStringList kFieldsOptional = {QStringLiteral("notes"), QStringLiteral("translations")};
    FieldReader fields(m_sink, value, pointer, kFieldsRequired, kFieldsOptional);
    if (!fields.isObject())
        return;
    Provenance& provenance = m_checklist.provenance;
    provenance.verified = fields.boolean(QStringLiteral("verified"));
    provenance.notes = text(fields, QStringLiteral("notes"));
    const QJsonArray sources = fields.array(QStringLiteral("sources"), true);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString at = appendPointer(fields.pointer(QStringLiteral("sources")), i);
        static const QStringList kSourceRequired = {QStringLiteral("id"), QStringLiteral("title")};
        static const QStringList kSourceOptional = {QStringLiteral("url"), QStringLiteral("citation")};
        FieldReader source(m_sink, sources.at(i), at, kSourceRequired, kSourceOptional);
        if (!source.isObject())
            continue;
        Source entry{source.id(QStringLiteral("id")), source.string(QStringLiteral("title")),
                     source.string(QStringLiteral("url")), source.string(QStringLiteral("citation"))};
        claimId(m_sourceIds, QStringLiteral("source"), entry.id, source.pointer(QStringLiteral("id")));
        provenance.sources.append(entry);
    }
    readTranslations(fields.raw(QStringLiteral("translations")), fields.pointer(QStringLiteral("translations")));
}

void ChecklistReader::readTranslations(const QJsonValue& value, const QString& pointer)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        m_sink.error(pointer, QCoreApplication::translate("lantern::ChecklistReader", "'translations' must be an object keyed by language code"));
        return;
    }
    const QJsonObject byLanguage = value.toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        const QString at = appendPointer(pointer, it.key());
        if (!m_languages.contains(it.key())) {
            m_sink.errorAtKey(at, QCoreApplication::translate("lantern::ChecklistReader", "'%1' is not one of the checklist's languages").arg(it.key()));
            continue;
        }
        static const QStringList kRequired = {QStringLiteral("status")};
        static const QStringList kOptional = {QStringLiteral("reviewed_by"), QStringLiteral("note")};
        FieldReader fields(m_sink, it.value(), at, kRequired, kOptional);
        if (!fields.isObject())
            continue;
        const QString status = fields.string(QStringLiteral("status"));
        if (status.isEmpty())
            continue; // reported as missing or not a string
        if (status != QLatin1String("draft") && status != QLatin1String("reviewed")) {
            m_sink.error(fields.pointer(QStringLiteral("status")),
                         QCoreApplication::translate("lantern::ChecklistReader", "translation status must be \"draft\" or \"reviewed\", not \"%1\"").arg(status));
            continue;
        }
        m_checklist.provenance.translations.append(
            {it.key(), status == QLatin1String("reviewed"), fields.string(QStringLiteral("reviewed_by")),
             text(fields, QStringLiteral("note"))});
    }
}

std::optional<Citation> ChecklistReader::readCitation(FieldReader& owner)
{
    if (!owner.has(QStringLiteral("citation")))
        return std::nullopt;
    static const QStringList kFieldsRequired = {QStringLiteral("source")};
    static const QStringList kFieldsOptional = {QStringLiteral("locator"), QStringLiteral("verified"), QStringLiteral("note")};
    FieldReader fields(m_sink, owner.raw(QStringLiteral("citation")), owner.pointer(QStringLiteral("citation")), kFieldsRequired, kFieldsOptional);
    if (!fields.isObject())
        return std::nullopt;
    Citation citation;
    citation.source = fields.id(QStringLiteral("source"));
    citation.locator = fields.string(QStringLiteral("locator"));
    citation.verified = fields.boolean(QStringLiteral("verified"));
    citation.note = fields.string(QStringLiteral("note"));
    if (!citation.source.isEmpty())
        m_sourceRefs.append({fields.pointer(QStringLiteral("source")), citation.source});
    return citation;
}

QJsonValue ChecklistReader::readRule(FieldReader& fields, const QString& key, RuleScope scope)
{
    if (!fields.has(key))
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue rule = fields.raw(key);
    m_rules.append({fields.pointer(key), rule, scope});
    return rule;
}

void ChecklistReader::readSections(const QJsonArray& array, const QString& pointer)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = appendPointer(pointer, i);
        static const QStringList kFieldsRequired = {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("questions")};
        static const QStringList kFieldsOptional = {QStringLiteral("description"), QStringLiteral("phase"), QStringLiteral("relevant")};
        FieldReader fields(m_sink, array.at(i), at, kFieldsRequired, kFieldsOptional);
        if (!fields.isObject())
            continue;
        Section section;
        section.id = fields.id(QStringLiteral("id"));
        claimId(m_sectionIds, QStringLiteral("section"), section.id, fields.pointer(QStringLiteral("id")));
        section.title = text(fields, QStringLiteral("title"));
        section.description = text(fields, QStringLiteral("description"));
        section.phase = fields.string(QStringLiteral("phase"));
        section.relevant = readRule(fields, QStringLiteral("relevant"), RuleScope::Questions);
        if (fields.has(QStringLiteral("relevant")))
            m_relevance.append({fields.pointer(QStringLiteral("relevant")), section.relevant, section.id, QString()});
        const QJsonArray questions = fields.array(QStringLiteral("questions"), true);
        for (qsizetype q = 0; q < questions.size(); ++q)
            section.questions.append(readQuestion(questions.at(q), appendPointer(fields.pointer(QStringLiteral("questions")), q), section.id));
        m_checklist.sections.append(section);
    }
}

Question ChecklistReader::readQuestion(const QJsonValue& value, const QString& pointer, const QString& sectionId)
{
    Question question;
    question.sectionId = sectionId;
    static const QStringList kFieldsRequired = {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text")};
    static const QStringList kFieldsOptional = {QStringLiteral("help"), QStringLiteral("interviewer_note"), QStringLiteral("options"),
                        QStringLiteral("relevant"), QStringLiteral("required"), QStringLiteral("constraint"),
                        QStringLiteral("sensitive"), QStringLiteral("min"), QStringLiteral("max")};
    FieldReader fields(m_sink, value, pointer, kFieldsRequired, kFieldsOptional);
    if (!fields.isObject())
        return question;
    question.id = fields.id(QStringLiteral("id"));
    claimId(m_questionIds, QStringLiteral("question"), question.id, fields.pointer(QStringLiteral("id")));
    const QString typeName = fields.string(QStringLiteral("type"));
    const std::optional<QuestionType> type = questionTypeFromString(typeName);
    if (!typeName.isEmpty() && !type) {
        m_sink.error(fields.pointer(QStringLiteral("type")),
                     QCoreApplication::translate("lantern::ChecklistReader", "unknown question type '%1'; expected yesno, single, multi, text, number or date")
                         .arg(typeName));
    }
    question.type = type.value_or(QuestionType::Text);
    if (!type)
        m_untypedQuestions.insert(question.id); // already reported; spare the uses of it a second error
    question.text = text(fields, QStringLiteral("text"));
    question.help = text(fields, QStringLiteral("help"));
    question.interviewerNote = text(fields, QStringLiteral("interviewer_note"));
    question.required = fields.boolean(QStringLiteral("required"));
    question.sensitive = fields.boolean(QStringLiteral("sensitive"));
    question.relevant = readRule(fields, QStringLiteral("relevant"), RuleScope::Questions);
    if (fields.has(QStringLiteral("relevant")))
        m_relevance.append({fields.pointer(QStringLiteral("relevant")), question.relevant, sectionId, question.id});
    if (type)
        readOptions(fields, question);

    for (const QString& bound : {QStringLiteral("min"), QStringLiteral("max")}) {
        if (fields.has(bound) && type && *type != QuestionType::Number) {
            m_sink.errorAtKey(fields.pointer(bound), QCoreApplication::translate("lantern::ChecklistReader", "'%1' is only allowed on number questions").arg(bound));
            continue;
        }
        (bound == u"min" ? question.minimum : question.maximum) = fields.number(bound);
    }
    if (question.minimum && question.maximum && *question.minimum > *question.maximum)
        m_sink.error(fields.pointer(QStringLiteral("min")), QCoreApplication::translate("lantern::ChecklistReader", "'min' is greater than 'max'"));

    if (fields.has(QStringLiteral("constraint"))) {
        static const QStringList kConstraintRequired = {QStringLiteral("rule"), QStringLiteral("message")};
        FieldReader constraint(m_sink, fields.raw(QStringLiteral("constraint")), fields.pointer(QStringLiteral("constraint")), kConstraintRequired);
        if (constraint.isObject()) {
            const QJsonValue rule = readRule(constraint, QStringLiteral("rule"), RuleScope::Questions);
            question.constraint = Constraint{rule, text(constraint, QStringLiteral("message"))};
        }
    }
    return question;
}

void ChecklistReader::readOptions(FieldReader& fields, Question& question)
{
    const bool takesOptions = question.type == QuestionType::Single || question.type == QuestionType::Multi;
    if (!takesOptions) {
        if (fields.has(QStringLiteral("options")))
            m_sink.errorAtKey(fields.pointer(QStringLiteral("options")),
                              QCoreApplication::translate("lantern::ChecklistReader", "'options' is only allowed on single and multi questions"));
        return;
    }
    if (!fields.has(QStringLiteral("options"))) {
        m_sink.error(fields.pointer(), QCoreApplication::translate("lantern::ChecklistReader", "missing required field 'options' for a %1 question").arg(toString(question.type)));
        return;
    }
    const QJsonArray options = fields.array(QStringLiteral("options"), true);
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString at = appendPointer(fields.pointer(QStringLiteral("options")), i);
        static const QStringList kOptionRequired = {QStringLiteral("id"), QStringLiteral("label")};
        FieldReader option(m_sink, options.at(i), at, kOptionRequired);
        if (!option.isObject())
            continue;
        Option entry{option.id(QStringLiteral("id")), text(option, QStringLiteral("label"))};
        claimId(seen, QStringLiteral("option"), entry.id, option.pointer(QStringLiteral("id")));
        question.options.append(entry);
    }
}

} // namespace lantern
