<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">Нээлттэй</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">Үнэлсэн</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">Шилжүүлсэн</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Хаагдсан</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">Хараахан үнэлээгүй</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">Үр дүнгийн түвшин %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (үндсэн)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Хувилбар</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Хэлүүд</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Формат</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (Lantern-д багтсан)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">Баталгаажсан</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">тийм</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">үгүй — «Гарал үүсэл»-ийг харна уу</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 хэсэг, %2 асуулт (%3 эмзэг), %4 шинж тэмдэг, %5 элемент, %6 профайл.</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">Элементүүд ба тус бүр хэзээ хангагдах</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">энд тооцох шинж тэмдэг байхгүй</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">жин: %1 хүчтэй, %2 дунд, %3 сул</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">Үр дүнгүүд, дарааллаар нь шалгана</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">түвшин %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">Эх сурвалжтай нь тулгаж баталгаажуулсан гэж тэмдэглэсэн.</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">Баталгаажаагүй: энэ шалгах жагсаалтын зарим хэсгийг эх сурвалжтай нь тулгаж шалгах шаардлагатай хэвээр байна.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Эх сурвалж</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">Баталгаажаагүй гэж тэмдэглэсэн зүйл алга.</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">Баталгаажаагүй хэвээр (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">Бүхэлдээ: дээрх тэмдэглэлийг харна уу.</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">Сургагч багшид зориулсан HTML тайлан (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV хүснэгт, шинж тэмдэг бүрт нэг мөр (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON, харьцуулсан бүх зүйл (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">Харьцуулалтыг сургагч багшид зориулж экспортлох</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">Ерөнхий</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">загвар хариулт: %1; таных: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">Ялгаатай хариултууд</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">Та загвар хариулттай ижил хариулт өгсөн.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Асуулт</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">Загвар хариулт</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">Таных</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(хариулаагүй)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">Нууц хэллэг сонгоно уу: санаж чадах хэд хэдэн үгийг бичихэд хялбар, таахад хэцүү.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">Хэт богино: дор хаяж %1 тэмдэгт ашиглана уу.</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">Сул: үүнийг таах боломжтой. Дахиад хэдэн үг нэмнэ үү.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">Дунд зэрэг: хүлээн зөвшөөрөхүйц, гэхдээ нэг хоёр үг нэмбэл хамаагүй хүчтэй болно.</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">Хүчтэй: үүнийг таахад маш удаан хугацаа шаардлагатай.</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">Эмзэг асуултаар асуудаг тул энд харуулахгүй</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">1 эмзэг асуулт, энд харуулахгүй</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">%1 эмзэг асуулт, энд харуулахгүй</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">Энэ профайлд 1 шинж тэмдэг</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">Энэ профайлд %1 шинж тэмдэг</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">шинж тэмдэг %1–%2 / %3</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">Хүчтэй шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">Дунд шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">Сул шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">Энэ профайлд түүний шинж тэмдгүүдийн аль нь ч тооцогдохгүй.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">Хэрхэн шийддэг вэ</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">Эдгээрийн аль нэг нь илэрвэл хангагдана</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">Жишээ хариулт байхгүй: энэ алхам зөвхөн дүрмийг харуулна.</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">жишээ хариултууд</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">%1 дээр үндэслэвэл</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">Илэрсэн шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">Илэрсэн зүйл алга</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>%n нээлттэй хэвээр: </numerusform>
            <numerusform>%n нээлттэй хэвээр: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; болон өөр %n</numerusform>
            <numerusform>; болон өөр %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">Босготой харьцуулбал</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">Илэрсэн: %1 хүчтэй, %2 дунд, %3 сул</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">Энэ профайлд түүний шинж тэмдгүүдэд жин оноогоогүй.</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">Оноо %1, шаардлагатай нь %2</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — хүрсэн</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — %2 шаардлагатай</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: тогтоогдоогүй — хариулаагүй асуултууд шийдэж магадгүй</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">Үр дүн %1 / %2 · түвшин %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">Дүрэм</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">Ашигладаг элементүүд</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">Шаардлагагүй: өмнөх үр дүнд аль хэдийн хүрсэн. %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">Энэ бол дүн. %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">Үр дүнгүүдийг дарааллаар нь шалгана; хамгийн түрүүнд хүрсэн нь дүн болно.</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">«%1» шалгах жагсаалтад танилцуулах «%2» профайл байхгүй.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · хувилбар %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">Энэ профайл хэнд зориулагдсан</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">Юуг, ямар дарааллаар жинлэх</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">Жишээ: %1 — энэ профайл хамаарна</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">Жишээ: %1 — энэ профайл хамаарахгүй ч хамт харуулав</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">Жишээ: %1 — энэ профайл хамаарч магадгүй (хамаарах хариулт нь хариулагдаагүй)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">Шийдвэр биш, анхан шатны үнэлгээний туслах хэрэгсэл: аль шинж тэмдгүүд илэрсэн, албан ёсоор тогтоолгохоор шилжүүлэх эсэхийг харуулна.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">Дүн: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">Хүрсэн: түвшин %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Юу хийх вэ</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">Дүн: хараахан хүрээгүй</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">Жишээ хариултуудаар аль ч үр дүнд хүрэхгүй</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">Цаашид болж магадгүй</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">Энэ профайл жишээ хариултуудад хамаарахгүй; дүн нь түүний дүрмүүд хариултуудыг хэрхэн унших байсныг харуулна.</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">Энэ профайл хамаарах эсэх нь хариулаагүй асуултаас хамаарна.</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">хүчтэй</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">дунд</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">сул</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">хангагдсан</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">хангагдаагүй</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">тогтоогдоогүй</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">үргэлжлэл</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · үргэлжлэл</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">Буцаах(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">Дахин хийх(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Хайчлах(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">Хуулах(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">Буулгах(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Устгах</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Бүгдийг сонгох</translation>
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
        <translation type="unfinished">Хадгалах</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">Бүгдийг хадгалах</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Нээлттэй</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">Тийм(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">Бүгдэд тийм(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">Үгүй(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">Бүгдэд үгүй(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">Зогсоох</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">Дахин оролдох</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">Үл тоох</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Хаах</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Цуцлах</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">Хаях</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">Тусламж</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">Хэрэгжүүлэх</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">Дахин тохируулах</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">Үндсэн тохиргоог сэргээх</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">Буцаах(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">Дахин хийх(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Хайчлах(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">Хуулах(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">Холбоосын хаягийг хуулах(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">Буулгах(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Устгах</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Бүгдийг сонгох</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">үл мэдэгдэх аргумент &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training болон --database-ийг хамт ашиглах боломжгүй</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">Төрөлх хэлтэн хянасан (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">Төрөлх хэлтэн хянасан</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">Интерфейсийн хэлүүд</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">Шалгах жагсаалтын хэлүүд</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Lantern-ийн тухай</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">Хувилбар %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Хувилбар</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">Хүн худалдаалах гэмт хэргийн хохирогчтой тулгарч болзошгүй ажилтнуудад зориулсан анхан шатны үнэлгээний шалгах жагсаалтууд. Тохиолдлууд энэ компьютер дээр шифрлэгдсэн хэвээр хадгалагдана.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">GNU General Public License-ийн 3 буюу түүнээс хойших хувилбарын дагуух чөлөөт програм хангамж. Ямар ч баталгаагүй.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Лиценз</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">Орчуулгын хяналтад хувь нэмэр оруулахын тулд docs/translations.md-г үзнэ үү: Qt Linguist дээр хянаад, оруулгуудыг дууссан гэж тэмдэглэнэ.</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">Хяналтад хэрхэн хувь нэмэр оруулах вэ</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">хөгжүүлэлтийн хувилбар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Хэл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Төлөв</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">Эх хувь</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">Ноорог — төрөлх хэлтэн хараахан хянаагүй</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">Шалгах жагсаалт ба хэл</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">хувилбар %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">хариултуудыг уншиж чадсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">&apos;%1&apos; асуулт (%2): %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">«тийм» эсвэл «үгүй» байх ёстой</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">асуултын сонголтын ID-уудын нэг байх ёстой</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">сонголтын ID-уудын жагсаалт байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos; нь асуултын сонголтын ID биш</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">текст байх ёстой</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">тоо байх ёстой</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 нь доод хязгаараас бага байна (хамгийн бага утга: %2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 нь дээд хязгаараас их байна (хамгийн их утга: %2)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD хэлбэрийн огноо байх ёстой</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">дэмжигдээгүй асуултын төрөл</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">хариултад үл мэдэгдэх &apos;%1&apos; талбар байна</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">үл мэдэгдэх хариултын төлөв &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; төлөвтэй хамт утга оруулах боломжгүй</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">хариултын файлд үл мэдэгдэх &apos;%1&apos; талбар байна (зөвхөн &quot;answers&quot; байх ёстой)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">хариултын файлд &quot;answers&quot; объект заавал байх ёстой</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">үл мэдэгдэх асуулт &apos;%1&apos; (%2 шалгах жагсаалтад байхгүй)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Тийм</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Үгүй</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Тодорхойгүй</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Хариулахаас татгалзсан</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Асуугаагүй</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">Хамаарахгүй</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">Товчлол: асуулт идэвхтэй үед %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — энэ асуулт идэвхтэй үед %2 дарна уу</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">хариулсан</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">тодорхойгүй</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">хариулахаас татгалзсан</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">асуугаагүй</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">хамаарахгүй</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">хариулаагүй</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">тийм</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">үгүй</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">аль ч сонголт биш</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">өөрөө хэлсэн</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">ажигласан</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">баримт бичиг</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">гуравдагч этгээд</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">«%1» асуултын хариулт</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">&apos;%1&apos; асуулт: %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">хариулт нь «тийм» эсвэл «үгүй» байх ёстой</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">асуултын сонголтуудаас нэгийг сонгоно уу</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">хариулт нь асуултын сонголтуудын жагсаалт байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos; нь асуултын сонголтуудын нэг биш</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">&apos;%1&apos;-г хоёр удаа сонгосон</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">хариулт нь текст байх ёстой</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">хариулт нь тоо байх ёстой</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 нь зөвшөөрөгдөх хамгийн бага утга болох %2-оос бага байна</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 нь зөвшөөрөгдөх хамгийн их утга болох %2-оос их байна</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">хариулт нь YYYY-MM-DD хэлбэрээр бичсэн огноо байх ёстой</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">ийм төрлийн асуултад энд хариулах боломжгүй</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">энэ хариултыг энд зөвшөөрөхгүй</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">%2 шалгах жагсаалтад &apos;%1&apos; асуулт байхгүй</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; төлөвтэй хамт утга оруулах боломжгүй</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● хангагдсан</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ хангагдаагүй</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ тогтоогдоогүй</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">Өгсөн хариултуудаар хамаарахгүй: %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Тэмдэглэл</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">Хамаарч магадгүй — дараахаас хамаарна: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">Энд гарсан дүн: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">хараахан хүрээгүй</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">Цаашид болж магадгүй: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">одоо: %1; хариулаагүй асуултуудаас хамаарч %2 хүртэл</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">Юу хийх вэ:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">Дүнг шийдэж болох хариулаагүй асуултууд:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">Анхан шатны үнэлгээний дүн</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">Зөвлөмж</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">Энэ дүн юу гэсэн үг вэ</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">Үнэлгээний дэлгэрэнгүй</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">Элементүүд, тооцсон шинж тэмдгүүд болон хариулаагүй асуултууд; Tab товчоор асуултын холбоосуудын хооронд шилжинэ</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">Нээлттэй тохиолдол алга</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">Хараахан дүнд хүрээгүй</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">Тухайн хүний хэмнэлээр үргэлжлүүлнэ үү; доорх хариулаагүй асуултууд дүнг өөрчилж болно.</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">Дүн нөхцөлт байна: аль профайл хамаарах нь хариулаагүй асуултуудаас хамаарсаар байна.</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">Энэ бол анхан шатны үнэлгээний дүн бөгөөд хохирогчийг тогтоосон хэрэг биш: хариултуудад ямар шинж тэмдэг байгаа, дараа нь юу хийхийг харуулна. Тухайн хүнийг хүн худалдаалах гэмт хэргийн хохирогч мөн эсэхийг зөвхөн албан ёсны тогтоох ажиллагаагаар шийднэ.</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">хангагдсан</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">хангагдаагүй</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">тогтоогдоогүй</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">%1 хүчтэй</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">%1 дунд</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">%1 сул</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">байхгүй</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">хамаарна</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">хамаарахгүй</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">хүчтэй</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">дунд</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">сул</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">Аудитын бүртгэл: тохиолдол %1</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">Аудитын үйл явдлууд</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Хэзээ</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Юу</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Асуулт</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Өөрчлөлт</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Дэлгэрэнгүй</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(байхгүй)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Үүсгэсэн</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">Хариулсан</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">Хариулт өөрчилсөн</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">Тэмдэглэл засварласан</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">Төлөв өөрчилсөн</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Экспортолсон</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">Түгжээ тайлсан</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">Түгжсэн</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">Нууц хэллэг өөрчилсөн</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">аудитын бүртгэлийг уншиж чадсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">нөөц хуулбар бичигдсэнгүй</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">нөөц хуулбарын файл гэмтсэн байна; өөр нөөц хуулбар сонгоно уу</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">%1 нөөц хуулбарын хавтсыг үүсгэх боломжгүй (өгөгдлийн сангийн хавтсанд бичих эрх байгаа эсэхийг шалгана уу)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">%1 нөөц хуулбарын хавтас зөвхөн уншигдах горимтой</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">нөөц хуулбарын хавтсыг уншиж чадсангүй</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">нөөц хуулбарт нэр өгч чадсангүй</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">нөөц хуулбарын хавтас байхгүй байна</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">энэ замд нөөц хуулбар байхгүй</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">нөөц хуулбарын файлыг уншиж чадсангүй (файлын эрхийг шалгана уу)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">нөөц хуулбарыг уншиж чадсангүй</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">хуучин нөөц хуулбаруудыг нөөц хуулбарын хавтаснаас устгаж чадсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">шалгах жагсаалтыг файлаас ачаалаагүй тул бэхлэх боломжгүй</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">энэ тохиолдолтой хамт хадгалсан шалгах жагсаалт гэмтсэн байна; нөөц хуулбараас сэргээнэ үү</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">Анхан шатны үнэлгээний дүн (түвшин %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Тохиолдол</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Шалгах жагсаалт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Төлөв</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">Сүүлийн өөрчлөлт</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">Анхан шатны үнэлгээний дүн</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">Шинэ тохиолдол(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">Нээх(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">Төлөв өөрчлөх(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">Аудитын бүртгэл(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">Хураангуй экспортлох(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">Сонгосон тохиолдлуудыг экспортлох(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">Тохиолдлын код, дүн эсвэл бүртгэсэн текстээр хайх</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">Тохиолдол хайх</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">Төлөвөөр шүүх</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Бүх төлөв</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">Харуулж буй тохиолдлын тоо</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">Тохиолдлууд</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">Хайх(&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">Төлөв(&amp;U):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n тохиолдол</numerusform>
            <numerusform>%n тохиолдол</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">тохиолдол хадгалагдсангүй</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">тохиолдлуудыг уншиж чадсангүй</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">шалгах жагсаалт хадгалагдсангүй</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">шалгах жагсаалтыг уншиж чадсангүй</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">тохиолдол үүсгэгдсэнгүй</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">уулзалт хадгалагдсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">өгөгдлийн сан үүсгэгдсэнгүй</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">өгөгдлийн сан бүрэн үүсгэгдсэнгүй; дахин үүсгэнэ үү</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">өгөгдлийн сан нээгдсэнгүй</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">шифрлэгдсэн өгөгдлийн санд түгжээ нь тайлагдсан өгөгдлийн түлхүүр шаардлагатай</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">энэ бол шифрлэгдээгүй сургалтын өгөгдлийн сан; нууц хэллэггүй</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">өгөгдлийн сангийн түгжээ тайлагдсангүй</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">энэ өгөгдлийн сан шифрлэгдсэн байна: нууц хэллэгийг нь оруулна уу</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">энэ өгөгдлийн санд ийм тохиолдол байхгүй</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">шалгах жагсаалт өөрийн SHA-256-тай таарахгүй байна; хадгалагдсангүй</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">шалгах жагсаалт хүчингүй байна; хадгалагдсангүй</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">шалгах жагсаалт хадгалагдсангүй</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">тохиолдлын шалгах жагсаалт энэ өгөгдлийн санд хадгалагдаагүй байна</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">тохиолдол үүсгэгдсэнгүй</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">тохиолдлын код хоосон байж болохгүй</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">тохиолдлын код өөрчлөгдсөнгүй</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">төлөв өөрчлөгдсөнгүй</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">уулзалт хадгалагдсангүй</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">хариулт асуулттай байх ёстой</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">хариулт хадгалагдсангүй</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">хариултын ярилцлагын уулзалт өөр тохиолдолд хамаарч байна</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">хариултуудыг уншиж чадсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">одоогийн өгөгдлийн санг нөөц хуулбар болгон хадгалж чадсангүй (%1); юу ч сэргээгдээгүй</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">өгөгдлийн санг өөрийг нь биш, нөөц хуулбарын файлыг сонгоно уу</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">юу ч сэргээгдээгүй</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">өгөгдлийн санг сольж чадсангүй</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">юу ч сэргээгдээгүй (одоогийн файл нөөц хуулбарын хавтсанд хадгалагдсан)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">энэ бол шифрлэгдээгүй сургалтын өгөгдлийн сан; нууц хэллэггүй</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">нууц хэллэг өөрчлөгдсөнгүй</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">өгөгдлийн сангийн түлхүүрийн тохиргоо алга байна</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">экспортлоход формат шаардлагатай</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">экспортыг бүртгэж чадсангүй</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">өгөгдлийн санг шинэчлэхийн өмнөх нөөц хуулбар амжилтгүй болсон (%1); өгөгдлийн санг нөөц хуулбаргүйгээр шинэчилсэн</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">өдөр тутмын автомат нөөц хуулбар амжилтгүй болсон: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (%2-ны хэвийн нөөц хуулбараас сэргээж болно)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">тохиолдлын жагсаалтын мөр шинэчлэгдсэнгүй</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">хайлтад ашиглах хариултуудыг уншиж чадсангүй</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">хайлтад ашиглах хариултууд өөрчлөгдсөнгүй</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">Кейс судалгаа %1 — зохиомол</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">Кейс судалгааны өгүүлэмж</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">тохиолдлыг уншиж чадсангүй</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">тохиолдлын жагсаалтыг уншиж чадсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">Шинэ тохиолдол(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">Тохиолдлын жагсаалт руу буцах(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">Төлөв өөрчлөх(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">Аудитын бүртгэл(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">Тохиолдлын жагсаалт руу буцах</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">Тохиолдол нээх</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">Тохиолдлыг нээж чадсангүй: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">Тохиолдол %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">Тохиолдол үүсгэгдсэнгүй: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">Төлөв өөрчлөгдсөнгүй: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">Тохиолдол %1 одоо «%2» төлөвтэй.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">Аудитын бүртгэлийг уншиж чадсангүй: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">Хайлтад ашиглах хариултууд(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>Тохиолдлын жагсаалт одоо сонгосон хариултуудаар хайна (%n тохиолдол бэлтгэв).</numerusform>
            <numerusform>Тохиолдлын жагсаалт одоо сонгосон хариултуудаар хайна (%n тохиолдол бэлтгэв).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">багтсан</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">1 асуудал</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">%1 асуудал</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — хүчинтэй биш, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">Энэ шалгах жагсаалтыг танилцуулах(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">Олдсон шалгах жагсаалтууд</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">Файлаас олдсон асуудлууд</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">Шалгах жагсаалт олдсонгүй.</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">Профайл(&amp;R):</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">Танилцуулах профайл</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 нь хүчинтэй шалгах жагсаалт биш тул ашиглах боломжгүй. Эдгээр асуудлыг засаад энэ жагсаалтыг дахин нээнэ үү:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">Шалгах жагсаалтууд</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Тойм</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">Оноо тооцох аргыг энгийн үгээр</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">Гарал үүсэл</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">Хэл(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">Шалгах жагсаалтын текстийн хэл</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">Профайл тус бүрийн шинж тэмдгийн хүч</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">Тойм(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">Асуултууд(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">Шинж тэмдгүүд(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">Оноо тооцох(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">Гарал үүсэл(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 аль хэдийн суусан байна; юу ч өөрчлөгдсөнгүй.</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 өөр агуулгатайгаар аль хэдийн суусан байна. Шинэ файлд илүү өндөр хувилбарын дугаар өгнө үү: %2 хувилбараар эхэлсэн тохиолдлууд түүндээ бэхлэгдсэн хэвээр үлдэнэ.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">%1 хавтсыг үүсгэх боломжгүй.</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 шалгах жагсаалтын хавтсанд аль хэдийн байгаа бөгөөд ачаалагдахгүй байна; эхлээд түүнийг өөр газар зөөнө үү.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 файлыг бичиж чадсангүй: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2 шалгах жагсаалтын хавтсанд нэмэгдлээ.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 нь хүчинтэй шалгах жагсаалт биш (1 асуудал); юу ч нэмэгдээгүй.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 нь хүчинтэй шалгах жагсаалт биш (%2 асуудал); юу ч нэмэгдээгүй.</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1 (хувилбар %2) нэмэгдлээ. Шинэ тохиолдол эхлүүлэхэд санал болгоно; аль хэдийн эхэлсэн тохиолдлууд эхэлсэн шалгах жагсаалтаа хэвээр ашиглана.</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (хувилбар %2) ижил агуулгатайгаар аль хэдийн суусан байна. Юу ч өөрчлөгдсөнгүй.</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">Энэ файл хүчинтэй шалгах жагсаалт биш тул нэмэгдсэнгүй. Доорх асуудлуудыг (файл дахь мөр, багана) засаад дахин импортлоно уу.</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">Шалгах жагсаалт нэмэгдсэнгүй: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">Шалгах жагсаалт импортлогдлоо</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">Шалгах жагсаалт импортлогдсонгүй</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">Шалгах жагсаалтын файлаас олдсон асуудлууд</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">файлыг уншиж чадахгүй байна: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">файл %1 MiB хэмжээнээс том байна; энэ нь шалгах жагсаалт биш</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">&apos;%1&apos; гишүүн давхардсан; объектод нэг нэр зөвхөн нэг удаа гарч болно</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">дэмжигдээгүй формат &apos;%1&apos;; Lantern-ийн энэ хувилбар %2 форматыг уншина</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">шалгах жагсаалтын ID &apos;%1&apos; буруу: латин жижиг үсэг (a–z), цифр, &apos;_&apos; болон &apos;-&apos; ашиглаж, үсгээр эхлүүлнэ үү</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">&apos;%1&apos; хувилбар нь MAJOR.MINOR.PATCH хэлбэртэй биш, жишээ нь 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">хэл нь &quot;en&quot; эсвэл &quot;th&quot; гэх мэт код байх ёстой</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">&apos;%1&apos; хэл хоёр удаа бичигдсэн байна</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos; нь хэлнүүдийн (%2) нэг биш</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">%1 ID &apos;%2&apos; давхардсан; анх тодорхойлсон байрлал: {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; нь хэлний кодоор түлхүүрлэсэн объект байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos; нь шалгах жагсаалтын хэлнүүдийн нэг биш</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">орчуулгын төлөв &quot;draft&quot; эсвэл &quot;reviewed&quot; байх ёстой, &quot;%1&quot; биш</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">үл мэдэгдэх асуултын төрөл &apos;%1&apos;; yesno, single, multi, text, number эсвэл date байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos; талбарыг зөвхөн number төрлийн асуултад ашиглаж болно</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; нь &apos;max&apos;-аас их байна</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; талбарыг зөвхөн single болон multi төрлийн асуултад ашиглаж болно</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 төрлийн асуултад заавал байх &apos;options&apos; талбар алга</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">үл мэдэгдэх бүлэг &apos;%1&apos;; act, means эсвэл purpose байх ёстой</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">босго нь {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} эсвэл {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} байх ёстой</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">жин сөрөг байж болохгүй</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; нь 0-ээс их байх ёстой</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">босгын хувилбар нь хамгийн бага тоонуудын объект байх ёстой, жишээ нь {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">босго дахь үл мэдэгдэх хүч &apos;%1&apos;; strong, medium, weak, medium_or_weak, strong_or_medium эсвэл any байх ёстой</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">хамгийн бага тоо нь 1-ээс багагүй бүхэл тоо байх ёстой</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; дотор дор хаяж нэг профайлын ID-д strong, medium эсвэл weak утга оноох ёстой</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">үл мэдэгдэх хүч &apos;%1&apos;; strong, medium эсвэл weak байх ёстой</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">өдөөгч нөхцөлд &apos;any_of&apos; эсвэл &apos;min&apos;/&apos;max&apos;-ын аль нэгийг ашиглана, хоёуланг нь биш</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; нь single, multi эсвэл text төрлийн асуулт шаардана</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; нь &apos;max&apos;-аас их байна</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; нь number төрлийн асуулт шаардана</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">энгийн өдөөгч нөхцөл yesno төрлийн асуулт шаардана; сонголтуудад &apos;any_of&apos; ашиглана уу</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">үл мэдэгдэх элемент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">үл мэдэгдэх профайл &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">үл мэдэгдэх эх сурвалж &apos;%1&apos;; үүнийг provenance.sources дотор жагсаана уу</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">үл мэдэгдэх асуулт &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">&apos;%1&apos; асуулт нь %2 төрлийн асуулт: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">тааруулах текст хариулт нь тэмдэгт мөр байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; нь &apos;%2&apos; асуултын сонголт биш</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">дүрэм &apos;%1&apos; утгыг уншиж байгаа ч энэ нь энэ шалгах жагсаалтын асуулт биш</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">үр дүнгийн дүрэм &apos;%1&apos; утгыг уншиж байгаа ч энэ нь энэ шалгах жагсаалтын элемент биш</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">харуулах нөхцөлийн тойрог: &apos;%1&apos; асуулт зөвхөн өөрийн хариултаас хамааран харагдана (хэсгийнхээ эсвэл өөрийн дүрмээр дамжин)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">харуулах нөхцөлийн тойрог: %1</translation>
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
        <translation type="unfinished">Бүх хүнд хамаарна</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">Хамаарах нөхцөл: %1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">Бусад бүх тохиолдолд хүрнэ</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">Хүрэх нөхцөл: %1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">Үргэлж асуудаг</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">Зөвхөн дараах үед асууна: %1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1: «тийм» гэж хариулсан</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1: %2 сонгогдсон</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1: %2 гэсэн сонголтуудын аль нэг нь сонгогдсон</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1: %2 гэсэн утгуудын аль нэг</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1: хамгийн багадаа %2, хамгийн ихдээ %3</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1: хамгийн багадаа %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1: хамгийн ихдээ %2</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1: хариулсан</translation>
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
        <translation type="unfinished">Та %1 (%2) шинж тэмдгийг орхигдуулсан; загвар хариултад үүнийг дараах хариултад үндэслэн тэмдэглэсэн: %3.</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">Та дараах асуултыг хариулаагүй орхисон: %1. Энэ нь «үгүй» гэсэн үг биш, гэхдээ асуултыг асуух хүртэл шинж тэмдэг тооцогдохгүй.</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">Таны хариулт: %1.</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">Таны тэмдэглэсэн хариулт: %1.</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">Таны хариултаар энэ шинж тэмдгийн асуулт гарч ирээгүй, учир нь та дараахыг тэмдэглэсэн: %1 (загвар хариулт: %2).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">Та %1 (%2) шинж тэмдгийг дараах хариултад үндэслэн нэмсэн: %3; загвар хариултад энэ нь хариулагдаагүй (%4).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">Та %1 (%2) шинж тэмдгийг дараах хариултад үндэслэн нэмсэн: %3; загвар хариултад: %4.</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">Та %1 (%2) шинж тэмдгийг дараах хариултад үндэслэн нэмсэн: %3; загвар хариултад: %4.</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">Таны хариултаар %1 элементэд %2 байгаа (загвар хариулт: %3) тул энэ нь %5 биш, %4 байна.</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">Хариулаагүй орхисон асуултууд үүнийг шийдэж магадгүй: %1.</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">Гэсэн хэдий ч %1 элемент хоёр талд адилхан %2 байна.</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">%1 профайлд таны үр дүн загвар хариулттай таарч байна: %2.</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (таных: %2, загвар хариулт: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">%1 профайлд %2 үр дүнгийн дүрэм таны хариултаар %3, загвар хариултаар %4 байгаа тул энд таны үр дүн %6 биш, %5 байна.</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">%1 профайлд %2 үр дүнгийн дүрэм дараахыг ашигладаг: %3. Энэ дүрэм таны хариултаар %4, загвар хариултаар %5 байгаа тул энд таны үр дүн %7 биш, %6 байна.</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">%1 профайлд таны үр дүн %3 биш, %2 байна.</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">Хариулаагүй орхисон асуултуудаас хамаарч энэ нь %1 болж магадгүй.</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (загвар хариулт: %2; таных: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">Аль профайл хамаарах талаар та загвар хариулттай санал зөрж байна: %1 профайл загвар хариултаар %2, харин таны хариултаар %3.</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">Аль профайл хамаарах талаар та загвар хариулттай санал зөрж байна: %1 профайл загвар хариултаар %2, харин таны хариултаар %3, учир нь дараах хариултууд ялгаатай: %4.</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">Таны хариултаар энэ нь тодорхойгүй үлдсэн тул үүнийг мөн үнэлсэн.</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">Таны анхан шатны үнэлгээний дүн загвар хариулттай таарч байна: %1.</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">Таны анхан шатны үнэлгээний дүн %1, харин загвар хариултынх %2.</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">Таны дүн нөхцөлт байна: таны хариултаар аль ч профайл баттай хамаарахгүй.</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">Загвар хариултын дүн нөхцөлт байна: түүний хариултаар аль ч профайл баттай хамаарахгүй.</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">Хариулаагүй орхисон асуултуудаас хамаарч таны дүн %1 болж магадгүй.</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">Аль ч талд профайл хамаарахгүй тул харьцуулах элемент алга.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>Загвар хариултад тэмдэглэсэн %n шинж тэмдгээс: олсон %1, орхигдуулсан %2; мөн загвар хариултад байхгүй %3 шинж тэмдэг нэмсэн.</numerusform>
            <numerusform>Загвар хариултад тэмдэглэсэн %n шинж тэмдгээс: олсон %1, орхигдуулсан %2; мөн загвар хариултад байхгүй %3 шинж тэмдэг нэмсэн.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">өгөгдлийн сан нээгдсэнгүй</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">өгөгдлийн сангийн хавтас байхгүй байна</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">Qt-д зориулсан SQLite драйвер алга байна; Lantern-ийг дахин суулгана уу</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">өгөгдлийн сан энд урьдчилсан бичилтийн журнал (WAL) ашиглах боломжгүй; дотоод диск рүү зөөнө үү</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Хайх(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">Өгөгдлийн сан үүсгэх(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">Буцах(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">Тохиолдлын өгөгдлийн сан үүсгэх</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">Тохиолдлууд зөвхөн энэ нууц хэллэгээр нээгддэг түлхүүрээр шифрлэгдэнэ. Нууц хэллэгээ алдвал тохиолдлуудыг сэргээх боломжгүй.</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">Өгөгдлийн сангийн файлын байршил</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">Өгөгдлийн сангийн байршил сонгох</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Шинэ нууц хэллэг</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">Нууц хэллэгээ давтах</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Нууц хэллэгийн хүч</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">Өгөгдлийн сан үүсгэх</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Буцах</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">Байршил(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">Нууц хэллэг(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">Нууц хэллэгээ давтах(&amp;R):</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">Үүсгэж байна…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">Өгөгдлийн санг үүсгэж, түлхүүрийг нь энэ компьютерт тохируулж байна; хэдэн секунд болно.</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">Өгөгдлийн сангийн файлыг хаана хадгалахыг сонгоно уу.</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">Энэ байршилд файл аль хэдийн байна. Өөр нэр сонгох эсвэл байгаа өгөгдлийн санг нээнэ үү.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">Нууц хэллэг хэт богино байна: дор хаяж %1 тэмдэгт ашиглана уу.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">Хоёр нууц хэллэг таарахгүй байна. Ижил нууц хэллэгийг хоёр удаа бичнэ үү.</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">Шинэ тохиолдлын өгөгдлийн сангийн байршил</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern өгөгдлийн сан (*.lantern);;Бүх файл (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">өгөгдлийн сан Lantern-ийн өөр цонх эсвэл процесст нээлттэй байна (процесс %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">өгөгдлийн сангийн хавтсанд файл түгжих боломжгүй; өгөгдлийн санг дотоод диск рүү зөөнө үү</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">%1 хавтсыг үүсгэх боломжгүй; өөр байршил сонгоно уу.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">Нээлттэй өгөгдлийн сан алга.</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD, дараа нь Enter дарна уу</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">Он-сар-өдөр хэлбэрийн огноо</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">Огноог он-сар-өдөр хэлбэрээр оруулна уу, жишээ нь 2024-03-15.</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (&apos;%1&apos; гэж хэлэх гэсэн үү?)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">%1 хүчтэй, %2 дунд, %3 сул шинж тэмдэгтэй</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">дахиад %1 оноо</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">дахиад %1 оноо</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (оноо %2, шаардлагатай нь %3)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1; %2 хэрэгтэй, хариулаагүй асуултууд үүнийг нэмж магадгүй</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1; %2 хэрэгтэй</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">энэ профайлд тооцохгүй: түүний аль ч шинж тэмдэг энд тооцогдохгүй</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1; шаардлагатай оноонд хүрсэн</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1; %2 гэсэн нөхцөлийг хангасан</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1; босгод ямар ч хувилбар заагаагүй</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">өөр юу ч хэрэггүй</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">дахиад %1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> ба </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">дүрмийг үнэлэхэд хэт их тооцоо шаардлагатай</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">Загвар хариултад &apos;%1&apos; асуултын хариулт байгаа ч &apos;%2&apos; шалгах жагсаалтын %3 хувилбарт ийм асуулт байхгүй; өөр шалгах жагсаалтад зориулсан хариулт биш үү?</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">Оролцогчийн хариултад &apos;%1&apos; асуултын хариулт байгаа ч &apos;%2&apos; шалгах жагсаалтын %3 хувилбарт ийм асуулт байхгүй; өөр шалгах жагсаалтад зориулсан хариулт биш үү?</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">Загвар хариулттай харьцуулсан дасгал</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">Сургагч багшид экспортлох(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">Дасгалын харьцуулалт</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">СУРГАЛТ — зохиомол кейс судалгаа</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">Үр дүнгийн тохирол</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">Хоёр үр дүн</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">Олсон, орхигдуулсан, нэмсэн шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">Үндэслэл</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">Элемент тус бүрээр</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">Яагаад — үндэслэл</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">Сургагч багшид экспортлох</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">Энэ харьцуулалтыг сургагч багшид зориулж HTML тайлан, CSV хүснэгт эсвэл JSON хэлбэрээр хадгалах</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">Кейс судалгаа: &lt;b&gt;%1&lt;/b&gt; · Оролцогч: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Шалгах жагсаалт: %3, хувилбар %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ Таны үр дүн загвар хариулттай таарч байна</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ Таны үр дүн загвар хариултаас ялгаатай</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">нөхцөлт: аль ч профайл баттай хамаарахгүй</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">Загвар хариулт:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">Таных:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">Хариулаагүй орхисон асуултуудаа асуувал таных %1 болж магадгүй.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> эсвэл </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ %1 олсон  ·  ✗ %2 орхигдуулсан  ·  + %3 нэмсэн  —  загвар хариулт дахь %4 шинж тэмдгээс</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">Харьцуулалт экспортлогдсонгүй: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">Сургагч багшид экспортолсон: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ байгаа</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– байхгүй</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? хариулаагүй</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">хариулаагүй, «үгүй» гэсэн үг биш</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">өөрөөр хариулсан</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">таны хариултуудаар энэ асуулт гарахгүй</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">олсон</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">орхигдуулсан</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">нэмсэн</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">Харьцуулсан элементүүд</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">Элемент</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">Загвар хариулт</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">Таных</translation>
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
        <translation type="unfinished">Олсон: загвар хариултад ч, таных дээр ч байгаа шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">Орхигдуулсан: загвар хариултад байгаа ч таных дээр байхгүй шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">Нэмсэн: таных дээр байгаа ч загвар хариултад байхгүй шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">Олсон</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">Орхигдуулсан</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">Нэмсэн</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">хамаарна</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">хамаарахгүй</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">хамаарч магадгүй</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">Таны төлөв загвар хариултаас ялгаатай</translation>
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
        <translation type="unfinished">СУРГАЛТ — зохиомол кейс судалгаа</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">Харьцуулалтыг экспортлох файлаа сонгоно уу.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">хамаарна</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">хамаарахгүй</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">хамаарч магадгүй (хариулаагүй асуултуудаас хамаарна)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">хариулаагүй («үгүй» гэсэн үг биш)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">өөрөөр хариулсан</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">оролцогчийн хариултад гараагүй асуулт</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — нөхцөлт: аль ч профайл баттай хамаарахгүй</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ ижил</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">ялгаатай</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">Загвар хариулт: %1 · Оролцогч: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ Олсон</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ Орхигдуулсан</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ Нэмсэн</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">Энэ элементийн шинж тэмдэг аль ч талд байхгүй.</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ таарч байна)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ ялгаатай)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">Профайл: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">Загвар хариулт: %1; оролцогч: %2.</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">Энд гарсан дүн — загвар хариулт: %1; оролцогч: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">Элемент</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">Загвар хариулт</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">Оролцогч</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">Олсон</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">Орхигдуулсан</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">Нэмсэн</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">Үндэслэл</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">Ялгаатай хариултууд</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">Оролцогч загвар хариулттай ижил хариулт өгсөн.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Асуулт</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(хариулаагүй)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">Дасгалын харьцуулалт — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. Бодит хүн биш; зөвхөн сургалтад зориулсан.</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">Дасгалын харьцуулалт: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">Кейс судалгаа</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Шалгах жагсаалт</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2, хувилбар %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Экспортолсон</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ Үр дүн загвар хариулттай таарч байна</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ Үр дүн загвар хариултаас ялгаатай</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">Загвар хариулт: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">Оролцогч: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">Шинж тэмдгүүд: ✓ %1 олсон · ✗ %2 орхигдуулсан · + %3 нэмсэн</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">Аль ч талд профайл хамаарахгүй тул харьцуулах элемент алга.</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. Анхан шатны үнэлгээний дасгал бөгөөд хохирогчийг тогтоох ажиллагаа биш. Lantern-ээс экспортолсон.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">хараахан дүн алга</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">хараахан асуугаагүй</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">хүчтэй</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">дунд</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">сул</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">хамаарна</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">хамаарахгүй</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">хамаарч магадгүй</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">шинж тэмдэг алга</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>%1 шинж тэмдэг</numerusform>
            <numerusform>%1 шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>%1 шинж тэмдэг</numerusform>
            <numerusform>%1 шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>бусад %n</numerusform>
            <numerusform>бусад %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 ба %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">Хураангуй экспортлох(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">Хэвлэхийн өмнө харах(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">Сонгосон тохиолдлуудыг экспортлох(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">Тохиолдол %1 — хураангуйг экспортоллоо: %2.</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">Хураангуйг бэлтгэж чадсангүй: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">1 тохиолдол экспортоллоо: %1.</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">%1 тохиолдол экспортоллоо: %2.</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">Тохиолдол сонгоогүй байна.</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">Тохиолдлыг нээж чадсангүй: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">Ажилтны тэмдэглэлийг оруулах(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Хайх(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">Хураангуй экспортлох: тохиолдол %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF баримт бичиг</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML хуудас</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (тохиолдлын бүх мэдээлэл)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Формат</translation>
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
        <translation type="unfinished">Цаасны хэмжээ</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">Ажилтны тэмдэглэлийг оруулах</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">Гаралтын файл</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">Хураангуйг хаана хадгалах</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">Гаралтын файл сонгох</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">Формат(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">Цаас(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">Хадгалах газар(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">Экспортлох(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Экспортлох</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Цуцлах</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">Хураангуйг хаана хадгалахыг сонгоно уу.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">Өгөгдлийн сан түгжигдсэн байна; экспортлохын тулд түгжээг тайлна уу.</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">Хураангуй экспортлогдсонгүй: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF баримт бичиг (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML хуудас (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON файл (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">Хураангуйг хадгалах</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">Хэл(&amp;L):</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">Хоёр дахь хэл (хоёр хэлтэй хураангуй)(&amp;B):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Байхгүй</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (орчуулгын ноорог)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">Хураангуйн хэл</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">Хоёр дахь хэл (хоёр хэлтэй хураангуй)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">Асуулт, хариултын сонголт, гарчиг, зөвлөмж бүр эхний хэлний доор энэ хэлээр мөн харагдана.</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">Чөлөөт текстийг оруулах (текст хариулт, тэмдэглэл)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">Ажилтны тэмдэглэлийг оруулах(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Хайх(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">1 тохиолдол экспортлох</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">%1 тохиолдол экспортлох</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV хүснэгт (нэг файл)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON хүснэгт (нэг файл)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF хураангуй (шинэ хавтас)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML хураангуй (шинэ хавтас)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Формат</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">Чөлөөт текстийг оруулах</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">Ажилтны тэмдэглэлийг оруулах</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">Гаралтын файл эсвэл хавтас</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">Бичих файл эсвэл шинэ хавтас</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">Гаралтын файл эсвэл хавтас сонгох</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">Формат(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">Хадгалах газар(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">Экспортлох(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Экспортлох</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Цуцлах</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">Экспортлох тохиолдлуудаа тохиолдлын жагсаалтаас сонгоно уу.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">Экспортыг хаана хадгалахыг сонгоно уу.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">Өгөгдлийн сан түгжигдсэн байна; экспортлохын тулд түгжээг тайлна уу.</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">Сонгосон %1 тохиолдлыг экспортлож байна…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">Цуцлах(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">Экспортын явц</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">Экспортыг цуцаллаа; юу ч бичигдээгүй.</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">Тохиолдлууд экспортлогдсонгүй: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV файл (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON файл (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">Хүснэгтийг хадгалах</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">Хураангуйнуудад зориулсан шинэ хавтасны нэр</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">объект байх ёстой</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">үл мэдэгдэх талбар &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">заавал байх &apos;%1&apos; талбар алга</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos; нь тэмдэгт мөр байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos; хоосон байж болохгүй</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">ID &apos;%1&apos; буруу: латин жижиг үсэг (a–z), цифр болон &apos;_&apos; ашиглаж, үсгээр эхлүүлнэ үү</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos; нь true эсвэл false байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos; нь тоо байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos; нь бүхэл тоо байх ёстой, хамгийн багадаа %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos; нь массив байх ёстой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos; нь {&quot;en&quot;: &quot;...&quot;} гэх мэт хэлээрх текстийн объект байх ёстой</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">&apos;%1&apos; хэлээрх текстийн объект хоосон байна; дор хаяж үндсэн хэлээр текст оруулна уу</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">&apos;%1&apos; хэл &quot;languages&quot; жагсаалтад байхгүй</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">&apos;%1&apos; текст нь хоосон биш тэмдэгт мөр байх ёстой</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; хэлээрх текстийн объектод үндсэн хэл &apos;%2&apos; алга</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">файлыг уншиж чадсангүй</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">файлыг бичиж чадсангүй (хавтсанд нь бичих эрх байгаа эсэхийг шалгана уу)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">хуулбарыг бүрэн бичиж чадсангүй (диск дүүрсэн үү?)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[орчуулаагүй — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[%1 хэлээр орчуулаагүй]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">Тэмдэглэл: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">Байгаа шинж тэмдгүүд: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">; хариулаагүй асуултуудыг тооцвол %1 хүртэл</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">Юу хийх вэ:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">Тооцсон шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">Тогтоогдоогүй шинж тэмдгүүд</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">Энэ элементийг шийдэж болох асуултууд</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(одоо: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">Профайл: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">Хамаарах эсэх нь дараахаас хамаарна: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">Энэ профайл дахь дүн:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">хараахан хүрээгүй</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">; цаашид болж магадгүй: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">Хэсэг тус бүрийн хариултууд</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">Ажилтны тэмдэглэлийг энэ хураангуйд оруулаагүй.</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">Бүртгэсэн хариулт хараахан алга.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Асуулт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Хариулт</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Эх сурвалж</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Тэмдэглэл</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(хадгалсан; асуулт цаашид хамаарахгүй тул тооцоогүй)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">Ярилцлагын уулзалтууд</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">Бүртгэсэн ярилцлагын уулзалт алга.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">Эхэлсэн</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">Дууссан</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">Хэлмэрч</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">Ярилцлагын хэл</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1; ажилтны интерфейс: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">тийм</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">үгүй</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">дуусаагүй</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1 (хянаагүй орчуулгын ноорог)</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">Энэ хураангуй хоёр хэлтэй: шалгах жагсаалтын текст бүр %1 хэлээр, доор нь %2 хэлээр харагдана.</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">Шалгах жагсаалтын текстүүд %1 хэлээр байна.</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">Орчуулгын ноорог төрөлх хэлтнээр хянагдаагүй байна: болгоомжтой уншина уу.</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 нь шалгах жагсаалтад тухайн хэлээр байхгүй текстийг тэмдэглэнэ; оронд нь заасан хэл дээрх текстийг харуулна (&quot;%2&quot;: дээрх мөрөөс өөр текст байхгүй).</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1; хоёр дахь хэл: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Хэлүүд</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">Анхан шатны үнэлгээний дүн: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(түвшин %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">Нөхцөлт:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">дүн хариулаагүй асуултуудаас хамаарна; тэмдэглэлийг харна уу.</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">Зөвлөмж: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Тохиолдол</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">Тохиолдлын код</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Төлөв</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">Сүүлийн өөрчлөлт</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Шалгах жагсаалт</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">Шалгах жагсаалтын ID ба хувилбар</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">Шалгах жагсаалтын SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Экспортолсон</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">Тохиолдлын хураангуй %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">СУРГАЛТ — зохиомол тохиолдол. Бодит хүн биш.</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">Дүнд хэрхэн хүрсэн бэ</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">Lantern-ээр экспортолсон: %1.</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">хариулсан</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">тодорхойгүй</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">хариулахаас татгалзсан</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">асуугаагүй</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">хамаарахгүй</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">хараахан асуугаагүй</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">тийм</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">үгүй</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">эдгээрийн аль нь ч биш</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">Өөрөө хэлсэн</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">Ажигласан</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">Баримт бичиг</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">Гуравдагч этгээд</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">Ярилцлага</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">Ярилцлага өгөгчид · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ бүгд орчуулагдаагүй — зарим текст %1 хэлээр</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">орчуулгын ноорог, хянаагүй</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">Ярилцлага өгөгчид зориулсан асуулт (%1): %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">дүрмийг үнэлэхэд санах ой хүрэлцэхгүй байна</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">дүрмийг үнэлж чадсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">файл хоосон байна; JSON объект байх ёстой</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON баримтын төгсгөлийн дараа илүү текст байна</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">үүрлэлт хэт гүн байна (хамгийн ихдээ %1 түвшин)</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">файл гэнэт дууссан; утга байх ёстой</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">утга байх ёстой; JSON-д төгсгөлийн таслал зөвшөөрөхгүй</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">буруу утга; JSON-д true, false, null утгыг жижиг үсгээр, текстийг давхар хашилтад бичнэ</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">утга байх ёстой (объект, массив, тэмдэгт мөр, тоо, true, false эсвэл null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">буруу утга; %1 байх ёстой (JSON-ийн текст утгыг давхар хашилтад бичнэ)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">буруу тоо; эхэнд тэг бичихийг зөвшөөрөхгүй</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">буруу тоо</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">буруу тоо; аравтын цэгийн дараа цифр байх ёстой</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">буруу тоо; зэрэг илтгэгчид цифр байх ёстой</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">тоо хэт их байна</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">буруу \u escape; арван зургаатын дөрвөн цифр байх ёстой</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">тэмдэгт мөр хаагдаагүй</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">тэмдэгт мөрөнд буруу escape дараалал &apos;\%1&apos; байна</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u escape-д хосгүй surrogate байна</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">тэмдэгт мөрөнд буруу UTF-8 байна; файлыг UTF-8 хэлбэрээр хадгална уу</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">тэмдэгт мөр хаагдаагүй; хаах &apos;&quot;&apos; байх ёстой</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">тэмдэгт мөр хаагдаагүй; мөрийн төгсгөлөөс өмнө хаах &apos;&quot;&apos; байх ёстой</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">тэмдэгт мөрөнд удирдах тэмдэгт байна; үүнийг \t гэх мэт escape хэлбэрээр бичнэ үү</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">гишүүний нэр байх ёстой; JSON-д төгсгөлийн таслал зөвшөөрөхгүй</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">давхар хашилтад бичсэн гишүүний нэр байх ёстой</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">гишүүний нэрийн дараа &apos;:&apos; байх ёстой</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">файл гэнэт дууссан; &apos;}&apos; байх ёстой</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">объектын гишүүний дараа &apos;,&apos; эсвэл &apos;}&apos; байх ёстой</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">файл гэнэт дууссан; &apos;]&apos; байх ёстой</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">массивын элементийн дараа &apos;,&apos; эсвэл &apos;]&apos; байх ёстой</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Хариулт</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Lantern нуугдсан тул түгжигдлээ.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n минут идэвхгүй байсны дараа түгжигдлээ.</numerusform>
            <numerusform>%n минут идэвхгүй байсны дараа түгжигдлээ.</numerusform>
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
        <translation type="unfinished">Нуугдсан. Lantern-г дахин харуулахын тулд F12 дарна уу.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">Өгөгдлийн сан(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">Шинэ өгөгдлийн сан(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">Өгөгдлийн сан нээх(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">Түгжих(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">Нөөц хуулбараас сэргээх(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">Тохиргоо(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">Гарах(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">Засах(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">Хариултыг буцаах(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">Хариултыг дахин хийх(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">Тохиолдол(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">Харах(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">Сүүлд ашигласан өгөгдлийн сан %1 олдохгүй байна. Шинээр үүсгэх эсвэл өөр өгөгдлийн сан нээнэ үү.</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">Өгөгдлийн сан үүсгэгдсэнгүй: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">Тохиолдлын өгөгдлийн сан нээх</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern өгөгдлийн сан (*.lantern);;Бүх файл (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">Энэ өгөгдлийн санг нээх боломжгүй: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">Сүүлийн хэвийн нөөц хуулбараас сэргээх</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">Өгөгдлийн сангийн нууц хэллэгийг бичнэ үү.</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">Түгжээ тайлагдсангүй: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">Энэ өгөгдлийн сангийн нөөц хуулбар хараахан байхгүй.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Нөөц хуулбараас сэргээх</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">Өгөгдлийн санг %1 нөөц хуулбараар солих уу? Одоогийн файлыг эхлээд нөөц хуулбар болгон хадгална.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">Нөөц хуулбарыг сэргээлээ. Нөөц хуулбар хийх үед өгөгдлийн сангийн байсан нууц хэллэгээр түгжээг тайлна уу.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">Нөөц хуулбар сэргээгдсэнгүй: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — СУРГАЛТ (зохиомол тохиолдлууд)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">Шалгах жагсаалтууд(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">Шалгах жагсаалтуудыг үзэх(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">Шалгах жагсаалт танилцуулах(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">Шалгах жагсаалт импортлох(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">Шалгах жагсаалт импортлох</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern шалгах жагсаалт (*.json);;Бүх файл (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">Сургалт(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">Сургалтын ажлын орчныг нээх(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">Сургалтын ажлын орчныг анхны байдалд оруулах(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">Дасгал эхлүүлэх(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">Кейс судалгааг харуулах(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">Загвар хариулттай харьцуулах(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">Энэ тохиолдлыг загвар хариулттай харьцуулах боломжгүй: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">жишээ</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">Түгжигдсэн.</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">Сургалтын ажлын орчныг үүсгэж чадсангүй: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">Сургалтын ажлын орчныг анхны байдалд оруулах</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">Сургалтын ажлын орчныг анх ирсэн кейс судалгаануудтай нь анхны байдалд оруулах уу? Түүнд хийсэн бүх дасгал, өөрчлөлт устгагдана. Бодит тохиолдлын өгөгдлийн сангуудад өөрчлөлт орохгүй.</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">Сургалтын ажлын орчныг анхны байдалд оруулж чадсангүй: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">Сургалтын ажлын орчныг кейс судалгаануудтай нь анхны байдалд орууллаа.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">Тусламж(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">Lantern-ийн тухай(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Дахин оролдох</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Мэдэгдэл</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">Энэ мэдэгдлийг хаах</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">Мэдэгдлийг хаах</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">Шинэ тохиолдол</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (хувилбар %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, таны хавтаснаас</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Шалгах жагсаалт</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">Тохиолдлын код</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">Тохиолдол эхлүүлэх(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">Тохиолдол эхлүүлэх</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">Шалгах жагсаалт(&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">Тохиолдлын код(&amp;C):</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">Кодыг автоматаар үүсгэнэ; хүсвэл өөрийн хавтаст хэргийн дугаартай тааруулж өөрчилж болно. Нэр эсвэл хүнийг таних бусад мэдээллийг бүү оруул.</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">Хүчинтэй шалгах жагсаалт олдсонгүй. Тохиргоо хэсгээс шалгах жагсаалтын хавтсыг шалгана уу.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">Шалгах жагсаалт сонгоно уу.</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">Тохиолдлын код оруулна уу.</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">%1 кодыг өөр тохиолдол аль хэдийн ашиглаж байна; өөр код сонгоно уу.</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">Тэмдэглэл:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">Энэ хариултад нэмэлт тэмдэглэл (заавал биш)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Тэмдэглэл</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">Эх сурвалж:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">Хариултын эх сурвалж</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">Тоо</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1–%2 хоорондох тоо</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">Тоо, хамгийн багадаа %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">Тоо, хамгийн ихдээ %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">Тоо оруулна уу, жишээ нь 42.</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">дэмжигдээгүй оператор &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">&apos;%1&apos; оператор дор хаяж 1 аргумент авна</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">&apos;%1&apos; оператор дор хаяж %2 аргумент авна</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">&apos;%1&apos; оператор 1 аргумент авна</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">&apos;%1&apos; оператор %2 аргумент авна</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">&apos;%1&apos; оператор хамгийн ихдээ 1 аргумент авна</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">&apos;%1&apos; оператор хамгийн ихдээ %2 аргумент авна</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">&apos;%1&apos; оператор %2 эсвэл %3 аргумент авна</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">&apos;%1&apos; оператор %2–%3 аргумент авна</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">дүрэм хэт гүн үүрлэсэн</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">&apos;%2&apos; профайлын &apos;%1&apos; үр дүн %3 тогтоогдоогүй элемент уншдаг бөгөөд бүх хослолыг туршихад хэт олон байна; тогтоогдоогүй гэж үзнэ.</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">&apos;%2&apos; профайл дахь &apos;%1&apos; үр дүнгийн дүрмийг үнэлж чадсангүй (%3); тогтоогдоогүй гэж үзнэ.</translation>
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
        <translation type="unfinished">%1 ба %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">Хүрсэн: өмнөх ямар ч үр дүнд хүрээгүй үед энэ үргэлж хамаарна.</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">Хүрсэн, учир нь %1.</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">Хүрсэн: элементүүдийн төлөвөөр түүний дүрэм биелж байна.</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">Хүрээгүй, учир нь %1.</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">Хүрээгүй: элементүүдийн төлөвөөр түүний дүрэм биелэхгүй байна.</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">Хүрч магадгүй хэвээр: тогтоогдоогүй элементүүдээс хамаарна (%1).</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">Хүрч магадгүй хэвээр: тогтоогдоогүй элементүүдээс хамаарна.</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">Тохиолдол %1 · экспортолсон %2 · хуудас %3/%4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">СУРГАЛТ — зохиомол тохиолдол · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">хүчтэй</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">дунд</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">сул</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">тийм</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">үгүй</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">хариулаагүй</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">хангагдсан</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">хангагдаагүй</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">тогтоогдоогүй</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">шаардлагагүй</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">Слайдын гарчиг</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — танилцуулга</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">Слайд</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Алхам</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">Танилцуулах зүйл алга</translation>
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
        <translation type="unfinished">шалгах жагсаалт</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">элемент</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">шинж тэмдэг</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">профайл</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">Эх сурвалжтай нь тулгаж баталгаажуулсан.</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">Бүхэлдээ эх сурвалжтай нь тулгаж баталгаажуулаагүй.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">Эх сурвалж: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">Хараахан баталгаажаагүй:</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1, эх сурвалж: %2, %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1, эх сурвалж: %2</translation>
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
        <translation type="unfinished">Асуултууд</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">Асуулт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Төрөл</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">Заавал</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">Эмзэг</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">Асуух нөхцөл</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">Хэсгүүд ба асуултууд</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">тийм / үгүй</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">%1 сонголтоос нэг</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">%1 сонголтоос хэдийг ч</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">текст</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">огноо</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">тоо, %1–%2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">тоо</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">заавал</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ эмзэг</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">Болгоомжтой хандана уу; танилцуулах үед хэзээ ч харуулахгүй</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">заавал</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">эмзэг — зөөлөн асууна уу</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">орчуулаагүй</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">Асуух</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">Асуух · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">Асуулт %1: %2 (заавал)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">Асуулт %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">Ярилцлага авагчийн тэмдэглэл:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">Хүлээн авах хариултууд:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">Танд</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">Ярилцлага авагчид</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">Шуурхай нуух(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">Цонхыг шууд нуух; дахин харуулахын тулд F12-г дахин дарна уу</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; асуулт</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; хэсэг</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">Харуулах нөхцөл нь өөрөөсөө хамаарч байна: %1; үүнийг харуулж, тогтоогдоогүй гэж үзнэ.</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">&apos;%1&apos; асуултын харуулах нөхцөлийн дүрмийг үнэлж чадсангүй (%2); үүнийг харуулж, тогтоогдоогүй гэж үзнэ.</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">&apos;%1&apos; хэсгийн харуулах нөхцөлийн дүрмийг үнэлж чадсангүй (%2); үүнийг харуулж, тогтоогдоогүй гэж үзнэ.</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Нөөц хуулбараас сэргээх</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">Сэргээх нөөц хуулбараа сонгоно уу. Одоогийн өгөгдлийн сангийн файлыг эхлээд нөөц хуулбар болгон хадгалах тул юу ч алдагдахгүй. Нөөц хуулбар нь түүнийг хийх үед өгөгдлийн сангийн байсан нууц хэллэгээр нээгдэнэ.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">Нөөц хуулбарууд</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">Сэргээх(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2 нөөц хуулбар, %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">хувьсагчийн нэр нь шууд бичсэн тэмдэгт мөр байх ёстой</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">дүрмийг шинжилж чадсангүй</translation>
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
        <translation type="unfinished">%1: %2 гэснээс их</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1: хамгийн багадаа %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1: %2 гэснээс бага</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1: хамгийн ихдээ %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1: %2 биш</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">«%1»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">тийм</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">үгүй</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">хангагдсан</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">хангагдаагүй</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">үнэн</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">худал</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">хариулт алга</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">хоосон</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (хариулаагүй бол %2)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1 гэсэн утгуудын хамгийн их нь</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1 гэсэн утгуудын хамгийн бага нь</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">хасах %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1: «тийм» гэж хариулсан</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1: сонголт хийсэн</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1: 0-ээс өөр тоо</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1: хариулсан</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1: %2 гэснээс их, %3 гэснээс бага</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1: хамгийн багадаа %2, хамгийн ихдээ %3</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 хангагдсан</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 хангагдаагүй</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1: %2 сонгогдсон</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1: %2 гэсэн утгуудын аль нэг</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1: %2 гэсэн үг агуулсан</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 нь %2 дотор багтсан</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1: %2 бүгд сонгогдсон</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1: %2 гэсэн сонголтуудын аль нэг нь сонгогдсон</translation>
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
        <translation type="unfinished">эмзэг асуулт</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">хэзээ ч үгүй</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">үргэлж</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">, мөн </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; эсвэл </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> ба </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> эсвэл </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 хангагдаагүй</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1: «тийм» гэж хариулаагүй</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1: сонголт хийгээгүй</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1: хариулаагүй</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">дараах нөхцөл биелээгүй: %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">дараах нөхцөл биелээгүй: (%1)</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">хэрэв %1 бол %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">эс бөгөөс хэрэв %1 бол %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">бусад тохиолдолд %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2: хариулсан асуулт %1 хүрэхгүй</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1: хариулаагүй</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1 — аль нэгэнд нь хариулаагүй</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">Хадгалалтын төлөв</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ Хадгалсан</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ Хадгалсан %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ Хадгалаагүй: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">&apos;%1&apos; профайлын &apos;applies&apos; дүрмийг үнэлж чадсангүй (%2); хамаарах эсэхийг тогтоогдоогүй гэж үзнэ.</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">&apos;%1&apos; профайлын дүн хариулаагүй асуултуудаас хамаарч илүү ноцтой болж магадгүй (%2).</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">&apos;%1&apos; профайл мөн хамаарч магадгүй (дараахаас хамаарна: %2); хэрэв хамаарвал түүний &apos;%3&apos; дүн илүү ноцтой.</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">&apos;%1&apos; профайл хамаарах эсэх нь хариулаагүй асуултуудаас хамаарна: %2. Гэсэн хэдий ч үүнийг үнэлсэн.</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">Эдгээр хариултад аль ч профайл хамаарахгүй тул нэгдсэн дүн байхгүй.</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">Аль ч профайл хараахан дүнд хүрээгүй: бүх үр дүн хариулаагүй асуултуудаас хамаарсаар байна.</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">Аль ч профайл баттай хамаарахгүй байна: нэгдсэн дүн нь аль профайл хамаарахыг шийдэх хариулаагүй асуултуудаас хамаарсан нөхцөлт дүн юм.</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">&apos;%1&apos; шинж тэмдгийн дүрмийг үнэлж чадсангүй (%2); тогтоогдоогүй гэж үзнэ.</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern-ийн хэрэглэгчдийн уншдаг бүх бичиг, энэ компьютерийн ашигладаг фонтоор</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — фонт алга</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">дөрвөлжин хайрцаг болж харагдана: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">тохиолдлын хураангуй хадгалагдсангүй</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">%2 тохиолдлоос %1 тохиолдлыг шинэ хайлтад бэлтгэж чадсангүй (%3); тохиолдол бүрийг дараа нь нээх үед бэлтгэнэ</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">Хайлтад ашиглах хариултууд</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">Тохиолдлын жагсаалт нь тохиолдлыг код болон үр дүнгээр нь, мөн энд тэмдэглэсэн асуултуудад өгсөн хариултаар нь олдог. Эдгээр хариулт өгөгдлийн санд шифрлэгдсэн хэвээр байна; өгөгдлийн сангийн түгжээ тайлагдсан үед хайлт хийхийн тулд санах ойд хадгалагдана. Шалгах жагсаалтад эмзэг гэж тэмдэглэгдсэн асуултуудаар хэзээ ч хайх боломжгүй.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (хувилбар %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Шалгах жагсаалт</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">Тохиолдлын жагсаалт хариултаар нь хайх асуултууд</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">Хэрэгжүүлэх(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">Үндсэн тохиргоог ашиглах(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">Эмзэг гэж тэмдэглэгдээгүй текст асуултуудын хариултууд</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">Шалгах жагсаалт(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — эмзэг, хэзээ ч хайх боломжгүй</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Хэсгүүд</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down болон Ctrl+Page Up товчоор хэсгүүдийн хооронд шилжинэ</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">одоогийн хариултуудаар асуухгүй</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ бүх %1 асуултад хариулсан</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%1 / %2 хариулсан</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">Хэлмэрч ашигласан(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">Уулзалтын төлөв</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">Хэлмэрч ашигласан</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">Ярилцлагын хэл(&amp;L):</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">Ярилцлагын хэл</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">Ярилцлага явагдаж буй хэл (th гэх мэт хэлний код)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">Ярилцлагын уулзалтыг эхлүүлэх эсвэл түр зогсоох</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">Уулзалтыг бүртгэх боломжгүй: тохиолдлын өгөгдлийн сан нээгдээгүй байна.</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">Уулзалт эхлүүлэх(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">Энэ харагдацад уулзалтыг бүртгэдэггүй.</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">Уулзалтыг түр зогсоох(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">Уулзалт %1 үргэлжилж байна (эхэлсэн: %2)</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">Уулзалтыг үргэлжлүүлэх(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">Бүртгэсэн уулзалт хараахан алга.</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">Түр зогссон — одоогоор 1 уулзалт.</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">Түр зогссон — одоогоор %1 уулзалт.</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern-ийг жижигрүүлэх эсвэл нуух үед түгжих(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Тохиргоо</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">Хэзээ ч үгүй</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">Идэвхгүй байсан минутын дараа түгжих</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">Жижигрүүлэх эсвэл нуух үед түгжих</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">Өөрийн шалгах жагсаалтуудын хавтас</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">Дэлгэцийн орчны үндсэн тохиргоо</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">Интерфейсийн фонтын хэмжээ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Хайх(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">Шалгах жагсаалтын хавтас сонгох</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">Идэвхгүй үед түгжих(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">Шалгах жагсаалтын хавтас(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">Фонтын хэмжээ(&amp;F):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">Дэлгэцийн орчныг дагах</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — орчуулгын ноорог</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">Интерфейсийн хэл</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">Зэрэгцүүлэн</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">Дээр доор нь</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">Хоёр хэлтэй асуултууд</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">Ярилцлага өгөгчийн текстийн хэмжээ</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">Интерфейсийн хэл(&amp;G):</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">Хоёр хэлтэй асуултууд(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">Ярилцлага өгөгчийн текстийн хэмжээ(&amp;I):</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">шифрлэлтийн санг эхлүүлж чадсангүй</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">нууц хэллэг буруу байна</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">нууц хэллэг хоосон байна</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">өгөгдлийн сангийн түлхүүрийн тохиргоо гэмтсэн байна</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">өгөгдлийн сан түгжигдсэн байна</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">хадгалсан өгөгдөл бүрэн бүтэн байдлын шалгалтад тэнцсэнгүй (өөрчлөгдсөн эсвэл гэмтсэн)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">өгөгдлийн сангийн шифрлэлтэд хангалттай санах ой алга; бусад програмыг хаагаад дахин оролдоно уу</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">Дасгал эхлүүлэх</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">Кейс судалгааг уншаад, ажил дээрээ хийдэг шигээ шалгах жагсаалтаар ярилцлага хийнэ үү. Дууссаны дараа хариултаа загвар хариулттай харьцуулна уу.</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">Кейс судалгаа</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">жишээ нь 3-р бүлэг, эсвэл таны нэр</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">Оролцогч эсвэл бүлэг</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">Кейс судалгаа(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">Оролцогч эсвэл бүлэг(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">Эхлүүлэх(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">Сэдэв: %1 · шалгах жагсаалт %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">Кейс судалгаа суулгаагүй байна.</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">Сургагч багш дасгалуудыг ялгаж чадахаар нэр эсвэл бүлгээ оруулна уу.</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 энэ кейс судалгааг аль хэдийн эхэлсэн байна; өөр нэр сонгоно уу.</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">Тохиолдлын шинэ өгөгдлийн сан үүсгэх(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">Байгаа өгөгдлийн санг нээх(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">Сургалтын ажлын орчныг нээх(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern-д тавтай морил</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern нь скрининг хийсэн тохиолдлуудыг энэ компьютер дээрх шифрлэгдсэн өгөгдлийн санд хадгалдаг. Юу ч хаашаа ч илгээгдэхгүй. Эхлэхийн тулд нууц хэллэгээр хамгаалагдсан өгөгдлийн сан үүсгэх эсвэл өөрт байгаа өгөгдлийн санг нээнэ үү.</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">Сургагч багш болон сургалтад оролцогчдод: сургалтын ажлын орчинд зөвхөн зохиомол кейс судалгаа байдаг. Энэ нь шифрлэгдээгүй бөгөөд тодорхой тэмдэглэгдсэн; энд бодит хүний тохиолдлыг хэзээ ч бүү оруул.</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">Сургалтын ажлын орчныг нээх</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">Тохиолдлын шинэ өгөгдлийн сан үүсгэх</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">Байгаа өгөгдлийн санг нээх</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">Төлөв өөрчлөх: тохиолдол %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">Шинэ төлөв</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">Өөрчлөх шалтгаан</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">Төлөв яагаад өөрчлөгдөж буй, жишээ нь &quot;үндэсний шилжүүлэх механизмд шилжүүлсэн&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">Төлөв өөрчлөх(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">Төлөв(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">Шалтгаан(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">Одоогийнхоос өөр төлөв сонгоно уу.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">Шалтгаанаа бичнэ үү: энэ нь тохиолдлын аудитын бүртгэлд хадгалагдана.</translation>
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
        <translation type="unfinished">диск дүүрсэн байна</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">өгөгдлийн сангийн файлыг нээх боломжгүй (хавтас нь байгаа эсэх, бичих эрхтэй эсэхийг шалгана уу)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">компьютерын санах ой дууссан</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">өгөгдлийн сан гэнэтийн асуудал мэдээлсэн (код %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">энэ файл Lantern-ийн өгөгдлийн сан биш</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">энэ өгөгдлийн санг Lantern-ийн шинэ хувилбараар үүсгэсэн (схем %1); нээхийн тулд Lantern-ийг шинэчилнэ үү</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">өгөгдлийн сан зөвхөн уншигдах байршилд байна</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">өгөгдлийн сан Lantern-ийн өөр цонх эсвэл процесст нээлттэй байна</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">өгөгдлийн сангийн файл гэмтсэн байна; нөөц хуулбараас сэргээнэ үү</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">энэ замд өгөгдлийн сан байхгүй</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">энэ замд файл аль хэдийн байна</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">өгөгдлийн сан түгжигдсэн байна: эхлээд түгжээг нь тайлна уу</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">дискийг уншиж эсвэл бичиж чадсангүй</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ хүчтэй</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ дунд</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ сул</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">энэ профайлд тооцохгүй</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">Шинж тэмдэг, элементээр</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">Хэвлэхийн өмнө харах: тохиолдол %1</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">Хариултаа бичээд Enter дарна уу</translation>
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
            <numerusform>%n %1 шинж тэмдэг</numerusform>
            <numerusform>%n %1 шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%n %1 шинж тэмдэг</numerusform>
            <numerusform>%n %1 шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 ба %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">хүчтэй</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">дунд</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">сул</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">дунд эсвэл сул</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">хүчтэй эсвэл дунд</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">ямар ч хүчний</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">нэг ч шинж тэмдэггүй</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">ямар ч хүчний %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>ямар ч хүчний %n шинж тэмдэг</numerusform>
            <numerusform>ямар ч хүчний %n шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>ямар ч хүчний %n шинж тэмдэг</numerusform>
            <numerusform>ямар ч хүчний %n шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">нийт %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>нийт %n шинж тэмдэг</numerusform>
            <numerusform>нийт %n шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>нийт %n шинж тэмдэг</numerusform>
            <numerusform>нийт %n шинж тэмдэг</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">аль ч хүчинд жин оноогоогүй</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">Байгаа шинж тэмдгүүдийн жингийн нийлбэр хамгийн багадаа %1 болбол хангагдана (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">Хэзээ ч хангагдахгүй: босгод ямар ч хувилбар заагаагүй</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">Хангагдах нөхцөл: %1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; эсвэл </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">СУРГАЛТ — зохиомол тохиолдлууд · шифрлэгдээгүй · энд бодит хүний тохиолдлыг хэзээ ч бүү оруул</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">Сургалтын ажлын орчин: зөвхөн зохиомол тохиолдлууд</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">Түгжээ тайлах(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">Өөр өгөгдлийн сан нээх(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">Шинэ өгөгдлийн сан(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">Нөөц хуулбараас сэргээх(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">Тохиолдлын өгөгдлийн сангийн түгжээг тайлах</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">Өгөгдлийн сангийн нэр</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">Өгөгдлийн сангийн хавтас</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Нууц хэллэг</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Түгжээ тайлах</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">Өөр өгөгдлийн сан нээх</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">Шинэ өгөгдлийн сан үүсгэх</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Нөөц хуулбараас сэргээх</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">Нууц хэллэг(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">байршил: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Түгжээг тайлж байна…</translation>
    </message>
</context>
</TS>
