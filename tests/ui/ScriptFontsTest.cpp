// SPDX-License-Identifier: GPL-3.0-or-later
// Every script of Lantern's users renders with real glyphs, on screen and in exported PDFs:
// each character of a sample sentence is drawn (no box), complex scripts are shaped (Thaana
// right to left with its marks, Indic and Khmer conjuncts and reordered vowel signs), and the
// PDF export embeds a font for each script. With LANTERN_SCREENSHOT_DIR set, also saves
// scripts.png for the docs.
#include "fonts/ScriptFonts.h"

#include "export/CaseReport.h"
#include "export/PdfReportWriter.h"
#include "fonts/FontCoverage.h"
#include "fonts/GsubScripts.h"
#include "fonts/NameTable.h"
#include "fonts/ScriptFontRepair.h"
#include "fonts/ScriptFontsWidget.h"
#include "fonts/ScriptSamples.h"
#include "TestData.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QLabel>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>

using namespace lantern;

namespace {

const QStringList kScriptIds { QStringLiteral("latin"), QStringLiteral("bengali"),
    QStringLiteral("devanagari"), QStringLiteral("khmer"), QStringLiteral("thai"), QStringLiteral("han"),
    QStringLiteral("kana"), QStringLiteral("hangul"), QStringLiteral("cyrillic"), QStringLiteral("thaana") };

ScriptSample sampleFor(const QString& id)
{
    for (const ScriptSample& sample : scriptSamples()) {
        if (sample.id == id)
            return sample;
    }
    ADD_FAILURE() << "no sample for script " << id.toStdString();
    return {};
}

// Fonts are set up once for the whole binary, as the application does at start.
const ScriptFontSetup& setup()
{
    static const ScriptFontSetup done = installScriptFonts();
    return done;
}

// The whole text laid out on one line in `font`.
struct Laidout
{
    explicit Laidout(const QString& text, const QFont& font)
        : layout(text, font)
    {
        layout.beginLayout();
        line = layout.createLine();
        layout.endLayout();
    }
    QTextLayout layout;
    QTextLine line;
};

std::string describe(const ScriptSample& sample, const QString& family)
{
    return QString(sample.name + QStringLiteral(" in font \"") + family + QStringLiteral("\"")).toStdString();
}

QString runCommand(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        ADD_FAILURE() << tool.toStdString() << " is missing: install poppler-utils (.ci/install-deps)";
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString() << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// "Noto Sans CJK JP" and the PostScript name "ABCDEF+NotoSansCJKjp-Regular" name the same font.
QString comparable(QString name)
{
    name = name.section(QLatin1Char('+'), -1).section(QLatin1Char('-'), 0, 0);
    name.remove(QLatin1Char(' '));
    return name.toLower();
}

} // namespace

TEST(ScriptFontsTest, SetupFindsEveryFontItNeeds)
{
    EXPECT_TRUE(setup().problems.isEmpty()) << setup().problems.join(QStringLiteral("; ")).toStdString();
    EXPECT_FALSE(installedThaanaFamilies().isEmpty()) << "no Thaana font: install fonts-noto-core";
    // Every repaired copy now lists Thaana, which is what Qt checks before it draws with it.
    for (const QString& family : setup().repairedFamilies) {
        const auto needed = ScriptFontRepair::needsRepair(family, "thaa");
        ASSERT_TRUE(needed.ok()) << needed.errorMessage().toStdString();
        EXPECT_FALSE(needed.value()) << family.toStdString();
    }
    // A second call (a second window, a test) registers nothing twice.
    EXPECT_TRUE(installScriptFonts().repairedFamilies.isEmpty());
}

TEST(ScriptFontsTest, SamplesCoverTheTenScriptsOfLanternsUsers)
{
    QStringList ids;
    for (const ScriptSample& sample : scriptSamples()) {
        ids.append(sample.id);
        // A few words (Thai, Chinese and Japanese put no spaces between them), not a letter or two.
        EXPECT_GE(sample.text.size(), 15) << sample.id.toStdString();
        EXPECT_EQ(sample.text.isRightToLeft(), sample.rightToLeft) << sample.id.toStdString();
    }
    EXPECT_EQ(ids, kScriptIds);
}

// The repaired Thaana font sits behind the usual fonts, never in front: Latin text and its
// punctuation keep the font they had (were it in front, it would draw the brackets).
TEST(ScriptFontsTest, LatinTextKeepsItsOwnFont)
{
    setup();
    const QString text = QStringLiteral(u"Case (LAKE-42): 3 answers, 1 “declined”; see notes.");
    for (const QFont& font : { QApplication::font(), QFont(QStringLiteral("sans-serif")),
             QFontDatabase::systemFont(QFontDatabase::FixedFont) }) {
        const QString own = QFontInfo(font).family();
        EXPECT_FALSE(setup().repairedFamilies.contains(own)) << font.family().toStdString();
        for (const RenderedCharacter& character : renderedCharacters(text, font)) {
            EXPECT_EQ(character.family, own) << font.family().toStdString() << ": "
                                             << describeCharacter(character.character).toStdString();
        }
    }
}

class ScriptRenderingTest : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override { setup(); }
};

