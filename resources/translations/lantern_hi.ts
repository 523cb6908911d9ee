<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">खुला</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">आकलित</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">रेफ़र किया गया</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">बंद</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">अभी आकलन नहीं हुआ</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">परिणाम स्तर %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (डिफ़ॉल्ट)</translation>
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
        <translation type="unfinished">भाषाएँ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">फ़ाइल</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (Lantern के साथ शामिल)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">सत्यापित</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हाँ</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">नहीं — स्रोत-विवरण देखें</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 खंड, %2 प्रश्न (%3 संवेदनशील), %4 संकेतक, %5 तत्व, %6 प्रोफ़ाइल।</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">तत्व, और हर तत्व कब पूरा होता है</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">यहाँ किसी संकेतक को भार नहीं दिया गया</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">भार: %1 प्रबल, %2 मध्यम, %3 कमज़ोर</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">परिणाम, क्रम से जाँचे जाते हैं</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">स्तर %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">स्रोतों से मिलाकर सत्यापित के रूप में चिह्नित।</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">सत्यापित नहीं: इस चेकलिस्ट के कुछ हिस्सों को अभी स्रोतों से मिलाकर जाँचना बाकी है।</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">स्रोत</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">कुछ भी असत्यापित के रूप में चिह्नित नहीं है।</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">अभी भी असत्यापित (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">कुल मिलाकर: ऊपर दिए नोट देखें।</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">प्रशिक्षक के लिए HTML रिपोर्ट (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV तालिका, हर संकेतक के लिए एक पंक्ति (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON, तुलना की सारी जानकारी (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">प्रशिक्षक के लिए तुलना निर्यात करें</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">कुल मिलाकर</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">आदर्श उत्तर: %1; आपका: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">जो उत्तर अलग हैं</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">आपने आदर्श उत्तर जैसे ही उत्तर दिए।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">आदर्श उत्तर</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">आपका</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(खुला छोड़ा गया)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">एक पासफ़्रेज़ चुनें: याद रखने लायक कुछ शब्द टाइप करने में आसान और अनुमान लगाने में कठिन होते हैं।</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">बहुत छोटा: कम से कम %1 अक्षरों का उपयोग करें।</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">कमज़ोर: इसका अनुमान लगाया जा सकता है। कुछ और शब्द जोड़ें।</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">ठीक-ठाक: स्वीकार्य, लेकिन एक-दो और शब्द इसे कहीं ज़्यादा मज़बूत बना देंगे।</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">मज़बूत: इसका अनुमान लगाने में बहुत लंबा समय लगेगा।</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">एक संवेदनशील प्रश्न में पूछा जाता है, यहाँ नहीं दिखाया गया</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">1 संवेदनशील प्रश्न, यहाँ नहीं दिखाया गया</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">%1 संवेदनशील प्रश्न, यहाँ नहीं दिखाए गए</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">इस प्रोफ़ाइल में 1 संकेतक</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">इस प्रोफ़ाइल में %1 संकेतक</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">संकेतक %1–%2, कुल %3 में से</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">प्रबल संकेतक</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">मध्यम संकेतक</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">कमज़ोर संकेतक</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">इस प्रोफ़ाइल में इसका कोई भी संकेतक नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">यह कैसे तय होता है</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">इनमें से कोई एक भी मिलने पर पूरा</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">कोई उदाहरण उत्तर नहीं: यह चरण केवल नियम दिखाता है।</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">उदाहरण उत्तरों</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">%1 के साथ</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">मिले संकेतक</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">कोई नहीं मिला</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>%n अभी खुला: </numerusform>
            <numerusform>%n अभी खुले: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; और %n अन्य</numerusform>
            <numerusform>; और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">सीमा से तुलना</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">मिले: %1 प्रबल, %2 मध्यम, %3 कमज़ोर</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">यह प्रोफ़ाइल अपने किसी भी संकेतक को भार नहीं देती।</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">अंक %1, ज़रूरी %2</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — पहुँच गया</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — ज़रूरी %2</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: अनिर्धारित — अनुत्तरित प्रश्न अभी भी इसे तय कर सकते हैं</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">परिणाम %1, कुल %2 में से · स्तर %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">नियम</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">यह किन तत्वों को देखता है</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">ज़रूरत नहीं पड़ी: इससे पहले का एक परिणाम पूरा हो गया। %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">यही परिणाम है। %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">संभावित परिणाम क्रम से जाँचे जाते हैं; जो पहला पूरा होता है, वही परिणाम है।</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">चेकलिस्ट “%1” में प्रस्तुत करने के लिए “%2” नाम की कोई प्रोफ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · संस्करण %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">यह प्रोफ़ाइल किसके लिए है</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">क्रम से, किस बात को भार दिया जाता है</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">हल किया गया उदाहरण: %1 — यह प्रोफ़ाइल लागू होती है</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">हल किया गया उदाहरण: %1 — यह प्रोफ़ाइल लागू नहीं होती, पर साथ में दिखाई गई है</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">हल किया गया उदाहरण: %1 — यह प्रोफ़ाइल लागू हो सकती है (जिस उत्तर पर यह निर्भर है, वह खुला है)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">स्क्रीनिंग में सहायक, कोई फ़ैसला नहीं: यह दिखाता है कि कौन-से संकेतक मिले और क्या औपचारिक पहचान के लिए रेफ़र करना है।</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">परिणाम: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">पहुँचा: स्तर %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">क्या करें</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">परिणाम: अभी कोई पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">उदाहरण उत्तरों पर कोई परिणाम पूरा नहीं होता</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">अभी भी बन सकता है</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">यह प्रोफ़ाइल उदाहरण उत्तरों पर लागू नहीं होती; परिणाम दिखाता है कि इसके नियम उन्हें कैसे पढ़ते।</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">यह प्रोफ़ाइल लागू होती है या नहीं, यह एक खुले उत्तर पर निर्भर है।</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">प्रबल</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमज़ोर</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नहीं</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">अनिर्धारित</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">जारी</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · जारी</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">खुला</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">सभी के लिए हाँ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">सभी के लिए नहीं(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">निरस्त करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">पुनः प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">छोड़ें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">लिंक का पता कॉपी करें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">सभी चुनें</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">अज्ञात आर्ग्युमेंट &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training और --database को एक साथ इस्तेमाल नहीं किया जा सकता</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">मातृभाषी व्यक्ति द्वारा समीक्षित (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">मातृभाषी व्यक्ति द्वारा समीक्षित</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">इंटरफ़ेस की भाषाएँ</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">चेकलिस्ट की भाषाएँ</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Lantern के बारे में</translation>
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
        <translation type="unfinished">उन केसवर्करों के लिए स्क्रीनिंग चेकलिस्ट, जिनका सामना मानव तस्करी के पीड़ितों से हो सकता है। मामले इसी कंप्यूटर पर एन्क्रिप्टेड रहते हैं।</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">GNU General Public License, संस्करण 3 या उसके बाद के किसी संस्करण के तहत मुक्त सॉफ़्टवेयर। इसके साथ कोई वारंटी नहीं है।</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">लाइसेंस</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">किसी अनुवाद की समीक्षा में योगदान देने के लिए docs/translations.md देखें: Qt Linguist में उसकी समीक्षा करें, फिर उसकी प्रविष्टियों को पूर्ण (finished) के रूप में चिह्नित करें।</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">समीक्षा में योगदान कैसे दें</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">डेवलपमेंट बिल्ड</translation>
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
        <translation type="unfinished">मसौदा — अभी किसी मातृभाषी व्यक्ति ने समीक्षा नहीं की</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">चेकलिस्ट और भाषा</translation>
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
        <translation type="unfinished">उत्तर पढ़े नहीं जा सके</translation>
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
        <translation type="unfinished">अपेक्षित: हाँ या नहीं</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">अपेक्षित: इसके विकल्प-आईडी में से एक</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">अपेक्षित: विकल्प-आईडी की एक सूची</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos; इसके विकल्प-आईडी में से नहीं है</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">अपेक्षित: पाठ</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">अपेक्षित: एक संख्या</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 न्यूनतम मान %2 से कम है</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 अधिकतम मान %2 से अधिक है</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">अपेक्षित: YYYY-MM-DD रूप में एक तारीख</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">असमर्थित प्रश्न प्रकार</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">उत्तर में अज्ञात फ़ील्ड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">उत्तर की अज्ञात स्थिति &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">स्थिति &apos;%1&apos; के साथ कोई मान नहीं दिया जा सकता</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">उत्तर-फ़ाइल में अज्ञात फ़ील्ड &apos;%1&apos; (केवल &quot;answers&quot; अपेक्षित है)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">उत्तर-फ़ाइल में &quot;answers&quot; नाम का एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">अज्ञात प्रश्न &apos;%1&apos; (चेकलिस्ट %2 में नहीं है)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">नहीं</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">अज्ञात</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">उत्तर देने से इनकार</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">नहीं पूछा गया</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">लागू नहीं</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">शॉर्टकट: प्रश्न पर फ़ोकस होने पर %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — इस प्रश्न पर फ़ोकस होने पर %2 दबाएँ</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">उत्तर दिया गया</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">अज्ञात</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">उत्तर देने से इनकार</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">नहीं पूछा गया</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">लागू नहीं</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">अनुत्तरित</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">नहीं</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">कोई भी विकल्प नहीं</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">स्वयं बताया</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">देखा गया</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">दस्तावेज़</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">तीसरा पक्ष</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">“%1” का उत्तर</translation>
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
        <translation type="unfinished">उत्तर हाँ या नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">प्रश्न के विकल्पों में से एक चुनें</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">उत्तर प्रश्न के विकल्पों की सूची होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos; प्रश्न के विकल्पों में से नहीं है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">&apos;%1&apos; दो बार चुना गया है</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">उत्तर पाठ होना चाहिए</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">उत्तर एक संख्या होना चाहिए</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 न्यूनतम अनुमत मान %2 से कम है</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 अधिकतम अनुमत मान %2 से अधिक है</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">उत्तर YYYY-MM-DD रूप में लिखी तारीख होना चाहिए</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">इस तरह के प्रश्न का उत्तर यहाँ नहीं दिया जा सकता</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">यहाँ यह उत्तर अनुमत नहीं है</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">चेकलिस्ट %2 में &apos;%1&apos; नाम का कोई प्रश्न नहीं है</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">स्थिति &apos;%1&apos; के साथ कोई मान नहीं दिया जा सकता</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● पूरा</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ पूरा नहीं</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ अनिर्धारित</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">दिए गए उत्तरों के आधार पर लागू नहीं: %1।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">नोट</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">लागू हो सकती है — निर्भर है: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">यहाँ परिणाम: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">अभी कोई पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">अभी भी बन सकता है: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">मौजूद: %1; अनुत्तरित प्रश्नों के साथ अधिकतम %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">क्या करें:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">अनुत्तरित प्रश्न जो इसे तय कर सकते हैं:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">स्क्रीनिंग परिणाम</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">सलाह</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">इस परिणाम का अर्थ</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">आकलन का विवरण</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">तत्व, गिने गए संकेतक और अनुत्तरित प्रश्न; Tab से प्रश्नों के लिंक के बीच जाएँ</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">कोई मामला खुला नहीं है</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">अभी कोई परिणाम पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">व्यक्ति की अपनी गति से आगे बढ़ें; नीचे दिए अनुत्तरित प्रश्न परिणाम बदल सकते हैं।</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">परिणाम सशर्त है: कौन-सी प्रोफ़ाइल लागू होती है, यह अभी अनुत्तरित प्रश्नों पर निर्भर है।</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">यह एक स्क्रीनिंग परिणाम है, पहचान नहीं: यह दिखाता है कि उत्तरों में कौन-से संकेतक हैं और आगे क्या करना है। कोई व्यक्ति मानव तस्करी का पीड़ित है या नहीं, यह केवल औपचारिक पहचान प्रक्रिया ही तय कर सकती है।</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नहीं</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">अनिर्धारित</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">%1 प्रबल</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">%1 मध्यम</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">%1 कमज़ोर</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">कोई नहीं</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू होती है</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू नहीं होती</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">प्रबल</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमज़ोर</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">मामले %1 का ऑडिट ट्रेल</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">ऑडिट घटनाएँ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">कब</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">क्या</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">बदलाव</translation>
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
        <translation type="unfinished">(कुछ नहीं)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">बनाया गया</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">उत्तर दिया गया</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">उत्तर बदला गया</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">नोट संपादित किया गया</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">स्थिति बदली गई</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">निर्यात किया गया</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">अनलॉक किया गया</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">लॉक किया गया</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">पासफ़्रेज़ बदला गया</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">ऑडिट ट्रेल पढ़ा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">बैकअप लिखा नहीं गया</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">बैकअप फ़ाइल क्षतिग्रस्त है; कोई दूसरा बैकअप चुनें</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">बैकअप फ़ोल्डर %1 नहीं बनाया जा सकता (जाँचें कि डेटाबेस के फ़ोल्डर में लिखा जा सकता है)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">बैकअप फ़ोल्डर %1 केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">बैकअप फ़ोल्डर पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">बैकअप को उसका नाम नहीं दिया जा सका</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">बैकअप के लिए फ़ोल्डर मौजूद नहीं है</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">इस पथ पर कोई बैकअप नहीं है</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">बैकअप फ़ाइल पढ़ी नहीं जा सकती (उसकी अनुमतियाँ जाँचें)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">बैकअप पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">बैकअप फ़ोल्डर से पुराने बैकअप हटाए नहीं जा सके</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">चेकलिस्ट किसी फ़ाइल से लोड नहीं की गई थी, इसलिए उसे मामले के साथ स्थायी रूप से जोड़ा (पिन) नहीं जा सकता</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">इस मामले के साथ संग्रहीत चेकलिस्ट क्षतिग्रस्त है; कोई बैकअप बहाल करें</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">स्क्रीनिंग परिणाम (स्तर %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">मामला</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">चेकलिस्ट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">अंतिम बदलाव</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">स्क्रीनिंग परिणाम</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">नया मामला(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">स्थिति बदलें(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">ऑडिट ट्रेल(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">सारांश निर्यात करें(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">चुने गए मामले निर्यात करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">मामले के कोड, परिणाम या दर्ज पाठ से खोजें</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">मामले खोजें</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">स्थिति के अनुसार फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">दिखाए गए मामलों की संख्या</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">मामले</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">खोजें(&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">स्थिति(&amp;U):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n मामला</numerusform>
            <numerusform>%n मामले</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">मामला सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">मामले पढ़े नहीं जा सके</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">चेकलिस्ट संग्रहीत नहीं की गई</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">चेकलिस्ट पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">मामला नहीं बनाया गया</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">सत्र सहेजा नहीं गया</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">डेटाबेस नहीं बनाया गया</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">डेटाबेस पूरी तरह नहीं बना; उसे फिर से बनाएँ</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">डेटाबेस खोला नहीं गया</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">एन्क्रिप्टेड डेटाबेस के लिए अनलॉक की गई डेटा कुंजी चाहिए</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">यह बिना एन्क्रिप्शन वाला प्रशिक्षण डेटाबेस है; इसका कोई पासफ़्रेज़ नहीं है</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">डेटाबेस अनलॉक नहीं हुआ</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">यह डेटाबेस एन्क्रिप्टेड है: इसका पासफ़्रेज़ दर्ज करें</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">इस डेटाबेस में ऐसा कोई मामला नहीं है</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">चेकलिस्ट अपने SHA-256 से मेल नहीं खाती; उसे संग्रहीत नहीं किया गया</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">चेकलिस्ट मान्य नहीं है; उसे संग्रहीत नहीं किया गया</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">चेकलिस्ट संग्रहीत नहीं की गई</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">मामले की चेकलिस्ट इस डेटाबेस में संग्रहीत नहीं है</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">मामला नहीं बनाया गया</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">मामले का कोड खाली नहीं हो सकता</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">मामले का कोड नहीं बदला गया</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">स्थिति नहीं बदली गई</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">सत्र सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">उत्तर के लिए एक प्रश्न चाहिए</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">उत्तर सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">उत्तर का साक्षात्कार सत्र किसी दूसरे मामले का है</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">उत्तर पढ़े नहीं जा सके</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">मौजूदा डेटाबेस को बैकअप के रूप में नहीं रखा जा सका (%1); कुछ भी बहाल नहीं किया गया</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">बैकअप फ़ाइल चुनें, स्वयं डेटाबेस नहीं</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">कुछ भी बहाल नहीं किया गया</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">डेटाबेस को बदला नहीं जा सका</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">कुछ भी बहाल नहीं किया गया (मौजूदा फ़ाइल बैकअप फ़ोल्डर में रखी गई है)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">यह बिना एन्क्रिप्शन वाला प्रशिक्षण डेटाबेस है; इसका कोई पासफ़्रेज़ नहीं है</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">पासफ़्रेज़ नहीं बदला गया</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">डेटाबेस की कुंजी सेटिंग्स मौजूद नहीं हैं</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">निर्यात के लिए एक फ़ॉर्मैट चाहिए</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">निर्यात दर्ज नहीं किया गया</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">डेटाबेस अपग्रेड करने से पहले का बैकअप विफल रहा (%1); डेटाबेस बिना बैकअप के अपग्रेड किया गया</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">स्वचालित दैनिक बैकअप विफल रहा: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (%2 का एक सही बैकअप बहाल किया जा सकता है)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">मामलों की सूची की प्रविष्टि अपडेट नहीं की गई</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">खोजने योग्य उत्तर पढ़े नहीं जा सके</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">खोजने योग्य उत्तर नहीं बदले गए</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">केस स्टडी %1 — काल्पनिक</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">केस स्टडी का विवरण</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">मामला पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">मामलों की सूची पढ़ी नहीं जा सकी</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">नया मामला(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">मामलों की सूची पर लौटें(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">स्थिति बदलें(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">ऑडिट ट्रेल(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">मामलों की सूची पर लौटें</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">मामला खोलें</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">मामला खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">मामला %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">मामला नहीं बनाया गया: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">स्थिति नहीं बदली गई: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">मामले %1 की स्थिति अब: %2।</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">ऑडिट ट्रेल पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">खोजने योग्य उत्तर(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>मामलों की सूची अब चुने गए उत्तरों में खोजती है (%n मामला तैयार किया गया)।</numerusform>
            <numerusform>मामलों की सूची अब चुने गए उत्तरों में खोजती है (%n मामले तैयार किए गए)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">साथ में शामिल</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">1 समस्या</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">%1 समस्याएँ</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — मान्य नहीं, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">यह चेकलिस्ट प्रस्तुत करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">मिली चेकलिस्टें</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">फ़ाइल में मिली समस्याएँ</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">कोई चेकलिस्ट नहीं मिली।</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">प्रोफ़ाइल(&amp;R):</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">प्रस्तुत करने के लिए प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 एक मान्य चेकलिस्ट नहीं है और इसका उपयोग नहीं किया जा सकता। ये समस्याएँ ठीक करें और यह सूची फिर से खोलें:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">जाँच-सूचियाँ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">अवलोकन</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">सरल शब्दों में अंक-निर्धारण</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">स्रोत-विवरण</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">चेकलिस्ट के पाठ की भाषा</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">हर प्रोफ़ाइल में संकेतक की प्रबलता</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">अवलोकन(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">प्रश्न(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">संकेतक(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">अंक-निर्धारण(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">स्रोत-विवरण(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 पहले से इंस्टॉल है; कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 अलग सामग्री के साथ पहले से इंस्टॉल है। नई फ़ाइल को ऊँचा संस्करण नंबर दें: %2 से शुरू हुए मामले उसी से जुड़े (पिन) रहते हैं।</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 चेकलिस्ट फ़ोल्डर में पहले से मौजूद है और लोड नहीं होती; पहले इसे वहाँ से हटाकर कहीं और रखें।</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2 चेकलिस्ट फ़ोल्डर में जोड़ दी गई।</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 एक मान्य चेकलिस्ट नहीं है (1 समस्या); कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 एक मान्य चेकलिस्ट नहीं है (%2 समस्याएँ); कुछ भी नहीं जोड़ा गया।</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1 (संस्करण %2) जोड़ दी गई। नया मामला शुरू करते समय यह विकल्प के रूप में मिलेगी; पहले से शुरू हुए मामले वही चेकलिस्ट रखेंगे जिससे वे शुरू हुए थे।</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (संस्करण %2) इसी सामग्री के साथ पहले से इंस्टॉल है। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">यह फ़ाइल मान्य चेकलिस्ट नहीं है, इसलिए इसे जोड़ा नहीं गया। नीचे दी गई समस्याएँ (फ़ाइल में पंक्ति और कॉलम) ठीक करें और इसे फिर से आयात करें।</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">चेकलिस्ट नहीं जोड़ी गई: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">चेकलिस्ट आयात की गई</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">चेकलिस्ट आयात नहीं की गई</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">चेकलिस्ट फ़ाइल में मिली समस्याएँ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">फ़ाइल पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">फ़ाइल %1 MiB से बड़ी है; यह चेकलिस्ट नहीं है</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">दोहराया गया मेंबर &apos;%1&apos;; किसी ऑब्जेक्ट में एक नाम केवल एक बार आ सकता है</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">असमर्थित फ़ॉर्मैट &apos;%1&apos;; Lantern का यह संस्करण %2 पढ़ता है</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">अमान्य चेकलिस्ट आईडी &apos;%1&apos;: छोटे (lower-case) अंग्रेज़ी अक्षर, अंक, &apos;_&apos; और &apos;-&apos; का उपयोग करें, और शुरुआत एक अक्षर से करें</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">संस्करण &apos;%1&apos; MAJOR.MINOR.PATCH रूप में नहीं है, जैसे 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">भाषा &quot;en&quot; या &quot;th&quot; जैसा एक कोड होनी चाहिए</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">भाषा &apos;%1&apos; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos; भाषाओं (%2) में से नहीं है</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">दोहराया गया %1 आईडी &apos;%2&apos;; पहली बार यहाँ परिभाषित: {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; ऐसा ऑब्जेक्ट होना चाहिए जिसकी कुंजियाँ भाषा कोड हों</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos; चेकलिस्ट की भाषाओं में से नहीं है</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">अनुवाद की स्थिति &quot;draft&quot; या &quot;reviewed&quot; होनी चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">अज्ञात प्रश्न प्रकार &apos;%1&apos;; अपेक्षित: yesno, single, multi, text, number या date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos; केवल संख्या वाले प्रश्नों में अनुमत है</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; का मान &apos;max&apos; से अधिक है</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; केवल single और multi प्रश्नों में अनुमत है</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 प्रश्न के लिए आवश्यक फ़ील्ड &apos;options&apos; मौजूद नहीं है</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">अज्ञात समूह &apos;%1&apos;; अपेक्षित: act, means या purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">सीमा {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} या {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} होनी चाहिए</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">भार ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; 0 से अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">सीमा का हर विकल्प न्यूनतम गिनतियों का एक ऑब्जेक्ट होना चाहिए, जैसे {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">सीमा में अज्ञात प्रबलता &apos;%1&apos;; अपेक्षित: strong, medium, weak, medium_or_weak, strong_or_medium या any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">न्यूनतम गिनती कम से कम 1 की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; में कम से कम एक प्रोफ़ाइल आईडी को strong, medium या weak से जोड़ना ज़रूरी है</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">अज्ञात प्रबलता &apos;%1&apos;; अपेक्षित: strong, medium या weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">ट्रिगर में या तो &apos;any_of&apos; हो या &apos;min&apos;/&apos;max&apos;, दोनों नहीं</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; के लिए single, multi या text प्रश्न चाहिए</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; का मान &apos;max&apos; से अधिक है</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; के लिए संख्या वाला प्रश्न चाहिए</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">साधारण ट्रिगर के लिए yesno प्रश्न चाहिए; विकल्पों के लिए &apos;any_of&apos; का उपयोग करें</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात तत्व &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात प्रोफ़ाइल &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">अज्ञात स्रोत &apos;%1&apos;; इसे provenance.sources में सूचीबद्ध करें</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात प्रश्न &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">प्रश्न &apos;%1&apos; एक %2 प्रश्न है: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">मिलान के लिए पाठ-उत्तर एक स्ट्रिंग होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; प्रश्न &apos;%2&apos; का विकल्प नहीं है</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">नियम &apos;%1&apos; को देखता है, जो इस चेकलिस्ट का प्रश्न नहीं है</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">परिणाम का नियम &apos;%1&apos; को देखता है, जो इस चेकलिस्ट का तत्व नहीं है</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">प्रासंगिकता का चक्र: प्रश्न &apos;%1&apos; दिखाया जाए या नहीं, यह उसके अपने ही उत्तर पर निर्भर है (उसके खंड के या उसके अपने नियम के माध्यम से)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">प्रासंगिकता का चक्र: %1</translation>
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
        <translation type="unfinished">सभी पर लागू</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">तब लागू, जब %1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">बाकी हर स्थिति में इस परिणाम तक पहुँचा जाता है</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">इस परिणाम तक तब पहुँचा जाता है, जब %1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">हमेशा पूछा जाता है</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">केवल तब पूछा जाता है, जब %1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1 का उत्तर हाँ है</translation>
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
        <translation type="unfinished">%1 में %2 शामिल है</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 में %2 में से कोई भी शामिल है</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 का उत्तर %2 है</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 का उत्तर %2 में से एक है</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 %2 से %3 तक है</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 कम से कम %2 है</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 अधिकतम %2 है</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 का उत्तर दिया गया है</translation>
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
        <translation type="unfinished">आपसे %1 (%2) छूट गया; आदर्श उत्तर में यह %3 के आधार पर दर्ज है।</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">आपने %1 खुला छोड़ा: यह “नहीं” नहीं है, लेकिन जब तक प्रश्न पूछा नहीं जाता, संकेतक गिना नहीं जा सकता।</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">आपने उत्तर दिया: %1।</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">आपने दर्ज किया: %1।</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">आपके उत्तरों में इसका प्रश्न नहीं दिखाया गया, क्योंकि आपने दर्ज किया: %1 (आदर्श उत्तर: %2)।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">आपने %3 के आधार पर %1 (%2) जोड़ा; आदर्श उत्तर इसे खुला छोड़ता है (%4)।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">आपने %3 के आधार पर %1 (%2) जोड़ा; आदर्श उत्तर कहता है: %4।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">आपने %3 के आधार पर %1 (%2) जोड़ा; आदर्श उत्तर में है: %4।</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">आपके उत्तरों में %1: %2 (आदर्श उत्तर: %3), इसलिए इसकी स्थिति “%5” के बजाय “%4” है।</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">आपके खुले छोड़े गए प्रश्न अभी भी इसे तय कर सकते हैं: %1।</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">फिर भी दोनों ओर %1 की स्थिति एक ही है: %2।</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">%1 में आपका परिणाम आदर्श उत्तर से मेल खाता है: %2।</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (आपका: %2, आदर्श उत्तर: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">%1 में %2 का नियम आपके उत्तरों पर %3 है और आदर्श उत्तर पर %4, इसलिए यहाँ आपका परिणाम %6 के बजाय %5 है।</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">%1 में %2 का नियम %3 को देखता है; यह आपके उत्तरों पर %4 है और आदर्श उत्तर पर %5, इसलिए यहाँ आपका परिणाम %7 के बजाय %6 है।</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">%1 में, इसलिए यहाँ आपका परिणाम %3 के बजाय %2 है।</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">आपके खुले छोड़े गए प्रश्नों के आधार पर, यह अभी भी %1 बन सकता है।</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (आदर्श उत्तर: %2; आपका: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">कौन-सी प्रोफ़ाइल लागू होती हैं, इस पर आप और आदर्श उत्तर सहमत नहीं हैं: आदर्श उत्तर में %1 %2, लेकिन आपके उत्तरों में %3।</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">कौन-सी प्रोफ़ाइल लागू होती हैं, इस पर आप और आदर्श उत्तर सहमत नहीं हैं: आदर्श उत्तर में %1 %2, लेकिन आपके उत्तरों में %3, क्योंकि इन उत्तरों में अंतर है: %4।</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">आपके उत्तर इसे खुला छोड़ते हैं, इसलिए इसका भी मूल्यांकन किया गया।</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">आपका स्क्रीनिंग परिणाम आदर्श उत्तर से मेल खाता है: %1।</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">आपका स्क्रीनिंग परिणाम %1 है, जबकि आदर्श उत्तर में %2 है।</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">आपका परिणाम सशर्त है: आपके उत्तरों पर कोई भी प्रोफ़ाइल निश्चित रूप से लागू नहीं होती।</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">आदर्श उत्तर का परिणाम सशर्त है: उसके उत्तरों पर कोई भी प्रोफ़ाइल निश्चित रूप से लागू नहीं होती।</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">आपके खुले छोड़े गए प्रश्नों के आधार पर, आपका परिणाम अभी भी %1 बन सकता है।</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">किसी भी ओर कोई प्रोफ़ाइल लागू नहीं होती, इसलिए तुलना के लिए कोई तत्व नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>आदर्श उत्तर में दर्ज %n संकेतक में से आपको %1 मिले और %2 छूट गए; आपने %3 ऐसे संकेतक जोड़े जो उसमें दर्ज नहीं हैं।</numerusform>
            <numerusform>आदर्श उत्तर में दर्ज %n संकेतकों में से आपको %1 मिले और %2 छूट गए; आपने %3 ऐसे संकेतक जोड़े जो उसमें दर्ज नहीं हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">डेटाबेस खोला नहीं गया</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">डेटाबेस के लिए फ़ोल्डर मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">Qt के लिए SQLite ड्राइवर मौजूद नहीं है; Lantern को फिर से इंस्टॉल करें</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">डेटाबेस यहाँ write-ahead logging का उपयोग नहीं कर सकता; उसे किसी स्थानीय डिस्क पर ले जाएँ</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">डेटाबेस बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">वापस(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">मामला डेटाबेस बनाएँ</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">मामलों को ऐसी कुंजी से एन्क्रिप्ट किया जाता है जिसे केवल यही पासफ़्रेज़ खोल सकता है। यदि पासफ़्रेज़ खो जाए, तो मामलों को वापस प्राप्त नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">डेटाबेस फ़ाइल का स्थान</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">डेटाबेस का स्थान चुनें</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">पासफ़्रेज़ दोबारा लिखें</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">पासफ़्रेज़ की मज़बूती</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">डेटाबेस बनाएँ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">वापस</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">स्थान(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">पासफ़्रेज़ दोबारा(&amp;R):</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">डेटाबेस बनाया जा रहा है और उसकी कुंजी इस कंप्यूटर के अनुसार समायोजित की जा रही है; इसमें कुछ सेकंड लगते हैं।</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">चुनें कि डेटाबेस फ़ाइल कहाँ रखी जाए।</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">इस स्थान पर पहले से एक फ़ाइल मौजूद है। कोई दूसरा नाम चुनें, या इसके बजाय मौजूदा डेटाबेस खोलें।</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">पासफ़्रेज़ बहुत छोटा है: कम से कम %1 अक्षरों का उपयोग करें।</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">दोनों पासफ़्रेज़ मेल नहीं खाते। एक ही पासफ़्रेज़ दो बार लिखें।</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">नए मामला-डेटाबेस का स्थान</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern डेटाबेस (*.lantern);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">डेटाबेस Lantern की किसी दूसरी विंडो या प्रक्रिया में खुला है (प्रक्रिया %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">डेटाबेस के फ़ोल्डर में फ़ाइलें लॉक नहीं की जा सकतीं; डेटाबेस को किसी स्थानीय डिस्क पर ले जाएँ</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">फ़ोल्डर %1 नहीं बनाया जा सकता; कोई दूसरा स्थान चुनें।</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">कोई डेटाबेस खुला नहीं है।</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD, फिर Enter दबाएँ</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">वर्ष-माह-दिन के रूप में तारीख</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">तारीख वर्ष-माह-दिन के रूप में दर्ज करें, उदाहरण के लिए 2024-03-15।</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (क्या आपका मतलब &apos;%1&apos; था?)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">मौजूद: %1 प्रबल, %2 मध्यम, %3 कमज़ोर</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">%1 अतिरिक्त अंक</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">%1 अतिरिक्त अंक</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (अंक %2, ज़रूरी %3)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1; चाहिए %2, जो अनुत्तरित प्रश्न अभी भी जोड़ सकते हैं</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1; चाहिए %2</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">इस प्रोफ़ाइल में भार नहीं दिया गया: इसका कोई भी संकेतक यहाँ नहीं गिना जाता</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1; ज़रूरी अंक पूरे</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1; %2 से पूरा</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1; सीमा में कोई विकल्प नहीं दिया गया</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">और कुछ नहीं</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">%1 अतिरिक्त %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> और </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">नियम का मूल्यांकन करने में बहुत अधिक काम लगता है</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">आदर्श उत्तर में प्रश्न &apos;%1&apos; का उत्तर है, जो चेकलिस्ट &apos;%2&apos; के संस्करण %3 में नहीं है; क्या ये उत्तर किसी दूसरी चेकलिस्ट के लिए दिए गए थे?</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">प्रतिभागी के उत्तरों में प्रश्न &apos;%1&apos; का उत्तर है, जो चेकलिस्ट &apos;%2&apos; के संस्करण %3 में नहीं है; क्या ये उत्तर किसी दूसरी चेकलिस्ट के लिए दिए गए थे?</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">आदर्श उत्तर से अभ्यास की तुलना</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">प्रशिक्षक के लिए निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">अभ्यास की तुलना</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक केस स्टडी</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">परिणाम का मिलान</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">दोनों परिणाम</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">मिले, छूटे और जोड़े गए संकेतक</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">तर्क</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">तत्व-दर-तत्व</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">क्यों — तर्क</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">प्रशिक्षक के लिए निर्यात करें</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">प्रशिक्षक के लिए यह तुलना HTML रिपोर्ट, CSV तालिका या JSON के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">केस स्टडी: &lt;b&gt;%1&lt;/b&gt; · प्रतिभागी: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;चेकलिस्ट: %3, संस्करण %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ आपका परिणाम आदर्श उत्तर से मेल खाता है</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ आपका परिणाम आदर्श उत्तर से अलग है</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">सशर्त: कोई भी प्रोफ़ाइल निश्चित रूप से लागू नहीं होती</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">आदर्श उत्तर:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">आपका:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">आपने जो प्रश्न खुले छोड़े हैं, उन्हें पूछे जाने पर आपका परिणाम अभी भी %1 बन सकता है।</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> या </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ %1 मिले  ·  ✗ %2 छूटे  ·  + %3 जोड़े  —  आदर्श उत्तर के %4 संकेतकों में से</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">तुलना निर्यात नहीं की गई: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">प्रशिक्षक के लिए निर्यात किया गया: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ मौजूद</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– अनुपस्थित</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? खुला छोड़ा गया</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">खुला छोड़ा गया, “नहीं” नहीं</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">अलग उत्तर दिया गया</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">आपके उत्तरों के अनुसार प्रश्न नहीं दिखाया गया</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">मिला</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">छूटा</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">जोड़ा गया</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">तत्वों की तुलना</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">तत्व</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">आदर्श उत्तर</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">आपका</translation>
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
        <translation type="unfinished">मिले: वे संकेतक जो आदर्श उत्तर में और आपके उत्तर में मौजूद हैं</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">छूटे: वे संकेतक जो आदर्श उत्तर में मौजूद हैं, पर आपके उत्तर में नहीं</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">जोड़े गए: वे संकेतक जो आपके उत्तर में मौजूद हैं, पर आदर्श उत्तर में नहीं</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">मिले</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">छूटे</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">जोड़े गए</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू होती है</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू नहीं होती</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">लागू हो सकती है</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">आपकी स्थिति आदर्श उत्तर से अलग है</translation>
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
        <translation type="unfinished">प्रशिक्षण — काल्पनिक केस स्टडी</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">तुलना निर्यात करने के लिए एक फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू होती है</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू नहीं होती</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">लागू हो सकती है (अनुत्तरित प्रश्नों पर निर्भर)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">खुला छोड़ा गया (“नहीं” नहीं)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">अलग उत्तर दिया गया</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">प्रतिभागी के उत्तरों में प्रश्न नहीं दिखाया गया</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — सशर्त: कोई भी प्रोफ़ाइल निश्चित रूप से लागू नहीं होती</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ समान</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">अलग</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">आदर्श उत्तर: %1 · प्रतिभागी: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ मिले</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ छूटे</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ जोड़े गए</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">किसी भी ओर इस तत्व का कोई संकेतक मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ मेल खाता है)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ अलग)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">प्रोफ़ाइल: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">आदर्श उत्तर: %1; प्रतिभागी: %2।</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">यहाँ परिणाम — आदर्श उत्तर: %1; प्रतिभागी: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">तत्व</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">आदर्श उत्तर</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">प्रतिभागी</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">मिले</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">छूटे</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">जोड़े गए</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">तर्क</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">जो उत्तर अलग हैं</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">प्रतिभागी ने आदर्श उत्तर जैसे ही उत्तर दिए।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(खुला छोड़ा गया)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">अभ्यास की तुलना — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1। कोई वास्तविक व्यक्ति नहीं; केवल कार्यशाला के लिए।</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">अभ्यास की तुलना: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">केस स्टडी</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">चेकलिस्ट</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 संस्करण %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">निर्यात किया गया</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ परिणाम आदर्श उत्तर से मेल खाता है</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ परिणाम आदर्श उत्तर से अलग है</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">आदर्श उत्तर: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">प्रतिभागी: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">संकेतक: ✓ %1 मिले · ✗ %2 छूटे · + %3 जोड़े</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">किसी भी ओर कोई प्रोफ़ाइल लागू नहीं होती, इसलिए तुलना के लिए कोई तत्व नहीं है।</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1। एक स्क्रीनिंग अभ्यास, पहचान नहीं। Lantern द्वारा निर्यात किया गया।</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">अभी कोई परिणाम नहीं</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">अभी नहीं पूछा गया</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">प्रबल</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमज़ोर</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">लागू होती है</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">लागू नहीं होती</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">लागू हो सकती है</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">कोई संकेतक नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>%1 संकेतक</numerusform>
            <numerusform>%1 संकेतक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>%1 संकेतक</numerusform>
            <numerusform>%1 संकेतक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>%n अन्य</numerusform>
            <numerusform>%n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 और %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">सारांश निर्यात करें(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">प्रिंट पूर्वावलोकन(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">चुने गए मामले निर्यात करें(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">मामले %1 का सारांश %2 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">सारांश तैयार नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">1 मामला %1 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">%1 मामले %2 में निर्यात किए गए।</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">कोई मामला चुना नहीं गया है।</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">मामला खोला नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">केसवर्कर के नोट शामिल करें(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">मामले %1 का सारांश निर्यात करें</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF दस्तावेज़</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML पेज</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (मामले की सारी जानकारी)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">फ़ॉर्मैट</translation>
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
        <translation type="unfinished">काग़ज़ का आकार</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">केसवर्कर के नोट शामिल करें</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">आउटपुट फ़ाइल</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">सारांश कहाँ सहेजें</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">आउटपुट फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">फ़ॉर्मैट(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">काग़ज़(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">इस रूप में सहेजें(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">निर्यात करें(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">निर्यात करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">चुनें कि सारांश कहाँ सहेजा जाए।</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">डेटाबेस लॉक है; निर्यात करने के लिए इसे अनलॉक करें।</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">सारांश निर्यात नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML पेज (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">सारांश इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">दूसरी भाषा (द्विभाषी सारांश)(&amp;B):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">कोई नहीं</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (मसौदा अनुवाद)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">सारांश की भाषा</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">दूसरी भाषा (द्विभाषी सारांश)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">हर प्रश्न, उत्तर का विकल्प, शीर्षक और सलाह पहली भाषा के नीचे इस भाषा में भी दिखाई देती है।</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">मुक्त पाठ शामिल करें (लिखित उत्तर और नोट)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">केसवर्कर के नोट शामिल करें(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">1 मामला निर्यात करें</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">%1 मामले निर्यात करें</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV तालिका (एक फ़ाइल)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON तालिका (एक फ़ाइल)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF सारांश (एक नया फ़ोल्डर)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML सारांश (एक नया फ़ोल्डर)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">मुक्त पाठ शामिल करें</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">केसवर्कर के नोट शामिल करें</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">आउटपुट फ़ाइल या फ़ोल्डर</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">वह फ़ाइल, या नया फ़ोल्डर, जिसमें लिखा जाएगा</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">आउटपुट फ़ाइल या फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">फ़ॉर्मैट(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">इस रूप में सहेजें(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">निर्यात करें(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">निर्यात करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">मामलों की सूची में निर्यात करने के लिए मामले चुनें।</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">चुनें कि निर्यात कहाँ सहेजा जाए।</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">डेटाबेस लॉक है; निर्यात करने के लिए इसे अनलॉक करें।</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">%1 चुने गए मामले निर्यात किए जा रहे हैं…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">निर्यात की प्रगति</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">निर्यात रद्द किया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">मामले निर्यात नहीं किए गए: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">तालिका इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">सारांशों के लिए नए फ़ोल्डर का नाम</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">अपेक्षित: एक ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">अज्ञात फ़ील्ड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">आवश्यक फ़ील्ड &apos;%1&apos; मौजूद नहीं है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos; एक स्ट्रिंग होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos; खाली नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">अमान्य आईडी &apos;%1&apos;: छोटे (lower-case) अंग्रेज़ी अक्षर, अंक और &apos;_&apos; का उपयोग करें, और शुरुआत एक अक्षर से करें</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos; true या false होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos; एक संख्या होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos; कम से कम %2 की पूर्ण संख्या होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos; एक ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos; {&quot;en&quot;: &quot;...&quot;} जैसा एक लोकेल मैप होना चाहिए</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">खाली लोकेल मैप &apos;%1&apos;; कम से कम डिफ़ॉल्ट भाषा में पाठ दें</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">भाषा &apos;%1&apos; &quot;languages&quot; में सूचीबद्ध नहीं है</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">&apos;%1&apos; पाठ एक गैर-खाली स्ट्रिंग होना चाहिए</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">लोकेल मैप &apos;%1&apos; में डिफ़ॉल्ट भाषा &apos;%2&apos; नहीं है</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">फ़ाइल पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">फ़ाइल लिखी नहीं जा सकी (जाँचें कि उसके फ़ोल्डर में लिखा जा सकता है)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">प्रतिलिपि पूरी तरह लिखी नहीं जा सकी (क्या डिस्क भर गई है?)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[अनुवाद नहीं हुआ — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[%1 में अनुवाद नहीं हुआ]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">नोट: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">मौजूद संकेतक: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">; अनुत्तरित प्रश्नों को मिलाकर अधिकतम: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">क्या करें:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">गिने गए संकेतक</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">अभी खुले संकेतक</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">प्रश्न जो इस तत्व को तय कर सकते हैं</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(अभी: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">प्रोफ़ाइल: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">यह लागू होती है या नहीं, यह इस पर निर्भर है: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">इस प्रोफ़ाइल में परिणाम:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">अभी कोई पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">; अभी भी हो सकता है: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">खंड के अनुसार उत्तर</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">केसवर्कर के नोट इस सारांश में शामिल नहीं हैं।</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">अभी तक कोई उत्तर दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">प्रश्न</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">उत्तर</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">स्रोत</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">नोट</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(रखा गया; प्रश्न अब लागू नहीं, गिना नहीं गया)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">साक्षात्कार सत्र</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">कोई साक्षात्कार सत्र दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">शुरू</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">समाप्त</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">दुभाषिया</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">साक्षात्कार की भाषा</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1; केसवर्कर का इंटरफ़ेस: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">नहीं</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">समाप्त नहीं हुआ</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1, बिना समीक्षा का मसौदा अनुवाद</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">यह सारांश दो भाषाओं में है: चेकलिस्ट का हर पाठ %1 में दिखता है, और उसके नीचे %2 में।</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">चेकलिस्ट के पाठ %1 में हैं।</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">मसौदा अनुवाद की जाँच किसी मातृभाषी व्यक्ति ने नहीं की है: इसे सावधानी से पढ़ें।</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 ऐसे पाठ को चिह्नित करता है जो चेकलिस्ट में उस भाषा में नहीं है; उसकी जगह बताई गई भाषा वाला पाठ दिखाया जाता है (&quot;%2&quot;: ऊपर की पंक्ति ही पूरा पाठ है)।</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1; दूसरी भाषा: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">भाषाएँ</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">स्क्रीनिंग परिणाम: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(स्तर %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">सशर्त:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">परिणाम अनुत्तरित प्रश्नों पर निर्भर है; नोट देखें।</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">सलाह: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">मामला</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">मामले का कोड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">अंतिम बदलाव</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">चेकलिस्ट</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">चेकलिस्ट आईडी और संस्करण</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">चेकलिस्ट SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">निर्यात किया गया</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">मामले का सारांश %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक मामला। कोई वास्तविक व्यक्ति नहीं।</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">परिणाम तक कैसे पहुँचा गया</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">Lantern द्वारा %1 को निर्यात किया गया।</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">उत्तर दिया गया</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">अज्ञात</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">उत्तर देने से इनकार</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">नहीं पूछा गया</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">लागू नहीं</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">अभी नहीं पूछा गया</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">नहीं</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">इनमें से कोई नहीं</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">स्वयं बताया</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">देखा गया</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">दस्तावेज़</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">तीसरा पक्ष</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">साक्षात्कार</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">साक्षात्कारदाता के लिए · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ पूरा अनुवाद नहीं — कुछ पाठ %1 में</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">मसौदा अनुवाद, समीक्षा नहीं हुई</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">%1 में साक्षात्कारदाता के लिए प्रश्न: %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">नियम का मूल्यांकन करने के लिए पर्याप्त मेमोरी नहीं है</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">नियम का मूल्यांकन नहीं किया जा सका</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">फ़ाइल खाली है; अपेक्षित: एक JSON ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON दस्तावेज़ के अंत के बाद अनपेक्षित पाठ</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">नेस्टिंग %1 स्तरों से अधिक गहरी है</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">फ़ाइल अनपेक्षित रूप से समाप्त हुई; अपेक्षित: एक मान</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">अपेक्षित: एक मान; JSON में अंत में अतिरिक्त कॉमा की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">अमान्य मान; JSON में true, false और null छोटे (lower-case) अक्षरों में, और पाठ डबल कोट्स में लिखा जाता है</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">अपेक्षित: एक मान (ऑब्जेक्ट, ऐरे, स्ट्रिंग, संख्या, true, false या null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">अमान्य लिटरल; अपेक्षित: %1 (JSON में पाठ वाले मान डबल कोट्स में होने चाहिए)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">अमान्य संख्या; शुरुआत में शून्य की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">अमान्य संख्या</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">अमान्य संख्या; दशमलव बिंदु के बाद अंक अपेक्षित हैं</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">अमान्य संख्या; घातांक (exponent) में अंक अपेक्षित हैं</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">संख्या बहुत बड़ी है</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">अमान्य \u एस्केप; चार हेक्साडेसिमल अंक अपेक्षित हैं</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">अधूरी स्ट्रिंग</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">स्ट्रिंग में अमान्य एस्केप अनुक्रम &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u एस्केप में बिना जोड़ी का सरोगेट</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">स्ट्रिंग में अमान्य UTF-8; फ़ाइल को UTF-8 में सहेजें</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">अधूरी स्ट्रिंग; समापन &apos;&quot;&apos; अपेक्षित है</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">अधूरी स्ट्रिंग; पंक्ति के अंत से पहले समापन &apos;&quot;&apos; अपेक्षित है</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">स्ट्रिंग में नियंत्रण वर्ण (control character); इसे \t जैसे एस्केप के रूप में लिखें</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">अपेक्षित: एक मेंबर का नाम; JSON में अंत में अतिरिक्त कॉमा की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">अपेक्षित: डबल कोट्स में एक मेंबर का नाम</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">मेंबर के नाम के बाद &apos;:&apos; अपेक्षित है</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">फ़ाइल अनपेक्षित रूप से समाप्त हुई; &apos;}&apos; अपेक्षित है</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">ऑब्जेक्ट के मेंबर के बाद &apos;,&apos; या &apos;}&apos; अपेक्षित है</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">फ़ाइल अनपेक्षित रूप से समाप्त हुई; &apos;]&apos; अपेक्षित है</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">ऐरे के आइटम के बाद &apos;,&apos; या &apos;]&apos; अपेक्षित है</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">उत्तर</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Lantern छिपाए जाने के कारण लॉक हो गया।</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n मिनट तक कोई गतिविधि न होने पर लॉक किया गया।</numerusform>
            <numerusform>%n मिनट तक कोई गतिविधि न होने पर लॉक किया गया।</numerusform>
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
        <translation type="unfinished">छिपा हुआ है। Lantern को फिर से दिखाने के लिए F12 दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">डेटाबेस(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">नया डेटाबेस(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">डेटाबेस खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">लॉक करें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">बैकअप से पुनर्स्थापित करें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">सेटिंग्स(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">संपादित करें(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">उत्तर पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">उत्तर फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">मामला(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">पिछली बार इस्तेमाल किया गया डेटाबेस, %1, अब वहाँ नहीं है। नया डेटाबेस बनाएँ या कोई दूसरा खोलें।</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">डेटाबेस नहीं बनाया गया: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">मामला डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern डेटाबेस (*.lantern);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">यह डेटाबेस नहीं खोला जा सकता: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">सबसे हाल का सही बैकअप बहाल करें</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">डेटाबेस का पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">अनलॉक नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">इस डेटाबेस का अभी कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">डेटाबेस को बैकअप %1 से बदलें? मौजूदा फ़ाइल पहले बैकअप के रूप में रख ली जाती है।</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">बैकअप बहाल कर दिया गया। इसे उस पासफ़्रेज़ से अनलॉक करें जो बैकअप लेते समय डेटाबेस का था।</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">बैकअप बहाल नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — प्रशिक्षण (काल्पनिक मामले)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">जाँच-सूचियाँ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">जाँच-सूचियाँ देखें(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">जाँच-सूची प्रस्तुत करें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">जाँच-सूची आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">जाँच-सूची आयात करें</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern चेकलिस्टें (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">प्रशिक्षण(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र रीसेट करें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">अभ्यास शुरू करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">केस स्टडी दिखाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">आदर्श उत्तर से तुलना करें(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">इस मामले की आदर्श उत्तर से तुलना नहीं की जा सकती: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">हल किया गया उदाहरण</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">लॉक हो गया।</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र नहीं बनाया जा सका: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र रीसेट करें</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र को उसकी मूल केस स्टडी वाली स्थिति में लौटाएँ? इसमें किया गया हर अभ्यास और बदलाव मिटा दिया जाएगा। असली मामलों के डेटाबेस पर कोई असर नहीं पड़ेगा।</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र रीसेट नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र को उसकी केस स्टडी पर रीसेट कर दिया गया।</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">Lantern के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">फिर से कोशिश करें</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">संदेश</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">यह संदेश हटाएँ</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">संदेश हटाएँ</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">नया मामला</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (संस्करण %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, आपके फ़ोल्डर से</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">चेकलिस्ट</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">मामले का कोड</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">मामला शुरू करें(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">मामला शुरू करें</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">चेकलिस्ट(&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">मामले का कोड(&amp;C):</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">कोड अपने-आप बनाया गया है; चाहें तो इसे अपनी फ़ाइल संख्याओं के अनुसार बदल लें। इसमें नाम या पहचान बताने वाला कोई अन्य विवरण न डालें।</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">कोई मान्य चेकलिस्ट नहीं मिली। सेटिंग्स में चेकलिस्ट फ़ोल्डर जाँचें।</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">एक चेकलिस्ट चुनें।</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">मामले का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">किसी दूसरे मामले का कोड पहले से %1 है; कोई अलग कोड चुनें।</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">नोट:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">इस उत्तर के लिए वैकल्पिक नोट</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">नोट</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">स्रोत:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">उत्तर का स्रोत</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">एक संख्या</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1 से %2 तक की संख्या</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">एक संख्या, कम से कम %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">एक संख्या, अधिकतम %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">एक संख्या दर्ज करें, उदाहरण के लिए 42।</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">असमर्थित ऑपरेटर &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; कम से कम 1 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; कम से कम %2 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; 1 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; %2 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; अधिकतम 1 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; अधिकतम %2 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; %2 या %3 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">ऑपरेटर &apos;%1&apos; %2 से %3 आर्ग्युमेंट लेता है</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">नियम बहुत गहराई तक नेस्टेड है</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">प्रोफ़ाइल &apos;%2&apos; का परिणाम &apos;%1&apos; %3 अनिर्धारित तत्वों को देखता है, जो हर संयोजन आज़माने के लिए बहुत अधिक हैं; इसे अनिर्धारित माना जाता है।</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">प्रोफ़ाइल &apos;%2&apos; में परिणाम &apos;%1&apos; के नियम का मूल्यांकन नहीं किया जा सका (%3); इसे अनिर्धारित माना जाता है।</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeReasons</name>
    <message>
        <source>%1 is %2</source>
        <comment>an element and its status: X is met</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 और %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">पहुँचा गया: जब इससे पहले के किसी परिणाम तक नहीं पहुँचा जाता, तब यह लागू होता है।</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">पहुँचा गया, क्योंकि %1।</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">पहुँचा गया: तत्वों की स्थितियों पर इसका नियम सही बैठता है।</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">नहीं पहुँचा गया, क्योंकि %1।</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">नहीं पहुँचा गया: तत्वों की स्थितियों पर इसका नियम सही नहीं बैठता।</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">अभी भी पहुँचा जा सकता है: यह उन तत्वों पर निर्भर है जो अभी खुले हैं (%1)।</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">अभी भी पहुँचा जा सकता है: यह उन तत्वों पर निर्भर है जो अभी खुले हैं।</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">मामला %1 · निर्यात %2 · पृष्ठ %3 / %4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक मामला · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">प्रबल</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमज़ोर</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">नहीं</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">खुला</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नहीं</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">अनिर्धारित</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">ज़रूरत नहीं</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">स्लाइड का शीर्षक</translation>
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
        <translation type="unfinished">प्रस्तुत करने के लिए कुछ नहीं</translation>
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
        <translation type="unfinished">चेकलिस्ट</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">तत्व</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">संकेतक</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">स्रोतों से मिलाकर सत्यापित।</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">समग्र रूप से स्रोतों से मिलाकर सत्यापित नहीं।</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">स्रोत: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">अभी सत्यापित नहीं:</translation>
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
        <translation type="unfinished">प्रश्न</translation>
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
        <translation type="unfinished">आवश्यक</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">संवेदनशील</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">कब पूछा जाता है</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">खंड और प्रश्न</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">हाँ / नहीं</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">%1 विकल्पों में से एक</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">%1 विकल्पों में से कोई भी</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">पाठ</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">तारीख</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">संख्या, %1 से %2 तक</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">संख्या</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">आवश्यक</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ संवेदनशील</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">सावधानी से संभालें; प्रस्तुति में कभी नहीं दिखाया जाता</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">आवश्यक</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">संवेदनशील — नरमी से पूछें</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">अनुवाद नहीं हुआ</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">पूछें</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">पूछें · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">प्रश्न %1: %2 (आवश्यक)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">प्रश्न %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">साक्षात्कारकर्ता के लिए नोट:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">स्वीकार्य उत्तर:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">आपके लिए</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">साक्षात्कारकर्ता के लिए</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">तुरंत छिपाएँ(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">विंडो को तुरंत खाली करें; फिर से दिखाने के लिए F12 दोबारा दबाएँ</translation>
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
        <translation type="unfinished">खंड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">%1 की प्रासंगिकता स्वयं पर निर्भर है; इसे दिखाया जाता है और अनिर्धारित माना जाता है।</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">प्रश्न &apos;%1&apos; के प्रासंगिकता नियम का मूल्यांकन नहीं किया जा सका (%2); इसे दिखाया जाता है और अनिर्धारित माना जाता है।</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">खंड &apos;%1&apos; के प्रासंगिकता नियम का मूल्यांकन नहीं किया जा सका (%2); इसे दिखाया जाता है और अनिर्धारित माना जाता है।</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">बहाल करने के लिए बैकअप चुनें। मौजूदा डेटाबेस फ़ाइल पहले बैकअप के रूप में रख ली जाती है, इसलिए कुछ भी नहीं खोता। बैकअप उसी पासफ़्रेज़ से खुलता है जो बैकअप लेते समय डेटाबेस का था।</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">बैकअप</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">बहाल करें(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2 बैकअप, %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">वेरिएबल का नाम एक लिटरल स्ट्रिंग होना चाहिए</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">नियम का विश्लेषण नहीं किया जा सका</translation>
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
        <translation type="unfinished">%1 %2 से अधिक है</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 कम से कम %2 है</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 %2 से कम है</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 अधिकतम %2 है</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 %2 नहीं है</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 %2 है</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">नहीं</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">पूरा</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">पूरा नहीं</translation>
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
        <translation type="unfinished">कोई उत्तर नहीं</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">कुछ नहीं</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (उत्तर न होने पर %2)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1 में से सबसे बड़ा</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1 में से सबसे छोटा</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">ऋण %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1 का उत्तर हाँ है</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1 में कोई विकल्प चुना गया है</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 0 के अलावा कोई संख्या है</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 का उत्तर दिया गया है</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 %2 से अधिक और %3 से कम है</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 %2 से %3 तक है</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1: पूरा</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1: पूरा नहीं</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 में %2 शामिल है</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 %2 में से एक है</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1 में %2 है</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 %2 में है</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1 में %2 सभी शामिल हैं</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 में %2 में से कोई भी शामिल है</translation>
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
        <translation type="unfinished">एक संवेदनशील प्रश्न</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">कभी नहीं</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">हमेशा</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">, और </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; या </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> और </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> या </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1: पूरा नहीं</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1 का उत्तर हाँ नहीं है</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1 में कोई विकल्प नहीं चुना गया है</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1 का उत्तर नहीं दिया गया है</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">ऐसा नहीं कि %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">ऐसा नहीं कि (%1)</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">यदि %1, तो %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">अन्यथा यदि %1, तो %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">अन्यथा %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2 में से %1 से कम के उत्तर दिए गए हैं</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1 का उत्तर नहीं दिया गया है</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1 में से किसी का उत्तर नहीं दिया गया है</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">सहेजने की स्थिति</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ सहेजा गया</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ सहेजा गया %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ सहेजा नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">प्रोफ़ाइल &apos;%1&apos; के &apos;applies&apos; नियम का मूल्यांकन नहीं किया जा सका (%2); इसकी प्रयोज्यता अनिर्धारित मानी जाती है।</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">अनुत्तरित प्रश्नों के आधार पर प्रोफ़ाइल &apos;%1&apos; का परिणाम अभी भी अधिक गंभीर (%2) हो सकता है।</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">प्रोफ़ाइल &apos;%1&apos; भी लागू हो सकती है (निर्भर है: %2); यदि होती है, तो उसका परिणाम &apos;%3&apos; अधिक गंभीर है।</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">प्रोफ़ाइल &apos;%1&apos; लागू होती है या नहीं, यह अनुत्तरित प्रश्नों पर निर्भर है: %2। फिर भी इसका मूल्यांकन किया गया।</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">इन उत्तरों पर कोई प्रोफ़ाइल लागू नहीं होती, इसलिए कोई समग्र परिणाम नहीं है।</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">अभी तक किसी प्रोफ़ाइल का परिणाम तय नहीं हुआ: हर संभावित परिणाम अभी भी अनुत्तरित प्रश्नों पर निर्भर है।</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">कोई भी प्रोफ़ाइल निश्चित रूप से लागू नहीं होती: समग्र परिणाम उन अनुत्तरित प्रश्नों पर सशर्त है जो तय करते हैं कि कौन-सी प्रोफ़ाइल लागू होती है।</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">संकेतक &apos;%1&apos; के नियम का मूल्यांकन नहीं किया जा सका (%2); इसे खुला माना जाता है।</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern के उपयोगकर्ता जो भी लिपियाँ पढ़ते हैं, उस फ़ॉन्ट में जिससे यह कंप्यूटर उन्हें दिखाता है</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — कोई फ़ॉन्ट नहीं</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">बक्सों के रूप में दिख रहा है: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">मामले का सारांश संग्रहीत नहीं किया गया</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">%2 में से %1 मामले नई खोज के लिए तैयार नहीं किए जा सके (%3); हर मामला अगली बार खोले जाने पर तैयार किया जाएगा</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">खोजने योग्य उत्तर</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">मामलों की सूची किसी मामले को उसके कोड और परिणाम से, और यहाँ टिक किए गए प्रश्नों के उसके उत्तरों से ढूँढती है। ये उत्तर डेटाबेस में एन्क्रिप्टेड रहते हैं; डेटाबेस अनलॉक रहने के दौरान खोज के लिए इन्हें मेमोरी में रखा जाता है। जिन प्रश्नों को चेकलिस्ट संवेदनशील चिह्नित करती है, वे कभी खोजने योग्य नहीं होते।</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (संस्करण %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">चेकलिस्ट</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">वे प्रश्न जिनके उत्तरों में मामलों की सूची खोजती है</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">लागू करें(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">डिफ़ॉल्ट का उपयोग करें(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">उन पाठ प्रश्नों के उत्तर जो संवेदनशील चिह्नित नहीं हैं</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">चेकलिस्ट(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — संवेदनशील, कभी खोजने योग्य नहीं</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">खंड</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down और Ctrl+Page Up से खंडों के बीच जाएँ</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">अब तक के उत्तरों के आधार पर नहीं पूछा जाता</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ सभी %1 के उत्तर दिए गए</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2 में से %1 के उत्तर दिए गए</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">दुभाषिये की मदद ली गई(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">सत्र की स्थिति</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">दुभाषिये की मदद ली गई</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">साक्षात्कार की भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">साक्षात्कार की भाषा</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">वह भाषा जिसमें साक्षात्कार हो रहा है (भाषा कोड, जैसे th)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">साक्षात्कार सत्र शुरू करें या रोकें</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">सत्र दर्ज नहीं किए जा सकते: कोई मामला डेटाबेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">सत्र शुरू करें(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">इस दृश्य के लिए सत्र दर्ज नहीं किए जाते।</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">सत्र रोकें(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">सत्र %1, %2 से चल रहा है</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">सत्र फिर से शुरू करें(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">अभी तक कोई सत्र दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">रुका हुआ — अब तक 1 सत्र।</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">रुका हुआ — अब तक %1 सत्र।</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern छोटा (मिनिमाइज़) या छिपाए जाने पर लॉक करें(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">सेटिंग्स</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> मिनट</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">कभी नहीं</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">कितने मिनट तक कोई गतिविधि न होने पर लॉक हो</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">छोटा (मिनिमाइज़) या छिपाए जाने पर लॉक करें</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">आपकी अपनी चेकलिस्टों का फ़ोल्डर</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">डेस्कटॉप डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">इंटरफ़ेस का फ़ॉन्ट आकार</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">चेकलिस्ट फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">निष्क्रियता के बाद लॉक करें(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">चेकलिस्ट फ़ोल्डर(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">फ़ॉन्ट आकार(&amp;F):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">डेस्कटॉप के अनुसार</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — मसौदा अनुवाद</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">इंटरफ़ेस की भाषा</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">अगल-बगल</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">एक के नीचे एक</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">द्विभाषी प्रश्न</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">साक्षात्कारदाता के पाठ का आकार</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">इंटरफ़ेस की भाषा(&amp;G):</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">द्विभाषी प्रश्न(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">साक्षात्कारदाता के पाठ का आकार(&amp;I):</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">एन्क्रिप्शन लाइब्रेरी शुरू नहीं की जा सकी</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">गलत पासफ़्रेज़</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">पासफ़्रेज़ खाली है</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">डेटाबेस की कुंजी सेटिंग्स क्षतिग्रस्त हैं</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">डेटाबेस लॉक है</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">संग्रहीत डेटा अखंडता जाँच में विफल रहा (छेड़छाड़ की गई या क्षतिग्रस्त)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">डेटाबेस के एन्क्रिप्शन के लिए पर्याप्त मेमोरी नहीं है; दूसरे प्रोग्राम बंद करके फिर से कोशिश करें</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">अभ्यास शुरू करें</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">केस स्टडी पढ़ें, फिर चेकलिस्ट के साथ वैसे ही साक्षात्कार करें जैसे आप काम पर करते हैं। पूरा होने पर अपने उत्तरों की तुलना आदर्श उत्तर से करें।</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">केस स्टडी</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">जैसे समूह 3, या आपका पहला नाम</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">प्रतिभागी या समूह</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">केस स्टडी(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">प्रतिभागी या समूह(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">शुरू करें(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">विषय: %1 · चेकलिस्ट %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">कोई केस स्टडी इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">कोई नाम या समूह दर्ज करें, ताकि प्रशिक्षक अभ्यासों को अलग-अलग पहचान सके।</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 यह केस स्टडी पहले ही शुरू कर चुका है; कोई दूसरा नाम चुनें।</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">नया मामला डेटाबेस बनाएँ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">मौजूदा डेटाबेस खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र खोलें(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern स्क्रीनिंग के मामलों को इस कंप्यूटर पर एक एन्क्रिप्ट किए गए डेटाबेस में रखता है। कुछ भी कहीं नहीं भेजा जाता। शुरू करने के लिए, पासफ़्रेज़ से सुरक्षित डेटाबेस बनाएँ, या पहले से मौजूद डेटाबेस खोलें।</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">प्रशिक्षकों और कार्यशाला प्रतिभागियों के लिए: प्रशिक्षण कार्यक्षेत्र में केवल काल्पनिक केस स्टडी हैं। यह एन्क्रिप्ट नहीं किया गया है और स्पष्ट रूप से चिह्नित है; इसमें कभी भी किसी वास्तविक व्यक्ति का मामला दर्ज न करें।</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र खोलें</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">नया मामला डेटाबेस बनाएँ</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">मौजूदा डेटाबेस खोलें</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">मामले %1 की स्थिति बदलें</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">नई स्थिति</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">बदलाव का कारण</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">स्थिति क्यों बदल रही है, जैसे &quot;राष्ट्रीय रेफ़रल तंत्र को रेफ़र किया गया&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">स्थिति बदलें(&amp;C)</translation>
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
        <translation type="unfinished">मौजूदा स्थिति से अलग कोई स्थिति चुनें।</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">कारण बताएँ: यह मामले के ऑडिट ट्रेल में रखा जाता है।</translation>
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
        <translation type="unfinished">डिस्क भर गई है</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">डेटाबेस फ़ाइल खोली नहीं जा सकती (जाँचें कि उसका फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">कंप्यूटर की मेमोरी खत्म हो गई</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">डेटाबेस ने एक अप्रत्याशित समस्या बताई (कोड %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">यह फ़ाइल Lantern डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">यह डेटाबेस Lantern के नए संस्करण से बनाया गया था (स्कीमा %1); इसे खोलने के लिए Lantern अपडेट करें</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">डेटाबेस केवल पढ़ने योग्य स्थान पर है</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">डेटाबेस Lantern की किसी दूसरी विंडो या प्रक्रिया में खुला है</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">डेटाबेस फ़ाइल क्षतिग्रस्त है; उसे किसी बैकअप से बहाल करें</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">इस पथ पर कोई डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">इस पथ पर पहले से एक फ़ाइल मौजूद है</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">डेटाबेस लॉक है: पहले उसे अनलॉक करें</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">डिस्क से पढ़ा या उस पर लिखा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ प्रबल</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ मध्यम</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ कमज़ोर</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">इस प्रोफ़ाइल में भार नहीं दिया गया</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">संकेतक, तत्व के अनुसार</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">मामले %1 का प्रिंट पूर्वावलोकन</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">उत्तर टाइप करें, फिर Enter दबाएँ</translation>
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
            <numerusform>%n %1 संकेतक</numerusform>
            <numerusform>%n %1 संकेतक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%n %1 संकेतक</numerusform>
            <numerusform>%n %1 संकेतक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 और %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">प्रबल</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">मध्यम</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">कमज़ोर</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">मध्यम या कमज़ोर</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">प्रबल या मध्यम</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">किसी भी प्रबलता के</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">कोई भी संकेतक नहीं</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">किसी भी प्रबलता के %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>किसी भी प्रबलता का %n संकेतक</numerusform>
            <numerusform>किसी भी प्रबलता के %n संकेतक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>किसी भी प्रबलता का %n संकेतक</numerusform>
            <numerusform>किसी भी प्रबलता के %n संकेतक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">कुल %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>कुल %n संकेतक</numerusform>
            <numerusform>कुल %n संकेतक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>कुल %n संकेतक</numerusform>
            <numerusform>कुल %n संकेतक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">किसी भी प्रबलता को भार नहीं दिया गया</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">जब मौजूद संकेतकों का कुल भार कम से कम %1 हो, तब पूरा (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">कभी पूरा नहीं: सीमा में कोई विकल्प नहीं दिया गया</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">%1 होने पर पूरा</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; या </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">प्रशिक्षण — काल्पनिक मामले · एन्क्रिप्ट नहीं · यहाँ कभी किसी वास्तविक व्यक्ति का मामला दर्ज न करें</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">प्रशिक्षण कार्यक्षेत्र: केवल काल्पनिक मामले</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">अनलॉक करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">दूसरा डेटाबेस खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">नया डेटाबेस(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">बैकअप से पुनर्स्थापित करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">मामला डेटाबेस अनलॉक करें</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">डेटाबेस का नाम</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">डेटाबेस फ़ोल्डर</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">अनलॉक करें</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">दूसरा डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">नया डेटाबेस बनाएँ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">%1 में</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">अनलॉक हो रहा है…</translation>
    </message>
</context>
</TS>
