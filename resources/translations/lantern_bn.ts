<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">খোলা</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">মূল্যায়িত</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">রেফার করা হয়েছে</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">বন্ধ</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">এখনো মূল্যায়ন হয়নি</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">ফলাফলের স্তর %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (ডিফল্ট)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">আইডি</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">সংস্করণ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ভাষাসমূহ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ফরম্যাট</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ফাইল</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (Lantern-এর সঙ্গে দেওয়া)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">যাচাইকৃত</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">না — উৎস-বিবরণ দেখুন</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1টি অংশ, %2টি প্রশ্ন (%3টি সংবেদনশীল), %4টি সূচক, %5টি উপাদান, %6টি প্রোফাইল।</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">উপাদানসমূহ এবং প্রতিটি কখন পূরণ হয়</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">এখানে কোনো সূচক বিবেচিত হয় না</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">বিবেচিত: %1টি শক্তিশালী, %2টি মাঝারি, %3টি দুর্বল</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">সম্ভাব্য ফলাফল, ক্রমানুসারে যাচাই করা হয়</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">স্তর %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">উৎসের সঙ্গে মিলিয়ে যাচাইকৃত হিসেবে চিহ্নিত।</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">যাচাই হয়নি: এই চেকলিস্টের কিছু অংশ এখনো উৎসের সঙ্গে মিলিয়ে দেখতে হবে।</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">উৎসসমূহ</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">কোনো কিছু অযাচাইকৃত হিসেবে চিহ্নিত নয়।</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">এখনো অযাচাইকৃত (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">সামগ্রিকভাবে: ওপরের নোট দেখুন।</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">প্রশিক্ষকের জন্য HTML প্রতিবেদন (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV সারণি, প্রতিটি সূচকের জন্য এক সারি (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON, তুলনার সবকিছু (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">প্রশিক্ষকের জন্য তুলনাটি এক্সপোর্ট করুন</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">সামগ্রিক</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">আদর্শ উত্তর: %1; আপনার: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">যে উত্তরগুলো ভিন্ন</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">আপনি আদর্শ উত্তরের মতোই উত্তর দিয়েছেন।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">প্রশ্ন</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">আদর্শ উত্তর</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">আপনার</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(খোলা রাখা হয়েছে)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">একটি পাসফ্রেজ বেছে নিন: মনে রাখা যায় এমন কয়েকটি শব্দ টাইপ করা সহজ এবং অনুমান করা কঠিন।</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">খুব ছোট: অন্তত %1টি অক্ষর ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">দুর্বল: এটি অনুমান করা যেতে পারে। আরও কয়েকটি শব্দ যোগ করুন।</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">মোটামুটি: গ্রহণযোগ্য, তবে আরও এক-দুটি শব্দ যোগ করলে এটি অনেক বেশি শক্তিশালী হবে।</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">শক্তিশালী: এটি অনুমান করতে অনেক দীর্ঘ সময় লাগবে।</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">একটি সংবেদনশীল প্রশ্নে জিজ্ঞাসা করা হয়, এখানে দেখানো হয় না</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">1টি সংবেদনশীল প্রশ্ন, এখানে দেখানো হয়নি</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">%1টি সংবেদনশীল প্রশ্ন, এখানে দেখানো হয়নি</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">এই প্রোফাইলে 1টি সূচক</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">এই প্রোফাইলে %1টি সূচক</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">%3টির মধ্যে %1–%2 নম্বর সূচক</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">শক্তিশালী সূচক</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">মাঝারি সূচক</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">দুর্বল সূচক</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">এই প্রোফাইলে এর কোনো সূচক গণ্য হয় না।</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">কীভাবে নির্ধারিত হয়</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">এগুলোর যেকোনো একটি পাওয়া গেলে পূরণ হয়</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">কোনো উদাহরণ-উত্তর নেই: এই ধাপে কেবল নিয়মটি দেখানো হয়।</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">উদাহরণ-উত্তরগুলো</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">%1 অনুযায়ী</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">পাওয়া সূচক</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">কিছুই পাওয়া যায়নি</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>%n টি এখনও খোলা: </numerusform>
            <numerusform>%n টি এখনও খোলা: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; এবং আরও %n টি</numerusform>
            <numerusform>; এবং আরও %n টি</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">সীমার সঙ্গে তুলনা</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">পাওয়া গেছে: %1টি শক্তিশালী, %2টি মাঝারি, %3টি দুর্বল</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">এই প্রোফাইল এর কোনো সূচক বিবেচনা করে না।</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">স্কোর %1, প্রয়োজন %2</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — পৌঁছেছে</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — প্রয়োজন %2</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: অনির্ধারিত — উত্তর না পাওয়া প্রশ্নগুলো এখনো এটি নির্ধারণ করতে পারে</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">%2টির মধ্যে ফলাফল %1 · স্তর %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">নিয়ম</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">যে উপাদানগুলো বিবেচনা করে</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">প্রয়োজন হয়নি: এর আগের একটি ফলাফলে পৌঁছানো গেছে। %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">এটিই ফলাফল। %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">সম্ভাব্য ফলাফলগুলো ক্রমানুসারে যাচাই করা হয়; প্রথম যেটিতে পৌঁছানো যায় সেটিই ফলাফল।</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">“%1” চেকলিস্টে উপস্থাপনের জন্য “%2” নামে কোনো প্রোফাইল নেই।</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · সংস্করণ %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">এই প্রোফাইল কার জন্য</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">কী বিবেচনা করা হয়, ক্রমানুসারে</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">সমাধানকৃত উদাহরণ: %1 — এই প্রোফাইল প্রযোজ্য</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">সমাধানকৃত উদাহরণ: %1 — এই প্রোফাইল প্রযোজ্য নয়, তবে এর সঙ্গে দেখানো হয়েছে</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">সমাধানকৃত উদাহরণ: %1 — এই প্রোফাইল প্রযোজ্য হতে পারে (যে উত্তরের ওপর এটি নির্ভর করে তা খোলা)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">একটি স্ক্রিনিং সহায়িকা, কোনো রায় নয়: এটি দেখায় কোন সূচকগুলো পাওয়া গেছে এবং আনুষ্ঠানিক শনাক্তকরণের জন্য রেফার করতে হবে কি না।</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">ফলাফল: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">পৌঁছেছে: স্তর %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">করণীয়</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">ফলাফল: এখনো কোনোটিতে পৌঁছানো যায়নি</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">উদাহরণ-উত্তরগুলোতে কোনো ফলাফলে পৌঁছানো যায় না</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">এখনো হতে পারে</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">এই প্রোফাইল উদাহরণ-উত্তরগুলোর ক্ষেত্রে প্রযোজ্য নয়; ফলাফলটি দেখায় এর নিয়মগুলো সেগুলোকে কীভাবে বিচার করত।</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">এই প্রোফাইল প্রযোজ্য কি না, তা একটি খোলা উত্তরের ওপর নির্ভর করে।</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">শক্তিশালী</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">মাঝারি</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">দুর্বল</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">পূরণ হয়নি</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">অনির্ধারিত</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">অব্যাহত</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · অব্যাহত</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">পূর্বাবস্থায় ফেরান(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">পুনরায় করুন(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">কাটুন(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">পেস্ট করুন(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ঠিক আছে</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">সব সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">খোলা</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">হ্যাঁ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">সবগুলোর জন্য হ্যাঁ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">না(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">সবগুলোর জন্য না(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">থামান</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">উপেক্ষা করুন</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">বাতিল</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">বাদ দিন</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">সহায়তা</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">রিসেট করুন</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">ডিফল্ট পুনরুদ্ধার করুন</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">পূর্বাবস্থায় ফেরান(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">পুনরায় করুন(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">কাটুন(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">লিঙ্কের ঠিকানা কপি করুন(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">পেস্ট করুন(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">অজানা আর্গুমেন্ট &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training ও --database একসঙ্গে ব্যবহার করা যায় না</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">একজন মাতৃভাষী পর্যালোচনা করেছেন (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">একজন মাতৃভাষী পর্যালোচনা করেছেন</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">ইন্টারফেসের ভাষা</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">চেকলিস্টের ভাষা</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Lantern সম্পর্কে</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">সংস্করণ %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">সংস্করণ</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">মানব পাচারের শিকার হতে পারেন এমন ব্যক্তিদের সংস্পর্শে আসা কেসওয়ার্কারদের জন্য স্ক্রিনিং চেকলিস্ট। কেসগুলো এই কম্পিউটারে এনক্রিপ্ট করা অবস্থায় থাকে।</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">GNU General Public License, সংস্করণ 3 বা পরবর্তী যেকোনো সংস্করণের অধীনে মুক্ত সফটওয়্যার। এর সঙ্গে কোনো ওয়ারেন্টি নেই।</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">লাইসেন্স</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">কোনো অনুবাদের পর্যালোচনায় অবদান রাখতে docs/translations.md দেখুন: Qt Linguist-এ পর্যালোচনা করুন, তারপর এর এন্ট্রিগুলো সম্পন্ন (finished) হিসেবে চিহ্নিত করুন।</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">কীভাবে পর্যালোচনায় অবদান রাখবেন</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">ডেভেলপমেন্ট বিল্ড</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ভাষা</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">অবস্থা</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">মূল</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">খসড়া — এখনো কোনো মাতৃভাষী পর্যালোচনা করেননি</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">চেকলিস্ট ও ভাষা</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">সংস্করণ %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">উত্তরগুলো পড়া যায়নি</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">প্রশ্ন &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">প্রত্যাশিত: হ্যাঁ বা না</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">প্রত্যাশিত: এর বিকল্প-আইডিগুলোর একটি</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">প্রত্যাশিত: বিকল্প-আইডির একটি তালিকা</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos; এর বিকল্প-আইডিগুলোর একটি নয়</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">প্রত্যাশিত: লেখা</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">প্রত্যাশিত: একটি সংখ্যা</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 সর্বনিম্ন মান %2-এর চেয়ে কম</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 সর্বোচ্চ মান %2-এর চেয়ে বেশি</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">প্রত্যাশিত: YYYY-MM-DD আকারে একটি তারিখ</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">অসমর্থিত প্রশ্নের ধরন</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">উত্তরে অজানা ফিল্ড &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">উত্তরের অজানা অবস্থা &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; অবস্থার সঙ্গে কোনো মান দেওয়া যায় না</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">উত্তর-ফাইলে অজানা ফিল্ড &apos;%1&apos; (শুধু &quot;answers&quot; প্রত্যাশিত)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">উত্তর-ফাইলে অবশ্যই &quot;answers&quot; নামে একটি অবজেক্ট থাকতে হবে</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">অজানা প্রশ্ন &apos;%1&apos; (%2 চেকলিস্টে নেই)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">অজানা</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">বলতে চাননি</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">জিজ্ঞাসা করা হয়নি</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">শর্টকাট: প্রশ্নটি ফোকাসে থাকলে %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — এই প্রশ্নটি ফোকাসে থাকলে %2 চাপুন</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">অজানা</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">বলতে চাননি</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">জিজ্ঞাসা করা হয়নি</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">উত্তর দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">কোনো বিকল্পই নয়</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">নিজের বক্তব্য</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">পর্যবেক্ষণ</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">নথি</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">তৃতীয় পক্ষ</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">“%1”-এর উত্তর</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">প্রশ্ন &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">উত্তর অবশ্যই হ্যাঁ বা না হতে হবে</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">প্রশ্নের বিকল্পগুলোর একটি বেছে নিন</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">উত্তর অবশ্যই প্রশ্নের বিকল্পগুলোর একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos; প্রশ্নের বিকল্পগুলোর একটি নয়</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">&apos;%1&apos; দুবার বেছে নেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">উত্তর অবশ্যই লেখা হতে হবে</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">উত্তর অবশ্যই একটি সংখ্যা হতে হবে</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 সর্বনিম্ন অনুমোদিত মান %2-এর চেয়ে কম</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 সর্বোচ্চ অনুমোদিত মান %2-এর চেয়ে বেশি</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">উত্তর অবশ্যই YYYY-MM-DD আকারে লেখা একটি তারিখ হতে হবে</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">এই ধরনের প্রশ্নের উত্তর এখানে দেওয়া যায় না</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">এখানে এই উত্তর দেওয়া যায় না</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">%2 চেকলিস্টে &apos;%1&apos; নামে কোনো প্রশ্ন নেই</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; অবস্থার সঙ্গে কোনো মান দেওয়া যায় না</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ পূরণ হয়নি</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ অনির্ধারিত</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">দেওয়া উত্তর অনুযায়ী প্রযোজ্য নয়: %1।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">নোট</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">প্রযোজ্য হতে পারে — নির্ভর করে: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">এখানে ফলাফল: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">এখনো কোনোটিতে পৌঁছানো যায়নি</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">এখনো হতে পারে: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">বর্তমান: %1; উত্তর না পাওয়া প্রশ্নসহ সর্বোচ্চ %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">করণীয়:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">যে উত্তর না পাওয়া প্রশ্নগুলো এটি নির্ধারণ করতে পারে:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">স্ক্রিনিং ফলাফল</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">পরামর্শ</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">এই ফলাফলের অর্থ</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">মূল্যায়নের বিস্তারিত</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">উপাদান, গণনা করা সূচক ও উত্তর না পাওয়া প্রশ্ন; Tab চেপে প্রশ্নের লিংকগুলোর মধ্যে যাওয়া যায়</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">কোনো কেস খোলা নেই</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">এখনো কোনো ফলাফলে পৌঁছানো যায়নি</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">ব্যক্তির নিজের গতিতে এগিয়ে যান; নিচের উত্তর না পাওয়া প্রশ্নগুলো ফলাফল বদলে দিতে পারে।</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">ফলাফলটি শর্তসাপেক্ষ: কোন প্রোফাইল প্রযোজ্য তা এখনো উত্তর না পাওয়া প্রশ্নের ওপর নির্ভর করে।</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">এটি একটি স্ক্রিনিং ফলাফল, শনাক্তকরণ নয়: এটি দেখায় উত্তরগুলোতে কোন সূচক রয়েছে এবং এরপর কী করতে হবে। কোনো ব্যক্তি মানব পাচারের শিকার কি না, তা কেবল একটি আনুষ্ঠানিক শনাক্তকরণ প্রক্রিয়াই নির্ধারণ করতে পারে।</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">পূরণ হয়নি</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">অনির্ধারিত</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">%1টি শক্তিশালী</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">%1টি মাঝারি</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">%1টি দুর্বল</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">কোনোটি নয়</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">প্রযোজ্য</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">শক্তিশালী</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">মাঝারি</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">দুর্বল</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">কেস %1-এর অডিট ট্রেইল</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">অডিট ঘটনা</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">কখন</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">কী</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">প্রশ্ন</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">পরিবর্তন</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">বিস্তারিত</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(কিছু নেই)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">তৈরি হয়েছে</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">উত্তর পরিবর্তিত</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">নোট সম্পাদিত</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">অবস্থা পরিবর্তিত</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">এক্সপোর্ট করা হয়েছে</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">আনলক করা হয়েছে</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">লক করা হয়েছে</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">পাসফ্রেজ পরিবর্তন করা হয়েছে</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">অডিট ট্রেইল পড়া যায়নি</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">ব্যাকআপ লেখা হয়নি</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">ব্যাকআপ ফাইলটি ক্ষতিগ্রস্ত; অন্য একটি ব্যাকআপ বেছে নিন</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">ব্যাকআপ ফোল্ডার %1 তৈরি করা যাচ্ছে না (ডেটাবেসের ফোল্ডারে লেখা যায় কি না দেখে নিন)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">ব্যাকআপ ফোল্ডার %1 শুধু পড়া যায়, এতে লেখা যায় না</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">ব্যাকআপ ফোল্ডারটি পড়া যাচ্ছে না</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">ব্যাকআপটির নাম দেওয়া যায়নি</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">ব্যাকআপের ফোল্ডারটি নেই</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">এই পাথে কোনো ব্যাকআপ নেই</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">ব্যাকআপ ফাইলটি পড়া যাচ্ছে না (এর অনুমতি দেখে নিন)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">ব্যাকআপটি পড়া যায়নি</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">ব্যাকআপ ফোল্ডার থেকে পুরোনো ব্যাকআপগুলো মুছে ফেলা যায়নি</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">চেকলিস্টটি কোনো ফাইল থেকে লোড করা হয়নি, তাই এটিকে কেসের সঙ্গে স্থায়ীভাবে যুক্ত (পিন) করা যায় না</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">এই কেসের সঙ্গে সংরক্ষিত চেকলিস্টটি ক্ষতিগ্রস্ত; একটি ব্যাকআপ পুনরুদ্ধার করুন</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">স্ক্রিনিং ফলাফল (স্তর %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">কেস</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">চেকলিস্ট</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">অবস্থা</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">সর্বশেষ পরিবর্তন</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">স্ক্রিনিং ফলাফল</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">নতুন কেস(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">খুলুন(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">অবস্থা পরিবর্তন(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">অডিট ট্রেইল(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">সারসংক্ষেপ এক্সপোর্ট(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">নির্বাচিত কেস এক্সপোর্ট(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">কেস কোড, ফলাফল বা লিপিবদ্ধ লেখা দিয়ে খুঁজুন</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">কেস খুঁজুন</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">অবস্থা অনুযায়ী ফিল্টার</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">সব অবস্থা</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">দেখানো কেসের সংখ্যা</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">কেসসমূহ</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">খুঁজুন(&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">অবস্থা(&amp;U):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n টি কেস</numerusform>
            <numerusform>%n টি কেস</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">কেসটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">কেসগুলো পড়া যায়নি</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">চেকলিস্টটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">চেকলিস্টটি পড়া যায়নি</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">কেসটি তৈরি হয়নি</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">সেশনটি সংরক্ষিত হয়নি</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">ডেটাবেস তৈরি হয়নি</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">ডেটাবেস সম্পূর্ণ তৈরি হয়নি; আবার তৈরি করুন</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">ডেটাবেস খোলা যায়নি</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">এনক্রিপ্ট করা ডেটাবেসের জন্য একটি আনলক করা ডেটা-চাবি দরকার</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">এটি একটি এনক্রিপ্ট না করা প্রশিক্ষণ ডেটাবেস; এর কোনো পাসফ্রেজ নেই</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">ডেটাবেস আনলক হয়নি</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">এই ডেটাবেসটি এনক্রিপ্ট করা: এর পাসফ্রেজ লিখুন</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">এই ডেটাবেসে এমন কোনো কেস নেই</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">চেকলিস্টটি এর SHA-256-এর সঙ্গে মেলে না; এটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">চেকলিস্টটি বৈধ নয়; এটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">চেকলিস্টটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">কেসটির চেকলিস্ট এই ডেটাবেসে সংরক্ষিত নেই</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">কেসটি তৈরি হয়নি</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">কেস কোড খালি রাখা যায় না</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">কেস কোড পরিবর্তন করা হয়নি</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">অবস্থা পরিবর্তন করা হয়নি</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">সেশনটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">উত্তরের জন্য একটি প্রশ্ন দরকার</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">উত্তরটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">উত্তরটির সাক্ষাৎকারের সেশন অন্য একটি কেসের</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">উত্তরগুলো পড়া যায়নি</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">বর্তমান ডেটাবেসটি ব্যাকআপ হিসেবে রাখা যায়নি (%1); কিছুই পুনরুদ্ধার করা হয়নি</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">একটি ব্যাকআপ ফাইল বেছে নিন, ডেটাবেসটি নিজে নয়</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">কিছুই পুনরুদ্ধার করা হয়নি</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">ডেটাবেসটি প্রতিস্থাপন করা যায়নি</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">কিছুই পুনরুদ্ধার করা হয়নি (বর্তমান ফাইলটি ব্যাকআপ ফোল্ডারে রাখা আছে)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">এটি একটি এনক্রিপ্ট না করা প্রশিক্ষণ ডেটাবেস; এর কোনো পাসফ্রেজ নেই</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">পাসফ্রেজ পরিবর্তন করা হয়নি</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">ডেটাবেসের চাবির সেটিংস পাওয়া যাচ্ছে না</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">এক্সপোর্টের জন্য একটি ফরম্যাট দরকার</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">এক্সপোর্টটি লিপিবদ্ধ করা হয়নি</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">ডেটাবেস আপগ্রেড করার আগের ব্যাকআপ ব্যর্থ হয়েছে (%1); ব্যাকআপ ছাড়াই ডেটাবেস আপগ্রেড করা হয়েছে</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">স্বয়ংক্রিয় দৈনিক ব্যাকআপ ব্যর্থ হয়েছে: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (%2 তারিখের একটি ভালো ব্যাকআপ পুনরুদ্ধার করা যায়)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">কেস তালিকার এন্ট্রি হালনাগাদ করা হয়নি</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">অনুসন্ধানযোগ্য উত্তরগুলো পড়া যায়নি</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">অনুসন্ধানযোগ্য উত্তরগুলো পরিবর্তন করা হয়নি</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">কেস স্টাডি %1 — কাল্পনিক</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">কেস স্টাডির বিবরণ</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">কেসটি পড়া যায়নি</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">কেস তালিকা পড়া যায়নি</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">নতুন কেস(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">কেস তালিকায় ফিরে যান(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">অবস্থা পরিবর্তন(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">অডিট ট্রেইল(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">কেস তালিকায় ফিরে যান</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">কেস খুলুন</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">কেসটি খোলা যায়নি: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">কেস %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">কেসটি তৈরি হয়নি: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">অবস্থা পরিবর্তন হয়নি: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">কেস %1-এর অবস্থা এখন: %2।</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">অডিট ট্রেইল পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">অনুসন্ধানযোগ্য উত্তর(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>কেস তালিকা এখন বেছে নেওয়া উত্তরগুলোতে খোঁজে (%n টি কেস প্রস্তুত করা হয়েছে)।</numerusform>
            <numerusform>কেস তালিকা এখন বেছে নেওয়া উত্তরগুলোতে খোঁজে (%n টি কেস প্রস্তুত করা হয়েছে)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">অন্তর্ভুক্ত</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">1টি সমস্যা</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">%1টি সমস্যা</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — বৈধ নয়, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">এই চেকলিস্ট উপস্থাপন করুন(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">পাওয়া চেকলিস্ট</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">ফাইলে পাওয়া সমস্যা</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">কোনো চেকলিস্ট পাওয়া যায়নি।</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">প্রোফাইল(&amp;R):</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">উপস্থাপনের প্রোফাইল</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 বৈধ চেকলিস্ট নয় এবং ব্যবহার করা যাবে না। এই সমস্যাগুলো ঠিক করে তালিকাটি আবার খুলুন:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">চেকলিস্ট</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">সংক্ষিপ্ত বিবরণ</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">সহজ ভাষায় স্কোরিং</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">উৎস-বিবরণ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ভাষা(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">চেকলিস্টের লেখার ভাষা</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">প্রোফাইল অনুযায়ী সূচকের শক্তি</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">সংক্ষিপ্ত বিবরণ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">প্রশ্ন(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">সূচক(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">স্কোরিং(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">উৎস-বিবরণ(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 ইতিমধ্যে ইনস্টল করা আছে; কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 ভিন্ন বিষয়বস্তু নিয়ে ইতিমধ্যে ইনস্টল করা আছে। নতুন ফাইলটিকে একটি উচ্চতর সংস্করণ নম্বর দিন: %2 দিয়ে শুরু হওয়া কেসগুলো সেটির সঙ্গেই স্থায়ীভাবে যুক্ত (পিন) থাকে।</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">%1 ফোল্ডারটি তৈরি করা যাচ্ছে না।</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 চেকলিস্ট ফোল্ডারে ইতিমধ্যে আছে এবং লোড হয় না; আগে এটি অন্য কোথাও সরিয়ে নিন।</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 লেখা যায়নি: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2 চেকলিস্ট ফোল্ডারে যোগ করা হয়েছে।</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 বৈধ চেকলিস্ট নয় (1টি সমস্যা); কিছুই যোগ করা হয়নি।</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 বৈধ চেকলিস্ট নয় (%2টি সমস্যা); কিছুই যোগ করা হয়নি।</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1 (সংস্করণ %2) যোগ করা হয়েছে। নতুন কেস শুরু করার সময় এটি বেছে নেওয়া যাবে; ইতিমধ্যে শুরু হওয়া কেসগুলো যে চেকলিস্ট দিয়ে শুরু হয়েছিল সেটিই রাখবে।</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (সংস্করণ %2) একই বিষয়বস্তুসহ আগে থেকেই ইনস্টল করা আছে। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">এই ফাইলটি বৈধ চেকলিস্ট নয়, তাই যোগ করা হয়নি। নিচের সমস্যাগুলো (ফাইলের লাইন ও কলাম) ঠিক করে আবার ইমপোর্ট করুন।</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">চেকলিস্টটি যোগ করা হয়নি: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">চেকলিস্ট ইমপোর্ট করা হয়েছে</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">চেকলিস্ট ইমপোর্ট করা হয়নি</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">চেকলিস্ট ফাইলে পাওয়া সমস্যা</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">ফাইলটি পড়া যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">ফাইলটি %1 MiB-এর চেয়ে বড়; এটি কোনো চেকলিস্ট নয়</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">পুনরাবৃত্ত মেম্বার &apos;%1&apos;; একটি অবজেক্টে একটি নাম কেবল একবারই থাকতে পারে</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">অসমর্থিত ফরম্যাট &apos;%1&apos;; Lantern-এর এই সংস্করণ %2 পড়তে পারে</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">অবৈধ চেকলিস্ট আইডি &apos;%1&apos;: ছোট হাতের ইংরেজি অক্ষর, অঙ্ক, &apos;_&apos; ও &apos;-&apos; ব্যবহার করুন, শুরুতে একটি অক্ষর থাকবে</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">সংস্করণ &apos;%1&apos; MAJOR.MINOR.PATCH আকারে নেই, যেমন 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">ভাষা অবশ্যই &quot;en&quot; বা &quot;th&quot;-এর মতো একটি কোড হতে হবে</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">ভাষা &apos;%1&apos; দুবার তালিকাভুক্ত</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos; ভাষাগুলোর (%2) একটি নয়</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">পুনরাবৃত্ত %1 আইডি &apos;%2&apos;; প্রথম সংজ্ঞায়িত হয়েছে এখানে: {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; অবশ্যই এমন একটি অবজেক্ট হতে হবে যার কী হলো ভাষা কোড</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos; চেকলিস্টের ভাষাগুলোর একটি নয়</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">অনুবাদের অবস্থা অবশ্যই &quot;draft&quot; বা &quot;reviewed&quot; হতে হবে, &quot;%1&quot; নয়</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">অজানা প্রশ্নের ধরন &apos;%1&apos;; প্রত্যাশিত: yesno, single, multi, text, number বা date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos; কেবল সংখ্যার প্রশ্নে অনুমোদিত</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; &apos;max&apos;-এর চেয়ে বড়</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; কেবল single ও multi প্রশ্নে অনুমোদিত</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 প্রশ্নের জন্য আবশ্যক ফিল্ড &apos;options&apos; নেই</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">অজানা গ্রুপ &apos;%1&apos;; প্রত্যাশিত: act, means বা purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">সীমা অবশ্যই {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} বা {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} হতে হবে</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">ওজন ঋণাত্মক হতে পারবে না</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; অবশ্যই 0-এর চেয়ে বড় হতে হবে</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">সীমার প্রতিটি বিকল্প অবশ্যই ন্যূনতম সংখ্যার একটি অবজেক্ট হতে হবে, যেমন {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">সীমায় অজানা শক্তি &apos;%1&apos;; প্রত্যাশিত: strong, medium, weak, medium_or_weak, strong_or_medium বা any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">ন্যূনতম সংখ্যা অবশ্যই অন্তত 1-এর সমান একটি পূর্ণসংখ্যা হতে হবে</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos;-এ অন্তত একটি প্রোফাইল আইডিকে strong, medium বা weak-এর সঙ্গে যুক্ত করতে হবে</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">অজানা শক্তি &apos;%1&apos;; প্রত্যাশিত: strong, medium বা weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">একটি ট্রিগারে হয় &apos;any_of&apos; নয়তো &apos;min&apos;/&apos;max&apos; থাকবে, দুটোই নয়</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos;-এর জন্য single, multi বা text প্রশ্ন দরকার</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; &apos;max&apos;-এর চেয়ে বড়</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos;-এর জন্য সংখ্যার প্রশ্ন দরকার</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">সাধারণ ট্রিগারের জন্য yesno প্রশ্ন দরকার; বিকল্পের জন্য &apos;any_of&apos; ব্যবহার করুন</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">অজানা উপাদান &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">অজানা প্রোফাইল &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">অজানা উৎস &apos;%1&apos;; এটি provenance.sources-এ তালিকাভুক্ত করুন</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">অজানা প্রশ্ন &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">প্রশ্ন &apos;%1&apos; একটি %2 প্রশ্ন: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">মেলানোর জন্য লিখিত উত্তর অবশ্যই একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; প্রশ্ন &apos;%2&apos;-এর কোনো বিকল্প নয়</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">নিয়মটি &apos;%1&apos; বিবেচনা করে, যা এই চেকলিস্টের কোনো প্রশ্ন নয়</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">ফলাফলের নিয়মটি &apos;%1&apos; বিবেচনা করে, যা এই চেকলিস্টের কোনো উপাদান নয়</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">প্রাসঙ্গিকতার চক্র: প্রশ্ন &apos;%1&apos; দেখানো হবে কি না তা এর নিজের উত্তরের ওপরই নির্ভর করে (এর অংশের বা এর নিজের নিয়মের মাধ্যমে)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">প্রাসঙ্গিকতার চক্র: %1</translation>
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
        <translation type="unfinished">সবার ক্ষেত্রে প্রযোজ্য</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">প্রযোজ্য, যখন %1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">অন্য সব ক্ষেত্রে এই ফলাফলে পৌঁছানো যায়</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">এই ফলাফলে পৌঁছানো যায়, যখন %1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">সবসময় জিজ্ঞাসা করা হয়</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">কেবল তখনই জিজ্ঞাসা করা হয়, যখন %1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1-এর উত্তর হ্যাঁ</translation>
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
        <translation type="unfinished">%1-এ %2 অন্তর্ভুক্ত</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1-এ %2-এর যেকোনোটি অন্তর্ভুক্ত</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1-এর উত্তর %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1-এর উত্তর %2-এর মধ্যে একটি</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 %2 থেকে %3-এর মধ্যে</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 অন্তত %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 সর্বোচ্চ %2</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1-এর উত্তর দেওয়া হয়েছে</translation>
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
        <translation type="unfinished">আপনার উত্তরে %1 (%2) বাদ পড়েছে; আদর্শ উত্তরে এটি %3 থেকে লিপিবদ্ধ করা হয়েছে।</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">আপনি %1 খোলা রেখেছেন: এটি “না” নয়, কিন্তু প্রশ্নটি জিজ্ঞাসা না করা পর্যন্ত সূচকটি গণ্য হতে পারে না।</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">আপনি উত্তর দিয়েছেন %1।</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">আপনি লিপিবদ্ধ করেছেন %1।</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">আপনার উত্তরে এর প্রশ্নটি দেখানো হয়নি, কারণ আপনি লিপিবদ্ধ করেছেন %1 (আদর্শ উত্তর: %2)।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">আপনি %3 থেকে %1 (%2) যোগ করেছেন; আদর্শ উত্তরে এটি খোলা রাখা হয়েছে (%4)।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">আপনি %3 থেকে %1 (%2) যোগ করেছেন; আদর্শ উত্তরে বলা হয়েছে %4।</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">আপনি %3 থেকে %1 (%2) যোগ করেছেন; আদর্শ উত্তরে আছে %4।</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">আপনার উত্তরে %1: %2 (আদর্শ উত্তরে: %3), তাই এর অবস্থা “%5” নয়, “%4”।</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">আপনি যে প্রশ্নগুলো খোলা রেখেছেন, সেগুলো এখনো এটি নির্ধারণ করতে পারে: %1।</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">তবুও উভয় পক্ষেই %1 %2।</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">%1-এ আপনার ফলাফল আদর্শ উত্তরের সঙ্গে মিলেছে: %2।</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (আপনার: %2, আদর্শ উত্তর: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">%1-এ %2-এর নিয়ম আপনার উত্তরে %3, আর আদর্শ উত্তরে %4; তাই এখানে আপনার ফলাফল %6-এর বদলে %5।</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">%1-এ %2-এর নিয়মটি %3 বিবেচনা করে; এটি আপনার উত্তরে %4, আর আদর্শ উত্তরে %5; তাই এখানে আপনার ফলাফল %7-এর বদলে %6।</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">%1-এ, তাই এখানে আপনার ফলাফল %3-এর বদলে %2।</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">আপনি যে প্রশ্নগুলো খোলা রেখেছেন তার ওপর নির্ভর করে, এটি এখনো %1 হতে পারে।</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (আদর্শ উত্তর: %2; আপনার: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">কোন প্রোফাইল প্রযোজ্য, তা নিয়ে আপনার ও আদর্শ উত্তরের মধ্যে অমিল: আদর্শ উত্তরে %1 %2, কিন্তু আপনার উত্তরে %3।</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">কোন প্রোফাইল প্রযোজ্য, তা নিয়ে আপনার ও আদর্শ উত্তরের মধ্যে অমিল: আদর্শ উত্তরে %1 %2, কিন্তু আপনার উত্তরে %3, কারণ এই উত্তরগুলো ভিন্ন: %4।</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">আপনার উত্তরে বিষয়টি খোলা রয়েছে, তাই এটিও মূল্যায়ন করা হয়েছে।</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">আপনার স্ক্রিনিং ফলাফল আদর্শ উত্তরের সঙ্গে মিলেছে: %1।</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">আপনার স্ক্রিনিং ফলাফল %1, যেখানে আদর্শ উত্তরে আছে %2।</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">আপনার ফলাফল শর্তসাপেক্ষ: আপনার উত্তরে কোনো প্রোফাইল নিশ্চিতভাবে প্রযোজ্য নয়।</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">আদর্শ উত্তরের ফলাফল শর্তসাপেক্ষ: এর উত্তরে কোনো প্রোফাইল নিশ্চিতভাবে প্রযোজ্য নয়।</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">আপনি যে প্রশ্নগুলো খোলা রেখেছেন তার ওপর নির্ভর করে, আপনার ফলাফল এখনো %1 হতে পারে।</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">কোনো পক্ষেই কোনো প্রোফাইল প্রযোজ্য নয়, তাই তুলনা করার মতো কোনো উপাদান নেই।</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>আদর্শ উত্তরে লিপিবদ্ধ %nটি সূচকের মধ্যে আপনি %1টি পেয়েছেন এবং %2টি বাদ পড়েছে; আপনি আরও %3টি যোগ করেছেন যা আদর্শ উত্তরে লিপিবদ্ধ নেই।</numerusform>
            <numerusform>আদর্শ উত্তরে লিপিবদ্ধ %nটি সূচকের মধ্যে আপনি %1টি পেয়েছেন এবং %2টি বাদ পড়েছে; আপনি আরও %3টি যোগ করেছেন যা আদর্শ উত্তরে লিপিবদ্ধ নেই।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">ডেটাবেস খোলা যায়নি</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">ডেটাবেসের ফোল্ডারটি নেই</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">Qt-এর SQLite ড্রাইভার পাওয়া যাচ্ছে না; Lantern আবার ইনস্টল করুন</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">ডেটাবেস এখানে write-ahead logging ব্যবহার করতে পারে না; এটি একটি স্থানীয় ডিস্কে সরিয়ে নিন</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ব্রাউজ করুন(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">ডেটাবেস তৈরি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">পেছনে(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">কেস ডেটাবেস তৈরি করুন</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">কেসগুলো এমন একটি চাবি দিয়ে এনক্রিপ্ট করা হয় যা শুধু এই পাসফ্রেজ খুলতে পারে। পাসফ্রেজ হারিয়ে গেলে কেসগুলো আর উদ্ধার করা যাবে না।</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">ডেটাবেস ফাইলের অবস্থান</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">ডেটাবেসের অবস্থান বেছে নিন</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">নতুন পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">পাসফ্রেজ আবার লিখুন</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">পাসফ্রেজের শক্তি</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">ডেটাবেস তৈরি করুন</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">পেছনে</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">অবস্থান(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">পাসফ্রেজ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">পাসফ্রেজ আবার(&amp;R):</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">ডেটাবেস তৈরি করা হচ্ছে এবং এর কী এই কম্পিউটারের সঙ্গে মানিয়ে নেওয়া হচ্ছে; এতে কয়েক সেকেন্ড লাগবে।</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">ডেটাবেস ফাইলটি কোথায় রাখা হবে তা বেছে নিন।</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">এই অবস্থানে আগে থেকেই একটি ফাইল আছে। অন্য নাম বেছে নিন, অথবা বিদ্যমান ডেটাবেসটি খুলুন।</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">পাসফ্রেজ খুব ছোট: অন্তত %1টি অক্ষর ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">দুটি পাসফ্রেজ মেলেনি। একই পাসফ্রেজ দুবার লিখুন।</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">নতুন কেস ডেটাবেসের অবস্থান</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern ডেটাবেস (*.lantern);;সব ফাইল (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">ডেটাবেসটি Lantern-এর অন্য একটি উইন্ডো বা প্রসেসে খোলা আছে (প্রসেস %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">ডেটাবেসের ফোল্ডারে ফাইল লক করা যায় না; ডেটাবেসটি একটি স্থানীয় ডিস্কে সরিয়ে নিন</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">%1 ফোল্ডারটি তৈরি করা যাচ্ছে না; অন্য অবস্থান বেছে নিন।</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">কোনো ডেটাবেস খোলা নেই।</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD, তারপর Enter চাপুন</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">বছর-মাস-দিন আকারে একটি তারিখ</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">তারিখটি বছর-মাস-দিন আকারে লিখুন, যেমন 2024-03-15।</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (আপনি কি &apos;%1&apos; বোঝাতে চেয়েছেন?)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">আছে: %1টি শক্তিশালী, %2টি মাঝারি, %3টি দুর্বল</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">আরও %1 পয়েন্ট</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">আরও %1 পয়েন্ট</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (স্কোর %2, প্রয়োজন %3)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1; প্রয়োজন %2, যা উত্তর না পাওয়া প্রশ্নগুলো এখনো যোগ করতে পারে</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1; প্রয়োজন %2</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">এই প্রোফাইলে বিবেচিত নয়: এর কোনো সূচক এখানে গণ্য হয় না</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1; প্রয়োজনীয় স্কোর পূরণ করে</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1; %2 পূরণ করে</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1; সীমায় কোনো বিকল্প দেওয়া নেই</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">আর কিছু নয়</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">আরও %1টি %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> এবং </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">নিয়মটি মূল্যায়ন করতে অত্যধিক কাজ লাগে</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">আদর্শ উত্তরে &apos;%1&apos; প্রশ্নের উত্তর আছে, যা চেকলিস্ট &apos;%2&apos;-এর সংস্করণ %3-এ নেই; উত্তরগুলো কি অন্য কোনো চেকলিস্টের জন্য দেওয়া হয়েছিল?</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">অংশগ্রহণকারীর উত্তরে &apos;%1&apos; প্রশ্নের উত্তর আছে, যা চেকলিস্ট &apos;%2&apos;-এর সংস্করণ %3-এ নেই; উত্তরগুলো কি অন্য কোনো চেকলিস্টের জন্য দেওয়া হয়েছিল?</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">আদর্শ উত্তরের সঙ্গে অনুশীলনের তুলনা</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">প্রশিক্ষকের জন্য এক্সপোর্ট(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">অনুশীলনের তুলনা</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">প্রশিক্ষণ — কাল্পনিক কেস স্টাডি</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">ফলাফলের মিল</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">উভয় ফলাফল</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">পাওয়া, বাদ পড়া ও যোগ করা সূচক</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">যুক্তি</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">উপাদান ধরে ধরে</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">কেন — যুক্তি</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">প্রশিক্ষকের জন্য এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">প্রশিক্ষকের জন্য এই তুলনাটি HTML প্রতিবেদন, CSV সারণি বা JSON হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">কেস স্টাডি: &lt;b&gt;%1&lt;/b&gt; · অংশগ্রহণকারী: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;চেকলিস্ট: %3, সংস্করণ %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ আপনার ফলাফল আদর্শ উত্তরের সঙ্গে মিলেছে</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ আপনার ফলাফল আদর্শ উত্তর থেকে ভিন্ন</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">শর্তসাপেক্ষ: কোনো প্রোফাইল নিশ্চিতভাবে প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">আদর্শ উত্তর:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">আপনার:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">আপনি যে প্রশ্নগুলো খোলা রেখেছেন সেগুলো জিজ্ঞাসা করা হলে আপনার ফলাফল এখনো %1 হতে পারে।</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> বা </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ %1টি পাওয়া  ·  ✗ %2টি বাদ পড়েছে  ·  + %3টি যোগ করা  —  আদর্শ উত্তরের %4টি সূচকের মধ্যে</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">তুলনাটি এক্সপোর্ট করা হয়নি: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">প্রশিক্ষকের জন্য এক্সপোর্ট করা হয়েছে: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ উপস্থিত</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– অনুপস্থিত</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? খোলা রাখা হয়েছে</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">খোলা রাখা হয়েছে, “না” নয়</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">ভিন্নভাবে উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">আপনার উত্তর অনুযায়ী প্রশ্নটি দেখানো হয়নি</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">পাওয়া গেছে</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">বাদ পড়েছে</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">যোগ করা হয়েছে</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">উপাদানের তুলনা</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">উপাদান</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">আদর্শ উত্তর</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">আপনার</translation>
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
        <translation type="unfinished">পাওয়া: আদর্শ উত্তরে এবং আপনার উত্তরে উপস্থিত সূচক</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">বাদ পড়া: আদর্শ উত্তরে উপস্থিত কিন্তু আপনার উত্তরে নেই এমন সূচক</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">যোগ করা: আপনার উত্তরে উপস্থিত কিন্তু আদর্শ উত্তরে নেই এমন সূচক</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">পাওয়া</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">বাদ পড়া</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">যোগ করা</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">প্রযোজ্য</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">প্রযোজ্য হতে পারে</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">আপনার অবস্থা আদর্শ উত্তর থেকে ভিন্ন</translation>
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
        <translation type="unfinished">প্রশিক্ষণ — কাল্পনিক কেস স্টাডি</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">তুলনাটি এক্সপোর্ট করার জন্য একটি ফাইল বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">প্রযোজ্য</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">প্রযোজ্য হতে পারে (উত্তর না পাওয়া প্রশ্নের ওপর নির্ভর করে)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">খোলা রাখা হয়েছে (“না” নয়)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">ভিন্নভাবে উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">অংশগ্রহণকারীর উত্তরে প্রশ্নটি দেখানো হয়নি</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — শর্তসাপেক্ষ: কোনো প্রোফাইল নিশ্চিতভাবে প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ একই</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">ভিন্ন</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">আদর্শ উত্তর: %1 · অংশগ্রহণকারী: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ পাওয়া গেছে</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ বাদ পড়েছে</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ যোগ করা</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">কোনো পক্ষেই এই উপাদানের কোনো সূচক উপস্থিত নেই।</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ মিলেছে)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ ভিন্ন)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">প্রোফাইল: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">আদর্শ উত্তর: %1; অংশগ্রহণকারী: %2।</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">এখানে ফলাফল — আদর্শ উত্তর: %1; অংশগ্রহণকারী: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">উপাদান</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">আদর্শ উত্তর</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">অংশগ্রহণকারী</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">পাওয়া</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">বাদ পড়া</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">যোগ করা</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">যুক্তি</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">যে উত্তরগুলো ভিন্ন</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">অংশগ্রহণকারী আদর্শ উত্তরের মতোই উত্তর দিয়েছেন।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">প্রশ্ন</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(খোলা রাখা হয়েছে)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">অনুশীলনের তুলনা — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1। বাস্তব কোনো ব্যক্তি নন; শুধু কর্মশালার জন্য।</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">অনুশীলনের তুলনা: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">কেস স্টাডি</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">চেকলিস্ট</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 সংস্করণ %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">এক্সপোর্ট করা হয়েছে</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ ফলাফল আদর্শ উত্তরের সঙ্গে মিলেছে</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ ফলাফল আদর্শ উত্তর থেকে ভিন্ন</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">আদর্শ উত্তর: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">অংশগ্রহণকারী: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">সূচক: ✓ %1টি পাওয়া · ✗ %2টি বাদ পড়েছে · + %3টি যোগ করা</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">কোনো পক্ষেই কোনো প্রোফাইল প্রযোজ্য নয়, তাই তুলনা করার মতো কোনো উপাদান নেই।</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1। একটি স্ক্রিনিং অনুশীলন, শনাক্তকরণ নয়। Lantern থেকে এক্সপোর্ট করা।</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">এখনো কোনো ফলাফল নেই</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">এখনো জিজ্ঞাসা করা হয়নি</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">শক্তিশালী</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">মাঝারি</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">দুর্বল</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">প্রযোজ্য</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">প্রযোজ্য হতে পারে</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">কোনো সূচক নেই</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>%1 সূচক</numerusform>
            <numerusform>%1 সূচক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>%1 সূচক</numerusform>
            <numerusform>%1 সূচক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>আরও %nটি</numerusform>
            <numerusform>আরও %nটি</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 এবং %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">সারসংক্ষেপ এক্সপোর্ট(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">প্রিন্ট প্রিভিউ(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">নির্বাচিত কেস এক্সপোর্ট(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">কেস %1-এর সারসংক্ষেপ %2-এ এক্সপোর্ট করা হয়েছে।</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">সারসংক্ষেপ প্রস্তুত করা যায়নি: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">1টি কেস %1-এ এক্সপোর্ট করা হয়েছে।</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">%1টি কেস %2-এ এক্সপোর্ট করা হয়েছে।</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">কোনো কেস নির্বাচন করা হয়নি।</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">কেসটি খোলা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">কেসওয়ার্কারের নোট অন্তর্ভুক্ত করুন(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ব্রাউজ করুন(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">কেস %1-এর সারসংক্ষেপ এক্সপোর্ট</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF নথি</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML পৃষ্ঠা</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (কেসের সব তথ্য)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ফরম্যাট</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">লেটার</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished">কাগজের আকার</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">কেসওয়ার্কারের নোট অন্তর্ভুক্ত করুন</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">আউটপুট ফাইল</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">সারসংক্ষেপ কোথায় সংরক্ষণ করবেন</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">আউটপুট ফাইল বেছে নিন</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ফরম্যাট(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">কাগজ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">সংরক্ষণের স্থান(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">এক্সপোর্ট(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">বাতিল</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">সারসংক্ষেপ কোথায় সংরক্ষণ করবেন তা বেছে নিন।</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">ডেটাবেস লক করা আছে; এক্সপোর্ট করতে এটি আনলক করুন।</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">সারসংক্ষেপ এক্সপোর্ট করা হয়নি: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF নথি (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML পৃষ্ঠা (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON ফাইল (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">সারসংক্ষেপ সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ভাষা(&amp;L):</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">দ্বিতীয় ভাষা (দ্বিভাষিক সারসংক্ষেপ)(&amp;B):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">কোনোটি নয়</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (খসড়া অনুবাদ)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">সারসংক্ষেপের ভাষা</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">দ্বিতীয় ভাষা (দ্বিভাষিক সারসংক্ষেপ)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">প্রতিটি প্রশ্ন, উত্তরের বিকল্প, শিরোনাম ও পরামর্শ প্রথম ভাষার নিচে এই ভাষাতেও দেখানো হয়।</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">মুক্ত লেখা অন্তর্ভুক্ত করুন (লিখিত উত্তর ও নোট)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">কেসওয়ার্কারের নোট অন্তর্ভুক্ত করুন(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ব্রাউজ করুন(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">1টি কেস এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">%1টি কেস এক্সপোর্ট</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV সারণি (একটি ফাইল)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON সারণি (একটি ফাইল)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF সারসংক্ষেপ (একটি নতুন ফোল্ডার)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML সারসংক্ষেপ (একটি নতুন ফোল্ডার)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ফরম্যাট</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">মুক্ত লেখা অন্তর্ভুক্ত করুন</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">কেসওয়ার্কারের নোট অন্তর্ভুক্ত করুন</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">আউটপুট ফাইল বা ফোল্ডার</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">যে ফাইল বা নতুন ফোল্ডারে লেখা হবে</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">আউটপুট ফাইল বা ফোল্ডার বেছে নিন</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">ফরম্যাট(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">সংরক্ষণের স্থান(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">এক্সপোর্ট(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">বাতিল</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">কেস তালিকায় এক্সপোর্ট করার কেসগুলো নির্বাচন করুন।</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">এক্সপোর্ট কোথায় সংরক্ষণ করবেন তা বেছে নিন।</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">ডেটাবেস লক করা আছে; এক্সপোর্ট করতে এটি আনলক করুন।</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">%1টি নির্বাচিত কেস এক্সপোর্ট করা হচ্ছে…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">বাতিল(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">এক্সপোর্টের অগ্রগতি</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">এক্সপোর্ট বাতিল হয়েছে; কিছুই লেখা হয়নি।</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">কেসগুলো এক্সপোর্ট করা হয়নি: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON ফাইল (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">সারণি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">সারসংক্ষেপের জন্য নতুন ফোল্ডারের নাম</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">প্রত্যাশিত: একটি অবজেক্ট</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">অজানা ফিল্ড &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">আবশ্যক ফিল্ড &apos;%1&apos; নেই</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos; অবশ্যই একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos; খালি রাখা যাবে না</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">অবৈধ আইডি &apos;%1&apos;: ছোট হাতের ইংরেজি অক্ষর, অঙ্ক ও &apos;_&apos; ব্যবহার করুন, শুরুতে একটি অক্ষর থাকবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos; অবশ্যই true বা false হতে হবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos; অবশ্যই একটি সংখ্যা হতে হবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos; অবশ্যই অন্তত %2-এর সমান একটি পূর্ণসংখ্যা হতে হবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos; অবশ্যই একটি অ্যারে হতে হবে</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos; অবশ্যই {&quot;en&quot;: &quot;...&quot;}-এর মতো একটি লোকেল ম্যাপ হতে হবে</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">খালি লোকেল ম্যাপ &apos;%1&apos;; অন্তত ডিফল্ট ভাষায় লেখাটি দিন</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">ভাষা &apos;%1&apos; &quot;languages&quot;-এ তালিকাভুক্ত নয়</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">&apos;%1&apos; লেখাটি অবশ্যই খালি নয় এমন একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">লোকেল ম্যাপ &apos;%1&apos;-এ ডিফল্ট ভাষা &apos;%2&apos; নেই</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">ফাইলটি পড়া যায়নি</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">ফাইলটি লেখা যায়নি (এর ফোল্ডারে লেখা যায় কি না দেখে নিন)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">কপিটি সম্পূর্ণ লেখা যায়নি (ডিস্ক কি পূর্ণ?)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[অনূদিত নয় — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[%1-এ অনূদিত নয়]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">নোট: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">উপস্থিত সূচক: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">; উত্তর না পাওয়া প্রশ্নসহ সর্বোচ্চ: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">করণীয়:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">গণনা করা সূচক</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">এখনো খোলা সূচক</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">যে প্রশ্নগুলো এই উপাদানটি নির্ধারণ করতে পারে</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(এখন: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">প্রোফাইল: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">এটি প্রযোজ্য কি না তা নির্ভর করে: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">এই প্রোফাইলে ফলাফল:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">এখনো কোনোটিতে পৌঁছানো যায়নি</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">; এখনো হতে পারে: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">অংশ অনুযায়ী উত্তর</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">এই সারসংক্ষেপে কেসওয়ার্কারের নোট অন্তর্ভুক্ত নয়।</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">এখনো কোনো উত্তর লিপিবদ্ধ হয়নি।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">প্রশ্ন</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">উত্তর</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">উৎস</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">নোট</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(রাখা হয়েছে; প্রশ্নটি আর প্রযোজ্য নয়, গণনা করা হয়নি)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">সাক্ষাৎকারের সেশন</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">কোনো সাক্ষাৎকারের সেশন লিপিবদ্ধ হয়নি।</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">শুরু</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">শেষ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">দোভাষী</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">সাক্ষাৎকারের ভাষা</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1; কেসওয়ার্কারের ইন্টারফেস: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">শেষ হয়নি</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1, পর্যালোচনা না করা খসড়া অনুবাদ</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">এই সারসংক্ষেপটি দুই ভাষায়: চেকলিস্টের প্রতিটি লেখা %1-এ দেখানো হয়েছে, আর তার নিচে %2-এ।</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">চেকলিস্টের লেখাগুলো %1-এ।</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">খসড়া অনুবাদ কোনো মাতৃভাষী যাচাই করেননি: সাবধানে পড়ুন।</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 চিহ্নটি এমন লেখা নির্দেশ করে যা চেকলিস্টে সেই ভাষায় নেই; তার বদলে উল্লিখিত ভাষায় এর লেখা দেখানো হয় (&quot;%2&quot;: ওপরের লাইনটুকুই আছে)।</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1; দ্বিতীয় ভাষা: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ভাষাসমূহ</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">স্ক্রিনিং ফলাফল: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(স্তর %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">শর্তসাপেক্ষ:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">ফলাফলটি উত্তর না পাওয়া প্রশ্নের ওপর নির্ভর করে; নোট দেখুন।</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">পরামর্শ: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">কেস</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">কেস কোড</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">অবস্থা</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">সর্বশেষ পরিবর্তন</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">চেকলিস্ট</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">চেকলিস্টের আইডি ও সংস্করণ</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">চেকলিস্টের SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">এক্সপোর্ট করা হয়েছে</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">কেসের সারসংক্ষেপ %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">প্রশিক্ষণ — কাল্পনিক কেস। কোনো বাস্তব ব্যক্তি নন।</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">ফলাফলে কীভাবে পৌঁছানো হয়েছে</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">Lantern থেকে %1-এ এক্সপোর্ট করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">অজানা</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">বলতে চাননি</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">জিজ্ঞাসা করা হয়নি</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">এখনো জিজ্ঞাসা করা হয়নি</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">এগুলোর কোনোটিই নয়</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">নিজের বক্তব্য</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">পর্যবেক্ষণ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">নথি</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">তৃতীয় পক্ষ</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">সাক্ষাৎকার</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">সাক্ষাৎকারদাতার জন্য · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ সব অনূদিত নয় — কিছু লেখা %1-এ</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">খসড়া অনুবাদ, পর্যালোচিত নয়</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">%1-এ সাক্ষাৎকারদাতার জন্য প্রশ্ন: %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">নিয়মটি মূল্যায়নের জন্য যথেষ্ট মেমরি নেই</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">নিয়মটি মূল্যায়ন করা যায়নি</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">ফাইলটি খালি; প্রত্যাশিত: একটি JSON অবজেক্ট</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON ডকুমেন্টের শেষের পরে অপ্রত্যাশিত লেখা</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">নেস্টিং %1 স্তরের চেয়ে গভীর</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">ফাইল অপ্রত্যাশিতভাবে শেষ হয়েছে; প্রত্যাশিত: একটি মান</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">প্রত্যাশিত: একটি মান; JSON-এ শেষে বাড়তি কমা অনুমোদিত নয়</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">অবৈধ মান; JSON-এ true, false ও null ছোট হাতের অক্ষরে, আর লেখা ডাবল কোটেশনের মধ্যে লিখতে হয়</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">প্রত্যাশিত: একটি মান (অবজেক্ট, অ্যারে, স্ট্রিং, সংখ্যা, true, false বা null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">অবৈধ লিটারাল; প্রত্যাশিত: %1 (JSON-এ লেখা-মান ডাবল কোটেশনের মধ্যে দিতে হয়)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">অবৈধ সংখ্যা; শুরুতে শূন্য অনুমোদিত নয়</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">অবৈধ সংখ্যা</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">অবৈধ সংখ্যা; দশমিক বিন্দুর পরে অঙ্ক প্রত্যাশিত</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">অবৈধ সংখ্যা; এক্সপোনেন্টে (ঘাতে) অঙ্ক প্রত্যাশিত</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">সংখ্যাটি অনেক বড়</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">অবৈধ \u এস্কেপ; চারটি হেক্সাডেসিমাল অঙ্ক প্রত্যাশিত</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">অসমাপ্ত স্ট্রিং</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">স্ট্রিংয়ে অবৈধ এস্কেপ সিকোয়েন্স &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u এস্কেপে জোড়াহীন সারোগেট</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">স্ট্রিংয়ে অবৈধ UTF-8; ফাইলটি UTF-8 হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">অসমাপ্ত স্ট্রিং; শেষে একটি &apos;&quot;&apos; প্রত্যাশিত</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">অসমাপ্ত স্ট্রিং; লাইনের শেষের আগে একটি সমাপ্তিসূচক &apos;&quot;&apos; প্রত্যাশিত</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">স্ট্রিংয়ে কন্ট্রোল ক্যারেক্টার; এটি \t-এর মতো এস্কেপ হিসেবে লিখুন</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">প্রত্যাশিত: একটি মেম্বারের নাম; JSON-এ শেষে বাড়তি কমা অনুমোদিত নয়</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">প্রত্যাশিত: ডাবল কোটেশনের মধ্যে একটি মেম্বারের নাম</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">মেম্বারের নামের পরে &apos;:&apos; প্রত্যাশিত</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">ফাইল অপ্রত্যাশিতভাবে শেষ হয়েছে; &apos;}&apos; প্রত্যাশিত</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">অবজেক্টের মেম্বারের পরে &apos;,&apos; বা &apos;}&apos; প্রত্যাশিত</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">ফাইল অপ্রত্যাশিতভাবে শেষ হয়েছে; &apos;]&apos; প্রত্যাশিত</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">অ্যারের আইটেমের পরে &apos;,&apos; বা &apos;]&apos; প্রত্যাশিত</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">উত্তর</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Lantern লুকানো হয়েছিল বলে লক করা হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n মিনিট কোনো কার্যকলাপ না থাকায় লক করা হয়েছে।</numerusform>
            <numerusform>%n মিনিট কোনো কার্যকলাপ না থাকায় লক করা হয়েছে।</numerusform>
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
        <translation type="unfinished">লুকানো আছে। Lantern আবার দেখাতে F12 চাপুন।</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">ডেটাবেস(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">নতুন ডেটাবেস(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">ডেটাবেস খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">লক করুন(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ব্যাকআপ থেকে পুনরুদ্ধার করুন(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">সেটিংস(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">প্রস্থান(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">সম্পাদনা(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">উত্তর পূর্বাবস্থায় ফেরান(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">উত্তর পুনরায় করুন(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">কেস(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">দেখুন(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">সর্বশেষ ব্যবহৃত ডেটাবেস, %1, আর সেখানে নেই। একটি নতুন তৈরি করুন বা অন্য একটি খুলুন।</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">ডেটাবেস তৈরি হয়নি: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">কেস ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern ডেটাবেস (*.lantern);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">এই ডেটাবেস খোলা যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">সর্বশেষ ভালো ব্যাকআপ পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">ডেটাবেসের পাসফ্রেজ টাইপ করুন।</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">আনলক হয়নি: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">এই ডেটাবেসের এখনো কোনো ব্যাকআপ নেই।</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ব্যাকআপ থেকে পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">ডেটাবেসটি ব্যাকআপ %1 দিয়ে প্রতিস্থাপন করবেন? বর্তমান ফাইলটি আগে ব্যাকআপ হিসেবে রাখা হবে।</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">ব্যাকআপ পুনরুদ্ধার করা হয়েছে। ব্যাকআপ নেওয়ার সময় ডেটাবেসের যে পাসফ্রেজ ছিল, তা দিয়ে এটি আনলক করুন।</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">ব্যাকআপ পুনরুদ্ধার করা হয়নি: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — প্রশিক্ষণ (কাল্পনিক কেস)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">চেকলিস্ট(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">চেকলিস্ট দেখুন(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">চেকলিস্ট উপস্থাপন করুন(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">চেকলিস্ট ইমপোর্ট করুন(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">চেকলিস্ট ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern চেকলিস্ট (*.json);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">প্রশিক্ষণ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">প্রশিক্ষণ ওয়ার্কস্পেস খুলুন(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">প্রশিক্ষণ ওয়ার্কস্পেস রিসেট করুন(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">অনুশীলন শুরু করুন(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">কেস স্টাডি দেখান(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">আদর্শ উত্তরের সঙ্গে তুলনা করুন(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">এই কেসটিকে আদর্শ উত্তরের সঙ্গে তুলনা করা যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">সমাধানকৃত উদাহরণ</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">লক করা হয়েছে।</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">প্রশিক্ষণের ওয়ার্কস্পেস তৈরি করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">প্রশিক্ষণ ওয়ার্কস্পেস রিসেট করুন</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">প্রশিক্ষণের ওয়ার্কস্পেসকে সরবরাহ করা মূল কেস স্টাডিগুলোতে ফিরিয়ে নেবেন? এতে করা প্রতিটি অনুশীলন ও পরিবর্তন মুছে যাবে। প্রকৃত কেস ডেটাবেসে হাত দেওয়া হবে না।</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">প্রশিক্ষণের ওয়ার্কস্পেস রিসেট করা হয়নি: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">প্রশিক্ষণের ওয়ার্কস্পেস এর কেস স্টাডিগুলোতে রিসেট করা হয়েছে।</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">সহায়তা(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">Lantern সম্পর্কে(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">আবার চেষ্টা করুন</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">বার্তা</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">এই বার্তাটি সরান</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">বার্তা সরিয়ে দিন</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">নতুন কেস</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (সংস্করণ %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, আপনার ফোল্ডার থেকে</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">চেকলিস্ট</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">কেস কোড</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">কেস শুরু করুন(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">কেস শুরু করুন</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">চেকলিস্ট(&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">কেস কোড(&amp;C):</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">কোডটি স্বয়ংক্রিয়ভাবে তৈরি; চাইলে আপনার নিজের ফাইল নম্বরের সঙ্গে মিলিয়ে বদলাতে পারেন। এতে নাম বা শনাক্ত করা যায় এমন অন্য কোনো তথ্য দেবেন না।</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">কোনো বৈধ চেকলিস্ট পাওয়া যায়নি। সেটিংসে চেকলিস্ট ফোল্ডারটি দেখুন।</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">একটি চেকলিস্ট বেছে নিন।</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">একটি কেস কোড লিখুন।</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">অন্য একটি কেসে ইতিমধ্যে %1 কোড আছে; ভিন্ন একটি বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">নোট:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">এই উত্তরের জন্য ঐচ্ছিক নোট</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">নোট</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">উৎস:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">উত্তরের উৎস</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">একটি সংখ্যা</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1 থেকে %2-এর মধ্যে একটি সংখ্যা</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">একটি সংখ্যা, অন্তত %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">একটি সংখ্যা, সর্বোচ্চ %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">একটি সংখ্যা লিখুন, যেমন 42।</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">অসমর্থিত অপারেটর &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; অন্তত 1টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; অন্তত %2টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; 1টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; %2টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; সর্বোচ্চ 1টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; সর্বোচ্চ %2টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; %2টি বা %3টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">অপারেটর &apos;%1&apos; %2 থেকে %3টি আর্গুমেন্ট নেয়</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">নিয়মটি অতিরিক্ত গভীরভাবে নেস্টেড</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">প্রোফাইল &apos;%2&apos;-এর ফলাফল &apos;%1&apos; %3টি অনির্ধারিত উপাদান বিবেচনা করে, যা প্রতিটি সমন্বয় যাচাই করার পক্ষে অনেক বেশি; তাই এটিকে অনির্ধারিত হিসেবে ধরা হয়।</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">প্রোফাইল &apos;%2&apos;-এ ফলাফল &apos;%1&apos;-এর নিয়মটি মূল্যায়ন করা যায়নি (%3); এটিকে অনির্ধারিত হিসেবে ধরা হয়।</translation>
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
        <translation type="unfinished">%1 এবং %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">পৌঁছানো গেছে: এর আগের কোনো ফলাফলে পৌঁছানো না গেলে এটি প্রযোজ্য হয়।</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">পৌঁছানো গেছে, কারণ %1।</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">পৌঁছানো গেছে: উপাদানগুলোর অবস্থা অনুযায়ী এর নিয়মটি খাটে।</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">পৌঁছানো যায়নি, কারণ %1।</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">পৌঁছানো যায়নি: উপাদানগুলোর অবস্থা অনুযায়ী এর নিয়মটি খাটে না।</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">এখনো পৌঁছানো যেতে পারে: এটি এখনো খোলা উপাদানগুলোর ওপর নির্ভর করে (%1)।</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">এখনো পৌঁছানো যেতে পারে: এটি এখনো খোলা উপাদানগুলোর ওপর নির্ভর করে।</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">কেস %1 · এক্সপোর্ট %2 · পৃষ্ঠা %3 / %4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">প্রশিক্ষণ — কাল্পনিক কেস · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">শক্তিশালী</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">মাঝারি</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">দুর্বল</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">খোলা</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">পূরণ হয়নি</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">অনির্ধারিত</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">প্রয়োজন নেই</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">স্লাইডের শিরোনাম</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — উপস্থাপনা</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">স্লাইড</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">ধাপ</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">উপস্থাপনের কিছু নেই</translation>
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
        <translation type="unfinished">চেকলিস্ট</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">উপাদান</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">সূচক</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">প্রোফাইল</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">উৎসের সঙ্গে মিলিয়ে যাচাইকৃত।</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">সামগ্রিকভাবে উৎসের সঙ্গে মিলিয়ে যাচাই করা হয়নি।</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">উৎস: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">এখনো যাচাই হয়নি:</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1, উৎস: %2, %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1, উৎস: %2</translation>
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
        <translation type="unfinished">প্রশ্নসমূহ</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">প্রশ্ন</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ধরন</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">আবশ্যক</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">সংবেদনশীল</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">কখন জিজ্ঞাসা করা হয়</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">অংশ ও প্রশ্ন</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">হ্যাঁ / না</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">%1টি বিকল্পের একটি</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">%1টি বিকল্পের যেকোনোগুলো</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">লেখা</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">তারিখ</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">সংখ্যা, %1 থেকে %2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">সংখ্যা</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">আবশ্যক</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ সংবেদনশীল</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">সাবধানে ব্যবহার করুন; উপস্থাপনার সময় কখনো দেখানো হয় না</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">আবশ্যক</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">সংবেদনশীল — নরমভাবে জিজ্ঞাসা করুন</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">অনূদিত নয়</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">জিজ্ঞাসা করুন</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">জিজ্ঞাসা করুন · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">প্রশ্ন %1: %2 (আবশ্যক)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">প্রশ্ন %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">সাক্ষাৎকারগ্রহণকারীর জন্য নোট:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">গ্রহণযোগ্য উত্তর:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">আপনার জন্য</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">সাক্ষাৎকারগ্রহণকারীর জন্য</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">দ্রুত লুকান(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">সঙ্গে সঙ্গে উইন্ডো ফাঁকা করুন; আবার দেখাতে F12 আবার চাপুন</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">প্রশ্ন &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">অংশ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">%1-এর প্রাসঙ্গিকতা নিজের ওপরই নির্ভর করে; এটি দেখানো হচ্ছে এবং অনির্ধারিত হিসেবে ধরা হচ্ছে।</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">প্রশ্ন &apos;%1&apos;-এর প্রাসঙ্গিকতার নিয়মটি মূল্যায়ন করা যায়নি (%2); এটি দেখানো হচ্ছে এবং অনির্ধারিত হিসেবে ধরা হচ্ছে।</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">অংশ &apos;%1&apos;-এর প্রাসঙ্গিকতার নিয়মটি মূল্যায়ন করা যায়নি (%2); এটি দেখানো হচ্ছে এবং অনির্ধারিত হিসেবে ধরা হচ্ছে।</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ব্যাকআপ থেকে পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">পুনরুদ্ধারের জন্য ব্যাকআপ বেছে নিন। বর্তমান ডেটাবেস ফাইলটি আগে ব্যাকআপ হিসেবে রাখা হয়, তাই কিছুই হারাবে না। ব্যাকআপ নেওয়ার সময় ডেটাবেসের যে পাসফ্রেজ ছিল, ব্যাকআপটি সেটি দিয়েই খোলে।</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">ব্যাকআপসমূহ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">পুনরুদ্ধার(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2 ব্যাকআপ, %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">ভেরিয়েবলের নাম অবশ্যই একটি লিটারাল স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">নিয়মটি বিশ্লেষণ করা যায়নি</translation>
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
        <translation type="unfinished">%1 %2-এর বেশি</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 অন্তত %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 %2-এর কম</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 সর্বোচ্চ %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 %2 নয়</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 হলো %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">পূরণ হয়নি</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">সত্য</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">মিথ্যা</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">কোনো উত্তর নেই</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">কিছুই না</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (উত্তর না থাকলে %2)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1-এর মধ্যে সবচেয়ে বড়টি</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1-এর মধ্যে সবচেয়ে ছোটটি</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">ঋণাত্মক %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1-এর উত্তর হ্যাঁ</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1-এ একটি বিকল্প বেছে নেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 হলো 0 ছাড়া অন্য কোনো সংখ্যা</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1-এর উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 %2-এর বেশি এবং %3-এর কম</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 %2 থেকে %3-এর মধ্যে</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 পূরণ হয়নি</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1-এ %2 অন্তর্ভুক্ত</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 হলো %2-এর মধ্যে একটি</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1-এ %2 আছে</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 %2-এর মধ্যে আছে</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1-এ %2-এর সবগুলো অন্তর্ভুক্ত</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1-এ %2-এর যেকোনোটি অন্তর্ভুক্ত</translation>
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
        <translation type="unfinished">একটি সংবেদনশীল প্রশ্ন</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">কখনো না</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">সবসময়</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">, এবং </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; বা </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> এবং </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> বা </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 পূরণ হয়নি</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1-এর উত্তর হ্যাঁ নয়</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1-এ কোনো বিকল্প বেছে নেওয়া হয়নি</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1-এর উত্তর দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">%1, এমন নয়</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">(%1), এমন নয়</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">যদি %1, তাহলে %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">নাহলে যদি %1, তাহলে %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">অন্যথায় %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2-এর মধ্যে %1টির কমের উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1-এর উত্তর দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1-এর কোনো একটির উত্তর দেওয়া হয়নি</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">সংরক্ষণের অবস্থা</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ সংরক্ষিত</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ সংরক্ষিত %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ সংরক্ষিত হয়নি: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">প্রোফাইল &apos;%1&apos;-এর &apos;applies&apos; নিয়মটি মূল্যায়ন করা যায়নি (%2); এর প্রযোজ্যতা অনির্ধারিত হিসেবে ধরা হয়।</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">উত্তর না পাওয়া প্রশ্নগুলোর ওপর নির্ভর করে প্রোফাইল &apos;%1&apos;-এর ফলাফল এখনো আরও গুরুতর (%2) হতে পারে।</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">প্রোফাইল &apos;%1&apos;-ও প্রযোজ্য হতে পারে (নির্ভর করে: %2); প্রযোজ্য হলে এর ফলাফল &apos;%3&apos; বেশি গুরুতর।</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">প্রোফাইল &apos;%1&apos; প্রযোজ্য কি না তা উত্তর না পাওয়া প্রশ্নের ওপর নির্ভর করে: %2। তবুও এটি মূল্যায়ন করা হয়েছে।</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">এই উত্তরগুলোর ক্ষেত্রে কোনো প্রোফাইল প্রযোজ্য নয়, তাই কোনো সামগ্রিক ফলাফল নেই।</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">কোনো প্রোফাইল এখনো কোনো ফলাফলে পৌঁছায়নি: প্রতিটি সম্ভাব্য ফলাফল এখনো উত্তর না পাওয়া প্রশ্নের ওপর নির্ভর করে।</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">কোনো প্রোফাইল নিশ্চিতভাবে প্রযোজ্য নয়: কোন প্রোফাইল প্রযোজ্য তা যে উত্তর না পাওয়া প্রশ্নগুলো নির্ধারণ করে, সামগ্রিক ফলাফল সেগুলোর ওপর শর্তসাপেক্ষ।</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">সূচক &apos;%1&apos;-এর নিয়মটি মূল্যায়ন করা যায়নি (%2); এটিকে খোলা হিসেবে ধরা হয়।</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern-এর ব্যবহারকারীরা যেসব লিপি পড়েন, এই কম্পিউটার যে ফন্টে সেগুলো দেখায়</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — কোনো ফন্ট নেই</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">বাক্স হিসেবে দেখাচ্ছে: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">কেসের সারসংক্ষেপ সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">%2টি কেসের মধ্যে %1টি নতুন অনুসন্ধানের জন্য প্রস্তুত করা যায়নি (%3); প্রতিটি কেস পরের বার খোলার সময় প্রস্তুত করা হবে</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">অনুসন্ধানযোগ্য উত্তর</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">কেস তালিকা একটি কেসকে তার কোড ও ফলাফল দিয়ে, এবং এখানে টিক দেওয়া প্রশ্নগুলোর উত্তর দিয়ে খুঁজে পায়। সেই উত্তরগুলো ডেটাবেসে এনক্রিপ্ট করা অবস্থায় থাকে; ডেটাবেস আনলক থাকাকালে অনুসন্ধানের জন্য সেগুলো মেমরিতে রাখা হয়। চেকলিস্টে যেসব প্রশ্ন সংবেদনশীল হিসেবে চিহ্নিত, সেগুলো কখনোই অনুসন্ধানযোগ্য নয়।</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (সংস্করণ %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">চেকলিস্ট</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">যেসব প্রশ্নের উত্তরে কেস তালিকা খোঁজে</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">প্রয়োগ করুন(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">ডিফল্ট ব্যবহার করুন(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">সংবেদনশীল হিসেবে চিহ্নিত নয় এমন লেখা-ধরনের প্রশ্নের উত্তরগুলো</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">চেকলিস্ট(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — সংবেদনশীল, কখনোই অনুসন্ধানযোগ্য নয়</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">অংশসমূহ</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down ও Ctrl+Page Up দিয়ে এক অংশ থেকে অন্য অংশে যাওয়া যায়</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">এ পর্যন্ত দেওয়া উত্তর অনুযায়ী জিজ্ঞাসা করা হয় না</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ %1টির সবগুলোর উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2টির মধ্যে %1টির উত্তর দেওয়া হয়েছে</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">দোভাষী ব্যবহৃত(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">সেশনের অবস্থা</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">দোভাষী ব্যবহৃত</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">সাক্ষাৎকারের ভাষা(&amp;L):</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">সাক্ষাৎকারের ভাষা</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">যে ভাষায় সাক্ষাৎকার নেওয়া হচ্ছে (th-এর মতো একটি ভাষা কোড)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">সাক্ষাৎকারের সেশন শুরু করুন বা বিরতি দিন</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">সেশন লিপিবদ্ধ করা যাচ্ছে না: কোনো কেস ডেটাবেস খোলা নেই।</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">সেশন শুরু করুন(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">এই ভিউয়ের জন্য সেশন লিপিবদ্ধ করা হয় না।</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">সেশনে বিরতি দিন(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">সেশন %1 চলছে, %2 থেকে</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">সেশন আবার শুরু করুন(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">এখনো কোনো সেশন লিপিবদ্ধ হয়নি।</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">বিরতি — এ পর্যন্ত 1টি সেশন।</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">বিরতি — এ পর্যন্ত %1টি সেশন।</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern মিনিমাইজ বা লুকানো হলে লক করুন(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">সেটিংস</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> মিনিট</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">কখনো না</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">কত মিনিট কোনো কার্যকলাপ না থাকলে লক হবে</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">মিনিমাইজ বা লুকানো হলে লক করুন</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">আপনার নিজের চেকলিস্টের ফোল্ডার</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">ডেস্কটপের ডিফল্ট</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">ইন্টারফেসের ফন্টের আকার</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ব্রাউজ করুন(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">চেকলিস্ট ফোল্ডার বেছে নিন</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">নিষ্ক্রিয় থাকলে লক(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">চেকলিস্ট ফোল্ডার(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">ফন্টের আকার(&amp;F):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">ডেস্কটপ অনুসরণ করুন</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — খসড়া অনুবাদ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">ইন্টারফেসের ভাষা</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">পাশাপাশি</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">একটির নিচে আরেকটি</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">দ্বিভাষিক প্রশ্ন</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">সাক্ষাৎকারদাতার লেখার আকার</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">ইন্টারফেসের ভাষা(&amp;G):</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">দ্বিভাষিক প্রশ্ন(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">সাক্ষাৎকারদাতার লেখার আকার(&amp;I):</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">এনক্রিপশন লাইব্রেরি চালু করা যায়নি</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">ভুল পাসফ্রেজ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">পাসফ্রেজ খালি</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">ডেটাবেসের চাবির সেটিংস ক্ষতিগ্রস্ত</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">ডেটাবেস লক করা আছে</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">সংরক্ষিত ডেটা অখণ্ডতা যাচাইয়ে উত্তীর্ণ হয়নি (পরিবর্তিত বা ক্ষতিগ্রস্ত)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">ডেটাবেসের এনক্রিপশনের জন্য যথেষ্ট মেমরি নেই; অন্য প্রোগ্রামগুলো বন্ধ করে আবার চেষ্টা করুন</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">অনুশীলন শুরু করুন</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">কেস স্টাডিটি পড়ুন, তারপর কাজের সময় যেভাবে করেন সেভাবে চেকলিস্ট দিয়ে সাক্ষাৎকার নিন। শেষ হলে আপনার উত্তরগুলো আদর্শ উত্তরের সঙ্গে তুলনা করুন।</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">কেস স্টাডি</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">যেমন গ্রুপ 3, বা আপনার নামের প্রথম অংশ</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">অংশগ্রহণকারী বা গ্রুপ</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">কেস স্টাডি(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">অংশগ্রহণকারী বা গ্রুপ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">শুরু করুন(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">বিষয়: %1 · চেকলিস্ট %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">কোনো কেস স্টাডি ইনস্টল করা নেই।</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">একটি নাম বা গ্রুপ লিখুন, যাতে প্রশিক্ষক অনুশীলনগুলো আলাদা করে চিনতে পারেন।</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 ইতিমধ্যে এই কেস স্টাডি শুরু করেছেন; অন্য নাম বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">নতুন কেস ডেটাবেস তৈরি করুন(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">বিদ্যমান ডেটাবেস খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">প্রশিক্ষণ ওয়ার্কস্পেস খুলুন(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern-এ স্বাগতম</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern স্ক্রিনিংয়ের কেসগুলো এই কম্পিউটারে একটি এনক্রিপ্ট করা ডেটাবেসে রাখে। কোনো কিছুই কোথাও পাঠানো হয় না। শুরু করতে, পাসফ্রেজ দিয়ে সুরক্ষিত একটি ডেটাবেস তৈরি করুন, অথবা আপনার কাছে আগে থেকে থাকা একটি ডেটাবেস খুলুন।</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">প্রশিক্ষক ও কর্মশালার অংশগ্রহণকারীদের জন্য: প্রশিক্ষণ ওয়ার্কস্পেসে শুধু কাল্পনিক কেস স্টাডি থাকে। এটি এনক্রিপ্ট করা নয় এবং স্পষ্টভাবে চিহ্নিত; এখানে কখনো কোনো বাস্তব ব্যক্তির কেস লিখবেন না।</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">প্রশিক্ষণ ওয়ার্কস্পেস খুলুন</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">নতুন কেস ডেটাবেস তৈরি করুন</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">বিদ্যমান ডেটাবেস খুলুন</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">কেস %1-এর অবস্থা পরিবর্তন</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">নতুন অবস্থা</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">পরিবর্তনের কারণ</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">অবস্থা কেন পরিবর্তন হচ্ছে, যেমন &quot;জাতীয় রেফারেল ব্যবস্থায় রেফার করা হয়েছে&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">অবস্থা পরিবর্তন করুন(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">অবস্থা(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">কারণ(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">বর্তমান অবস্থা থেকে ভিন্ন একটি অবস্থা বেছে নিন।</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">একটি কারণ লিখুন: এটি কেসের অডিট ট্রেইলে রাখা হয়।</translation>
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
        <translation type="unfinished">ডিস্ক পূর্ণ</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">ডেটাবেস ফাইলটি খোলা যাচ্ছে না (এর ফোল্ডারটি আছে এবং তাতে লেখা যায় কি না দেখে নিন)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">কম্পিউটারের মেমরি শেষ হয়ে গেছে</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">ডেটাবেস একটি অপ্রত্যাশিত সমস্যার কথা জানিয়েছে (কোড %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">এই ফাইলটি কোনো Lantern ডেটাবেস নয়</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">এই ডেটাবেসটি Lantern-এর একটি নতুনতর সংস্করণে তৈরি (স্কিমা %1); এটি খুলতে Lantern হালনাগাদ করুন</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">ডেটাবেসটি এমন জায়গায় আছে যেখানে শুধু পড়া যায়, লেখা যায় না</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">ডেটাবেসটি Lantern-এর অন্য একটি উইন্ডো বা প্রসেসে খোলা আছে</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">ডেটাবেস ফাইলটি ক্ষতিগ্রস্ত; একটি ব্যাকআপ থেকে এটি পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">এই পাথে কোনো ডেটাবেস নেই</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">এই পাথে আগে থেকেই একটি ফাইল আছে</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">ডেটাবেস লক করা আছে: আগে এটি আনলক করুন</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">ডিস্ক পড়া বা তাতে লেখা যায়নি</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ শক্তিশালী</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ মাঝারি</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ দুর্বল</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">এই প্রোফাইলে বিবেচিত নয়</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">সূচক, উপাদান অনুযায়ী</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">কেস %1-এর প্রিন্ট প্রিভিউ</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">উত্তর টাইপ করুন, তারপর Enter চাপুন</translation>
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
            <numerusform>%nটি %1 সূচক</numerusform>
            <numerusform>%nটি %1 সূচক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%nটি %1 সূচক</numerusform>
            <numerusform>%nটি %1 সূচক</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 এবং %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">শক্তিশালী</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">মাঝারি</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">দুর্বল</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">মাঝারি বা দুর্বল</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">শক্তিশালী বা মাঝারি</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">যেকোনো শক্তির</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">কোনো সূচকই নেই</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">যেকোনো শক্তির %1টি</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>যেকোনো শক্তির %nটি সূচক</numerusform>
            <numerusform>যেকোনো শক্তির %nটি সূচক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>যেকোনো শক্তির %nটি সূচক</numerusform>
            <numerusform>যেকোনো শক্তির %nটি সূচক</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">মোট %1টি</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>মোট %nটি সূচক</numerusform>
            <numerusform>মোট %nটি সূচক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>মোট %nটি সূচক</numerusform>
            <numerusform>মোট %nটি সূচক</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">কোনো শক্তিকে ওজন দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">উপস্থিত সূচকগুলোর ওজনের যোগফল অন্তত %1 হলে পূরণ হয় (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">কখনো পূরণ হয় না: সীমায় কোনো বিকল্প দেওয়া নেই</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">%1 থাকলে পূরণ হয়</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; বা </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">প্রশিক্ষণ — কাল্পনিক কেস · এনক্রিপ্ট করা নয় · এখানে কখনো কোনো বাস্তব ব্যক্তির কেস লিখবেন না</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">প্রশিক্ষণ ওয়ার্কস্পেস: শুধু কাল্পনিক কেস</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">আনলক করুন(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">অন্য ডেটাবেস খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">নতুন ডেটাবেস(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">ব্যাকআপ থেকে পুনরুদ্ধার করুন(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">কেস ডেটাবেস আনলক করুন</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">ডেটাবেসের নাম</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">ডেটাবেস ফোল্ডার</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">আনলক করুন</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">অন্য ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">নতুন ডেটাবেস তৈরি করুন</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">ব্যাকআপ থেকে পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">পাসফ্রেজ(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">%1-এ</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">আনলক হচ্ছে…</translation>
    </message>
</context>
</TS>