// On screen: the application's default font (labels, editors, the checklist views).
TEST_P(ScriptRenderingTest, EveryCharacterIsDrawnOnScreen)
{
    const ScriptSample sample = sampleFor(GetParam());
    const QList<RenderedCharacter> rendered = renderedCharacters(sample.text, QApplication::font());
    ASSERT_FALSE(rendered.isEmpty());
    for (const RenderedCharacter& character : rendered) {
        const QString where = character.family.isEmpty()
            ? QStringLiteral("no installed font has it")
            : QStringLiteral("font \"%1\" has no glyph for it").arg(character.family);
        EXPECT_TRUE(character.drawn) << sample.name.toStdString() << ": "
                                     << describeCharacter(character.character).toStdString()
                                     << " is drawn as a box (" << where.toStdString() << ")";
    }
}

// The font the app selects for the script has a glyph for every character of the sentence
// (its own letters and marks, and the kanji among Japanese kana).
TEST_P(ScriptRenderingTest, TheSelectedFontHasEveryLetter)
{
    const ScriptSample sample = sampleFor(GetParam());
    const QString family = mainFamily(renderedCharacters(sample.text, QApplication::font()), sample.scripts);
    ASSERT_FALSE(family.isEmpty()) << sample.name.toStdString() << ": no font draws it";
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font);
    ASSERT_TRUE(raw.isValid()) << describe(sample, family);
    for (const char32_t character : sample.text.toUcs4()) {
        if (QChar::script(character) == QChar::Script_Common)
            continue; // spaces and punctuation may come from the default font
        EXPECT_TRUE(raw.supportsCharacter(character))
            << describe(sample, family) << " has no " << describeCharacter(character).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Scripts, ScriptRenderingTest, ::testing::ValuesIn(kScriptIds),
    [](const ::testing::TestParamInfo<QString>& script) { return script.param.toStdString(); });

TEST(ScriptFontsTest, ThaanaRunsRightToLeftWithItsVowelMarksOnTheLetters)
{
    setup();
    const ScriptSample sample = sampleFor(QStringLiteral("thaana"));
    ASSERT_TRUE(sample.text.isRightToLeft());
    const Laidout whole(sample.text, QApplication::font());
    // The first letter of the sentence stands at the right end of the line.
    EXPECT_GT(whole.line.cursorToX(0), whole.line.cursorToX(int(sample.text.size())));
    // The letters come from a font that has Thaana (not Qt's box font), right to left.
    int thaanaRuns = 0;
    for (const QGlyphRun& run : whole.layout.glyphRuns()) {
        const QString family = familyOf(run.rawFont());
        if (family.isEmpty() || !run.rawFont().supportsCharacter(char32_t(0x078C)))
            continue;
        ++thaanaRuns;
        EXPECT_TRUE(run.isRightToLeft()) << family.toStdString();
        EXPECT_FALSE(run.glyphIndexes().contains(0u)) << family.toStdString();
    }
    EXPECT_GE(thaanaRuns, 1) << "no font with Thaana letters draws the sentence";

    // A fili (vowel mark) sits on its letter and takes no room of its own: THAA with ABAFILI
    // is as wide as THAA alone. A box drawn for the mark would make it wider.
    const Laidout letter(QStringLiteral(u"ތ"), QApplication::font());
    const Laidout withFili(QStringLiteral(u"ތަ"), QApplication::font());
    EXPECT_GT(letter.line.naturalTextWidth(), 0);
    EXPECT_DOUBLE_EQ(withFili.line.naturalTextWidth(), letter.line.naturalTextWidth());
}

struct ShapingCase
{
    const char* script;
    QString conjunct; ///< consonant + virama/coeng + consonant: fewer glyphs than characters
    QString reordered; ///< consonant + a vowel sign written before it
    char32_t consonant; ///< the consonant of `reordered`
};

void PrintTo(const ShapingCase& shaping, std::ostream* os)
{
    *os << shaping.script;
}

class ShapingTest : public ::testing::TestWithParam<ShapingCase>
{
protected:
    void SetUp() override { setup(); }
};

