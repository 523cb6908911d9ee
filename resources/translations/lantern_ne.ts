<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">खुला</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">मूल्याङ्कन गरिएको</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">प्रेषण गरिएको</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">बन्द</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">अझै मूल्याङ्कन नगरिएको</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">नतिजा तह %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (पूर्वनिर्धारित)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">आईडी</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">संस्करण</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">भाषाहरू</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ढाँचा</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">फाइल</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (Lantern सँगै आएको)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">प्रमाणित</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हो</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">होइन — स्रोत विवरण हेर्नुहोस्</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 खण्ड, %2 प्रश्न (%3 संवेदनशील), %4 सूचक, %5 तत्त्व, %6 प्रोफाइल।</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">तत्त्वहरू र प्रत्येक कहिले पूरा हुन्छ</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">यहाँ कुनै सूचक गनिँदैन</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">गनिन्छ: %1 बलियो, %2 मध्यम, %3 कमजोर</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">नतिजाहरू, क्रमैसँग जाँचिने</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">तह %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">स्रोतहरूसँग भिडाएर प्रमाणित भनी चिन्ह लगाइएको।</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">प्रमाणित छैन: यस जाँचसूचीका केही भाग अझै स्रोतहरूसँग भिडाएर जाँच्न बाँकी छ।</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">स्रोतहरू</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">अप्रमाणित भनी कुनै कुरा चिन्ह लगाइएको छैन।</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">अझै अप्रमाणित (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">समग्रमा: माथिका टिप्पणीहरू हेर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">प्रशिक्षकका लागि HTML प्रतिवेदन (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV तालिका, प्रत्येक सूचकका लागि एक पङ्क्ति (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON, तुलना गरिएका सबै कुरा (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">प्रशिक्षकका लागि तुलना निर्यात गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">समग्र</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">नमुना उत्तर: %1; तपाईंको: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">फरक परेका जवाफहरू</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">तपाईंले नमुना उत्तरसँग मिल्ने जवाफहरू दिनुभयो।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">नमुना उत्तर</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">तपाईंको</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(जवाफ बाँकी)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">पासफ्रेज छान्नुहोस्: सम्झन सकिने केही शब्द टाइप गर्न सजिलो र अनुमान गर्न गाह्रो हुन्छन्।</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">धेरै छोटो: कम्तीमा %1 अक्षर प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">कमजोर: यो अनुमान गर्न सकिन्छ। अझ केही शब्द थप्नुहोस्।</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">ठिकै: स्वीकार्य छ, तर एक-दुई शब्द थपे धेरै बलियो हुन्छ।</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">बलियो: यो अनुमान गर्न निकै लामो समय लाग्छ।</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">संवेदनशील प्रश्नद्वारा सोधिने, यहाँ देखाइँदैन</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">1 संवेदनशील प्रश्न, यहाँ देखाइँदैन</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">%1 संवेदनशील प्रश्न, यहाँ देखाइँदैनन्</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">यस प्रोफाइलमा 1 सूचक</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">यस प्रोफाइलमा %1 सूचक</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">%3 मध्ये सूचक %1–%2</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">बलियो सूचकहरू</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">मध्यम सूचकहरू</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">कमजोर सूचकहरू</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">यस प्रोफाइलमा यसको कुनै पनि सूचक गनिँदैन।</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">कसरी निर्णय हुन्छ</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">यीमध्ये कुनै एउटा भेटिएमा पूरा हुन्छ</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">उदाहरण जवाफ छैनन्: यो चरणले नियम मात्र देखाउँछ।</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">उदाहरण जवाफहरू</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">%1 सँग</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">भेटिएका सूचकहरू</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">कुनै भेटिएन</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>%n अझै खुला: </numerusform>
            <numerusform>%n अझै खुला: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; र थप %n</numerusform>
            <numerusform>; र थप %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">सीमासँग तुलना</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">भेटिएका: %1 बलियो, %2 मध्यम, %3 कमजोर</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">यो प्रोफाइलले आफ्नो कुनै पनि सूचक गन्दैन।</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">आवश्यक %2 मध्ये अङ्क %1</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — पुगेको</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — %2 चाहिन्छ</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: अनिर्धारित — जवाफ बाँकी प्रश्नहरूले अझै निर्णय गर्न सक्छन्</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">नतिजा %1 / %2 · तह %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">नियम</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">यसले हेर्ने तत्त्वहरू</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">आवश्यक परेन: यसअघिको नतिजा पुगिसकेको थियो। %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">नतिजा यही हो। %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">नतिजाहरू क्रमैसँग जाँचिन्छन्; पहिले पुगेको नतिजा नै अन्तिम नतिजा हो।</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">जाँचसूची “%1” मा प्रस्तुत गर्न “%2” प्रोफाइल छैन।</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · संस्करण %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">यो प्रोफाइल कसका लागि हो</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">क्रमैसँग के गनिन्छ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">हल गरिएको उदाहरण: %1 — यो प्रोफाइल लागू हुन्छ</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">हल गरिएको उदाहरण: %1 — यो प्रोफाइल लागू हुँदैन, तर सँगै देखाइएको छ</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">हल गरिएको उदाहरण: %1 — यो प्रोफाइल लागू हुन सक्छ (यो निर्भर रहने एउटा जवाफ बाँकी छ)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">प्रारम्भिक जाँचको सहायक साधन, फैसला होइन: यसले कुन सूचकहरू भेटिए र औपचारिक पहिचानका लागि प्रेषण गर्ने कि नगर्ने भन्ने देखाउँछ।</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">नतिजा: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">पुगेको: तह %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">के गर्ने</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">नतिजा: अझै कुनै पुगेको छैन</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">उदाहरण जवाफहरूमा कुनै नतिजा पुग्दैन</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">अझै यस्तो हुन सक्छ</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">यो प्रोफाइल उदाहरण जवाफहरूमा लागू हुँदैन; नतिजाले यसका नियमले ती जवाफ कसरी पढ्छन् भन्ने देखाउँछ।</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">यो प्रोफाइल लागू हुन्छ कि हुँदैन भन्ने कुरा एउटा बाँकी जवाफमा निर्भर छ।</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">बलियो</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमजोर</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा भएको</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नभएको</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">अनिर्धारित</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">क्रमशः</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · क्रमशः</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">पूर्ववत् गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">पुनः गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">काट्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">प्रतिलिपि गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">टाँस्नुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">सबै चयन गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ठिक छ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">सबै सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">खुला</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">हो(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">सबैलाई हो(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">होइन(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">सबैलाई होइन(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">परित्याग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">पुनः प्रयास गर्नुहोस्</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">बेवास्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">खारेज गर्नुहोस्</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">मद्दत</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">लागू गर्नुहोस्</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">रिसेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">पूर्वनिर्धारित पुनर्स्थापना गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">पूर्ववत् गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">पुनः गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">काट्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">प्रतिलिपि गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">लिङ्कको ठेगाना प्रतिलिपि गर्नुहोस्(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">टाँस्नुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">सबै चयन गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">अज्ञात आर्गुमेन्ट &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training र --database सँगै प्रयोग गर्न सकिँदैन</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">मातृभाषीद्वारा समीक्षा गरिएको (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">मातृभाषीद्वारा समीक्षा गरिएको</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">इन्टरफेसका भाषाहरू</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">जाँचसूचीका भाषाहरू</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Lantern बारे</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">संस्करण %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">संस्करण</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">मानव बेचबिखनका पीडितसँग भेट हुन सक्ने केसवर्करहरूका लागि प्रारम्भिक जाँचका जाँचसूचीहरू। केसहरू यसै कम्प्युटरमा इन्क्रिप्ट गरिएर रहन्छन्।</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">GNU General Public License, संस्करण 3 वा त्यसपछिको अन्तर्गत स्वतन्त्र सफ्टवेयर। यसको कुनै वारेन्टी छैन।</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">इजाजतपत्र</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">अनुवादको समीक्षा योगदान गर्न docs/translations.md हेर्नुहोस्: Qt Linguist मा समीक्षा गर्नुहोस्, त्यसपछि त्यसका प्रविष्टिहरूलाई पूरा भनी चिन्ह लगाउनुहोस्।</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">समीक्षा कसरी योगदान गर्ने</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">विकास बिल्ड</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">भाषा</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">मूल</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">मस्यौदा — मातृभाषीद्वारा अझै समीक्षा गरिएको छैन</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">जाँचसूची र भाषा</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">संस्करण %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">जवाफहरू पढ्न सकिएन</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">प्रश्न &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">अपेक्षित: हो वा होइन</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">अपेक्षित: यसका विकल्प-आईडीमध्ये एउटा</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">अपेक्षित: विकल्प-आईडीहरूको सूची</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos; यसका विकल्प-आईडीमध्ये एउटा होइन</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">अपेक्षित: पाठ</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">अपेक्षित: सङ्ख्या</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 न्यूनतम मान %2 भन्दा कम छ</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 अधिकतम मान %2 भन्दा बढी छ</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">अपेक्षित: YYYY-MM-DD ढाँचामा मिति</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">असमर्थित प्रश्न प्रकार</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">जवाफमा अज्ञात फिल्ड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">जवाफको अज्ञात अवस्था &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; अवस्थासँग मान दिन सकिँदैन</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">जवाफ-फाइलमा अज्ञात फिल्ड &apos;%1&apos; (&quot;answers&quot; मात्र अपेक्षित)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">जवाफ-फाइलमा &quot;answers&quot; नामको अब्जेक्ट हुनुपर्छ</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">अज्ञात प्रश्न &apos;%1&apos; (जाँचसूची %2 मा छैन)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">हो</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">होइन</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">थाहा छैन</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">जवाफ दिन अस्वीकार</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">सोधिएन</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">लागू हुँदैन</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">सर्टकट: प्रश्नमा फोकस हुँदा %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — यो प्रश्नमा फोकस हुँदा %2 थिच्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">जवाफ दिइएको</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">थाहा छैन</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">जवाफ दिन अस्वीकार</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">सोधिएन</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">लागू हुँदैन</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">जवाफ नदिइएको</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हो</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">होइन</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">कुनै पनि विकल्प होइन</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">व्यक्ति आफैँले भनेको</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">अवलोकन गरिएको</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">कागजात</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">तेस्रो पक्ष</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">“%1” को जवाफ</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">प्रश्न &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">जवाफ ‘हो’ वा ‘होइन’ हुनुपर्छ</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">प्रश्नका विकल्पहरूमध्ये एउटा छान्नुहोस्</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">जवाफ प्रश्नका विकल्पहरूको सूची हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos; प्रश्नका विकल्पहरूमध्ये एउटा होइन</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">&apos;%1&apos; दुई पटक छानिएको छ</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">जवाफ पाठ हुनुपर्छ</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">जवाफ सङ्ख्या हुनुपर्छ</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 अनुमति दिइएको सबैभन्दा कम मान, %2 भन्दा कम छ</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 अनुमति दिइएको सबैभन्दा बढी मान, %2 भन्दा बढी छ</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">जवाफ YYYY-MM-DD ढाँचामा लेखिएको मिति हुनुपर्छ</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">यस किसिमको प्रश्नको जवाफ यहाँ दिन सकिँदैन</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">यो जवाफ यहाँ अनुमति छैन</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">जाँचसूची %2 मा &apos;%1&apos; प्रश्न छैन</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; अवस्थासँग मान दिन सकिँदैन</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● पूरा भएको</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ पूरा नभएको</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ अनिर्धारित</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">दिइएका जवाफहरूमा लागू हुँदैन: %1।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">टिप्पणीहरू</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">लागू हुन सक्छ — निर्भर: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">यहाँको नतिजा: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">अझै कुनै पुगेको छैन</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">अझै यस्तो हुन सक्छ: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">विद्यमान: %1; बाँकी प्रश्नहरूसहित %2 सम्म</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">के गर्ने:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">निर्णय गर्न सक्ने बाँकी प्रश्नहरू:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">प्रारम्भिक जाँचको नतिजा</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">सल्लाह</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">यो नतिजाको अर्थ</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">मूल्याङ्कन विवरण</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">तत्त्वहरू, गनिएका सूचकहरू र जवाफ बाँकी प्रश्नहरू; Tab ले प्रश्नका लिङ्कहरूबीच सार्छ</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">कुनै केस खुला छैन</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">अझै कुनै नतिजा पुगेको छैन</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">व्यक्तिको गतिमा अघि बढ्नुहोस्; तलका जवाफ बाँकी प्रश्नहरूले नतिजा बदल्न सक्छन्।</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">नतिजा सशर्त छ: कुन प्रोफाइल लागू हुन्छ भन्ने कुरा अझै जवाफ बाँकी प्रश्नहरूमा निर्भर छ।</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">यो प्रारम्भिक जाँचको नतिजा हो, पहिचान होइन: यसले जवाफहरूमा कुन सूचकहरू छन् र अब के गर्ने भन्ने देखाउँछ। कुनै व्यक्ति मानव बेचबिखनको पीडित हो कि होइन भन्ने निर्णय औपचारिक पहिचान प्रक्रियाले मात्र गर्न सक्छ।</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा भएको</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नभएको</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">अनिर्धारित</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">%1 बलियो</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">%1 मध्यम</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">%1 कमजोर</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">कुनै छैन</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू हुन्छ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू हुँदैन</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">बलियो</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमजोर</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">केस %1 को अडिट अभिलेख</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">अडिट घटनाहरू</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">कहिले</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">के</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">परिवर्तन</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">विवरण</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(कुनै छैन)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">सिर्जना गरियो</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">जवाफ दिइयो</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">जवाफ परिवर्तन गरियो</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">टिप्पणी सम्पादन गरियो</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">स्थिति परिवर्तन गरियो</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">निर्यात गरियो</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">अनलक गरियो</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">लक गरियो</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">पासफ्रेज परिवर्तन गरियो</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">अडिट अभिलेख पढ्न सकिएन</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">ब्याकअप लेखिएन</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">ब्याकअप फाइल बिग्रिएको छ; अर्को ब्याकअप छान्नुहोस्</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">ब्याकअप फोल्डर %1 बनाउन सकिँदैन (डेटाबेसको फोल्डरमा लेख्न मिल्छ कि जाँच्नुहोस्)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">ब्याकअप फोल्डर %1 पढ्न मात्र मिल्ने छ</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">ब्याकअप फोल्डर पढ्न सकिँदैन</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">ब्याकअपलाई यसको नाम दिन सकिएन</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">ब्याकअपका लागि फोल्डर अवस्थित छैन</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">यो पथमा कुनै ब्याकअप छैन</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">ब्याकअप फाइल पढ्न सकिँदैन (यसका अनुमतिहरू जाँच्नुहोस्)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">ब्याकअप पढ्न सकिएन</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">पुराना ब्याकअपहरू ब्याकअप फोल्डरबाट मेटाउन सकिएन</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">जाँचसूची फाइलबाट लोड गरिएको थिएन, त्यसैले यसलाई पिन गर्न सकिँदैन</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">यस केससँग भण्डार गरिएको जाँचसूची बिग्रिएको छ; ब्याकअपबाट पुनर्स्थापना गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">प्रारम्भिक जाँचको नतिजा (तह %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">केस</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">जाँचसूची</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">अन्तिम परिवर्तन</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">प्रारम्भिक जाँचको नतिजा</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">नयाँ केस(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">खोल्नुहोस्(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">स्थिति परिवर्तन गर्नुहोस्(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">अडिट अभिलेख(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">सारांश निर्यात गर्नुहोस्(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">छानिएका केसहरू निर्यात गर्नुहोस्(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">केस कोड, नतिजा वा अभिलेख गरिएको पाठद्वारा खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">केसहरू खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">स्थितिअनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">सबै स्थिति</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">देखाइएका केसहरूको सङ्ख्या</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">केसहरू</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">खोज्नुहोस्(&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">स्थिति(&amp;U):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n केस</numerusform>
            <numerusform>%n केस</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">केस सुरक्षित गरिएन</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">केसहरू पढ्न सकिएन</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">जाँचसूची भण्डार गरिएन</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">जाँचसूची पढ्न सकिएन</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">केस बनाइएन</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">सत्र सुरक्षित गरिएन</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">डेटाबेस बनाइएन</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">डेटाबेस पूरा बनाइएन; फेरि बनाउनुहोस्</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">डेटाबेस खोलिएन</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">इन्क्रिप्ट गरिएको डेटाबेसलाई अनलक गरिएको डेटा साँचो चाहिन्छ</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">यो इन्क्रिप्ट नगरिएको प्रशिक्षण डेटाबेस हो; यसको पासफ्रेज हुँदैन</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">डेटाबेस अनलक भएन</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">यो डेटाबेस इन्क्रिप्ट गरिएको छ: यसको पासफ्रेज लेख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">यस डेटाबेसमा त्यस्तो केस छैन</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">जाँचसूची यसको SHA-256 सँग मेल खाँदैन; यसलाई भण्डार गरिएन</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">जाँचसूची मान्य छैन; यसलाई भण्डार गरिएन</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">जाँचसूची भण्डार गरिएन</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">केसको जाँचसूची यस डेटाबेसमा भण्डार गरिएको छैन</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">केस बनाइएन</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">केस कोड खाली हुन सक्दैन</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">केस कोड परिवर्तन भएन</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">स्थिति परिवर्तन भएन</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">सत्र सुरक्षित गरिएन</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">जवाफका लागि प्रश्न चाहिन्छ</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">जवाफ सुरक्षित गरिएन</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">जवाफको अन्तर्वार्ता सत्र अर्को केसको हो</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">जवाफहरू पढ्न सकिएन</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">हालको डेटाबेसलाई ब्याकअपका रूपमा राख्न सकिएन (%1); केही पनि पुनर्स्थापना गरिएन</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">डेटाबेस आफैँ होइन, ब्याकअप फाइल छान्नुहोस्</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">केही पनि पुनर्स्थापना गरिएन</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">डेटाबेस प्रतिस्थापन गर्न सकिएन</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">केही पनि पुनर्स्थापना गरिएन (हालको फाइल ब्याकअप फोल्डरमा राखिएको छ)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">यो इन्क्रिप्ट नगरिएको प्रशिक्षण डेटाबेस हो; यसको पासफ्रेज हुँदैन</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">पासफ्रेज परिवर्तन गरिएन</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">डेटाबेसका साँचो सेटिङहरू छैनन्</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">निर्यातका लागि ढाँचा चाहिन्छ</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">निर्यात अभिलेख गरिएन</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">डेटाबेस अपग्रेड गर्नुअघिको ब्याकअप असफल भयो (%1); ब्याकअपबिना नै डेटाबेस अपग्रेड गरियो</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">स्वचालित दैनिक ब्याकअप असफल भयो: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (%2 को ठीक ब्याकअप पुनर्स्थापना गर्न सकिन्छ)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">केस सूचीको प्रविष्टि अद्यावधिक गरिएन</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">खोज्न मिल्ने जवाफहरू पढ्न सकिएन</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">खोज्न मिल्ने जवाफहरू परिवर्तन गरिएन</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">केस अध्ययन %1 — काल्पनिक</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">केस अध्ययनको विवरण</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">केस पढ्न सकिएन</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">केस सूची पढ्न सकिएन</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">नयाँ केस(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">केस सूचीमा फर्कनुहोस्(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">स्थिति परिवर्तन गर्नुहोस्(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">अडिट अभिलेख(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">केस सूचीमा फर्कनुहोस्</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">केस खोल्नुहोस्</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">केस खोल्न सकिएन: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">केस %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">केस बनाइएन: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">स्थिति परिवर्तन भएन: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">केस %1 अब %2 छ।</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">अडिट अभिलेख पढ्न सकिएन: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">खोज्न मिल्ने जवाफहरू(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>केस सूचीले अब छानिएका जवाफहरूमा खोज्छ (%n केस तयार गरियो)।</numerusform>
            <numerusform>केस सूचीले अब छानिएका जवाफहरूमा खोज्छ (%n केस तयार गरिए)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">Lantern सँगै आएको</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">1 समस्या</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">%1 समस्या</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — मान्य छैन, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">यो जाँचसूची प्रस्तुत गर्नुहोस्(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">भेटिएका जाँचसूचीहरू</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">फाइलमा भेटिएका समस्याहरू</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">कुनै जाँचसूची भेटिएन।</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">प्रोफाइल(&amp;R):</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">प्रस्तुत गर्ने प्रोफाइल</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 मान्य जाँचसूची होइन र प्रयोग गर्न सकिँदैन। यी समस्याहरू समाधान गरी यो सूची फेरि खोल्नुहोस्:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">जाँचसूचीहरू</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">सिंहावलोकन</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">अङ्कन सरल भाषामा</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">स्रोत विवरण</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">जाँचसूचीका पाठहरूको भाषा</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">प्रोफाइलअनुसार सूचकको बल</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">सिंहावलोकन(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">प्रश्नहरू(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">सूचकहरू(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">अङ्कन(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">स्रोत विवरण(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 पहिल्यै स्थापित छ; केही परिवर्तन भएन।</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 फरक सामग्रीसहित पहिल्यै स्थापित छ। नयाँ फाइललाई अझ माथिल्लो संस्करण नम्बर दिनुहोस्: %2 बाट सुरु भएका केसहरू त्यसैमा बाँधिएर (पिन भएर) रहन्छन्।</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">फोल्डर %1 बनाउन सकिँदैन।</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 जाँचसूची फोल्डरमा पहिल्यै छ र लोड हुँदैन; पहिले यसलाई त्यहाँबाट अन्यत्र सार्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 लेख्न सकिएन: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2 जाँचसूची फोल्डरमा थपियो।</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 मान्य जाँचसूची होइन (1 समस्या); केही पनि थपिएन।</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 मान्य जाँचसूची होइन (%2 समस्या); केही पनि थपिएन।</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1 (संस्करण %2) थपियो। नयाँ केस सुरु गर्दा यो छनोटमा आउँछ; सुरु भइसकेका केसहरूले सुरुमा प्रयोग गरेकै जाँचसूची राख्छन्।</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (संस्करण %2) उही सामग्रीसहित पहिल्यै स्थापित छ। केही परिवर्तन भएन।</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">यो फाइल मान्य जाँचसूची होइन, त्यसैले थपिएन। तलका समस्याहरू (फाइलको पङ्क्ति र स्तम्भ) समाधान गरी फेरि आयात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">जाँचसूची थपिएन: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">जाँचसूची आयात गरियो</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">जाँचसूची आयात गरिएन</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">जाँचसूची फाइलमा भेटिएका समस्याहरू</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">फाइल पढ्न सकिँदैन: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">फाइल %1 MiB भन्दा ठूलो छ; यो जाँचसूची होइन</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">दोहोरिएको मेम्बर &apos;%1&apos;; एउटा अब्जेक्टमा एउटा नाम एक पटक मात्र आउन सक्छ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">असमर्थित ढाँचा &apos;%1&apos;; Lantern को यो संस्करणले %2 पढ्छ</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">अमान्य जाँचसूची आईडी &apos;%1&apos;: साना (lower-case) अङ्ग्रेजी अक्षर, अङ्क, &apos;_&apos; र &apos;-&apos; प्रयोग गर्नुहोस्, र अक्षरबाट सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">संस्करण &apos;%1&apos; MAJOR.MINOR.PATCH ढाँचामा छैन, जस्तै 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">भाषा &quot;en&quot; वा &quot;th&quot; जस्तो कोड हुनुपर्छ</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">भाषा &apos;%1&apos; दुई पटक सूचीकृत छ</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos; भाषाहरू (%2) मध्ये एउटा होइन</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">दोहोरिएको %1 आईडी &apos;%2&apos;; पहिलो पटक यहाँ परिभाषित: {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; भाषा कोडलाई कुञ्जी बनाएको अब्जेक्ट हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos; जाँचसूचीका भाषाहरूमध्ये एउटा होइन</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">अनुवादको स्थिति &quot;draft&quot; वा &quot;reviewed&quot; हुनुपर्छ, &quot;%1&quot; होइन</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">अज्ञात प्रश्न प्रकार &apos;%1&apos;; अपेक्षित: yesno, single, multi, text, number वा date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos; सङ्ख्या भएका प्रश्नमा मात्र अनुमति छ</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; को मान &apos;max&apos; भन्दा ठूलो छ</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; single र multi प्रश्नमा मात्र अनुमति छ</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 प्रश्नका लागि आवश्यक फिल्ड &apos;options&apos; छैन</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">अज्ञात समूह &apos;%1&apos;; अपेक्षित: act, means वा purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">सीमा {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} वा {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} हुनुपर्छ</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">भार ऋणात्मक हुनु हुँदैन</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; 0 भन्दा ठूलो हुनुपर्छ</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">सीमाको प्रत्येक विकल्प न्यूनतम गन्तीहरूको अब्जेक्ट हुनुपर्छ, जस्तै {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">सीमामा अज्ञात बल &apos;%1&apos;; अपेक्षित: strong, medium, weak, medium_or_weak, strong_or_medium वा any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">न्यूनतम गन्ती कम्तीमा 1 को पूर्णाङ्क हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; ले कम्तीमा एउटा प्रोफाइल आईडीलाई strong, medium वा weak सँग जोड्नुपर्छ</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">अज्ञात बल &apos;%1&apos;; अपेक्षित: strong, medium वा weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">ट्रिगरमा &apos;any_of&apos; वा &apos;min&apos;/&apos;max&apos; मध्ये एउटा मात्र हुन्छ, दुवै होइन</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; का लागि single, multi वा text प्रश्न चाहिन्छ</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; को मान &apos;max&apos; भन्दा ठूलो छ</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; का लागि सङ्ख्या भएको प्रश्न चाहिन्छ</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">साधारण ट्रिगरका लागि yesno प्रश्न चाहिन्छ; विकल्पहरूका लागि &apos;any_of&apos; प्रयोग गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात तत्त्व &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात प्रोफाइल &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">अज्ञात स्रोत &apos;%1&apos;; यसलाई provenance.sources मा सूचीकृत गर्नुहोस्</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात प्रश्न &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">प्रश्न &apos;%1&apos; %2 प्रश्न हो: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">मिलाउनका लागि पाठ-जवाफ स्ट्रिङ हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; प्रश्न &apos;%2&apos; को विकल्प होइन</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">नियमले &apos;%1&apos; हेर्छ, जुन यस जाँचसूचीको प्रश्न होइन</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">नतिजाको नियमले &apos;%1&apos; हेर्छ, जुन यस जाँचसूचीको तत्त्व होइन</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">सान्दर्भिकताको चक्र: प्रश्न &apos;%1&apos; देखाउने कि नदेखाउने भन्ने कुरा यसकै जवाफमा निर्भर छ (यसको खण्डको वा यसकै नियममार्फत)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">सान्दर्भिकताको चक्र: %1</translation>
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
        <translation type="unfinished">सबैमा लागू हुन्छ</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">%1 भएमा लागू हुन्छ</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">अन्य सबै अवस्थामा पुगिन्छ</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">%1 भएमा पुगिन्छ</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">सधैँ सोधिन्छ</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">%1 भएमा मात्र सोधिन्छ</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1 मा ‘हो’ जवाफ दिइएको छ</translation>
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
        <translation type="unfinished">%1 मा %2 समावेश छ</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 मा %2 मध्ये कुनै एक समावेश छ</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 %2 छ</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 %2 मध्ये एक हो</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 %2 देखि %3 सम्म छ</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 कम्तीमा %2 छ</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 बढीमा %2 छ</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 को जवाफ दिइएको छ</translation>
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
        <translation type="unfinished">तपाईंले %1 (%2) छुटाउनुभयो, जुन नमुना उत्तरले %3 बाट अभिलेख गरेको छ।</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">तपाईंले %1 को जवाफ बाँकी राख्नुभयो: त्यो “होइन” होइन, तर प्रश्न नसोधेसम्म सूचक गनिँदैन।</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">तपाईंले %1 जवाफ दिनुभयो।</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">तपाईंले %1 अभिलेख गर्नुभयो।</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">तपाईंले %1 अभिलेख गरेकाले तपाईंका जवाफमा यसको प्रश्न देखाइएन (नमुना उत्तर: %2)।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">तपाईंले %3 बाट %1 (%2) थप्नुभयो; नमुना उत्तरमा यसको जवाफ बाँकी छ (%4)।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">तपाईंले %3 बाट %1 (%2) थप्नुभयो; नमुना उत्तर भन्छ: %4।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">तपाईंले %3 बाट %1 (%2) थप्नुभयो; नमुना उत्तरमा %4 छ।</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">तपाईंका जवाफअनुसार %1 मा %2 छ (नमुना उत्तर: %3), त्यसैले यो %5 को सट्टा %4 छ।</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">तपाईंले जवाफ बाँकी राखेका प्रश्नहरूले अझै यसको निर्णय गर्न सक्छन्: %1।</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">दुवैतर्फ %1 जे भए पनि %2 नै छ।</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">%1 मा तपाईंको नतिजा नमुना उत्तरसँग मेल खान्छ: %2।</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (तपाईंको: %2, नमुना उत्तर: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">%1 मा %2 को नियम तपाईंका जवाफमा %3 र नमुना उत्तरमा %4 छ, त्यसैले यहाँ तपाईंको नतिजा %6 को सट्टा %5 छ।</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">%1 मा %2 को नियम यस्तो छ: %3; यो तपाईंका जवाफमा %4 र नमुना उत्तरमा %5 छ, त्यसैले यहाँ तपाईंको नतिजा %7 को सट्टा %6 छ।</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">%1 मा, त्यसैले यहाँ तपाईंको नतिजा %3 को सट्टा %2 छ।</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">तपाईंले जवाफ बाँकी राखेका प्रश्नहरूमा भर पर्दै, यो अझै %1 हुन सक्छ।</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (नमुना उत्तर: %2; तपाईंको: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">कुन प्रोफाइल लागू हुन्छ भन्नेमा तपाईं र नमुना उत्तर फरक छन्: नमुना उत्तरमा %1 %2, तर तपाईंको उत्तरमा %3।</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">कुन प्रोफाइल लागू हुन्छ भन्नेमा तपाईं र नमुना उत्तर फरक छन्: नमुना उत्तरमा %1 %2, तर तपाईंको उत्तरमा %3, किनभने %4 मा जवाफहरू फरक छन्।</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">तपाईंका जवाफले त्यो कुरा बाँकी राख्छन्, त्यसैले त्यसलाई पनि जाँचियो।</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">तपाईंको प्रारम्भिक जाँचको नतिजा नमुना उत्तरसँग मेल खान्छ: %1।</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">तपाईंको प्रारम्भिक जाँचको नतिजा %1 छ, जबकि नमुना उत्तरमा %2 छ।</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">तपाईंको नतिजा सशर्त छ: तपाईंका जवाफमा कुनै प्रोफाइल निश्चित रूपमा लागू हुँदैन।</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">नमुना उत्तरको नतिजा सशर्त छ: यसका जवाफमा कुनै प्रोफाइल निश्चित रूपमा लागू हुँदैन।</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">तपाईंले जवाफ बाँकी राखेका प्रश्नहरूमा भर पर्दै, तपाईंको नतिजा अझै %1 हुन सक्छ।</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">कुनै पनि पक्षमा कुनै प्रोफाइल लागू हुँदैन, त्यसैले तुलना गर्ने तत्त्व छैनन्।</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>नमुना उत्तरले अभिलेख गरेका %n सूचकमध्ये तपाईंले %1 भेट्टाउनुभयो र %2 छुटाउनुभयो; यसले अभिलेख नगरेका %3 तपाईंले थप्नुभयो।</numerusform>
            <numerusform>नमुना उत्तरले अभिलेख गरेका %n सूचकमध्ये तपाईंले %1 भेट्टाउनुभयो र %2 छुटाउनुभयो; यसले अभिलेख नगरेका %3 तपाईंले थप्नुभयो।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">डेटाबेस खोलिएन</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">डेटाबेसका लागि फोल्डर अवस्थित छैन</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">Qt को SQLite ड्राइभर छैन; Lantern फेरि इन्स्टल गर्नुहोस्</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">यहाँ डेटाबेसले write-ahead logging प्रयोग गर्न सक्दैन; यसलाई स्थानीय डिस्कमा सार्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज गर्नुहोस्(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">डेटाबेस बनाउनुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">पछाडि(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">केस डेटाबेस बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">केसहरू यो पासफ्रेजले मात्र खोल्न सकिने साँचोले इन्क्रिप्ट गरिन्छन्। पासफ्रेज हरायो भने केसहरू फिर्ता पाउन सकिँदैन।</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">डेटाबेस फाइलको स्थान</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">डेटाबेसको स्थान छान्नुहोस्</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">नयाँ पासफ्रेज</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">पासफ्रेज फेरि लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">पासफ्रेजको बल</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">डेटाबेस बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">पछाडि</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">स्थान(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">पासफ्रेज(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">पासफ्रेज फेरि(&amp;R):</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">बनाउँदै…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">डेटाबेस बनाउँदै र यसको साँचो यस कम्प्युटरअनुसार मिलाउँदै; यसमा केही सेकेन्ड लाग्छ।</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">डेटाबेस फाइल कहाँ राख्ने छान्नुहोस्।</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">यस स्थानमा पहिल्यै एउटा फाइल छ। अर्को नाम छान्नुहोस्, वा त्यसको सट्टा भइरहेको डेटाबेस खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">पासफ्रेज धेरै छोटो छ: कम्तीमा %1 अक्षर प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">दुई पासफ्रेज मिलेनन्। एउटै पासफ्रेज दुई पटक लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">नयाँ केस डेटाबेसको स्थान</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern डेटाबेसहरू (*.lantern);;सबै फाइलहरू (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">डेटाबेस अर्को Lantern विन्डो वा प्रक्रियामा खुला छ (प्रक्रिया %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">डेटाबेसको फोल्डरमा फाइलहरू लक गर्न सकिँदैन; डेटाबेसलाई स्थानीय डिस्कमा सार्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">फोल्डर %1 बनाउन सकिँदैन; अर्को स्थान छान्नुहोस्।</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">कुनै डेटाबेस खुला छैन।</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD, त्यसपछि Enter थिच्नुहोस्</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">वर्ष-महिना-दिनको रूपमा मिति</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">मिति वर्ष-महिना-दिनको रूपमा लेख्नुहोस्, जस्तै 2024-03-15।</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (के तपाईंले &apos;%1&apos; भन्न खोज्नुभएको हो?)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">%1 बलियो, %2 मध्यम, %3 कमजोर छन्</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">अझ %1 अङ्क</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">अझ %1 अङ्क</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (आवश्यक %3 मध्ये अङ्क %2)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1; %2 चाहिन्छ, जुन जवाफ बाँकी प्रश्नहरूले अझै थप्न सक्छन्</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1; %2 चाहिन्छ</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">यस प्रोफाइलमा गनिँदैन: यसको कुनै पनि सूचक यहाँ गनिँदैन</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1; आवश्यक अङ्क पुग्छ</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1; %2 पुग्छ</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1; सीमामा कुनै विकल्प सूचीकृत छैन</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">अरू केही पनि होइन</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">अझ %1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> र </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">नियमको मूल्याङ्कन गर्न धेरै काम लाग्छ</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">नमुना उत्तरले प्रश्न &apos;%1&apos; को जवाफ दिन्छ, जुन जाँचसूची &apos;%2&apos; संस्करण %3 मा छैन; के यी जवाफ अर्को जाँचसूचीका लागि दिइएका थिए?</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">सहभागीका जवाफले प्रश्न &apos;%1&apos; को जवाफ दिन्छन्, जुन जाँचसूची &apos;%2&apos; संस्करण %3 मा छैन; के यी जवाफ अर्को जाँचसूचीका लागि दिइएका थिए?</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">नमुना उत्तरसँग तुलना गरिएको अभ्यास</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">प्रशिक्षकका लागि निर्यात गर्नुहोस्(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">अभ्यासको तुलना</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक केस अध्ययन</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">नतिजा मिलान</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">दुवै नतिजा</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">भेटिएका, छुटेका र थपिएका सूचकहरू</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">तर्क</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">तत्त्वअनुसार</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">किन — तर्क</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">प्रशिक्षकका लागि निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">यो तुलना प्रशिक्षकका लागि HTML प्रतिवेदन, CSV तालिका वा JSON का रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">केस अध्ययन: &lt;b&gt;%1&lt;/b&gt; · सहभागी: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;जाँचसूची: %3, संस्करण %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ तपाईंको नतिजा नमुना उत्तरसँग मेल खान्छ</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ तपाईंको नतिजा नमुना उत्तरभन्दा फरक छ</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">सशर्त: कुनै प्रोफाइल निश्चित रूपमा लागू हुँदैन</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">नमुना उत्तर:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">तपाईंको:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">तपाईंले छोडेका प्रश्नहरू सोधिएपछि तपाईंको नतिजा अझै %1 हुन सक्छ।</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> वा </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ %1 भेटिए  ·  ✗ %2 छुटे  ·  + %3 थपिए  —  नमुना उत्तरका %4 सूचकमध्ये</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">तुलना निर्यात गरिएन: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">प्रशिक्षकका लागि निर्यात गरियो: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ विद्यमान</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– अनुपस्थित</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? जवाफ बाँकी</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">जवाफ बाँकी, “होइन” भनिएको होइन</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">फरक जवाफ दिइएको</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">तपाईंका जवाफअनुसार प्रश्न देखाइएन</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">भेटिएको</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">छुटेको</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">थपिएको</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">तुलना गरिएका तत्त्वहरू</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">तत्त्व</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">नमुना उत्तर</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">तपाईंको</translation>
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
        <translation type="unfinished">भेटिएका: नमुना उत्तर र तपाईंको उत्तर दुवैमा भएका सूचकहरू</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">छुटेका: नमुना उत्तरमा भएका तर तपाईंको उत्तरमा नभएका सूचकहरू</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">थपिएका: तपाईंको उत्तरमा भएका तर नमुना उत्तरमा नभएका सूचकहरू</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">भेटिएका</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">छुटेका</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">थपिएका</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू हुन्छ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू हुँदैन</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">लागू हुन सक्छ</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">तपाईंको स्थिति नमुना उत्तरभन्दा फरक छ</translation>
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
        <translation type="unfinished">प्रशिक्षण — काल्पनिक केस अध्ययन</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">तुलना निर्यात गर्ने फाइल छान्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू हुन्छ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू हुँदैन</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">लागू हुन सक्छ (जवाफ बाँकी प्रश्नहरूमा निर्भर)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">जवाफ बाँकी (“होइन” होइन)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">फरक जवाफ दिइएको</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">सहभागीका जवाफअनुसार प्रश्न देखाइएन</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — सशर्त: कुनै प्रोफाइल निश्चित रूपमा लागू हुँदैन</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ उस्तै</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">फरक</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">नमुना उत्तर: %1 · सहभागी: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ भेटिएका</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ छुटेका</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ थपिएका</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">यस तत्त्वको कुनै पनि सूचक कुनै पक्षमा छैन।</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ मेल खान्छ)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ फरक)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">प्रोफाइल: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">नमुना उत्तर: %1; सहभागी: %2।</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">यहाँको नतिजा — नमुना उत्तर: %1; सहभागी: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">तत्त्व</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">नमुना उत्तर</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">सहभागी</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">भेटिएका</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">छुटेका</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">थपिएका</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">तर्क</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">फरक परेका जवाफहरू</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">सहभागीले नमुना उत्तरसँग मिल्ने जवाफहरू दिनुभयो।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(जवाफ बाँकी)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">अभ्यासको तुलना — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1। वास्तविक व्यक्ति होइन; कार्यशालाका लागि मात्र।</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">अभ्यासको तुलना: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">केस अध्ययन</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">जाँचसूची</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 संस्करण %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">निर्यात गरियो</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ नतिजा नमुना उत्तरसँग मेल खान्छ</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ नतिजा नमुना उत्तरभन्दा फरक छ</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">नमुना उत्तर: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">सहभागी: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">सूचकहरू: ✓ %1 भेटिए · ✗ %2 छुटे · + %3 थपिए</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">कुनै पनि पक्षमा कुनै प्रोफाइल लागू हुँदैन, त्यसैले तुलना गर्ने तत्त्व छैनन्।</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1। प्रारम्भिक जाँचको अभ्यास, पहिचान होइन। Lantern द्वारा निर्यात गरिएको।</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">अझै नतिजा छैन</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">अझै सोधिएको छैन</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">बलियो</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमजोर</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू हुन्छ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू हुँदैन</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">लागू हुन सक्छ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">कुनै सूचक छैन</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>%1 सूचक</numerusform>
            <numerusform>%1 सूचक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>%1 सूचक</numerusform>
            <numerusform>%1 सूचक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>अरू %n</numerusform>
            <numerusform>अरू %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 र %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">सारांश निर्यात गर्नुहोस्(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">मुद्रण पूर्वावलोकन(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">छानिएका केसहरू निर्यात गर्नुहोस्(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">केस %1 को सारांश %2 मा निर्यात गरियो।</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">सारांश तयार गर्न सकिएन: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">1 केस %1 मा निर्यात गरियो।</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">%1 केस %2 मा निर्यात गरिए।</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">कुनै केस छानिएको छैन।</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">केस खोल्न सकिएन: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">केसवर्करका टिप्पणीहरू समावेश गर्नुहोस्(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज गर्नुहोस्(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">केस %1 को सारांश निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF कागजात</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML पृष्ठ</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (केसमा भएका सबै कुरा)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ढाँचा</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">लेटर</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished">कागजको आकार</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">केसवर्करका टिप्पणीहरू समावेश गर्नुहोस्</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">आउटपुट फाइल</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">सारांश कहाँ सुरक्षित गर्ने</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">आउटपुट फाइल छान्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ढाँचा(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">कागज(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">यस रूपमा सुरक्षित गर्नुहोस्(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">निर्यात गर्नुहोस्(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">सारांश कहाँ सुरक्षित गर्ने छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">डेटाबेस लक गरिएको छ; निर्यात गर्न अनलक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">सारांश निर्यात गरिएन: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF कागजातहरू (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML पृष्ठहरू (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON फाइलहरू (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">सारांश यस रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">दोस्रो भाषा (द्विभाषी सारांश)(&amp;B):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">कुनै छैन</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (मस्यौदा अनुवाद)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">सारांशको भाषा</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">दोस्रो भाषा (द्विभाषी सारांश)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">हरेक प्रश्न, जवाफको विकल्प, शीर्षक र सल्लाह पहिलो भाषाको तल यस भाषामा पनि देखिन्छ।</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">खुला पाठ समावेश गर्नुहोस् (पाठ जवाफ र टिप्पणीहरू)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">केसवर्करका टिप्पणीहरू समावेश गर्नुहोस्(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज गर्नुहोस्(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">1 केस निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">%1 केस निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV तालिका (एउटा फाइल)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON तालिका (एउटा फाइल)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF सारांशहरू (नयाँ फोल्डर)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML सारांशहरू (नयाँ फोल्डर)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ढाँचा</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">खुला पाठ समावेश गर्नुहोस्</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">केसवर्करका टिप्पणीहरू समावेश गर्नुहोस्</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">आउटपुट फाइल वा फोल्डर</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">लेखिने फाइल, वा नयाँ फोल्डर</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">आउटपुट फाइल वा फोल्डर छान्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ढाँचा(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">यस रूपमा सुरक्षित गर्नुहोस्(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">निर्यात गर्नुहोस्(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">निर्यात गर्ने केसहरू केस सूचीमा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">निर्यात कहाँ सुरक्षित गर्ने छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">डेटाबेस लक गरिएको छ; निर्यात गर्न अनलक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">छानिएका %1 केस निर्यात गर्दै…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">रद्द गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">निर्यातको प्रगति</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">निर्यात रद्द गरियो; केही पनि लेखिएन।</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">केसहरू निर्यात गरिएनन्: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV फाइलहरू (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON फाइलहरू (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">तालिका यस रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">सारांशहरूका लागि नयाँ फोल्डरको नाम</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">अपेक्षित: अब्जेक्ट</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात फिल्ड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">आवश्यक फिल्ड &apos;%1&apos; छैन</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos; स्ट्रिङ हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos; खाली हुनु हुँदैन</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">अमान्य आईडी &apos;%1&apos;: साना (lower-case) अङ्ग्रेजी अक्षर, अङ्क र &apos;_&apos; प्रयोग गर्नुहोस्, र अक्षरबाट सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos; true वा false हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos; सङ्ख्या हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos; कम्तीमा %2 को पूर्णाङ्क हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos; एरे हुनुपर्छ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos; {&quot;en&quot;: &quot;...&quot;} जस्तो लोकेल म्याप हुनुपर्छ</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">खाली लोकेल म्याप &apos;%1&apos;; कम्तीमा पूर्वनिर्धारित भाषामा पाठ दिनुहोस्</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">भाषा &apos;%1&apos; &quot;languages&quot; मा सूचीकृत छैन</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">&apos;%1&apos; पाठ खाली नभएको स्ट्रिङ हुनुपर्छ</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">लोकेल म्याप &apos;%1&apos; मा पूर्वनिर्धारित भाषा &apos;%2&apos; छैन</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">फाइल पढ्न सकिएन</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">फाइल लेख्न सकिएन (यसको फोल्डरमा लेख्न मिल्छ कि जाँच्नुहोस्)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">प्रतिलिपि पूरा लेख्न सकिएन (डिस्क भरिएको छ कि?)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[अनुवाद गरिएको छैन — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[%1 मा अनुवाद गरिएको छैन]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">टिप्पणी: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">विद्यमान सूचकहरू: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">; जवाफ बाँकी प्रश्नहरू समेत गन्दा, बढीमा: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">के गर्ने:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">गनिएका सूचकहरू</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">अझै खुला सूचकहरू</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">यो तत्त्व निर्धारण गर्न सक्ने प्रश्नहरू</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(अहिले: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">प्रोफाइल: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">लागू हुने कि नहुने भन्ने कुरा यसमा निर्भर छ: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">यस प्रोफाइलमा नतिजा:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">अझै कुनै पुगेको छैन</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">; अझै हुन सक्ने: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">खण्डअनुसार जवाफहरू</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">केसवर्करका टिप्पणीहरू यस सारांशमा समावेश गरिएका छैनन्।</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">अहिलेसम्म कुनै जवाफ अभिलेख गरिएको छैन।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">जवाफ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">स्रोत</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">टिप्पणी</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(राखिएको; प्रश्न अब लागू हुँदैन, गनिएको छैन)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">अन्तर्वार्ता सत्रहरू</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">कुनै अन्तर्वार्ता सत्र अभिलेख गरिएको छैन।</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">सुरु</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">अन्त्य</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">दोभाषे</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">अन्तर्वार्ताको भाषा</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1; केसवर्करको इन्टरफेस: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हो</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">होइन</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">अन्त्य भएको छैन</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1, समीक्षा नगरिएको मस्यौदा अनुवाद</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">यो सारांश दुई भाषामा छ: जाँचसूचीको प्रत्येक पाठ %1 मा देखिन्छ, र त्यसको तल %2 मा।</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">जाँचसूचीका पाठहरू %1 मा छन्।</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">मस्यौदा अनुवाद मातृभाषीले जाँच गरेका छैनन्: ध्यान दिएर पढ्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 ले जाँचसूचीमा त्यस भाषामा नभएको पाठ जनाउँछ; त्यसको सट्टा उल्लेख गरिएको भाषाको पाठ देखाइन्छ (&quot;%2&quot;: माथिको पङ्क्ति मात्र उपलब्ध छ)।</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1; दोस्रो भाषा: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">भाषाहरू</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">प्रारम्भिक जाँचको नतिजा: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(तह %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">सशर्त:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">नतिजा जवाफ बाँकी प्रश्नहरूमा निर्भर छ; टिप्पणीहरू हेर्नुहोस्।</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">सल्लाह: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">केस</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">केस कोड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">अन्तिम परिवर्तन</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">जाँचसूची</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">जाँचसूचीको आईडी र संस्करण</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">जाँचसूचीको SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">निर्यात गरियो</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">केसको सारांश %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक केस। वास्तविक व्यक्ति होइन।</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">नतिजामा कसरी पुगियो</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">Lantern द्वारा %1 मा निर्यात गरिएको।</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">जवाफ दिइएको</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">थाहा छैन</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">जवाफ दिन अस्वीकार</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">सोधिएन</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">लागू हुँदैन</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">अझै सोधिएको छैन</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हो</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">होइन</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">यीमध्ये कुनै पनि होइन</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">व्यक्ति आफैँले भनेको</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">अवलोकन गरिएको</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">कागजात</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">तेस्रो पक्ष</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">अन्तर्वार्ता</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">अन्तर्वार्ता दिने व्यक्तिका लागि · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ सबै अनुवाद भएको छैन — केही पाठ %1 मा</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">मस्यौदा अनुवाद, समीक्षा नगरिएको</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">अन्तर्वार्ता दिने व्यक्तिका लागि %1 मा प्रश्न: %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">नियमको मूल्याङ्कन गर्न पर्याप्त मेमोरी छैन</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">नियमको मूल्याङ्कन गर्न सकिएन</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">फाइल खाली छ; अपेक्षित: JSON अब्जेक्ट</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON कागजातको अन्त्यपछि अनपेक्षित पाठ</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">नेस्टिङ %1 तहभन्दा गहिरो छ</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">फाइल अनपेक्षित रूपमा सकियो; अपेक्षित: मान</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">अपेक्षित: मान; JSON मा अन्त्यमा थप अल्पविराम (comma) को अनुमति छैन</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">अमान्य मान; JSON मा true, false र null साना (lower-case) अक्षरमा, र पाठ डबल उद्धरण चिह्न (&quot;&quot;) भित्र लेखिन्छ</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">अपेक्षित: मान (अब्जेक्ट, एरे, स्ट्रिङ, सङ्ख्या, true, false वा null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">अमान्य लिटरल; अपेक्षित: %1 (JSON मा पाठ-मानहरू डबल उद्धरण चिह्नभित्र हुनुपर्छ)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">अमान्य सङ्ख्या; सुरुमा शून्य राख्न पाइँदैन</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">अमान्य सङ्ख्या</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">अमान्य सङ्ख्या; दशमलव बिन्दुपछि अङ्क अपेक्षित</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">अमान्य सङ्ख्या; घाताङ्क (exponent) मा अङ्क अपेक्षित</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">सङ्ख्या धेरै ठूलो छ</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">अमान्य \u एस्केप; चार हेक्साडेसिमल अङ्क अपेक्षित</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">अपूर्ण स्ट्रिङ</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">स्ट्रिङमा अमान्य एस्केप अनुक्रम &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u एस्केपमा जोडा नमिलेको सरोगेट</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">स्ट्रिङमा अमान्य UTF-8; फाइललाई UTF-8 मा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">अपूर्ण स्ट्रिङ; बन्द गर्ने &apos;&quot;&apos; अपेक्षित</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">अपूर्ण स्ट्रिङ; पङ्क्तिको अन्त्यअघि बन्द गर्ने &apos;&quot;&apos; अपेक्षित</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">स्ट्रिङमा नियन्त्रण वर्ण (control character); यसलाई \t जस्तो एस्केपका रूपमा लेख्नुहोस्</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">अपेक्षित: मेम्बरको नाम; JSON मा अन्त्यमा थप अल्पविराम (comma) को अनुमति छैन</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">अपेक्षित: डबल उद्धरण चिह्नभित्र मेम्बरको नाम</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">मेम्बरको नामपछि &apos;:&apos; अपेक्षित</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">फाइल अनपेक्षित रूपमा सकियो; &apos;}&apos; अपेक्षित</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">अब्जेक्टको मेम्बरपछि &apos;,&apos; वा &apos;}&apos; अपेक्षित</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">फाइल अनपेक्षित रूपमा सकियो; &apos;]&apos; अपेक्षित</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">एरेको वस्तुपछि &apos;,&apos; वा &apos;]&apos; अपेक्षित</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">जवाफ</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Lantern लुकाइएकाले लक भयो।</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n मिनेट कुनै गतिविधि नभएपछि लक गरियो।</numerusform>
            <numerusform>%n मिनेट कुनै गतिविधि नभएपछि लक गरियो।</numerusform>
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
        <translation type="unfinished">लुकाइएको छ। Lantern फेरि देखाउन F12 थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">डेटाबेस(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">नयाँ डेटाबेस(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">डेटाबेस खोल्नुहोस्(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">लक गर्नुहोस्(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ब्याकअपबाट पुनर्स्थापना गर्नुहोस्(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">सेटिङहरू(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">बन्द गर्नुहोस्(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">सम्पादन(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">जवाफ पूर्ववत् गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">जवाफ फेरि लागू गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">केस(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">पछिल्लो पटक प्रयोग गरिएको डेटाबेस, %1, अब त्यहाँ छैन। नयाँ बनाउनुहोस् वा अर्को खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">डेटाबेस बनाइएन: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">केस डेटाबेस खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern डेटाबेसहरू (*.lantern);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">यो डेटाबेस खोल्न सकिँदैन: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">पछिल्लो ठीक ब्याकअपबाट पुनर्स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">डेटाबेसको पासफ्रेज लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">अनलक भएन: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">यस डेटाबेसको अझै कुनै ब्याकअप छैन।</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ब्याकअपबाट पुनर्स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">डेटाबेसलाई ब्याकअप %1 ले प्रतिस्थापन गर्ने? हालको फाइल पहिले ब्याकअपका रूपमा राखिन्छ।</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">ब्याकअप पुनर्स्थापना गरियो। ब्याकअप लिँदा डेटाबेसको जुन पासफ्रेज थियो, त्यसैले अनलक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">ब्याकअप पुनर्स्थापना गरिएन: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — प्रशिक्षण (काल्पनिक केसहरू)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">जाँचसूचीहरू(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">जाँचसूचीहरू हेर्नुहोस्(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">जाँचसूची प्रस्तुत गर्नुहोस्(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">जाँचसूची आयात गर्नुहोस्(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">जाँचसूची आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern जाँचसूचीहरू (*.json);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">प्रशिक्षण(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र खोल्नुहोस्(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र रिसेट गर्नुहोस्(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">अभ्यास सुरु गर्नुहोस्(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">केस अध्ययन देखाउनुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">नमुना उत्तरसँग तुलना गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">यो केसलाई नमुना उत्तरसँग तुलना गर्न सकिँदैन: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">हल गरिएको उदाहरण</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">लक भयो।</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र बनाउन सकिएन: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र रिसेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्रलाई सुरुमा दिइएका केस अध्ययनहरूमा फर्काउने? यसमा गरिएका सबै अभ्यास र परिवर्तनहरू मेटिन्छन्। वास्तविक केस डेटाबेसहरूमा कुनै असर पर्दैन।</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र रिसेट भएन: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र यसका केस अध्ययनहरूमा रिसेट गरियो।</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">मद्दत(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">Lantern बारे(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">फेरि प्रयास गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">सन्देश</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">यो सन्देश हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">सन्देश हटाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">नयाँ केस</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (संस्करण %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, तपाईंको फोल्डरबाट</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">जाँचसूची</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">केस कोड</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">केस सुरु गर्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">केस सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">जाँचसूची(&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">केस कोड(&amp;C):</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">कोड स्वतः बनाइन्छ; चाहनुहुन्छ भने आफ्नै फाइल नम्बरसँग मिल्ने गरी बदल्नुहोस्। यसमा नाम वा व्यक्ति चिनिन सकिने अन्य विवरण नराख्नुहोस्।</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">कुनै मान्य जाँचसूची भेटिएन। सेटिङहरूमा जाँचसूची फोल्डर जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">जाँचसूची छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">केस कोड लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">अर्को केसमा पहिल्यै कोड %1 छ; फरक कोड छान्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">टिप्पणी:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">यस जवाफका लागि ऐच्छिक टिप्पणी</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">टिप्पणी</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">स्रोत:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">जवाफको स्रोत</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">एउटा सङ्ख्या</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1 देखि %2 सम्मको सङ्ख्या</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">सङ्ख्या, कम्तीमा %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">सङ्ख्या, बढीमा %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">सङ्ख्या लेख्नुहोस्, जस्तै 42।</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">असमर्थित अपरेटर &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले कम्तीमा 1 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले कम्तीमा %2 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले 1 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले %2 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले बढीमा 1 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले बढीमा %2 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले %2 वा %3 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">अपरेटर &apos;%1&apos; ले %2 देखि %3 आर्गुमेन्ट लिन्छ</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">नियम धेरै गहिरोसम्म नेस्टेड छ</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">प्रोफाइल &apos;%2&apos; को नतिजा &apos;%1&apos; ले %3 अनिर्धारित तत्त्वहरू हेर्छ, जुन हरेक संयोजन जाँच्न धेरै बढी हुन्छन्; यसलाई अनिर्धारित मानिन्छ।</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">प्रोफाइल &apos;%2&apos; मा नतिजा &apos;%1&apos; को नियमको मूल्याङ्कन गर्न सकिएन (%3); यसलाई अनिर्धारित मानिन्छ।</translation>
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
        <translation type="unfinished">%1 र %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">पुगियो: यसअघिको कुनै नतिजा नपुगेको जुनसुकै अवस्थामा यो लागू हुन्छ।</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">पुगियो, किनभने %1।</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">पुगियो: तत्त्वहरूको स्थितिमा यसको नियम पूरा हुन्छ।</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">पुगिएन, किनभने %1।</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">पुगिएन: तत्त्वहरूको स्थितिमा यसको नियम पूरा हुँदैन।</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">अझै पुग्न सकिन्छ: यो अझै अनिर्धारित तत्त्वहरूमा निर्भर छ (%1)।</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">अझै पुग्न सकिन्छ: यो अझै अनिर्धारित तत्त्वहरूमा निर्भर छ।</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">केस %1 · निर्यात %2 · पृष्ठ %3 / %4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक केस · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">बलियो</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमजोर</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हो</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">होइन</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">बाँकी</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा भएको</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नभएको</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">अनिर्धारित</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">आवश्यक परेन</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">स्लाइड शीर्षक</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — प्रस्तुति</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">स्लाइड</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">चरण</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">प्रस्तुत गर्न केही छैन</translation>
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
        <translation type="unfinished">जाँचसूची</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">तत्त्व</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">सूचक</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">प्रोफाइल</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">स्रोतहरूसँग भिडाएर प्रमाणित।</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">समग्रमा स्रोतहरूसँग भिडाएर प्रमाणित गरिएको छैन।</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">स्रोत: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">अझै प्रमाणित नभएका:</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1, स्रोत: %2, %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1, स्रोत: %2</translation>
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
        <translation type="unfinished">प्रश्नहरू</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">प्रकार</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">अनिवार्य</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">संवेदनशील</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">कहिले सोधिन्छ</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">खण्ड र प्रश्नहरू</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">हो / होइन</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">%1 विकल्पमध्ये एउटा</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">%1 विकल्पमध्ये जतिसुकै</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">पाठ</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">मिति</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">सङ्ख्या, %1 देखि %2 सम्म</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">सङ्ख्या</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">अनिवार्य</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ संवेदनशील</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">सावधानीपूर्वक व्यवहार गर्नुहोस्; प्रस्तुत गर्दा कहिल्यै देखाइँदैन</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">अनिवार्य</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">संवेदनशील — नम्रतापूर्वक सोध्नुहोस्</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">अनुवाद गरिएको छैन</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">सोध्नुहोस्</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">सोध्नुहोस् · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">प्रश्न %1: %2 (अनिवार्य)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">प्रश्न %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">अन्तर्वार्ताकारका लागि टिप्पणी:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">स्वीकार्य जवाफहरू:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">तपाईंका लागि</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">अन्तर्वार्ताकारका लागि</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">छिटो लुकाउनुहोस्(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">विन्डो तुरुन्तै खाली गर्नुहोस्; फेरि देखाउन F12 थिच्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">प्रश्न &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">खण्ड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">%1 को सान्दर्भिकता आफैँमा निर्भर छ; यसलाई देखाइन्छ र अनिर्धारित मानिन्छ।</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">प्रश्न &apos;%1&apos; को सान्दर्भिकता नियमको मूल्याङ्कन गर्न सकिएन (%2); यसलाई देखाइन्छ र अनिर्धारित मानिन्छ।</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">खण्ड &apos;%1&apos; को सान्दर्भिकता नियमको मूल्याङ्कन गर्न सकिएन (%2); यसलाई देखाइन्छ र अनिर्धारित मानिन्छ।</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ब्याकअपबाट पुनर्स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">पुनर्स्थापना गर्ने ब्याकअप छान्नुहोस्। हालको डेटाबेस फाइल पहिले ब्याकअपका रूपमा राखिन्छ, त्यसैले केही पनि हराउँदैन। ब्याकअप लिँदा डेटाबेसको जुन पासफ्रेज थियो, ब्याकअप त्यसैले खुल्छ।</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">ब्याकअपहरू</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">पुनर्स्थापना गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2 ब्याकअप, %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">भेरिएबलको नाम लिटरल स्ट्रिङ हुनुपर्छ</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">नियमको विश्लेषण गर्न सकिएन</translation>
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
        <translation type="unfinished">%1 %2 भन्दा बढी छ</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 कम्तीमा %2 छ</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 %2 भन्दा कम छ</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 बढीमा %2 छ</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 %2 होइन</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 %2 हो</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हो</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">होइन</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा भएको</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नभएको</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">सत्य</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">असत्य</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">जवाफ छैन</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">केही पनि होइन</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (जवाफ नदिइएमा %2)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1 मध्ये सबैभन्दा ठूलो</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1 मध्ये सबैभन्दा सानो</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">माइनस %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1 को जवाफ ‘हो’ छ</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1 मा कुनै विकल्प छानिएको छ</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 0 बाहेकको सङ्ख्या हो</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 को जवाफ दिइएको छ</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 %2 भन्दा बढी र %3 भन्दा कम छ</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 %2 देखि %3 सम्म छ</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 पूरा भएको छ</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 पूरा भएको छैन</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 मा %2 समावेश छ</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 %2 मध्ये एक हो</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1 मा %2 छ</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 %2 मा पर्छ</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1 मा %2 सबै समावेश छन्</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 मा %2 मध्ये कुनै एक समावेश छ</translation>
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
        <translation type="unfinished">एउटा संवेदनशील प्रश्न</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">कहिल्यै होइन</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">सधैँ</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">, र </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; वा </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> र </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> वा </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 पूरा भएको छैन</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1 को जवाफ ‘हो’ होइन</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1 मा कुनै विकल्प छानिएको छैन</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1 को जवाफ दिइएको छैन</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">%1 होइन</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">(%1) होइन</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">यदि %1 भए, %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">नत्र यदि %1 भए, %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">अन्यथा %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2 मध्ये %1 भन्दा कमको जवाफ दिइएको छ</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1 को जवाफ बाँकी छ</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1 मध्ये कुनैको जवाफ बाँकी छ</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">सुरक्षित गरिएको स्थिति</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ सुरक्षित गरियो</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ सुरक्षित गरियो %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ सुरक्षित गरिएन: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">प्रोफाइल &apos;%1&apos; को &apos;applies&apos; नियमको मूल्याङ्कन गर्न सकिएन (%2); यो लागू हुने कि नहुने भन्ने कुरा अनिर्धारित मानिन्छ।</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">जवाफ बाँकी प्रश्नहरूमा निर्भर रहेर प्रोफाइल &apos;%1&apos; को नतिजा अझै बढी गम्भीर (%2) हुन सक्छ।</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">प्रोफाइल &apos;%1&apos; पनि लागू हुन सक्छ (निर्भर: %2); लागू भएमा यसको नतिजा &apos;%3&apos; बढी गम्भीर हुन्छ।</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">प्रोफाइल &apos;%1&apos; लागू हुने कि नहुने भन्ने कुरा जवाफ बाँकी प्रश्नहरूमा निर्भर छ: %2। तैपनि यसको मूल्याङ्कन गरियो।</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">यी जवाफहरूमा कुनै प्रोफाइल लागू हुँदैन, त्यसैले समग्र नतिजा छैन।</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">कुनै पनि प्रोफाइल अझै नतिजामा पुगेको छैन: हरेक सम्भावित नतिजा अझै जवाफ बाँकी प्रश्नहरूमा निर्भर छ।</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">कुनै प्रोफाइल निश्चित रूपमा लागू हुँदैन: समग्र नतिजा कुन प्रोफाइल लागू हुन्छ भन्ने निर्धारण गर्ने जवाफ बाँकी प्रश्नहरूमा सशर्त छ।</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">सूचक &apos;%1&apos; को नियमको मूल्याङ्कन गर्न सकिएन (%2); यसलाई खुला मानिन्छ।</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern का प्रयोगकर्ताहरूले पढ्ने हरेक लिपि, यो कम्प्युटरले देखाउने फन्टमा</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — फन्ट छैन</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">बाकसका रूपमा देखिने: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">केसको सारांश भण्डार गरिएन</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">%2 मध्ये %1 केस नयाँ खोजका लागि तयार गर्न सकिएन (%3); प्रत्येक केस अर्को पटक खोल्दा तयार गरिन्छ</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">खोज्न मिल्ने जवाफहरू</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">केस सूचीले केसलाई त्यसको कोड र नतिजाद्वारा, तथा यहाँ टिक लगाइएका प्रश्नहरूमा दिइएका त्यसका जवाफहरूद्वारा फेला पार्छ। ती जवाफहरू डेटाबेसमा इन्क्रिप्ट गरिएकै रहन्छन्; डेटाबेस अनलक रहेसम्म खोजका लागि तिनलाई मेमोरीमा राखिन्छ। जाँचसूचीले संवेदनशील भनी चिन्ह लगाएका प्रश्नहरू कहिल्यै खोज्न मिल्दैन।</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (संस्करण %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">जाँचसूची</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">केस सूचीले जवाफहरूमा खोज्ने प्रश्नहरू</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">लागू गर्नुहोस्(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">पूर्वनिर्धारित प्रयोग गर्नुहोस्(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">संवेदनशील भनी चिन्ह नलगाइएका पाठ प्रश्नहरूका जवाफहरू</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">जाँचसूची(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — संवेदनशील, कहिल्यै खोज्न मिल्दैन</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">खण्डहरू</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down र Ctrl+Page Up ले खण्डहरूबीच सार्छ</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">अहिलेसम्मका जवाफअनुसार सोधिँदैन</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ सबै %1 को जवाफ दिइयो</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2 मध्ये %1 को जवाफ दिइयो</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">दोभाषे प्रयोग गरियो(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">सत्रको स्थिति</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">दोभाषे प्रयोग गरियो</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">अन्तर्वार्ताको भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">अन्तर्वार्ताको भाषा</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">अन्तर्वार्ता सञ्चालन हुने भाषा (th जस्तो भाषा कोड)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">अन्तर्वार्ता सत्र सुरु गर्नुहोस् वा रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">सत्रहरू अभिलेख गर्न सकिँदैन: कुनै केस डेटाबेस खुला छैन।</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">सत्र सुरु गर्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">यो दृश्यका लागि सत्रहरू अभिलेख गरिँदैनन्।</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">सत्र रोक्नुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">सत्र %1, %2 देखि चलिरहेको</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">सत्र फेरि सुरु गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">अझै कुनै सत्र अभिलेख गरिएको छैन।</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">रोकिएको — अहिलेसम्म 1 सत्र।</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">रोकिएको — अहिलेसम्म %1 सत्र।</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern सानो पारिँदा वा लुकाइँदा लक गर्नुहोस्(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">सेटिङहरू</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> मिनेट</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">कहिल्यै होइन</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">केही मिनेट निष्क्रिय रहेपछि लक गर्नुहोस्</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">सानो पारिँदा वा लुकाइँदा लक गर्नुहोस्</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">तपाईंका आफ्नै जाँचसूचीहरूको फोल्डर</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">डेस्कटपको पूर्वनिर्धारित</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">इन्टरफेसको फन्ट आकार</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज गर्नुहोस्(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">जाँचसूची फोल्डर छान्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">निष्क्रियतापछि लक गर्नुहोस्(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">जाँचसूची फोल्डर(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">फन्ट आकार(&amp;F):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">डेस्कटपअनुसार</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — मस्यौदा अनुवाद</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">इन्टरफेसको भाषा</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">छेउछाउमा</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">एउटामाथि अर्को</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">द्विभाषी प्रश्नहरू</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">अन्तर्वार्ता दिने व्यक्तिको पाठको आकार</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">इन्टरफेसको भाषा(&amp;G):</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">द्विभाषी प्रश्नहरू(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">अन्तर्वार्ता दिने व्यक्तिको पाठको आकार(&amp;I):</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">इन्क्रिप्सन लाइब्रेरी सुरु गर्न सकिएन</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">गलत पासफ्रेज</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">पासफ्रेज खाली छ</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">डेटाबेसका साँचो सेटिङहरू बिग्रिएका छन्</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">डेटाबेस लक गरिएको छ</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">भण्डार गरिएको डेटा अखण्डता जाँचमा असफल भयो (छेडछाड गरिएको वा बिग्रिएको)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">डेटाबेसको इन्क्रिप्सनका लागि पर्याप्त मेमोरी छैन; अरू प्रोग्रामहरू बन्द गरी फेरि प्रयास गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">अभ्यास सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">केस अध्ययन पढ्नुहोस्, त्यसपछि कामको बेला जस्तै जाँचसूची प्रयोग गरेर अन्तर्वार्ता लिनुहोस्। सकिएपछि आफ्ना जवाफहरू नमुना उत्तरसँग तुलना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">केस अध्ययन</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">जस्तै समूह 3, वा तपाईंको पहिलो नाम</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">सहभागी वा समूह</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">केस अध्ययन(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">सहभागी वा समूह(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">सुरु गर्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">विषय: %1 · जाँचसूची %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">कुनै केस अध्ययन स्थापित छैन।</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">प्रशिक्षकले अभ्यासहरू छुट्याउन सकून् भनेर नाम वा समूह लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 ले यो केस अध्ययन पहिल्यै सुरु गरिसकेको छ; अर्को नाम छान्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">नयाँ केस डेटाबेस बनाउनुहोस्(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">भइरहेको डेटाबेस खोल्नुहोस्(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र खोल्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern मा स्वागत छ</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern ले स्क्रिनिङका केसहरू यस कम्प्युटरमा इन्क्रिप्ट गरिएको डेटाबेसमा राख्छ। केही पनि कतै पठाइँदैन। सुरु गर्न, पासफ्रेजले सुरक्षित डेटाबेस बनाउनुहोस्, वा तपाईंसँग भएको डेटाबेस खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">प्रशिक्षक र कार्यशालाका सहभागीहरूका लागि: प्रशिक्षण कार्यक्षेत्रमा काल्पनिक केस अध्ययनहरू मात्र छन्। यो इन्क्रिप्ट गरिएको छैन र स्पष्ट रूपमा चिन्ह लगाइएको छ; यहाँ कहिल्यै वास्तविक व्यक्तिको केस नराख्नुहोस्।</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">नयाँ केस डेटाबेस बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">भइरहेको डेटाबेस खोल्नुहोस्</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">केस %1 को स्थिति परिवर्तन गर्नुहोस्</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">नयाँ स्थिति</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">परिवर्तनको कारण</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">स्थिति किन परिवर्तन हुँदैछ, जस्तै &quot;राष्ट्रिय प्रेषण संयन्त्रमा प्रेषण गरियो&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">स्थिति परिवर्तन गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">स्थिति(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">कारण(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">हालको भन्दा फरक स्थिति छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">कारण लेख्नुहोस्: यो केसको अडिट अभिलेखमा राखिन्छ।</translation>
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
        <translation type="unfinished">डिस्क भरिएको छ</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">डेटाबेस फाइल खोल्न सकिँदैन (यसको फोल्डर अवस्थित छ र त्यसमा लेख्न मिल्छ कि जाँच्नुहोस्)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">कम्प्युटरको मेमोरी सकियो</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">डेटाबेसले अनपेक्षित समस्या जनायो (कोड %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">यो फाइल Lantern डेटाबेस होइन</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">यो डेटाबेस Lantern को नयाँ संस्करणले बनाएको हो (स्किमा %1); यसलाई खोल्न Lantern अद्यावधिक गर्नुहोस्</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">डेटाबेस पढ्न मात्र मिल्ने स्थानमा छ</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">डेटाबेस अर्को Lantern विन्डो वा प्रक्रियामा खुला छ</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">डेटाबेस फाइल बिग्रिएको छ; यसलाई ब्याकअपबाट पुनर्स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">यो पथमा कुनै डेटाबेस छैन</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">यो पथमा पहिल्यै एउटा फाइल छ</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">डेटाबेस लक गरिएको छ: पहिले यसलाई अनलक गर्नुहोस्</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">डिस्क पढ्न वा त्यसमा लेख्न सकिएन</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ बलियो</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ मध्यम</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ कमजोर</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">यस प्रोफाइलमा गनिँदैन</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">सूचक, तत्त्वअनुसार</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">केस %1 को मुद्रण पूर्वावलोकन</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">जवाफ लेख्नुहोस्, त्यसपछि Enter थिच्नुहोस्</translation>
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
            <numerusform>%n %1 सूचक</numerusform>
            <numerusform>%n %1 सूचक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%n %1 सूचक</numerusform>
            <numerusform>%n %1 सूचक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 र %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">बलियो</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमजोर</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">मध्यम वा कमजोर</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">बलियो वा मध्यम</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">जुनसुकै बलको</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">कुनै पनि सूचक बिना</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">जुनसुकै बलको %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>जुनसुकै बलको %n सूचक</numerusform>
            <numerusform>जुनसुकै बलको %n सूचक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>जुनसुकै बलका %n सूचक</numerusform>
            <numerusform>जुनसुकै बलका %n सूचक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">जम्मा %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>जम्मा %n सूचक</numerusform>
            <numerusform>जम्मा %n सूचक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>जम्मा %n सूचक</numerusform>
            <numerusform>जम्मा %n सूचक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">कुनै पनि बललाई अङ्क दिइँदैन</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">उपस्थित सूचकहरूको अङ्कको जोड कम्तीमा %1 पुगेमा पूरा हुन्छ (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">कहिल्यै पूरा हुँदैन: सीमामा कुनै विकल्प सूचीकृत छैन</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">%1 भएमा पूरा हुन्छ</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; वा </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक केसहरू · इन्क्रिप्ट गरिएको छैन · यहाँ कहिल्यै वास्तविक व्यक्तिको केस नराख्नुहोस्</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र: काल्पनिक केसहरू मात्र</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">अनलक गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">अर्को डेटाबेस खोल्नुहोस्(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">नयाँ डेटाबेस(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ब्याकअपबाट पुनर्स्थापना गर्नुहोस्(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">केस डेटाबेस अनलक गर्नुहोस्</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">डेटाबेसको नाम</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">डेटाबेस फोल्डर</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">पासफ्रेज</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">अनलक गर्नुहोस्</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">अर्को डेटाबेस खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">नयाँ डेटाबेस बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ब्याकअपबाट पुनर्स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">पासफ्रेज(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">%1 मा</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">अनलक गर्दै…</translation>
    </message>
</context>
</TS>
