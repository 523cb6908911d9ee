<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">Bukas</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">Nasuri</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">Nai-refer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Sarado</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">Hindi pa nasusuri</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">Kinalabasan sa antas %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (default)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Bersyon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Mga wika</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (kasama sa Lantern)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">Beripikado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oo</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">hindi — tingnan ang Pinagmulan</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 seksyon, %2 tanong (%3 sensitibo), %4 palatandaan, %5 elemento, %6 profile.</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">Mga elemento at kung kailan naaabot ang bawat isa</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">walang palatandaang tinitimbang dito</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">tinitimbang ang %1 malakas, %2 katamtaman, %3 mahina</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">Mga kinalabasan, sinusubok nang sunud-sunod</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">antas %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">Minarkahang beripikado laban sa mga sanggunian nito.</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">Hindi beripikado: may mga bahagi ng checklist na ito na kailangan pang suriin laban sa mga sanggunian nito.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Mga sanggunian</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">Walang minarkahang hindi beripikado.</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">Hindi pa beripikado (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">Sa kabuuan: tingnan ang mga tala sa itaas.</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">HTML na ulat para sa trainer (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV na talahanayan, isang hilera bawat palatandaan (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON, lahat ng pinaghambing (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">I-export ang paghahambing para sa trainer</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">Sa kabuuan</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">modelong sagot: %1; sa inyo: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">Mga sagot na magkaiba</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">Pareho ang inyong mga sagot sa modelong sagot.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Tanong</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">Modelong sagot</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">Sa inyo</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(iniwang bukas)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">Pumili ng passphrase: ang ilang salitang matatandaan ninyo ay mas madaling i-type at mas mahirap hulaan.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">Masyadong maikli: gumamit ng hindi bababa sa %1 na character.</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">Mahina: maaari itong mahulaan. Magdagdag pa ng ilang salita.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">Katamtaman: puwede na, pero mas lalakas ito nang husto kung magdadagdag ng isa o dalawa pang salita.</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">Malakas: aabutin nang napakatagal bago ito mahulaan.</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">Itinatanong sa isang sensitibong tanong, hindi ipinapakita rito</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">1 sensitibong tanong, hindi ipinapakita rito</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">%1 sensitibong tanong, hindi ipinapakita rito</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">1 palatandaan sa profile na ito</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">%1 palatandaan sa profile na ito</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">mga palatandaan %1–%2 sa %3</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">Malalakas na palatandaan</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">Katamtamang palatandaan</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">Mahihinang palatandaan</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">Wala sa mga palatandaan nito ang binibilang sa profile na ito.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">Paano ito pinagpapasyahan</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">Naaabot kapag natagpuan ang alinman sa mga ito</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">Walang halimbawang sagot: ang tuntunin lamang ang ipinapakita ng hakbang na ito.</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">ang mga halimbawang sagot</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">Gamit ang %1</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">Mga natagpuang palatandaan</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">Walang natagpuan</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>%n pa ang bukas: </numerusform>
            <numerusform>%n pa ang bukas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; at %n pa</numerusform>
            <numerusform>; at %n pa</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">Kumpara sa threshold</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">Natagpuan: %1 malakas, %2 katamtaman, %3 mahina</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">Walang tinitimbang na palatandaan ang profile na ito.</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">Iskor na %1 sa %2 na kailangan</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — naabot</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — kailangan pa ng %2</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: hindi pa matukoy — maaari pa itong pagpasyahan ng mga bukas na tanong</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">Kinalabasan %1 sa %2 · antas %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">Tuntunin</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">Mga elementong binabasa nito</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">Hindi kailangan: may naunang kinalabasang naabot na. %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">Ito ang resulta. %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">Sinusubok ang mga kinalabasan nang sunud-sunod; ang unang naabot ang siyang resulta.</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">Walang profile na “%2” na maipepresenta sa checklist na “%1”.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · bersyon %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">Para kanino ang profile na ito</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">Ano ang tinitimbang, ayon sa pagkakasunod</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">Halimbawang sinagutan: %1 — angkop ang profile na ito</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">Halimbawang sinagutan: %1 — hindi angkop ang profile na ito, pero ipinapakita kasama nito</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">Halimbawang sinagutan: %1 — maaaring angkop ang profile na ito (bukas pa ang isang sagot na pinagbabatayan nito)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">Gabay sa screening, hindi hatol: ipinapakita nito kung aling mga palatandaan ang natagpuan at kung dapat i-refer para sa pormal na pagkilala.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">Resulta: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">Naabot: antas %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Ano ang gagawin</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">Resulta: wala pang naaabot</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">Walang kinalabasang naaabot sa mga halimbawang sagot</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">Maaari pang maging</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">Hindi angkop ang profile na ito sa mga halimbawang sagot; ipinapakita ng resulta kung paano babasahin ng mga tuntunin nito ang mga sagot.</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">Nakadepende sa isang bukas na sagot kung angkop ang profile na ito.</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">malakas</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">katamtaman</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">mahina</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">naabot</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">hindi naabot</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">hindi pa matukoy</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">karugtong</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · karugtong</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">I-&amp;undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Piliin lahat</translation>
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
        <translation type="unfinished">I-save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">I-save lahat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Bukas</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Oo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">Oo sa &amp;lahat</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Hindi</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">Hi&amp;ndi sa lahat</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">Itigil</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">Subukang muli</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">Balewalain</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Isara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">Itapon</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">Tulong</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">Ilapat</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">I-reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">Ibalik ang mga default</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">I-&amp;undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopyahin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">Kopyahin ang &amp;lokasyon ng link</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Piliin lahat</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">hindi kilalang argument na &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">hindi maaaring gamitin nang sabay ang --training at --database</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">Sinuri ng katutubong tagapagsalita (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">Sinuri ng katutubong tagapagsalita</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">Mga wika ng interface</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">Mga wika ng checklist</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Tungkol sa Lantern</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">Bersyon %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Bersyon</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">Mga checklist sa screening para sa mga caseworker na maaaring makaharap ng mga biktima ng trafficking ng tao. Nananatiling naka-encrypt ang mga kaso sa computer na ito.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">Malayang software sa ilalim ng GNU General Public License, bersyon 3 o mas bago. Wala itong kasamang anumang warranty.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Lisensya</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">Para mag-ambag ng pagsusuri ng isang salin, tingnan ang docs/translations.md: suriin ito sa Qt Linguist, saka markahang tapos na ang mga entry nito.</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">Paano mag-ambag ng pagsusuri</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">development build</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Wika</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">Orihinal</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">Draft — hindi pa nasusuri ng katutubong tagapagsalita</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">Checklist at wika</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">bersyon %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">hindi mabasa ang mga sagot</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">tanong na &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">inaasahan ang oo o hindi</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">inaasahan ang isa sa mga id ng opsyon nito</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">inaasahan ang listahan ng mga id ng opsyon</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">hindi isa sa mga id ng opsyon nito ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">inaasahan ang teksto</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">inaasahan ang numero</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">mas mababa ang %1 sa minimum na %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">mas mataas ang %1 sa maximum na %2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">inaasahan ang petsang nakasulat bilang YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">hindi suportadong uri ng tanong</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">hindi kilalang field na &apos;%1&apos; sa sagot</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">hindi kilalang kalagayan ng sagot na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">hindi maaaring may halaga ang sagot na may kalagayang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">hindi kilalang field na &apos;%1&apos; sa file ng mga sagot (&quot;answers&quot; lamang ang inaasahan)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">dapat maglaman ang file ng mga sagot ng object na &quot;answers&quot;</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">hindi kilalang tanong na &apos;%1&apos; (wala sa checklist na %2)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Hindi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Hindi alam</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Tumangging sumagot</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Hindi itinanong</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">Hindi angkop</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">Shortcut: %1 habang naka-focus ang tanong</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — pindutin ang %2 habang naka-focus ang tanong na ito</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">nasagot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">hindi alam</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">tumangging sumagot</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">hindi itinanong</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">hindi angkop</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">walang sagot</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">hindi</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">wala sa mga opsyon</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">sariling salaysay</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">naobserbahan</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">dokumento</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">ikatlong partido</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">sagot sa “%1”</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">tanong na &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">dapat oo o hindi ang sagot</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">pumili ng isa sa mga opsyon ng tanong</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">dapat listahan ng mga opsyon ng tanong ang sagot</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">hindi isa sa mga opsyon ng tanong ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">dalawang beses napili ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">dapat teksto ang sagot</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">dapat numero ang sagot</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">mas mababa ang %1 sa pinakamababang pinapayagang halaga, %2</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">mas mataas ang %1 sa pinakamataas na pinapayagang halaga, %2</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">dapat petsang nakasulat bilang YYYY-MM-DD ang sagot</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">hindi masasagot dito ang ganitong uri ng tanong</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">hindi pinapayagan dito ang sagot</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">walang tanong na &apos;%1&apos; sa checklist na %2</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">hindi maaaring lagyan ng halaga ang sagot na may kalagayang &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● naabot</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ hindi naabot</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ hindi pa matukoy</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">Hindi angkop batay sa mga ibinigay na sagot: %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Mga tala</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">Maaaring angkop — nakadepende sa: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">Resulta rito: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">wala pang naaabot</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">Maaari pang maging: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">mayroon: %1; hanggang %2 kung isasama ang mga bukas na tanong</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">Ano ang gagawin:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">Mga bukas na tanong na maaaring magpasya rito:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">Resulta ng screening</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">Payo</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">Ano ang ibig sabihin ng resultang ito</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">Mga detalye ng pagtatasa</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">Mga elemento, ang mga binilang na palatandaan at ang mga bukas na tanong; lumilipat ang Tab sa pagitan ng mga link ng tanong</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">Walang nakabukas na kaso</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">Wala pang naaabot na resulta</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">Magpatuloy ayon sa bilis ng tao; maaaring baguhin ng mga bukas na tanong sa ibaba ang resulta.</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">May kondisyon ang resulta: nakadepende pa sa mga bukas na tanong kung aling profile ang angkop.</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">Ito ay resulta ng screening, hindi pagkilala: ipinapakita nito kung aling mga palatandaan ang nasa mga sagot at kung ano ang susunod na gagawin. Tanging isang pormal na proseso ng pagkilala ang makapagpapasya kung biktima ng trafficking ang isang tao.</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">naabot</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">hindi naabot</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">hindi pa matukoy</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">%1 malakas</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">%1 katamtaman</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">%1 mahina</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">wala</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">angkop</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">hindi angkop</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">malakas</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">katamtaman</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">mahina</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">Audit trail ng kaso %1</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">Mga pangyayari sa audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kailan</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Ano</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Tanong</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Pagbabago</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Detalye</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(wala)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Nilikha</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">Sinagot</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">Binago ang sagot</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">In-edit ang tala</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">Binago ang status</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">In-export</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">In-unlock</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">Ni-lock</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">Binago ang passphrase</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">hindi mabasa ang audit trail</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">hindi naisulat ang backup</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">sira ang file ng backup; pumili ng ibang backup</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">hindi magawa ang folder ng backup na %1 (tiyaking maisusulatan ang folder ng database)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">read-only ang folder ng backup na %1</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">hindi mabasa ang folder ng backup</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">hindi napangalanan ang backup</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">hindi umiiral ang folder para sa backup</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">walang backup sa path na ito</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">hindi mabasa ang file ng backup (suriin ang mga pahintulot nito)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">hindi mabasa ang backup</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">hindi mabura ang mga lumang backup mula sa folder ng backup</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">hindi mula sa isang file nai-load ang checklist, kaya hindi ito maaaring i-pin</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">sira ang checklist na nakatabi kasama ng kasong ito; mag-restore mula sa backup</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">Resulta ng screening (antas %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Kaso</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Checklist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">Huling pagbabago</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">Resulta ng screening</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">&amp;Bagong kaso…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">Buksa&amp;n</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">Palitan ang &amp;status…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">Audit &amp;trail…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">I-&amp;export ang buod…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">I-export ang mga napiling &amp;kaso…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">Maghanap ayon sa code ng kaso, resulta o naitalang teksto</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">Maghanap ng mga kaso</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">I-filter ayon sa status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Lahat ng status</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">Bilang ng mga kasong ipinapakita</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">Mga kaso</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">&amp;Maghanap:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">Stat&amp;us:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n kaso</numerusform>
            <numerusform>%n kaso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">hindi na-save ang kaso</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">hindi mabasa ang mga kaso</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">hindi naitabi ang checklist</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">hindi mabasa ang checklist</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">hindi nalikha ang kaso</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">hindi na-save ang sesyon</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">hindi nagawa ang database</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">hindi nagawa nang buo ang database; gawin itong muli</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">hindi nabuksan ang database</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">kailangan ng naka-encrypt na database ng data key na naka-unlock</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">database ito ng pagsasanay na hindi naka-encrypt; wala itong passphrase</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">hindi na-unlock ang database</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">naka-encrypt ang database na ito: ilagay ang passphrase nito</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">walang ganoong kaso sa database na ito</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">hindi tugma ang checklist sa SHA-256 nito; hindi ito naitabi</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">hindi valid ang checklist; hindi ito naitabi</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">hindi naitabi ang checklist</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">hindi nakatabi sa database na ito ang checklist ng kaso</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">hindi nalikha ang kaso</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">hindi maaaring walang laman ang code ng kaso</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">hindi nabago ang code ng kaso</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">hindi nabago ang status</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">hindi na-save ang sesyon</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">kailangan ng tanong para sa isang sagot</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">hindi na-save ang sagot</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">sa ibang kaso kabilang ang sesyon ng panayam ng sagot</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">hindi mabasa ang mga sagot</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">hindi maitabi bilang backup ang kasalukuyang database (%1); walang na-restore</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">pumili ng file ng backup, hindi ang mismong database</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">walang na-restore</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">hindi mapalitan ang database</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">walang na-restore (nakatabi ang kasalukuyang file sa folder ng backup)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">database ito ng pagsasanay na hindi naka-encrypt; wala itong passphrase</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">hindi nabago ang passphrase</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">nawawala ang mga setting ng susi ng database</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">kailangan ng format para sa isang export</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">hindi naitala ang export</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">pumalya ang backup bago i-upgrade ang database (%1); na-upgrade ang database nang walang backup</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">pumalya ang awtomatikong pang-araw-araw na backup: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (maaaring i-restore ang isang maayos na backup mula %2)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">hindi na-update ang entry sa listahan ng kaso</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">hindi mabasa ang mga sagot na mahahanap</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">hindi nabago ang mga sagot na mahahanap</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">Case study %1 — kathang-isip</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">Salaysay ng case study</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">hindi mabasa ang kaso</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">hindi mabasa ang listahan ng kaso</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">&amp;Bagong kaso…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">Bumalik sa &amp;listahan ng kaso</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">Palitan ang &amp;status…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">&amp;Audit trail…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">Bumalik sa listahan ng kaso</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">Buksan ang kaso</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">Hindi mabuksan ang kaso: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">Kaso %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">Hindi nalikha ang kaso: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">Hindi napalitan ang status: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">Ang status ng kaso %1 ngayon: %2.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">Hindi mabasa ang audit trail: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">Mga &amp;sagot na mahahanap…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>Hinahanap na ngayon ng listahan ng kaso ang mga napiling sagot (%n kaso ang naihanda).</numerusform>
            <numerusform>Hinahanap na ngayon ng listahan ng kaso ang mga napiling sagot (%n kaso ang naihanda).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">kasama sa Lantern</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">%1 problema</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — hindi valid, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">&amp;Ipresenta ang checklist na ito…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">Mga natagpuang checklist</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">Mga problemang natagpuan sa file</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">Walang natagpuang checklist.</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">P&amp;rofile:</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">Profile na ipepresenta</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">Hindi valid na checklist ang %1 at hindi ito magagamit. Ayusin ang mga problemang ito at buksan muli ang listahang ito:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">Mga Checklist</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Pangkalahatang-ideya</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">Ang pag-iskor sa simpleng salita</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">Pinagmulan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Wika:</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">Wika ng mga teksto ng checklist</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">Lakas ng palatandaan bawat profile</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">&amp;Pangkalahatang-ideya</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">Mga &amp;tanong</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">Mga pa&amp;latandaan</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">Pag-&amp;iskor</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">Pinag&amp;mulan</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">Naka-install na ang %1 %2; walang nagbago.</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">Naka-install na ang %1 %2 na may ibang nilalaman. Bigyan ng mas mataas na numero ng bersyon ang bagong file: ang mga kasong sinimulan gamit ang %2 ay mananatiling naka-pin dito.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">Hindi magawa ang folder na %1.</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">Mayroon nang %1 sa folder ng checklist at hindi ito nai-load; ilipat muna ito sa ibang lugar.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">Hindi maisulat ang %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">Naidagdag ang %1 %2 sa folder ng checklist.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">Hindi valid na checklist ang %1 (1 problema); walang naidagdag.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">Hindi valid na checklist ang %1 (%2 problema); walang naidagdag.</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">Naidagdag ang %1 (bersyon %2). Iaalok ito kapag nagsimula kayo ng bagong kaso; mananatili sa checklist na sinimulan nila ang mga kasong nasimulan na.</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">Naka-install na ang %1 (bersyon %2) na may parehong nilalaman. Walang nagbago.</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">Hindi valid na checklist ang file na ito, kaya hindi ito naidagdag. Ayusin ang mga problema sa ibaba (linya at column sa file) at i-import itong muli.</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">Hindi naidagdag ang checklist: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">Na-import ang checklist</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">Hindi na-import ang checklist</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">Mga problemang natagpuan sa file ng checklist</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">hindi mabasa ang file: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">mas malaki sa %1 MiB ang file; hindi ito checklist</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">dobleng member na &apos;%1&apos;; isang beses lamang maaaring lumabas ang isang pangalan sa isang object</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">hindi suportadong format na &apos;%1&apos;; %2 ang binabasa ng bersyong ito ng Lantern</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">hindi valid na id ng checklist na &apos;%1&apos;: gumamit ng maliliit na titik, digit, &apos;_&apos; at &apos;-&apos;, at magsimula sa titik</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">wala sa anyong MAJOR.MINOR.PATCH ang bersyong &apos;%1&apos;, hal. 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">dapat code ang wika, gaya ng &quot;en&quot; o &quot;th&quot;</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">dalawang beses nakalista ang wikang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">hindi isa sa mga wika (%2) ang default_language na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">dobleng id ng %1 na &apos;%2&apos;; unang tinukoy sa {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">dapat isang object ang &apos;translations&apos; na naka-key ayon sa language code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">hindi isa sa mga wika ng checklist ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">dapat &quot;draft&quot; o &quot;reviewed&quot; ang status ng salin, hindi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">hindi kilalang uri ng tanong na &apos;%1&apos;; inaasahan ang yesno, single, multi, text, number o date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">pinapayagan lamang ang &apos;%1&apos; sa mga tanong na number</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">mas malaki ang &apos;min&apos; kaysa sa &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">pinapayagan lamang ang &apos;options&apos; sa mga tanong na single at multi</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">kulang ang kinakailangang field na &apos;options&apos; para sa tanong na %1</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">hindi kilalang grupo na &apos;%1&apos;; inaasahan ang act, means o purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">dapat {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} o {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} ang threshold</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">hindi dapat negatibo ang timbang</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">dapat mas malaki sa 0 ang &apos;min_score&apos;</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">dapat object ng pinakamababang bilang ang isang alternatibo ng threshold, hal. {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">hindi kilalang lakas na &apos;%1&apos; sa threshold; inaasahan ang strong, medium, weak, medium_or_weak, strong_or_medium o any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">dapat buong numerong hindi bababa sa 1 ang pinakamababang bilang</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">dapat iugnay ng &apos;strength&apos; ang kahit isang id ng profile sa strong, medium o weak</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">hindi kilalang lakas na &apos;%1&apos;; inaasahan ang strong, medium o weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">&apos;any_of&apos; o &apos;min&apos;/&apos;max&apos; ang tinatanggap ng isang trigger, hindi ang dalawa</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">kailangan ng &apos;any_of&apos; ang tanong na single, multi o text</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">mas malaki ang &apos;min&apos; kaysa sa &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">kailangan ng &apos;min&apos;/&apos;max&apos; ang tanong na number</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">kailangan ng simpleng trigger ang tanong na yesno; gamitin ang &apos;any_of&apos; para sa mga opsyon</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">hindi kilalang elemento na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">hindi kilalang profile na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">hindi kilalang sanggunian na &apos;%1&apos;; ilista ito sa provenance.sources</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">hindi kilalang tanong na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">ang tanong na &apos;%1&apos; ay tanong na %2: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">dapat string ang tekstong sagot na itutugma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">hindi opsyon ng tanong na &apos;%2&apos; ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">binabasa ng tuntunin ang &apos;%1&apos;, na hindi tanong sa checklist na ito</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">binabasa ng tuntunin ng kinalabasan ang &apos;%1&apos;, na hindi elemento ng checklist na ito</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">paikot na pagdepende sa pagpapakita: ipinapakita lamang ang tanong na &apos;%1&apos; batay sa sarili nitong sagot (sa pamamagitan ng tuntunin ng seksyon nito o ng sarili nitong tuntunin)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">paikot na pagdepende sa pagpapakita: %1</translation>
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
        <translation type="unfinished">Angkop sa lahat</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">Angkop kapag %1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">Naaabot sa lahat ng iba pang pagkakataon</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">Naaabot kapag %1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">Palaging itinatanong</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">Itinatanong lamang kapag %1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">oo ang sagot sa %1</translation>
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
        <translation type="unfinished">kasama sa %1 ang %2</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">kasama sa %1 ang alinman sa %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">ang %1 ay %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">ang %1 ay isa sa %2</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">ang %1 ay mula %2 hanggang %3</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">ang %1 ay hindi bababa sa %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">ang %1 ay hindi hihigit sa %2</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">nasagot ang %1</translation>
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
        <translation type="unfinished">Nakaligtaan ninyo ang %1 (%2), na itinatala ng modelong sagot mula sa %3.</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">Iniwan ninyong bukas ang %1: hindi iyon sagot na “hindi”, pero hindi mabibilang ang palatandaan hangga&apos;t hindi naitatanong ang tanong.</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">Ang sagot ninyo: %1.</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">Ang itinala ninyo: %1.</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">Hindi lumabas ang tanong nito sa inyong mga sagot, dahil ang itinala ninyo ay %1 (sa modelong sagot: %2).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">Idinagdag ninyo ang %1 (%2) mula sa %3; iniiwan itong bukas ng modelong sagot (%4).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">Idinagdag ninyo ang %1 (%2) mula sa %3; ayon sa modelong sagot: %4.</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">Idinagdag ninyo ang %1 (%2) mula sa %3; ang nasa modelong sagot ay %4.</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">Sa inyong mga sagot, ang %1: %2 (sa modelong sagot: %3), kaya ito ay %4 sa halip na %5.</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">Maaari pa itong pagpasyahan ng mga tanong na iniwan ninyong bukas: %1.</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">Gayunman, %2 ang %1 sa magkabilang panig.</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">Sa %1, tugma ang inyong resulta sa modelong sagot: %2.</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (sa inyo: %2, modelong sagot: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">Sa %1, ang tuntunin para sa %2 ay %3 sa inyong mga sagot at %4 sa modelong sagot, kaya ang resulta ninyo rito ay %5 sa halip na %6.</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">Sa %1, ganito ang tuntunin para sa %2: %3; %4 ito sa inyong mga sagot at %5 sa modelong sagot, kaya ang resulta ninyo rito ay %6 sa halip na %7.</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">Sa %1, kaya ang resulta ninyo rito ay %2 sa halip na %3.</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">Depende sa mga tanong na iniwan ninyong bukas, maaari pa itong maging %1.</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (modelong sagot: %2; sa inyo: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">Magkaiba kayo ng modelong sagot kung aling mga profile ang angkop: ang %1 ay %2 sa modelong sagot pero %3 sa inyo.</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">Magkaiba kayo ng modelong sagot kung aling mga profile ang angkop: ang %1 ay %2 sa modelong sagot pero %3 sa inyo, dahil magkaiba ang mga sagot sa %4.</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">Iniiwan itong bukas ng inyong mga sagot, kaya sinuri rin ito.</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">Tugma ang inyong resulta ng screening sa modelong sagot: %1.</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">Ang inyong resulta ng screening ay %1, samantalang %2 ang nasa modelong sagot.</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">May kondisyon ang inyong resulta: sa inyong mga sagot, walang profile na tiyak na angkop.</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">May kondisyon ang resulta ng modelong sagot: sa mga sagot nito, walang profile na tiyak na angkop.</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">Maaari pang maging %1 ang inyong resulta, depende sa mga tanong na iniwan ninyong bukas.</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">Walang profile na angkop sa alinmang panig, kaya walang elementong maihahambing.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>Sa %n palatandaang itinatala ng modelong sagot, natagpuan ninyo ang %1 at nakaligtaan ang %2; nagdagdag kayo ng %3 na hindi nito itinatala.</numerusform>
            <numerusform>Sa %n palatandaang itinatala ng modelong sagot, natagpuan ninyo ang %1 at nakaligtaan ang %2; nagdagdag kayo ng %3 na hindi nito itinatala.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">hindi nabuksan ang database</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">hindi umiiral ang folder para sa database</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">nawawala ang SQLite driver para sa Qt; i-install muli ang Lantern</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">hindi magagamit ng database ang write-ahead logging dito; ilipat ito sa isang lokal na disk</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Mag-&amp;browse…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">&amp;Gumawa ng database</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">Bumali&amp;k</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">Gumawa ng database ng mga kaso</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">Naka-encrypt ang mga kaso gamit ang susi na ang passphrase lang na ito ang makakapagbukas. Kapag nawala ang passphrase, hindi na mababawi ang mga kaso.</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">Lokasyon ng database file</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">Pumili ng lokasyon ng database</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Bagong passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">Ulitin ang passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Lakas ng passphrase</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">Gumawa ng database</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Bumalik</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">&amp;Lokasyon:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">Ulitin ang passph&amp;rase:</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">Ginagawa…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">Ginagawa ang database at iniaangkop ang susi nito sa computer na ito; ilang segundo ito.</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">Piliin kung saan ilalagay ang database file.</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">May file na sa lokasyong ito. Pumili ng ibang pangalan, o buksan na lang ang umiiral na database.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">Masyadong maikli ang passphrase: gumamit ng hindi bababa sa %1 na character.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">Hindi magkatugma ang dalawang passphrase. I-type ang parehong passphrase nang dalawang beses.</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">Lokasyon ng bagong database ng mga kaso</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Mga database ng Lantern (*.lantern);;Lahat ng file (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">nakabukas ang database sa ibang window o proseso ng Lantern (proseso %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">hindi maaaring i-lock ang mga file sa folder ng database; ilipat ang database sa isang lokal na disk</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">Hindi magawa ang folder na %1; pumili ng ibang lokasyon.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">Walang nakabukas na database.</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD, saka pindutin ang Enter</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">Petsa bilang taon-buwan-araw</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">Ilagay ang petsa bilang taon-buwan-araw, halimbawa 2024-03-15.</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (&apos;%1&apos; ba ang ibig ninyong sabihin?)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">may %1 malakas, %2 katamtaman, %3 mahina</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">%1 pang puntos</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">%1 pang puntos</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (iskor na %2 sa %3 na kailangan)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1; kailangan: %2, na maaari pang maidagdag ng mga bukas na tanong</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1; kailangan: %2</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">hindi tinitimbang sa profile na ito: wala sa mga palatandaan nito ang binibilang dito</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1; naaabot ang kailangang iskor</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1; naaabot ang %2</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1; walang alternatibong nakalista sa threshold</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">wala nang iba pa</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">%1 pang %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> at </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">masyadong mabigat ang pagsusuri sa tuntunin</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">Sinasagot ng modelong sagot ang tanong na &apos;%1&apos;, na wala sa checklist na &apos;%2&apos; bersyon %3; para ba sa ibang checklist ang mga sagot na ito?</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">Sinasagot ng mga sagot ng kalahok ang tanong na &apos;%1&apos;, na wala sa checklist na &apos;%2&apos; bersyon %3; para ba sa ibang checklist ang mga sagot na ito?</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">Ehersisyong inihambing sa modelong sagot</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">I-&amp;export para sa trainer…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">Paghahambing ng ehersisyo</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">PAGSASANAY — kathang-isip na case study</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">Pagtutugma ng kinalabasan</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">Ang dalawang kinalabasan</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">Mga palatandaang natagpuan, nakaligtaan at idinagdag</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">Pangangatwiran</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">Bawat elemento</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">Bakit — ang pangangatwiran</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">I-export para sa trainer</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">I-save ang paghahambing na ito bilang HTML na ulat, CSV na talahanayan o JSON para sa trainer</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">Case study: &lt;b&gt;%1&lt;/b&gt; · Kalahok: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, bersyon %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ Tugma ang inyong kinalabasan sa modelong sagot</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ Iba ang inyong kinalabasan sa modelong sagot</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">may kondisyon: walang profile na tiyak na angkop</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">Modelong sagot:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">Sa inyo:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">Maaari pang maging %1 ang sa inyo kapag naitanong na ang mga tanong na iniwan ninyong bukas.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> o </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ %1 natagpuan  ·  ✗ %2 nakaligtaan  ·  + %3 idinagdag  —  sa %4 palatandaan sa modelong sagot</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">Hindi na-export ang paghahambing: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">Na-export para sa trainer: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ mayroon</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– wala</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? iniwang bukas</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">iniwang bukas, hindi sagot na “hindi”</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">iba ang sagot</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">hindi ipinakita ang tanong batay sa inyong mga sagot</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">natagpuan</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">nakaligtaan</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">idinagdag</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">Mga elementong inihambing</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">Elemento</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">Modelong sagot</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">Sa inyo</translation>
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
        <translation type="unfinished">Natagpuan: mga palatandaang nasa modelong sagot at nasa inyo</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">Nakaligtaan: mga palatandaang nasa modelong sagot pero wala sa inyo</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">Idinagdag: mga palatandaang nasa inyo pero wala sa modelong sagot</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">Natagpuan</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">Nakaligtaan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">Idinagdag</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">angkop</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">hindi angkop</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">maaaring angkop</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">Iba ang inyong status sa modelong sagot</translation>
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
        <translation type="unfinished">PAGSASANAY — kathang-isip na case study</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">Pumili ng file kung saan ie-export ang paghahambing.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">angkop</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">hindi angkop</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">maaaring angkop (nakadepende sa mga bukas na tanong)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">iniwang bukas (hindi sagot na “hindi”)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">iba ang sagot</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">hindi lumabas ang tanong sa mga sagot ng kalahok</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — may kondisyon: walang profile na tiyak na angkop</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ pareho</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">magkaiba</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">Modelong sagot: %1 · Kalahok: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ Natagpuan</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ Nakaligtaan</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ Idinagdag</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">Walang palatandaan ng elementong ito sa alinmang panig.</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ tugma)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ magkaiba)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">Profile: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">Modelong sagot: %1; kalahok: %2.</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">Resulta rito — modelong sagot: %1; kalahok: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">Elemento</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">Modelong sagot</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">Kalahok</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">Natagpuan</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">Nakaligtaan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">Idinagdag</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">Pangangatwiran</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">Mga sagot na magkaiba</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">Pareho ang mga sagot ng kalahok sa modelong sagot.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Tanong</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(iniwang bukas)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">Paghahambing ng ehersisyo — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. Hindi totoong tao; para sa workshop lamang.</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">Paghahambing ng ehersisyo: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">Case study</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Checklist</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 bersyon %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">In-export</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ Tugma ang kinalabasan sa modelong sagot</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ Iba ang kinalabasan sa modelong sagot</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">Modelong sagot: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">Kalahok: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">Mga palatandaan: ✓ %1 natagpuan · ✗ %2 nakaligtaan · + %3 idinagdag</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">Walang profile na angkop sa alinmang panig, kaya walang elementong maihahambing.</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. Ehersisyo sa screening, hindi pagkilala. In-export ng Lantern.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">wala pang resulta</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">hindi pa naitatanong</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">malakas</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">katamtaman</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">mahina</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">angkop</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">hindi angkop</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">maaaring angkop</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">walang palatandaan</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>%1 na palatandaan</numerusform>
            <numerusform>%1 na palatandaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>%1 na palatandaan</numerusform>
            <numerusform>%1 na palatandaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>%n pa</numerusform>
            <numerusform>%n pa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 at %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">I-&amp;export ang buod…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">Pre&amp;view bago i-print…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">I-export ang mga napiling &amp;kaso…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">Na-export ang buod ng kaso %1 sa %2.</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">Hindi maihanda ang buod: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">1 kaso ang na-export sa %1.</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">%1 kaso ang na-export sa %2.</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">Walang napiling kaso.</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">Hindi mabuksan ang kaso: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">Isama ang mga &amp;tala ng caseworker</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Mag-&amp;browse…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">I-export ang buod ng kaso %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF na dokumento</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML na pahina</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (lahat ng laman ng kaso)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
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
        <translation type="unfinished">Laki ng papel</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">Isama ang mga tala ng caseworker</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">File na output</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">Kung saan ise-save ang buod</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">Piliin ang file na output</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">I-&amp;save bilang:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">I-&amp;export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">I-export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">Piliin kung saan ise-save ang buod.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">Naka-lock ang database; i-unlock ito para makapag-export.</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">Hindi na-export ang buod: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Mga PDF na dokumento (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">Mga HTML na pahina (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Mga JSON file (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">I-save ang buod bilang</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Wika:</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">Pangalawang wika (&amp;dalawang-wikang buod):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Wala</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (draft na salin)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">Wika ng buod</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">Pangalawang wika (dalawang-wikang buod)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">Lalabas din sa wikang ito ang bawat tanong, pagpipiliang sagot, pamagat at payo, sa ibaba ng una.</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">Isama ang &amp;malayang teksto (mga sagot na teksto at mga tala)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">Isama ang mga &amp;tala ng caseworker</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Mag-&amp;browse…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">I-export ang 1 kaso</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">I-export ang %1 kaso</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV na talahanayan (isang file)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON na talahanayan (isang file)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">Mga PDF na buod (isang bagong folder)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">Mga HTML na buod (isang bagong folder)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">Isama ang malayang teksto</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">Isama ang mga tala ng caseworker</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">File o folder na output</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">Ang file, o ang bagong folder, na susulatan</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">Piliin ang file o folder na output</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">I-&amp;save bilang:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">I-&amp;export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">I-export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">Piliin sa listahan ng kaso ang mga kasong ie-export.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">Piliin kung saan ise-save ang export.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">Naka-lock ang database; i-unlock ito para makapag-export.</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">Ine-export ang %1 napiling kaso…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Kanselahin</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">Progreso ng pag-export</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">Kinansela ang pag-export; walang naisulat.</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">Hindi na-export ang mga kaso: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Mga JSON file (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">I-save ang talahanayan bilang</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">Pangalan ng bagong folder para sa mga buod</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">inaasahan ang isang object</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">hindi kilalang field na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">kulang ang kinakailangang field na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">dapat string ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">hindi dapat walang laman ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">hindi valid na id na &apos;%1&apos;: gumamit ng maliliit na titik, digit at &apos;_&apos;, at magsimula sa titik</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">dapat true o false ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">dapat numero ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">dapat buong numerong hindi bababa sa %2 ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">dapat array ang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">dapat locale map ang &apos;%1&apos;, gaya ng {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">walang laman ang locale map na &apos;%1&apos;; ibigay ang teksto kahit man lang sa default na wika</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">hindi nakalista sa &quot;languages&quot; ang wikang &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">dapat string na may laman ang tekstong &apos;%1&apos;</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">wala sa locale map na &apos;%1&apos; ang default na wikang &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">hindi mabasa ang file</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">hindi maisulat ang file (tiyaking maisusulatan ang folder nito)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">hindi naisulat nang buo ang kopya (puno na ba ang disk?)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[hindi naisalin — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[hindi naisalin sa %1]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">Tala: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">Mga palatandaang naroroon: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">; kung bibilangin ang mga bukas na tanong, hanggang: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">Ano ang gagawin:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">Mga binilang na palatandaan</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">Mga palatandaang bukas pa</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">Mga tanong na maaaring magpasya sa elementong ito</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(ngayon: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">Profile: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">Nakadepende kung angkop ito sa: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">Resulta sa profile na ito:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">wala pang naaabot</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">; maaari pang maging: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">Mga sagot ayon sa seksyon</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">Hindi kasama sa buod na ito ang mga tala ng caseworker.</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">Wala pang naitatalang sagot.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Tanong</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Sagot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Pinagmulan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Tala</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(itinabi; hindi na angkop ang tanong, hindi binilang)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">Mga sesyon ng panayam</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">Walang naitalang sesyon ng panayam.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">Nagsimula</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">Natapos</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">Tagasalin</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">Wika ng panayam</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1; interface ng caseworker: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">hindi</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">hindi pa tapos</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1, draft na salin na hindi pa nasusuri</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">Nasa dalawang wika ang buod na ito: lumalabas ang bawat teksto ng checklist sa %1, at sa ilalim nito, sa %2.</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">Nasa %1 ang mga teksto ng checklist.</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">Hindi pa nasusuri ng katutubong tagapagsalita ang draft na salin: basahin ito nang maingat.</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">Minamarkahan ng %1 ang tekstong wala sa checklist sa wikang iyon; sa halip, ipinapakita ang teksto nito sa wikang nakasaad (&quot;%2&quot;: ang linya sa itaas lamang ang mayroon).</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1; pangalawang wika: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Mga wika</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">Resulta ng screening: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(antas %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">May kondisyon:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">nakadepende ang resulta sa mga bukas na tanong; tingnan ang mga tala.</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">Payo: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Kaso</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">Code ng kaso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">Huling pagbabago</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Checklist</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">Id at bersyon ng checklist</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">SHA-256 ng checklist</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">In-export</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">Buod ng kaso %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">PAGSASANAY — kathang-isip na kaso. Hindi totoong tao.</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">Paano narating ang resulta</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">In-export ng Lantern noong %1.</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">nasagot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">hindi alam</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">tumangging sumagot</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">hindi itinanong</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">hindi angkop</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">hindi pa naitatanong</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">hindi</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">wala sa mga ito</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">Sariling salaysay</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">Naobserbahan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">Dokumento</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">Ikatlong partido</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">Panayam</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">Para sa kinakapanayam · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ hindi lahat naisalin — may tekstong nasa %1</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">draft na salin, hindi pa nasusuri</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">Tanong para sa kinakapanayam sa %1: %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">kulang ang memory para suriin ang tuntunin</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">hindi masuri ang tuntunin</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">walang laman ang file; inaasahan ang isang JSON object</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">hindi inaasahang teksto pagkatapos ng dulo ng JSON na dokumento</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">mas malalim sa %1 antas ang nesting</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">hindi inaasahang dulo ng file; inaasahan ang isang halaga</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">inaasahan ang isang halaga; hindi pinapayagan sa JSON ang kuwit sa dulo</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">hindi valid na halaga; sa JSON, isinusulat sa maliliit na titik ang true, false at null, at nasa double quotes ang teksto</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">inaasahan ang isang halaga (object, array, string, number, true, false o null)</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">hindi valid na literal; inaasahan ang %1 (kailangan ng double quotes ang mga tekstong halaga sa JSON)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">hindi valid na numero; hindi pinapayagan ang mga zero sa unahan</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">hindi valid na numero</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">hindi valid na numero; inaasahan ang mga digit pagkatapos ng decimal point</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">hindi valid na numero; inaasahan ang mga digit sa exponent</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">masyadong malaki ang numero</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">hindi valid na \u escape; inaasahan ang apat na hexadecimal na digit</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">hindi tinapos na string</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">hindi valid na escape sequence na &apos;\%1&apos; sa string</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">walang kapares na surrogate sa \u escape</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">hindi valid na UTF-8 sa string; i-save ang file bilang UTF-8</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">hindi tinapos na string; inaasahan ang pansarang &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">hindi tinapos na string; inaasahan ang pansarang &apos;&quot;&apos; bago ang dulo ng linya</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">may control character sa string; isulat ito bilang escape gaya ng \t</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">inaasahan ang pangalan ng member; hindi pinapayagan sa JSON ang kuwit sa dulo</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">inaasahan ang pangalan ng member na nasa double quotes</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">inaasahan ang &apos;:&apos; pagkatapos ng pangalan ng member</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">hindi inaasahang dulo ng file; inaasahan ang &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">inaasahan ang &apos;,&apos; o &apos;}&apos; pagkatapos ng member ng object</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">hindi inaasahang dulo ng file; inaasahan ang &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">inaasahan ang &apos;,&apos; o &apos;]&apos; pagkatapos ng item ng array</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Sagot</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Na-lock dahil itinago ang Lantern.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>Na-lock matapos ang %n minutong walang aktibidad.</numerusform>
            <numerusform>Na-lock matapos ang %n minutong walang aktibidad.</numerusform>
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
        <translation type="unfinished">Nakatago. Pindutin ang F12 para ipakitang muli ang Lantern.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">&amp;Database</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">Bago&amp;ng database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">&amp;Magbukas ng database…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">I-&amp;lock</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">Mag-&amp;restore mula sa backup…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">Mga &amp;Setting…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Umalis</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">I-&amp;edit</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">I-&amp;undo ang sagot</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">I-&amp;redo ang sagot</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">&amp;Kaso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Tingnan</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">Wala na ang huling ginamit na database, %1. Gumawa ng bago o magbukas ng iba.</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">Hindi nagawa ang database: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">Magbukas ng database ng mga kaso</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Mga database ng Lantern (*.lantern);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">Hindi mabuksan ang database na ito: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">I-restore ang pinakabagong maayos na backup</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">I-type ang passphrase ng database.</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">Hindi na-unlock: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">Wala pang backup ang database na ito.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Mag-restore mula sa backup</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">Palitan ang database ng backup na %1? Itatabi muna bilang backup ang kasalukuyang file.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">Na-restore ang backup. I-unlock ito gamit ang passphrase ng database noong ginawa ang backup.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">Hindi na-restore ang backup: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — PAGSASANAY (mga kathang-isip na kaso)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">Mga C&amp;hecklist</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">&amp;Tingnan ang mga checklist…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">I&amp;presenta ang isang checklist…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">Mag-&amp;import ng checklist…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">Mag-import ng checklist</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Mga checklist ng Lantern (*.json);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">&amp;Pagsasanay</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">Buksan ang training w&amp;orkspace</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">I-&amp;reset ang training workspace…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">Mag&amp;simula ng ehersisyo…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">Ipakita ang &amp;case study</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">&amp;Ikumpara sa modelong sagot</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">Hindi maikukumpara ang kasong ito sa modelong sagot: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">ang halimbawang sinagutan</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">Naka-lock.</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">Hindi magawa ang training workspace: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">I-reset ang training workspace</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">Ibalik ang training workspace sa orihinal nitong mga case study? Mabubura ang bawat ehersisyo at pagbabagong ginawa rito. Hindi gagalawin ang mga totoong database ng kaso.</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">Hindi na-reset ang training workspace: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">Na-reset ang training workspace sa mga case study nito.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">T&amp;ulong</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">&amp;Tungkol sa Lantern</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Subukan muli</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Mensahe</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">Isara ang mensaheng ito</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">Isara ang mensahe</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">Bagong kaso</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (bersyon %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, mula sa inyong folder</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Checklist</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">Code ng kaso</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">&amp;Simulan ang kaso</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">Simulan ang kaso</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">&amp;Checklist:</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">C&amp;ode ng kaso:</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">Awtomatikong ginawa ang code; palitan ito para tumugma sa sarili ninyong mga numero ng file kung gusto ninyo. Huwag maglagay ng pangalan o iba pang detalyeng makapagpapakilala sa tao.</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">Walang natagpuang valid na checklist. Suriin ang folder ng checklist sa Mga Setting.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">Pumili ng checklist.</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">Maglagay ng code ng kaso.</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">May ibang kaso nang may code na %1; pumili ng iba.</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">Tala:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">Opsyonal na tala para sa sagot na ito</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Tala</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">Pinagkunan:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">Pinagkunan ng sagot</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">Isang numero</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">Isang numero mula %1 hanggang %2</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">Isang numero, hindi bababa sa %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">Isang numero, hindi hihigit sa %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">Maglagay ng numero, halimbawa 42.</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">hindi suportadong operator na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng hindi bababa sa 1 argument</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng hindi bababa sa %2 argument</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng 1 argument</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng %2 argument</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng hindi hihigit sa 1 argument</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng hindi hihigit sa %2 argument</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng %2 o %3 argument</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">tumatanggap ang operator na &apos;%1&apos; ng %2 hanggang %3 argument</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">masyadong malalim ang pagkaka-nest ng tuntunin</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">Binabasa ng kinalabasang &apos;%1&apos; ng profile na &apos;%2&apos; ang %3 elementong hindi pa matukoy, masyadong marami para subukan ang bawat kombinasyon; itinuturing itong hindi pa matukoy.</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">Hindi masuri ang tuntunin ng kinalabasang &apos;%1&apos; sa profile na &apos;%2&apos; (%3); itinuturing itong hindi pa matukoy.</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeReasons</name>
    <message>
        <source>%1 is %2</source>
        <comment>an element and its status: X is met</comment>
        <translation type="unfinished">%2 ang %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 at %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">Naabot: angkop ito tuwing walang naunang kinalabasang naabot.</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">Naabot dahil %1.</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">Naabot: natutupad ang tuntunin nito batay sa status ng mga elemento.</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">Hindi naabot dahil %1.</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">Hindi naabot: hindi natutupad ang tuntunin nito batay sa status ng mga elemento.</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">Maaari pang maabot: nakadepende ito sa mga elementong bukas pa (%1).</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">Maaari pang maabot: nakadepende ito sa mga elementong bukas pa.</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">Kaso %1 · in-export noong %2 · pahina %3 sa %4</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">PAGSASANAY — kathang-isip na kaso · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">malakas</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">katamtaman</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">mahina</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">hindi</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">bukas</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">naabot</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">hindi naabot</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">hindi pa matukoy</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">hindi kailangan</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">Pamagat ng slide</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — presentasyon</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">Slide</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Hakbang</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">Walang maipepresenta</translation>
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
        <translation type="unfinished">checklist</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">elemento</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">palatandaan</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">profile</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">Beripikado laban sa mga sanggunian nito.</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">Hindi beripikado laban sa mga sanggunian nito sa kabuuan.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">Sanggunian: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">Hindi pa beripikado:</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1, sanggunian: %2, %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1, sanggunian: %2</translation>
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
        <translation type="unfinished">Mga tanong</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">Tanong</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Uri</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">Kailangan</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">Sensitibo</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">Itinatanong kapag</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">Mga seksyon at tanong</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">oo / hindi</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">isa sa %1 pagpipilian</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">alinman sa %1 pagpipilian</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">teksto</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">petsa</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">numero, %1 hanggang %2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">numero</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">kailangan</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ sensitibo</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">Pangasiwaan nang maingat; hindi kailanman ipinapakita kapag nagpepresenta</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">kailangan</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">sensitibo — magtanong nang mahinahon</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">hindi naisalin</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">Itanong</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">Itanong · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">Tanong %1: %2 (kailangan)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">Tanong %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">Tala para sa nag-iinterbyu:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">Mga tinatanggap na sagot:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">Para sa inyo</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">Para sa nag-iinterbyu</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">&amp;Mabilis na pagtago</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">Itago agad ang window; pindutin muli ang F12 para ipakita ito</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">tanong na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">seksyon na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">Nakadepende sa sarili nito ang pagpapakita ng %1; ipinapakita ito at itinuturing na hindi pa matukoy.</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">Hindi masuri ang tuntunin ng pagpapakita ng tanong na &apos;%1&apos; (%2); ipinapakita ito at itinuturing na hindi pa matukoy.</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">Hindi masuri ang tuntunin ng pagpapakita ng seksyon na &apos;%1&apos; (%2); ipinapakita ito at itinuturing na hindi pa matukoy.</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Mag-restore mula sa backup</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">Piliin ang backup na ire-restore. Itatabi muna bilang backup ang kasalukuyang database file, kaya walang mawawala. Nabubuksan ang isang backup gamit ang passphrase ng database noong ginawa ang backup.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">Mga backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">I-&amp;restore</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — backup (%2), %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">dapat literal na string ang pangalan ng variable</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">hindi ma-analisa ang tuntunin</translation>
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
        <translation type="unfinished">ang %1 ay higit sa %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">ang %1 ay hindi bababa sa %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">ang %1 ay mas mababa sa %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">ang %1 ay hindi hihigit sa %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">ang %1 ay hindi %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">ang %1 ay %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">hindi</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">naabot</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">hindi naabot</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">totoo</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">hindi totoo</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">walang sagot</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">wala</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (o %2 kapag walang sagot)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">pinakamalaki sa %1</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">pinakamaliit sa %1</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">minus %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">oo ang sagot sa %1</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">may napiling pagpipilian sa %1</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">ang %1 ay bilang na hindi 0</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">nasagot ang %1</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">ang %1 ay higit sa %2 at mas mababa sa %3</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">ang %1 ay mula %2 hanggang %3</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">naabot ang %1</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">hindi naabot ang %1</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">kasama sa %1 ang %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">ang %1 ay isa sa %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">naglalaman ang %1 ng %2</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">ang %1 ay nasa %2</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">kasama sa %1 ang lahat ng %2</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">kasama sa %1 ang alinman sa %2</translation>
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
        <translation type="unfinished">isang sensitibong tanong</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">hindi kailanman</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">palagi</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">, at </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; o </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> at </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> o </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">hindi naabot ang %1</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">hindi oo ang sagot sa %1</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">walang napiling pagpipilian sa %1</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">hindi nasagot ang %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">hindi totoo na %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">hindi totoo na (%1)</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">kung %1, %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">o kaya kung %1, %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">kung hindi, %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">mas kaunti sa %1 sa %2 ang nasagot</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">walang sagot ang %1</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">walang sagot ang alinman sa %1</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">Status ng pag-save</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ Na-save</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ Na-save %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ Hindi na-save: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">Hindi masuri ang tuntuning &apos;applies&apos; ng profile na &apos;%1&apos; (%2); itinuturing na hindi pa matukoy kung angkop ito.</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">Maaari pang maging mas malubha ang resulta ng profile na &apos;%1&apos; (%2), depende sa mga bukas na tanong.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">Maaaring angkop din ang profile na &apos;%1&apos; (nakadepende sa: %2); kung angkop ito, mas malubha ang resulta nitong &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">Nakadepende sa mga bukas na tanong kung angkop ang profile na &apos;%1&apos;: %2. Sinuri pa rin ito.</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">Walang profile na angkop sa mga sagot na ito, kaya walang pangkalahatang resulta.</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">Wala pang profile na nakaabot ng resulta: nakadepende pa sa mga bukas na tanong ang bawat kinalabasan.</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">Walang profile na tiyak na angkop: may kondisyon ang pangkalahatang resulta, batay sa mga bukas na tanong na magpapasya kung aling profile ang angkop.</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">Hindi masuri ang tuntunin ng palatandaang &apos;%1&apos; (%2); itinuturing itong bukas.</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Bawat sistema ng pagsulat na binabasa ng mga gumagamit ng Lantern, sa font na ginagamit ng computer na ito</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — walang font</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">lumalabas bilang mga kahon: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">hindi naitabi ang buod nito</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">Hindi maihanda ang %1 sa %2 kaso para sa bagong paghahanap (%3); ihahanda ang bawat isa sa susunod na pagbukas nito</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">Mga sagot na mahahanap</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">Hinahanap ng listahan ng kaso ang isang kaso ayon sa code at kinalabasan nito, at ayon sa mga sagot nito sa mga tanong na may tsek dito. Nananatiling naka-encrypt sa database ang mga sagot na iyon; habang naka-unlock ito, itinatago ang mga ito sa memory para sa paghahanap. Hindi kailanman mahahanap ang mga tanong na minarkahan ng checklist bilang sensitibo.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (bersyon %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Checklist</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">Mga tanong na ang mga sagot ay hinahanap ng listahan ng kaso</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">&amp;Ilapat</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">Gamitin ang &amp;default</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">Ang mga sagot sa mga tanong na teksto na hindi minarkahang sensitibo</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">&amp;Checklist:</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — sensitibo, hindi kailanman mahahanap</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Mga seksyon</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Lumilipat sa pagitan ng mga seksyon ang Ctrl+Page Down at Ctrl+Page Up</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">hindi itinatanong batay sa mga sagot sa ngayon</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ nasagot ang lahat ng %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%1 sa %2 ang nasagot</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">May ginamit na &amp;tagasalin</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">Status ng sesyon</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">May ginamit na tagasalin</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">&amp;Wika ng panayam:</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">Wika ng panayam</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">Ang wikang ginagamit sa panayam (isang language code gaya ng th)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">Simulan o i-pause ang sesyon ng panayam</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">Hindi maitatala ang mga sesyon: walang nakabukas na database ng kaso.</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">&amp;Simulan ang sesyon</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">Hindi itinatala ang mga sesyon para sa view na ito.</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">I-&amp;pause ang sesyon</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">Tumatakbo ang sesyon %1 mula %2</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">&amp;Ituloy ang sesyon</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">Wala pang naitatalang sesyon.</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">Naka-pause — 1 sesyon sa ngayon.</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">Naka-pause — %1 sesyon sa ngayon.</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">I-lock kapag na-&amp;minimize o nakatago ang Lantern</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Mga Setting</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">Hindi kailanman</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">I-lock pagkalipas ng ilang minutong walang aktibidad</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">I-lock kapag na-minimize o nakatago</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">Folder ng sarili ninyong mga checklist</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">Default ng desktop</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">Laki ng font ng interface</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Mag-&amp;browse…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">Pumili ng folder ng checklist</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">I-&amp;lock kapag walang aktibidad sa loob ng:</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">Folder ng &amp;checklist:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">Laki ng &amp;font:</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">Sundin ang desktop</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — draft na salin</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">Wika ng interface</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">Magkatabi</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">Isa sa itaas ng isa</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">Mga tanong sa dalawang wika</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">Laki ng teksto ng kinakapanayam</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">&amp;Wika ng interface:</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">Mga &amp;tanong sa dalawang wika:</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">Laki ng teksto ng &amp;kinakapanayam:</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">hindi masimulan ang library ng encryption</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">maling passphrase</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">walang laman ang passphrase</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">sira ang mga setting ng susi ng database</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">naka-lock ang database</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">hindi pumasa sa integrity check ang nakatabing data (binago o sira)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">kulang ang memory para sa encryption ng database; isara ang ibang program at subukang muli</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">Magsimula ng ehersisyo</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">Basahin ang case study, saka mag-interbyu gamit ang checklist gaya ng gagawin ninyo sa trabaho. Kapag tapos na, ikumpara ang inyong mga sagot sa modelong sagot.</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">Case study</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">hal. Grupo 3, o ang inyong pangalan</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">Kalahok o grupo</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">&amp;Case study:</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">&amp;Kalahok o grupo:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Simulan</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">Paksa: %1 · checklist %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">Walang naka-install na case study.</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">Maglagay ng pangalan o grupo, para makilala ng trainer ang bawat ehersisyo.</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">Nasimulan na ng %1 ang case study na ito; pumili ng ibang pangalan.</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">&amp;Gumawa ng bagong database ng mga kaso…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">&amp;Buksan ang isang umiiral na database…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">Buksan ang &amp;training workspace</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Maligayang pagdating sa Lantern</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Iniimbak ng Lantern ang mga kaso ng screening sa isang naka-encrypt na database sa computer na ito. Walang ipinapadala kahit saan. Para magsimula, gumawa ng database na protektado ng passphrase, o buksan ang database na mayroon ka na.</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">Para sa mga trainer at kalahok sa workshop: ang training workspace ay naglalaman lamang ng mga kathang-isip na case study. Hindi ito naka-encrypt at malinaw na may marka; huwag kailanman maglagay dito ng kaso ng totoong tao.</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">Buksan ang training workspace</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">Gumawa ng bagong database ng mga kaso</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">Buksan ang isang umiiral na database</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">Palitan ang status ng kaso %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">Bagong status</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">Dahilan ng pagbabago</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">Bakit nagbabago ang status, hal. &quot;nai-refer sa national referral mechanism&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">&amp;Palitan ang status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">&amp;Dahilan:</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">Pumili ng status na iba sa kasalukuyan.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">Magbigay ng dahilan: itatabi ito sa audit trail ng kaso.</translation>
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
        <translation type="unfinished">puno na ang disk</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">hindi mabuksan ang database file (tiyaking umiiral at maisusulatan ang folder nito)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">naubusan ng memory ang computer</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">nag-ulat ang database ng hindi inaasahang problema (code %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">hindi database ng Lantern ang file na ito</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">ginawa ang database na ito ng mas bagong bersyon ng Lantern (schema %1); i-update ang Lantern para mabuksan ito</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">nasa lokasyong read-only ang database</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">nakabukas ang database sa ibang window o proseso ng Lantern</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">sira ang database file; i-restore ito mula sa backup</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">walang database sa path na ito</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">may file na sa path na ito</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">naka-lock ang database: i-unlock muna ito</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">hindi mabasa o maisulatan ang disk</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ malakas</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ katamtaman</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ mahina</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">hindi tinitimbang sa profile na ito</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">Palatandaan, ayon sa elemento</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">Preview bago i-print: kaso %1</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">I-type ang sagot, saka pindutin ang Enter</translation>
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
            <numerusform>%n palatandaang %1</numerusform>
            <numerusform>%n palatandaang %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%n palatandaang %1</numerusform>
            <numerusform>%n palatandaang %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 at %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">malakas</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">katamtaman</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">mahina</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">katamtaman o mahina</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">malakas o katamtaman</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">may anumang lakas</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">walang anumang palatandaan</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">%1 na may anumang lakas</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>%n palatandaang may anumang lakas</numerusform>
            <numerusform>%n palatandaang may anumang lakas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>%n palatandaang may anumang lakas</numerusform>
            <numerusform>%n palatandaang may anumang lakas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">%1 sa kabuuan</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>%n palatandaan sa kabuuan</numerusform>
            <numerusform>%n palatandaan sa kabuuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>%n palatandaan sa kabuuan</numerusform>
            <numerusform>%n palatandaan sa kabuuan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">walang lakas na may timbang</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">Naaabot kapag umaabot sa hindi bababa sa %1 ang kabuuang timbang ng mga palatandaang naroroon (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">Hindi kailanman naaabot: walang alternatibong nakalista sa threshold</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">Naaabot kapag may %1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; o </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">PAGSASANAY — mga kathang-isip na kaso · hindi naka-encrypt · huwag kailanman maglagay dito ng kaso ng totoong tao</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">Training workspace: mga kathang-isip na kaso lamang</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">I-&amp;unlock</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">&amp;Magbukas ng ibang database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">Bago&amp;ng database…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">Mag-&amp;restore mula sa backup…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">I-unlock ang database ng mga kaso</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">Pangalan ng database</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">Folder ng database</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">I-unlock</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">Magbukas ng ibang database</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">Gumawa ng bagong database</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Mag-restore mula sa backup</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">sa %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Ina-unlock…</translation>
    </message>
</context>
</TS>
