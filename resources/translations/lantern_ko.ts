<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">진행 중</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">평가 완료</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">의뢰됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">종결</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">아직 평가되지 않음</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">결과 수준 %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (기본값)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">버전</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">언어</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">형식</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">파일</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (Lantern에 포함됨)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">검증됨</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">아니요 — 출처 정보 참조</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">섹션 %1개, 질문 %2개(민감한 질문 %3개), 지표 %4개, 요소 %5개, 프로필 %6개.</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">요소와 각 요소의 충족 조건</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">가중치가 적용되는 지표 없음</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">가중치 적용: 강 %1개, 중 %2개, 약 %3개</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">결과(순서대로 검토)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">수준 %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">출처와 대조하여 검증된 것으로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">검증되지 않음: 이 체크리스트의 일부는 아직 출처와 대조하여 확인해야 합니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">미검증으로 표시된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">아직 미검증 (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">전체: 위의 메모를 참조하십시오.</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">강사용 HTML 보고서 (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV 표, 지표당 한 행 (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON, 비교한 모든 내용 (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">강사용으로 비교 결과 내보내기</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">전체</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">모범 답안: %1, 내 답: %2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">다른 답변</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">모범 답안과 같은 답변을 했습니다.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">질문</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">모범 답안</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">내 답</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(미응답)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">암호 문구를 정하십시오. 기억할 수 있는 여러 단어로 만들면 입력하기 쉽고 추측하기 어렵습니다.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">너무 짧음: %1자 이상 사용하십시오.</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">약함: 추측될 수 있습니다. 단어를 몇 개 더 추가하십시오.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">보통: 사용할 수 있지만, 단어를 한두 개 더 추가하면 훨씬 강해집니다.</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">강함: 추측하는 데 매우 오래 걸립니다.</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">민감한 질문으로 묻는 항목이므로 여기에 표시하지 않음</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">민감한 질문 1개, 여기에 표시하지 않음</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">민감한 질문 %1개, 여기에 표시하지 않음</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">이 프로필의 지표 1개</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">이 프로필의 지표 %1개</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">지표 %3개 중 %1–%2</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">강 지표</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">중 지표</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">약 지표</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">이 프로필에서는 이 요소의 지표가 하나도 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">판단 방법</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">다음 중 하나라도 발견되면 충족</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">예시 답변 없음: 이 단계에서는 규칙만 보여 줍니다.</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">예시 답변</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">%1 기준</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">발견된 지표</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">발견된 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>미결 %n개: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>; 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">기준점과 비교</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">발견: 강 %1개, 중 %2개, 약 %3개</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">이 프로필에서는 이 요소의 지표에 가중치를 두지 않습니다.</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">점수: 필요한 %2점 중 %1점</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — 도달</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — %2 필요</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1: 판단 불가 — 미응답 질문에 따라 아직 결정될 수 있음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">결과 %1/%2 · 수준 %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">규칙</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">참조하는 요소</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">필요 없음: 앞선 결과에 이미 도달했습니다. %1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">이것이 결과입니다. %1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">결과는 순서대로 검토하며, 처음 도달한 결과가 최종 결과가 됩니다.</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">체크리스트 “%1”에는 발표할 프로필 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · 버전 %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">이 프로필의 대상</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">검토 항목(순서대로)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">풀이 예시: %1 — 이 프로필이 적용됨</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">풀이 예시: %1 — 이 프로필은 적용되지 않지만 함께 표시됨</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">풀이 예시: %1 — 이 프로필이 적용될 수 있음(판단에 필요한 답변이 아직 미응답)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">판정이 아닌 선별 보조 도구입니다. 어떤 지표가 발견되었는지, 그리고 공식 식별을 위해 의뢰해야 하는지를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">결과: %1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">도달: 수준 %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">해야 할 일</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">결과: 아직 도달한 결과 없음</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">예시 답변으로는 어떤 결과에도 도달하지 않습니다</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">아직 바뀔 수 있는 결과</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">이 프로필은 예시 답변에 적용되지 않습니다. 결과는 이 프로필의 규칙으로 답변을 판독하면 어떻게 되는지를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">이 프로필의 적용 여부는 아직 답하지 않은 질문에 달려 있습니다.</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">강</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">중</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">약</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">미충족</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">판단 불가</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">계속</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · 계속</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">모두 선택</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">확인</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">저장</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">모두 저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">진행 중</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">예(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">모두 예(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">아니요(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">모두 아니요(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">중단</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">다시 시도</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">무시</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">버리기</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">도움말</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">적용</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">초기화</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">기본값 복원</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">링크 주소 복사(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">모두 선택</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">알 수 없는 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training과 --database는 함께 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">원어민 검토 완료 (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">원어민 검토 완료</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">인터페이스 언어</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">체크리스트 언어</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Lantern 정보</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">버전 %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">버전</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">인신매매 피해자를 만날 수 있는 사례관리자를 위한 선별 체크리스트입니다. 사례는 이 컴퓨터에 암호화된 상태로 보관됩니다.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">GNU 일반 공중 사용 허가서(GNU General Public License) 버전 3 이상에 따른 자유 소프트웨어입니다. 어떠한 보증도 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">라이선스</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">번역 검토에 참여하려면 docs/translations.md를 참조하십시오. Qt Linguist에서 검토한 뒤 해당 항목을 완료로 표시하면 됩니다.</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">검토 참여 방법</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">개발 빌드</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">언어</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">상태</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">원문</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">초안 — 아직 원어민 검토를 거치지 않음</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">체크리스트 및 언어</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">버전 %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">답변을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">질문 &apos;%1&apos;(%2): %3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">‘예’ 또는 ‘아니요’여야 합니다</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">해당 질문의 선택지 ID 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">선택지 ID 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 해당 질문의 선택지 ID가 아닙니다</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">텍스트여야 합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1은(는) 최솟값 %2보다 작습니다</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1은(는) 최댓값 %2보다 큽니다</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">지원되지 않는 질문 유형입니다</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">답변에 알 수 없는 필드 &apos;%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">알 수 없는 답변 상태 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; 상태에는 값을 함께 입력할 수 없습니다</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">답변 파일에 알 수 없는 필드 &apos;%1&apos;이(가) 있습니다(&quot;answers&quot;만 허용됨)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">답변 파일에는 &quot;answers&quot; 객체가 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">알 수 없는 질문 &apos;%1&apos;(체크리스트 %2에 없음)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">모름</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">응답 거부</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">묻지 않음</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">해당 없음</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">단축키: 질문에 포커스가 있을 때 %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — 이 질문에 포커스가 있을 때 %2 키를 누르십시오</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">답변함</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">모름</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">응답 거부</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">묻지 않음</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">해당 없음</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">미응답</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">이 중 없음</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">본인 진술</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">관찰</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">문서</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">제3자</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">“%1”에 대한 답변</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">질문 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">답변은 ‘예’ 또는 ‘아니요’여야 합니다</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">질문의 선택지 중 하나를 고르십시오</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">답변은 질문의 선택지 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 질문의 선택지가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">&apos;%1&apos;이(가) 두 번 선택되었습니다</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">답변은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">답변은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1은(는) 허용되는 최솟값 %2보다 작습니다</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1은(는) 허용되는 최댓값 %2보다 큽니다</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">답변은 YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">이 유형의 질문은 여기에서 답할 수 없습니다</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">이 답변은 여기에서 허용되지 않습니다</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">체크리스트 %2에 질문 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">&apos;%1&apos; 상태에는 값을 함께 입력할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● 충족</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ 미충족</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ 판단 불가</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">주어진 답변으로는 적용되지 않음: %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">메모</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">적용될 수 있음 — 다음에 따라 달라짐: %1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">이 프로필의 결과: %1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">아직 도달한 결과 없음</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">아직 바뀔 수 있는 결과: %1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">현재: %1, 미응답 질문에 따라 최대 %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">해야 할 일:</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">결과를 결정할 수 있는 미응답 질문:</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">선별 결과</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">권고 사항</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">이 결과의 의미</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">평가 세부 정보</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">요소, 반영된 지표 및 미응답 질문. Tab 키로 질문 링크 사이를 이동합니다</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">열린 사례 없음</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">아직 도달한 결과 없음</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">당사자의 속도에 맞춰 계속 진행하십시오. 아래의 미응답 질문에 따라 결과가 달라질 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">조건부 결과입니다. 어떤 프로필이 적용되는지는 아직 미응답 질문에 달려 있습니다.</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">이는 선별 결과이며, 식별이 아닙니다. 답변에 어떤 지표가 포함되어 있는지와 다음에 해야 할 일을 보여 줍니다. 당사자가 인신매매 피해자인지는 공식 식별 절차를 통해서만 결정할 수 있습니다.</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">미충족</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">판단 불가</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">강 %1개</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">중 %1개</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">약 %1개</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">없음</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">적용됨</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">적용되지 않음</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">강</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">중</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">약</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">사례 %1의 감사 기록</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">감사 이벤트</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">일시</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">내용</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">질문</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">변경</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">세부 정보</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(없음)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">생성됨</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">답변함</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">답변 변경</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">메모 편집</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">상태 변경</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">내보냄</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">잠금 해제</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">잠김</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">암호 문구 변경</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">감사 기록을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">백업을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">백업 파일이 손상되었습니다. 다른 백업을 선택하십시오</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">백업 폴더 %1을(를) 만들 수 없습니다(데이터베이스 폴더에 쓰기 권한이 있는지 확인하십시오)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">백업 폴더 %1은(는) 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">백업 폴더를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">백업 파일의 이름을 지정하지 못했습니다</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">백업을 저장할 폴더가 없습니다</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">이 경로에 백업이 없습니다</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">백업 파일을 읽을 수 없습니다(파일 권한을 확인하십시오)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">백업을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">백업 폴더에서 오래된 백업을 삭제하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">체크리스트를 파일에서 불러오지 않았으므로 고정할 수 없습니다</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">이 사례와 함께 저장된 체크리스트가 손상되었습니다. 백업에서 복원하십시오</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">선별 결과(수준 %1): %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">사례</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">체크리스트</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">상태</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">마지막 변경</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">선별 결과</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">새 사례(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">열기(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">상태 변경(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">감사 기록(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">요약 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">선택한 사례 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">사례 코드, 결과 또는 기록된 텍스트로 검색</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">사례 검색</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">상태별 필터</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">모든 상태</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">표시된 사례 수</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">사례</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">검색(&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">상태(&amp;U):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>사례 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">사례를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">사례를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">체크리스트를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">체크리스트를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">사례를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">세션을 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">데이터베이스를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">데이터베이스가 완전히 만들어지지 않았습니다. 다시 만드십시오</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">데이터베이스를 열지 못했습니다</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">암호화된 데이터베이스에는 잠금 해제된 데이터 키가 필요합니다</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">암호화되지 않은 교육용 데이터베이스이므로 암호 문구가 없습니다</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">데이터베이스의 잠금을 해제하지 못했습니다</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">이 데이터베이스는 암호화되어 있습니다. 암호 문구를 입력하십시오</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">이 데이터베이스에 해당 사례가 없습니다</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">체크리스트가 SHA-256 값과 일치하지 않아 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">체크리스트가 유효하지 않아 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">체크리스트를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">이 사례의 체크리스트가 이 데이터베이스에 저장되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">사례를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">사례 코드는 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">사례 코드를 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">상태를 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">세션을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">답변에는 질문이 있어야 합니다</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">답변을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">답변의 면담 세션이 다른 사례에 속해 있습니다</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">답변을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">현재 데이터베이스를 백업으로 보관하지 못했습니다(%1). 아무것도 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">데이터베이스 자체가 아니라 백업 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">아무것도 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">데이터베이스를 교체하지 못했습니다</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">아무것도 복원하지 않았습니다(현재 파일은 백업 폴더에 보관되어 있습니다)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">암호화되지 않은 교육용 데이터베이스이므로 암호 문구가 없습니다</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">암호 문구를 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">데이터베이스의 키 설정이 없습니다</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">내보내려면 형식을 지정해야 합니다</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">내보내기를 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">데이터베이스 업그레이드 전 백업에 실패했습니다(%1). 데이터베이스는 백업 없이 업그레이드되었습니다</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">자동 일일 백업에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1(%2의 정상 백업을 복원할 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">사례 목록 항목을 업데이트하지 못했습니다</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">검색 대상 답변을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">검색 대상 답변을 변경하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">사례 연구 %1 — 가상</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">사례 연구 내용</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">사례를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">사례 목록을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">새 사례(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">사례 목록으로 돌아가기(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">상태 변경(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">감사 기록(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">사례 목록으로 돌아가기</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">사례 열기</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">사례를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">사례 %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">사례를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">상태를 변경하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">사례 %1의 상태가 %2(으)로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">감사 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">검색 대상 답변(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>이제 사례 목록에서 선택한 답변을 검색합니다(사례 %n건 준비됨).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">기본 제공</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">문제 1개</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">문제 %1개</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — 유효하지 않음, %2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">이 체크리스트 발표(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">발견된 체크리스트</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">파일에서 발견된 문제</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">체크리스트를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">프로필(&amp;R):</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">발표할 프로필</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1은(는) 유효한 체크리스트가 아니므로 사용할 수 없습니다. 다음 문제를 해결한 뒤 이 목록을 다시 여십시오:</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">체크리스트</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">개요</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">쉬운 말로 보는 채점 방식</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">출처 정보</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">언어(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">체크리스트 텍스트의 언어</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">프로필별 지표 강도</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">개요(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">질문(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">지표(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">채점(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">출처 정보(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2은(는) 이미 설치되어 있습니다. 변경된 사항이 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2이(가) 다른 내용으로 이미 설치되어 있습니다. 새 파일에 더 높은 버전 번호를 지정하십시오. %2(으)로 시작한 사례는 계속 해당 버전에 고정됩니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1이(가) 체크리스트 폴더에 이미 있으며 불러올 수 없습니다. 먼저 다른 곳으로 옮기십시오.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2을(를) 체크리스트 폴더에 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1은(는) 유효한 체크리스트가 아닙니다(문제 1개). 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1은(는) 유효한 체크리스트가 아닙니다(문제 %2개). 아무것도 추가하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1(버전 %2)이(가) 추가되었습니다. 새 사례를 시작할 때 선택할 수 있으며, 이미 시작한 사례는 처음 사용한 체크리스트를 계속 사용합니다.</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1(버전 %2)이(가) 같은 내용으로 이미 설치되어 있습니다. 변경된 사항이 없습니다.</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">이 파일은 유효한 체크리스트가 아니므로 추가되지 않았습니다. 아래 문제(파일의 줄과 열)를 해결한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">체크리스트가 추가되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">체크리스트를 가져왔습니다</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">체크리스트를 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">체크리스트 파일에서 발견된 문제</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">파일이 %1 MiB보다 큽니다. 체크리스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">멤버 &apos;%1&apos;이(가) 중복되었습니다. 한 객체 안에서 같은 이름은 한 번만 사용할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">지원되지 않는 형식 &apos;%1&apos;입니다. 이 버전의 Lantern은 %2을(를) 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">잘못된 체크리스트 ID &apos;%1&apos;: 영문 소문자, 숫자, &apos;_&apos;, &apos;-&apos;만 사용하고 영문자로 시작하십시오</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">버전 &apos;%1&apos;이(가) MAJOR.MINOR.PATCH 형식이 아닙니다(예: 1.0.0)</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">언어는 &quot;en&quot;이나 &quot;th&quot; 같은 코드여야 합니다</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">언어 &apos;%1&apos;이(가) 두 번 나열되어 있습니다</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language &apos;%1&apos;이(가) 언어 목록(%2)에 없습니다</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">%1 ID &apos;%2&apos;이(가) 중복되었습니다. 처음 정의된 위치: {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos;는 언어 코드를 키로 하는 객체여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 이 체크리스트의 언어가 아닙니다</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">번역 상태는 &quot;%1&quot;이(가) 아니라 &quot;draft&quot; 또는 &quot;reviewed&quot;여야 합니다</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">알 수 없는 질문 유형 &apos;%1&apos;입니다. yesno, single, multi, text, number, date 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 숫자(number) 질문에만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos;이 &apos;max&apos;보다 큽니다</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos;는 single 및 multi 질문에만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 질문에 필수 필드 &apos;options&apos;가 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">알 수 없는 그룹 &apos;%1&apos;입니다. act, means, purpose 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">기준점은 {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} 또는 {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} 형식이어야 합니다</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">가중치는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos;는 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">기준점의 대안은 최소 개수를 지정하는 객체여야 합니다(예: {&quot;strong&quot;: 2})</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">기준점에 알 수 없는 강도 &apos;%1&apos;이(가) 있습니다. strong, medium, weak, medium_or_weak, strong_or_medium, any 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">최소 개수는 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos;는 하나 이상의 프로필 ID를 strong, medium, weak 중 하나에 대응시켜야 합니다</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">알 수 없는 강도 &apos;%1&apos;입니다. strong, medium, weak 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">트리거에는 &apos;any_of&apos;와 &apos;min&apos;/&apos;max&apos; 중 하나만 사용할 수 있으며, 둘 다 사용할 수는 없습니다</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos;에는 single, multi 또는 text 질문이 필요합니다</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos;이 &apos;max&apos;보다 큽니다</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos;에는 숫자(number) 질문이 필요합니다</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">단순 트리거에는 yesno 질문이 필요합니다. 선택지에는 &apos;any_of&apos;를 사용하십시오</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">알 수 없는 요소 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">알 수 없는 프로필 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">알 수 없는 출처 &apos;%1&apos;입니다. provenance.sources에 추가하십시오</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">알 수 없는 질문 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">질문 &apos;%1&apos;은(는) %2 유형의 질문입니다: %3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">일치 여부를 확인할 텍스트 답변은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 질문 &apos;%2&apos;의 선택지가 아닙니다</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">규칙이 &apos;%1&apos;을(를) 참조하지만, 이는 이 체크리스트의 질문이 아닙니다</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">결과 규칙이 &apos;%1&apos;을(를) 참조하지만, 이는 이 체크리스트의 요소가 아닙니다</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">표시 조건 순환: 질문 &apos;%1&apos;의 표시 여부가 그 질문 자신의 답변에 달려 있습니다(소속 섹션의 규칙 또는 질문 자체의 규칙을 통해)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">표시 조건 순환: %1</translation>
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
        <translation type="unfinished">모든 사람에게 적용</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">적용 조건: %1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">그 밖의 모든 경우에 도달</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">도달 조건: %1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">항상 질문함</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">다음 경우에만 질문함: %1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1에 ‘예’로 답함</translation>
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
        <translation type="unfinished">%1의 답에 %2 포함</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1의 답에 %2 중 하나 이상 포함</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1의 답이 %2임</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1의 답이 %2 중 하나임</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1의 답이 %2 이상 %3 이하임</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1의 답이 %2 이상임</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1의 답이 %2 이하임</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1에 답함</translation>
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
        <translation type="unfinished">%1(%2) 지표를 놓쳤습니다. 모범 답안은 %3을(를) 근거로 이 지표를 기록했습니다.</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">%1을(를) 비워 두었습니다. 이는 “아니요”가 아니지만, 질문을 물어보기 전까지는 지표로 반영될 수 없습니다.</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">내 답: %1.</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">내가 기록한 답: %1.</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">%1(으)로 기록했기 때문에 내 답변에서는 이 지표의 질문이 표시되지 않았습니다(모범 답안: %2).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">%3을(를) 근거로 %1(%2) 지표를 추가했습니다. 모범 답안에서는 미응답입니다(%4).</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">%3을(를) 근거로 %1(%2) 지표를 추가했습니다. 모범 답안의 답은 %4입니다.</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">%3을(를) 근거로 %1(%2) 지표를 추가했습니다. 모범 답안의 답: %4.</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">%1: 내 답변으로는 %2(모범 답안: %3)이므로 %5이(가) 아니라 %4입니다.</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">비워 둔 질문에 따라 아직 결정될 수 있습니다: %1.</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">그래도 %1은(는) 양쪽 모두 %2입니다.</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">%1에서 내 결과가 모범 답안과 일치합니다: %2.</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1(내 답: %2, 모범 답안: %3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">%1에서 %2의 규칙이 내 답변으로는 %3, 모범 답안으로는 %4이므로, 이 프로필의 내 결과는 %6이(가) 아니라 %5입니다.</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">%1에서 %2의 규칙은 %3을(를) 참조합니다. 이 규칙이 내 답변으로는 %4, 모범 답안으로는 %5이므로, 이 프로필의 내 결과는 %7이(가) 아니라 %6입니다.</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">%1에서 이 프로필의 내 결과는 %3이(가) 아니라 %2입니다.</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">비워 둔 질문에 따라 아직 %1(으)로 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1(모범 답안: %2, 내 답: %3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">적용되는 프로필이 모범 답안과 다릅니다. %1: 모범 답안에서는 %2, 내 답변에서는 %3.</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">적용되는 프로필이 모범 답안과 다릅니다. %1: 모범 답안에서는 %2, 내 답변에서는 %3. %4에 대한 답이 다르기 때문입니다.</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">내 답변으로는 이 점이 정해지지 않으므로 이 프로필도 평가했습니다.</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">내 선별 결과가 모범 답안과 일치합니다: %1.</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">내 선별 결과는 %1이고, 모범 답안의 결과는 %2입니다.</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">내 결과는 조건부입니다. 내 답변으로는 확실히 적용되는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">모범 답안의 결과는 조건부입니다. 모범 답안의 답변으로는 확실히 적용되는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">비워 둔 질문에 따라 내 결과가 아직 %1(으)로 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">양쪽 모두 적용되는 프로필이 없으므로 비교할 요소가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>모범 답안에 기록된 지표 %n개 중 %1개를 찾고 %2개를 놓쳤습니다. 모범 답안에 없는 지표 %3개를 추가했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">데이터베이스를 열지 못했습니다</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">데이터베이스 폴더가 없습니다</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">Qt용 SQLite 드라이버가 없습니다. Lantern을 다시 설치하십시오</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">여기에서는 데이터베이스가 미리 쓰기 로그(WAL)를 사용할 수 없습니다. 로컬 디스크로 옮기십시오</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">데이터베이스 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">뒤로(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">사례 데이터베이스 만들기</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">사례는 이 암호 문구로만 잠금 해제할 수 있는 키로 암호화됩니다. 암호 문구를 잃어버리면 사례를 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">데이터베이스 파일 위치</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">데이터베이스 위치 선택</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">새 암호 문구</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">암호 문구 확인</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">암호 문구 강도</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">데이터베이스 만들기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">위치(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">암호 문구 확인(&amp;R):</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">만드는 중…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">데이터베이스를 만들고 이 컴퓨터에 맞게 키를 조정하는 중입니다. 몇 초 정도 걸립니다.</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">데이터베이스 파일을 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">이 위치에 이미 파일이 있습니다. 다른 이름을 선택하거나 기존 데이터베이스를 여십시오.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">암호 문구가 너무 짧습니다. %1자 이상 사용하십시오.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">두 암호 문구가 일치하지 않습니다. 같은 암호 문구를 두 번 입력하십시오.</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">새 사례 데이터베이스의 위치</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern 데이터베이스 (*.lantern);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">데이터베이스가 다른 Lantern 창이나 프로세스(프로세스 %1)에서 열려 있습니다</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">데이터베이스 폴더에서는 파일을 잠글 수 없습니다. 데이터베이스를 로컬 디스크로 옮기십시오</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">폴더 %1을(를) 만들 수 없습니다. 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">열려 있는 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD 형식으로 입력한 뒤 Enter 키를 누르십시오</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">연-월-일 형식의 날짜</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">날짜를 연-월-일 형식으로 입력하십시오(예: 2024-03-15).</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (&apos;%1&apos;을(를) 의미하셨습니까?)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">강 %1개, 중 %2개, 약 %3개 있음</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">%1점 더</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">%1점 더</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1(점수: 필요한 %3점 중 %2점)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1, %2 필요(미응답 질문으로 아직 채워질 수 있음)</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1, %2 필요</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">이 프로필에서는 반영되지 않음: 이 요소의 지표가 여기서는 하나도 반영되지 않음</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1, 필요한 점수 충족</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1, %2 충족</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1, 기준점에 대안이 없음</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">더 필요 없음</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">%2 %1개 더</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished"> 및 </translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">규칙을 평가하는 데 필요한 작업량이 너무 많습니다</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">모범 답안에 체크리스트 &apos;%2&apos; 버전 %3에 없는 질문 &apos;%1&apos;의 답이 있습니다. 다른 체크리스트용 답변이 아닌지 확인하십시오.</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">참가자의 답변에 체크리스트 &apos;%2&apos; 버전 %3에 없는 질문 &apos;%1&apos;의 답이 있습니다. 다른 체크리스트용 답변이 아닌지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">모범 답안과 비교한 연습</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">강사용으로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">연습 비교</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">교육 — 가상 사례 연구</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">결과 일치 여부</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">두 결과</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">찾은 지표, 놓친 지표, 추가한 지표</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">판단 근거</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">요소별 비교</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">이유 — 판단 근거</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">강사용으로 내보내기</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">이 비교 결과를 강사용 HTML 보고서, CSV 표 또는 JSON으로 저장</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">사례 연구: &lt;b&gt;%1&lt;/b&gt; · 참가자: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;체크리스트: %3, 버전 %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ 내 결과가 모범 답안과 일치합니다</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ 내 결과가 모범 답안과 다릅니다</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">조건부: 확실히 적용되는 프로필 없음</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">모범 답안:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">내 답:</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">비워 둔 질문을 물어보면 내 결과가 %1(으)로 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> 또는 </translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ 찾음 %1  ·  ✗ 놓침 %2  ·  + 추가 %3  —  모범 답안의 지표 %4개 기준</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">비교 결과를 내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">강사용으로 내보냈습니다: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ 있음</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– 없음</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? 미응답</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">미응답이며 “아니요”가 아님</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">다르게 답함</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">내 답변으로는 표시되지 않는 질문</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">찾음</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">놓침</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">추가</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">비교한 요소</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">요소</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">모범 답안</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">내 답</translation>
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
        <translation type="unfinished">찾음: 모범 답안과 내 답 모두에 있는 지표</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">놓침: 모범 답안에는 있지만 내 답에는 없는 지표</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">추가: 내 답에는 있지만 모범 답안에는 없는 지표</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">찾음</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">놓침</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">추가</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">적용됨</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">적용되지 않음</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">적용될 수 있음</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">내 상태가 모범 답안과 다릅니다</translation>
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
        <translation type="unfinished">교육 — 가상 사례 연구</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">비교 결과를 내보낼 파일을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">적용됨</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">적용되지 않음</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">적용될 수 있음(미응답 질문에 따라 다름)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">미응답(“아니요”가 아님)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">다르게 답함</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">참가자의 답변에서는 표시되지 않은 질문</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — 조건부: 확실히 적용되는 프로필 없음</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ 같음</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">다름</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">모범 답안: %1 · 참가자: %2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ 찾음</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ 놓침</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ 추가</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">양쪽 모두 이 요소의 지표가 없습니다.</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ 일치)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ 다름)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">프로필: %1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">모범 답안: %1, 참가자: %2.</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">이 프로필의 결과 — 모범 답안: %1, 참가자: %2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">요소</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">모범 답안</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">참가자</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">찾음</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">놓침</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">추가</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">판단 근거</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">다른 답변</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">참가자가 모범 답안과 같은 답변을 했습니다.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">질문</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(미응답)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">연습 비교 — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. 실제 인물이 아니며, 교육 전용입니다.</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">연습 비교: %1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">사례 연구</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">체크리스트</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 버전 %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">내보냄</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ 결과가 모범 답안과 일치합니다</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ 결과가 모범 답안과 다릅니다</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">모범 답안: %1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">참가자: %1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">지표: ✓ 찾음 %1 · ✗ 놓침 %2 · + 추가 %3</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">양쪽 모두 적용되는 프로필이 없으므로 비교할 요소가 없습니다.</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1. 선별 연습이며, 식별이 아닙니다. Lantern에서 내보냄.</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">아직 결과 없음</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">아직 묻지 않음</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">강</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">중</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">약</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">적용됨</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">적용되지 않음</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">적용될 수 있음</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">지표 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>지표 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>지표 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>그 밖에 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1 및 %2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">요약 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">인쇄 미리 보기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">선택한 사례 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">사례 %1의 요약을 내보냈습니다: %2</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">요약을 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">사례 1건을 내보냈습니다: %1</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">사례 %1건을 내보냈습니다: %2</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">선택한 사례가 없습니다.</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">사례를 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">사례관리자 메모 포함(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">사례 %1 요약 내보내기</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF 문서</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML 페이지</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (사례의 모든 내용)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">형식</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">레터</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished">용지 크기</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">사례관리자 메모 포함</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">출력 파일</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">요약을 저장할 위치</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">출력 파일 선택</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">용지(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">내보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">요약을 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">데이터베이스가 잠겨 있습니다. 내보내려면 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">요약을 내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML 페이지 (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">요약 저장</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">언어(&amp;L):</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">두 번째 언어(이중 언어 요약)(&amp;B):</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">없음</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (번역 초안)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">요약 언어</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">두 번째 언어(이중 언어 요약)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">모든 질문, 답변 선택지, 제목 및 권고 사항이 첫 번째 언어 아래에 이 언어로도 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">자유 텍스트 포함(텍스트 답변 및 메모)(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">사례관리자 메모 포함(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">사례 1건 내보내기</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">사례 %1건 내보내기</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV 표(파일 1개)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON 표(파일 1개)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF 요약(새 폴더)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML 요약(새 폴더)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">형식</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">자유 텍스트 포함</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">사례관리자 메모 포함</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">출력 파일 또는 폴더</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">저장할 파일 또는 새 폴더</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">출력 파일 또는 폴더 선택</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">내보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">사례 목록에서 내보낼 사례를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">내보낸 파일을 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">데이터베이스가 잠겨 있습니다. 내보내려면 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">선택한 사례 %1건을 내보내는 중…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">취소(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">내보내기 진행 상황</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">내보내기를 취소했습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">사례를 내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">표 저장</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">요약을 저장할 새 폴더 이름</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">알 수 없는 필드 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">필수 필드 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">잘못된 ID &apos;%1&apos;: 영문 소문자, 숫자, &apos;_&apos;만 사용하고 영문자로 시작하십시오</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">&apos;%1&apos;은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">&apos;%1&apos;은(는) %2 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">&apos;%1&apos;은(는) 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">&apos;%1&apos;은(는) {&quot;en&quot;: &quot;...&quot;} 같은 로케일 맵이어야 합니다</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">로케일 맵 &apos;%1&apos;이(가) 비어 있습니다. 적어도 기본 언어로 된 텍스트를 입력하십시오</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">언어 &apos;%1&apos;이(가) &quot;languages&quot;에 나열되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">&apos;%1&apos; 텍스트는 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">로케일 맵 &apos;%1&apos;에 기본 언어 &apos;%2&apos;이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">파일을 저장할 수 없습니다(폴더에 쓰기 권한이 있는지 확인하십시오)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">복사본을 완전히 저장하지 못했습니다(디스크가 가득 찼습니까?)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[미번역 — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[%1 번역 없음]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">메모: %1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">확인된 지표: %1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">, 미응답 질문을 포함하면 최대: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">해야 할 일:</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">반영된 지표</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">아직 미결인 지표</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">이 요소를 결정할 수 있는 질문</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(현재: %1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">프로필: %1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">적용 여부는 다음에 달려 있음: %1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">이 프로필의 결과:</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">아직 도달한 결과 없음</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">, 아직 바뀔 수 있는 결과: %1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">섹션별 답변</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">이 요약에는 사례관리자 메모가 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">아직 기록된 답변이 없습니다.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">질문</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">답변</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">메모</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(보존됨. 더 이상 해당하지 않는 질문이므로 반영되지 않음)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">면담 세션</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">기록된 면담 세션이 없습니다.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">시작</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">종료</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">통역인</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">면담 언어</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1, 사례관리자 인터페이스: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">종료되지 않음</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1 (검토되지 않은 번역 초안)</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">이 요약은 두 언어로 작성되었습니다. 체크리스트의 각 텍스트는 먼저 첫 번째 언어로, 그 아래에 두 번째 언어로 표시됩니다. 첫 번째 언어: %1. 두 번째 언어: %2.</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">체크리스트 텍스트의 언어: %1.</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">번역 초안은 원어민의 검토를 거치지 않았습니다. 주의해서 읽으십시오.</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 표시는 체크리스트에 해당 언어로 된 텍스트가 없다는 뜻이며, 대신 표시된 언어로 된 텍스트를 보여 줍니다(&quot;%2&quot;는 위 줄의 텍스트만 있다는 뜻입니다).</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1, 두 번째 언어: %2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">언어</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">선별 결과: %1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(수준 %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">조건부:</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">결과가 미응답 질문에 달려 있습니다. 메모를 참조하십시오.</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">권고 사항: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">사례</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">사례 코드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">상태</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">마지막 변경</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">체크리스트</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">체크리스트 ID 및 버전</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">체크리스트 SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">내보냄</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">사례 요약 %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">교육 — 가상 사례입니다. 실제 인물이 아닙니다.</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">결과 도출 과정</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">Lantern에서 %1에 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">답변함</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">모름</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">응답 거부</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">묻지 않음</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">해당 없음</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">아직 묻지 않음</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">이 중 없음</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">본인 진술</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">관찰</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">문서</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">제3자</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">면담</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">면담 대상자용 · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ 일부 미번역 — 일부 텍스트는 %1</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">번역 초안, 검토되지 않음</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">면담 대상자용 질문(%1): %2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">규칙을 평가할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">규칙을 평가하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">파일이 비어 있습니다. JSON 객체가 필요합니다</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON 문서가 끝난 뒤에 예상치 못한 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">예상치 못한 파일 끝입니다. 값이 필요합니다</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">값이 필요합니다. JSON에서는 끝에 쉼표를 붙일 수 없습니다</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">잘못된 값입니다. JSON에서는 true, false, null을 소문자로 쓰고 텍스트는 큰따옴표로 묶습니다</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">값(객체, 배열, 문자열, 숫자, true, false 또는 null)이 필요합니다</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">잘못된 리터럴입니다. %1이(가) 필요합니다(JSON 텍스트 값은 큰따옴표로 묶어야 합니다)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">잘못된 숫자입니다. 앞에 0을 붙일 수 없습니다</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">잘못된 숫자입니다</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">잘못된 숫자입니다. 소수점 뒤에 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">잘못된 숫자입니다. 지수에 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">숫자가 너무 큽니다</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">잘못된 \u 이스케이프입니다. 16진수 4자리가 필요합니다</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">문자열이 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">문자열에 잘못된 이스케이프 시퀀스 &apos;\%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u 이스케이프에 짝이 없는 서로게이트가 있습니다</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">문자열에 잘못된 UTF-8이 있습니다. 파일을 UTF-8로 저장하십시오</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">문자열이 끝나지 않았습니다. 닫는 &apos;&quot;&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">문자열이 끝나지 않았습니다. 줄이 끝나기 전에 닫는 &apos;&quot;&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">문자열에 제어 문자가 있습니다. \t 같은 이스케이프로 쓰십시오</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">멤버 이름이 필요합니다. JSON에서는 끝에 쉼표를 붙일 수 없습니다</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">큰따옴표로 묶은 멤버 이름이 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">멤버 이름 뒤에 &apos;:&apos;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">예상치 못한 파일 끝입니다. &apos;}&apos;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">객체 멤버 뒤에 &apos;,&apos; 또는 &apos;}&apos;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">예상치 못한 파일 끝입니다. &apos;]&apos;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">배열 요소 뒤에 &apos;,&apos; 또는 &apos;]&apos;이(가) 필요합니다</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">답변</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Lantern이 숨겨져서 잠겼습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n분 동안 활동이 없어 잠겼습니다.</numerusform>
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
        <translation type="unfinished">숨겨져 있습니다. F12 키를 누르면 Lantern이 다시 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">데이터베이스(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">잠금(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">답변 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">답변 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">사례(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">보기(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">마지막으로 사용한 데이터베이스 %1이(가) 더 이상 없습니다. 새로 만들거나 다른 데이터베이스를 여십시오.</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">데이터베이스를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">사례 데이터베이스 열기</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern 데이터베이스 (*.lantern);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">이 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">마지막 정상 백업에서 복원</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">데이터베이스의 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">잠금 해제되지 않음: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">이 데이터베이스의 백업이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">백업에서 복원</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">데이터베이스를 백업 %1(으)로 바꾸시겠습니까? 현재 파일은 먼저 백업으로 보관됩니다.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">백업을 복원했습니다. 백업 당시 데이터베이스의 암호 문구로 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">백업을 복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — 교육 (가상 사례)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">체크리스트(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">체크리스트 찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">체크리스트 발표(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">체크리스트 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">체크리스트 가져오기</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern 체크리스트 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">교육(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">교육용 작업 공간 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">교육용 작업 공간 초기화(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">연습 시작(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">사례 연구 보기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">모범 답안과 비교(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">이 사례는 모범 답안과 비교할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">풀이 예시</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">잠겼습니다.</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">교육용 작업 공간을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">교육용 작업 공간 초기화</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">교육용 작업 공간을 처음 제공된 사례 연구 상태로 되돌리시겠습니까? 그 안에서 한 모든 연습과 변경 내용이 삭제됩니다. 실제 사례 데이터베이스에는 영향을 주지 않습니다.</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">교육용 작업 공간을 초기화하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">교육용 작업 공간을 처음 사례 연구 상태로 초기화했습니다.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">Lantern 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">다시 시도</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">메시지</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">이 메시지 닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">메시지 닫기</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">새 사례</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (버전 %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">, 내 폴더에서</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">체크리스트</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">사례 코드</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">사례 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">사례 시작</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">체크리스트(&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">사례 코드(&amp;C):</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">코드는 자동으로 생성됩니다. 원하면 자신의 파일 번호에 맞게 바꿀 수 있습니다. 이름이나 신원을 알 수 있는 다른 정보는 넣지 마십시오.</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">유효한 체크리스트를 찾지 못했습니다. 설정에서 체크리스트 폴더를 확인하십시오.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">체크리스트를 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">사례 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">다른 사례가 이미 코드 %1을(를) 사용하고 있습니다. 다른 코드를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">메모:</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">이 답변에 대한 메모(선택 사항)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">메모</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">출처:</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">답변의 출처</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">숫자</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1에서 %2 사이의 숫자</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">%1 이상의 숫자</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">%1 이하의 숫자</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">숫자를 입력하십시오(예: 42).</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">지원되지 않는 연산자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수가 1개 이상 필요합니다</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수가 %2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수가 1개 필요합니다</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수가 %2개 필요합니다</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수를 최대 1개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수를 최대 %2개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수가 %2개 또는 %3개 필요합니다</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">연산자 &apos;%1&apos;에는 인수가 %2~%3개 필요합니다</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">규칙의 중첩이 너무 깊습니다</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">프로필 &apos;%2&apos;의 결과 &apos;%1&apos;이(가) 판단 불가인 요소 %3개를 참조합니다. 모든 조합을 시도하기에는 너무 많으므로 판단 불가로 처리합니다.</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">프로필 &apos;%2&apos;에 있는 결과 &apos;%1&apos;의 규칙을 평가하지 못했습니다(%3). 판단 불가로 처리합니다.</translation>
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
        <translation type="unfinished">%1 및 %2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">도달: 앞선 결과에 도달하지 않으면 항상 적용됩니다.</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">도달했습니다. 이유: %1.</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">도달: 요소 상태가 이 결과의 규칙을 충족합니다.</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">도달하지 않았습니다. 이유: %1.</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">도달하지 않음: 요소 상태가 이 결과의 규칙을 충족하지 않습니다.</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">아직 도달할 수 있음: 아직 판단되지 않은 요소에 달려 있습니다(%1).</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">아직 도달할 수 있음: 아직 판단되지 않은 요소에 달려 있습니다.</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">사례 %1 · 내보낸 날짜 %2 · %4쪽 중 %3쪽</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">교육 — 가상 사례 · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">강</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">중</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">약</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">미응답</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">미충족</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">판단 불가</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">필요 없음</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">슬라이드 제목</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — 발표</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">슬라이드</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">단계</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">발표할 내용 없음</translation>
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
        <translation type="unfinished">체크리스트</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">요소</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">지표</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">프로필</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">출처와 대조하여 검증되었습니다.</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">전체적으로는 출처와 대조하여 검증되지 않았습니다.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">출처: %1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">아직 검증되지 않음:</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1, 출처: %2, %3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1, 출처: %2</translation>
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
        <translation type="unfinished">질문</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">질문</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">유형</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">필수</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">민감</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">질문 조건</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">섹션 및 질문</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">예 / 아니요</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">선택지 %1개 중 하나</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">선택지 %1개 중 복수 선택</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">텍스트</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">날짜</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">숫자, %1~%2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">숫자</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">필수</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ 민감</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">신중히 다루십시오. 발표할 때는 표시되지 않습니다</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">필수</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">민감 — 조심스럽게 물어보십시오</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">번역되지 않음</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">질문하기</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">질문하기 · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">질문 %1: %2 (필수)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">질문 %1: %2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">면담자 메모:</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">허용되는 답변:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">참고용</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">면담자용</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">빠른 숨기기(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">창을 즉시 가립니다. F12 키를 다시 누르면 표시됩니다</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">질문 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">섹션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">%1의 표시 조건이 자기 자신에 달려 있습니다. 표시는 하되 판단 불가로 처리합니다.</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">질문 &apos;%1&apos;의 표시 조건 규칙을 평가하지 못했습니다(%2). 표시는 하되 판단 불가로 처리합니다.</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">섹션 &apos;%1&apos;의 표시 조건 규칙을 평가하지 못했습니다(%2). 표시는 하되 판단 불가로 처리합니다.</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">백업에서 복원</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">복원할 백업을 선택하십시오. 현재 데이터베이스 파일은 먼저 백업으로 보관되므로 아무것도 잃지 않습니다. 백업은 백업 당시 데이터베이스의 암호 문구로 열립니다.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">백업</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">복원(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2 백업, %3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">변수 이름은 리터럴 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">규칙을 분석하지 못했습니다</translation>
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
        <translation type="unfinished">%1이(가) %2 초과</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1이(가) %2 이상</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1이(가) %2 미만</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1이(가) %2 이하</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1이(가) %2이(가) 아님</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1이(가) %2임</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">미충족</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">참</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">거짓</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">답 없음</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">없음</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1(미응답 시 %2)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1 중 가장 큰 값</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1 중 가장 작은 값</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">마이너스 %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1에 ‘예’로 답함</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1에서 선택지를 하나 이상 고름</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1이(가) 0이 아닌 숫자임</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1에 답함</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1이(가) %2 초과 %3 미만</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1이(가) %2 이상 %3 이하</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 충족</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 미충족</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1의 답에 %2 포함</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1이(가) %2 중 하나임</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1에 %2이(가) 들어 있음</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1이(가) %2에 포함됨</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1의 답에 %2 모두 포함</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1의 답에 %2 중 하나 이상 포함</translation>
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
        <translation type="unfinished">민감한 질문</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">해당하는 경우 없음</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">항상</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">, 그리고 </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">; 또는 </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> 그리고 </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> 또는 </translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 미충족</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1에 ‘예’로 답하지 않음</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1에서 고른 선택지가 없음</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1에 답하지 않음</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">다음이 아님: %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">다음이 아님: (%1)</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">%1인 경우 %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">그렇지 않고 %1인 경우 %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">그 밖의 경우 %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2 중 답한 질문이 %1개 미만</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1이(가) 미응답</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1 중 하나 이상이 미응답</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">저장 상태</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ 저장됨</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ 저장됨 %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ 저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">프로필 &apos;%1&apos;의 &apos;applies&apos; 규칙을 평가하지 못했습니다(%2). 적용 여부를 판단 불가로 처리합니다.</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">미응답 질문에 따라 프로필 &apos;%1&apos;의 결과가 더 심각한 결과(%2)로 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">프로필 &apos;%1&apos;도 적용될 수 있습니다(다음에 따라 달라짐: %2). 적용되는 경우 그 결과 &apos;%3&apos;이(가) 더 심각합니다.</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">프로필 &apos;%1&apos;의 적용 여부는 미응답 질문에 달려 있습니다: %2. 그래도 평가는 수행했습니다.</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">이 답변에 적용되는 프로필이 없으므로 전체 결과가 없습니다.</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">아직 결과에 도달한 프로필이 없습니다. 모든 결과가 아직 미응답 질문에 달려 있습니다.</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">확실히 적용되는 프로필이 없습니다. 전체 결과는 어떤 프로필이 적용되는지를 결정하는 미응답 질문에 따른 조건부 결과입니다.</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">지표 &apos;%1&apos;의 규칙을 평가하지 못했습니다(%2). 미결로 처리합니다.</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern 사용자가 읽는 모든 문자와 이 컴퓨터에서 표시하는 글꼴</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — 글꼴 없음</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">네모로 표시됨: %1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">사례 요약을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">사례 %2건 중 %1건을 새 검색에 맞게 준비하지 못했습니다(%3). 각 사례는 다음에 열 때 준비됩니다</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">검색 대상 답변</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">사례 목록에서는 사례 코드와 결과, 그리고 여기에서 체크한 질문에 대한 답변으로 사례를 찾습니다. 이 답변은 데이터베이스에 암호화된 상태로 보관되며, 데이터베이스 잠금이 해제되어 있는 동안에는 검색을 위해 메모리에 보관됩니다. 체크리스트에서 민감한 질문으로 표시된 질문은 절대 검색 대상이 되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1(버전 %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">체크리스트</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">사례 목록에서 답변을 검색할 질문</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">적용(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">기본값 사용(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">민감한 질문으로 표시되지 않은 텍스트 질문의 답변</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">체크리스트(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — 민감, 검색 대상에서 항상 제외</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">섹션</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down 및 Ctrl+Page Up 키로 섹션 사이를 이동합니다</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">지금까지의 답변에 따라 묻지 않음</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ %1개 모두 답변함</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2개 중 %1개 답변함</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">통역인 이용(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">세션 상태</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">통역인 이용</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">면담 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">면담 언어</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">면담을 진행하는 언어(th 같은 언어 코드)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">면담 세션 시작 또는 일시 중지</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">세션을 기록할 수 없습니다. 열려 있는 사례 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">세션 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">이 화면에서는 세션이 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">세션 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">세션 %1 진행 중(%2부터)</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">세션 재개(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">기록된 세션이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">일시 중지됨 — 지금까지 세션 1회.</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">일시 중지됨 — 지금까지 세션 %1회.</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern이 최소화되거나 숨겨지면 잠금(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">설정</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished">분</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">안 함</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">일정 시간(분) 동안 활동이 없으면 잠금</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">최소화되거나 숨겨지면 잠금</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">내 체크리스트 폴더</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">데스크톱 기본값</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">인터페이스 글꼴 크기</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">체크리스트 폴더 선택</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">비활성 시 잠금(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">체크리스트 폴더(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">글꼴 크기(&amp;F):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">데스크톱 설정 따르기</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — 번역 초안</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">인터페이스 언어</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">나란히</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">위아래로</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">이중 언어 질문</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">면담 대상자용 텍스트 크기</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">인터페이스 언어(&amp;G):</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">이중 언어 질문(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">면담 대상자용 텍스트 크기(&amp;I):</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">암호화 라이브러리를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">암호 문구가 틀렸습니다</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">암호 문구가 비어 있습니다</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">데이터베이스의 키 설정이 손상되었습니다</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">데이터베이스가 잠겨 있습니다</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">저장된 데이터가 무결성 검사를 통과하지 못했습니다(변조 또는 손상)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">데이터베이스 암호화에 필요한 메모리가 부족합니다. 다른 프로그램을 닫고 다시 시도하십시오</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">연습 시작</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">사례 연구를 읽은 뒤 실제 업무에서처럼 체크리스트로 면담하십시오. 다 마치면 내 답변을 모범 답안과 비교하십시오.</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">사례 연구</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">예: 3조 또는 이름</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">참가자 또는 조</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">사례 연구(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">참가자 또는 조(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">시작(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">주제: %1 · 체크리스트 %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">설치된 사례 연구가 없습니다.</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">강사가 연습을 구분할 수 있도록 이름이나 조를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">이미 %1 이름으로 이 사례 연구를 시작했습니다. 다른 이름을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">새 사례 데이터베이스 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">기존 데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">교육용 작업 공간 열기(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern은 선별 사례를 이 컴퓨터의 암호화된 데이터베이스에 보관합니다. 어떤 정보도 외부로 전송되지 않습니다. 시작하려면 암호 문구로 보호되는 데이터베이스를 만들거나 기존 데이터베이스를 여십시오.</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">강사 및 워크숍 참가자 안내: 교육용 작업 공간에는 가상의 사례 연구만 들어 있습니다. 암호화되지 않으며 명확하게 표시되어 있습니다. 실제 인물의 사례를 절대 입력하지 마십시오.</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">교육용 작업 공간 열기</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">새 사례 데이터베이스 만들기</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">기존 데이터베이스 열기</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">사례 %1의 상태 변경</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">새 상태</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">변경 사유</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">상태를 변경하는 이유, 예: &quot;국가 의뢰 체계에 의뢰함&quot;</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">상태 변경(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">사유(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">현재 상태와 다른 상태를 선택하십시오.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">사유를 입력하십시오. 사유는 사례의 감사 기록에 보관됩니다.</translation>
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
        <translation type="unfinished">디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">데이터베이스 파일을 열 수 없습니다(폴더가 있는지, 쓰기 권한이 있는지 확인하십시오)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">컴퓨터의 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">데이터베이스에서 예기치 않은 문제가 발생했습니다(코드 %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">이 파일은 Lantern 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">이 데이터베이스는 더 새로운 버전의 Lantern에서 만들어졌습니다(스키마 %1). 열려면 Lantern을 업데이트하십시오</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">데이터베이스가 읽기 전용 위치에 있습니다</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">데이터베이스가 다른 Lantern 창이나 프로세스에서 열려 있습니다</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">데이터베이스 파일이 손상되었습니다. 백업에서 복원하십시오</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">이 경로에 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">이 경로에 이미 파일이 있습니다</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">데이터베이스가 잠겨 있습니다. 먼저 잠금을 해제하십시오</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">디스크를 읽거나 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ 강</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ 중</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ 약</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">이 프로필에서는 반영되지 않음</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">지표(요소별)</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">사례 %1 인쇄 미리 보기</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">답변을 입력한 뒤 Enter 키를 누르십시오</translation>
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
            <numerusform>%1 지표 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%1 지표 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1 및 %2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">강</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">중</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">약</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">중 또는 약</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">강 또는 중</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">강도 무관</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">지표가 전혀 없음</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">강도 무관 %1개</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>강도 무관 지표 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>강도 무관 지표 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">총 %1개</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>지표 총 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>지표 총 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">가중치가 있는 강도 없음</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">있는 지표의 가중치 합이 %1 이상이면 충족(%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">충족될 수 없음: 기준점에 대안이 없음</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">충족 조건: %1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">; 또는 </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">교육 — 가상 사례 · 암호화되지 않음 · 실제 인물의 사례를 절대 입력하지 마십시오</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">교육용 작업 공간: 가상 사례 전용</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">다른 데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">사례 데이터베이스 잠금 해제</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">데이터베이스 이름</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">데이터베이스 폴더</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">암호 문구</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">잠금 해제</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">다른 데이터베이스 열기</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">새 데이터베이스 만들기</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">백업에서 복원</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">위치: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">잠금 해제 중…</translation>
    </message>
</context>
</TS>