TEST_P(ShapingTest, ConjunctsJoinAndVowelSignsMoveBeforeTheirConsonant)
{
    const ShapingCase& shaping = GetParam();
    const Laidout conjunct(shaping.conjunct, QApplication::font());
    const QList<QGlyphRun> conjunctRuns = conjunct.layout.glyphRuns();
    ASSERT_EQ(conjunctRuns.size(), 1) << shaping.script;
    const QString family = familyOf(conjunctRuns.first().rawFont());
    ASSERT_FALSE(family.isEmpty()) << shaping.script << ": no font has the letters";
    EXPECT_LT(conjunctRuns.first().glyphIndexes().size(), shaping.conjunct.size())
        << shaping.script << " conjunct not formed in font " << family.toStdString();
    EXPECT_FALSE(conjunctRuns.first().glyphIndexes().contains(0u)) << shaping.script;

    const Laidout reordered(shaping.reordered, QApplication::font());
    const QList<QGlyphRun> runs = reordered.layout.glyphRuns();
    ASSERT_EQ(runs.size(), 1) << shaping.script;
    const QRawFont raw = runs.first().rawFont();
    ASSERT_FALSE(familyOf(raw).isEmpty()) << shaping.script << ": no font has the letters";
    const QList<quint32> glyphs = runs.first().glyphIndexes();
    const QList<quint32> consonant = raw.glyphIndexesForString(QString::fromUcs4(&shaping.consonant, 1));
    ASSERT_EQ(glyphs.size(), 2) << shaping.script << " in font " << familyOf(raw).toStdString();
    ASSERT_EQ(consonant.size(), 1);
    EXPECT_NE(consonant.first(), 0u);
    EXPECT_EQ(glyphs.last(), consonant.first())
        << shaping.script << ": the vowel sign is not drawn before its consonant in font "
        << familyOf(raw).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Scripts, ShapingTest,
    ::testing::Values(ShapingCase { "Devanagari", QStringLiteral(u"क्ष"), QStringLiteral(u"कि"), 0x0915 },
        ShapingCase { "Bengali", QStringLiteral(u"ক্ষ"), QStringLiteral(u"কি"), 0x0995 },
        ShapingCase { "Khmer", QStringLiteral(u"ក្ន"), QStringLiteral(u"សេ"), 0x179F }),
    [](const ::testing::TestParamInfo<ShapingCase>& shaping) { return std::string(shaping.param.script); });

// The export path itself: a summary through PdfReportWriter (HTML laid out by QTextDocument,
// printed with QPdfWriter), then poppler reads the file back.
TEST(ScriptFontsTest, ExportedPdfEmbedsAFontForEveryScriptAndKeepsTheText)
{
    setup();
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    CaseReport report;
    report.language = QStringLiteral("en");
    report.exportedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    report.caseCode = QStringLiteral("FONTS-1");
    report.checklistTitle = QStringLiteral("Script check");
    for (const ScriptSample& sample : scriptSamples()) {
        ReportSection section;
        section.title = sample.name;
        section.answers.append({ sample.id, sample.text, QStringLiteral("yes"), {}, {}, false });
        report.sections.append(section);
    }
    const QString pdf = QDir(folder.path()).filePath(QStringLiteral("scripts.pdf"));
    const auto written = PdfReportWriter::write(report, pdf);
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();

    QStringList embedded;
    const QStringList lines = runCommand(QStringLiteral("pdffonts"), { pdf }).split(QLatin1Char('\n'));
    for (const QString& line : lines.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() >= 5 && line.contains(QStringLiteral(" yes ")))
            embedded.append(comparable(columns.first()));
    }
    const QString text = runCommand(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    // Poppler may hand back a compatibility form for a shared glyph (a Kangxi radical for a
    // CJK ideograph, "ﬁ" for "fi"); NFKC folds those into the characters written.
    QString flatText = text.normalized(QString::NormalizationForm_KC);
    flatText.remove(QRegularExpression(QStringLiteral("\\s")));

    // The summary asks for "sans-serif" (HtmlReportWriter's style sheet).
    const QFont documentFont(QStringLiteral("sans-serif"));
    for (const ScriptSample& sample : scriptSamples()) {
        const QList<RenderedCharacter> rendered = renderedCharacters(sample.text, documentFont);
        EXPECT_TRUE(missingCharacters(rendered).isEmpty()) << sample.name.toStdString();
        const QString family = mainFamily(rendered, sample.scripts);
        EXPECT_TRUE(embedded.contains(comparable(family)))
            << sample.name.toStdString() << ": font \"" << family.toStdString()
            << "\" is not embedded; the PDF has " << embedded.join(QStringLiteral(", ")).toStdString();
    }
    // Scripts whose glyphs map one to one onto characters come back out as the same text.
    for (const QString& id : { QStringLiteral("latin"), QStringLiteral("cyrillic"), QStringLiteral("thai"),
             QStringLiteral("han"), QStringLiteral("kana"), QStringLiteral("hangul") }) {
        QString sentence = sampleFor(id).text.normalized(QString::NormalizationForm_KC);
        sentence.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_TRUE(flatText.contains(sentence)) << id.toStdString() << " text is not in the PDF:\n"
                                                 << text.toStdString();
    }
}

