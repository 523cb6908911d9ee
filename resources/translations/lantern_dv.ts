<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="dv">
<context>
    <name>AssessmentHtml</name>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ކޭސް</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">އާ ޕާސްފްރޭޒް</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">ޕާސްފްރޭޒް(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">ޑޭޓާބޭސްއެއް ހުޅުވާފައެއް ނެތް.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: indicators present in the model answer and in yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::MainWindow</name>
    <message>
        <source>Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Press F12 to show Lantern again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">ސެޓިންގްސް(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">ކޭސް(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">ޗެކްލިސްޓްތައް(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">ތަމްރީނު(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ScriptSamples</name>
    <message>
        <source>Latin (English, Filipino)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devanagari (Hindi, Nepali)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han (Simplified Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangul (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thaana (Dhivehi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ސެޓިންގްސް</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern އަށް މަރުޙަބާ</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">ޕާސްފްރޭޒް</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">ޕާސްފްރޭޒް(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
