// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "checklist/FieldReader.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>

namespace lantern {

/// Turns a parsed checklist document into the Checklist model, reporting every problem.
/// Internal to the loader. Reading happens in two passes: the first reads each part on its own
/// and records where ids and rules are used; the second (checkReferences) resolves those uses
/// once every id is known, so a reference to something defined later in the file is fine.
class ChecklistReader
{
public:
    explicit ChecklistReader(DiagnosticSink& sink) : m_sink(sink) { }

    /// Reads the whole document; the result is complete only when the sink holds no errors.
    Checklist read(const QJsonValue& root);

private:
    /// Which names a rule's variables must be.
    enum class RuleScope { Questions, Elements };

    struct RuleSite
    {
        QString pointer;
        QJsonValue rule;
        RuleScope scope;
    };

    struct QuestionRef
    {
        QString pointer;
        QString questionId;
        QList<QuestionType> allowedTypes;
        QString use; ///< how the trigger uses it, for the message
    };

    struct OptionRef
    {
        QString pointer;
        QString questionId;
        QJsonValue value;
    };

    struct IdRef
    {
        QString pointer;
        QString id;
    };

    /// One relevance rule and the question (or section) it guards, for the cycle check.
    struct RelevanceSite
    {
        QString pointer;
        QJsonValue rule;
        QString sectionId;
        QString questionId; ///< empty for a section's rule
    };

    void readHeader(FieldReader& top);
    void readTranslations(const QJsonValue& value, const QString& pointer);
    void readProvenance(const QJsonValue& value, const QString& pointer);
    std::optional<Citation> readCitation(FieldReader& owner);
    void readSections(const QJsonArray& array, const QString& pointer);
    Question readQuestion(const QJsonValue& value, const QString& pointer, const QString& sectionId);
    void readOptions(FieldReader& fields, Question& question);
    void readElements(const QJsonArray& array, const QString& pointer);
    Threshold readThreshold(const QJsonValue& value, const QString& pointer);
    QMap<CountKey, int> readAlternative(const QJsonValue& value, const QString& pointer);
    void readIndicators(const QJsonArray& array, const QString& pointer);
    Trigger readTrigger(const QJsonValue& value, const QString& pointer);
    void readProfiles(const QJsonArray& array, const QString& pointer);
    Outcome readOutcome(const QJsonValue& value, const QString& pointer, QHash<QString, QString>& seenIds);
    QJsonValue readRule(FieldReader& fields, const QString& key, RuleScope scope);
    LocalText text(FieldReader& fields, const QString& key);
    /// Records an id, reporting a duplicate of the same kind.
    void claimId(QHash<QString, QString>& seen, const QString& kind, const QString& id, const QString& pointer);

    // Second pass (ChecklistReferences.cpp).
    void checkReferences();
    void checkRule(const RuleSite& site);
    void checkRelevanceCycles();

    DiagnosticSink& m_sink;
    Checklist m_checklist;
    QStringList m_languages;
    QString m_defaultLanguage;

    QHash<QString, QString> m_sourceIds, m_sectionIds, m_questionIds, m_elementIds, m_indicatorIds, m_profileIds;
    QList<RuleSite> m_rules;
    QList<RelevanceSite> m_relevance;
    QList<QuestionRef> m_questionRefs;
    QList<OptionRef> m_optionRefs;
    QList<IdRef> m_elementRefs, m_profileRefs, m_sourceRefs;
    QSet<QString> m_untypedQuestions;
};

} // namespace lantern