TEST(ScriptFontsTest, WidgetShowsEveryScriptInRealGlyphs)
{
    setup();
    ScriptFontsWidget widget;
    widget.resize(980, 620);
    widget.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(widget.scriptsWithBoxes().isEmpty())
        << widget.scriptsWithBoxes().join(QStringLiteral(", ")).toStdString();
    for (const ScriptSample& sample : scriptSamples()) {
        const auto* text = widget.findChild<QLabel*>(sample.id);
        const auto* caption = widget.findChild<QLabel*>(sample.id + QStringLiteral("-caption"));
        ASSERT_NE(text, nullptr) << sample.id.toStdString();
        ASSERT_NE(caption, nullptr) << sample.id.toStdString();
        EXPECT_EQ(text->text(), sample.text);
        const QString family = mainFamily(renderedCharacters(sample.text, text->font()), sample.scripts);
        EXPECT_TRUE(caption->text().contains(family)) << caption->text().toStdString();
        EXPECT_EQ(text->layoutDirection(), sample.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    }
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(widget.grab().save(QDir(folder).filePath(QStringLiteral("scripts.png"))));
    }
}

TEST(ScriptFontsTest, DamagedFontTablesGiveAClearErrorNotACrash)
{
    const QByteArray truncated("\x00\x01\x00\x00\x00\x0A", 6);
    const auto listed = GsubScripts::lists(truncated, "thaa");
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.errorMessage(), QStringLiteral("the font's GSUB table is damaged"));
    EXPECT_FALSE(GsubScripts::withScript({}, "th").ok());

    const auto renamed = NameTable::renamed(
        QByteArray("\x00\x00\x00\x05\x00\x06", 6), QStringLiteral("X"), QStringLiteral("Regular"));
    ASSERT_FALSE(renamed.ok());
    EXPECT_EQ(renamed.errorMessage(), QStringLiteral("the font's name table is damaged"));
    EXPECT_FALSE(ScriptFontRepair::registerRepairedCopy(
        QStringLiteral("No Such Font Family"), "thaa", QStringLiteral("Lantern No Such Font Family"))
                     .ok());
}

TEST(ScriptFontsTest, AddedScriptIsListedInOrderAndRenamedFontKeepsItsOtherNames)
{
    auto gsub = GsubScripts::withScript({}, "thaa");
    ASSERT_TRUE(gsub.ok());
    EXPECT_FALSE(GsubScripts::lists(gsub.value(), "arab").value());
    auto both = GsubScripts::withScript(gsub.value(), "arab"); // sorts before "thaa"
    ASSERT_TRUE(both.ok());
    EXPECT_TRUE(GsubScripts::lists(both.value(), "arab").value());
    EXPECT_TRUE(GsubScripts::lists(both.value(), "thaa").value());
    EXPECT_EQ(GsubScripts::withScript(both.value(), "thaa").value(), both.value());

    QFont font(QStringLiteral("Noto Sans Thaana"));
    font.setStyleStrategy(QFont::NoFontMerging);
    const QByteArray name = QRawFont::fromFont(font).fontTable("name");
    ASSERT_FALSE(name.isEmpty()) << "Noto Sans Thaana is not installed";
    const auto renamed
        = NameTable::renamed(name, QStringLiteral("Lantern Test Thaana"), QStringLiteral("Regular"));
    ASSERT_TRUE(renamed.ok());
    EXPECT_EQ(NameTable::family(name), QStringLiteral("Noto Sans Thaana"));
    EXPECT_EQ(NameTable::family(renamed.value()), QStringLiteral("Lantern Test Thaana"));
    EXPECT_TRUE(renamed.value().contains(QByteArray("\0O\0p\0e\0n\0 \0F\0o\0n\0t", 18))) << "licence kept";
}

TEST(ScriptFontsTest, OnlyADhivehiTextSetsUpTheThaanaFontAndOnlyOnce)
{
    // The interview calls this with the languages it shows; only Dhivehi needs it. Another test
    // of this program may have shown Dhivehi already (the setup is once per process).
    if (!lantern::installScriptFontsFor({})) {
        EXPECT_FALSE(lantern::installScriptFontsFor({ QStringLiteral("en"), QStringLiteral("th") }));
    }
    EXPECT_TRUE(lantern::installScriptFontsFor({ QStringLiteral("en"), QStringLiteral("dv") }));
    EXPECT_TRUE(lantern::installScriptFontsFor({ QStringLiteral("en") })) << "already set up";
}
