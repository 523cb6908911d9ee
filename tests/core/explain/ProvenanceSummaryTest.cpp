// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ProvenanceSummary.h"

#include "ExplainTestSupport.h"

using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

namespace {

const UnverifiedItem* find(const ProvenanceSummary& summary, const QString& id)
{
    for (const UnverifiedItem& item : summary.unverified) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

TEST(ProvenanceSummaryTest, IdentificationListsEveryUnverifiedPart)
{
    const Checklist checklist = identification();
    const ProvenanceSummary summary = summarizeProvenance(checklist, ExplainLanguage::of(checklist));
    EXPECT_FALSE(summary.verified);
    ASSERT_EQ(summary.sources.size(), 5);
    EXPECT_TRUE(summary.sources.first().startsWith(
        QStringLiteral("ILO and European Commission, Operational indicators")));
    EXPECT_TRUE(summary.sources.first().contains(QStringLiteral("https://www.ilo.org/")));
    // The checklist itself, 6 elements, 17 indicators and 4 profiles are marked unverified.
    EXPECT_EQ(summary.unverified.size(), 1 + 6 + 17 + 4);
    ASSERT_FALSE(summary.unverified.isEmpty());
    EXPECT_EQ(summary.unverified.first().kind, UnverifiedItem::Kind::Checklist);
    EXPECT_TRUE(summary.unverified.first().note.contains(QStringLiteral("WCMS_105023")));
    const UnverifiedItem* indicator = find(summary, QStringLiteral("dr_job_or_place"));
    ASSERT_NE(indicator, nullptr);
    EXPECT_EQ(indicator->kind, UnverifiedItem::Kind::Indicator);
    EXPECT_TRUE(indicator->note.startsWith(QStringLiteral("One ILO/EC indicator asked as two questions")));
    EXPECT_TRUE(indicator->source.startsWith(QStringLiteral("ILO and European Commission")));
    EXPECT_EQ(find(summary, QStringLiteral("dr_pay")), nullptr); // no citation: nothing claimed
    const UnverifiedItem* child = find(summary, QStringLiteral("child_labour"));
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->locator, QStringLiteral("Art. 3(c)-(d)"));
}

TEST(ProvenanceSummaryTest, SyntheticChecklistVerifiedPartsAreLeftOut)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    const ProvenanceSummary summary = summarizeProvenance(checklist, ExplainLanguage::of(checklist));
    EXPECT_EQ(summary.sources,
        QStringList {
            QStringLiteral("An invented handbook \u2014 ch. 2 \u2014 https://example.org/handbook") });
    QStringList ids;
    for (const UnverifiedItem& item : summary.unverified)
        ids.append(kindWords(item.kind) + QLatin1Char(':') + item.id);
    EXPECT_EQ(ids,
        QStringList({ QStringLiteral("checklist:harbour"), QStringLiteral("element:pay"),
            QStringLiteral("indicator:i_hurt"), QStringLiteral("profile:crew") }));
    const QStringList lines = provenanceLines(summary);
    EXPECT_TRUE(lines.contains(
        QStringLiteral("- element Pay withheld (pay), source: An invented handbook, p. 4: Count guessed.")))
        << lines.join(QLatin1Char('\n')).toStdString();
}
