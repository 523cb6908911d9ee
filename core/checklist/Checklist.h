// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/LocalText.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lantern {

// The validated, immutable model of a checklist file (format "lantern-checklist/1").
// See docs/checklist-authoring.md and resources/schema/checklist.schema.json.
// A Checklist only ever exists after ChecklistLoader has validated it completely.

enum class QuestionType { YesNo, Single, Multi, Text, Number, Date };

enum class Strength { Strong, Medium, Weak };

/// Where a piece of the checklist comes from and whether it was checked against that source.
struct Citation
{
    QString source;  ///< id of an entry in Provenance::sources
    QString locator; ///< page, section or paragraph in the source
    bool verified = false;
    QString note;
};

struct Source
{
    QString id;
    QString title;
    QString url;
    QString citation;
};

/// Whether the texts in one language were reviewed by a native speaker, from the checklist's
/// `provenance.translations`. A declared language without an entry has not been reviewed.
struct TranslationStatus
{
    QString language;
    bool reviewed = false;
    QString reviewer; ///< who reviewed it (a name or an organisation); may be empty
    LocalText note;
};

struct Provenance
{
    QList<Source> sources;
    bool verified = false;
    LocalText notes;
    QList<TranslationStatus> translations;

    /// Whether the texts in `language` are the original or were reviewed: true for the
    /// checklist's default language and for a language marked "reviewed".
    bool isReviewed(const QString& language, const QString& defaultLanguage) const
    {
        if (language == defaultLanguage)
            return true;
        for (const TranslationStatus& status : translations) {
            if (status.language == language)
                return status.reviewed;
        }
        return false;
    }
};

struct Option
{
    QString id;
    LocalText label;
};

struct Constraint
{
    QJsonValue rule; ///< JsonLogic; true means the answer is acceptable
    LocalText message;
};

struct Question
{
    QString id;
    QString sectionId;
    QuestionType type = QuestionType::YesNo;
    LocalText text;
    LocalText help;
    LocalText interviewerNote;
    QList<Option> options;       ///< single and multi only
    QJsonValue relevant;         ///< JsonLogic rule, Undefined when always shown
    bool required = false;
    std::optional<Constraint> constraint;
    bool sensitive = false;
    std::optional<double> minimum; ///< number only
    std::optional<double> maximum; ///< number only
};

struct Section
{
    QString id;
    LocalText title;
    LocalText description;
    QString phase;       ///< free label, e.g. "recruitment"; used for grouping only
    QJsonValue relevant; ///< JsonLogic rule, Undefined when always shown
    QList<Question> questions;
};

/// What makes an indicator present.
struct Trigger
{
    enum class Kind {
        Yes,     ///< a yes/no question answered yes
        AnyOf,   ///< a single/multi/text question whose value (or one of whose values) is in `values`
        Range,   ///< a number question whose value lies in [minimum, maximum]
        Rule,    ///< a JsonLogic rule over the answers is true
    };
    Kind kind = Kind::Yes;
    QString question;    ///< Yes, AnyOf, Range
    QJsonArray values;   ///< AnyOf
    std::optional<double> minimum;
    std::optional<double> maximum;
    QJsonValue rule;     ///< Rule
};

struct Indicator
{
    QString id;
    LocalText title;
    QString element;
    Trigger trigger;
    QMap<QString, Strength> strengthByProfile; ///< absent profile: not an indicator there
    std::optional<Citation> citation;
};

/// Which counts a threshold alternative may ask for.
enum class CountKey { Strong, Medium, Weak, MediumOrWeak, StrongOrMedium, Any };

struct Threshold
{
    enum class Kind {
        AnyOf,    ///< met when any alternative's minimum counts are all reached
        Weighted, ///< met when the sum of weights of present indicators reaches minScore
    };
    Kind kind = Kind::AnyOf;
    QList<QMap<CountKey, int>> alternatives; ///< AnyOf; a plain count is [{Any: n}]
    QMap<Strength, double> weights;           ///< Weighted
    double minScore = 0;                      ///< Weighted
};

struct Element
{
    QString id;
    LocalText title;
    LocalText description;
    QString group; ///< "act", "means" or "purpose"; empty when the checklist does not use that grouping
    QString phase; ///< e.g. "recruitment", "destination"
    Threshold threshold;
    LocalText advice; ///< optional: what to do when the element is met, e.g. the referral a need calls for
    std::optional<Citation> citation;
};

struct Outcome
{
    QString id;
    int level = 0; ///< 0 = nothing found ... higher = more serious
    LocalText title;
    LocalText advice;
    QJsonValue rule; ///< JsonLogic over element ids (true = met)
};

struct Profile
{
    QString id;
    LocalText title;
    LocalText description;
    QJsonValue applies; ///< JsonLogic over answers; Undefined = always applies
    QList<Outcome> outcomes; ///< in order of precedence: the first met is the result
    std::optional<Citation> citation;
};

struct Checklist
{
    QString format;
    QString id;
    QString version;
    LocalText title;
    LocalText description;
    /// Optional: the sentence under every result, replacing the screening statement (for
    /// checklists that do not screen people, e.g. a campaign-readiness review).
    LocalText resultStatement;
    QStringList languages;
    QString defaultLanguage;
    Provenance provenance;
    QList<Section> sections;
    QList<Element> elements;
    QList<Indicator> indicators;
    QList<Profile> profiles;

    /// Lookup helpers; null when the id is unknown.
    const Question* question(const QString& questionId) const;
    const Section* section(const QString& sectionId) const;
    const Element* element(const QString& elementId) const;
    const Profile* profile(const QString& profileId) const;

    /// Rebuilds the id indexes; the loader calls it once the lists are final.
    void reindex();

    /// Hex SHA-256 of the checklist's canonical JSON bytes: its identity when a case pins it.
    /// Computed on first use and shared by copies, so loading and scoring do not pay for it.
    QByteArray sha256() const;
    /// The validated JSON text the identity is computed from (set by the loader); its canonical
    /// form (ChecklistLoader::canonicalBytes) is what gets hashed.
    void setSourceJson(QByteArray json);
    /// The validated JSON text set by the loader (empty for an identity set with setSha256()),
    /// so a case store can pin exactly what was loaded.
    QByteArray sourceJson() const;
    /// An identity already known, e.g. for a checklist read back from a case database.
    void setSha256(QByteArray hexSha256);

private:
    struct Identity;
    std::shared_ptr<Identity> m_identity;
    QHash<QString, QPair<qsizetype, qsizetype>> m_questionIndex; ///< id -> (section, question)
    QHash<QString, qsizetype> m_sectionIndex;
    QHash<QString, qsizetype> m_elementIndex;
    QHash<QString, qsizetype> m_profileIndex;
};

QString toString(QuestionType type);
QString toString(Strength strength);
std::optional<Strength> strengthFromString(const QString& name);

} // namespace lantern
