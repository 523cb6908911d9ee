<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="dv">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">ހުޅުވިފައި</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">ވަޒަންކުރެވިފައި</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">ރިފަރކުރެވިފައި</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ބަންދުކުރެވިފައި</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">އަދި ވަޒަންނުކުރެވޭ</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">ނަތީޖާގެ ލެވެލް %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (ޑިފޯލްޓް)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">އައިޑީ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">ވަރޝަން</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ބަސްތައް</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ފޯމެޓް</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ފައިލް</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (Lantern އާއެކު ލިބޭ)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">ޔަޤީންކޮށްފައި</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">އާނ</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">ނޫން — އަޞްލު ބަލާ</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 ބައި، %2 ސުވާލު (%3 ހަސާސް)، %4 ނިޝާނު، %5 އެލެމެންޓު، %6 ޕްރޮފައިލް.</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">އެލެމެންޓުތަކާއި ކޮންމެ އެލެމެންޓެއް ފުރިހަމަވާ ގޮތް</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">މިތާނގައި އެއްވެސް ނިޝާނެއް ނުގުނޭ</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">ގުނަނީ: ވަރުގަދަ %1، މެދުމިނުގެ %2، ބަލި %3</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">ނަތީޖާތައް، ތަރުތީބުން ބަލާ ގޮތަށް</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">ލެވެލް %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">މަސްދަރުތަކާ އަޅާކިޔައި ޔަޤީންކޮށްފައިވާ ކަމަށް ފާހަގަކޮށްފައި.</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">ޔަޤީންކޮށްފައި ނުވޭ: މި ޗެކްލިސްޓުގެ ބައެއް ބައިތައް އަދިވެސް މަސްދަރުތަކާ އަޅާކިޔައި ބަލަން ޖެހޭ.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">މަސްދަރުތައް</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">ޔަޤީންނުކުރެވޭ ކަމަށް އެއްވެސް އެއްޗެއް ފާހަގަކޮށްފައި ނެތް.</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">އަދިވެސް ޔަޤީންނުކުރެވި (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">މުޅިއެކު: މަތީގައިވާ ނޯޓުތައް ބަލާ.</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">ތަމްރީނުދޭ މީހާއަށް HTML ރިޕޯޓު (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV ޓޭބަލް، ކޮންމެ ނިޝާނަކަށް އެއް ރޯ (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON، އަޅާކިޔުނު ހުރިހާ އެއްޗެއް (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">އަޅާކިޔުން ތަމްރީނުދޭ މީހާއަށް އެކްސްޕޯޓްކުރޭ</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">ޖުމްލަ</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު: %1؛ ތިބާގެ: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">ތަފާތު ޖަވާބުތައް</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">ތިބާ ދީފައިވަނީ ނަމޫނާ ޖަވާބާ އެއް ޖަވާބުތަކެވެ.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">ސުވާލު</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">ތިބާގެ</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(ޖަވާބު ނުދީ)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">ޕާސްފްރޭޒެއް ހޮވާ: ހަނދާން ހުންނާނެ ގިނަ ބަސްތަކެއް ޖަހަން ފަސޭހަ، އަދި ހީކޮށްގެން ހޯދަން ދަތި.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">މާ ކުރު: މަދުވެގެން %1 އަކުރު ބޭނުންކުރޭ.</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">ބަލި: މިއީ ހީކޮށްގެން ހޯދިދާނެ އެއްޗެއް. އިތުރު ބަސްތަކެއް އިތުރުކުރޭ.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">މެދުމިން: ބަލައިގަނެވޭނެ، ނަމަވެސް އިތުރު ބަހެއް ދެބަހެއް އިތުރުކުރިއްޔާ ވަރަށް ވަރުގަދަވާނެ.</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">ވަރުގަދަ: މިއީ ހީކޮށްގެން ހޯދަން ވަރަށް ދިގު ވަގުތު ނަގާނެ އެއްޗެއް.</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">ހަސާސް ސުވާލަކުން އަހާފައި، މިތާނގައި ނުދައްކާ</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">ހަސާސް 1 ސުވާލު، މިތާނގައި ނުދައްކާ</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">ހަސާސް %1 ސުވާލު، މިތާނގައި ނުދައްކާ</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">މި ޕްރޮފައިލްގައި 1 ނިޝާނު</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">މި ޕްރޮފައިލްގައި %1 ނިޝާނު</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">%3 ނިޝާނުގެ ތެރެއިން %1–%2</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">ވަރުގަދަ ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">މެދުމިނުގެ ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">ބަލި ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">މި ޕްރޮފައިލްގައި އޭގެ އެއްވެސް ނިޝާނެއް ނުގުނޭ.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">ނިންމާ ގޮތް</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">ފުރިހަމަވަނީ މިއިން ކޮންމެވެސް އެއްޗެއް ފެނުމުން</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">މިސާލު ޖަވާބެއް ނެތް: މި ސްޓެޕުގައި ދައްކަނީ ޤަވާޢިދު އެކަނި.</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">މިސާލު ޖަވާބުތައް</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">%1 އާއެކު</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">ފެނުނު ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">އެއްވެސް ނުފެނުނު</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>%n އަދިވެސް ހުޅުވާލެވިފައި: </numerusform>
            <numerusform>%n އަދިވެސް ހުޅުވާލެވިފައި: </numerusform>
            <numerusform>%n އަދިވެސް ހުޅުވާލެވިފައި: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; އަދި އިތުރު %n</numerusform>
            <numerusform>; އަދި އިތުރު %n</numerusform>
            <numerusform>; އަދި އިތުރު %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">ޙައްދާ އަޅާކިޔުމުން</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">ފެނުނީ: ވަރުގަދަ %1، މެދުމިނުގެ %2، ބަލި %3</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">މި ޕްރޮފައިލްގައި އޭގެ އެއްވެސް ނިޝާނެއް ނުގުނޭ.</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">ޕޮއިންޓް: ބޭނުންވާ %2 ގެ ތެރެއިން %1</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — ހަމަވެއްޖެ</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — %2 ބޭނުންވޭ</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: ކަނޑައެޅިފައި ނުވާ — ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކުން އަދިވެސް ނިންމިދާނެ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">%2 ނަތީޖާގެ ތެރެއިން %1 ވަނަ · ލެވެލް %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">ޤަވާޢިދު</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">ބަލާ އެލެމެންޓުތައް</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">ނުބޭނުންވި: މީގެ ކުރީގެ ނަތީޖާއެއް ހަމަވެއްޖެ. %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">ނަތީޖާއަކީ މިއީ. %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">ނަތީޖާތައް ބަލަނީ ތަރުތީބުންނެވެ؛ ފުރަތަމަ ހަމަވާ ނަތީޖާއަކީ ނިމުނު ނަތީޖާއެވެ.</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">“%1” ޗެކްލިސްޓުގައި ޕްރެޒެންޓްކުރާނެ “%2” ޕްރޮފައިލެއް ނެތް.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · ވަރޝަން %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">މި ޕްރޮފައިލް ހެދިފައިވަނީ ކާކަށް</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">ބަލާ ކަންތައްތައް، ތަރުތީބުން</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">ހައްލުކޮށްފައިވާ މިސާލު: %1 — މި ޕްރޮފައިލް ގުޅޭ</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">ހައްލުކޮށްފައިވާ މިސާލު: %1 — މި ޕްރޮފައިލް ނުގުޅޭ، ނަމަވެސް އެއާއެކު ދައްކާފައި</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">ހައްލުކޮށްފައިވާ މިސާލު: %1 — މި ޕްރޮފައިލް ގުޅިދާނެ (ބަރޯސާވާ ޖަވާބެއް އަދި ނުލިބޭ)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">ސްކްރީނިންގއަށް އެހީވާ އެއްޗެއް، ޙުކުމެއް ނޫން: ފެނުނު ނިޝާނުތަކާއި، ރަސްމީ ދެނެގަތުމަށް ރިފަރކުރަންވީތޯ މިއިން ދައްކައެވެ.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">ނަތީޖާ: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">ހަމަވި: ލެވެލް %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">ކުރަންވީ ކަންތައް</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">ނަތީޖާ: އަދި އެއްވެސް ނަތީޖާއެއް ހަމަނުވޭ</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">މިސާލު ޖަވާބުތަކުން އެއްވެސް ނަތީޖާއެއް ހަމަނުވޭ</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">އަދިވެސް ވެދާނެ</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">މި ޕްރޮފައިލް މިސާލު ޖަވާބުތަކާ ނުގުޅޭ؛ ނަތީޖާއިން ދައްކަނީ އޭގެ ޤަވާޢިދުތަކުން އެ ޖަވާބުތައް ބަލާނެ ގޮތް.</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">މި ޕްރޮފައިލް ގުޅޭތޯ ބަރޯސާވަނީ އަދި ނުލިބޭ ޖަވާބަކަށް.</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ވަރުގަދަ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">މެދުމިނުގެ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ބަލި</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">ފުރިހަމަވާ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ފުރިހަމަ ނުވާ</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">ކަނޑައެޅިފައި ނުވާ</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">ކުރިއަށް ދަނީ</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · ކުރިއަށް ދަނީ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">އަނބުރާލާ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">އަލުން ލާ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ކަޓްކުރޭ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ކޮޕީކުރޭ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">ޕޭސްޓްކުރޭ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ފޮހެލާ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ހުރިހާ އެއްޗެއް ހޮވާ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">ރައްކާކުރޭ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">ހުރިހާ އެއްޗެއް ރައްކާކުރޭ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">ހުޅުވިފައި</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">އާނ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">ހުރިހާ އެއްޗަކަށް އާނ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ނޫން(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">ހުރިހާ އެއްޗަކަށް ނޫން(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">ހުއްޓާލާ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">އަލުން މަސައްކަތްކުރޭ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">އަޅާނުލާ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ބަންދުކުރޭ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ބާތިލްކުރޭ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">އުކާލާ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">އެހީ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">ލާގޫކުރޭ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">ރީސެޓްކުރޭ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">ޑިފޯލްޓަށް އަނބުރާލާ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">އަނބުރާލާ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">އަލުން ލާ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ކަޓްކުރޭ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ކޮޕީކުރޭ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">ލިންކުގެ އެޑްރެސް ކޮޕީކުރޭ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">ޕޭސްޓްކުރޭ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ފޮހެލާ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ހުރިހާ އެއްޗެއް ހޮވާ</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">ނުދަންނަ އާގިއުމަންޓް &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training އާއި --database އެކުގައި ބޭނުން ނުކުރެވޭނެ</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">އެ ބަސް މާދަރީ ބަހަކަށްވާ މީހަކު ރިވިއުކޮށްފައި (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">އެ ބަސް މާދަރީ ބަހަކަށްވާ މީހަކު ރިވިއުކޮށްފައި</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">އިންޓަފޭސްގެ ބަސްތައް</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">ޗެކްލިސްޓުގެ ބަސްތައް</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Lantern އާ ބެހޭ</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">ވަރޝަން %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">ވަރޝަން</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">މީހުން ވިޔަފާރިކުރުމުގެ ޝިކާރައަކަށްވި މީހުންނާ ދިމާވެދާނެ ކޭސްވޯކަރުންނަށް ސްކްރީނިންގ ޗެކްލިސްޓްތައް. ކޭސްތައް ހުންނާނީ މި ކޮމްޕިއުޓަރުގައި އެންކްރިޕްޓްކޮށްފައި.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">GNU General Public License، ވަރޝަން 3 ނުވަތަ އެއަށްފަހުގެ ވަރޝަނެއްގެ ދަށުން ދޫކޮށްފައިވާ ހިލޭ ސޮފްޓްވެއަރއެއް. އެއްވެސް ވޮރަންޓީއެއް ނެތް.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">ލައިސަންސް</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">ތަރުޖަމާއެއް ރިވިއުކޮށް ހިއްސާކުރުމަށް docs/translations.md ބަލާ: Qt Linguist ގައި ރިވިއުކޮށް، ދެން އޭގެ އެންޓްރީތައް ނިމިފައިވާ ކަމަށް ފާހަގަކުރޭ.</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">ރިވިއުއެއް ހިއްސާކުރާނެ ގޮތް</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">ޑިވެލޮޕްމަންޓް ބިލްޑް</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ބަސް</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ހާލަތު</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">އޮރިޖިނަލް</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">ޑްރާފްޓް — އަދި އެ ބަސް މާދަރީ ބަހަކަށްވާ މީހަކު ރިވިއުނުކުރޭ</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">ޗެކްލިސްޓާއި ބަސް</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">ވަރޝަން %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">ޖަވާބުތައް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">ސުވާލު &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">އާނ ނުވަތަ ނޫން ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">އޭގެ ޚިޔާރުތަކުގެ އައިޑީތަކުން އެއްޗެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">ޚިޔާރުތަކުގެ އައިޑީތަކުގެ ލިސްޓެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ އޭގެ ޚިޔާރުތަކުގެ އައިޑީތަކުން އެއްޗެއް ނޫން</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">ލިޔުމެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">ނަންބަރެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 އަކީ އެންމެ ދަށު އަގު، %2 އަށް ވުރެ ދަށް އަގެއް</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 އަކީ އެންމެ މަތީ އަގު، %2 އަށް ވުރެ މަތީ އަގެއް</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD ގޮތަށް ލިޔެފައިވާ ތާރީޚެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">ސަޕޯޓްނުކުރާ ބާވަތެއްގެ ސުވާލެއް</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">ޖަވާބުގައި ނުދަންނަ ފީލްޑެއް &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">ނުދަންނަ ޖަވާބުގެ ހާލަތެއް &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; ހާލަތާއެކު އަގެއް ނުދެވޭނެ</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">ޖަވާބުތަކުގެ ފައިލުގައި ނުދަންނަ ފީލްޑެއް &apos;%1&apos; (ހުންނަން ޖެހެނީ &quot;answers&quot; އެކަނި)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">ޖަވާބުތަކުގެ ފައިލުގައި &quot;answers&quot; އޮބްޖެކްޓެއް ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">ނުދަންނަ ސުވާލެއް &apos;%1&apos; (%2 ޗެކްލިސްޓުގައި ނެތް)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">އާނ</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">ނޫން</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">ނޭނގޭ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">ޖަވާބު ނުދިން</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">ސުވާލު ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">ނުގުޅޭ</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">ޝޯޓްކަޓް: ސުވާލަށް ފޯކަސް ހުރިއިރު %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — މި ސުވާލަށް ފޯކަސް ހުރިއިރު %2 ފިއްތާ</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">ޖަވާބު ދެވިފައި</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">ނޭނގޭ</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">ޖަވާބު ނުދިން</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">ސުވާލު ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">ނުގުޅޭ</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">ޖަވާބެއް ނެތް</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">އާނ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ނޫން</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">އެއްވެސް ޚިޔާރެއް ނޫން</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">އަމިއްލައަށް ބުނި</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">ފާހަގަކުރެވުނު</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">ލިޔެކިޔުން</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">ތިންވަނަ ފަރާތެއް</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">“%1” ގެ ޖަވާބު</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">ސުވާލު &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">ޖަވާބަކީ އާނ ނުވަތަ ނޫނެކޭ ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">ސުވާލުގެ ޚިޔާރުތަކުން އެއްޗެއް ހޮވާ</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">ޖަވާބަކީ ސުވާލުގެ ޚިޔާރުތަކުގެ ލިސްޓެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ ސުވާލުގެ ޚިޔާރުތަކުން އެއްޗެއް ނޫން</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">&apos;%1&apos; ދެ ފަހަރު ހޮވާފައިވޭ</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">ޖަވާބަކީ ލިޔުމެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">ޖަވާބަކީ ނަންބަރެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 އަކީ ހުއްދަ އެންމެ ދަށު އަގު، %2 އަށް ވުރެ ދަށް އަގެއް</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 އަކީ ހުއްދަ އެންމެ މަތީ އަގު، %2 އަށް ވުރެ މަތީ އަގެއް</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">ޖަވާބަކީ YYYY-MM-DD ގޮތަށް ލިޔެފައިވާ ތާރީޚެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">މި ބާވަތުގެ ސުވާލަކަށް މިތާނގައި ޖަވާބު ނުދެވޭނެ</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">މިތާނގައި މި ޖަވާބު ހުއްދައެއް ނޫން</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">%2 ޗެކްލިސްޓުގައި &apos;%1&apos; ސުވާލެއް ނެތް</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; ހާލަތާއެކު އަގެއް ނުދެވޭނެ</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● ފުރިހަމަވާ</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ ފުރިހަމަ ނުވާ</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ ކަނޑައެޅިފައި ނުވާ</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">ދީފައިވާ ޖަވާބުތަކާ ނުގުޅޭ: %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ނޯޓުތައް</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">ގުޅިދާނެ — ބަރޯސާވަނީ: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">މިތާނގެ ނަތީޖާ: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">އަދި އެއްވެސް ނަތީޖާއެއް ހަމަނުވޭ</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">އަދިވެސް ވެދާނެ: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">ހުރި: %1؛ ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކާއެކު %2 އަށް</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">ކުރަންވީ ކަންތައް:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">ނިންމިދާނެ، ޖަވާބު ނުލިބި ހުރި ސުވާލުތައް:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">ސްކްރީނިންގ ނަތީޖާ</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">ނަސޭހަތް</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">މި ނަތީޖާގެ މާނަ</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">ވަޒަންކުރުމުގެ ތަފްޞީލު</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">އެލެމެންޓުތައް، ގުނުނު ނިޝާނުތަކާއި ޖަވާބު ނުލިބި ހުރި ސުވާލުތައް؛ Tab އިން ސުވާލުގެ ލިންކުތަކުގެ މެދުގައި ހަރަކާތްކުރެވޭ</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">އެއްވެސް ކޭހެއް ހުޅުވާފައި ނެތް</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">އަދި އެއްވެސް ނަތީޖާއެއް ހަމަނުވޭ</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">އެ މީހާއަށް ފަސޭހަ މިނުން ކުރިއަށް ގެންދޭ؛ ތިރީގައިވާ، ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކުން ނަތީޖާ ބަދަލުވެދާނެ.</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">މި ނަތީޖާއަކީ ޝަރުޠީ ނަތީޖާއެއް: ގުޅޭ ޕްރޮފައިލް އަދިވެސް ބަރޯސާވަނީ ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކަށް.</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">މިއީ ސްކްރީނިންގ ނަތީޖާއެކެވެ، ދެނެގަތުމެއް ނޫނެވެ: ޖަވާބުތަކުގައި ހިމެނޭ ނިޝާނުތަކާއި ދެން ކުރަންވީ ކަންތައް މިއިން ދައްކައެވެ. މީހަކީ މީހުން ވިޔަފާރިކުރުމުގެ ޝިކާރައަކަށްވި މީހެއްތޯ ނިންމޭނީ ރަސްމީ ދެނެގަތުމުގެ ޕްރޮސެސްއަކަށް އެކަނިއެވެ.</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">ފުރިހަމަވާ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ފުރިހަމަ ނުވާ</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">ކަނޑައެޅިފައި ނުވާ</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">ވަރުގަދަ %1</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">މެދުމިނުގެ %1</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">ބަލި %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">އެއްވެސް ނެތް</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">ގުޅޭ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ނުގުޅޭ</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ވަރުގަދަ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">މެދުމިނުގެ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ބަލި</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">ކޭސް %1 ގެ އޮޑިޓް ރެކޯޑު</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">އޮޑިޓް ރެކޯޑުގެ ހާދިސާތައް</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ކޮންއިރު</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">ކޮންކަމެއް</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">ސުވާލު</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">ބަދަލު</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">ތަފްޞީލު</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ނެތް)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">ހެދި</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">ޖަވާބު ދެވުނު</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">ޖަވާބު ބަދަލުވި</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">ނޯޓު އެޑިޓްކުރެވުނު</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">ހާލަތު ބަދަލުވި</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރެވުނު</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">ތަޅުހުޅުވުނު</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">ތަޅުލެވުނު</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">ޕާސްފްރޭޒް ބަދަލުކުރެވުނު</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">އޮޑިޓް ރެކޯޑު ކިޔިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">ބެކަޕް ނުލިޔެވުނު</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">ބެކަޕް ފައިލަށް ގެއްލުން ލިބިފައި؛ އެހެން ބެކަޕެއް ހޮވާ</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">%1 ބެކަޕް ފޯލްޑަރު ނުހެދޭނެ (ޑޭޓާބޭސްގެ ފޯލްޑަރުގައި ލިޔެވޭތޯ ބަލާ)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">%1 ބެކަޕް ފޯލްޑަރަކީ ހަމައެކަނި ކިޔޭ ފޯލްޑަރެއް</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">ބެކަޕް ފޯލްޑަރު ނުކިޔޭނެ</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">ބެކަޕަށް އޭގެ ނަން ނުދެވުނު</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">ބެކަޕް ބަހައްޓާ ފޯލްޑަރެއް ނެތް</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">މި މަގުގައި ބެކަޕެއް ނެތް</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">ބެކަޕް ފައިލް ނުކިޔޭނެ (އޭގެ ހުއްދަތައް ބަލާ)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">ބެކަޕް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">ބެކަޕް ފޯލްޑަރުން ބޭރު ބެކަޕްތައް ފޮހެލެވިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">ޗެކްލިސްޓް ލޯޑުކުރީ ފައިލަކުން ނޫންކަމުން، އެ ޕިންއެއް ނުކުރެވޭނެ</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">މި ކޭސްއާއެކު ރައްކާކޮށްފައިވާ ޗެކްލިސްޓަށް ގެއްލުން ލިބިފައި؛ ބެކަޕަކުން އަނބުރާ ގެންނަ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">ސްކްރީނިންގ ނަތީޖާ (ލެވެލް %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ކޭސް</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">ޗެކްލިސްޓް</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ހާލަތު</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">އެންމެ ފަހުގެ ބަދަލު</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">ސްކްރީނިންގ ނަތީޖާ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">އާ ކޭސް(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">ހުޅުވާ(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">ހާލަތު ބަދަލުކުރޭ(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">އޮޑިޓް ރެކޯޑު(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">ޚުލާޞާ އެކްސްޕޯޓްކުރޭ(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">ހޮވާފައިވާ ކޭސްތައް އެކްސްޕޯޓްކުރޭ(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">ކޭސް ކޯޑު، ނަތީޖާ ނުވަތަ ރެކޯޑުކުރެވިފައިވާ ލިޔުމުން ހޯދާ</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">ކޭސްތައް ހޯދާ</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">ހާލަތުން ފިލްޓަރކުރޭ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ހުރިހާ ހާލަތެއް</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">ދައްކާ ކޭސްތަކުގެ ޢަދަދު</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">ކޭސްތައް</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">ހޯދާ(&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">ހާލަތު(&amp;U):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n ކޭސް</numerusform>
            <numerusform>%n ކޭސް</numerusform>
            <numerusform>%n ކޭސް</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">ކޭސް ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">ކޭސްތައް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">ޗެކްލިސްޓް ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">ޗެކްލިސްޓް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">ކޭސް ހެދިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">ސެޝަން ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހެދިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">ޑޭޓާބޭސް ފުރިހަމައަށް ނުހެދުނު؛ އަލުން ހަދާ</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހުޅުވިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">އެންކްރިޕްޓްކޮށްފައިވާ ޑޭޓާބޭސްއަކަށް ތަޅުހުޅުވާފައިވާ ޑޭޓާ ކީއެއް ބޭނުންވޭ</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">މިއީ އެންކްރިޕްޓްނުކުރާ ތަމްރީނު ޑޭޓާބޭސްއެއް؛ އޭގައި ޕާސްފްރޭޒެއް ނެތް</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ތަޅު ނުހުޅުވުނު</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">މި ޑޭޓާބޭސް އެންކްރިޕްޓްކޮށްފައި: އޭގެ ޕާސްފްރޭޒް ޖަހާ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">މި ޑޭޓާބޭސްގައި އެފަދަ ކޭސްއެއް ނެތް</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">ޗެކްލިސްޓް އޭގެ SHA-256 އާ އެއްގޮތެއް ނުވޭ؛ އެ ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">ޗެކްލިސްޓް ރަނގަޅެއް ނޫން؛ އެ ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">ޗެކްލިސްޓް ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">ކޭސްގެ ޗެކްލިސްޓް މި ޑޭޓާބޭސްގައި ރައްކާކޮށްފައި ނެތް</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">ކޭސް ހެދިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">ކޭސް ކޯޑު ހުސްކޮށް ނުބެހެއްޓޭނެ</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">ކޭސް ކޯޑު ބަދަލެއް ނުވި</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">ހާލަތު ބަދަލެއް ނުވި</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">ސެޝަން ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">ޖަވާބަކަށް ސުވާލެއް ބޭނުންވޭ</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">ޖަވާބު ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">ޖަވާބުގެ އިންޓަވިއު ސެޝަން ނިސްބަތްވަނީ އެހެން ކޭސްއަކަށް</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">ޖަވާބުތައް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">މިހާރުގެ ޑޭޓާބޭސް ބެކަޕެއްގެ ގޮތުގައި ނުބެހެއްޓުނު (%1)؛ އެއްވެސް އެއްޗެއް އަނބުރާ ނުގެނެވުނު</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">ބެކަޕް ފައިލެއް ހޮވާ، ޑޭޓާބޭސް އަމިއްލައަށް ނޫން</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">އެއްވެސް އެއްޗެއް އަނބުރާ ނުގެނެވުނު</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ބަދަލު ނުގެނެވުނު</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">އެއްވެސް އެއްޗެއް އަނބުރާ ނުގެނެވުނު (މިހާރުގެ ފައިލް ބެކަޕް ފޯލްޑަރުގައި ބެހެއްޓިފައި)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">މިއީ އެންކްރިޕްޓްނުކުރާ ތަމްރީނު ޑޭޓާބޭސްއެއް؛ އޭގައި ޕާސްފްރޭޒެއް ނެތް</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">ޕާސްފްރޭޒް ބަދަލެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ކީ ސެޓިންގްތައް ނެތް</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">އެކްސްޕޯޓަކަށް ފޯމެޓެއް ބޭނުންވޭ</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">އެކްސްޕޯޓް ރެކޯޑެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">ޑޭޓާބޭސް އަޕްގްރޭޑްކުރުމުގެ ކުރިން ބެކަޕް ނެގުން ނާކާމިޔާބުވި (%1)؛ ބެކަޕެއް ނެތި ޑޭޓާބޭސް އަޕްގްރޭޑްކުރެވިއްޖެ</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">ކޮންމެ ދުވަހަކު އަމިއްލައަށް ނަގާ ބެކަޕް ނާކާމިޔާބުވި: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (%2 ގެ ރަނގަޅު ބެކަޕެއް އަނބުރާ ގެނެވިދާނެ)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">ކޭސް ލިސްޓުގެ އެންޓްރީ އަޕްޑޭޓެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">ހޯދޭނެ ޖަވާބުތައް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">ހޯދޭނެ ޖަވާބުތައް ބަދަލެއް ނުކުރެވުނު</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީ %1 — ޚިޔާލީ</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީގެ ވާހަކަ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">ކޭސް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">ކޭސް ލިސްޓު ކިޔިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">އާ ކޭސް(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">ކޭސް ލިސްޓަށް އެނބުރި(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">ހާލަތު ބަދަލުކުރޭ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">އޮޑިޓް ރެކޯޑު(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">ކޭސް ލިސްޓަށް އެނބުރި</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">ކޭސް ހުޅުވާ</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">ކޭސް ހުޅުވިއެއް ނުދިޔަ: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">ކޭސް %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">ކޭސް ނުހެދުނު: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">ހާލަތު ބަދަލެއް ނުވި: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">ކޭސް %1 ގެ ހާލަތު މިހާރު: %2.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">އޮޑިޓް ރެކޯޑު ކިޔިއެއް ނުދިޔަ: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">ހޯދޭނެ ޖަވާބުތައް(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>ކޭސް ލިސްޓުން މިހާރު ހޯދަނީ ހޮވާފައިވާ ޖަވާބުތަކުގައި (%n ކޭސް ތައްޔާރުކުރެވިއްޖެ).</numerusform>
            <numerusform>ކޭސް ލިސްޓުން މިހާރު ހޯދަނީ ހޮވާފައިވާ ޖަވާބުތަކުގައި (%n ކޭސް ތައްޔާރުކުރެވިއްޖެ).</numerusform>
            <numerusform>ކޭސް ލިސްޓުން މިހާރު ހޯދަނީ ހޮވާފައިވާ ޖަވާބުތަކުގައި (%n ކޭސް ތައްޔާރުކުރެވިއްޖެ).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">Lantern އާއެކު</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">1 މައްސަލަ</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">%1 މައްސަލަ</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — ރަނގަޅެއް ނޫން، %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">މި ޗެކްލިސްޓް ޕްރެޒެންޓްކުރޭ(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">ފެނުނު ޗެކްލިސްޓްތައް</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">ފައިލުގައި ފެނުނު މައްސަލަތައް</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">އެއްވެސް ޗެކްލިސްޓެއް ނުފެނުނު.</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">ޕްރޮފައިލް(&amp;R):</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">ޕްރެޒެންޓްކުރާނެ ޕްރޮފައިލް</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 އަކީ ރަނގަޅު ޗެކްލިސްޓެއް ނޫން، އެހެންކަމުން ބޭނުން ނުކުރެވޭނެ. މި މައްސަލަތައް ހައްލުކޮށް، މި ލިސްޓު އަލުން ހުޅުވާ:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">ޗެކްލިސްޓްތައް</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">ޢާންމު މަޢުލޫމާތު</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">ޕޮއިންޓް ދޭ ގޮތް، ފަސޭހަ ބަހުން</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">އަޞްލު</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ބަސް(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">ޗެކްލިސްޓުގެ ލިޔުންތަކުގެ ބަސް</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">ކޮންމެ ޕްރޮފައިލަކަށް ނިޝާނުތަކުގެ ވަރު</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">ޢާންމު މަޢުލޫމާތު(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">ސުވާލުތައް(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">ނިޝާނުތައް(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">ޕޮއިންޓް ދިނުން(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">އަޞްލު(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 މިހާރުވެސް އިންސްޓޯލްކޮށްފައި ހުރި؛ އެއްވެސް ބަދަލެއް ނުވި.</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 މިހާރުވެސް ތަފާތު ކޮންޓެންޓަކާއެކު އިންސްޓޯލްކޮށްފައި ހުރި. އާ ފައިލަށް މިއަށްވުރެ މަތީ ވަރޝަން ނަންބަރެއް ދޭ: %2 އިން ފެށި ކޭސްތައް ހުންނާނީ އެ ވަރޝަނާ ގުޅިފައި.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">%1 ފޯލްޑަރު ނުހެދޭނެ.</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 ކުރިންވެސް ޗެކްލިސްޓް ފޯލްޑަރުގައި ހުރި، އަދި އެއީ ލޯޑުނުވާ ފައިލެއް؛ ފުރަތަމަ އެ ފައިލް އެހެން ތަނަކަށް ބަދަލުކުރޭ.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 ލިޔެވިއެއް ނުދިޔަ: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2 ޗެކްލިސްޓް ފޯލްޑަރަށް އިތުރުކުރެވިއްޖެ.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 އަކީ ރަނގަޅު ޗެކްލިސްޓެއް ނޫން (1 މައްސަލަ)؛ އެއްވެސް އެއްޗެއް އިތުރެއް ނުކުރެވުނު.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 އަކީ ރަނގަޅު ޗެކްލިސްޓެއް ނޫން (%2 މައްސަލަ)؛ އެއްވެސް އެއްޗެއް އިތުރެއް ނުކުރެވުނު.</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1 (ވަރޝަން %2) އިތުރުކުރެވިއްޖެ. އާ ކޭހެއް ފަށާއިރު މި ޗެކްލިސްޓް ހޮވޭނެ؛ ކުރިން ފެށިފައިވާ ކޭސްތަކުގައި ބޭނުންކުރާނީ ފެށި އިރު ބޭނުންކުރި ޗެކްލިސްޓް.</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (ވަރޝަން %2) މިހާރުވެސް އެއް ކޮންޓެންޓާއެކު އިންސްޓޯލްކޮށްފައި ހުރި. އެއްވެސް ބަދަލެއް ނުވި.</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">މި ފައިލަކީ ރަނގަޅު ޗެކްލިސްޓެއް ނޫންކަމުން، އިތުރެއް ނުކުރެވުނު. ތިރީގައިވާ މައްސަލަތައް (ފައިލުގެ ލައިނާއި ކޮލަމް) ހައްލުކޮށް، އަލުން އިމްޕޯޓްކުރޭ.</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">ޗެކްލިސްޓް އިތުރެއް ނުކުރެވުނު: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">ޗެކްލިސްޓް އިމްޕޯޓްކުރެވިއްޖެ</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">ޗެކްލިސްޓް އިމްޕޯޓެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">ޗެކްލިސްޓް ފައިލުގައި ފެނުނު މައްސަލަތައް</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">ފައިލް ނުކިޔޭނެ: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">ފައިލް %1 MiB އަށްވުރެ ބޮޑު؛ މިއީ ޗެކްލިސްޓެއް ނޫން</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">ތަކުރާރުވާ މެމްބަރެއް &apos;%1&apos;؛ އޮބްޖެކްޓެއްގައި ނަމެއް އަންނަން ޖެހޭނީ އެންމެ އެއް ފަހަރު</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">ސަޕޯޓްނުކުރާ ފޯމެޓެއް &apos;%1&apos;؛ Lantern ގެ މި ވަރޝަން ކިޔަނީ %2</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">ރަނގަޅު ޗެކްލިސްޓް އައިޑީއެއް ނޫން &apos;%1&apos;: ކުޑަ އަކުރުތަކާއި، ޑިޖިޓުތަކާއި، &apos;_&apos; އާއި &apos;-&apos; ބޭނުންކުރޭ، އަދި ފަށަންވާނީ އަކުރަކުން</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">ވަރޝަން &apos;%1&apos; އޮތީ MAJOR.MINOR.PATCH ގޮތަށް ނޫން، މިސާލަކަށް 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">ބަހަކީ &quot;en&quot; ނުވަތަ &quot;th&quot; ފަދަ ކޯޑެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">&apos;%1&apos; ބަސް ދެ ފަހަރު ލިސްޓުކޮށްފައިވޭ</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos; އަކީ ބަސްތަކުގެ (%2) ތެރެއިން އެއް ބަހެއް ނޫން</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">ތަކުރާރުވާ %1 އައިޑީއެއް &apos;%2&apos;؛ ފުރަތަމަ ބަޔާންކޮށްފައިވަނީ {related} ގައި</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; އަކީ ބަހުގެ ކޯޑުތައް ކީ ގޮތުގައި ހުންނަ އޮބްޖެކްޓެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ ޗެކްލިސްޓުގެ ބަސްތަކުން އެއް ބަހެއް ނޫން</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">ތަރުޖަމާގެ ހާލަތަކީ &quot;draft&quot; ނުވަތަ &quot;reviewed&quot; ކަމަށް ވާން ޖެހޭ، &quot;%1&quot; ނޫން</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">ނުދަންނަ ސުވާލުގެ ބާވަތެއް &apos;%1&apos;؛ ވާން ޖެހެނީ yesno، single، multi، text، number ނުވަތަ date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos; ހުއްދައީ number ސުވާލުތަކުގައި އެކަނި</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; އަކީ &apos;max&apos; އަށްވުރެ ބޮޑު އަދަދެއް</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; ހުއްދައީ single އާއި multi ސުވާލުތަކުގައި އެކަނި</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 ސުވާލަކަށް ލާޒިމް ފީލްޑު &apos;options&apos; ނެތް</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">ނުދަންނަ ގްރޫޕެއް &apos;%1&apos;؛ ވާން ޖެހެނީ act، means ނުވަތަ purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">ޙައްދަކީ {&quot;any_of&quot;: [...]}، {&quot;count&quot;: N} ނުވަތަ {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">ބަރުދަނަކީ ނެގެޓިވް އަދަދަކަށް ނުވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; އަކީ 0 އަށްވުރެ ބޮޑު އަދަދަކަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">ޙައްދުގެ ކޮންމެ ގޮތަކީ އެންމެ މަދު އަދަދުތަކުގެ އޮބްޖެކްޓެއް ކަމަށް ވާން ޖެހޭ، މިސާލަކަށް {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">ޙައްދުގައި ނުދަންނަ ވަރެއް &apos;%1&apos;؛ ވާން ޖެހެނީ strong، medium، weak، medium_or_weak، strong_or_medium ނުވަތަ any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">އެންމެ މަދު އަދަދަކީ މަދުވެގެން 1 ވާ ފުރިހަމަ އަދަދެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; ގައި މަދުވެގެން އެއް ޕްރޮފައިލް އައިޑީއެއް strong، medium ނުވަތަ weak އާ ގުޅުވާފައި ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">ނުދަންނަ ވަރެއް &apos;%1&apos;؛ ވާން ޖެހެނީ strong، medium ނުވަތަ weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">ޓްރިގަރަކަށް ނަގަނީ &apos;any_of&apos; ނުވަތަ &apos;min&apos;/&apos;max&apos;، ދެގޮތްވެސް ނޫން</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; އަށް single، multi ނުވަތަ text ސުވާލެއް ބޭނުންވޭ</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; އަކީ &apos;max&apos; އަށްވުރެ ބޮޑު އަދަދެއް</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; އަށް number ސުވާލެއް ބޭނުންވޭ</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">ސާދާ ޓްރިގަރަކަށް yesno ސުވާލެއް ބޭނުންވޭ؛ ޚިޔާރުތަކަށް &apos;any_of&apos; ބޭނުންކުރޭ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">ނުދަންނަ އެލެމެންޓެއް &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">ނުދަންނަ ޕްރޮފައިލެއް &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">ނުދަންނަ މަސްދަރެއް &apos;%1&apos;؛ އެ މަސްދަރު provenance.sources ގައި ލިސްޓުކުރޭ</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">ނުދަންނަ ސުވާލެއް &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">ސުވާލު &apos;%1&apos; އަކީ %2 ސުވާލެއް: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">އަޅާބަލާ ލިޔުމުގެ ޖަވާބަކީ ސްޓްރިންގެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ &apos;%2&apos; ސުވާލުގެ ޚިޔާރެއް ނޫން</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">ޤަވާޢިދު ބަލަނީ &apos;%1&apos; އަށް، އެއީ މި ޗެކްލިސްޓުގެ ސުވާލެއް ނޫން</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">ނަތީޖާގެ ޤަވާޢިދު ބަލަނީ &apos;%1&apos; އަށް، އެއީ މި ޗެކްލިސްޓުގެ އެލެމެންޓެއް ނޫން</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">ދެއްކުމުގެ ޝަރުޠުތަކުގައި ވަށަށް ބަރޯސާވުމެއް: ސުވާލު &apos;%1&apos; ދައްކަނީ އެ ސުވާލުގެ އަމިއްލަ ޖަވާބަށް ބަރޯސާވެގެން އެކަނި (އޭގެ ބައިގެ ނުވަތަ އޭގެ އަމިއްލަ ޤަވާޢިދުގެ ސަބަބުން)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">ދެއްކުމުގެ ޝަރުޠުތަކުގައި ވަށަށް ބަރޯސާވުމެއް: %1</translation>
    </message>
    <message>
        <source> -&gt; </source>
        <translation type="unfinished"> -&gt; </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistWords</name>
    <message>
        <source>Applies to everyone</source>
        <translation type="unfinished">ހުރިހާ އެންމެންނަށް ގުޅޭ</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">%1 ނަމަ ގުޅޭ</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">އެހެން ހުރިހާ ހާލަތެއްގައި ހަމަވޭ</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">%1 ނަމަ ހަމަވޭ</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">އަބަދުވެސް އަހާ</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">އަހަނީ %1 ނަމަ އެކަނި</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1 ގެ ޖަވާބަކީ އާނ</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 ގައި %2 ހިމެނޭ</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 ގައި %2 ގެ ތެރެއިން ކޮންމެވެސް އެއްޗެއް ހިމެނޭ</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 އަކީ %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 އަކީ %2 ގެ ތެރެއިން އެއްޗެއް</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 އަކީ %2 އިން %3 އާ ހަމައަށް</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 އަކީ މަދުވެގެން %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 އަކީ ގިނަވެގެން %2</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 އަށް ޖަވާބު ދެވިފައި</translation>
    </message>
</context>
<context>
    <name>lantern::ComparisonReasoning</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <comment>a question and its answer</comment>
        <translation type="unfinished">%1 = %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a question left open and how it is open</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>You missed %1 (%2), which the model answer records from %3.</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބުގައި %3 އިން ރެކޯޑުކޮށްފައިވާ %1 (%2) ތިބާއަށް ނުފެނުނު.</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">ތިބާ %1 ޖަވާބު ނުދީ ދޫކޮށްލީ: އެއީ “ނޫން” އެއް ނޫން، ނަމަވެސް ސުވާލު އަހާހާ ހިނދަކު ނިޝާނު ނުގުނޭނެ.</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">ތިބާ ޖަވާބު ދިނީ %1.</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">ތިބާ ރެކޯޑުކުރީ %1.</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">ތިބާ %1 ރެކޯޑުކުރި ސަބަބުން، ތިބާގެ ޖަވާބުތަކުގައި އޭގެ ސުވާލު ނުދެއްކުނު (ނަމޫނާ ޖަވާބު: %2).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">ތިބާ %3 އިން %1 (%2) އިތުރުކުރި؛ ނަމޫނާ ޖަވާބުގައި އެކަން ޖަވާބު ނުދީ ދޫކޮށްލާފައި (%4).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">ތިބާ %3 އިން %1 (%2) އިތުރުކުރި؛ ނަމޫނާ ޖަވާބުގައި ބުނަނީ %4.</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">ތިބާ %3 އިން %1 (%2) އިތުރުކުރި؛ ނަމޫނާ ޖަވާބުގައި ވަނީ %4.</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">ތިބާގެ ޖަވާބުތަކާއެކު %1 ގައި %2 ހުރި (ނަމޫނާ ޖަވާބު: %3)، އެހެންކަމުން އެއީ %5 ގެ ބަދަލުގައި %4.</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">ތިބާ ޖަވާބު ނުދީ ދޫކޮށްލި ސުވާލުތަކުން އަދިވެސް އެކަން ނިންމިދާނެ: %1.</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">ދެފަރާތުގައިވެސް %1 އަކީ ހަމަ %2.</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">%1 ގައި ތިބާގެ ނަތީޖާ ނަމޫނާ ޖަވާބާ އެއްގޮތް: %2.</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (ތިބާގެ: %2، ނަމޫނާ ޖަވާބު: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">%1 ގައި %2 ގެ ޤަވާޢިދު ތިބާގެ ޖަވާބުތަކުގައި %3، އަދި ނަމޫނާ ޖަވާބުގައި %4، އެހެންކަމުން މިތާނގައި ތިބާގެ ނަތީޖާއަކީ %6 ގެ ބަދަލުގައި %5.</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">%1 ގައި %2 ގެ ޤަވާޢިދަކީ %3؛ އެއީ ތިބާގެ ޖަވާބުތަކުގައި %4، އަދި ނަމޫނާ ޖަވާބުގައި %5، އެހެންކަމުން މިތާނގައި ތިބާގެ ނަތީޖާއަކީ %7 ގެ ބަދަލުގައި %6.</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">%1 ގައި، އެހެންކަމުން މިތާނގައި ތިބާގެ ނަތީޖާއަކީ %3 ގެ ބަދަލުގައި %2.</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">ތިބާ ޖަވާބު ނުދީ ދޫކޮށްލި ސުވާލުތަކަށް ބިނާވެ، އަދިވެސް އެއީ %1 ވެދާނެ.</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (ނަމޫނާ ޖަވާބު: %2؛ ތިބާގެ: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">ގުޅޭ ޕްރޮފައިލްތަކާ މެދު ތިބާއާއި ނަމޫނާ ޖަވާބު އެއްގޮތެއް ނުވޭ: ނަމޫނާ ޖަވާބުގައި %1 %2، ނަމަވެސް ތިބާގެ ޖަވާބުގައި %3.</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">ގުޅޭ ޕްރޮފައިލްތަކާ މެދު ތިބާއާއި ނަމޫނާ ޖަވާބު އެއްގޮތެއް ނުވޭ: ނަމޫނާ ޖަވާބުގައި %1 %2، ނަމަވެސް ތިބާގެ ޖަވާބުގައި %3، ސަބަބަކީ %4 ގައި ޖަވާބުތައް ތަފާތުވުމެވެ.</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">ތިބާގެ ޖަވާބުތަކުން އެކަން ކަނޑައެޅިފައި ނުވާތީ، އެވެސް ބަލާފައިވޭ.</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">ތިބާގެ ސްކްރީނިންގ ނަތީޖާ ނަމޫނާ ޖަވާބާ އެއްގޮތް: %1.</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">ތިބާގެ ސްކްރީނިންގ ނަތީޖާއަކީ %1، ނަމަވެސް ނަމޫނާ ޖަވާބުގައި ވަނީ %2.</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">ތިބާގެ ނަތީޖާއަކީ ޝަރުޠީ ނަތީޖާއެއް: ތިބާގެ ޖަވާބުތަކުގައި ޔަޤީނުން ގުޅޭ ޕްރޮފައިލެއް ނެތް.</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބުގެ ނަތީޖާއަކީ ޝަރުޠީ ނަތީޖާއެއް: އޭގެ ޖަވާބުތަކުގައި ޔަޤީނުން ގުޅޭ ޕްރޮފައިލެއް ނެތް.</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">ތިބާ ޖަވާބު ނުދީ ދޫކޮށްލި ސުވާލުތަކަށް ބިނާވެ، ތިބާގެ ނަތީޖާ އަދިވެސް %1 ވެދާނެ.</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">ދެފަރާތުގައިވެސް އެއްވެސް ޕްރޮފައިލެއް ނުގުޅޭތީ، އަޅާކިޔާނެ އެލެމެންޓެއް ނެތް.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>ނަމޫނާ ޖަވާބުގައި ރެކޯޑުކޮށްފައިވާ %n ނިޝާނުގެ ތެރެއިން ތިބާއަށް %1 ފެނުނު، އަދި %2 ނުފެނުނު؛ ނަމޫނާ ޖަވާބުގައި ރެކޯޑުކޮށްފައި ނުވާ %3 ތިބާ އިތުރުކުރި.</numerusform>
            <numerusform>ނަމޫނާ ޖަވާބުގައި ރެކޯޑުކޮށްފައިވާ %n ނިޝާނުގެ ތެރެއިން ތިބާއަށް %1 ފެނުނު، އަދި %2 ނުފެނުނު؛ ނަމޫނާ ޖަވާބުގައި ރެކޯޑުކޮށްފައި ނުވާ %3 ތިބާ އިތުރުކުރި.</numerusform>
            <numerusform>ނަމޫނާ ޖަވާބުގައި ރެކޯޑުކޮށްފައިވާ %n ނިޝާނުގެ ތެރެއިން ތިބާއަށް %1 ފެނުނު، އަދި %2 ނުފެނުނު؛ ނަމޫނާ ޖަވާބުގައި ރެކޯޑުކޮށްފައި ނުވާ %3 ތިބާ އިތުރުކުރި.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހުޅުވިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">ޑޭޓާބޭސް ބަހައްޓާ ފޯލްޑަރެއް ނެތް</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">Qt ގެ SQLite ޑްރައިވަރު ނެތް؛ Lantern އަލުން އިންސްޓޯލްކުރޭ</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">މިތާނގައި ޑޭޓާބޭސްއަށް write-ahead logging ބޭނުން ނުކުރެވޭނެ؛ އެ ލޯކަލް ޑިސްކަކަށް ބަދަލުކުރޭ</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ބްރައުޒްކުރޭ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހަދާ(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">ފަހަތަށް(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">ކޭސްތަކުގެ ޑޭޓާބޭސްއެއް ހަދާ</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">ކޭސްތައް އެންކްރިޕްޓްކުރެވެނީ މި ޕާސްފްރޭޒުން އެކަނި ތަޅުހުޅުވޭ ކީއަކުން. ޕާސްފްރޭޒް ގެއްލިއްޖެނަމަ، ކޭސްތައް އަނބުރާ ނުހޯދޭނެ.</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">ޑޭޓާބޭސް ފައިލު ހުންނަ ތަން</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހުންނާނެ ތަން ހޮވާ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">އާ ޕާސްފްރޭޒް</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">ޕާސްފްރޭޒް އަލުން ޖަހާ</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">ޕާސްފްރޭޒްގެ ވަރު</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހަދާ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ފަހަތަށް</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">ތަން(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">ޕާސްފްރޭޒް(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">ޕާސްފްރޭޒް އަލުން(&amp;R):</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">ހަދަނީ…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހަދައި، އޭގެ ކީ މި ކޮމްޕިއުޓަރާ އެއްގޮތަށް ޓިއުންކުރަނީ؛ މީގެ ސިކުންތު ކިހާވަރެއް ނަގާނެ.</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">ޑޭޓާބޭސް ފައިލު ބަހައްޓާނެ ތަން ހޮވާ.</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">މި ތަނުގައި ފައިލެއް ކުރިންވެސް ހުރި. އެހެން ނަމެއް ހޮވާ، ނުވަތަ ހުރި ޑޭޓާބޭސް ހުޅުވާ.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">ޕާސްފްރޭޒް މާ ކުރު: މަދުވެގެން %1 އަކުރު ބޭނުންކުރޭ.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">ދެ ޕާސްފްރޭޒް އެއްގޮތެއް ނޫން. އެއް ޕާސްފްރޭޒް ދެ ފަހަރު ޖަހާ.</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">ކޭސްތަކުގެ އާ ޑޭޓާބޭސް ހުންނާނެ ތަން</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern ޑޭޓާބޭސްތައް (*.lantern);;ހުރިހާ ފައިލެއް (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">ޑޭޓާބޭސް އެހެން Lantern ވިންޑޯއެއް ނުވަތަ ޕްރޮސެސްއެއްގައި ހުޅުވިފައި (ޕްރޮސެސް %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ފޯލްޑަރުގައި ފައިލުތައް ލޮކް ނުކުރެވޭ؛ ޑޭޓާބޭސް ލޯކަލް ޑިސްކަކަށް ބަދަލުކުރޭ</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">%1 ފޯލްޑަރު ނުހެދޭނެ؛ އެހެން ތަނެއް ހޮވާ.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">ޑޭޓާބޭސްއެއް ހުޅުވާފައެއް ނެތް.</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD، ދެން Enter ފިއްތާ</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">އަހަރު-މަސް-ދުވަހުގެ ގޮތުގައި ތާރީޚެއް</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">ތާރީޚު ޖަހާނީ އަހަރު-މަސް-ދުވަހުގެ ގޮތުގައި، މިސާލަކަށް 2024-03-15.</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (ތިބާ ބުނަން ބޭނުންވީ &apos;%1&apos; ތޯ؟)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">ހުރީ: ވަރުގަދަ %1، މެދުމިނުގެ %2، ބަލި %3</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">އިތުރު %1 ޕޮއިންޓް</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">އިތުރު %1 ޕޮއިންޓް</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (ޕޮއިންޓް: ބޭނުންވާ %3 ގެ ތެރެއިން %2)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1؛ %2 ބޭނުންވޭ، ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކުން އެއީ އަދިވެސް އިތުރުވެދާނެ</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1؛ %2 ބޭނުންވޭ</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">މި ޕްރޮފައިލްގައި ނުގުނޭ: އޭގެ އެއްވެސް ނިޝާނެއް މިތާނގައި ނުގުނޭ</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1؛ ބޭނުންވާ ޕޮއިންޓް ހަމަވޭ</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1؛ %2 ހަމަވޭ</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1؛ ޙައްދުގައި އެއްވެސް ގޮތެއް ބަޔާންކޮށްފައި ނެތް</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">އިތުރު އެއްވެސް އެއްޗެއް ނޫން</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">އިތުރު %2 %1</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> އަދި </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">ޤަވާޢިދު ހިސާބުކުރުމަށް ވަރަށް ގިނަ މަސައްކަތެއް ބޭނުންވޭ</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބުގައި &apos;%1&apos; ސުވާލަށް ޖަވާބު ދީފައިވޭ، ނަމަވެސް &apos;%2&apos; ޗެކްލިސްޓުގެ ވަރޝަން %3 ގައި އެ ސުވާލެއް ނެތް؛ އެ ޖަވާބުތައް ދީފައިވަނީ އެހެން ޗެކްލިސްޓަކަށްތޯ؟</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">ބައިވެރިޔާގެ ޖަވާބުތަކުގައި &apos;%1&apos; ސުވާލަށް ޖަވާބު ދީފައިވޭ، ނަމަވެސް &apos;%2&apos; ޗެކްލިސްޓުގެ ވަރޝަން %3 ގައި އެ ސުވާލެއް ނެތް؛ އެ ޖަވާބުތައް ދީފައިވަނީ އެހެން ޗެކްލިސްޓަކަށްތޯ؟</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބާ އަޅާކިޔި މަޝްޤު</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">ތަމްރީނުދޭ މީހާއަށް އެކްސްޕޯޓްކުރޭ(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">މަޝްޤުގެ އަޅާކިޔުން</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">ތަމްރީނު — ޚިޔާލީ ކޭސް ސްޓަޑީ</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">ނަތީޖާ އެއްގޮތްވުން</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">ދެ ނަތީޖާ</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">ފެނުނު، ނުފެނުނު އަދި އިތުރުކުރި ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">ސަބަބުތައް</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">އެލެމެންޓުން އެލެމެންޓަށް</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">ކީއްވެ — ސަބަބުތައް</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">ތަމްރީނުދޭ މީހާއަށް އެކްސްޕޯޓްކުރޭ</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">މި އަޅާކިޔުން ތަމްރީނުދޭ މީހާއަށް HTML ރިޕޯޓެއް، CSV ޓޭބަލެއް ނުވަތަ JSON ގެ ގޮތުގައި ރައްކާކުރޭ</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީ: &lt;b&gt;%1&lt;/b&gt; · ބައިވެރިޔާ: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;ޗެކްލިސްޓް: %3، ވަރޝަން %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ ތިބާގެ ނަތީޖާ ނަމޫނާ ޖަވާބާ އެއްގޮތް</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ ތިބާގެ ނަތީޖާ ނަމޫނާ ޖަވާބާ ތަފާތު</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">ޝަރުޠީ: ޔަޤީނުން ގުޅޭ ޕްރޮފައިލެއް ނެތް</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">ތިބާގެ:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">ތިބާ ޖަވާބު ނުދީ ދޫކޮށްލި ސުވާލުތައް އެހުމުން، ތިބާގެ ނަތީޖާ އަދިވެސް %1 ވެދާނެ.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> ނުވަތަ </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ %1 ފެނުނު  ·  ✗ %2 ނުފެނުނު  ·  + %3 އިތުރުކުރި  —  ނަމޫނާ ޖަވާބުގައިވާ %4 ނިޝާނުގެ ތެރެއިން</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">އަޅާކިޔުން އެކްސްޕޯޓެއް ނުކުރެވުނު: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">ތަމްރީނުދޭ މީހާއަށް އެކްސްޕޯޓްކުރެވިއްޖެ: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ ހުރި</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– ނެތް</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? ޖަވާބު ނުދީ</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">ޖަވާބު ނުދީ ދޫކޮށްލާފައި، “ނޫން” އެއް ނޫން</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">ތަފާތު ޖަވާބެއް ދީފައި</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">ތިބާގެ ޖަވާބުތަކުގެ ސަބަބުން ސުވާލު ނުދެއްކުނު</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">ފެނުނު</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">ނުފެނުނު</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">އިތުރުކުރި</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">އަޅާކިޔުނު އެލެމެންޓުތައް</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">އެލެމެންޓު</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">ތިބާގެ</translation>
    </message>
    <message>
        <source>✓</source>
        <translation type="unfinished">✓</translation>
    </message>
    <message>
        <source>✗</source>
        <translation type="unfinished">✗</translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished">+</translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation type="unfinished">≠ %1</translation>
    </message>
    <message>
        <source>Found: indicators present in the model answer and in yours</source>
        <translation type="unfinished">ފެނުނު: ނަމޫނާ ޖަވާބުގައްޔާއި ތިބާގެ ޖަވާބުގައި ހުރި ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">ނުފެނުނު: ނަމޫނާ ޖަވާބުގައި ހުރި، ނަމަވެސް ތިބާގެ ޖަވާބުގައި ނެތް ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">އިތުރުކުރި: ތިބާގެ ޖަވާބުގައި ހުރި، ނަމަވެސް ނަމޫނާ ޖަވާބުގައި ނެތް ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">ފެނުނު</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">ނުފެނުނު</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">އިތުރުކުރި</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">ގުޅޭ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ނުގުޅޭ</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">ގުޅިދާނެ</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">ތިބާގެ ހާލަތު ނަމޫނާ ޖަވާބާ ތަފާތު</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation type="unfinished">✓ %1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1 (%2)</source>
        <translation type="unfinished">✗ %1 (%2)</translation>
    </message>
    <message>
        <source>+ %1 (%2)</source>
        <translation type="unfinished">+ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseExport</name>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">ތަމްރީނު — ޚިޔާލީ ކޭސް ސްޓަޑީ</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">އަޅާކިޔުން އެކްސްޕޯޓްކުރާނެ ފައިލެއް ހޮވާ.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">ގުޅޭ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ނުގުޅޭ</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">ގުޅިދާނެ (ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކަށް ބަރޯސާވޭ)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">ޖަވާބު ނުދީ (“ނޫން” އެއް ނޫން)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">ތަފާތު ޖަވާބެއް ދީފައި</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">ބައިވެރިޔާގެ ޖަވާބުތަކުގެ ސަބަބުން ސުވާލު ނުދެއްކުނު</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — ޝަރުޠީ: ޔަޤީނުން ގުޅޭ ޕްރޮފައިލެއް ނެތް</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ އެއްގޮތް</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">ތަފާތު</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު: %1 · ބައިވެރިޔާ: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ ފެނުނު</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ ނުފެނުނު</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ އިތުރުކުރި</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">މި އެލެމެންޓުގެ އެއްވެސް ނިޝާނެއް ދެފަރާތުގައިވެސް ނެތް.</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ އެއްގޮތް)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ ތަފާތު)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">ޕްރޮފައިލް: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު: %1؛ ބައިވެރިޔާ: %2.</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">މިތާނގެ ނަތީޖާ — ނަމޫނާ ޖަވާބު: %1؛ ބައިވެރިޔާ: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">އެލެމެންޓު</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">ބައިވެރިޔާ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">ފެނުނު</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">ނުފެނުނު</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">އިތުރުކުރި</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">ސަބަބުތައް</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">ތަފާތު ޖަވާބުތައް</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">ބައިވެރިޔާ ދީފައިވަނީ ނަމޫނާ ޖަވާބާ އެއް ޖަވާބުތަކެވެ.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">ސުވާލު</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(ޖަވާބު ނުދީ)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">މަޝްޤުގެ އަޅާކިޔުން — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. ޙަޤީޤީ މީހެއް ނޫން؛ ހަމައެކަނި ވޯކްޝޮޕަށް.</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">މަޝްޤުގެ އަޅާކިޔުން: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">ޗެކްލިސްޓް</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 ވަރޝަން %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރެވުނު</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ ނަތީޖާ ނަމޫނާ ޖަވާބާ އެއްގޮތް</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ ނަތީޖާ ނަމޫނާ ޖަވާބާ ތަފާތު</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބު: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">ބައިވެރިޔާ: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">ނިޝާނުތައް: ✓ %1 ފެނުނު · ✗ %2 ނުފެނުނު · + %3 އިތުރުކުރި</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">ދެފަރާތުގައިވެސް އެއްވެސް ޕްރޮފައިލެއް ނުގުޅޭތީ، އަޅާކިޔާނެ އެލެމެންޓެއް ނެތް.</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. މިއީ ސްކްރީނިންގ މަޝްޤެއް، ދެނެގަތުމެއް ނޫން. Lantern އިން އެކްސްޕޯޓްކުރެވިފައި.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">އަދި ނަތީޖާއެއް ނެތް</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">އަދި ސުވާލު ނުކުރެވޭ</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ވަރުގަދަ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">މެދުމިނުގެ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ބަލި</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">ގުޅޭ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ނުގުޅޭ</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">ގުޅިދާނެ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">އެއްވެސް ނިޝާނެއް ނެތް</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>%1 ނިޝާނު</numerusform>
            <numerusform>%1 ނިޝާނު</numerusform>
            <numerusform>%1 ނިޝާނު</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>%1 ނިޝާނު</numerusform>
            <numerusform>%1 ނިޝާނު</numerusform>
            <numerusform>%1 ނިޝާނު</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>އިތުރު %n</numerusform>
            <numerusform>އިތުރު %n</numerusform>
            <numerusform>އިތުރު %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 އަދި %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">ޚުލާޞާ އެކްސްޕޯޓްކުރޭ(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">ޕްރިންޓް ޕްރިވިއު(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">ހޮވާފައިވާ ކޭސްތައް އެކްސްޕޯޓްކުރޭ(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">ކޭސް %1 ގެ ޚުލާޞާ %2 އަށް އެކްސްޕޯޓްކުރެވިއްޖެ.</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">ޚުލާޞާ ތައްޔާރެއް ނުކުރެވުނު: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">1 ކޭސް %1 އަށް އެކްސްޕޯޓްކުރެވިއްޖެ.</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">%1 ކޭސް %2 އަށް އެކްސްޕޯޓްކުރެވިއްޖެ.</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">އެއްވެސް ކޭހެއް ހޮވާފައި ނެތް.</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">ކޭސް ހުޅުވިއެއް ނުދިޔަ: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">ކޭސްވޯކަރުގެ ނޯޓުތައް ހިމަނާ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ބްރައުޒްކުރޭ(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">ކޭސް %1 ގެ ޚުލާޞާ އެކްސްޕޯޓްކުރޭ</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF ޑޮކިއުމަންޓް</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML ޞަފްޙާ</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (ކޭހުގައި ހުރި ހުރިހާ އެއްޗެއް)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ފޯމެޓް</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">ލެޓަރ</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished">ކަރުދާހުގެ ސައިޒް</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">ކޭސްވޯކަރުގެ ނޯޓުތައް ހިމަނާ</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">އައުޓްޕުޓް ފައިލް</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">ޚުލާޞާ ރައްކާކުރާނެ ތަން</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">އައުޓްޕުޓް ފައިލް ހޮވާ</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ފޯމެޓް(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">ކަރުދާސް(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">ރައްކާކުރާ ތަން(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރޭ(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރޭ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ބާތިލްކުރޭ</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">ޚުލާޞާ ރައްކާކުރާނެ ތަން ހޮވާ.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">ޑޭޓާބޭސް ތަޅުލެވިފައި؛ އެކްސްޕޯޓްކުރުމަށް ތަޅުހުޅުވާ.</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">ޚުލާޞާ އެކްސްޕޯޓެއް ނުކުރެވުނު: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF ޑޮކިއުމަންޓްތައް (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML ޞަފްޙާތައް (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON ފައިލްތައް (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">ޚުލާޞާ ރައްކާކުރާ ނަން</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ބަސް(&amp;L):</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">ދެވަނަ ބަސް (ދެބަހުގެ ޚުލާޞާ)(&amp;B):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">ނެތް</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (ޑްރާފްޓް ތަރުޖަމާ)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">ޚުލާޞާގެ ބަސް</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">ދެވަނަ ބަސް (ދެބަހުގެ ޚުލާޞާ)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">ކޮންމެ ސުވާލެއް، ޖަވާބުގެ ޚިޔާރެއް، ސުރުޚީއެއް އަދި ނަސޭހަތެއް، ފުރަތަމަ ބަހުގެ ތިރީގައި މި ބަހުންވެސް ފެންނާނެ.</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">މިނިވަން ލިޔުން ހިމަނާ (ލިޔުމުގެ ޖަވާބުތަކާއި ނޯޓުތައް)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">ކޭސްވޯކަރުގެ ނޯޓުތައް ހިމަނާ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ބްރައުޒްކުރޭ(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">1 ކޭސް އެކްސްޕޯޓްކުރޭ</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">%1 ކޭސް އެކްސްޕޯޓްކުރޭ</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV ޓޭބަލް (އެއް ފައިލް)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON ޓޭބަލް (އެއް ފައިލް)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF ޚުލާޞާތައް (އާ ފޯލްޑަރެއް)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML ޚުލާޞާތައް (އާ ފޯލްޑަރެއް)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ފޯމެޓް</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">މިނިވަން ލިޔުން ހިމަނާ</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">ކޭސްވޯކަރުގެ ނޯޓުތައް ހިމަނާ</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">އައުޓްޕުޓް ފައިލް ނުވަތަ ފޯލްޑަރު</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">ލިޔާނެ ފައިލް، ނުވަތަ އާ ފޯލްޑަރު</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">އައުޓްޕުޓް ފައިލް ނުވަތަ ފޯލްޑަރު ހޮވާ</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ފޯމެޓް(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">ރައްކާކުރާ ތަން(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރޭ(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރޭ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ބާތިލްކުރޭ</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރާނެ ކޭސްތައް ކޭސް ލިސްޓުން ހޮވާ.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">އެކްސްޕޯޓް ރައްކާކުރާނެ ތަން ހޮވާ.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">ޑޭޓާބޭސް ތަޅުލެވިފައި؛ އެކްސްޕޯޓްކުރުމަށް ތަޅުހުޅުވާ.</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">ހޮވާފައިވާ %1 ކޭސް އެކްސްޕޯޓްކުރަނީ…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">ބާތިލްކުރޭ(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">އެކްސްޕޯޓްގެ ކުރިއެރުން</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">އެކްސްޕޯޓް ބާތިލްކުރެވިއްޖެ؛ އެއްވެސް އެއްޗެއް ނުލިޔެވުނު.</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">ކޭސްތައް އެކްސްޕޯޓެއް ނުކުރެވުނު: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ފައިލްތައް (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON ފައިލްތައް (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">ޓޭބަލް ރައްކާކުރާ ނަން</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">ޚުލާޞާތަކަށް ހަދާ އާ ފޯލްޑަރުގެ ނަން</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">އޮބްޖެކްޓެއް ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">ނުދަންނަ ފީލްޑެއް &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">ލާޒިމް ފީލްޑު &apos;%1&apos; ނެތް</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ ސްޓްރިންގެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos; ހުސްވެގެން ނުވާނެ</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">ރަނގަޅު އައިޑީއެއް ނޫން &apos;%1&apos;: ކުޑަ އަކުރުތަކާއި، ޑިޖިޓުތަކާއި، &apos;_&apos; ބޭނުންކުރޭ، އަދި ފަށަންވާނީ އަކުރަކުން</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ true ނުވަތަ false ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ ނަންބަރެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ މަދުވެގެން %2 ވާ ފުރިހަމަ އަދަދެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ އެރޭއެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos; އަކީ {&quot;en&quot;: &quot;...&quot;} ފަދަ ލޯކަލް މެޕެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">ހުސް ލޯކަލް މެޕެއް &apos;%1&apos;؛ މަދުވެގެން ޑިފޯލްޓް ބަހުން ލިޔުން ދޭ</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">&apos;%1&apos; ބަސް &quot;languages&quot; ގައި ލިސްޓުކޮށްފައި ނުވޭ</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">&apos;%1&apos; ލިޔުމަކީ ހުސް ނޫން ސްޓްރިންގެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; ލޯކަލް މެޕްގައި ޑިފޯލްޓް ބަސް &apos;%2&apos; ނެތް</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">ފައިލް ކިޔިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">ފައިލް ލިޔެވިއެއް ނުދިޔަ (އޭގެ ފޯލްޑަރުގައި ލިޔެވޭތޯ ބަލާ)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">ކޮޕީ ފުރިހަމައަށް ނުލިޔެވުނު (ޑިސްކު ފުރިފައިތޯ؟)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[ތަރުޖަމާކޮށްފައި ނުވޭ — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[%1 އަށް ތަރުޖަމާކޮށްފައި ނުވޭ]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">ނޯޓު: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">ހުރި ނިޝާނުތައް: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">؛ ޖަވާބު ނުލިބި ހުރި ސުވާލުތައްވެސް ގުނާނަމަ، ގިނަވެގެން: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">ކުރަންވީ ކަންތައް:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">ގުނުނު ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">އަދި ކަނޑައެޅިފައި ނުވާ ނިޝާނުތައް</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">މި އެލެމެންޓު ނިންމިދާނެ ސުވާލުތައް</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(މިހާރު: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">ޕްރޮފައިލް: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">ގުޅޭތޯ ބަރޯސާވަނީ: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">މި ޕްރޮފައިލްގެ ނަތީޖާ:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">އަދި އެއްވެސް ނަތީޖާއެއް ހަމަނުވޭ</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">؛ އަދިވެސް ވެދާނެ: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">ބައިބަޔަށް ޖަވާބުތައް</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">ކޭސްވޯކަރުގެ ނޯޓުތައް މި ޚުލާޞާގައި ހިމަނާފައި ނުވޭ.</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">އަދި އެއްވެސް ޖަވާބެއް ރެކޯޑުނުކުރެވޭ.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">ސުވާލު</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">ޖަވާބު</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">މަސްދަރު</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ނޯޓު</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(ބަހައްޓާފައި؛ ސުވާލު މިހާރު ނުގުޅޭ، ނުގުނޭ)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">އިންޓަވިއު ސެޝަންތައް</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">އެއްވެސް އިންޓަވިއު ސެޝަނެއް ރެކޯޑުކޮށްފައި ނެތް.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">ފެށި</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">ނިމުނު</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">ތަރުޖަމާނު</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">އިންޓަވިއުގެ ބަސް</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1؛ ކޭސްވޯކަރުގެ އިންޓަރފޭސް: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">އާނ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ނޫން</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">އަދި ނުނިމޭ</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1، ރިވިއުނުކުރެވޭ ޑްރާފްޓް ތަރުޖަމާއެއް</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">މި ޚުލާޞާ ހުރީ ދެ ބަހުން: ޗެކްލިސްޓުގެ ކޮންމެ ލިޔުމެއް %1 އިން ފެންނާނެ، އަދި އޭގެ ތިރީގައި %2 އިން.</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">ޗެކްލިސްޓުގެ ލިޔުންތައް ހުރީ %1 އިން.</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">ޑްރާފްޓް ތަރުޖަމާއެއް އަދި އެ ބަސް މާދަރީ ބަހަކަށްވާ މީހަކު ޗެކްކޮށްފައި ނުވޭ: ސަމާލުކަމާއެކު ކިޔާ.</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 އިން ފާހަގަކުރަނީ ޗެކްލިސްޓުގައި އެ ބަހުން ނެތް ލިޔުމެއް؛ އޭގެ ބަދަލުގައި ދައްކަނީ ނަން ބުނެފައިވާ ބަހުން ހުރި ލިޔުން (&quot;%2&quot;: ހުރީ މަތީގައިވާ ލައިން އެކަނި).</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1؛ ދެވަނަ ބަސް: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ބަސްތައް</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">ސްކްރީނިންގ ނަތީޖާ: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(ލެވެލް %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">ޝަރުޠީ:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">ނަތީޖާ ބަރޯސާވަނީ ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކަށް؛ ނޯޓުތައް ބަލާ.</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">ނަސޭހަތް: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ކޭސް</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">ކޭސް ކޯޑު</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ހާލަތު</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">އެންމެ ފަހުގެ ބަދަލު</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">ޗެކްލިސްޓް</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">ޗެކްލިސްޓުގެ އައިޑީ އަދި ވަރޝަން</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">ޗެކްލިސްޓުގެ SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">އެކްސްޕޯޓްކުރެވުނު</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">ކޭސް %1 ގެ ޚުލާޞާ</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">ތަމްރީނު — ޚިޔާލީ ކޭހެއް. ޙަޤީޤީ މީހެއް ނޫން.</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">ނަތީޖާއަށް ވާސިލުވި ގޮތް</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">Lantern އިން %1 ގައި އެކްސްޕޯޓްކުރެވުނު.</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">ޖަވާބު ދެވިފައި</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">ނޭނގޭ</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">ޖަވާބު ނުދިން</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">ސުވާލު ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">ނުގުޅޭ</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">އަދި ސުވާލު ނުކުރެވޭ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">އާނ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ނޫން</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">މީގެ އެއްވެސް އެއްޗެއް ނޫން</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">އަމިއްލައަށް ބުނި</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">ފާހަގަކުރެވުނު</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">ލިޔެކިޔުން</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">ތިންވަނަ ފަރާތެއް</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">އިންޓަވިއު</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">އިންޓަވިއުކުރެވޭ މީހާއަށް · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ ހުރިހާ ލިޔުމެއް ތަރުޖަމާކޮށްފައި ނުވޭ — ބައެއް ލިޔުން ހުރީ %1 އިން</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">ޑްރާފްޓް ތަރުޖަމާ، ރިވިއުނުކުރެވޭ</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">އިންޓަވިއުކުރެވޭ މީހާއަށް %1 އިން ސުވާލު: %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">ޤަވާޢިދު ހިސާބުކުރުމަށް ފުދޭވަރަށް މެމޮރީ ނެތް</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">ޤަވާޢިދު ހިސާބުކުރެވިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">ފައިލް ހުސް؛ JSON އޮބްޖެކްޓެއް ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON ޑޮކިއުމެންޓު ނިމުމަށްފަހު އުންމީދުނުކުރާ ލިޔުމެއް ހުރި</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">ނެސްޓިންގ %1 ލެވެލަށްވުރެ ފުން</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">އުންމީދުނުކުރާ ގޮތަކަށް ފައިލް ނިމިއްޖެ؛ އަގެއް ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">އަގެއް ހުންނަން ޖެހޭ؛ JSON ގައި ފަހަތުގައި ކޮމާ ހުރުން ހުއްދައެއް ނޫން</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">ރަނގަޅު އަގެއް ނޫން؛ JSON ގައި true، false އަދި null ލިޔަނީ ކުޑަ އަކުރުން، އަދި ލިޔުން ލިޔަނީ ޑަބަލް ކޯޓޭޝަނުގެ ތެރޭގައި</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">އަގެއް ހުންނަން ޖެހޭ (object، array، string، number، true، false ނުވަތަ null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">ރަނގަޅު ލިޓްރަލެއް ނޫން؛ %1 ހުންނަން ޖެހޭ (JSON ގައި ލިޔުމުގެ އަގުތަކަށް ޑަބަލް ކޯޓޭޝަން ބޭނުންވޭ)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">ރަނގަޅު ނަންބަރެއް ނޫން؛ ކުރިމަތީގައި ސުމެއް ހުރުން ހުއްދައެއް ނޫން</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">ރަނގަޅު ނަންބަރެއް ނޫން</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">ރަނގަޅު ނަންބަރެއް ނޫން؛ ޑެސިމަލް ޕޮއިންޓަށްފަހު ޑިޖިޓު ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">ރަނގަޅު ނަންބަރެއް ނޫން؛ އެކްސްޕޮނެންޓްގައި ޑިޖިޓު ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">ނަންބަރު ވަރަށް ބޮޑު</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">ރަނގަޅު \u އެސްކޭޕެއް ނޫން؛ ހެކްސަޑެސިމަލް ހަތަރު ޑިޖިޓު ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">ނިންމާފައި ނުވާ ސްޓްރިންގެއް</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">ސްޓްރިންގގައި ރަނގަޅު ނޫން އެސްކޭޕް ސީކުއެންސެއް &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u އެސްކޭޕްގައި ޖޯޑެއް ނެތް ސަރޮގޭޓެއް</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">ސްޓްރިންގގައި ރަނގަޅު ނޫން UTF-8؛ ފައިލް UTF-8 ގޮތަށް ރައްކާކުރޭ</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">ނިންމާފައި ނުވާ ސްޓްރިންގެއް؛ ބަންދުކުރާ &apos;&quot;&apos; ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">ނިންމާފައި ނުވާ ސްޓްރިންގެއް؛ ލައިން ނިމުމުގެ ކުރިން ބަންދުކުރާ &apos;&quot;&apos; ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">ސްޓްރިންގގައި ކޮންޓްރޯލް ކެރެކްޓަރެއް؛ އެ ލިޔާނީ \t ފަދަ އެސްކޭޕެއްގެ ގޮތުގައި</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">މެމްބަރެއްގެ ނަމެއް ހުންނަން ޖެހޭ؛ JSON ގައި ފަހަތުގައި ކޮމާ ހުރުން ހުއްދައެއް ނޫން</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">ޑަބަލް ކޯޓޭޝަނުގެ ތެރޭގައި މެމްބަރެއްގެ ނަމެއް ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">މެމްބަރުގެ ނަމަށްފަހު &apos;:&apos; ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">އުންމީދުނުކުރާ ގޮތަކަށް ފައިލް ނިމިއްޖެ؛ &apos;}&apos; ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">އޮބްޖެކްޓުގެ މެމްބަރަށްފަހު &apos;,&apos; ނުވަތަ &apos;}&apos; ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">އުންމީދުނުކުރާ ގޮތަކަށް ފައިލް ނިމިއްޖެ؛ &apos;]&apos; ހުންނަން ޖެހޭ</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">އެރޭގެ އައިޓަމަށްފަހު &apos;,&apos; ނުވަތަ &apos;]&apos; ހުންނަން ޖެހޭ</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">ޖަވާބު</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Lantern ފޮރުވުނީމާ ތަޅުލެވިއްޖެ.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n މިނިޓު ވަންދެން ހަރަކާތެއް ނެތުމުން ތަޅުލެވިއްޖެ.</numerusform>
            <numerusform>%n މިނިޓު ވަންދެން ހަރަކާތެއް ނެތުމުން ތަޅުލެވިއްޖެ.</numerusform>
            <numerusform>%n މިނިޓު ވަންދެން ހަރަކާތެއް ނެތުމުން ތަޅުލެވިއްޖެ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::MainWindow</name>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Hidden. Press F12 to show Lantern again.</source>
        <translation type="unfinished">ފޮރުވިފައި. Lantern އަލުން ދެއްކުމަށް F12 ފިއްތާ.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">ޑޭޓާބޭސް(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">އާ ޑޭޓާބޭސް(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހުޅުވާ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">ތަޅުލާ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ބެކަޕަކުން އަނބުރާ ގެންނަ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">ސެޓިންގްސް(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ނިކުމެދާ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">އެޑިޓް(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">ޖަވާބު އަނބުރާލާ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">ޖަވާބު އަލުން ލާ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">ކޭސް(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">ބެލުން(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">އެންމެ ފަހުން ބޭނުންކުރި ޑޭޓާބޭސް، %1، މިހާރު ނެތް. އާ ޑޭޓާބޭސްއެއް ހަދާ ނުވަތަ އެހެން ޑޭޓާބޭސްއެއް ހުޅުވާ.</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">ޑޭޓާބޭސް ނުހެދުނު: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">ކޭސްތަކުގެ ޑޭޓާބޭސްއެއް ހުޅުވާ</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern ޑޭޓާބޭސްތައް (*.lantern);;ހުރިހާ ފައިލެއް (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">މި ޑޭޓާބޭސް ނުހުޅުވޭނެ: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">އެންމެ ފަހުގެ ރަނގަޅު ބެކަޕުން އަނބުރާ ގެންނަ</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ޕާސްފްރޭޒް ޖަހާ.</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">ތަޅު ނުހުޅުވުނު: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">މި ޑޭޓާބޭސްގެ އަދި އެއްވެސް ބެކަޕެއް ނެތް.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ބެކަޕަކުން އަނބުރާ ގެންނަ</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ބަދަލުގައި %1 ބެކަޕް ބަހައްޓަންތަ؟ ފުރަތަމަ މިހާރުގެ ފައިލް ބެކަޕެއްގެ ގޮތުގައި ރައްކާކުރެވޭނެ.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">ބެކަޕް އަނބުރާ ގެނެވިއްޖެ. ބެކަޕް ނެގި އިރު ޑޭޓާބޭސްގައި ހުރި ޕާސްފްރޭޒުން ތަޅުހުޅުވާ.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">ބެކަޕް އަނބުރާ ނުގެނެވުނު: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — ތަމްރީނު (ޚިޔާލީ ކޭސްތައް)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">ޗެކްލިސްޓްތައް(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">ޗެކްލިސްޓްތައް ބަލާ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">ޗެކްލިސްޓެއް ޕްރެޒެންޓްކުރޭ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">ޗެކްލިސްޓެއް އިމްޕޯޓްކުރޭ(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">ޗެކްލިސްޓެއް އިމްޕޯޓްކުރޭ</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern ޗެކްލިސްޓްތައް (*.json);;ހުރިހާ ފައިލެއް (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">ތަމްރީނު(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު ހުޅުވާ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު ރީސެޓްކުރޭ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">މަޝްޤެއް ފަށާ(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީ ދައްކާ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">ނަމޫނާ ޖަވާބާ އަޅާކިޔާ(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">މި ކޭސް ނަމޫނާ ޖަވާބާ އަޅާނުކިޔޭނެ: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">ހައްލުކޮށްފައިވާ މިސާލު</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">ތަޅުލެވިއްޖެ.</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު ނުހެދުނު: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު ރީސެޓްކުރޭ</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު، ފުރަތަމަ ލިބުނު ކޭސް ސްޓަޑީތަކަށް އަނބުރާ ގެންދަންތަ؟ އޭގައި ކުރި ހުރިހާ މަޝްޤެއް އަދި ބަދަލެއް ފުހެލެވޭނެ. ޙަޤީޤީ ކޭސްތަކުގެ ޑޭޓާބޭސްތަކަށް އަތް ނުލެވޭނެ.</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު ރީސެޓެއް ނުކުރެވުނު: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު، އޭގެ ކޭސް ސްޓަޑީތަކަށް ރީސެޓްކުރެވިއްޖެ.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">އެހީ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">Lantern އާ ބެހޭ(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">އަލުން މަސައްކަތްކުރޭ</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">މެސެޖު</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">މި މެސެޖު ނައްތާލާ</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">މެސެޖު ނައްތާލާ</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">އާ ކޭސް</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (ވަރޝަން %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">، ތިބާގެ ފޯލްޑަރުން</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">ޗެކްލިސްޓް</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">ކޭސް ކޯޑު</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">ކޭސް ފަށާ(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">ކޭސް ފަށާ</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">ޗެކްލިސްޓް(&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">ކޭސް ކޯޑު(&amp;C):</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">ކޯޑު ހެދެނީ އޮޓޮމެޓިކުން؛ ބޭނުންނަމަ ތިބާގެ އަމިއްލަ ފައިލް ނަންބަރުތަކާ އެއްގޮތަށް ބަދަލުކުރޭ. އޭގައި ނަންތަކާއި، މީހަކު ދެނެގަނެވޭނެ އެހެން މަޢުލޫމާތު ނުޖަހާ.</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">ރަނގަޅު ޗެކްލިސްޓެއް ނުފެނުނު. ސެޓިންގްސްގައި ޗެކްލިސްޓް ފޯލްޑަރު ޗެކްކުރޭ.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">ޗެކްލިސްޓެއް ހޮވާ.</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">ކޭސް ކޯޑެއް ޖަހާ.</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">އެހެން ކޭހެއްގައި %1 ކޯޑު ކުރިންވެސް ހުރި؛ އެހެން ކޯޑެއް ހޮވާ.</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">ނޯޓު:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">މި ޖަވާބަށް ނޯޓެއް (ބޭނުންނަމަ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ނޯޓު</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">މަސްދަރު:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">ޖަވާބުގެ މަސްދަރު</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">ނަންބަރެއް</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1 އިން %2 އަށް ނަންބަރެއް</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">ނަންބަރެއް، މަދުވެގެން %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">ނަންބަރެއް، ގިނަވެގެން %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">ނަންބަރެއް ޖަހާ، މިސާލަކަށް 42.</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">ސަޕޯޓްނުކުރާ އޮޕަރޭޓަރެއް &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ މަދުވެގެން 1 އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ މަދުވެގެން %2 އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ 1 އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ %2 އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ ގިނަވެގެން 1 އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ ގިނަވެގެން %2 އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ %2 ނުވަތަ %3 އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">&apos;%1&apos; އޮޕަރޭޓަރު ނަގަނީ %2 އިން %3 އާ ހަމައަށް އާގިއުމަންޓް</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">ޤަވާޢިދު ނެސްޓްކޮށްފައިވަނީ ވަރަށް ފުންކޮށް</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">&apos;%2&apos; ޕްރޮފައިލްގެ &apos;%1&apos; ނަތީޖާ ބަލަނީ ކަނޑައެޅިފައި ނުވާ %3 އެލެމެންޓަށް، އެއީ ކޮންމެ ކޮމްބިނޭޝަނެއް ބަލާލުމަށް ވުރެ ގިނަ އަދަދެއް؛ އެހެންކަމުން އެ ނަތީޖާ ބެލެވެނީ ކަނޑައެޅިފައި ނުވާ ކަމަށް.</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">&apos;%2&apos; ޕްރޮފައިލްގައިވާ &apos;%1&apos; ނަތީޖާގެ ޤަވާޢިދު ހިސާބުކުރެވިއެއް ނުދިޔަ (%3)؛ އެ ނަތީޖާ ބެލެވެނީ ކަނޑައެޅިފައި ނުވާ ކަމަށް.</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeReasons</name>
    <message>
        <source>%1 is %2</source>
        <comment>an element and its status: X is met</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 އަދި %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">ހަމަވި: މީގެ ކުރީގެ އެއްވެސް ނަތީޖާއެއް ހަމަނުވާ ކޮންމެ ހާލަތެއްގައި މި ނަތީޖާ ގުޅޭ.</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">ހަމަވި، ސަބަބަކީ: %1.</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">ހަމަވި: އެލެމެންޓުތަކުގެ ހާލަތުތަކުގައި އޭގެ ޤަވާޢިދު ފުރިހަމަވޭ.</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">ހަމަނުވި، ސަބަބަކީ: %1.</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">ހަމަނުވި: އެލެމެންޓުތަކުގެ ހާލަތުތަކުގައި އޭގެ ޤަވާޢިދު ފުރިހަމަ ނުވޭ.</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">އަދިވެސް ހަމަވެދާނެ: އެއީ އަދި ކަނޑައެޅިފައި ނުވާ އެލެމެންޓުތަކަށް ބަރޯސާވާ ކަމެއް (%1).</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">އަދިވެސް ހަމަވެދާނެ: އެއީ އަދި ކަނޑައެޅިފައި ނުވާ އެލެމެންޓުތަކަށް ބަރޯސާވާ ކަމެއް.</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">ކޭސް %1 · އެކްސްޕޯޓްކުރީ %2 · ޞަފްޙާ %3، ޖުމްލަ %4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">ތަމްރީނު — ޚިޔާލީ ކޭސް · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">ވަރުގަދަ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">މެދުމިނުގެ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ބަލި</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">އާނ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ނޫން</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">ޖަވާބު ނުލިބޭ</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">ފުރިހަމަވާ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ފުރިހަމަ ނުވާ</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">ކަނޑައެޅިފައި ނުވާ</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">ނުބޭނުންވި</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">ސްލައިޑުގެ ސުރުޚީ</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — ޕްރެޒެންޓޭޝަން</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">ސްލައިޑު</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">ސްޓެޕް</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">ޕްރެޒެންޓްކުރާނެ އެއްޗެއް ނެތް</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished">%1 / %2</translation>
    </message>
</context>
<context>
    <name>lantern::ProvenanceSummary</name>
    <message>
        <source>checklist</source>
        <translation type="unfinished">ޗެކްލިސްޓް</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">އެލެމެންޓު</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">ނިޝާނު</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">ޕްރޮފައިލް</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">މަސްދަރުތަކާ އަޅާކިޔައި ޔަޤީންކޮށްފައި.</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">މުޅިއެކީ މަސްދަރުތަކާ އަޅާކިޔައި ޔަޤީންކޮށްފައި ނުވޭ.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">މަސްދަރު: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">އަދި ޔަޤީންކޮށްފައި ނުވާ:</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1، މަސްދަރު: %2، %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1، މަސްދަރު: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a part and what is still to check</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionPane</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished">ސުވާލުތައް</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">ސުވާލު</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ބާވަތް</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">ލާޒިމު</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">ހަސާސް</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">އަހާނީ ކޮންއިރަކު</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">ބައިތަކާއި ސުވާލުތައް</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">އާނ / ނޫން</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">%1 ޚިޔާރުގެ ތެރެއިން އެކެއް</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">%1 ޚިޔާރުގެ ތެރެއިން ކޮންމެ ޢަދަދެއް</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">ލިޔުން</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">ތާރީޚު</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">ނަންބަރު، %1 އިން %2 އަށް</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">ނަންބަރު</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">ލާޒިމު</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ ހަސާސް</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">ސަމާލުކަމާއެކު ބަލަހައްޓާ؛ ޕްރެޒެންޓްކުރާއިރު ދުވަހަކުވެސް ނުދައްކާ</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">ލާޒިމު</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">ހަސާސް — މަޑުމައިތިރިކޮށް އަހާ</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">ތަރުޖަމާކޮށްފައި ނުވޭ</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">އަހާ</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">އަހާ · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">ސުވާލު %1: %2 (ލާޒިމު)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">ސުވާލު %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">އިންޓަވިއުކުރާ މީހާއަށް ނޯޓު:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">ބަލައިގަނެވޭ ޖަވާބުތައް:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">ތިބާއަށް</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">އިންޓަވިއުކުރާ މީހާއަށް</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">އަވަހަށް ފޮރުވާ(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">ވަގުތުން ވިންޑޯ ހުސްކުރޭ؛ އަލުން ދެއްކުމަށް F12 ފިއްތާ</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">ސުވާލު &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">ބައި &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">%1 ދައްކަންވީތޯ ބަރޯސާވަނީ އެއަށް އަމިއްލައަށް؛ އެ ދައްކައި، ކަނޑައެޅިފައި ނުވާ ކަމަށް ބެލެވޭ.</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">ސުވާލު &apos;%1&apos; ދައްކަންވީތޯ ކަނޑައަޅާ ޤަވާޢިދު ހިސާބުކުރެވިއެއް ނުދިޔަ (%2)؛ އެ ސުވާލު ދައްކައި، ކަނޑައެޅިފައި ނުވާ ކަމަށް ބެލެވޭ.</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">ބައި &apos;%1&apos; ދައްކަންވީތޯ ކަނޑައަޅާ ޤަވާޢިދު ހިސާބުކުރެވިއެއް ނުދިޔަ (%2)؛ އެ ބައި ދައްކައި، ކަނޑައެޅިފައި ނުވާ ކަމަށް ބެލެވޭ.</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ބެކަޕަކުން އަނބުރާ ގެންނަ</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">އަނބުރާ ގެންނަ ބެކަޕް ހޮވާ. ފުރަތަމަ މިހާރުގެ ޑޭޓާބޭސް ފައިލް ބެކަޕެއްގެ ގޮތުގައި ރައްކާކުރެވޭތީ، އެއްވެސް އެއްޗެއް ނުގެއްލޭނެ. ބެކަޕެއް ހުޅުވޭނީ ބެކަޕް ނެގި އިރު ޑޭޓާބޭސްގައި ހުރި ޕާސްފްރޭޒުން.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">ބެކަޕްތައް</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">އަނބުރާ ގެންނަ(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2 ބެކަޕް، %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">ވެރިއަބަލްގެ ނަމަކީ ލިޓްރަލް ސްޓްރިންގެއް ކަމަށް ވާން ޖެހޭ</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">ޤަވާޢިދު ތަޙުލީލުކުރެވިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::RuleOperands</name>
    <message>
        <source>“%1”</source>
        <comment>a value quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>%1 is more than %2</source>
        <translation type="unfinished">%1 އަކީ %2 އަށްވުރެ ގިނަ</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 އަކީ މަދުވެގެން %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 އަކީ %2 އަށްވުރެ މަދު</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 އަކީ ގިނަވެގެން %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 އަކީ %2 ނޫން</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 އަކީ %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">އާނ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ނޫން</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">ފުރިހަމަވާ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ފުރިހަމަ ނުވާ</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">ތެދު</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">ދޮގު</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">ޖަވާބެއް ނެތް</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">އެއްވެސް އެއްޗެއް ނޫން</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (ޖަވާބު ދީފައި ނުވާނަމަ %2)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1 ގެ ތެރެއިން އެންމެ ބޮޑު އަދަދު</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1 ގެ ތެރެއިން އެންމެ ކުޑަ އަދަދު</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">މައިނަސް %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1 އަކީ އާނ</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1 ގައި ޚިޔާރެއް ހޮވާފައިވޭ</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 އަކީ 0 ނޫން އަދަދެއް</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 އަށް ޖަވާބު ދެވިފައި</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 އަކީ %2 އަށްވުރެ ގިނަ އަދި %3 އަށްވުރެ މަދު</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 އަކީ %2 އިން %3 އާ ހަމައަށް</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 ފުރިހަމަވޭ</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 ފުރިހަމަ ނުވޭ</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 ގައި %2 ހިމެނޭ</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 އަކީ %2 ގެ ތެރެއިން އެއްޗެއް</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1 ގައި %2 އެކުލެވޭ</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 ހިމެނެނީ %2 ގައި</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1 ގައި %2 ގެ ހުރިހާ އެއްޗެއް ހިމެނޭ</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 ގައި %2 ގެ ތެރެއިން ކޮންމެވެސް އެއްޗެއް ހިމެނޭ</translation>
    </message>
</context>
<context>
    <name>lantern::RuleWords</name>
    <message>
        <source>“%1”</source>
        <comment>a title quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an element and its status: Exploitation (met)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>a sensitive question</source>
        <translation type="unfinished">ހަސާސް ސުވާލެއް</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">ދުވަހަކުވެސް ނޫން</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">އަބަދުވެސް</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">، އަދި </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">؛ ނުވަތަ </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> އަދި </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> ނުވަތަ </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 ފުރިހަމަ ނުވޭ</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1 އަކީ އާނ ނޫން</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1 ގައި އެއްވެސް ޚިޔާރެއް ހޮވާފައި ނުވޭ</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1 އަށް ޖަވާބު ދީފައި ނުވޭ</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">%1 ނޫން</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">(%1) ނޫން</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">%1 ނަމަ، %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">ނޫންނަމަ، %1 ނަމަ، %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">ނޫންނަމަ %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2 ގެ ތެރެއިން ޖަވާބު ދެވިފައިވަނީ %1 އަށްވުރެ މަދު ސުވާލަކަށް</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1 އަށް ޖަވާބު ދީފައި ނުވޭ</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1 ގެ ތެރެއިން ކޮންމެވެސް ސުވާލަކަށް ޖަވާބު ދީފައި ނުވޭ</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">ރައްކާކުރުމުގެ ހާލަތު</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ ރައްކާކުރެވިއްޖެ</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ ރައްކާކުރެވުނީ %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ ރައްކާ ނުކުރެވުނު: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">&apos;%1&apos; ޕްރޮފައިލްގެ &apos;applies&apos; ޤަވާޢިދު ހިސާބުކުރެވިއެއް ނުދިޔަ (%2)؛ އެ ޕްރޮފައިލް ގުޅޭތޯ ބެލެވެނީ ކަނޑައެޅިފައި ނުވާ ކަމަށް.</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކަށް ބިނާވެ، &apos;%1&apos; ޕްރޮފައިލްގެ ނަތީޖާ އަދިވެސް މިއަށްވުރެ ސީރިއަސް ނަތީޖާއަކަށް ވެދާނެ (%2).</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">&apos;%1&apos; ޕްރޮފައިލްވެސް ގުޅިދާނެ (ބަރޯސާވަނީ: %2)؛ ގުޅޭނަމަ، އޭގެ ނަތީޖާ &apos;%3&apos; އަކީ މިއަށްވުރެ ސީރިއަސް ނަތީޖާއެއް.</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">&apos;%1&apos; ޕްރޮފައިލް ގުޅޭތޯ ބަރޯސާވަނީ ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކަށް: %2. އެހެން ނަމަވެސް އެ ޕްރޮފައިލް ހިސާބުކުރެވިއްޖެ.</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">މި ޖަވާބުތަކާ އެއްވެސް ޕްރޮފައިލެއް ނުގުޅޭތީ، މުޅި ނަތީޖާއެއް ނެތް.</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">އަދި އެއްވެސް ޕްރޮފައިލަކުން ނަތީޖާއެއް ހަމަނުވޭ: ކޮންމެ ނަތީޖާއެއް އަދިވެސް ބަރޯސާވަނީ ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކަށް.</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">ޔަޤީނުން ގުޅޭ ޕްރޮފައިލެއް ނެތް: މުޅި ނަތީޖާއަކީ، ގުޅޭ ޕްރޮފައިލް ނިންމާ، ޖަވާބު ނުލިބި ހުރި ސުވާލުތަކަށް ބަރޯސާވާ ޝަރުޠީ ނަތީޖާއެއް.</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">&apos;%1&apos; ނިޝާނުގެ ޤަވާޢިދު ހިސާބުކުރެވިއެއް ނުދިޔަ (%2)؛ އެ ނިޝާނު ބެލެވެނީ ކަނޑައެޅިފައި ނުވާ ކަމަށް.</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern ބޭނުންކުރާ މީހުން ކިޔާ ކޮންމެ އަކުރެއް، މި ކޮމްޕިއުޓަރު އެ ދައްކާ ފޮންޓުން</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — ފޮންޓެއް ނެތް</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">ފޮށިގަނޑުތަކެއްގެ ގޮތުގައި ފެންނަ: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">އޭގެ ޚުލާޞާ ރައްކާއެއް ނުކުރެވުނު</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">%2 ކޭހުގެ ތެރެއިން %1 ކޭސް އާ ހޯދުމަށް ތައްޔާރެއް ނުކުރެވުނު (%3)؛ ކޮންމެ ކޭހެއް ތައްޔާރުކުރެވޭނީ ދެން އެ ކޭސް ހުޅުވާ އިރު</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">ހޯދޭނެ ޖަވާބުތައް</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">ކޭސް ލިސްޓުން ކޭހެއް ހޯދަނީ އޭގެ ކޯޑާއި ނަތީޖާއިން، އަދި މިތާނގައި ފާހަގަކޮށްފައިވާ ސުވާލުތަކަށް ދީފައިވާ ޖަވާބުތަކުން. އެ ޖަވާބުތައް ޑޭޓާބޭސްގައި ހުންނާނީ އެންކްރިޕްޓްކޮށްފައި؛ ޑޭޓާބޭސްގެ ތަޅު ހުޅުވާފައި ހުރި ހިނދު، ހޯދުމަށްޓަކައި އެ ޖަވާބުތައް މެމޮރީގައި ބަހައްޓާ. ޗެކްލިސްޓުގައި ހަސާސް ކަމަށް ފާހަގަކޮށްފައިވާ ސުވާލުތައް ދުވަހަކުވެސް ނުހޯދޭނެ.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (ވަރޝަން %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">ޗެކްލިސްޓް</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">ކޭސް ލިސްޓުން ޖަވާބުތައް ހޯދާ ސުވާލުތައް</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">ލާގޫކުރޭ(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">ޑިފޯލްޓް ބޭނުންކުރޭ(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">ހަސާސް ކަމަށް ފާހަގަ ނުކޮށްފައިވާ، ލިޔުމުން ޖަވާބުދޭ ސުވާލުތަކުގެ ޖަވާބުތައް</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">ޗެކްލިސްޓް(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — ހަސާސް، ދުވަހަކުވެސް ނުހޯދޭނެ</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">ބައިތައް</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down އާއި Ctrl+Page Up އިން ބައިތަކުގެ މެދުގައި ހަރަކާތްކުރެވޭ</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">މިހާތަނަށް ލިބުނު ޖަވާބުތަކުގެ ސަބަބުން ނުއަހާ</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ ހުރިހާ %1 ސުވާލަށް ޖަވާބު ދެވިއްޖެ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2 ގެ ތެރެއިން %1 އަށް ޖަވާބު ދެވިއްޖެ</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">ތަރުޖަމާނެއް ބޭނުންކުރި(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">ސެޝަންގެ ހާލަތު</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">ތަރުޖަމާނެއް ބޭނުންކުރި</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">އިންޓަވިއުގެ ބަސް(&amp;L):</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">އިންޓަވިއުގެ ބަސް</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">އިންޓަވިއު ކުރާ ބަސް (th ފަދަ ބަހުގެ ކޯޑެއް)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">އިންޓަވިއު ސެޝަން ފަށާ ނުވަތަ މަޑުކޮށްލާ</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">ސެޝަންތައް ރެކޯޑެއް ނުކުރެވޭނެ: ކޭސްތަކުގެ އެއްވެސް ޑޭޓާބޭސްއެއް ހުޅުވާފައި ނެތް.</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">ސެޝަން ފަށާ(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">މި ވިއުގައި ސެޝަންތައް ރެކޯޑެއް ނުކުރެވޭ.</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">ސެޝަން މަޑުކޮށްލާ(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">ސެޝަން %1، %2 އިން ފެށިގެން ދަނީ</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">ސެޝަން ކުރިއަށް ގެންދޭ(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">އަދި އެއްވެސް ސެޝަނެއް ރެކޯޑުނުކުރެވޭ.</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">މަޑުކޮށްލާފައި — މިހާތަނަށް 1 ސެޝަން.</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">މަޑުކޮށްލާފައި — މިހާތަނަށް %1 ސެޝަން.</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern ކުޑަކޮށްލުމުން ނުވަތަ ފޮރުވުމުން ތަޅުލާ(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ސެޓިންގްސް</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> މިނެޓް</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">ދުވަހަކުވެސް ނޫން</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">ހަރަކާތެއް ނެތި މިނެޓްތަކަކަށްފަހު ތަޅުލާ</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">ކުޑަކޮށްލުމުން ނުވަތަ ފޮރުވުމުން ތަޅުލާ</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">ތިބާގެ އަމިއްލަ ޗެކްލިސްޓްތަކުގެ ފޯލްޑަރު</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">ޑެސްކްޓޮޕްގެ ޑިފޯލްޓް</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">އިންޓަފޭސްގެ ފޮންޓް ސައިޒް</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ބްރައުޒްކުރޭ(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">ޗެކްލިސްޓް ފޯލްޑަރު ހޮވާ</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">ހަރަކާތެއް ނެތުމުން ތަޅުލާ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">ޗެކްލިސްޓް ފޯލްޑަރު(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">ފޮންޓް ސައިޒް(&amp;F):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">ޑެސްކްޓޮޕާ އެއްގޮތަށް</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — ޑްރާފްޓް ތަރުޖަމާ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">އިންޓަފޭސްގެ ބަސް</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">ކައިރިކައިރީގައި</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">އެކެއްގެ މަތީގައި އަނެކެއް</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">ދެބަހުގެ ސުވާލުތައް</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">އިންޓަވިއުކުރެވޭ މީހާގެ ލިޔުމުގެ ސައިޒް</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">އިންޓަފޭސްގެ ބަސް(&amp;G):</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">ދެބަހުގެ ސުވާލުތައް(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">އިންޓަވިއުކުރެވޭ މީހާގެ ލިޔުމުގެ ސައިޒް(&amp;I):</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">އެންކްރިޕްޝަން ލައިބްރަރީ ފެށިއެއް ނުދިޔަ</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">ޕާސްފްރޭޒް ރަނގަޅެއް ނޫން</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ޕާސްފްރޭޒް ހުސް</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ކީ ސެޓިންގްތަކަށް ގެއްލުން ލިބިފައި</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">ޑޭޓާބޭސް ތަޅުލެވިފައި</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">ރައްކާކޮށްފައިވާ ޑޭޓާ ސައްޙަކަން ޗެކްކުރުމުން ފާސްނުވި (ބަދަލުކޮށްފައި ނުވަތަ ގެއްލުން ލިބިފައި)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ އެންކްރިޕްޝަނަށް ފުދޭވަރަކަށް މެމޮރީ ނެތް؛ އެހެން ޕްރޮގްރާމްތައް ބަންދުކޮށް އަލުން މަސައްކަތްކޮށްލާ</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">މަޝްޤެއް ފަށާ</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީ ކިޔާ، ދެން ވަޒީފާގައި ކުރާ ގޮތަށް ޗެކްލިސްޓް ބޭނުންކޮށް އިންޓަވިއުކުރޭ. ނިމުމުން، ތިބާގެ ޖަވާބުތައް ނަމޫނާ ޖަވާބާ އަޅާކިޔާ.</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީ</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">މިސާލަކަށް ގްރޫޕް 3، ނުވަތަ ތިބާގެ ފުރަތަމަ ނަން</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">ބައިވެރިޔާ ނުވަތަ ގްރޫޕް</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">ކޭސް ސްޓަޑީ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">ބައިވެރިޔާ ނުވަތަ ގްރޫޕް(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">ފަށާ(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">މައުޟޫޢު: %1 · ޗެކްލިސްޓް %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">އެއްވެސް ކޭސް ސްޓަޑީއެއް އިންސްޓޯލްކޮށްފައި ނެތް.</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">ތަމްރީނުދޭ މީހާއަށް މަޝްޤުތައް ވަކިކޮށް އެނގޭނެ ގޮތަށް، ނަމެއް ނުވަތަ ގްރޫޕެއް ޖަހާ.</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 މި ކޭސް ސްޓަޑީ ކުރިންވެސް ފަށާފައި؛ އެހެން ނަމެއް ހޮވާ.</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">ކޭސްތަކުގެ އާ ޑޭޓާބޭސްއެއް ހަދާ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">ކުރިން ހުރި ޑޭޓާބޭސްއެއް ހުޅުވާ(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު ހުޅުވާ(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern އަށް މަރުޙަބާ</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern އިން ސްކްރީނިންގ ކޭސްތައް ބަހައްޓަނީ މި ކޮމްޕިއުޓަރުގައިވާ އެންކްރިޕްޓްކޮށްފައިވާ ޑޭޓާބޭސްއެއްގައި. އެއްވެސް އެއްޗެއް އެއްވެސް ތަނަކަށް ނުފޮނުވޭ. ފެށުމަށް، ޕާސްފްރޭޒަކުން ރައްކާތެރިކޮށްފައިވާ ޑޭޓާބޭސްއެއް ހަދާ، ނުވަތަ ތިބާގެ ގާތުގައި ހުރި ޑޭޓާބޭސްއެއް ހުޅުވާ.</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">ތަމްރީނުދޭ މީހުންނާއި ވޯކްޝޮޕްގެ ބައިވެރިންނަށް: ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދުގައި ހުންނަނީ ހަމައެކަނި ޚިޔާލީ ކޭސް ސްޓަޑީތައް. އެއީ އެންކްރިޕްޓްކޮށްފައިވާ ތަނެއް ނޫން، އަދި ސާފުކޮށް ފާހަގަކޮށްފައި ހުންނާނެ؛ އެތަނުގައި ދުވަހަކުވެސް ޙަޤީޤީ މީހެއްގެ ކޭސް ނުޖަހާ.</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު ހުޅުވާ</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">ކޭސްތަކުގެ އާ ޑޭޓާބޭސްއެއް ހަދާ</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">ކުރިން ހުރި ޑޭޓާބޭސްއެއް ހުޅުވާ</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">ކޭސް %1 ގެ ހާލަތު ބަދަލުކުރޭ</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">އާ ހާލަތު</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">ބަދަލުގެ ސަބަބު</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">ހާލަތު ބަދަލުވާ ސަބަބު، މިސާލަކަށް &quot;ޤައުމީ ރިފަރަލް މެކޭނިޒަމަށް ރިފަރކުރެވިއްޖެ&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">ހާލަތު ބަދަލުކުރޭ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">ހާލަތު(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">ސަބަބު(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">މިހާރުގެ ހާލަތާ ތަފާތު ހާލަތެއް ހޮވާ.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">ސަބަބެއް ޖަހާ: އެ ރައްކާކުރެވޭނީ ކޭހުގެ އޮޑިޓް ރެކޯޑުގައި.</translation>
    </message>
</context>
<context>
    <name>lantern::StorageError</name>
    <message>
        <source>%1: %2</source>
        <comment>a cause, then what did not happen</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished">ޑިސްކު ފުރިފައި</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">ޑޭޓާބޭސް ފައިލް ނުހުޅުވޭނެ (އޭގެ ފޯލްޑަރު ހުރިތޯއާއި އޭގައި ލިޔެވޭތޯ ބަލާ)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">ކޮމްޕިއުޓަރުގެ މެމޮރީ ހުސްވެއްޖެ</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">ޑޭޓާބޭސްއިން ނުހީކުރާ މައްސަލައެއް ރިޕޯޓުކުރި (ކޯޑު %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">މި ފައިލަކީ Lantern ޑޭޓާބޭސްއެއް ނޫން</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">މި ޑޭޓާބޭސް ހަދާފައިވަނީ Lantern ގެ އާ ވަރޝަނަކުން (ސްކީމާ %1)؛ އެ ހުޅުވުމަށް Lantern އަޕްޑޭޓްކުރޭ</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">ޑޭޓާބޭސް ހުރީ ހަމައެކަނި ކިޔޭ ތަނެއްގައި</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">ޑޭޓާބޭސް އެހެން Lantern ވިންޑޯއެއް ނުވަތަ ޕްރޮސެސްއެއްގައި ހުޅުވިފައި</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">ޑޭޓާބޭސް ފައިލަށް ގެއްލުން ލިބިފައި؛ އެ ބެކަޕަކުން އަނބުރާ ގެންނަ</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">މި މަގުގައި ޑޭޓާބޭސްއެއް ނެތް</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">މި މަގުގައި ކުރިންވެސް ފައިލެއް ހުރި</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">ޑޭޓާބޭސް ތަޅުލެވިފައި: ފުރަތަމަ އޭގެ ތަޅުހުޅުވާ</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">ޑިސްކު ކިޔިއެއް ނުވަތަ އޭގައި ލިޔެވިއެއް ނުދިޔަ</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ ވަރުގަދަ</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ މެދުމިނުގެ</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ ބަލި</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">މި ޕްރޮފައިލްގައި ނުގުނޭ</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">ނިޝާނު، އެލެމެންޓުގެ ތަރުތީބުން</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">ކޭސް %1 ގެ ޕްރިންޓް ޕްރިވިއު</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">ޖަވާބު ޖަހާ، ދެން Enter ފިއްތާ</translation>
    </message>
</context>
<context>
    <name>lantern::ThresholdWords</name>
    <message>
        <source>%1 %2</source>
        <comment>a count and the strengths it counts: 2 medium or weak</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicator</source>
        <comment>%1: the strengths counted, e.g. strong</comment>
        <translation type="unfinished">
            <numerusform>%1 %n ނިޝާނު</numerusform>
            <numerusform>%1 %n ނިޝާނު</numerusform>
            <numerusform>%1 %n ނިޝާނު</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%1 %n ނިޝާނު</numerusform>
            <numerusform>%1 %n ނިޝާނު</numerusform>
            <numerusform>%1 %n ނިޝާނު</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 އަދި %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ވަރުގަދަ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">މެދުމިނުގެ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ބަލި</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">މެދުމިނުގެ ނުވަތަ ބަލި</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">ވަރުގަދަ ނުވަތަ މެދުމިނުގެ</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">ކޮންމެ ވަރެއްގެ</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">އެއްވެސް ނިޝާނެއް ނެތިވެސް</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">ކޮންމެ ވަރެއްގެ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>ކޮންމެ ވަރެއްގެ %n ނިޝާނު</numerusform>
            <numerusform>ކޮންމެ ވަރެއްގެ %n ނިޝާނު</numerusform>
            <numerusform>ކޮންމެ ވަރެއްގެ %n ނިޝާނު</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>ކޮންމެ ވަރެއްގެ %n ނިޝާނު</numerusform>
            <numerusform>ކޮންމެ ވަރެއްގެ %n ނިޝާނު</numerusform>
            <numerusform>ކޮންމެ ވަރެއްގެ %n ނިޝާނު</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">ޖުމްލަ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>ޖުމްލަ %n ނިޝާނު</numerusform>
            <numerusform>ޖުމްލަ %n ނިޝާނު</numerusform>
            <numerusform>ޖުމްލަ %n ނިޝާނު</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>ޖުމްލަ %n ނިޝާނު</numerusform>
            <numerusform>ޖުމްލަ %n ނިޝާނު</numerusform>
            <numerusform>ޖުމްލަ %n ނިޝާނު</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">އެއްވެސް ވަރަކަށް ޕޮއިންޓެއް ނުދެވޭ</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">ފުރިހަމަވަނީ ހުރި ނިޝާނުތަކުގެ ޕޮއިންޓުގެ ޖުމްލަ މަދުވެގެން %1 ވުމުން (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">ދުވަހަކުވެސް ފުރިހަމަ ނުވޭ: ޙައްދުގައި އެއްވެސް ގޮތެއް ބަޔާންކޮށްފައި ނެތް</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">ފުރިހަމަވަނީ: %1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">؛ ނުވަތަ </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">ތަމްރީނު — ޚިޔާލީ ކޭސްތައް · އެންކްރިޕްޓްކޮށްފައި ނެތް · މިތާނގައި ދުވަހަކުވެސް ޙަޤީޤީ މީހެއްގެ ކޭސް ނުޖަހާ</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">ތަމްރީނުގެ މަސައްކަތު ސަރަޙައްދު: ހަމައެކަނި ޚިޔާލީ ކޭސްތައް</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ތަޅުހުޅުވާ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">އެހެން ޑޭޓާބޭސްއެއް ހުޅުވާ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">އާ ޑޭޓާބޭސް(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ބެކަޕަކުން އަނބުރާ ގެންނަ(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">ކޭސްތަކުގެ ޑޭޓާބޭސް ތަޅުހުޅުވާ</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ނަން</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">ޑޭޓާބޭސްގެ ފޯލްޑަރު</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">ޕާސްފްރޭޒް</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">ތަޅުހުޅުވާ</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">އެހެން ޑޭޓާބޭސްއެއް ހުޅުވާ</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">އާ ޑޭޓާބޭސްއެއް ހަދާ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ބެކަޕަކުން އަނބުރާ ގެންނަ</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">ޕާސްފްރޭޒް(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">%1 ގައި</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">ތަޅުހުޅުވަނީ…</translation>
    </message>
</context>
</TS>
