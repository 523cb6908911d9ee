<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">เปิดอยู่</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">ประเมินแล้ว</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">ส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ปิดแล้ว</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">ผลระดับ %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">รหัส</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">เวอร์ชัน</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">รูปแบบ</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ไฟล์</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (มาพร้อมกับ Lantern)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">ไม่ — ดูที่มา</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 ส่วน คำถาม %2 ข้อ (อ่อนไหว %3 ข้อ) ตัวชี้วัด %4 ข้อ %5 มิติ และรายการตัวชี้วัด %6 ชุด</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">มิติและเงื่อนไขที่แต่ละมิติเข้าเกณฑ์</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">ไม่มีตัวชี้วัดที่นำมาคิดน้ำหนักในส่วนนี้</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">คิดน้ำหนัก: หนักแน่น %1 ข้อ ปานกลาง %2 ข้อ อ่อน %3 ข้อ</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">ผลลัพธ์ ตามลำดับการพิจารณา</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">ระดับ %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">ทำเครื่องหมายว่าตรวจสอบกับแหล่งอ้างอิงแล้ว</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">ยังไม่ได้ตรวจสอบ: บางส่วนของรายการตรวจสอบนี้ยังต้องตรวจสอบกับแหล่งอ้างอิง</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">แหล่งอ้างอิง</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">ไม่มีส่วนใดที่ทำเครื่องหมายว่ายังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">ยังไม่ได้ตรวจสอบ (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">ทั้งฉบับ: ดูหมายเหตุด้านบน</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">รายงาน HTML สำหรับผู้ฝึกอบรม (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">ตาราง CSV หนึ่งแถวต่อตัวชี้วัดหนึ่งข้อ (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON เปรียบเทียบทุกอย่าง (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">ส่งออกผลการเปรียบเทียบสำหรับผู้ฝึกอบรม</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">ภาพรวม</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">คำตอบตัวอย่าง: %1; ของคุณ: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">คำตอบที่แตกต่างกัน</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">คุณตอบเหมือนกับคำตอบตัวอย่างทุกข้อ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">คำถาม</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">คำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">ของคุณ</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(เว้นไว้)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">เลือกวลีรหัสผ่าน: คำหลายคำที่คุณจำได้จะพิมพ์ง่ายกว่าและเดายากกว่า</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">สั้นเกินไป: ใช้อย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">อ่อน: อาจถูกเดาได้ เพิ่มคำอีกสักสองสามคำ</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">พอใช้: ยอมรับได้ แต่เพิ่มอีกหนึ่งหรือสองคำจะปลอดภัยขึ้นมาก</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">แข็งแรง: ต้องใช้เวลานานมากจึงจะเดาได้</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">ถามด้วยคำถามอ่อนไหว ไม่แสดงที่นี่</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">คำถามอ่อนไหว 1 ข้อ ไม่แสดงที่นี่</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">คำถามอ่อนไหว %1 ข้อ ไม่แสดงที่นี่</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">ตัวชี้วัด 1 ข้อในรายการนี้</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">ตัวชี้วัด %1 ข้อในรายการนี้</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">ตัวชี้วัดข้อ %1–%2 จาก %3</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">ตัวชี้วัดระดับหนักแน่น</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">ตัวชี้วัดระดับปานกลาง</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">ตัวชี้วัดระดับอ่อน</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">ไม่มีตัวชี้วัดใดของมิตินี้ที่นับในรายการนี้</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">วิธีการตัดสิน</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">เข้าเกณฑ์เมื่อพบข้อใดข้อหนึ่งต่อไปนี้</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">ไม่มีคำตอบในตัวอย่าง: ขั้นนี้แสดงเฉพาะกฎเท่านั้น</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">คำตอบในตัวอย่าง</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">ตาม%1</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">ตัวชี้วัดที่พบ</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">ไม่พบ</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>ยังเปิดอยู่ %n ข้อ: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; และอีก %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">เทียบกับเกณฑ์</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">พบ: หนักแน่น %1 ข้อ ปานกลาง %2 ข้อ อ่อน %3 ข้อ</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">รายการนี้ไม่คิดน้ำหนักตัวชี้วัดใดเลย</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">คะแนน %1 จาก %2 ที่ต้องการ</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — ถึงเกณฑ์แล้ว</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — ต้องได้ %2</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: ยังระบุไม่ได้ — คำถามที่ยังไม่ได้คำตอบยังอาจเป็นตัวตัดสิน</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">ผลลัพธ์ที่ %1 จาก %2 · ระดับ %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">กฎ</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">มิติที่ใช้พิจารณา</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">ไม่จำเป็น: ได้ผลลัพธ์ก่อนหน้านี้แล้ว %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">นี่คือผลการคัดกรอง %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">ผลลัพธ์จะถูกพิจารณาตามลำดับ ผลลัพธ์แรกที่ถึงเกณฑ์คือผลการคัดกรอง</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">รายการตรวจสอบ “%1” ไม่มีรายการตัวชี้วัด “%2” ให้นำเสนอ</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · เวอร์ชัน %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">รายการนี้ใช้กับใคร</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">สิ่งที่นำมาพิจารณา ตามลำดับ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">ตัวอย่างประกอบ: %1 — รายการนี้ใช้ได้</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">ตัวอย่างประกอบ: %1 — รายการนี้ใช้ไม่ได้ แต่แสดงไว้ด้วยกัน</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">ตัวอย่างประกอบ: %1 — รายการนี้อาจใช้ได้ (คำตอบที่ใช้ตัดสินยังไม่ได้ตอบ)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">เครื่องมือช่วยคัดกรอง ไม่ใช่คำตัดสิน: แสดงว่าพบตัวชี้วัดใดบ้าง และควรส่งต่อเพื่อการคัดแยกผู้เสียหายอย่างเป็นทางการหรือไม่</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">ผล: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">ได้ผล: ระดับ %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">สิ่งที่ควรทำ</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">ผล: ยังไม่ถึงผลลัพธ์ใด</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">คำตอบในตัวอย่างยังไม่ถึงผลลัพธ์ใด</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">ยังอาจกลายเป็น</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">รายการนี้ใช้ไม่ได้กับคำตอบในตัวอย่าง ผลที่แสดงคือการอ่านคำตอบตามกฎของรายการนี้</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">รายการนี้จะใช้ได้หรือไม่ ขึ้นอยู่กับคำตอบที่ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">หนักแน่น</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">อ่อน</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ไม่เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">ยังระบุไม่ได้</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">(ต่อ)</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · (ต่อ)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">เปิดอยู่</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">ละเว้น</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">ละทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">วิธีใช้</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">อาร์กิวเมนต์ที่ไม่รู้จัก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">ใช้ --training และ --database พร้อมกันไม่ได้</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">ตรวจทานโดยเจ้าของภาษาแล้ว (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">ตรวจทานโดยเจ้าของภาษาแล้ว</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">ภาษาของส่วนติดต่อผู้ใช้</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">ภาษาของรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">เกี่ยวกับ Lantern</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">เวอร์ชัน %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">เวอร์ชัน</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">รายการตรวจสอบเพื่อการคัดกรอง สำหรับเจ้าหน้าที่ผู้ดูแลกรณีที่อาจพบผู้เสียหายจากการค้ามนุษย์ ข้อมูลกรณีถูกเข้ารหัสและเก็บไว้บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">ซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต GNU General Public License รุ่นที่ 3 หรือใหม่กว่า โดยไม่มีการรับประกันใด ๆ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">หากต้องการร่วมตรวจทานคำแปล ดู docs/translations.md: ตรวจทานใน Qt Linguist แล้วทำเครื่องหมายรายการว่าเสร็จสิ้น</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">วิธีร่วมตรวจทานคำแปล</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">รุ่นสำหรับการพัฒนา</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">ต้นฉบับ</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">ฉบับร่าง — ยังไม่ได้ตรวจทานโดยเจ้าของภาษา</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">รายการตรวจสอบและภาษา</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">เวอร์ชัน %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านคำตอบได้</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">คำถาม &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">ต้องเป็นใช่หรือไม่ใช่</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">ต้องเป็นรหัสตัวเลือกหนึ่งของคำถามนี้</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">ต้องเป็นรายการรหัสตัวเลือก</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่รหัสตัวเลือกของคำถามนี้</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 ต่ำกว่าค่าต่ำสุด %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 สูงกว่าค่าสูงสุด %2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">ไม่รองรับคำถามประเภทนี้</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">ไม่รู้จักฟิลด์ &apos;%1&apos; ในคำตอบ</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">ไม่รู้จักสถานะคำตอบ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">ไม่สามารถใส่ค่าร่วมกับสถานะ &apos;%1&apos; ได้</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">ไม่รู้จักฟิลด์ &apos;%1&apos; ในไฟล์คำตอบ (ต้องมีเพียง &quot;answers&quot; เท่านั้น)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">ไฟล์คำตอบต้องมีออบเจ็กต์ &quot;answers&quot;</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">ไม่รู้จักคำถาม &apos;%1&apos; (ไม่มีในรายการตรวจสอบ %2)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">ไม่ทราบ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">ไม่ขอตอบ</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">ไม่ได้ถาม</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">ปุ่มลัด: %1 ขณะที่คำถามนี้ถูกเลือกอยู่</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — กด %2 ขณะที่คำถามนี้ถูกเลือกอยู่</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">ตอบแล้ว</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">ไม่ทราบ</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">ไม่ขอตอบ</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">ไม่ได้ถาม</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">ไม่มีตัวเลือกใดเลย</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">บุคคลนั้นบอกเอง</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">สังเกตเห็น</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">เอกสาร</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">บุคคลที่สาม</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">คำตอบของ “%1”</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">คำถาม &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">คำตอบต้องเป็นใช่หรือไม่ใช่</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">เลือกหนึ่งในตัวเลือกของคำถาม</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">คำตอบต้องเป็นรายการตัวเลือกของคำถาม</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่ตัวเลือกของคำถาม</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">เลือก &apos;%1&apos; ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">คำตอบต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">คำตอบต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 ต่ำกว่าค่าต่ำสุดที่อนุญาต คือ %2</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 สูงกว่าค่าสูงสุดที่อนุญาต คือ %2</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">คำตอบต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">ไม่สามารถตอบคำถามประเภทนี้ที่นี่ได้</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">ไม่อนุญาตให้ใช้คำตอบนี้ที่นี่</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">ไม่มีคำถาม &apos;%1&apos; ในรายการตรวจสอบ %2</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">ไม่สามารถใส่ค่าร่วมกับสถานะ &apos;%1&apos; ได้</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ ไม่เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ ยังระบุไม่ได้</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">ใช้ไม่ได้ตามคำตอบที่ได้รับ: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">อาจใช้ได้ — ขึ้นอยู่กับ: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">ผลในรายการนี้: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">ยังไม่ถึงผลลัพธ์ใด</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">ยังอาจกลายเป็น: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">ที่พบ: %1; หากรวมคำถามที่ยังไม่ได้คำตอบ อาจถึง %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">สิ่งที่ควรทำ:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">คำถามที่ยังไม่ได้คำตอบซึ่งอาจเป็นตัวตัดสิน:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">ผลการคัดกรอง</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">คำแนะนำ</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">ความหมายของผลนี้</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">รายละเอียดการประเมิน</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">มิติ ตัวชี้วัดที่นับ และคำถามที่ยังไม่ได้คำตอบ กด Tab เพื่อเลื่อนระหว่างลิงก์คำถาม</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">ไม่มีกรณีที่เปิดอยู่</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">ยังไม่ได้ผลการคัดกรอง</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">ดำเนินการต่อตามจังหวะของบุคคลนั้น คำถามที่ยังไม่ได้คำตอบด้านล่างอาจทำให้ผลเปลี่ยนไป</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">ผลนี้ยังมีเงื่อนไข: รายการตัวชี้วัดที่จะใช้ยังขึ้นอยู่กับคำถามที่ยังไม่ได้คำตอบ</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">นี่เป็นผลการคัดกรอง ไม่ใช่การระบุตัวผู้เสียหาย ผลนี้แสดงว่าคำตอบมีตัวชี้วัดใดบ้างและควรทำอะไรต่อ มีเพียงกระบวนการคัดแยกผู้เสียหายอย่างเป็นทางการเท่านั้นที่ตัดสินได้ว่าบุคคลใดเป็นผู้เสียหายจากการค้ามนุษย์หรือไม่</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ไม่เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">ยังระบุไม่ได้</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">หนักแน่น %1 ข้อ</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">ปานกลาง %1 ข้อ</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">อ่อน %1 ข้อ</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">ไม่มี</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">ใช้ได้</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">หนักแน่น</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">อ่อน</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">บันทึกการตรวจสอบของกรณี %1</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">เหตุการณ์ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อใด</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">อะไร</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">คำถาม</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">รายละเอียด</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ไม่มี)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">สร้างแล้ว</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">ตอบแล้ว</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">เปลี่ยนคำตอบ</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">แก้ไขหมายเหตุ</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">ปลดล็อก</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">ล็อก</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านบันทึกการตรวจสอบได้</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">ไม่ได้เขียนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">ไฟล์ข้อมูลสำรองเสียหาย เลือกข้อมูลสำรองอื่น</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">ไม่สามารถสร้างโฟลเดอร์ข้อมูลสำรอง %1 ได้ (ตรวจสอบว่าโฟลเดอร์ของฐานข้อมูลเขียนได้)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">โฟลเดอร์ข้อมูลสำรอง %1 เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">ไม่สามารถอ่านโฟลเดอร์ข้อมูลสำรองได้</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">ไม่สามารถตั้งชื่อให้ข้อมูลสำรองได้</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">ไม่มีโฟลเดอร์สำหรับข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">ไม่มีข้อมูลสำรองที่ตำแหน่งนี้</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">ไม่สามารถอ่านไฟล์ข้อมูลสำรองได้ (ตรวจสอบสิทธิ์ของไฟล์)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านข้อมูลสำรองได้</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">ไม่สามารถลบข้อมูลสำรองเก่าออกจากโฟลเดอร์ข้อมูลสำรองได้</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">รายการตรวจสอบไม่ได้โหลดมาจากไฟล์ จึงตรึงไว้ไม่ได้</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">รายการตรวจสอบที่เก็บไว้กับกรณีนี้เสียหาย กู้คืนข้อมูลสำรอง</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">ผลการคัดกรอง (ระดับ %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">กรณี</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">เปลี่ยนแปลงล่าสุด</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">ผลการคัดกรอง</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">กรณีใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">เปลี่ยนสถานะ(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">บันทึกการตรวจสอบ(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">ส่งออกสรุป(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">ส่งออกกรณีที่เลือก(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">ค้นหาตามรหัสกรณี ผลการคัดกรอง หรือข้อความที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">ค้นหากรณี</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">กรองตามสถานะ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ทุกสถานะ</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">จำนวนกรณีที่แสดง</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">กรณี</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">ค้นหา(&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">สถานะ(&amp;U):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n กรณี</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">ไม่ได้บันทึกกรณี</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านกรณีได้</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">ไม่ได้จัดเก็บรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านรายการตรวจสอบได้</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">ไม่ได้สร้างกรณี</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">ไม่ได้บันทึกรอบการสัมภาษณ์</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">ไม่ได้สร้างฐานข้อมูล</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">สร้างฐานข้อมูลไม่สมบูรณ์ สร้างใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">ไม่ได้เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">ฐานข้อมูลที่เข้ารหัสต้องใช้กุญแจข้อมูลที่ปลดล็อกแล้ว</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">นี่คือฐานข้อมูลฝึกอบรมที่ไม่ได้เข้ารหัส จึงไม่มีวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">ไม่ได้ปลดล็อกฐานข้อมูล</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">ฐานข้อมูลนี้เข้ารหัสไว้: ป้อนวลีรหัสผ่านของฐานข้อมูล</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">ไม่มีกรณีนี้ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">รายการตรวจสอบไม่ตรงกับค่า SHA-256 ของตัวเอง จึงไม่ได้จัดเก็บ</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">รายการตรวจสอบไม่ถูกต้อง จึงไม่ได้จัดเก็บ</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">ไม่ได้จัดเก็บรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">รายการตรวจสอบของกรณีนี้ไม่ได้จัดเก็บอยู่ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">ไม่ได้สร้างกรณี</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">รหัสกรณีต้องไม่ว่างเปล่า</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">ไม่ได้เปลี่ยนรหัสกรณี</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">ไม่ได้เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">ไม่ได้บันทึกรอบการสัมภาษณ์</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">คำตอบต้องมีคำถาม</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">ไม่ได้บันทึกคำตอบ</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">รอบการสัมภาษณ์ของคำตอบนี้เป็นของกรณีอื่น</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านคำตอบได้</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">ไม่สามารถเก็บฐานข้อมูลปัจจุบันเป็นข้อมูลสำรองได้ (%1) จึงไม่มีการกู้คืนใด ๆ</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">เลือกไฟล์ข้อมูลสำรอง ไม่ใช่ตัวฐานข้อมูลเอง</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">ไม่มีการกู้คืนใด ๆ</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">ไม่สามารถแทนที่ฐานข้อมูลได้</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">ไม่มีการกู้คืนใด ๆ (ไฟล์ปัจจุบันถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรอง)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">นี่คือฐานข้อมูลฝึกอบรมที่ไม่ได้เข้ารหัส จึงไม่มีวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">ไม่ได้เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">ไม่พบการตั้งค่ากุญแจของฐานข้อมูล</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">การส่งออกต้องระบุรูปแบบ</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">ไม่ได้บันทึกการส่งออก</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">การสำรองข้อมูลก่อนอัปเกรดฐานข้อมูลล้มเหลว (%1) ฐานข้อมูลจึงถูกอัปเกรดโดยไม่มีข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">การสำรองข้อมูลรายวันอัตโนมัติล้มเหลว: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (สามารถกู้คืนข้อมูลสำรองที่ใช้งานได้จาก %2)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">ไม่ได้ปรับปรุงรายการในรายการกรณี</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านคำตอบที่ใช้ค้นหาได้</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">ไม่ได้เปลี่ยนคำตอบที่ใช้ค้นหา</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">กรณีศึกษา %1 — สมมติ</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">เนื้อเรื่องของกรณีศึกษา</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านกรณีได้</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านรายการกรณีได้</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">กรณีใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">กลับไปที่รายการกรณี(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">เปลี่ยนสถานะ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">บันทึกการตรวจสอบ(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">กลับไปที่รายการกรณี</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">เปิดกรณี</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">ไม่สามารถเปิดกรณีได้: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">กรณี %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">ไม่ได้สร้างกรณี: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">ไม่ได้เปลี่ยนสถานะ: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">ขณะนี้กรณี %1 มีสถานะ %2</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">ไม่สามารถอ่านบันทึกการตรวจสอบได้: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">คำตอบที่ใช้ค้นหา(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>ขณะนี้รายการกรณีค้นหาจากคำตอบที่เลือกแล้ว (เตรียมข้อมูลแล้ว %n กรณี)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">มาพร้อมโปรแกรม</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">ปัญหา 1 ข้อ</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">ปัญหา %1 ข้อ</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — ไม่ถูกต้อง, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">นำเสนอรายการตรวจสอบนี้(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">รายการตรวจสอบที่พบ</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">ปัญหาที่พบในไฟล์</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">ไม่พบรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">รายการตัวชี้วัด(&amp;R):</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">รายการตัวชี้วัดที่จะนำเสนอ</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 ไม่ใช่รายการตรวจสอบที่ถูกต้องและไม่สามารถใช้ได้ แก้ไขปัญหาต่อไปนี้แล้วเปิดรายการนี้อีกครั้ง:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">รายการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">ภาพรวม</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">การให้คะแนนแบบเข้าใจง่าย</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">ที่มา</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">ภาษาของข้อความในรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">ระดับของตัวชี้วัดในแต่ละรายการ</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">ภาพรวม(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">คำถาม(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">ตัวชี้วัด(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">การให้คะแนน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">ที่มา(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 ติดตั้งไว้แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 ติดตั้งไว้แล้วแต่มีเนื้อหาต่างกัน ให้กำหนดหมายเลขเวอร์ชันที่สูงกว่าให้ไฟล์ใหม่ ส่วนกรณีที่เริ่มด้วยเวอร์ชัน %2 จะยังคงตรึงอยู่กับเวอร์ชันนั้น</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">ไม่สามารถสร้างโฟลเดอร์ %1 ได้</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">มี %1 อยู่แล้วในโฟลเดอร์รายการตรวจสอบและโหลดไม่ได้ ย้ายไฟล์นั้นออกไปก่อน</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">เพิ่ม %1 %2 ลงในโฟลเดอร์รายการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 ไม่ใช่รายการตรวจสอบที่ถูกต้อง (ปัญหา 1 ข้อ) จึงไม่มีการเพิ่มใด ๆ</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 ไม่ใช่รายการตรวจสอบที่ถูกต้อง (ปัญหา %2 ข้อ) จึงไม่มีการเพิ่มใด ๆ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">เพิ่ม %1 (เวอร์ชัน %2) แล้ว จะมีให้เลือกเมื่อคุณเริ่มกรณีใหม่ ส่วนกรณีที่เริ่มไปแล้วจะยังใช้รายการตรวจสอบเดิม</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (เวอร์ชัน %2) ติดตั้งไว้แล้วด้วยเนื้อหาเดียวกัน ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">ไฟล์นี้ไม่ใช่รายการตรวจสอบที่ถูกต้อง จึงไม่ได้เพิ่ม แก้ไขปัญหาด้านล่าง (บรรทัดและคอลัมน์ในไฟล์) แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">ไม่ได้เพิ่มรายการตรวจสอบ: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">นำเข้ารายการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">ไม่ได้นำเข้ารายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">ปัญหาที่พบในไฟล์รายการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">ไม่สามารถอ่านไฟล์ได้: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">ไฟล์มีขนาดใหญ่กว่า %1 MiB จึงไม่ใช่รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">สมาชิก &apos;%1&apos; ซ้ำ ชื่อหนึ่งปรากฏได้เพียงครั้งเดียวในออบเจ็กต์</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">ไม่รองรับรูปแบบ &apos;%1&apos; Lantern เวอร์ชันนี้อ่านรูปแบบ %2</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">รหัสรายการตรวจสอบ &apos;%1&apos; ไม่ถูกต้อง: ใช้ตัวอักษรพิมพ์เล็ก a–z ตัวเลข &apos;_&apos; และ &apos;-&apos; โดยขึ้นต้นด้วยตัวอักษร</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">เวอร์ชัน &apos;%1&apos; ไม่อยู่ในรูปแบบ MAJOR.MINOR.PATCH เช่น 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">ภาษาต้องระบุเป็นรหัส เช่น &quot;en&quot; หรือ &quot;th&quot;</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">ภาษา &apos;%1&apos; ถูกระบุซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos; ไม่ได้อยู่ในรายการภาษา (%2)</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">รหัส %1 &apos;%2&apos; ซ้ำ กำหนดไว้ครั้งแรกที่ {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; ต้องเป็นออบเจ็กต์ที่ใช้รหัสภาษาเป็นคีย์</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่ภาษาหนึ่งของรายการตรวจสอบนี้</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">สถานะคำแปลต้องเป็น &quot;draft&quot; หรือ &quot;reviewed&quot; ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">ไม่รู้จักประเภทคำถาม &apos;%1&apos; ต้องเป็น yesno, single, multi, text, number หรือ date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos; ใช้ได้เฉพาะกับคำถามประเภท number</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; มากกว่า &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; ใช้ได้เฉพาะกับคำถามประเภท single และ multi</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">ไม่มีฟิลด์ &apos;options&apos; ซึ่งจำเป็นสำหรับคำถามประเภท %1</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">ไม่รู้จักกลุ่ม &apos;%1&apos; ต้องเป็น act, means หรือ purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">เกณฑ์ต้องเป็น {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} หรือ {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">น้ำหนักต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; ต้องมากกว่า 0</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">ทางเลือกของเกณฑ์ต้องเป็นออบเจ็กต์ของจำนวนขั้นต่ำ เช่น {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">ไม่รู้จักระดับ &apos;%1&apos; ในเกณฑ์ ต้องเป็น strong, medium, weak, medium_or_weak, strong_or_medium หรือ any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">จำนวนขั้นต่ำต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; ต้องกำหนดรหัสรายการตัวชี้วัดอย่างน้อยหนึ่งรายการให้เป็น strong, medium หรือ weak</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">ไม่รู้จักระดับ &apos;%1&apos; ต้องเป็น strong, medium หรือ weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">ทริกเกอร์ใช้ได้อย่างใดอย่างหนึ่งระหว่าง &apos;any_of&apos; หรือ &apos;min&apos;/&apos;max&apos; ใช้ทั้งสองอย่างพร้อมกันไม่ได้</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; ต้องใช้กับคำถามประเภท single, multi หรือ text</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; มากกว่า &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; ต้องใช้กับคำถามประเภท number</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">ทริกเกอร์แบบธรรมดาต้องใช้กับคำถามประเภท yesno สำหรับตัวเลือกให้ใช้ &apos;any_of&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">ไม่รู้จักมิติ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">ไม่รู้จักรายการตัวชี้วัด &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">ไม่รู้จักแหล่งอ้างอิง &apos;%1&apos; ให้ระบุไว้ใน provenance.sources</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">ไม่รู้จักคำถาม &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">คำถาม &apos;%1&apos; เป็นคำถามประเภท %2: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">คำตอบแบบข้อความที่ใช้จับคู่ต้องเป็นสตริง</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่ตัวเลือกของคำถาม &apos;%2&apos;</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">กฎอ่านค่า &apos;%1&apos; ซึ่งไม่ใช่คำถามในรายการตรวจสอบนี้</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">กฎของผลลัพธ์อ่านค่า &apos;%1&apos; ซึ่งไม่ใช่มิติในรายการตรวจสอบนี้</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">เงื่อนไขการแสดงวนกลับ: คำถาม &apos;%1&apos; จะแสดงหรือไม่ขึ้นอยู่กับคำตอบของตัวเอง (ผ่านกฎของส่วนหรือกฎของคำถามเอง)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">เงื่อนไขการแสดงวนกลับ: %1</translation>
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
        <translation type="unfinished">ใช้กับทุกคน</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">ใช้เมื่อ %1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">ได้ผลนี้ในกรณีอื่นทั้งหมด</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">ได้ผลนี้เมื่อ %1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">ถามเสมอ</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">ถามเฉพาะเมื่อ %1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1 ได้คำตอบว่าใช่</translation>
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
        <translation type="unfinished">%1 รวมถึง %2</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 รวมถึงข้อใดข้อหนึ่งใน %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 คือ %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 เป็นหนึ่งใน %2</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 อยู่ระหว่าง %2 ถึง %3</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 ไม่น้อยกว่า %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 ไม่เกิน %2</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 มีคำตอบแล้ว</translation>
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
        <translation type="unfinished">คุณตกหล่น %1 (%2) ซึ่งคำตอบตัวอย่างบันทึกไว้จาก %3</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">คุณเว้น %1 ไว้: นั่นไม่ใช่ “ไม่” แต่ตัวชี้วัดจะนับไม่ได้จนกว่าจะถามคำถามนั้น</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">คุณตอบ %1</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">คุณบันทึก %1</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">คำถามของตัวชี้วัดนี้ไม่ได้แสดงในคำตอบของคุณ เพราะคุณบันทึก %1 (คำตอบตัวอย่าง: %2)</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">คุณเพิ่ม %1 (%2) จาก %3 ส่วนคำตอบตัวอย่างเว้นไว้ (%4)</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">คุณเพิ่ม %1 (%2) จาก %3 ส่วนคำตอบตัวอย่างระบุว่า %4</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">คุณเพิ่ม %1 (%2) จาก %3 ส่วนคำตอบตัวอย่างมี %4</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">ตามคำตอบของคุณ %1 มี %2 (คำตอบตัวอย่าง: %3) สถานะจึงเป็น %4 แทนที่จะเป็น %5</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">คำถามที่คุณเว้นไว้ยังอาจเป็นตัวตัดสิน: %1</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">%1 เป็น %2 เหมือนกันทั้งสองฝ่าย</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">ใน %1 ผลของคุณตรงกับคำตอบตัวอย่าง: %2</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (ของคุณ: %2, คำตอบตัวอย่าง: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">ใน %1 กฎของ %2 เป็น %3 ตามคำตอบของคุณ และเป็น %4 ตามคำตอบตัวอย่าง ผลของคุณในส่วนนี้จึงเป็น %5 แทนที่จะเป็น %6</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">ใน %1 กฎของ %2 คือ %3 ซึ่งเป็น %4 ตามคำตอบของคุณ และเป็น %5 ตามคำตอบตัวอย่าง ผลของคุณในส่วนนี้จึงเป็น %6 แทนที่จะเป็น %7</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">ใน %1 ผลของคุณในส่วนนี้จึงเป็น %2 แทนที่จะเป็น %3</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">ผลยังอาจกลายเป็น %1 ขึ้นอยู่กับคำถามที่คุณเว้นไว้</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (คำตอบตัวอย่าง: %2; ของคุณ: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">คุณกับคำตอบตัวอย่างเห็นต่างกันว่ารายการตัวชี้วัดใดใช้ได้: %1 %2 ตามคำตอบตัวอย่าง แต่ %3 ตามคำตอบของคุณ</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">คุณกับคำตอบตัวอย่างเห็นต่างกันว่ารายการตัวชี้วัดใดใช้ได้: %1 %2 ตามคำตอบตัวอย่าง แต่ %3 ตามคำตอบของคุณ เพราะคำตอบต่างกันที่ %4</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">คำตอบของคุณยังเว้นเรื่องนี้ไว้ จึงมีการประเมินรายการนี้ด้วย</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">ผลการคัดกรองของคุณตรงกับคำตอบตัวอย่าง: %1</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">ผลการคัดกรองของคุณคือ %1 ส่วนคำตอบตัวอย่างได้ %2</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">ผลของคุณยังมีเงื่อนไข: ตามคำตอบของคุณ ยังไม่มีรายการตัวชี้วัดใดที่ใช้ได้แน่นอน</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">ผลของคำตอบตัวอย่างยังมีเงื่อนไข: ตามคำตอบในตัวอย่าง ยังไม่มีรายการตัวชี้วัดใดที่ใช้ได้แน่นอน</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">ผลของคุณยังอาจกลายเป็น %1 ขึ้นอยู่กับคำถามที่คุณเว้นไว้</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">ไม่มีรายการตัวชี้วัดใดที่ใช้ได้ทั้งสองฝ่าย จึงไม่มีมิติให้เปรียบเทียบ</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>จากตัวชี้วัด %n ข้อที่คำตอบตัวอย่างบันทึกไว้ คุณพบ %1 ข้อและตกหล่น %2 ข้อ และคุณเพิ่ม %3 ข้อที่คำตอบตัวอย่างไม่ได้บันทึกไว้</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">ไม่ได้เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">ไม่มีโฟลเดอร์สำหรับฐานข้อมูล</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">ไม่พบไดรเวอร์ SQLite สำหรับ Qt ติดตั้ง Lantern ใหม่</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">ฐานข้อมูลใช้การบันทึกล่วงหน้า (write-ahead logging) ที่นี่ไม่ได้ ย้ายไปไว้ในดิสก์ภายในเครื่อง</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">สร้างฐานข้อมูล(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">ย้อนกลับ(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">สร้างฐานข้อมูลกรณี</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">กรณีต่างๆ ถูกเข้ารหัสด้วยกุญแจที่ปลดล็อกได้ด้วยวลีรหัสผ่านนี้เท่านั้น หากวลีรหัสผ่านสูญหาย จะไม่สามารถกู้คืนกรณีได้</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">ตำแหน่งไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">เลือกตำแหน่งฐานข้อมูล</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">ป้อนวลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">ความแข็งแรงของวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">สร้างฐานข้อมูล</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ย้อนกลับ</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">ตำแหน่ง(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">ป้อนวลีรหัสผ่านอีกครั้ง(&amp;R):</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">กำลังสร้าง…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">กำลังสร้างฐานข้อมูลและปรับกุญแจให้เหมาะกับคอมพิวเตอร์เครื่องนี้ อาจใช้เวลาสักครู่</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">เลือกตำแหน่งที่จะเก็บไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">มีไฟล์อยู่แล้วที่ตำแหน่งนี้ เลือกชื่ออื่น หรือเปิดฐานข้อมูลที่มีอยู่แทน</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">วลีรหัสผ่านสั้นเกินไป: ใช้อย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">วลีรหัสผ่านทั้งสองไม่ตรงกัน กรุณาพิมพ์วลีรหัสผ่านเดียวกันสองครั้ง</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">ตำแหน่งของฐานข้อมูลกรณีใหม่</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">ฐานข้อมูล Lantern (*.lantern);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">ฐานข้อมูลเปิดอยู่ในหน้าต่างหรือโปรเซสอื่นของ Lantern (โปรเซส %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">ล็อกไฟล์ในโฟลเดอร์ของฐานข้อมูลไม่ได้ ย้ายฐานข้อมูลไปไว้ในดิสก์ภายในเครื่อง</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">ไม่สามารถสร้างโฟลเดอร์ %1 ได้ เลือกตำแหน่งอื่น</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">ไม่มีฐานข้อมูลที่เปิดอยู่</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">ปปปป-ดด-วว แล้วกด Enter</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">วันที่ในรูปแบบ ปี-เดือน-วัน</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">ป้อนวันที่ในรูปแบบ ปี-เดือน-วัน เช่น 2024-03-15</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (หมายถึง &apos;%1&apos; ใช่หรือไม่)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">มีระดับหนักแน่น %1 ปานกลาง %2 อ่อน %3</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">อีก %1 คะแนน</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">อีก %1 คะแนน</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (คะแนน %2 จาก %3 ที่ต้องการ)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1; ยังต้องการ %2 ซึ่งคำถามที่ยังไม่ได้คำตอบยังอาจเพิ่มให้ได้</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1; ยังต้องการ %2</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">ไม่คิดน้ำหนักในรายการนี้: ไม่มีตัวชี้วัดใดของมิตินี้ที่นับในรายการนี้</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1; ได้คะแนนถึงที่ต้องการ</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1; เข้าเกณฑ์ %2</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1; เกณฑ์ไม่ได้ระบุทางเลือกใดไว้</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">ไม่ต้องเพิ่มอีก</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">อีก %1 ข้อระดับ%2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> และ </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">กฎนี้ต้องใช้การคำนวณมากเกินไป</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">คำตอบตัวอย่างตอบคำถาม &apos;%1&apos; ซึ่งไม่มีในรายการตรวจสอบ &apos;%2&apos; เวอร์ชัน %3 คำตอบเหล่านี้ทำไว้สำหรับรายการตรวจสอบอื่นหรือไม่</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">คำตอบของผู้เข้าร่วมตอบคำถาม &apos;%1&apos; ซึ่งไม่มีในรายการตรวจสอบ &apos;%2&apos; เวอร์ชัน %3 คำตอบเหล่านี้ทำไว้สำหรับรายการตรวจสอบอื่นหรือไม่</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">ผลเปรียบเทียบแบบฝึกหัดกับคำตอบตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">ส่งออกสำหรับผู้ฝึกอบรม(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">การเปรียบเทียบแบบฝึกหัด</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">การฝึกอบรม — กรณีศึกษาสมมติ</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">ความตรงกันของผลลัพธ์</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">ผลลัพธ์ทั้งสอง</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">ตัวชี้วัดที่พบ ตกหล่น และเพิ่มเติม</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">ทีละมิติ</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">ทำไม — เหตุผลประกอบ</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">ส่งออกสำหรับผู้ฝึกอบรม</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">บันทึกผลการเปรียบเทียบนี้เป็นรายงาน HTML ตาราง CSV หรือ JSON สำหรับผู้ฝึกอบรม</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">กรณีศึกษา: &lt;b&gt;%1&lt;/b&gt; · ผู้เข้าร่วม: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;รายการตรวจสอบ: %3 เวอร์ชัน %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ ผลลัพธ์ของคุณตรงกับคำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ ผลลัพธ์ของคุณแตกต่างจากคำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">มีเงื่อนไข: ยังไม่มีรายการตัวชี้วัดใดที่ใช้ได้แน่นอน</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">คำตอบตัวอย่าง:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">ของคุณ:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">ผลของคุณยังอาจกลายเป็น %1 เมื่อถามคำถามที่คุณเว้นไว้</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> หรือ </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ พบ %1  ·  ✗ ตกหล่น %2  ·  + เพิ่มเติม %3  —  จากตัวชี้วัด %4 ข้อในคำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">ไม่ได้ส่งออกผลการเปรียบเทียบ: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">ส่งออกสำหรับผู้ฝึกอบรมแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ ปรากฏ</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– ไม่ปรากฏ</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? เว้นไว้</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">เว้นไว้ ไม่ใช่ “ไม่”</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">ตอบต่างกัน</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">คำถามนี้ไม่ปรากฏตามคำตอบของคุณ</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">พบ</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">ตกหล่น</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">เพิ่มเติม</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">มิติที่เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">มิติ</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">คำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">ของคุณ</translation>
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
        <translation type="unfinished">พบ: ตัวชี้วัดที่มีทั้งในคำตอบตัวอย่างและในคำตอบของคุณ</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">ตกหล่น: ตัวชี้วัดที่มีในคำตอบตัวอย่างแต่ไม่มีในคำตอบของคุณ</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">เพิ่มเติม: ตัวชี้วัดที่มีในคำตอบของคุณแต่ไม่มีในคำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">พบ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">ตกหล่น</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">เพิ่มเติม</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">ใช้ได้</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">อาจใช้ได้</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">สถานะของคุณแตกต่างจากคำตอบตัวอย่าง</translation>
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
        <translation type="unfinished">การฝึกอบรม — กรณีศึกษาสมมติ</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">เลือกไฟล์ที่จะส่งออกผลการเปรียบเทียบ</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">ใช้ได้</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">อาจใช้ได้ (ขึ้นอยู่กับคำถามที่ยังไม่ได้คำตอบ)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">เว้นไว้ (ไม่ใช่ “ไม่”)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">ตอบต่างกัน</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">คำถามไม่ได้แสดงในคำตอบของผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — มีเงื่อนไข: ยังไม่มีรายการตัวชี้วัดใดที่ใช้ได้แน่นอน</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ เหมือนกัน</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">แตกต่างกัน</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">คำตอบตัวอย่าง: %1 · ผู้เข้าร่วม: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ พบ</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ ตกหล่น</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ เพิ่มเติม</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">ไม่มีตัวชี้วัดของมิตินี้ทั้งสองฝ่าย</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ ตรงกัน)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ แตกต่างกัน)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">รายการตัวชี้วัด: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">คำตอบตัวอย่าง: %1; ผู้เข้าร่วม: %2</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">ผลในส่วนนี้ — คำตอบตัวอย่าง: %1; ผู้เข้าร่วม: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">มิติ</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">คำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">พบ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">ตกหล่น</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">เพิ่มเติม</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">คำตอบที่แตกต่างกัน</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">ผู้เข้าร่วมตอบเหมือนกับคำตอบตัวอย่างทุกข้อ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">คำถาม</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(เว้นไว้)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">การเปรียบเทียบแบบฝึกหัด — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1 ไม่ใช่บุคคลจริง ใช้สำหรับการฝึกอบรมเท่านั้น</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">การเปรียบเทียบแบบฝึกหัด: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">กรณีศึกษา</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 เวอร์ชัน %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ ผลลัพธ์ตรงกับคำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ ผลลัพธ์แตกต่างจากคำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">คำตอบตัวอย่าง: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">ผู้เข้าร่วม: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">ตัวชี้วัด: ✓ พบ %1 · ✗ ตกหล่น %2 · + เพิ่มเติม %3</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">ไม่มีรายการตัวชี้วัดใดที่ใช้ได้ทั้งสองฝ่าย จึงไม่มีมิติให้เปรียบเทียบ</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1 แบบฝึกหัดการคัดกรอง ไม่ใช่การระบุตัวผู้เสียหาย ส่งออกโดย Lantern</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">ยังไม่มีผล</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">ยังไม่ได้ถาม</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">หนักแน่น</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">อ่อน</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">ใช้ได้</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">อาจใช้ได้</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">ไม่มีตัวชี้วัด</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>ตัวชี้วัด %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>ตัวชี้วัด %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>อีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 และ %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">ส่งออกสรุป(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">ตัวอย่างก่อนพิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">ส่งออกกรณีที่เลือก(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">ส่งออกสรุปของกรณี %1 ไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">ไม่สามารถจัดทำสรุปได้: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">ส่งออก 1 กรณีไปยัง %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">ส่งออก %1 กรณีไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">ไม่ได้เลือกกรณีใด</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">ไม่สามารถเปิดกรณีได้: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">รวมหมายเหตุของเจ้าหน้าที่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">ส่งออกสรุปของกรณี %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">เอกสาร PDF</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">หน้า HTML</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (ข้อมูลทั้งหมดของกรณี)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">รูปแบบ</translation>
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
        <translation type="unfinished">ขนาดกระดาษ</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">รวมหมายเหตุของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">ไฟล์ปลายทาง</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">ตำแหน่งที่จะบันทึกสรุป</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">เลือกไฟล์ปลายทาง</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">รูปแบบ(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">กระดาษ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">บันทึกเป็น(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">เลือกตำแหน่งที่จะบันทึกสรุป</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">ฐานข้อมูลถูกล็อกอยู่ ปลดล็อกก่อนจึงจะส่งออกได้</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">ไม่ได้ส่งออกสรุป: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">หน้า HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">บันทึกสรุปเป็น</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">ภาษาที่สอง (สรุปสองภาษา)(&amp;B):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">ไม่มี</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (คำแปลฉบับร่าง)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">ภาษาของสรุป</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">ภาษาที่สอง (สรุปสองภาษา)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">คำถาม ตัวเลือกคำตอบ หัวข้อ และคำแนะนำทุกข้อจะแสดงเป็นภาษานี้ด้วย ใต้ภาษาแรก</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">รวมข้อความอิสระ (คำตอบแบบข้อความและหมายเหตุ)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">รวมหมายเหตุของเจ้าหน้าที่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">ส่งออก 1 กรณี</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">ส่งออก %1 กรณี</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">ตาราง CSV (ไฟล์เดียว)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">ตาราง JSON (ไฟล์เดียว)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">สรุปเป็น PDF (โฟลเดอร์ใหม่)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">สรุปเป็น HTML (โฟลเดอร์ใหม่)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">รูปแบบ</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">รวมข้อความอิสระ</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">รวมหมายเหตุของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">ไฟล์หรือโฟลเดอร์ปลายทาง</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">ไฟล์ หรือโฟลเดอร์ใหม่ ที่จะเขียน</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">เลือกไฟล์หรือโฟลเดอร์ปลายทาง</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">รูปแบบ(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">บันทึกเป็น(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">เลือกกรณีที่จะส่งออกในรายการกรณี</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">เลือกตำแหน่งที่จะบันทึกไฟล์ส่งออก</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">ฐานข้อมูลถูกล็อกอยู่ ปลดล็อกก่อนจึงจะส่งออกได้</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">กำลังส่งออกกรณีที่เลือก %1 กรณี…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">ความคืบหน้าการส่งออก</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">ยกเลิกการส่งออกแล้ว ไม่มีการเขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">ไม่ได้ส่งออกกรณี: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">บันทึกตารางเป็น</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">ชื่อโฟลเดอร์ใหม่สำหรับสรุป</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">ต้องเป็นออบเจ็กต์</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">ไม่รู้จักฟิลด์ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">ไม่มีฟิลด์ที่จำเป็น &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos; ต้องเป็นสตริง</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos; ต้องไม่ว่างเปล่า</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">รหัส &apos;%1&apos; ไม่ถูกต้อง: ใช้ตัวอักษรพิมพ์เล็ก a–z ตัวเลข และ &apos;_&apos; โดยขึ้นต้นด้วยตัวอักษร</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos; ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos; ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos; ต้องเป็นจำนวนเต็มตั้งแต่ %2 ขึ้นไป</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos; ต้องเป็นอาร์เรย์</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos; ต้องเป็นชุดข้อความตามภาษา เช่น {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">ชุดข้อความตามภาษา &apos;%1&apos; ว่างเปล่า ให้ใส่ข้อความอย่างน้อยในภาษาเริ่มต้น</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">ภาษา &apos;%1&apos; ไม่ได้ระบุไว้ใน &quot;languages&quot;</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">ข้อความ &apos;%1&apos; ต้องเป็นสตริงที่ไม่ว่างเปล่า</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">ชุดข้อความตามภาษา &apos;%1&apos; ไม่มีภาษาเริ่มต้น &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">ไม่สามารถอ่านไฟล์ได้</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">ไม่สามารถเขียนไฟล์ได้ (ตรวจสอบว่าโฟลเดอร์ของไฟล์เขียนได้)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">ไม่สามารถเขียนสำเนาได้ครบถ้วน (ดิสก์เต็มหรือไม่)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[ยังไม่ได้แปล — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[ไม่ได้แปลเป็น %1]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">ตัวชี้วัดที่พบ: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">; หากรวมคำถามที่ยังไม่ได้คำตอบ อาจถึง: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">สิ่งที่ควรทำ:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">ตัวชี้วัดที่นับ</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">ตัวชี้วัดที่ยังระบุไม่ได้</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">คำถามที่อาจเป็นตัวตัดสินมิตินี้</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(ขณะนี้: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">รายการตัวชี้วัด: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">จะใช้ได้หรือไม่ ขึ้นอยู่กับ: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">ผลในรายการนี้:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">ยังไม่ถึงผลลัพธ์ใด</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">; ยังอาจกลายเป็น: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">คำตอบแยกตามส่วน</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">สรุปนี้ไม่รวมหมายเหตุของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">ยังไม่มีการบันทึกคำตอบ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">คำถาม</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">คำตอบ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">แหล่งที่มา</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(เก็บไว้ แต่คำถามนี้ไม่เกี่ยวข้องแล้ว จึงไม่นับ)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">รอบการสัมภาษณ์</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">ไม่มีการบันทึกรอบการสัมภาษณ์</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">เริ่มเมื่อ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">สิ้นสุดเมื่อ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">ล่าม</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">ภาษาสัมภาษณ์</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1; ส่วนติดต่อของเจ้าหน้าที่: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">ยังไม่สิ้นสุด</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1 (คำแปลฉบับร่างที่ยังไม่ได้ตรวจทาน)</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">สรุปนี้มีสองภาษา: ข้อความทุกข้อจากรายการตรวจสอบแสดงเป็นภาษา %1 และด้านล่างแสดงเป็นภาษา %2</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">ข้อความของรายการตรวจสอบเป็นภาษา %1</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">คำแปลฉบับร่างยังไม่ได้รับการตรวจทานโดยเจ้าของภาษา: โปรดอ่านอย่างระมัดระวัง</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 หมายถึงข้อความที่รายการตรวจสอบไม่มีในภาษานั้น จึงแสดงข้อความในภาษาที่ระบุแทน (&quot;%2&quot;: มีเพียงบรรทัดด้านบนเท่านั้น)</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1; ภาษาที่สอง: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">ผลการคัดกรอง: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(ระดับ %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">มีเงื่อนไข:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">ผลขึ้นอยู่กับคำถามที่ยังไม่ได้คำตอบ ดูหมายเหตุ</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">คำแนะนำ: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">กรณี</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">รหัสกรณี</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">เปลี่ยนแปลงล่าสุด</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">รหัสและเวอร์ชันของรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">SHA-256 ของรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">สรุปกรณี %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">การฝึกอบรม — กรณีสมมติ ไม่ใช่บุคคลจริง</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">ผลนี้ได้มาอย่างไร</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">ส่งออกโดย Lantern เมื่อ %1</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">ตอบแล้ว</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">ไม่ทราบ</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">ไม่ขอตอบ</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">ไม่ได้ถาม</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">ยังไม่ได้ถาม</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">ไม่มีข้อใดเลย</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">บุคคลนั้นบอกเอง</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">สังเกตเห็น</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">เอกสาร</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">บุคคลที่สาม</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">การสัมภาษณ์</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">สำหรับผู้ให้สัมภาษณ์ · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ แปลไม่ครบ — บางข้อความเป็น %1</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">คำแปลฉบับร่าง ยังไม่ได้ตรวจทาน</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">คำถามสำหรับผู้ให้สัมภาษณ์ (%1): %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">หน่วยความจำไม่พอสำหรับประเมินกฎ</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">ไม่สามารถประเมินกฎได้</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">ไฟล์ว่างเปล่า ต้องเป็นออบเจ็กต์ JSON</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">มีข้อความที่ไม่คาดคิดหลังจุดสิ้นสุดของเอกสาร JSON</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">การซ้อนกันลึกเกิน %1 ระดับ</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">ไฟล์สิ้นสุดก่อนที่คาดไว้ ต้องมีค่า</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">ต้องมีค่า JSON ไม่อนุญาตให้มีจุลภาคต่อท้าย</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">ค่าไม่ถูกต้อง JSON เขียน true, false และ null ด้วยตัวพิมพ์เล็ก และเขียนข้อความในเครื่องหมายอัญประกาศคู่</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">ต้องมีค่า (ออบเจ็กต์ อาร์เรย์ สตริง ตัวเลข true, false หรือ null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">ค่าไม่ถูกต้อง ต้องเป็น %1 (ค่าข้อความใน JSON ต้องอยู่ในเครื่องหมายอัญประกาศคู่)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">ตัวเลขไม่ถูกต้อง ไม่อนุญาตให้มีเลขศูนย์นำหน้า</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">ตัวเลขไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">ตัวเลขไม่ถูกต้อง ต้องมีตัวเลขหลังจุดทศนิยม</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">ตัวเลขไม่ถูกต้อง ต้องมีตัวเลขในเลขชี้กำลัง</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">ตัวเลขมีค่ามากเกินไป</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">escape \u ไม่ถูกต้อง ต้องเป็นเลขฐานสิบหก 4 หลัก</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">สตริงไม่ได้ปิด</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">ลำดับ escape &apos;\%1&apos; ในสตริงไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">surrogate ที่ไม่มีคู่ใน escape \u</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">UTF-8 ในสตริงไม่ถูกต้อง ให้บันทึกไฟล์เป็น UTF-8</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">สตริงไม่ได้ปิด ต้องมี &apos;&quot;&apos; ปิดท้าย</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">สตริงไม่ได้ปิด ต้องมี &apos;&quot;&apos; ปิดท้ายก่อนสิ้นสุดบรรทัด</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">มีอักขระควบคุมในสตริง ให้เขียนเป็น escape เช่น \t</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">ต้องมีชื่อสมาชิก JSON ไม่อนุญาตให้มีจุลภาคต่อท้าย</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">ต้องมีชื่อสมาชิกในเครื่องหมายอัญประกาศคู่</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">ต้องมี &apos;:&apos; หลังชื่อสมาชิก</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">ไฟล์สิ้นสุดก่อนที่คาดไว้ ต้องมี &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">ต้องมี &apos;,&apos; หรือ &apos;}&apos; หลังสมาชิกของออบเจ็กต์</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">ไฟล์สิ้นสุดก่อนที่คาดไว้ ต้องมี &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">ต้องมี &apos;,&apos; หรือ &apos;]&apos; หลังค่าในอาร์เรย์</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">คำตอบ</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">ล็อกแล้วเนื่องจาก Lantern ถูกซ่อน</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>ล็อกแล้วหลังจากไม่มีการใช้งาน %n นาที</numerusform>
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
        <translation type="unfinished">ซ่อนอยู่ กด F12 เพื่อแสดง Lantern อีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">ฐานข้อมูล(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">ฐานข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">เปิดฐานข้อมูล(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">ล็อก(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรอง(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">เลิกทำคำตอบ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">ทำคำตอบซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">กรณี(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">ไม่พบฐานข้อมูลที่ใช้ล่าสุด %1 แล้ว สร้างฐานข้อมูลใหม่หรือเปิดฐานข้อมูลอื่น</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">ไม่ได้สร้างฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">เปิดฐานข้อมูลกรณี</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">ฐานข้อมูล Lantern (*.lantern);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">ไม่สามารถเปิดฐานข้อมูลนี้ได้: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรองล่าสุดที่ใช้งานได้</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">พิมพ์วลีรหัสผ่านของฐานข้อมูล</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">ยังไม่ได้ปลดล็อก: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">ยังไม่มีข้อมูลสำรองของฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">แทนที่ฐานข้อมูลด้วยข้อมูลสำรอง %1 หรือไม่ ไฟล์ปัจจุบันจะถูกเก็บเป็นข้อมูลสำรองก่อน</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรองแล้ว ปลดล็อกด้วยวลีรหัสผ่านที่ฐานข้อมูลใช้อยู่ในขณะที่สร้างข้อมูลสำรองนั้น</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">ไม่ได้กู้คืนข้อมูลสำรอง: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — การฝึกอบรม (กรณีสมมติ)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">รายการตรวจสอบ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">เรียกดูรายการตรวจสอบ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">นำเสนอรายการตรวจสอบ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">นำเข้ารายการตรวจสอบ(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">นำเข้ารายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">รายการตรวจสอบ Lantern (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">การฝึกอบรม(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">เปิดพื้นที่ฝึกอบรม(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">รีเซ็ตพื้นที่ฝึกอบรม(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">เริ่มแบบฝึกหัด(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">แสดงกรณีศึกษา(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">เปรียบเทียบกับคำตอบตัวอย่าง(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">ไม่สามารถเปรียบเทียบกรณีนี้กับคำตอบตัวอย่างได้: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">ตัวอย่างประกอบ</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">ล็อกแล้ว</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">ไม่สามารถสร้างพื้นที่ฝึกอบรมได้: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">รีเซ็ตพื้นที่ฝึกอบรม</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">คืนพื้นที่ฝึกอบรมกลับเป็นกรณีศึกษาตามที่ติดตั้งมาหรือไม่ แบบฝึกหัดและการเปลี่ยนแปลงทั้งหมดในพื้นที่นี้จะถูกลบ ฐานข้อมูลกรณีจริงจะไม่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">ไม่ได้รีเซ็ตพื้นที่ฝึกอบรม: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">รีเซ็ตพื้นที่ฝึกอบรมกลับเป็นกรณีศึกษาตั้งต้นแล้ว</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">เกี่ยวกับ Lantern(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">ลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">ข้อความ</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">ปิดข้อความนี้</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">ปิดข้อความ</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">กรณีใหม่</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (เวอร์ชัน %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, จากโฟลเดอร์ของคุณ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">รหัสกรณี</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">เริ่มกรณี(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">เริ่มกรณี</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">รายการตรวจสอบ(&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">รหัสกรณี(&amp;C):</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">รหัสนี้สร้างขึ้นโดยอัตโนมัติ คุณเปลี่ยนให้ตรงกับเลขแฟ้มของคุณเองได้ อย่าใส่ชื่อหรือรายละเอียดอื่นที่ระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">ไม่พบรายการตรวจสอบที่ถูกต้อง ตรวจสอบโฟลเดอร์รายการตรวจสอบในการตั้งค่า</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">เลือกรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">ป้อนรหัสกรณี</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">มีกรณีอื่นใช้รหัส %1 อยู่แล้ว เลือกรหัสอื่น</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">หมายเหตุ:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">หมายเหตุสำหรับคำตอบนี้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">แหล่งที่มา:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">แหล่งที่มาของคำตอบ</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">ตัวเลข</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">ตัวเลขตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">ตัวเลข อย่างน้อย %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">ตัวเลข ไม่เกิน %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">ป้อนตัวเลข เช่น 42</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">ไม่รองรับตัวดำเนินการ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; ต้องมีอาร์กิวเมนต์อย่างน้อย 1 ตัว</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; ต้องมีอาร์กิวเมนต์อย่างน้อย %2 ตัว</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; ต้องมีอาร์กิวเมนต์ 1 ตัว</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; ต้องมีอาร์กิวเมนต์ %2 ตัว</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; มีอาร์กิวเมนต์ได้ไม่เกิน 1 ตัว</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; มีอาร์กิวเมนต์ได้ไม่เกิน %2 ตัว</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; ต้องมีอาร์กิวเมนต์ %2 หรือ %3 ตัว</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">ตัวดำเนินการ &apos;%1&apos; ต้องมีอาร์กิวเมนต์ %2 ถึง %3 ตัว</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">กฎซ้อนกันลึกเกินไป</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">ผลลัพธ์ &apos;%1&apos; ของรายการตัวชี้วัด &apos;%2&apos; อ่านค่ามิติที่ยังระบุไม่ได้ %3 มิติ ซึ่งมากเกินกว่าจะลองทุกกรณีที่เป็นไปได้ จึงถือว่ายังระบุไม่ได้</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">ไม่สามารถประเมินกฎของผลลัพธ์ &apos;%1&apos; ในรายการตัวชี้วัด &apos;%2&apos; ได้ (%3) จึงถือว่ายังระบุไม่ได้</translation>
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
        <translation type="unfinished">%1 และ %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">ได้ผลนี้: ใช้เมื่อไม่ได้ผลลัพธ์ใดก่อนหน้านี้</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">ได้ผลนี้เพราะ %1</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">ได้ผลนี้: กฎของผลลัพธ์นี้เป็นจริงตามสถานะของมิติ</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">ไม่ได้ผลนี้เพราะ %1</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">ไม่ได้ผลนี้: กฎของผลลัพธ์นี้ไม่เป็นจริงตามสถานะของมิติ</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">ยังอาจได้ผลนี้: ขึ้นอยู่กับมิติที่ยังระบุไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">ยังอาจได้ผลนี้: ขึ้นอยู่กับมิติที่ยังระบุไม่ได้</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">กรณี %1 · ส่งออกเมื่อ %2 · หน้า %3 จาก %4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">การฝึกอบรม — กรณีสมมติ · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">หนักแน่น</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">อ่อน</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">ยังไม่ได้คำตอบ</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ไม่เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">ยังระบุไม่ได้</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">ไม่จำเป็น</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">หัวข้อสไลด์</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — การนำเสนอ</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">สไลด์</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">ขั้นตอน</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">ไม่มีสิ่งที่จะนำเสนอ</translation>
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
        <translation type="unfinished">รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">มิติ</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">รายการตัวชี้วัด</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">ตรวจสอบกับแหล่งอ้างอิงแล้ว</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">ยังไม่ได้ตรวจสอบกับแหล่งอ้างอิงทั้งหมด</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">แหล่งอ้างอิง: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">ยังไม่ได้ตรวจสอบ:</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1 แหล่งอ้างอิง: %2, %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1 แหล่งอ้างอิง: %2</translation>
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
        <translation type="unfinished">คำถาม</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">คำถาม</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ประเภท</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">จำเป็น</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">อ่อนไหว</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">ถามเมื่อ</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">ส่วนและคำถาม</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">ใช่ / ไม่</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">เลือกหนึ่งจาก %1 ตัวเลือก</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">เลือกได้หลายข้อจาก %1 ตัวเลือก</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">ข้อความ</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">วันที่</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">ตัวเลข %1 ถึง %2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">ตัวเลข</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">จำเป็น</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ อ่อนไหว</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">ถามด้วยความระมัดระวัง ไม่แสดงขณะนำเสนอ</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">จำเป็น</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">อ่อนไหว — ถามอย่างนุ่มนวล</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">ยังไม่ได้แปล</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">ถาม</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">ถาม · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">คำถามที่ %1: %2 (จำเป็น)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">คำถามที่ %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">หมายเหตุสำหรับผู้สัมภาษณ์:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">คำตอบที่ยอมรับได้:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">สำหรับคุณ</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">สำหรับผู้สัมภาษณ์</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">ซ่อนด่วน(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">ซ่อนหน้าต่างทันที กด F12 อีกครั้งเพื่อแสดง</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">คำถาม &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">ส่วน &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">เงื่อนไขการแสดงของ %1 ขึ้นอยู่กับตัวเอง จึงแสดงไว้และถือว่ายังระบุไม่ได้</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">ไม่สามารถประเมินกฎเงื่อนไขการแสดงของคำถาม &apos;%1&apos; ได้ (%2) จึงแสดงไว้และถือว่ายังระบุไม่ได้</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">ไม่สามารถประเมินกฎเงื่อนไขการแสดงของส่วน &apos;%1&apos; ได้ (%2) จึงแสดงไว้และถือว่ายังระบุไม่ได้</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">เลือกข้อมูลสำรองที่จะกู้คืน ไฟล์ฐานข้อมูลปัจจุบันจะถูกเก็บเป็นข้อมูลสำรองก่อน จึงไม่มีข้อมูลสูญหาย ข้อมูลสำรองจะเปิดได้ด้วยวลีรหัสผ่านที่ฐานข้อมูลใช้อยู่ในขณะที่สร้างข้อมูลสำรองนั้น</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">กู้คืน(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — ข้อมูลสำรอง %2, %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">ชื่อตัวแปรต้องเป็นสตริงที่เขียนไว้ตรงตัว</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">ไม่สามารถวิเคราะห์กฎได้</translation>
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
        <translation type="unfinished">%1 มากกว่า %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 ไม่น้อยกว่า %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 น้อยกว่า %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 ไม่เกิน %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 คือ %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">ไม่เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">จริง</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">เท็จ</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">ไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">ไม่มี</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (หรือ %2 เมื่อไม่มีคำตอบ)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">ค่าที่มากที่สุดของ %1</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">ค่าที่น้อยที่สุดของ %1</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">ลบ %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1 ตอบว่าใช่</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1 มีการเลือกตัวเลือก</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 เป็นตัวเลขที่ไม่ใช่ 0</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 มีคำตอบแล้ว</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 มากกว่า %2 และน้อยกว่า %3</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 อยู่ระหว่าง %2 ถึง %3</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 ไม่เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 รวมถึง %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 เป็นหนึ่งใน %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1 มีข้อความ %2</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 อยู่ใน %2</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1 รวมถึงทุกข้อใน %2</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 รวมถึงข้อใดข้อหนึ่งใน %2</translation>
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
        <translation type="unfinished">คำถามอ่อนไหว</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">ไม่เลย</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">เสมอ</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished"> และ </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; หรือ </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> และ </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> หรือ </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 ไม่เข้าเกณฑ์</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1 ไม่ได้ตอบว่าใช่</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1 ไม่มีการเลือกตัวเลือก</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1 ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">ไม่ใช่ (%1)</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">ถ้า %1 แล้ว %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">มิฉะนั้น ถ้า %1 แล้ว %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">มิฉะนั้น %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2 มีคำตอบน้อยกว่า %1 ข้อ</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1 ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">ข้อใดข้อหนึ่งใน %1 ยังไม่มีคำตอบ</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">สถานะการบันทึก</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ บันทึกแล้ว</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ บันทึกแล้ว %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ ยังไม่ได้บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">ไม่สามารถประเมินกฎ &apos;applies&apos; ของรายการตัวชี้วัด &apos;%1&apos; ได้ (%2) จึงถือว่ายังระบุไม่ได้ว่ารายการนี้ใช้ได้หรือไม่</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">ผลของรายการตัวชี้วัด &apos;%1&apos; ยังอาจร้ายแรงขึ้นได้ (%2) ขึ้นอยู่กับคำถามที่ยังไม่ได้คำตอบ</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">รายการตัวชี้วัด &apos;%1&apos; อาจใช้ได้ด้วย (ขึ้นอยู่กับ: %2) หากใช้ได้ ผล &apos;%3&apos; ของรายการนั้นร้ายแรงกว่า</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">รายการตัวชี้วัด &apos;%1&apos; จะใช้ได้หรือไม่ ขึ้นอยู่กับคำถามที่ยังไม่ได้คำตอบ: %2 ทั้งนี้ได้ประเมินรายการนี้ไว้ด้วยแล้ว</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">ไม่มีรายการตัวชี้วัดใดใช้ได้กับคำตอบเหล่านี้ จึงไม่มีผลโดยรวม</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">ยังไม่มีรายการตัวชี้วัดใดได้ผล: ผลลัพธ์ทุกข้อยังขึ้นอยู่กับคำถามที่ยังไม่ได้คำตอบ</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">ยังไม่มีรายการตัวชี้วัดใดที่ใช้ได้แน่นอน: ผลโดยรวมมีเงื่อนไข ขึ้นอยู่กับคำถามที่ยังไม่ได้คำตอบซึ่งจะตัดสินว่ารายการตัวชี้วัดใดใช้ได้</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">ไม่สามารถประเมินกฎของตัวชี้วัด &apos;%1&apos; ได้ (%2) จึงถือว่ายังระบุไม่ได้</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">อักษรทุกระบบที่ผู้ใช้ Lantern อ่าน แสดงด้วยแบบอักษรที่คอมพิวเตอร์เครื่องนี้ใช้</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — ไม่มีแบบอักษร</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">แสดงเป็นกล่องสี่เหลี่ยม: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">ไม่ได้จัดเก็บสรุปของกรณี</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">ไม่สามารถเตรียม %1 จาก %2 กรณีสำหรับการค้นหาแบบใหม่ได้ (%3) แต่ละกรณีจะได้รับการเตรียมเมื่อเปิดครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">คำตอบที่ใช้ค้นหา</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">รายการกรณีค้นหากรณีจากรหัสกรณีและผลลัพธ์ และจากคำตอบของคำถามที่ทำเครื่องหมายไว้ที่นี่ คำตอบเหล่านั้นยังคงเข้ารหัสอยู่ในฐานข้อมูล ขณะที่ฐานข้อมูลปลดล็อกอยู่ คำตอบจะถูกเก็บไว้ในหน่วยความจำเพื่อใช้ค้นหา คำถามที่รายการตรวจสอบกำหนดว่าอ่อนไหวจะไม่ถูกใช้ค้นหาเลย</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (เวอร์ชัน %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">คำถามที่รายการกรณีใช้คำตอบในการค้นหา</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">นำไปใช้(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">ใช้ค่าเริ่มต้น(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">คำตอบของคำถามแบบข้อความที่ไม่ได้ทำเครื่องหมายว่าอ่อนไหว</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">รายการตรวจสอบ(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — อ่อนไหว ไม่ใช้ค้นหาเลย</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">ส่วน</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down และ Ctrl+Page Up ใช้เลื่อนระหว่างส่วน</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">ไม่ต้องถามตามคำตอบที่ได้จนถึงขณะนี้</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ ตอบครบทั้ง %1 ข้อ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">ตอบแล้ว %1 จาก %2 ข้อ</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">ใช้ล่าม(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">สถานะรอบการสัมภาษณ์</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">ใช้ล่าม</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">ภาษาสัมภาษณ์(&amp;L):</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">ภาษาสัมภาษณ์</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">ภาษาที่ใช้ในการสัมภาษณ์ (รหัสภาษา เช่น th)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">เริ่มหรือหยุดรอบการสัมภาษณ์ชั่วคราว</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">ไม่สามารถบันทึกรอบการสัมภาษณ์ได้: ไม่มีฐานข้อมูลกรณีที่เปิดอยู่</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">เริ่มรอบการสัมภาษณ์(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">มุมมองนี้ไม่มีการบันทึกรอบการสัมภาษณ์</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">หยุดรอบการสัมภาษณ์ชั่วคราว(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">รอบที่ %1 ดำเนินอยู่ตั้งแต่ %2</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">ทำรอบการสัมภาษณ์ต่อ(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">ยังไม่มีการบันทึกรอบการสัมภาษณ์</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">หยุดชั่วคราว — จนถึงขณะนี้ 1 รอบ</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">หยุดชั่วคราว — จนถึงขณะนี้ %1 รอบ</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">ล็อกเมื่อย่อหรือซ่อน Lantern(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">การตั้งค่า</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> นาที</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">ไม่ล็อก</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">ล็อกหลังจากไม่มีการใช้งานตามจำนวนนาที</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">ล็อกเมื่อย่อหรือซ่อน</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">โฟลเดอร์รายการตรวจสอบของคุณเอง</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">ค่าเริ่มต้นของเดสก์ท็อป</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">ขนาดแบบอักษรของส่วนติดต่อ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">เลือกโฟลเดอร์รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">ล็อกเมื่อไม่มีการใช้งาน(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">โฟลเดอร์รายการตรวจสอบ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">ขนาดแบบอักษร(&amp;F):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">ตามเดสก์ท็อป</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — คำแปลฉบับร่าง</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">ภาษาของส่วนติดต่อ</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">เคียงข้างกัน</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">บนและล่าง</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">คำถามสองภาษา</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">ขนาดข้อความสำหรับผู้ให้สัมภาษณ์</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">ภาษาของส่วนติดต่อ(&amp;G):</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">คำถามสองภาษา(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">ขนาดข้อความสำหรับผู้ให้สัมภาษณ์(&amp;I):</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">ไม่สามารถเริ่มไลบรารีการเข้ารหัสได้</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">วลีรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">วลีรหัสผ่านว่างเปล่า</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">การตั้งค่ากุญแจของฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">ฐานข้อมูลถูกล็อกอยู่</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">ข้อมูลที่จัดเก็บไม่ผ่านการตรวจสอบความสมบูรณ์ (ถูกแก้ไขหรือเสียหาย)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">หน่วยความจำไม่พอสำหรับการเข้ารหัสฐานข้อมูล ปิดโปรแกรมอื่นแล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">เริ่มแบบฝึกหัด</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">อ่านกรณีศึกษา แล้วสัมภาษณ์โดยใช้รายการตรวจสอบเหมือนที่ทำในการทำงานจริง เมื่อเสร็จแล้ว ให้เปรียบเทียบคำตอบของคุณกับคำตอบตัวอย่าง</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">กรณีศึกษา</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">เช่น กลุ่ม 3 หรือชื่อของคุณ</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">ผู้เข้าร่วมหรือกลุ่ม</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">กรณีศึกษา(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">ผู้เข้าร่วมหรือกลุ่ม(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">เริ่ม(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">หัวข้อ: %1 · รายการตรวจสอบ %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">ไม่มีกรณีศึกษาที่ติดตั้งไว้</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">ป้อนชื่อหรือกลุ่ม เพื่อให้ผู้ฝึกอบรมแยกแบบฝึกหัดแต่ละชุดได้</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 เริ่มกรณีศึกษานี้ไปแล้ว เลือกชื่ออื่น</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">สร้างฐานข้อมูลกรณีใหม่(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">เปิดฐานข้อมูลที่มีอยู่(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">เปิดพื้นที่ฝึกอบรม(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">ยินดีต้อนรับสู่ Lantern</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern เก็บกรณีคัดกรองไว้ในฐานข้อมูลที่เข้ารหัสบนคอมพิวเตอร์เครื่องนี้ ไม่มีการส่งข้อมูลใดออกไป หากต้องการเริ่มต้น ให้สร้างฐานข้อมูลที่ป้องกันด้วยวลีรหัสผ่าน หรือเปิดฐานข้อมูลที่คุณมีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">สำหรับผู้ฝึกอบรมและผู้เข้าร่วมอบรม: พื้นที่ฝึกอบรมมีเฉพาะกรณีศึกษาสมมติเท่านั้น ไม่ได้เข้ารหัสและมีการทำเครื่องหมายไว้ชัดเจน ห้ามป้อนกรณีของบุคคลจริงในพื้นที่นี้</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">เปิดพื้นที่ฝึกอบรม</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">สร้างฐานข้อมูลกรณีใหม่</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">เปิดฐานข้อมูลที่มีอยู่</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">เปลี่ยนสถานะของกรณี %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">สถานะใหม่</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">เหตุผลในการเปลี่ยน</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">เหตุผลที่เปลี่ยนสถานะ เช่น &quot;ส่งต่อเข้าสู่กลไกการส่งต่อระดับชาติ&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">เปลี่ยนสถานะ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">เหตุผล(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">เลือกสถานะที่ต่างจากสถานะปัจจุบัน</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">ระบุเหตุผล: เหตุผลจะถูกเก็บไว้ในบันทึกการตรวจสอบของกรณี</translation>
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
        <translation type="unfinished">ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">ไม่สามารถเปิดไฟล์ฐานข้อมูลได้ (ตรวจสอบว่ามีโฟลเดอร์อยู่และเขียนได้)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">คอมพิวเตอร์มีหน่วยความจำไม่พอ</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">ฐานข้อมูลรายงานปัญหาที่ไม่คาดคิด (รหัส %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">ไฟล์นี้ไม่ใช่ฐานข้อมูลของ Lantern</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">ฐานข้อมูลนี้สร้างโดย Lantern เวอร์ชันที่ใหม่กว่า (schema %1) อัปเดต Lantern เพื่อเปิดฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">ฐานข้อมูลอยู่ในตำแหน่งที่อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">ฐานข้อมูลเปิดอยู่ในหน้าต่างหรือโปรเซสอื่นของ Lantern</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">ไฟล์ฐานข้อมูลเสียหาย กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">ไม่มีฐานข้อมูลที่ตำแหน่งนี้</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">มีไฟล์อยู่แล้วที่ตำแหน่งนี้</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">ฐานข้อมูลถูกล็อกอยู่: ปลดล็อกก่อน</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">ไม่สามารถอ่านหรือเขียนดิสก์ได้</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ หนักแน่น</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ ปานกลาง</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ อ่อน</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">ไม่คิดน้ำหนักในรายการนี้</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">ตัวชี้วัด แยกตามมิติ</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">ตัวอย่างก่อนพิมพ์ของกรณี %1</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">พิมพ์คำตอบ แล้วกด Enter</translation>
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
            <numerusform>ตัวชี้วัดระดับ%1 %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>ตัวชี้วัดระดับ%1 %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 และ %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">หนักแน่น</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">อ่อน</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">ปานกลางหรืออ่อน</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">หนักแน่นหรือปานกลาง</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">ระดับใดก็ได้</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">ไม่มีตัวชี้วัดเลย</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">%1 ระดับใดก็ได้</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>ตัวชี้วัดระดับใดก็ได้ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>ตัวชี้วัดระดับใดก็ได้ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">รวมทั้งหมด %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>ตัวชี้วัดรวมทั้งหมด %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>ตัวชี้วัดรวมทั้งหมด %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">ไม่มีระดับใดที่มีน้ำหนัก</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">เข้าเกณฑ์เมื่อน้ำหนักรวมของตัวชี้วัดที่พบมีอย่างน้อย %1 (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">ไม่มีทางเข้าเกณฑ์: เกณฑ์ไม่ได้ระบุทางเลือกใดไว้</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">เข้าเกณฑ์เมื่อมี %1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; หรือ </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">การฝึกอบรม — กรณีสมมติ · ไม่ได้เข้ารหัส · ห้ามป้อนกรณีของบุคคลจริงที่นี่</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">พื้นที่ฝึกอบรม: กรณีสมมติเท่านั้น</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ปลดล็อก(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">เปิดฐานข้อมูลอื่น(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">ฐานข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรอง(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">ปลดล็อกฐานข้อมูลกรณี</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">ชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">โฟลเดอร์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">ปลดล็อก</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">เปิดฐานข้อมูลอื่น</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">ใน %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">กำลังปลดล็อก…</translation>
    </message>
</context>
</TS>
