<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">កំពុងបើក</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">បានវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">បានបញ្ជូន</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">បានបិទ</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">មិនទាន់វាយតម្លៃ</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">លទ្ធផលកម្រិត %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (លំនាំដើម)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">លេខសម្គាល់</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">កំណែ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ទម្រង់</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ឯកសារ</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (ភ្ជាប់មកជាមួយ Lantern)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">ទេ — សូមមើលប្រភពដើម</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 ផ្នែក សំណួរ %2 (រសើប %3) សូចនាករ %4 វិមាត្រ %5 និងបញ្ជីសូចនាករ %6។</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">វិមាត្រ និងលក្ខខណ្ឌដែលវិមាត្រនីមួយៗត្រូវបានបំពេញ</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">គ្មានសូចនាករណាត្រូវបានគិតទម្ងន់នៅទីនេះទេ</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">គិតទម្ងន់៖ ខ្លាំង %1 មធ្យម %2 ខ្សោយ %3</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">លទ្ធផល តាមលំដាប់នៃការពិនិត្យ</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">កម្រិត %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">បានសម្គាល់ថាបានផ្ទៀងផ្ទាត់ជាមួយប្រភពរបស់វា។</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">មិនទាន់ផ្ទៀងផ្ទាត់៖ ផ្នែកខ្លះនៃបញ្ជីត្រួតពិនិត្យនេះ នៅតែត្រូវផ្ទៀងផ្ទាត់ជាមួយប្រភពរបស់វា។</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">ប្រភព</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបានសម្គាល់ថាមិនទាន់ផ្ទៀងផ្ទាត់ទេ។</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">នៅមិនទាន់ផ្ទៀងផ្ទាត់ (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">ទាំងមូល៖ សូមមើលកំណត់សម្គាល់ខាងលើ។</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">របាយការណ៍ HTML សម្រាប់គ្រូបង្គោល (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">តារាង CSV មួយជួរដេកក្នុងមួយសូចនាករ (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON ប្រៀបធៀបអ្វីៗទាំងអស់ (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">នាំចេញការប្រៀបធៀបសម្រាប់គ្រូបង្គោល</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">ទិដ្ឋភាពរួម</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">ចម្លើយគំរូ៖ %1; របស់អ្នក៖ %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">ចម្លើយដែលខុសគ្នា</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">អ្នកបានឆ្លើយដូចចម្លើយគំរូទាំងអស់។</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">ចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">របស់អ្នក</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(ទុកចំហ)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">ជ្រើសរើសឃ្លាសម្ងាត់៖ ពាក្យច្រើនដែលអ្នកអាចចងចាំបាន ងាយស្រួលវាយ និងពិបាកទាយជាង។</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">ខ្លីពេក៖ សូមប្រើយ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">ខ្សោយ៖ អាចត្រូវគេទាយបាន។ សូមបន្ថែមពាក្យពីរបីទៀត។</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">ល្មម៖ អាចទទួលយកបាន ប៉ុន្តែការបន្ថែមពាក្យមួយ ឬពីរទៀត នឹងធ្វើឲ្យវារឹងមាំជាងនេះច្រើន។</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">រឹងមាំ៖ ត្រូវចំណាយពេលយូរណាស់ទើបអាចទាយបាន។</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">បានសួរតាមរយៈសំណួររសើប មិនបង្ហាញនៅទីនេះទេ</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">សំណួររសើប 1 មិនបង្ហាញនៅទីនេះទេ</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">សំណួររសើប %1 មិនបង្ហាញនៅទីនេះទេ</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">សូចនាករ 1 ក្នុងបញ្ជីនេះ</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">សូចនាករ %1 ក្នុងបញ្ជីនេះ</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">សូចនាករទី %1–%2 នៃ %3</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">សូចនាករខ្លាំង</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">សូចនាករមធ្យម</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">សូចនាករខ្សោយ</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">គ្មានសូចនាករណាមួយរបស់វិមាត្រនេះត្រូវបានរាប់ក្នុងបញ្ជីនេះទេ។</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2៖ %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">របៀបសម្រេច</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">បំពេញលក្ខខណ្ឌ នៅពេលរកឃើញណាមួយក្នុងចំណោមទាំងនេះ</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">គ្មានចម្លើយក្នុងឧទាហរណ៍ទេ៖ ជំហាននេះបង្ហាញតែវិធានប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">ចម្លើយក្នុងឧទាហរណ៍</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">តាម %1</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">សូចនាករដែលបានរកឃើញ</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">រកមិនឃើញ</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>នៅបើកចំហ %n៖ </numerusform>
            <numerusform>នៅបើកចំហ %n៖ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; និង %n ទៀត</numerusform>
            <numerusform>; និង %n ទៀត</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">ធៀបនឹងកម្រិតកំណត់</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">បានរកឃើញ៖ ខ្លាំង %1 មធ្យម %2 ខ្សោយ %3</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">បញ្ជីនេះមិនគិតទម្ងន់សូចនាកររបស់វាណាមួយទេ។</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">ពិន្ទុ %1 ក្នុងចំណោម %2 ដែលត្រូវការ</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — បានដល់</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — ត្រូវការ %2</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1៖ មិនទាន់កំណត់បាន — សំណួរដែលមិនទាន់មានចម្លើយ នៅតែអាចសម្រេចវាបាន</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1៖ %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">លទ្ធផលទី %1 នៃ %2 · កម្រិត %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">វិធាន</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">វិមាត្រដែលវាពិនិត្យ</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">មិនចាំបាច់៖ លទ្ធផលមុននេះត្រូវបានសម្រេចរួចហើយ។ %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">នេះគឺជាលទ្ធផល។ %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">លទ្ធផលត្រូវបានពិនិត្យតាមលំដាប់; លទ្ធផលដំបូងដែលសម្រេចបាន គឺជាលទ្ធផលចុងក្រោយ។</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ «%1» គ្មានបញ្ជីសូចនាករ «%2» សម្រាប់បង្ហាញទេ។</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · កំណែ %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">បញ្ជីនេះសម្រាប់នរណា</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">អ្វីដែលត្រូវគិតទម្ងន់ តាមលំដាប់</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">ឧទាហរណ៍ជាក់ស្តែង៖ %1 — បញ្ជីនេះអនុវត្ត</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">ឧទាហរណ៍ជាក់ស្តែង៖ %1 — បញ្ជីនេះមិនអនុវត្តទេ ប៉ុន្តែត្រូវបានបង្ហាញជាមួយ</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">ឧទាហរណ៍ជាក់ស្តែង៖ %1 — បញ្ជីនេះអាចអនុវត្ត (ចម្លើយដែលវាពឹងផ្អែក នៅមិនទាន់មាន)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">ជាឧបករណ៍ជំនួយការត្រួតពិនិត្យបឋម មិនមែនជាសាលក្រមទេ៖ វាបង្ហាញថាសូចនាករណាខ្លះត្រូវបានរកឃើញ និងថាតើគួរបញ្ជូនដើម្បីកំណត់អត្តសញ្ញាណជាផ្លូវការឬទេ។</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">លទ្ធផល៖ %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">បានសម្រេច៖ កម្រិត %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">អ្វីដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">លទ្ធផល៖ មិនទាន់សម្រេចបាននៅឡើយ</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">ចម្លើយក្នុងឧទាហរណ៍ មិនសម្រេចបានលទ្ធផលណាមួយទេ</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">នៅតែអាចក្លាយជា</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">បញ្ជីនេះមិនអនុវត្តចំពោះចម្លើយក្នុងឧទាហរណ៍ទេ; លទ្ធផលបង្ហាញពីរបៀបដែលវិធានរបស់វានឹងអានចម្លើយទាំងនោះ។</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">ថាតើបញ្ជីនេះអនុវត្តឬទេ អាស្រ័យលើចម្លើយដែលមិនទាន់មាន។</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ខ្លាំង</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">មធ្យម</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ខ្សោយ</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">បំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">មិនបំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">មិនទាន់កំណត់បាន</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">(បន្ត)</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · (បន្ត)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">កំពុងបើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">បាទ/ចាស(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">បាទ/ចាស ទាំងអស់(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ទេ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">ទេ ទាំងអស់(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">មិនអើពើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">បោះចោល</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">ស្តារលំនាំដើម</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">ចម្លងទីតាំងតំណ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">អាគុយម៉ង់មិនស្គាល់ «%1»</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training និង --database មិនអាចប្រើជាមួយគ្នាបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">បានពិនិត្យដោយអ្នកនិយាយភាសាកំណើត (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">បានពិនិត្យដោយអ្នកនិយាយភាសាកំណើត</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">ភាសាផ្ទៃប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">ភាសាបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">អំពី Lantern</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">កំណែ %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">កំណែ</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យបឋម សម្រាប់បុគ្គលិកគ្រប់គ្រងករណីដែលអាចជួបជនរងគ្រោះនៃការជួញដូរមនុស្ស។ ករណីនៅតែត្រូវបានអ៊ីនគ្រីបនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">កម្មវិធីសេរីក្រោមអាជ្ញាប័ណ្ណ GNU General Public License កំណែទី 3 ឬថ្មីជាងនេះ។ វាមិនមានការធានាណាមួយឡើយ។</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">អាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">ដើម្បីចូលរួមពិនិត្យការបកប្រែ សូមមើល docs/translations.md៖ ពិនិត្យវានៅក្នុង Qt Linguist រួចសម្គាល់ធាតុរបស់វាថាបានបញ្ចប់។</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">របៀបចូលរួមពិនិត្យការបកប្រែ</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">កំណែសម្រាប់អភិវឌ្ឍន៍</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">ដើម</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">សេចក្តីព្រាង — មិនទាន់បានពិនិត្យដោយអ្នកនិយាយភាសាកំណើត</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ និងភាសា</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">កំណែ %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">មិនអាចអានចម្លើយបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">សំណួរ &apos;%1&apos; (%2)៖ %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">ត្រូវតែជា បាទ/ចាស ឬ ទេ</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">ត្រូវតែជាលេខសម្គាល់ជម្រើសមួយរបស់សំណួរនេះ</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">ត្រូវតែជាបញ្ជីលេខសម្គាល់ជម្រើស</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាលេខសម្គាល់ជម្រើសរបស់សំណួរនេះទេ</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">ត្រូវតែជាអត្ថបទ</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">ត្រូវតែជាលេខ</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 ទាបជាងតម្លៃអប្បបរមា %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 ខ្ពស់ជាងតម្លៃអតិបរមា %2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">ត្រូវតែជាកាលបរិច្ឆេទក្នុងទម្រង់ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">មិនគាំទ្រប្រភេទសំណួរនេះទេ</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">មិនស្គាល់វាល &apos;%1&apos; ក្នុងចម្លើយ</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">មិនស្គាល់ស្ថានភាពចម្លើយ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">មិនអាចដាក់តម្លៃជាមួយស្ថានភាព &apos;%1&apos; បានទេ</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">មិនស្គាល់វាល &apos;%1&apos; ក្នុងឯកសារចម្លើយ (ត្រូវមានតែ &quot;answers&quot; ប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">ឯកសារចម្លើយត្រូវតែមានវត្ថុ &quot;answers&quot;</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">មិនស្គាល់សំណួរ &apos;%1&apos; (មិនមាននៅក្នុងបញ្ជីត្រួតពិនិត្យ %2)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">មិនដឹង</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">បដិសេធមិនឆ្លើយ</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">មិនបានសួរ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">ផ្លូវកាត់៖ %1 ពេលសំណួរនេះកំពុងត្រូវបានជ្រើស</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — ចុច %2 ពេលសំណួរនេះកំពុងត្រូវបានជ្រើស</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">បានឆ្លើយ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">មិនដឹង</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">បដិសេធមិនឆ្លើយ</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">មិនបានសួរ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">មិនទាន់បានឆ្លើយ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">គ្មានជម្រើសណាមួយ</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">បុគ្គលនោះប្រាប់ផ្ទាល់</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">បានសង្កេតឃើញ</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">ឯកសារ</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">ភាគីទីបី</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">ចម្លើយចំពោះ «%1»</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">សំណួរ &apos;%1&apos;៖ %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">ចម្លើយត្រូវតែជា បាទ/ចាស ឬ ទេ</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">សូមជ្រើសរើសជម្រើសមួយរបស់សំណួរ</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">ចម្លើយត្រូវតែជាបញ្ជីនៃជម្រើសរបស់សំណួរ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាជម្រើសមួយរបស់សំណួរទេ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវបានជ្រើសពីរដង</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">ចម្លើយត្រូវតែជាអត្ថបទ</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">ចម្លើយត្រូវតែជាលេខ</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 ទាបជាងតម្លៃទាបបំផុតដែលអនុញ្ញាត គឺ %2</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 ខ្ពស់ជាងតម្លៃខ្ពស់បំផុតដែលអនុញ្ញាត គឺ %2</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">ចម្លើយត្រូវតែជាកាលបរិច្ឆេទដែលសរសេរជា YYYY-MM-DD</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">មិនអាចឆ្លើយសំណួរប្រភេទនេះនៅទីនេះបានទេ</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">ចម្លើយនេះមិនត្រូវបានអនុញ្ញាតនៅទីនេះទេ</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">គ្មានសំណួរ &apos;%1&apos; នៅក្នុងបញ្ជីត្រួតពិនិត្យ %2 ទេ</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">មិនអាចដាក់តម្លៃជាមួយស្ថានភាព &apos;%1&apos; បានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● បំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ មិនបំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ មិនទាន់កំណត់បាន</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">មិនអនុវត្តតាមចម្លើយដែលបានផ្តល់៖ %1។</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">អាចអនុវត្ត — អាស្រ័យលើ៖ %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">លទ្ធផលនៅទីនេះ៖ %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">មិនទាន់សម្រេចបាននៅឡើយ</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">នៅតែអាចក្លាយជា៖ %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">មាន៖ %1; ជាមួយសំណួរដែលមិនទាន់មានចម្លើយ អាចដល់ %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">អ្វីដែលត្រូវធ្វើ៖</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">សំណួរដែលមិនទាន់មានចម្លើយ ដែលអាចសម្រេចលទ្ធផល៖</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">លទ្ធផលត្រួតពិនិត្យបឋម</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">ដំបូន្មាន</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">អត្ថន័យនៃលទ្ធផលនេះ</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">ព័ត៌មានលម្អិតនៃការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">វិមាត្រ សូចនាករដែលបានរាប់ និងសំណួរដែលមិនទាន់មានចម្លើយ; គ្រាប់ចុច Tab ផ្លាស់ទីរវាងតំណសំណួរ</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">គ្មានករណីណាបើកទេ</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">មិនទាន់មានលទ្ធផលនៅឡើយ</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">បន្តទៅតាមល្បឿនរបស់បុគ្គលនោះ; សំណួរដែលមិនទាន់មានចម្លើយខាងក្រោម អាចផ្លាស់ប្តូរលទ្ធផល។</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">លទ្ធផលនេះមានលក្ខខណ្ឌ៖ បញ្ជីសូចនាករណាដែលអនុវត្ត នៅតែអាស្រ័យលើសំណួរដែលមិនទាន់មានចម្លើយ។</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">នេះគឺជាលទ្ធផលត្រួតពិនិត្យបឋម មិនមែនជាការកំណត់អត្តសញ្ញាណទេ៖ វាបង្ហាញថាចម្លើយមានសូចនាករណាខ្លះ និងអ្វីដែលត្រូវធ្វើបន្ទាប់។ មានតែដំណើរការកំណត់អត្តសញ្ញាណជាផ្លូវការប៉ុណ្ណោះ ដែលអាចសម្រេចថាបុគ្គលម្នាក់ជាជនរងគ្រោះនៃការជួញដូរមនុស្សឬទេ។</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">បំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">មិនបំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">មិនទាន់កំណត់បាន</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">ខ្លាំង %1</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">មធ្យម %1</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">ខ្សោយ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">គ្មាន</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">មិនអនុវត្ត</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ខ្លាំង</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">មធ្យម</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ខ្សោយ</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">កំណត់ត្រាសវនកម្មនៃករណី %1</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">ព្រឹត្តិការណ៍សវនកម្ម</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ពេលណា</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">អ្វី</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(គ្មាន)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">បានបង្កើត</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">បានឆ្លើយ</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">ចម្លើយត្រូវបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">កំណត់សម្គាល់ត្រូវបានកែ</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">ស្ថានភាពត្រូវបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">បាននាំចេញ</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">បានដោះសោ</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">បានចាក់សោ</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ត្រូវបានផ្លាស់ប្តូរ</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">មិនអាចអានកំណត់ត្រាសវនកម្មបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">មិនបានសរសេរការបម្រុងទុកទេ</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">ឯកសារបម្រុងទុកខូច; សូមជ្រើសរើសការបម្រុងទុកផ្សេង</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">មិនអាចបង្កើតថតបម្រុងទុក %1 បានទេ (សូមពិនិត្យថាថតរបស់មូលដ្ឋានទិន្នន័យអាចសរសេរបាន)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">ថតបម្រុងទុក %1 អាចអានបានតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">មិនអាចអានថតបម្រុងទុកបានទេ</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">មិនអាចដាក់ឈ្មោះឲ្យការបម្រុងទុកបានទេ</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">ថតសម្រាប់ការបម្រុងទុកមិនមានទេ</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">គ្មានការបម្រុងទុកនៅទីតាំងនេះទេ</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">មិនអាចអានឯកសារបម្រុងទុកបានទេ (សូមពិនិត្យសិទ្ធិរបស់វា)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">មិនអាចអានការបម្រុងទុកបានទេ</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">មិនអាចលុបការបម្រុងទុកចាស់ៗចេញពីថតបម្រុងទុកបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យមិនត្រូវបានផ្ទុកពីឯកសារទេ ដូច្នេះមិនអាចខ្ទាស់វាបានទេ</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យដែលរក្សាទុកជាមួយករណីនេះខូច; សូមស្តារពីការបម្រុងទុក</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">លទ្ធផលត្រួតពិនិត្យបឋម (កម្រិត %1)៖ %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ករណី</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">ការផ្លាស់ប្តូរចុងក្រោយ</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">លទ្ធផលត្រួតពិនិត្យបឋម</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">ករណីថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">បើក(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">ផ្លាស់ប្តូរស្ថានភាព(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">កំណត់ត្រាសវនកម្ម(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">នាំចេញសេចក្តីសង្ខេប(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">នាំចេញករណីដែលបានជ្រើស(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">ស្វែងរកតាមលេខកូដករណី លទ្ធផល ឬអត្ថបទដែលបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">ស្វែងរកករណី</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">ត្រងតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ស្ថានភាពទាំងអស់</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">ចំនួនករណីដែលបង្ហាញ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">ករណី</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">ស្វែងរក(&amp;E)៖</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">ស្ថានភាព(&amp;U)៖</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>ករណី %n</numerusform>
            <numerusform>ករណី %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">មិនបានរក្សាទុកករណីទេ</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">មិនអាចអានករណីបានទេ</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">មិនបានរក្សាទុកបញ្ជីត្រួតពិនិត្យទេ</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">មិនអាចអានបញ្ជីត្រួតពិនិត្យបានទេ</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">មិនបានបង្កើតករណីទេ</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">មិនបានរក្សាទុកវគ្គសម្ភាសន៍ទេ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">មិនបានបង្កើតមូលដ្ឋានទិន្នន័យទេ</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យមិនត្រូវបានបង្កើតពេញលេញទេ; សូមបង្កើតវាម្តងទៀត</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">មិនបានបើកមូលដ្ឋានទិន្នន័យទេ</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យដែលបានអ៊ីនគ្រីប ត្រូវការកូនសោទិន្នន័យដែលបានដោះសោ</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">នេះជាមូលដ្ឋានទិន្នន័យបណ្តុះបណ្តាលដែលមិនបានអ៊ីនគ្រីប; វាគ្មានឃ្លាសម្ងាត់ទេ</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">មិនបានដោះសោមូលដ្ឋានទិន្នន័យទេ</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យនេះត្រូវបានអ៊ីនគ្រីប៖ សូមបញ្ចូលឃ្លាសម្ងាត់របស់វា</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">គ្មានករណីនេះនៅក្នុងមូលដ្ឋានទិន្នន័យនេះទេ</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យមិនត្រូវនឹង SHA-256 របស់វាទេ; វាមិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យមិនត្រឹមត្រូវ; វាមិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">មិនបានរក្សាទុកបញ្ជីត្រួតពិនិត្យទេ</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យរបស់ករណីនេះ មិនត្រូវបានរក្សាទុកក្នុងមូលដ្ឋានទិន្នន័យនេះទេ</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">មិនបានបង្កើតករណីទេ</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">លេខកូដករណីមិនអាចទទេបានទេ</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">មិនបានផ្លាស់ប្តូរលេខកូដករណីទេ</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">មិនបានផ្លាស់ប្តូរស្ថានភាពទេ</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">មិនបានរក្សាទុកវគ្គសម្ភាសន៍ទេ</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">ចម្លើយត្រូវការសំណួរមួយ</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">មិនបានរក្សាទុកចម្លើយទេ</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">វគ្គសម្ភាសន៍របស់ចម្លើយនេះ ជារបស់ករណីផ្សេង</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">មិនអាចអានចម្លើយបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">មិនអាចរក្សាទុកមូលដ្ឋានទិន្នន័យបច្ចុប្បន្នជាការបម្រុងទុកបានទេ (%1); គ្មានអ្វីត្រូវបានស្តារទេ</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">សូមជ្រើសរើសឯកសារបម្រុងទុក មិនមែនមូលដ្ឋានទិន្នន័យខ្លួនឯងទេ</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបានស្តារទេ</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">មិនអាចជំនួសមូលដ្ឋានទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបានស្តារទេ (ឯកសារបច្ចុប្បន្នត្រូវបានរក្សាទុកក្នុងថតបម្រុងទុក)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">នេះជាមូលដ្ឋានទិន្នន័យបណ្តុះបណ្តាលដែលមិនបានអ៊ីនគ្រីប; វាគ្មានឃ្លាសម្ងាត់ទេ</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">មិនបានផ្លាស់ប្តូរឃ្លាសម្ងាត់ទេ</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">ការកំណត់កូនសោរបស់មូលដ្ឋានទិន្នន័យបាត់</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">ការនាំចេញត្រូវការទម្រង់មួយ</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">មិនបានកត់ត្រាការនាំចេញទេ</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">ការបម្រុងទុកមុនពេលធ្វើបច្ចុប្បន្នភាពមូលដ្ឋានទិន្នន័យបានបរាជ័យ (%1); មូលដ្ឋានទិន្នន័យត្រូវបានធ្វើបច្ចុប្បន្នភាពដោយគ្មានការបម្រុងទុក</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">ការបម្រុងទុកប្រចាំថ្ងៃដោយស្វ័យប្រវត្តិបានបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (អាចស្តារពីការបម្រុងទុកល្អពី %2 បាន)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">ធាតុក្នុងបញ្ជីករណីមិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">មិនអាចអានចម្លើយដែលអាចស្វែងរកបានទេ</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">មិនបានផ្លាស់ប្តូរចម្លើយដែលអាចស្វែងរកបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">ករណីសិក្សា %1 — ប្រឌិត</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">សាច់រឿងករណីសិក្សា</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">មិនអាចអានករណីបានទេ</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">មិនអាចអានបញ្ជីករណីបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">ករណីថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">ត្រឡប់ទៅបញ្ជីករណី(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">ផ្លាស់ប្តូរស្ថានភាព(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">កំណត់ត្រាសវនកម្ម(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">ត្រឡប់ទៅបញ្ជីករណី</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">បើកករណី</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">មិនអាចបើកករណីបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">ករណី %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">មិនបានបង្កើតករណីទេ៖ %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">មិនបានផ្លាស់ប្តូរស្ថានភាពទេ៖ %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">ករណី %1 ឥឡូវនេះមានស្ថានភាព %2។</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">មិនអាចអានកំណត់ត្រាសវនកម្មបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">ចម្លើយដែលអាចស្វែងរកបាន(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>ឥឡូវនេះ បញ្ជីករណីស្វែងរកក្នុងចម្លើយដែលបានជ្រើសរើស (បានរៀបចំករណី %n)។</numerusform>
            <numerusform>ឥឡូវនេះ បញ្ជីករណីស្វែងរកក្នុងចម្លើយដែលបានជ្រើសរើស (បានរៀបចំករណី %n)។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">ភ្ជាប់មកជាមួយ</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">បញ្ហា 1</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">បញ្ហា %1</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — មិនត្រឹមត្រូវ, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">បង្ហាញបញ្ជីត្រួតពិនិត្យនេះ(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យដែលបានរកឃើញ</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">បញ្ហាដែលបានរកឃើញក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">រកមិនឃើញបញ្ជីត្រួតពិនិត្យទេ។</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">បញ្ជីសូចនាករ(&amp;R)៖</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">បញ្ជីសូចនាករដែលត្រូវបង្ហាញ</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 មិនមែនជាបញ្ជីត្រួតពិនិត្យត្រឹមត្រូវទេ ហើយមិនអាចប្រើបាន។ សូមដោះស្រាយបញ្ហាទាំងនេះ រួចបើកបញ្ជីនេះម្តងទៀត៖</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">ទិដ្ឋភាពរួម</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">ការដាក់ពិន្ទុជាពាក្យសាមញ្ញ</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">ប្រភពដើម</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ភាសា(&amp;L)៖</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">ភាសានៃអត្ថបទបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">កម្រិតសូចនាករតាមបញ្ជីនីមួយៗ</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">ទិដ្ឋភាពរួម(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">សំណួរ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">សូចនាករ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">ការដាក់ពិន្ទុ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">ប្រភពដើម(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 ត្រូវបានដំឡើងរួចហើយ; គ្មានអ្វីផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 ត្រូវបានដំឡើងរួចហើយ ប៉ុន្តែមានខ្លឹមសារខុសគ្នា។ សូមដាក់លេខកំណែខ្ពស់ជាងនេះឱ្យឯកសារថ្មី៖ ករណីដែលបានចាប់ផ្តើមជាមួយ %2 នៅតែភ្ជាប់ជាប់នឹងកំណែនោះ។</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">មិនអាចបង្កើតថត %1 បានទេ។</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 មានរួចហើយនៅក្នុងថតបញ្ជីត្រួតពិនិត្យ ហើយមិនអាចផ្ទុកបានទេ; សូមផ្លាស់ទីវាចេញជាមុនសិន។</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">មិនអាចសរសេរ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2 ត្រូវបានបន្ថែមទៅក្នុងថតបញ្ជីត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 មិនមែនជាបញ្ជីត្រួតពិនិត្យត្រឹមត្រូវទេ (បញ្ហា 1); គ្មានអ្វីត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 មិនមែនជាបញ្ជីត្រួតពិនិត្យត្រឹមត្រូវទេ (បញ្ហា %2); គ្មានអ្វីត្រូវបានបន្ថែមទេ។</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1 (កំណែ %2) ត្រូវបានបន្ថែម។ វានឹងមានសម្រាប់ជ្រើសរើស នៅពេលអ្នកចាប់ផ្តើមករណីថ្មី; ករណីដែលបានចាប់ផ្តើមរួចហើយ នៅតែប្រើបញ្ជីត្រួតពិនិត្យដែលវាបានចាប់ផ្តើមជាមួយ។</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (កំណែ %2) ត្រូវបានដំឡើងរួចហើយ ជាមួយខ្លឹមសារដូចគ្នា។ គ្មានអ្វីផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">ឯកសារនេះមិនមែនជាបញ្ជីត្រួតពិនិត្យត្រឹមត្រូវទេ ដូច្នេះវាមិនត្រូវបានបន្ថែមទេ។ សូមដោះស្រាយបញ្ហាខាងក្រោម (បន្ទាត់ និងជួរឈរក្នុងឯកសារ) រួចនាំចូលវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">មិនបានបន្ថែមបញ្ជីត្រួតពិនិត្យទេ៖ %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">បាននាំចូលបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">មិនបាននាំចូលបញ្ជីត្រួតពិនិត្យទេ</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">បញ្ហាដែលបានរកឃើញក្នុងឯកសារបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">មិនអាចអានឯកសារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">ឯកសារធំជាង %1 MiB; នេះមិនមែនជាបញ្ជីត្រួតពិនិត្យទេ</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">សមាជិក &apos;%1&apos; ស្ទួន; ឈ្មោះមួយអាចលេចឡើងតែម្តងគត់ក្នុងវត្ថុមួយ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">មិនគាំទ្រទម្រង់ &apos;%1&apos;; Lantern កំណែនេះអានទម្រង់ %2</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">លេខសម្គាល់បញ្ជីត្រួតពិនិត្យ &apos;%1&apos; មិនត្រឹមត្រូវ៖ សូមប្រើអក្សរតូច a–z លេខ &apos;_&apos; និង &apos;-&apos; ដោយចាប់ផ្តើមដោយអក្សរ</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">កំណែ &apos;%1&apos; មិនស្ថិតក្នុងទម្រង់ MAJOR.MINOR.PATCH ទេ ឧ. 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">ភាសាត្រូវតែជាលេខកូដ ដូចជា &quot;en&quot; ឬ &quot;th&quot;</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">ភាសា &apos;%1&apos; ត្រូវបានរាយបញ្ជីពីរដង</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos; មិនមែនជាភាសាមួយក្នុងចំណោមភាសា (%2) ទេ</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">លេខសម្គាល់ %1 &apos;%2&apos; ស្ទួន; បានកំណត់លើកដំបូងនៅ {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; ត្រូវតែជាវត្ថុដែលប្រើលេខកូដភាសាជាកូនសោ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាភាសាមួយរបស់បញ្ជីត្រួតពិនិត្យនេះទេ</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">ស្ថានភាពការបកប្រែត្រូវតែជា &quot;draft&quot; ឬ &quot;reviewed&quot; មិនមែន &quot;%1&quot; ទេ</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">មិនស្គាល់ប្រភេទសំណួរ &apos;%1&apos;; ត្រូវតែជា yesno, single, multi, text, number ឬ date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos; អនុញ្ញាតតែលើសំណួរប្រភេទ number ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; ធំជាង &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; អនុញ្ញាតតែលើសំណួរប្រភេទ single និង multi ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">ខ្វះវាលចាំបាច់ &apos;options&apos; សម្រាប់សំណួរប្រភេទ %1</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">មិនស្គាល់ក្រុម &apos;%1&apos;; ត្រូវតែជា act, means ឬ purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">កម្រិតកំណត់ត្រូវតែជា {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} ឬ {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">ទម្ងន់មិនត្រូវជាលេខអវិជ្ជមានទេ</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; ត្រូវតែធំជាង 0</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">ជម្រើសនៃកម្រិតកំណត់ត្រូវតែជាវត្ថុនៃចំនួនអប្បបរមា ឧ. {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">មិនស្គាល់កម្រិត &apos;%1&apos; ក្នុងកម្រិតកំណត់; ត្រូវតែជា strong, medium, weak, medium_or_weak, strong_or_medium ឬ any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">ចំនួនអប្បបរមាត្រូវតែជាចំនួនគត់ យ៉ាងតិច 1</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; ត្រូវតែភ្ជាប់លេខសម្គាល់បញ្ជីសូចនាករយ៉ាងតិចមួយទៅ strong, medium ឬ weak</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">មិនស្គាល់កម្រិត &apos;%1&apos;; ត្រូវតែជា strong, medium ឬ weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">លក្ខខណ្ឌបង្កប្រើបានតែ &apos;any_of&apos; ឬ &apos;min&apos;/&apos;max&apos; មិនមែនទាំងពីរទេ</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; ត្រូវការសំណួរប្រភេទ single, multi ឬ text</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; ធំជាង &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; ត្រូវការសំណួរប្រភេទ number</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">លក្ខខណ្ឌបង្កធម្មតាត្រូវការសំណួរប្រភេទ yesno; សម្រាប់ជម្រើស សូមប្រើ &apos;any_of&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">មិនស្គាល់វិមាត្រ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">មិនស្គាល់បញ្ជីសូចនាករ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">មិនស្គាល់ប្រភព &apos;%1&apos;; សូមរាយវានៅក្នុង provenance.sources</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">មិនស្គាល់សំណួរ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">សំណួរ &apos;%1&apos; ជាសំណួរប្រភេទ %2៖ %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">ចម្លើយអត្ថបទសម្រាប់ផ្គូផ្គងត្រូវតែជាខ្សែអក្សរ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាជម្រើសរបស់សំណួរ &apos;%2&apos; ទេ</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">វិធានអាន &apos;%1&apos; ដែលមិនមែនជាសំណួររបស់បញ្ជីត្រួតពិនិត្យនេះ</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">វិធានលទ្ធផលអាន &apos;%1&apos; ដែលមិនមែនជាវិមាត្ររបស់បញ្ជីត្រួតពិនិត្យនេះ</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">លក្ខខណ្ឌបង្ហាញវិលជុំ៖ សំណួរ &apos;%1&apos; បង្ហាញដោយអាស្រ័យតែលើចម្លើយរបស់ខ្លួនឯង (តាមរយៈវិធានរបស់ផ្នែក ឬវិធានរបស់ខ្លួនឯង)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">លក្ខខណ្ឌបង្ហាញវិលជុំ៖ %1</translation>
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
        <translation type="unfinished">អនុវត្តចំពោះគ្រប់គ្នា</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">អនុវត្តនៅពេល %1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">សម្រេចបានក្នុងករណីផ្សេងទៀតទាំងអស់</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">សម្រេចបាននៅពេល %1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">សួរជានិច្ច</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">សួរតែនៅពេល %1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1 ត្រូវបានឆ្លើយថា បាទ/ចាស</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 រួមមាន %2</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 រួមមានណាមួយនៃ %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 គឺ %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 គឺជាមួយក្នុងចំណោម %2</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 ស្ថិតពី %2 ដល់ %3</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 យ៉ាងតិច %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 យ៉ាងច្រើន %2</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 ត្រូវបានឆ្លើយ</translation>
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
        <translation type="unfinished">អ្នកបានខកខាន %1 (%2) ដែលចម្លើយគំរូកត់ត្រាពី %3។</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">អ្នកបានទុក %1 ចំហ៖ នេះមិនមែនជា «ទេ» ទេ ប៉ុន្តែសូចនាករមិនអាចរាប់បានទេ រហូតដល់សំណួរនោះត្រូវបានសួរ។</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">អ្នកបានឆ្លើយ %1។</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">អ្នកបានកត់ត្រា %1។</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">សំណួររបស់វាមិនត្រូវបានបង្ហាញក្នុងចម្លើយរបស់អ្នកទេ ដោយសារអ្នកបានកត់ត្រា %1 (ចម្លើយគំរូ៖ %2)។</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">អ្នកបានបន្ថែម %1 (%2) ពី %3; ចម្លើយគំរូទុកវាចំហ (%4)។</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">អ្នកបានបន្ថែម %1 (%2) ពី %3; ចម្លើយគំរូថា %4។</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">អ្នកបានបន្ថែម %1 (%2) ពី %3; ចម្លើយគំរូមាន %4។</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">តាមចម្លើយរបស់អ្នក %1 មាន %2 (ចម្លើយគំរូ៖ %3) ដូច្នេះវា %4 ជំនួសឱ្យ %5។</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">សំណួរដែលអ្នកទុកចំហ នៅតែអាចសម្រេចវាបាន៖ %1។</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">%1 គឺ %2 ដូចគ្នានៅភាគីទាំងពីរ។</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">នៅក្នុង %1 លទ្ធផលរបស់អ្នកត្រូវនឹងចម្លើយគំរូ៖ %2។</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (របស់អ្នក៖ %2, ចម្លើយគំរូ៖ %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">នៅក្នុង %1 វិធានសម្រាប់ %2 គឺ %3 តាមចម្លើយរបស់អ្នក និង %4 តាមចម្លើយគំរូ ដូច្នេះលទ្ធផលរបស់អ្នកនៅទីនេះគឺ %5 ជំនួសឱ្យ %6។</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">នៅក្នុង %1 វិធានសម្រាប់ %2 គឺ %3; វា %4 តាមចម្លើយរបស់អ្នក និង %5 តាមចម្លើយគំរូ ដូច្នេះលទ្ធផលរបស់អ្នកនៅទីនេះគឺ %6 ជំនួសឱ្យ %7។</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">នៅក្នុង %1 ដូច្នេះលទ្ធផលរបស់អ្នកនៅទីនេះគឺ %2 ជំនួសឱ្យ %3។</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">អាស្រ័យលើសំណួរដែលអ្នកទុកចំហ វានៅតែអាចក្លាយជា %1។</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (ចម្លើយគំរូ៖ %2; របស់អ្នក៖ %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">អ្នក និងចម្លើយគំរូ មិនត្រូវគ្នាលើបញ្ជីសូចនាករណាដែលអនុវត្ត៖ %1 %2 តាមចម្លើយគំរូ ប៉ុន្តែ %3 តាមចម្លើយរបស់អ្នក។</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">អ្នក និងចម្លើយគំរូ មិនត្រូវគ្នាលើបញ្ជីសូចនាករណាដែលអនុវត្ត៖ %1 %2 តាមចម្លើយគំរូ ប៉ុន្តែ %3 តាមចម្លើយរបស់អ្នក ដោយសារចម្លើយខុសគ្នាលើ %4។</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">ចម្លើយរបស់អ្នកទុកចំណុចនោះចំហ ដូច្នេះវាក៏ត្រូវបានវាយតម្លៃដែរ។</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">លទ្ធផលត្រួតពិនិត្យបឋមរបស់អ្នកត្រូវនឹងចម្លើយគំរូ៖ %1។</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">លទ្ធផលត្រួតពិនិត្យបឋមរបស់អ្នកគឺ %1 ខណៈដែលចម្លើយគំរូមាន %2។</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">លទ្ធផលរបស់អ្នកមានលក្ខខណ្ឌ៖ តាមចម្លើយរបស់អ្នក គ្មានបញ្ជីសូចនាករណាអនុវត្តដោយប្រាកដទេ។</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">លទ្ធផលនៃចម្លើយគំរូមានលក្ខខណ្ឌ៖ តាមចម្លើយរបស់វា គ្មានបញ្ជីសូចនាករណាអនុវត្តដោយប្រាកដទេ។</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">លទ្ធផលរបស់អ្នកនៅតែអាចក្លាយជា %1 អាស្រ័យលើសំណួរដែលអ្នកទុកចំហ។</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">គ្មានបញ្ជីសូចនាករណាអនុវត្តនៅភាគីណាមួយទេ ដូច្នេះគ្មានវិមាត្រសម្រាប់ប្រៀបធៀបទេ។</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>ក្នុងចំណោមសូចនាករ %n ដែលចម្លើយគំរូកត់ត្រា អ្នកបានរកឃើញ %1 និងខកខាន %2; អ្នកបានបន្ថែម %3 ដែលចម្លើយគំរូមិនបានកត់ត្រា។</numerusform>
            <numerusform>ក្នុងចំណោមសូចនាករ %n ដែលចម្លើយគំរូកត់ត្រា អ្នកបានរកឃើញ %1 និងខកខាន %2; អ្នកបានបន្ថែម %3 ដែលចម្លើយគំរូមិនបានកត់ត្រា។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">មិនបានបើកមូលដ្ឋានទិន្នន័យទេ</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">ថតសម្រាប់មូលដ្ឋានទិន្នន័យមិនមានទេ</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">កម្មវិធីបញ្ជា SQLite សម្រាប់ Qt បាត់; សូមដំឡើង Lantern ឡើងវិញ</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យមិនអាចប្រើការកត់ត្រាជាមុន (write-ahead logging) នៅទីនេះបានទេ; សូមផ្លាស់វាទៅថាសក្នុងម៉ាស៊ីន</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">រកមើល(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">បង្កើតមូលដ្ឋានទិន្នន័យ(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">ថយក្រោយ(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">បង្កើតមូលដ្ឋានទិន្នន័យករណី</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">ករណីត្រូវបានអ៊ីនគ្រីបដោយកូនសោដែលមានតែឃ្លាសម្ងាត់នេះទេដែលអាចដោះសោបាន។ ប្រសិនបើបាត់ឃ្លាសម្ងាត់ ករណីទាំងនោះមិនអាចយកមកវិញបានទេ។</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">ទីតាំងឯកសារមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">ជ្រើសរើសទីតាំងមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">វាយឃ្លាសម្ងាត់ម្តងទៀត</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">កម្លាំងឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">បង្កើតមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ថយក្រោយ</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">ទីតាំង(&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់(&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">វាយឃ្លាសម្ងាត់ម្តងទៀត(&amp;R)៖</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">កំពុងបង្កើត…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">កំពុងបង្កើតមូលដ្ឋានទិន្នន័យ និងសម្រួលកូនសោរបស់វាឲ្យសមនឹងកុំព្យូទ័រនេះ; ការនេះចំណាយពេលពីរបីវិនាទី។</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">ជ្រើសរើសកន្លែងដាក់ឯកសារមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">មានឯកសារនៅទីតាំងនេះរួចហើយ។ សូមជ្រើសរើសឈ្មោះផ្សេង ឬបើកមូលដ្ឋានទិន្នន័យដែលមានស្រាប់ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ខ្លីពេក៖ សូមប្រើយ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយឃ្លាសម្ងាត់ដដែលពីរដង។</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">ទីតាំងនៃមូលដ្ឋានទិន្នន័យករណីថ្មី</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យ Lantern (*.lantern);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យកំពុងបើកនៅក្នុងបង្អួច ឬដំណើរការ Lantern ផ្សេងទៀត (ដំណើរការ %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">មិនអាចចាក់សោឯកសារក្នុងថតរបស់មូលដ្ឋានទិន្នន័យបានទេ; សូមផ្លាស់មូលដ្ឋានទិន្នន័យទៅថាសក្នុងម៉ាស៊ីន</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">មិនអាចបង្កើតថត %1 បានទេ; សូមជ្រើសរើសទីតាំងផ្សេង។</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">គ្មានមូលដ្ឋានទិន្នន័យណាបើកទេ។</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">ឆ្នាំ-ខែ-ថ្ងៃ (YYYY-MM-DD) រួចចុច Enter</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">កាលបរិច្ឆេទជា ឆ្នាំ-ខែ-ថ្ងៃ</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">បញ្ចូលកាលបរិច្ឆេទជា ឆ្នាំ-ខែ-ថ្ងៃ ឧទាហរណ៍ 2024-03-15។</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (តើអ្នកចង់និយាយថា &apos;%1&apos; ឬ?)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">មាន ខ្លាំង %1 មធ្យម %2 ខ្សោយ %3</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">ពិន្ទុ %1 ទៀត</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">ពិន្ទុ %1 ទៀត</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (ពិន្ទុ %2 ក្នុងចំណោម %3 ដែលត្រូវការ)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1; ត្រូវការ %2 ដែលសំណួរមិនទាន់មានចម្លើយ នៅតែអាចបន្ថែមបាន</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1; ត្រូវការ %2</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">មិនគិតទម្ងន់ក្នុងបញ្ជីនេះ៖ គ្មានសូចនាកររបស់វាណាមួយត្រូវបានរាប់នៅទីនេះទេ</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1; បំពេញពិន្ទុដែលត្រូវការ</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1; បំពេញ %2</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1; កម្រិតកំណត់មិនមានជម្រើសណាមួយទេ</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">មិនត្រូវការអ្វីបន្ថែមទៀតទេ</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">%2 %1 ទៀត</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> និង </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">វិធានត្រូវការការគណនាច្រើនពេកដើម្បីវាយតម្លៃ</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">ចម្លើយគំរូឆ្លើយសំណួរ &apos;%1&apos; ដែលបញ្ជីត្រួតពិនិត្យ &apos;%2&apos; កំណែ %3 មិនមាន; តើចម្លើយទាំងនោះត្រូវបានផ្តល់សម្រាប់បញ្ជីត្រួតពិនិត្យផ្សេងឬ?</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">ចម្លើយរបស់អ្នកចូលរួមឆ្លើយសំណួរ &apos;%1&apos; ដែលបញ្ជីត្រួតពិនិត្យ &apos;%2&apos; កំណែ %3 មិនមាន; តើចម្លើយទាំងនោះត្រូវបានផ្តល់សម្រាប់បញ្ជីត្រួតពិនិត្យផ្សេងឬ?</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">លំហាត់ដែលបានប្រៀបធៀបជាមួយចម្លើយគំរូ</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">នាំចេញសម្រាប់គ្រូបង្គោល(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">ការប្រៀបធៀបលំហាត់</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាល — ករណីសិក្សាប្រឌិត</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">ភាពត្រូវគ្នានៃលទ្ធផល</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">លទ្ធផលទាំងពីរ</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">សូចនាករដែលបានរកឃើញ ខកខាន និងបន្ថែម</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">ហេតុផល</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">តាមវិមាត្រនីមួយៗ</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">ហេតុអ្វី — ហេតុផល</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">នាំចេញសម្រាប់គ្រូបង្គោល</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">រក្សាទុកការប្រៀបធៀបនេះជារបាយការណ៍ HTML តារាង CSV ឬ JSON សម្រាប់គ្រូបង្គោល</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">ករណីសិក្សា៖ &lt;b&gt;%1&lt;/b&gt; · អ្នកចូលរួម៖ &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;បញ្ជីត្រួតពិនិត្យ៖ %3 កំណែ %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ លទ្ធផលរបស់អ្នកត្រូវនឹងចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ លទ្ធផលរបស់អ្នកខុសពីចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">មានលក្ខខណ្ឌ៖ គ្មានបញ្ជីសូចនាករណាអនុវត្តដោយប្រាកដទេ</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">ចម្លើយគំរូ៖</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">របស់អ្នក៖</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">លទ្ធផលរបស់អ្នកនៅតែអាចក្លាយជា %1 នៅពេលសំណួរដែលអ្នកទុកចំហត្រូវបានសួរ។</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> ឬ </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ រកឃើញ %1  ·  ✗ ខកខាន %2  ·  + បន្ថែម %3  —  ក្នុងចំណោមសូចនាករ %4 ក្នុងចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">មិនបាននាំចេញការប្រៀបធៀបទេ៖ %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">បាននាំចេញសម្រាប់គ្រូបង្គោល៖ %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ មាន</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– គ្មាន</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? ទុកចំហ</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">ទុកចំហ មិនមែនជា «ទេ»</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">បានឆ្លើយខុសគ្នា</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">សំណួរមិនបានបង្ហាញតាមចម្លើយរបស់អ្នក</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">បានរកឃើញ</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">បានខកខាន</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">បានបន្ថែម</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">វិមាត្រដែលបានប្រៀបធៀប</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">វិមាត្រ</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">ចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">របស់អ្នក</translation>
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
        <translation type="unfinished">រកឃើញ៖ សូចនាករដែលមានទាំងក្នុងចម្លើយគំរូ និងក្នុងចម្លើយរបស់អ្នក</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">ខកខាន៖ សូចនាករដែលមានក្នុងចម្លើយគំរូ ប៉ុន្តែមិនមានក្នុងចម្លើយរបស់អ្នក</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">បន្ថែម៖ សូចនាករដែលមានក្នុងចម្លើយរបស់អ្នក ប៉ុន្តែមិនមានក្នុងចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">រកឃើញ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">ខកខាន</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">បន្ថែម</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">មិនអនុវត្ត</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">អាចអនុវត្ត</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">ស្ថានភាពរបស់អ្នកខុសពីចម្លើយគំរូ</translation>
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
        <translation type="unfinished">ការបណ្តុះបណ្តាល — ករណីសិក្សាប្រឌិត</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">ជ្រើសរើសឯកសារសម្រាប់នាំចេញការប្រៀបធៀប។</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">មិនអនុវត្ត</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">អាចអនុវត្ត (អាស្រ័យលើសំណួរដែលមិនទាន់មានចម្លើយ)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">ទុកចំហ (មិនមែនជា «ទេ»)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">បានឆ្លើយខុសគ្នា</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">សំណួរមិនត្រូវបានបង្ហាញក្នុងចម្លើយរបស់អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — មានលក្ខខណ្ឌ៖ គ្មានបញ្ជីសូចនាករណាអនុវត្តដោយប្រាកដទេ</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ ដូចគ្នា</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">ខុសគ្នា</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">ចម្លើយគំរូ៖ %1 · អ្នកចូលរួម៖ %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ រកឃើញ</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ ខកខាន</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ បន្ថែម</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">គ្មានសូចនាកររបស់វិមាត្រនេះនៅភាគីណាមួយទេ។</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ ត្រូវគ្នា)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ ខុសគ្នា)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">បញ្ជីសូចនាករ៖ %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">ចម្លើយគំរូ៖ %1; អ្នកចូលរួម៖ %2។</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">លទ្ធផលនៅទីនេះ — ចម្លើយគំរូ៖ %1; អ្នកចូលរួម៖ %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">វិមាត្រ</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">ចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">រកឃើញ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">ខកខាន</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">បន្ថែម</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">ហេតុផល</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">ចម្លើយដែលខុសគ្នា</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">អ្នកចូលរួមបានឆ្លើយដូចចម្លើយគំរូទាំងអស់។</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(ទុកចំហ)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">ការប្រៀបធៀបលំហាត់ — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1។ មិនមែនជាមនុស្សពិតទេ; សម្រាប់សិក្ខាសាលាតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">ការប្រៀបធៀបលំហាត់៖ %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">ករណីសិក្សា</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 កំណែ %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">បាននាំចេញ</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ លទ្ធផលត្រូវនឹងចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ លទ្ធផលខុសពីចម្លើយគំរូ</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">ចម្លើយគំរូ៖ %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">អ្នកចូលរួម៖ %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">សូចនាករ៖ ✓ រកឃើញ %1 · ✗ ខកខាន %2 · + បន្ថែម %3</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">គ្មានបញ្ជីសូចនាករណាអនុវត្តនៅភាគីណាមួយទេ ដូច្នេះគ្មានវិមាត្រសម្រាប់ប្រៀបធៀបទេ។</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1។ ជាលំហាត់ត្រួតពិនិត្យបឋម មិនមែនជាការកំណត់អត្តសញ្ញាណទេ។ នាំចេញដោយ Lantern។</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">មិនទាន់មានលទ្ធផលទេ</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">មិនទាន់បានសួរ</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ខ្លាំង</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">មធ្យម</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ខ្សោយ</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">មិនអនុវត្ត</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">អាចអនុវត្ត</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">គ្មានសូចនាករ</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>សូចនាករ %1</numerusform>
            <numerusform>សូចនាករ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>សូចនាករ %1</numerusform>
            <numerusform>សូចនាករ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>%n ទៀត</numerusform>
            <numerusform>%n ទៀត</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 និង %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">នាំចេញសេចក្តីសង្ខេប(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">មើលមុនបោះពុម្ព(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">នាំចេញករណីដែលបានជ្រើស(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">សេចក្តីសង្ខេបនៃករណី %1 ត្រូវបាននាំចេញទៅ %2។</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">មិនអាចរៀបចំសេចក្តីសង្ខេបបានទេ៖ %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">បាននាំចេញ 1 ករណីទៅ %1។</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">បាននាំចេញ %1 ករណីទៅ %2។</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">មិនមានករណីណាត្រូវបានជ្រើសទេ។</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">មិនអាចបើកករណីបានទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">រួមបញ្ចូលកំណត់សម្គាល់របស់បុគ្គលិក(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">រកមើល(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">នាំចេញសេចក្តីសង្ខេបនៃករណី %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">ឯកសារ PDF</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">ទំព័រ HTML</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (អ្វីៗទាំងអស់ដែលករណីមាន)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ទម្រង់</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished">ទំហំក្រដាស</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">រួមបញ្ចូលកំណត់សម្គាល់របស់បុគ្គលិក</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">ឯកសារគោលដៅ</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">កន្លែងរក្សាទុកសេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">ជ្រើសរើសឯកសារគោលដៅ</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ទម្រង់(&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">ក្រដាស(&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">រក្សាទុកជា(&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">នាំចេញ(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">នាំចេញ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">ជ្រើសរើសកន្លែងរក្សាទុកសេចក្តីសង្ខេប។</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យត្រូវបានចាក់សោ; សូមដោះសោវាដើម្បីនាំចេញ។</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">មិនបាននាំចេញសេចក្តីសង្ខេបទេ៖ %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">ទំព័រ HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">ឯកសារ JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">រក្សាទុកសេចក្តីសង្ខេបជា</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ភាសា(&amp;L)៖</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">ភាសាទីពីរ (សេចក្តីសង្ខេបពីរភាសា)(&amp;B)៖</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">គ្មាន</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (ការបកប្រែព្រាង)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">ភាសានៃសេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">ភាសាទីពីរ (សេចក្តីសង្ខេបពីរភាសា)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">រាល់សំណួរ ជម្រើសចម្លើយ ចំណងជើង និងដំបូន្មាន ក៏បង្ហាញជាភាសានេះដែរ នៅខាងក្រោមភាសាទីមួយ។</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">រួមបញ្ចូលអត្ថបទសេរី (ចម្លើយជាអត្ថបទ និងកំណត់សម្គាល់)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">រួមបញ្ចូលកំណត់សម្គាល់របស់បុគ្គលិក(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">រកមើល(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">នាំចេញ 1 ករណី</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">នាំចេញ %1 ករណី</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">តារាង CSV (ឯកសារតែមួយ)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">តារាង JSON (ឯកសារតែមួយ)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">សេចក្តីសង្ខេប PDF (ថតថ្មី)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">សេចក្តីសង្ខេប HTML (ថតថ្មី)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ទម្រង់</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">រួមបញ្ចូលអត្ថបទសេរី</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">រួមបញ្ចូលកំណត់សម្គាល់របស់បុគ្គលិក</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">ឯកសារ ឬថតគោលដៅ</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">ឯកសារ ឬថតថ្មី ដែលត្រូវសរសេរ</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">ជ្រើសរើសឯកសារ ឬថតគោលដៅ</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ទម្រង់(&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">រក្សាទុកជា(&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">នាំចេញ(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">នាំចេញ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">សូមជ្រើសរើសករណីដែលត្រូវនាំចេញ នៅក្នុងបញ្ជីករណី។</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">ជ្រើសរើសកន្លែងរក្សាទុកការនាំចេញ។</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យត្រូវបានចាក់សោ; សូមដោះសោវាដើម្បីនាំចេញ។</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">កំពុងនាំចេញករណីដែលបានជ្រើស %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">បោះបង់(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">វឌ្ឍនភាពនៃការនាំចេញ</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">ការនាំចេញត្រូវបានបោះបង់; គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">មិនបាននាំចេញករណីទេ៖ %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">ឯកសារ JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">រក្សាទុកតារាងជា</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">ឈ្មោះថតថ្មីសម្រាប់សេចក្តីសង្ខេប</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">ត្រូវតែជាវត្ថុ</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">មិនស្គាល់វាល &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">ខ្វះវាលចាំបាច់ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវតែជាខ្សែអក្សរ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos; មិនត្រូវទទេទេ</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">លេខសម្គាល់ &apos;%1&apos; មិនត្រឹមត្រូវ៖ សូមប្រើអក្សរតូច a–z លេខ និង &apos;_&apos; ដោយចាប់ផ្តើមដោយអក្សរ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវតែជា true ឬ false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវតែជាលេខ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវតែជាចំនួនគត់ យ៉ាងតិច %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវតែជាអារេ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវតែជាតារាងអត្ថបទតាមភាសា ដូចជា {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">តារាងអត្ថបទតាមភាសា &apos;%1&apos; ទទេ; សូមផ្តល់អត្ថបទយ៉ាងហោចណាស់ជាភាសាលំនាំដើម</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">ភាសា &apos;%1&apos; មិនត្រូវបានរាយក្នុង &quot;languages&quot; ទេ</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">អត្ថបទ &apos;%1&apos; ត្រូវតែជាខ្សែអក្សរមិនទទេ</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">តារាងអត្ថបទតាមភាសា &apos;%1&apos; ខ្វះភាសាលំនាំដើម &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">មិនអាចអានឯកសារបានទេ</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">មិនអាចសរសេរឯកសារបានទេ (សូមពិនិត្យថាថតរបស់វាអាចសរសេរបាន)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">មិនអាចសរសេរច្បាប់ចម្លងបានពេញលេញទេ (តើថាសពេញឬ?)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[មិនបានបកប្រែ — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[មិនបានបកប្រែជា %1]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">កំណត់សម្គាល់៖ %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">សូចនាករដែលមាន៖ %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">; បើរាប់បញ្ចូលសំណួរដែលមិនទាន់មានចម្លើយ អាចដល់៖ %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">អ្វីដែលត្រូវធ្វើ៖</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">សូចនាករដែលបានរាប់</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">សូចនាករដែលនៅមិនទាន់កំណត់បាន</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">សំណួរដែលអាចសម្រេចវិមាត្រនេះ</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(ឥឡូវ៖ %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">បញ្ជីសូចនាករ៖ %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">អនុវត្តឬអត់ អាស្រ័យលើ៖ %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">លទ្ធផលក្នុងបញ្ជីនេះ៖</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">មិនទាន់សម្រេចបាននៅឡើយ</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">; នៅតែអាចក្លាយជា៖ %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">ចម្លើយតាមផ្នែក</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">កំណត់សម្គាល់របស់បុគ្គលិកមិនត្រូវបានរួមបញ្ចូលក្នុងសេចក្តីសង្ខេបនេះទេ។</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">មិនទាន់មានចម្លើយត្រូវបានកត់ត្រានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">ចម្លើយ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">ប្រភព</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(រក្សាទុក; សំណួរលែងពាក់ព័ន្ធ មិនរាប់បញ្ចូល)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">វគ្គសម្ភាសន៍</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">គ្មានវគ្គសម្ភាសន៍ត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">បញ្ចប់</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">ភាសាសម្ភាសន៍</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1; ផ្ទៃប្រើប្រាស់របស់បុគ្គលិក៖ %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">មិនទាន់បញ្ចប់</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1 (ការបកប្រែព្រាង មិនទាន់បានពិនិត្យ)</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">សេចក្តីសង្ខេបនេះមានពីរភាសា៖ អត្ថបទនីមួយៗពីបញ្ជីត្រួតពិនិត្យបង្ហាញជា %1 ហើយនៅខាងក្រោមវាជា %2។</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">អត្ថបទរបស់បញ្ជីត្រួតពិនិត្យគឺជា %1។</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">ការបកប្រែព្រាងមិនទាន់ត្រូវបានពិនិត្យដោយអ្នកនិយាយភាសាកំណើតទេ៖ សូមអានដោយប្រុងប្រយ័ត្ន។</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 សម្គាល់អត្ថបទដែលបញ្ជីត្រួតពិនិត្យមិនមានជាភាសានោះ; អត្ថបទរបស់វាជាភាសាដែលបានបញ្ជាក់ត្រូវបានបង្ហាញជំនួសវិញ (&quot;%2&quot;៖ មានតែបន្ទាត់ខាងលើប៉ុណ្ណោះ)។</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1; ភាសាទីពីរ៖ %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">លទ្ធផលត្រួតពិនិត្យបឋម៖ %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(កម្រិត %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">មានលក្ខខណ្ឌ៖</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">លទ្ធផលអាស្រ័យលើសំណួរដែលមិនទាន់មានចម្លើយ; សូមមើលកំណត់សម្គាល់។</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">ដំបូន្មាន៖ %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ករណី</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">លេខកូដករណី</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">ការផ្លាស់ប្តូរចុងក្រោយ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">លេខសម្គាល់ និងកំណែបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">SHA-256 នៃបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">បាននាំចេញ</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">សេចក្តីសង្ខេបករណី %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាល — ករណីប្រឌិត។ មិនមែនជាមនុស្សពិតទេ។</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">របៀបដែលទទួលបានលទ្ធផល</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">នាំចេញនៅ %1 ដោយ Lantern។</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">បានឆ្លើយ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">មិនដឹង</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">បដិសេធមិនឆ្លើយ</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">មិនបានសួរ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">មិនទាន់បានសួរ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">គ្មានណាមួយក្នុងចំណោមនេះ</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">បុគ្គលនោះប្រាប់ផ្ទាល់</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">បានសង្កេតឃើញ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">ឯកសារ</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">ភាគីទីបី</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">ការសម្ភាសន៍</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">សម្រាប់អ្នកផ្តល់បទសម្ភាសន៍ · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ មិនទាន់បកប្រែទាំងអស់ — អត្ថបទខ្លះជា %1</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">ការបកប្រែព្រាង មិនទាន់បានពិនិត្យ</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">សំណួរសម្រាប់អ្នកផ្តល់បទសម្ភាសន៍ជា %1៖ %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">មិនមានអង្គចងចាំគ្រប់គ្រាន់ដើម្បីវាយតម្លៃវិធាន</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">មិនអាចវាយតម្លៃវិធានបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">ឯកសារទទេ; ត្រូវតែជាវត្ថុ JSON</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">មានអត្ថបទមិនរំពឹងទុកបន្ទាប់ពីចុងឯកសារ JSON</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">ការដាក់ត្រួតគ្នាជ្រៅជាង %1 កម្រិត</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">ចុងឯកសារមិនរំពឹងទុក; ត្រូវការតម្លៃមួយ</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">ត្រូវការតម្លៃមួយ; JSON មិនអនុញ្ញាតឱ្យមានក្បៀសនៅខាងចុងទេ</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">តម្លៃមិនត្រឹមត្រូវ; JSON សរសេរ true, false និង null ជាអក្សរតូច ហើយសរសេរអត្ថបទក្នុងសញ្ញាសម្រង់ពីរ</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">ត្រូវការតម្លៃមួយ (វត្ថុ អារេ ខ្សែអក្សរ លេខ true, false ឬ null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">តម្លៃមិនត្រឹមត្រូវ; ត្រូវតែជា %1 (តម្លៃអត្ថបទក្នុង JSON ត្រូវការសញ្ញាសម្រង់ពីរ)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">លេខមិនត្រឹមត្រូវ; មិនអនុញ្ញាតឱ្យមានលេខសូន្យនៅខាងមុខទេ</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">លេខមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">លេខមិនត្រឹមត្រូវ; ត្រូវការខ្ទង់លេខបន្ទាប់ពីចំណុចទសភាគ</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">លេខមិនត្រឹមត្រូវ; ត្រូវការខ្ទង់លេខក្នុងនិទស្សន្ត</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">លេខធំពេក</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">escape \u មិនត្រឹមត្រូវ; ត្រូវការខ្ទង់គោលដប់ប្រាំមួយចំនួនបួន</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">ខ្សែអក្សរមិនបានបិទ</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">លំដាប់ escape &apos;\%1&apos; មិនត្រឹមត្រូវក្នុងខ្សែអក្សរ</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">surrogate គ្មានគូក្នុង escape \u</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">UTF-8 មិនត្រឹមត្រូវក្នុងខ្សែអក្សរ; សូមរក្សាទុកឯកសារជា UTF-8</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">ខ្សែអក្សរមិនបានបិទ; ត្រូវការ &apos;&quot;&apos; បិទ</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">ខ្សែអក្សរមិនបានបិទ; ត្រូវការ &apos;&quot;&apos; បិទ មុនចុងបន្ទាត់</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">មានតួអក្សរបញ្ជាក្នុងខ្សែអក្សរ; សូមសរសេរវាជា escape ដូចជា \t</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">ត្រូវការឈ្មោះសមាជិក; JSON មិនអនុញ្ញាតឱ្យមានក្បៀសនៅខាងចុងទេ</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">ត្រូវការឈ្មោះសមាជិកក្នុងសញ្ញាសម្រង់ពីរ</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">ត្រូវការ &apos;:&apos; បន្ទាប់ពីឈ្មោះសមាជិក</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">ចុងឯកសារមិនរំពឹងទុក; ត្រូវការ &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">ត្រូវការ &apos;,&apos; ឬ &apos;}&apos; បន្ទាប់ពីសមាជិករបស់វត្ថុ</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">ចុងឯកសារមិនរំពឹងទុក; ត្រូវការ &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">ត្រូវការ &apos;,&apos; ឬ &apos;]&apos; បន្ទាប់ពីធាតុរបស់អារេ</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">ចម្លើយ</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">បានចាក់សោ ព្រោះ Lantern ត្រូវបានលាក់។</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>បានចាក់សោបន្ទាប់ពីគ្មានសកម្មភាព %n នាទី។</numerusform>
            <numerusform>បានចាក់សោបន្ទាប់ពីគ្មានសកម្មភាព %n នាទី។</numerusform>
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
        <translation type="unfinished">បានលាក់។ ចុច F12 ដើម្បីបង្ហាញ Lantern ម្តងទៀត។</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">បើកមូលដ្ឋានទិន្នន័យ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">ចាក់សោ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ស្តារពីការបម្រុងទុក(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">ការកំណត់(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">កែសម្រួល(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">មិនធ្វើចម្លើយវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">ធ្វើចម្លើយឡើងវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">ករណី(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">ទិដ្ឋភាព(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យដែលបានប្រើចុងក្រោយ %1 លែងមាននៅទីនោះទៀតហើយ។ សូមបង្កើតថ្មី ឬបើកមួយផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">មិនបានបង្កើតមូលដ្ឋានទិន្នន័យទេ៖ %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">បើកមូលដ្ឋានទិន្នន័យករណី</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យ Lantern (*.lantern);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">មិនអាចបើកមូលដ្ឋានទិន្នន័យនេះបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">ស្តារពីការបម្រុងទុកល្អចុងក្រោយបង្អស់</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">វាយឃ្លាសម្ងាត់របស់មូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">មិនបានដោះសោ៖ %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">មិនទាន់មានការបម្រុងទុកនៃមូលដ្ឋានទិន្នន័យនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ស្តារពីការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">ជំនួសមូលដ្ឋានទិន្នន័យដោយការបម្រុងទុក %1 ឬ? ឯកសារបច្ចុប្បន្ននឹងត្រូវរក្សាទុកជាការបម្រុងទុកជាមុនសិន។</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">ការបម្រុងទុកត្រូវបានស្តារ។ សូមដោះសោវាដោយឃ្លាសម្ងាត់ដែលមូលដ្ឋានទិន្នន័យមាន នៅពេលការបម្រុងទុកត្រូវបានធ្វើ។</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">មិនបានស្តារការបម្រុងទុកទេ៖ %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — ការបណ្តុះបណ្តាល (ករណីប្រឌិត)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">រកមើលបញ្ជីត្រួតពិនិត្យ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">បង្ហាញបញ្ជីត្រួតពិនិត្យ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">នាំចូលបញ្ជីត្រួតពិនិត្យ(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">នាំចូលបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ Lantern (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាល(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">បើកកន្លែងធ្វើការបណ្តុះបណ្តាល(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">កំណត់កន្លែងធ្វើការបណ្តុះបណ្តាលឡើងវិញ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">ចាប់ផ្តើមលំហាត់(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">បង្ហាញករណីសិក្សា(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">ប្រៀបធៀបជាមួយចម្លើយគំរូ(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">មិនអាចប្រៀបធៀបករណីនេះជាមួយចម្លើយគំរូបានទេ៖ %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">ឧទាហរណ៍ជាក់ស្តែង</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">បានចាក់សោ។</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">មិនអាចបង្កើតកន្លែងធ្វើការបណ្តុះបណ្តាលបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">កំណត់កន្លែងធ្វើការបណ្តុះបណ្តាលឡើងវិញ</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">ដាក់កន្លែងធ្វើការបណ្តុះបណ្តាលត្រឡប់ទៅករណីសិក្សាដូចដែលបានផ្តល់មកដើមវិញឬ? រាល់លំហាត់ និងការផ្លាស់ប្តូរដែលបានធ្វើនៅក្នុងនោះ នឹងត្រូវលុប។ មូលដ្ឋានទិន្នន័យករណីពិតមិនត្រូវបានប៉ះពាល់ទេ។</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">មិនបានកំណត់កន្លែងធ្វើការបណ្តុះបណ្តាលឡើងវិញទេ៖ %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">កន្លែងធ្វើការបណ្តុះបណ្តាលត្រូវបានកំណត់ឡើងវិញទៅករណីសិក្សារបស់វា។</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">អំពី Lantern(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">ព្យាយាមម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">សារ</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">បិទសារនេះ</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">បិទសារ</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">ករណីថ្មី</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (កំណែ %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, ពីថតរបស់អ្នក</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">លេខកូដករណី</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">ចាប់ផ្តើមករណី(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">ចាប់ផ្តើមករណី</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ(&amp;C)៖</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">លេខកូដករណី(&amp;C)៖</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">លេខកូដត្រូវបានបង្កើតដោយស្វ័យប្រវត្តិ; អ្នកអាចប្តូរវាឲ្យត្រូវនឹងលេខឯកសាររបស់អ្នកផ្ទាល់ បើចង់។ កុំដាក់ឈ្មោះ ឬព័ត៌មានលម្អិតផ្សេងទៀតដែលអាចកំណត់អត្តសញ្ញាណបុគ្គល នៅក្នុងនោះ។</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">រកមិនឃើញបញ្ជីត្រួតពិនិត្យត្រឹមត្រូវទេ។ សូមពិនិត្យថតបញ្ជីត្រួតពិនិត្យនៅក្នុងការកំណត់។</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">សូមជ្រើសរើសបញ្ជីត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">សូមបញ្ចូលលេខកូដករណី។</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">ករណីមួយផ្សេងទៀតមានលេខកូដ %1 រួចហើយ; សូមជ្រើសរើសលេខកូដផ្សេង។</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">កំណត់សម្គាល់ស្រេចចិត្តសម្រាប់ចម្លើយនេះ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">ប្រភព៖</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">ប្រភពនៃចម្លើយ</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">លេខ</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">លេខពី %1 ដល់ %2</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">លេខ យ៉ាងតិច %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">លេខ យ៉ាងច្រើន %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">បញ្ចូលលេខ ឧទាហរណ៍ 42។</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">មិនគាំទ្រប្រមាណវិធី &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់យ៉ាងតិច 1</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់យ៉ាងតិច %2</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់ 1</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់ %2</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់យ៉ាងច្រើន 1</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់យ៉ាងច្រើន %2</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់ %2 ឬ %3</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">ប្រមាណវិធី &apos;%1&apos; ទទួលអាគុយម៉ង់ពី %2 ដល់ %3</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">វិធានដាក់ត្រួតគ្នាជ្រៅពេក</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">លទ្ធផល &apos;%1&apos; នៃបញ្ជីសូចនាករ &apos;%2&apos; អានវិមាត្រដែលមិនទាន់កំណត់បានចំនួន %3 ដែលច្រើនពេកក្នុងការសាកល្បងគ្រប់បន្សំ; វាត្រូវបានចាត់ទុកថាមិនទាន់កំណត់បាន។</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">មិនអាចវាយតម្លៃវិធាននៃលទ្ធផល &apos;%1&apos; ក្នុងបញ្ជីសូចនាករ &apos;%2&apos; បានទេ (%3); វាត្រូវបានចាត់ទុកថាមិនទាន់កំណត់បាន។</translation>
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
        <translation type="unfinished">%1 និង %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">សម្រេចបាន៖ វាអនុវត្តនៅពេលគ្មានលទ្ធផលណាមួយមុនវាត្រូវបានសម្រេច។</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">សម្រេចបាន ដោយសារ %1។</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">សម្រេចបាន៖ វិធានរបស់វាត្រឹមត្រូវតាមស្ថានភាពវិមាត្រ។</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">មិនសម្រេចបាន ដោយសារ %1។</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">មិនសម្រេចបាន៖ វិធានរបស់វាមិនត្រឹមត្រូវតាមស្ថានភាពវិមាត្រទេ។</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">នៅតែអាចសម្រេចបាន៖ វាអាស្រ័យលើវិមាត្រដែលនៅមិនទាន់កំណត់បាន (%1)។</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">នៅតែអាចសម្រេចបាន៖ វាអាស្រ័យលើវិមាត្រដែលនៅមិនទាន់កំណត់បាន។</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">ករណី %1 · នាំចេញនៅ %2 · ទំព័រ %3 នៃ %4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">ការបណ្តុះបណ្តាល — ករណីប្រឌិត · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">ខ្លាំង</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">មធ្យម</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ខ្សោយ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">មិនទាន់មានចម្លើយ</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">បំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">មិនបំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">មិនទាន់កំណត់បាន</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">មិនចាំបាច់</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">ចំណងជើងស្លាយ</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — ការបង្ហាញ</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">ស្លាយ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">ជំហាន</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបង្ហាញទេ</translation>
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
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">វិមាត្រ</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">បញ្ជីសូចនាករ</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">បានផ្ទៀងផ្ទាត់ជាមួយប្រភពរបស់វា។</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយប្រភពរបស់វាទាំងស្រុងទេ។</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">ប្រភព៖ %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">មិនទាន់ផ្ទៀងផ្ទាត់៖</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1, ប្រភព៖ %2, %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1, ប្រភព៖ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a part and what is still to check</comment>
        <translation type="unfinished">%1៖ %2</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionPane</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ប្រភេទ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">ចាំបាច់</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">រសើប</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">សួរនៅពេល</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">ផ្នែក និងសំណួរ</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">បាទ/ចាស / ទេ</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">មួយក្នុងចំណោមជម្រើស %1</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">ណាមួយក្នុងចំណោមជម្រើស %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">អត្ថបទ</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">លេខ %1 ដល់ %2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">លេខ</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">ចាំបាច់</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ រសើប</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">ត្រូវប្រុងប្រយ័ត្ន; មិនដែលបង្ហាញពេលធ្វើបទបង្ហាញទេ</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">ចាំបាច់</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">រសើប — សួរដោយទន់ភ្លន់</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">មិនបានបកប្រែ</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">សួរ</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">សួរ · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">សំណួរ %1៖ %2 (ចាំបាច់)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">សំណួរ %1៖ %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">កំណត់សម្គាល់សម្រាប់អ្នកសម្ភាសន៍៖</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">ចម្លើយដែលទទួលយក៖</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">សម្រាប់អ្នក</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">សម្រាប់អ្នកសម្ភាសន៍</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">លាក់រហ័ស(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">ធ្វើឲ្យបង្អួចទទេភ្លាមៗ; ចុច F12 ម្តងទៀតដើម្បីបង្ហាញវាវិញ</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">សំណួរ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">ផ្នែក &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">លក្ខខណ្ឌបង្ហាញនៃ %1 អាស្រ័យលើខ្លួនវាផ្ទាល់; វាត្រូវបានបង្ហាញ និងចាត់ទុកថាមិនទាន់កំណត់បាន។</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">មិនអាចវាយតម្លៃវិធានលក្ខខណ្ឌបង្ហាញនៃសំណួរ &apos;%1&apos; បានទេ (%2); វាត្រូវបានបង្ហាញ និងចាត់ទុកថាមិនទាន់កំណត់បាន។</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">មិនអាចវាយតម្លៃវិធានលក្ខខណ្ឌបង្ហាញនៃផ្នែក &apos;%1&apos; បានទេ (%2); វាត្រូវបានបង្ហាញ និងចាត់ទុកថាមិនទាន់កំណត់បាន។</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ស្តារពីការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">ជ្រើសរើសការបម្រុងទុកដែលត្រូវស្តារ។ ឯកសារមូលដ្ឋានទិន្នន័យបច្ចុប្បន្ន នឹងត្រូវរក្សាទុកជាការបម្រុងទុកជាមុនសិន ដូច្នេះគ្មានអ្វីបាត់បង់ទេ។ ការបម្រុងទុកមួយបើកដោយឃ្លាសម្ងាត់ដែលមូលដ្ឋានទិន្នន័យមាន នៅពេលការបម្រុងទុកនោះត្រូវបានធ្វើ។</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">ការបម្រុងទុក</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">ស្តារ(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — ការបម្រុងទុក %2, %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">ឈ្មោះអថេរត្រូវតែជាខ្សែអក្សរដែលសរសេរផ្ទាល់</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">មិនអាចវិភាគវិធានបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::RuleOperands</name>
    <message>
        <source>“%1”</source>
        <comment>a value quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>%1 is more than %2</source>
        <translation type="unfinished">%1 ច្រើនជាង %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 យ៉ាងតិច %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 តិចជាង %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 យ៉ាងច្រើន %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 មិនមែន %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 គឺ %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">បំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">មិនបំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">ពិត</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">មិនពិត</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">គ្មានចម្លើយ</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">គ្មានអ្វី</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (ឬ %2 នៅពេលមិនបានឆ្លើយ)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">តម្លៃធំបំផុតនៃ %1</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">តម្លៃតូចបំផុតនៃ %1</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">ដក %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1 គឺ បាទ/ចាស</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1 មានជម្រើសដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 គឺជាលេខក្រៅពី 0</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 ត្រូវបានឆ្លើយ</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 ច្រើនជាង %2 និងតិចជាង %3</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 ស្ថិតពី %2 ដល់ %3</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 បំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 មិនបំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 រួមមាន %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 គឺជាមួយក្នុងចំណោម %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1 មានពាក្យ %2</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 ស្ថិតក្នុង %2</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1 រួមមានទាំងអស់នៃ %2</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 រួមមានណាមួយនៃ %2</translation>
    </message>
</context>
<context>
    <name>lantern::RuleWords</name>
    <message>
        <source>“%1”</source>
        <comment>a title quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an element and its status: Exploitation (met)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>a sensitive question</source>
        <translation type="unfinished">សំណួររសើប</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">មិនដែល</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">ជានិច្ច</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished"> និង </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; ឬ </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> និង </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> ឬ </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 មិនបំពេញលក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1 មិនមែន បាទ/ចាស</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1 គ្មានជម្រើសដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1 មិនត្រូវបានឆ្លើយ</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">មិនមែន %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">មិនមែន (%1)</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">បើ %1 នោះ %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">បើមិនដូច្នោះទេ បើ %1 នោះ %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">បើមិនដូច្នោះទេ %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">តិចជាង %1 ក្នុងចំណោម %2 ត្រូវបានឆ្លើយ</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1 មិនទាន់បានឆ្លើយ</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">ណាមួយនៃ %1 មិនទាន់បានឆ្លើយ</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">ស្ថានភាពរក្សាទុក</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ បានរក្សាទុក</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ បានរក្សាទុក %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ មិនបានរក្សាទុក៖ %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">មិនអាចវាយតម្លៃវិធាន &apos;applies&apos; នៃបញ្ជីសូចនាករ &apos;%1&apos; បានទេ (%2); ការអនុវត្តរបស់វាត្រូវបានចាត់ទុកថាមិនទាន់កំណត់បាន។</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">លទ្ធផលនៃបញ្ជីសូចនាករ &apos;%1&apos; នៅតែអាចក្លាយជាធ្ងន់ធ្ងរជាងនេះ (%2) អាស្រ័យលើសំណួរដែលមិនទាន់មានចម្លើយ។</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">បញ្ជីសូចនាករ &apos;%1&apos; ក៏អាចអនុវត្តដែរ (អាស្រ័យលើ៖ %2); បើវាអនុវត្ត លទ្ធផល &apos;%3&apos; របស់វាធ្ងន់ធ្ងរជាង។</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">ថាតើបញ្ជីសូចនាករ &apos;%1&apos; អនុវត្តឬអត់ អាស្រ័យលើសំណួរដែលមិនទាន់មានចម្លើយ៖ %2។ ទោះយ៉ាងណា វាត្រូវបានវាយតម្លៃដដែល។</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">គ្មានបញ្ជីសូចនាករណាអនុវត្តចំពោះចម្លើយទាំងនេះទេ ដូច្នេះគ្មានលទ្ធផលរួមទេ។</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">មិនទាន់មានបញ្ជីសូចនាករណាសម្រេចបានលទ្ធផលនៅឡើយទេ៖ លទ្ធផលនីមួយៗនៅតែអាស្រ័យលើសំណួរដែលមិនទាន់មានចម្លើយ។</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">គ្មានបញ្ជីសូចនាករណាអនុវត្តដោយប្រាកដទេ៖ លទ្ធផលរួមមានលក្ខខណ្ឌ អាស្រ័យលើសំណួរដែលមិនទាន់មានចម្លើយ ដែលសម្រេចថាបញ្ជីសូចនាករណាអនុវត្ត។</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">មិនអាចវាយតម្លៃវិធាននៃសូចនាករ &apos;%1&apos; បានទេ (%2); វាត្រូវបានចាត់ទុកថាមិនទាន់កំណត់បាន។</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">រាល់អក្សរដែលអ្នកប្រើ Lantern អាន ក្នុងពុម្ពអក្សរដែលកុំព្យូទ័រនេះប្រើដើម្បីបង្ហាញ</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — គ្មានពុម្ពអក្សរ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">បង្ហាញជាប្រអប់៖ %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">មិនបានរក្សាទុកសេចក្តីសង្ខេបរបស់ករណីទេ</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">មិនអាចរៀបចំករណី %1 ក្នុងចំណោម %2 សម្រាប់ការស្វែងរកថ្មីបានទេ (%3); ករណីនីមួយៗនឹងត្រូវបានរៀបចំនៅពេលបើកលើកក្រោយ</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">ចម្លើយដែលអាចស្វែងរកបាន</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">បញ្ជីករណីស្វែងរកករណីតាមលេខកូដ និងលទ្ធផលរបស់វា ព្រមទាំងតាមចម្លើយរបស់វាចំពោះសំណួរដែលបានគូសធីកនៅទីនេះ។ ចម្លើយទាំងនោះនៅតែត្រូវបានអ៊ីនគ្រីបក្នុងមូលដ្ឋានទិន្នន័យ; ខណៈពេលដែលមូលដ្ឋានទិន្នន័យត្រូវបានដោះសោ ចម្លើយទាំងនោះត្រូវបានរក្សាទុកក្នុងអង្គចងចាំសម្រាប់ការស្វែងរក។ សំណួរដែលបញ្ជីត្រួតពិនិត្យសម្គាល់ថារសើប មិនអាចស្វែងរកបានឡើយ។</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (កំណែ %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">សំណួរដែលបញ្ជីករណីស្វែងរកក្នុងចម្លើយរបស់វា</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">អនុវត្ត(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">ប្រើលំនាំដើម(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">ចម្លើយចំពោះសំណួរប្រភេទអត្ថបទ ដែលមិនត្រូវបានសម្គាល់ថារសើប</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">បញ្ជីត្រួតពិនិត្យ(&amp;C)៖</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — រសើប មិនអាចស្វែងរកបានឡើយ</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">ផ្នែក</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down និង Ctrl+Page Up ផ្លាស់ទីរវាងផ្នែក</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">មិនត្រូវសួរតាមចម្លើយរហូតមកដល់ពេលនេះ</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ បានឆ្លើយទាំង %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">បានឆ្លើយ %1 នៃ %2</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">បានប្រើអ្នកបកប្រែផ្ទាល់មាត់(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">ស្ថានភាពវគ្គសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">បានប្រើអ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">ភាសាសម្ភាសន៍(&amp;L)៖</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">ភាសាសម្ភាសន៍</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">ភាសាដែលប្រើក្នុងការសម្ភាសន៍ (លេខកូដភាសា ដូចជា km)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">ចាប់ផ្តើម ឬផ្អាកវគ្គសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">មិនអាចកត់ត្រាវគ្គសម្ភាសន៍បានទេ៖ គ្មានមូលដ្ឋានទិន្នន័យករណីណាបើកទេ។</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">ចាប់ផ្តើមវគ្គ(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">វគ្គសម្ភាសន៍មិនត្រូវបានកត់ត្រាសម្រាប់ទិដ្ឋភាពនេះទេ។</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">ផ្អាកវគ្គ(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">វគ្គ %1 កំពុងដំណើរការតាំងពី %2</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">បន្តវគ្គ(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">មិនទាន់មានវគ្គណាត្រូវបានកត់ត្រានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">បានផ្អាក — វគ្គ 1 រហូតមកដល់ពេលនេះ។</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">បានផ្អាក — វគ្គ %1 រហូតមកដល់ពេលនេះ។</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">ចាក់សោនៅពេល Lantern ត្រូវបានបង្រួម ឬលាក់(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ការកំណត់</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> នាទី</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">មិនដែល</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">ចាក់សោក្រោយគ្មានសកម្មភាពប៉ុន្មាននាទី</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">ចាក់សោនៅពេលបង្រួម ឬលាក់</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">ថតបញ្ជីត្រួតពិនិត្យផ្ទាល់ខ្លួនរបស់អ្នក</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">លំនាំដើមរបស់ផ្ទៃតុ</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">ទំហំពុម្ពអក្សរផ្ទៃប្រើប្រាស់</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">រកមើល(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">ជ្រើសរើសថតបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">ចាក់សោក្រោយពេលគ្មានសកម្មភាព(&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">ថតបញ្ជីត្រួតពិនិត្យ(&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">ទំហំពុម្ពអក្សរ(&amp;F)៖</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">តាមផ្ទៃតុ</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — ការបកប្រែព្រាង</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">ភាសាផ្ទៃប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">ក្បែរគ្នា</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">មួយនៅលើមួយទៀត</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">សំណួរពីរភាសា</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">ទំហំអត្ថបទសម្រាប់អ្នកផ្តល់បទសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">ភាសាផ្ទៃប្រើប្រាស់(&amp;G)៖</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">សំណួរពីរភាសា(&amp;Q)៖</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">ទំហំអត្ថបទសម្រាប់អ្នកផ្តល់បទសម្ភាសន៍(&amp;I)៖</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">មិនអាចចាប់ផ្តើមបណ្ណាល័យអ៊ីនគ្រីបបានទេ</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទទេ</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">ការកំណត់កូនសោរបស់មូលដ្ឋានទិន្នន័យខូច</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">ទិន្នន័យដែលបានរក្សាទុកមិនឆ្លងកាត់ការត្រួតពិនិត្យភាពត្រឹមត្រូវ (ត្រូវបានកែប្រែ ឬខូច)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">មិនមានអង្គចងចាំគ្រប់គ្រាន់សម្រាប់ការអ៊ីនគ្រីបមូលដ្ឋានទិន្នន័យទេ; សូមបិទកម្មវិធីផ្សេងទៀត ហើយព្យាយាមម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">ចាប់ផ្តើមលំហាត់</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">អានករណីសិក្សា រួចសម្ភាសន៍ដោយប្រើបញ្ជីត្រួតពិនិត្យ ដូចដែលអ្នកធ្វើនៅកន្លែងការងារ។ នៅពេលរួចរាល់ សូមប្រៀបធៀបចម្លើយរបស់អ្នកជាមួយចម្លើយគំរូ។</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">ករណីសិក្សា</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">ឧ. ក្រុមទី 3 ឬនាមខ្លួនរបស់អ្នក</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">អ្នកចូលរួម ឬក្រុម</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">ករណីសិក្សា(&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">អ្នកចូលរួម ឬក្រុម(&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">ចាប់ផ្តើម(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">ប្រធានបទ៖ %1 · បញ្ជីត្រួតពិនិត្យ %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">មិនមានករណីសិក្សាណាត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">សូមបញ្ចូលឈ្មោះ ឬក្រុម ដើម្បីឲ្យគ្រូបង្គោលអាចបែងចែកលំហាត់បាន។</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 បានចាប់ផ្តើមករណីសិក្សានេះរួចហើយ; សូមជ្រើសរើសឈ្មោះផ្សេង។</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">បង្កើតមូលដ្ឋានទិន្នន័យករណីថ្មី(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">បើកមូលដ្ឋានទិន្នន័យដែលមានស្រាប់(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">បើកកន្លែងធ្វើការបណ្តុះបណ្តាល(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">សូមស្វាគមន៍មកកាន់ Lantern</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern រក្សាទុកករណីពិនិត្យនៅក្នុងមូលដ្ឋានទិន្នន័យដែលបានអ៊ីនគ្រីបនៅលើកុំព្យូទ័រនេះ។ គ្មានអ្វីត្រូវបានផ្ញើទៅកន្លែងណាទេ។ ដើម្បីចាប់ផ្តើម សូមបង្កើតមូលដ្ឋានទិន្នន័យដែលការពារដោយឃ្លាសម្ងាត់ ឬបើកមូលដ្ឋានទិន្នន័យដែលអ្នកមានរួចហើយ។</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">សម្រាប់គ្រូបង្គោល និងអ្នកចូលរួមសិក្ខាសាលា៖ កន្លែងធ្វើការបណ្តុះបណ្តាលមានតែករណីសិក្សាប្រឌិតប៉ុណ្ណោះ។ វាមិនត្រូវបានអ៊ីនគ្រីបទេ ហើយត្រូវបានសម្គាល់យ៉ាងច្បាស់។ កុំបញ្ចូលករណីរបស់មនុស្សពិតនៅទីនោះឡើយ។</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">បើកកន្លែងធ្វើការបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">បង្កើតមូលដ្ឋានទិន្នន័យករណីថ្មី</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">បើកមូលដ្ឋានទិន្នន័យដែលមានស្រាប់</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">ផ្លាស់ប្តូរស្ថានភាពនៃករណី %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">ស្ថានភាពថ្មី</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">មូលហេតុនៃការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">ហេតុអ្វីបានជាស្ថានភាពផ្លាស់ប្តូរ ឧ. «បានបញ្ជូនទៅយន្តការបញ្ជូនថ្នាក់ជាតិ»</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">ផ្លាស់ប្តូរស្ថានភាព(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">ស្ថានភាព(&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">មូលហេតុ(&amp;R)៖</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">សូមជ្រើសរើសស្ថានភាពខុសពីស្ថានភាពបច្ចុប្បន្ន។</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">សូមផ្តល់មូលហេតុ៖ វាត្រូវបានរក្សាទុកក្នុងកំណត់ត្រាសវនកម្មរបស់ករណី។</translation>
    </message>
</context>
<context>
    <name>lantern::StorageError</name>
    <message>
        <source>%1: %2</source>
        <comment>a cause, then what did not happen</comment>
        <translation type="unfinished">%1៖ %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished">ថាសពេញ</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">មិនអាចបើកឯកសារមូលដ្ឋានទិន្នន័យបានទេ (សូមពិនិត្យថាថតរបស់វាមាន និងអាចសរសេរបាន)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">កុំព្យូទ័រអស់អង្គចងចាំ</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យបានរាយការណ៍ពីបញ្ហាដែលមិនរំពឹងទុក (កូដ %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">ឯកសារនេះមិនមែនជាមូលដ្ឋានទិន្នន័យ Lantern ទេ</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យនេះត្រូវបានបង្កើតដោយកំណែ Lantern ថ្មីជាង (schema %1); សូមធ្វើបច្ចុប្បន្នភាព Lantern ដើម្បីបើកវា</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យស្ថិតនៅទីតាំងដែលអាចអានបានតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យកំពុងបើកនៅក្នុងបង្អួច ឬដំណើរការ Lantern ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">ឯកសារមូលដ្ឋានទិន្នន័យខូច; សូមស្តារវាពីការបម្រុងទុក</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">គ្មានមូលដ្ឋានទិន្នន័យនៅទីតាំងនេះទេ</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">មានឯកសារមួយនៅទីតាំងនេះរួចហើយ</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យត្រូវបានចាក់សោ៖ សូមដោះសោវាជាមុនសិន</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">មិនអាចអាន ឬសរសេរថាសបានទេ</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ ខ្លាំង</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ មធ្យម</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ ខ្សោយ</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">មិនត្រូវបានគិតទម្ងន់ក្នុងបញ្ជីនេះទេ</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">សូចនាករ តាមវិមាត្រ</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">មើលមុនបោះពុម្ពនៃករណី %1</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">វាយចម្លើយ រួចចុច Enter</translation>
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
            <numerusform>សូចនាករកម្រិត%1 ចំនួន %n</numerusform>
            <numerusform>សូចនាករកម្រិត%1 ចំនួន %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>សូចនាករកម្រិត%1 ចំនួន %n</numerusform>
            <numerusform>សូចនាករកម្រិត%1 ចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 និង %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">ខ្លាំង</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">មធ្យម</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">ខ្សោយ</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">មធ្យម ឬខ្សោយ</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">ខ្លាំង ឬមធ្យម</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">កម្រិតណាក៏បាន</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">គ្មានសូចនាករណាមួយសោះ</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">%1 កម្រិតណាក៏បាន</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>សូចនាករកម្រិតណាក៏បាន ចំនួន %n</numerusform>
            <numerusform>សូចនាករកម្រិតណាក៏បាន ចំនួន %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>សូចនាករកម្រិតណាក៏បាន ចំនួន %n</numerusform>
            <numerusform>សូចនាករកម្រិតណាក៏បាន ចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">សរុប %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>សូចនាករសរុប %n</numerusform>
            <numerusform>សូចនាករសរុប %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>សូចនាករសរុប %n</numerusform>
            <numerusform>សូចនាករសរុប %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">គ្មានកម្រិតណាមានទម្ងន់ទេ</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">បំពេញលក្ខខណ្ឌ នៅពេលទម្ងន់នៃសូចនាករដែលមាន បូកបញ្ចូលគ្នាយ៉ាងតិច %1 (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">មិនដែលបំពេញលក្ខខណ្ឌ៖ កម្រិតកំណត់មិនមានជម្រើសណាមួយទេ</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">បំពេញលក្ខខណ្ឌជាមួយ %1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; ឬ </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាល — ករណីប្រឌិត · មិនបានអ៊ីនគ្រីប · កុំបញ្ចូលករណីរបស់មនុស្សពិតនៅទីនេះឡើយ</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">កន្លែងធ្វើការបណ្តុះបណ្តាល៖ ករណីប្រឌិតតែប៉ុណ្ណោះ</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ដោះសោ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">បើកមូលដ្ឋានទិន្នន័យផ្សេងទៀត(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ស្តារពីការបម្រុងទុក(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">ដោះសោមូលដ្ឋានទិន្នន័យករណី</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">ឈ្មោះមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">ថតមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">ដោះសោ</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">បើកមូលដ្ឋានទិន្នន័យផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">បង្កើតមូលដ្ឋានទិន្នន័យថ្មី</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ស្តារពីការបម្រុងទុក</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់(&amp;P)៖</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">នៅក្នុង %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">កំពុងដោះសោ…</translation>
    </message>
</context>
</TS>
