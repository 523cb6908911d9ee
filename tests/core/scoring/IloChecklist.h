// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistBuilder.h"

namespace lantern::test {

// A small checklist shaped like the ILO/EC lists: an adult and a child profile chosen by age at
// exploitation, three elements with the ILO threshold, question ids naming their strength.
// Adult outcome: recruitment AND exploitation AND coercion; child: recruitment AND exploitation.

inline const char* const kRecruitmentQuestions[] = { "r_strong1", "r_strong2", "r_medium1", "r_medium2",
    "r_medium3", "r_weak1", "r_weak2", "r_weak3", "r_weak4", "r_weak5" };
inline const char* const kExploitationQuestions[] = { "e_strong", "e_medium1", "e_medium2", "e_weak" };
inline const char* const kCoercionQuestions[] = { "c_strong1", "c_strong2", "c_medium" };

inline Checklist iloChecklist()
{
    constexpr auto S = Strength::Strong;
    constexpr auto M = Strength::Medium;
    constexpr auto W = Strength::Weak;
    ChecklistBuilder builder;
    builder.section("about").question("age_at_exploitation", QuestionType::Number);
    builder.element("recruitment", iloThreshold(), "act")
        .element("exploitation", iloThreshold(), "purpose")
        .element("coercion", iloThreshold(), "means");
    builder.section("recruitment");
    for (const char* id : kRecruitmentQuestions) {
        const Strength strength = id[2] == 's' ? S : id[2] == 'm' ? M : W;
        builder.yesnoIndicator(id, "recruitment", { { "adult", strength }, { "child", strength } });
    }
    builder.section("exploitation")
        .yesnoIndicator("e_strong", "exploitation", { { "adult", S }, { "child", S } })
        .yesnoIndicator("e_medium1", "exploitation", { { "adult", M }, { "child", M } })
        .yesnoIndicator("e_medium2", "exploitation", { { "adult", M }, { "child", M } })
        .yesnoIndicator("e_weak", "exploitation", { { "adult", W }, { "child", M } });
    // Coercion is weighed by the adult list only: the child rule needs no means.
    builder.section("coercion")
        .yesnoIndicator("c_strong1", "coercion", { { "adult", S } })
        .yesnoIndicator("c_strong2", "coercion", { { "adult", S } })
        .yesnoIndicator("c_medium", "coercion", { { "adult", M } });
    builder.profile("adult", json(R"({">=": [{"var": "age_at_exploitation"}, 18]})"))
        .outcome("presumed", 3,
            json(R"({"and": [{"var": "recruitment"}, {"var": "exploitation"}, {"var": "coercion"}]})"))
        .outcome("exploitation_only", 1, json(R"({"var": "exploitation"})"))
        .outcome("none", 0, json("true"));
    builder.profile("child", json(R"({"<": [{"var": "age_at_exploitation"}, 18]})"))
        .outcome("presumed", 3, json(R"({"and": [{"var": "recruitment"}, {"var": "exploitation"}]})"))
        .outcome("exploitation_only", 1, json(R"({"var": "exploitation"})"))
        .outcome("none", 0, json("true"));
    return builder.build();
}

/// Answers "no" to every question in `ids`.
template<std::size_t N> Answers& allNo(Answers& answers, const char* const (&ids)[N])
{
    for (const char* id : ids)
        answers.no(id);
    return answers;
}

} // namespace lantern::test
