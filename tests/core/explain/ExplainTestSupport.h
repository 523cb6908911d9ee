// SPDX-License-Identifier: GPL-3.0-or-later
// Checklists for the explain tests: the bundled identification checklist, its answer sets, and
// small synthetic checklists written inline.
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/ChecklistLoader.h"
#include "scoring/Scorer.h"
#include "TestData.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

namespace lantern::test {

/// The bundled identification checklist, from the compiled-in resources.
inline Checklist identification()
{
    const ChecklistLoad load
        = ChecklistLoader::loadFile(QStringLiteral(":/lantern/checklists/identification.json"));
    EXPECT_TRUE(load.ok()) << (load.diagnostics.isEmpty()
            ? std::string()
            : load.diagnostics.first().toString().toStdString());
    return load.ok() ? *load.checklist : Checklist();
}

/// One of the answer sets in tests/data/answers/identification, e.g. "a-fishing-vessel-forced-labour".
inline AnswerSet identificationAnswers(const Checklist& checklist, const QString& name)
{
    const QJsonObject document = readJsonObject(
        dataPath(QStringLiteral("answers/identification/") + name + QStringLiteral(".json")));
    Result<AnswerSet> answers = AnswerSet::fromJson(document, checklist);
    EXPECT_TRUE(answers.ok()) << answers.errorMessage().toStdString();
    return answers.ok() ? answers.value() : AnswerSet();
}

/// A checklist loaded (and validated) from JSON text.
inline Checklist checklistFromJson(const char* json)
{
    const ChecklistLoad load = ChecklistLoader::loadBytes(QByteArray(json), QStringLiteral("synthetic.json"));
    EXPECT_TRUE(load.ok()) << (load.diagnostics.isEmpty()
            ? std::string()
            : load.diagnostics.first().toString().toStdString());
    return load.ok() ? *load.checklist : Checklist();
}

/// A JSON value from text (a rule, usually); undefined when the text is not JSON.
inline QJsonValue json(const char* text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return document.isArray() ? document.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

/// A fictional "harbour work" checklist exercising every threshold form, options, a sensitive
/// question, relevance and a Thai translation with gaps (English is the fallback).
inline const char* const kHarbourChecklist = R"json({
  "format": "lantern-checklist/1",
  "id": "harbour",
  "version": "0.1.0",
  "title": {"en": "Harbour work screening", "th": "การคัดกรองงานท่าเรือ"},
  "languages": ["en", "th"],
  "default_language": "en",
  "provenance": {
    "sources": [{"id": "made_up", "title": "An invented handbook", "citation": "ch. 2", "url": "https://example.org/handbook"}],
    "verified": false,
    "notes": {"en": "Invented for tests."}
  },
  "sections": [
    {"id": "about", "title": {"en": "About"}, "questions": [
      {"id": "age", "type": "number", "text": {"en": "How old are you?", "th": "คุณอายุเท่าไร"}, "min": 0, "max": 120},
      {"id": "role", "type": "single", "text": {"en": "What was your job?"},
       "options": [{"id": "deckhand", "label": {"en": "Deckhand"}}, {"id": "cook", "label": {"en": "Cook"}}, {"id": "net_mender", "label": {"en": "Net mender"}}]},
      {"id": "kinds", "type": "multi", "text": {"en": "Which boats?"},
       "options": [{"id": "trawler", "label": {"en": "Trawler"}}, {"id": "ferry", "label": {"en": "Ferry"}}]},
      {"id": "remarks", "type": "text", "text": {"en": "Anything else?"}}
    ]},
    {"id": "work", "title": {"en": "Work"}, "questions": [
      {"id": "unpaid", "type": "yesno", "text": {"en": "Were you left unpaid?"}},
      {"id": "hours", "type": "number", "text": {"en": "Hours per day?"}, "required": true},
      {"id": "hurt", "type": "yesno", "text": {"en": "Did someone hurt you?"}, "sensitive": true},
      {"id": "night", "type": "yesno", "text": {"en": "Did you work at night?"}, "relevant": {"==": [{"var": "unpaid"}, true]}}
    ]}
  ],
  "elements": [
    {"id": "pay", "title": {"en": "Pay withheld", "th": "ค่าจ้างถูกระงับ"}, "group": "purpose", "threshold": {"count": 2},
     "citation": {"source": "made_up", "locator": "p. 4", "verified": false, "note": "Count guessed."}},
    {"id": "force", "title": {"en": "Force"}, "group": "means",
     "threshold": {"weighted": {"strong": 3, "medium": 2, "weak": 1}, "min_score": 5},
     "citation": {"source": "made_up", "locator": "p. 5", "verified": true}},
    {"id": "mixed", "title": {"en": "Mixed"}, "group": "act",
     "threshold": {"any_of": [{"strong": 1, "any": 3}, {"strong_or_medium": 2, "weak": 1}]}}
  ],
  "indicators": [
    {"id": "i_unpaid", "title": {"en": "Unpaid"}, "element": "pay", "when": {"question": "unpaid"}, "strength": {"crew": "medium"}},
    {"id": "i_hours", "title": {"en": "Long days"}, "element": "pay", "when": {"question": "hours", "min": 14}, "strength": {"crew": "weak"}},
    {"id": "i_hurt", "title": {"en": "Hurt"}, "element": "force", "when": {"question": "hurt"}, "strength": {"crew": "strong"},
     "citation": {"source": "made_up", "locator": "p. 9", "verified": false, "note": "Strength not in the source."}},
    {"id": "i_role", "title": {"en": "Deck work"}, "element": "force", "when": {"question": "role", "any_of": ["deckhand", "net_mender"]}, "strength": {"crew": "medium"}},
    {"id": "i_night", "title": {"en": "Night work"}, "element": "mixed", "when": {"rule": {"and": [{"var": "night"}, {">": [{"var": "hours"}, 10]}]}}, "strength": {"crew": "strong", "cooks": "weak"}},
    {"id": "i_trawler", "title": {"en": "Trawler"}, "element": "mixed", "when": {"question": "kinds", "any_of": ["trawler"]}, "strength": {"crew": "weak"}}
  ],
  "profiles": [
    {"id": "crew", "title": {"en": "Crew"}, "applies": {"in": ["deckhand", {"var": "role"}]},
     "outcomes": [
       {"id": "serious", "level": 2, "title": {"en": "Serious"}, "advice": {"en": "Refer."}, "rule": {"and": [{"var": "pay"}, {"!": {"var": "force"}}]}},
       {"id": "some", "level": 1, "title": {"en": "Some"}, "advice": {"en": "Listen."}, "rule": {"or": [{"var": "pay"}, {"var": "mixed"}]}},
       {"id": "none", "level": 0, "title": {"en": "None"}, "advice": {"en": "Nothing."}, "rule": true}
     ],
     "citation": {"source": "made_up", "locator": "p. 1", "verified": false, "note": "Profile invented."}},
    {"id": "cooks", "title": {"en": "Cooks"}, "outcomes": [
       {"id": "none", "level": 0, "title": {"en": "None"}, "advice": {"en": "Nothing."}, "rule": true}]}
  ]
})json";

} // namespace lantern::test
