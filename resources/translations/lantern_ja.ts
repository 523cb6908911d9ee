<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">対応中</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">評価済み</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">紹介済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">終結</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">未評価</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">結果レベル %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1 (既定)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">バージョン</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">言語</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">形式</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ファイル</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1 (Lantern に同梱)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">検証済み</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">いいえ — 「出典情報」を参照</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">セクション %1、質問 %2 (うち要配慮 %3)、指標 %4、要素 %5、プロファイル %6。</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">要素と、それぞれを満たす条件</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">ここで重み付けされる指標はありません</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">強 %1、中 %2、弱 %3 の指標を重み付け</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">結果 (順に判定)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">レベル %1</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">出典と照合済みとしてマークされています。</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">未検証：このチェックリストの一部は、まだ出典と照合する必要があります。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">出典</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">未検証とマークされた項目はありません。</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">未検証のもの (%1)</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">全体について：上記の注記を参照してください。</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">トレーナー向け HTML レポート (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV 表、指標ごとに 1 行 (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON、比較内容すべて (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">比較結果をトレーナー向けにエクスポート</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">全体</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">模範解答：%1、あなたの回答：%2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">異なる回答</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">あなたの回答は模範解答と同じです。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">質問</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">模範解答</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">あなたの回答</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(未回答)</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">パスフレーズを選んでください。覚えやすい単語をいくつか組み合わせると、入力しやすく、推測されにくくなります。</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">短すぎます：%1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">弱い：推測される可能性があります。単語をいくつか追加してください。</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">普通：使用できますが、単語を 1～2 個加えるとずっと強くなります。</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">強い：推測するには非常に長い時間がかかります。</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">要配慮の質問で尋ねるため、ここには表示しません</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">要配慮の質問 1 問 (ここには表示しません)</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">要配慮の質問 %1 問 (ここには表示しません)</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">このプロファイルの指標：1 個</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">このプロファイルの指標：%1 個</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">指標 %1–%2 / %3</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">強い指標</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">中程度の指標</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">弱い指標</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">このプロファイルでは、その指標はいずれも数えられません。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2：%3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">判定の方法</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">次のいずれか 1 つが見つかれば満たす</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">回答例はありません：このステップでは規則のみを示します。</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">回答例</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">%1 では</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">見つかった指標</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">なし</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>未確定 %n 件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>、ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">しきい値との比較</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">見つかった指標：強 %1、中 %2、弱 %3</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">このプロファイルは、その指標をいずれも重み付けしません。</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">スコア %1 (必要なのは %2)</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — 到達</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — %2 必要</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1：未確定 — 未回答の質問によって決まる可能性があります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">結果 %1/%2 · レベル %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">規則</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">参照する要素</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">不要：これより前の結果に到達しました。%1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">これが結果です。%1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">結果は順に判定され、最初に到達したものが結果になります。</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">チェックリスト「%1」には、提示するプロファイル「%2」がありません。</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · バージョン %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">このプロファイルの対象</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">重み付けされる内容 (順番)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">事例：%1 — このプロファイルが該当します</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">事例：%1 — このプロファイルは該当しませんが、併せて表示しています</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">事例：%1 — このプロファイルが該当する可能性があります (判定に必要な回答が未回答です)</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">これはスクリーニングの補助であり、最終的な判断ではありません。どの指標が見つかったか、そして正式な被害者認定に紹介すべきかどうかを示します。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">結果：%1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">到達：レベル %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">取るべき対応</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">結果：まだ到達していません</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">回答例では、どの結果にも到達しません</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">まだ変わりうる結果</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">このプロファイルは回答例には該当しません。結果は、その規則で回答例を読むとどうなるかを示しています。</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">このプロファイルが該当するかどうかは、未回答の質問によって決まります。</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">強</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">中</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">弱</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">満たす</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">満たさない</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">未確定</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">続き</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · 続き</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">すべて選択</translation>
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
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">対応中</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">すべてにはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">すべてにいいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">既定値に戻す</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">リンクの場所をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">すべて選択</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">不明な引数「%1」</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training と --database は同時に使用できません</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">母語話者によるレビュー済み (%1)</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">母語話者によるレビュー済み</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">表示言語</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">チェックリストの言語</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">Lantern について</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">バージョン %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">バージョン</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">人身取引の被害者に出会う可能性のあるケースワーカーのためのスクリーニング用チェックリストです。ケースはこのコンピューター上で暗号化されたまま保存されます。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">GNU 一般公衆利用許諾書 (GPL) バージョン 3 以降の下で提供されるフリーソフトウェアです。一切の保証はありません。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">ライセンス</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">翻訳のレビューに協力するには、docs/translations.md を参照してください。Qt Linguist でレビューし、その項目を完了としてマークします。</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">レビューへの協力方法</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">開発版</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">言語</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状態</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">原文</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">下書き — 母語話者によるレビューは未実施</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">チェックリストと言語</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">バージョン %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">回答を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">質問「%1」(%2)：%3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">「はい」または「いいえ」が必要です</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">その質問の選択肢 ID のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">選択肢 ID のリストが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">「%1」はその質問の選択肢 ID ではありません</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">テキストが必要です</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">数値が必要です</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 は最小値 %2 を下回っています</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 は最大値 %2 を上回っています</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD 形式の日付が必要です</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">サポートされていない質問の種類です</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">回答に不明なフィールド「%1」があります</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">不明な回答の状態「%1」</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">状態「%1」には値を指定できません</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">回答ファイルに不明なフィールド「%1」があります (&quot;answers&quot; のみ使用できます)</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">回答ファイルにはオブジェクト &quot;answers&quot; が必要です</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">不明な質問「%1」(チェックリスト %2 にはありません)</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">不明</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">回答しない</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">未質問</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">該当なし</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">ショートカット：質問にフォーカスがあるときに %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — この質問にフォーカスがあるときに %2 を押します</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">回答済み</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">不明</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">回答しない</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">未質問</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">該当なし</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">未回答</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">いずれも該当しない</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">本人の申告</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">観察</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">書類</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">第三者</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">「%1」への回答</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">質問「%1」：%2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">回答は「はい」または「いいえ」でなければなりません</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">質問の選択肢から 1 つ選んでください</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">回答は質問の選択肢のリストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">「%1」は質問の選択肢にありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">「%1」が 2 回選ばれています</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">回答はテキストでなければなりません</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">回答は数値でなければなりません</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 は許容される最小値 %2 を下回っています</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 は許容される最大値 %2 を上回っています</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">回答は YYYY-MM-DD 形式の日付でなければなりません</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">この種類の質問にはここでは回答できません</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">この回答はここでは使用できません</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">チェックリスト %2 に質問「%1」はありません</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">状態「%1」には値を指定できません</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● 満たす</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ 満たさない</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ 未確定</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">これまでの回答では該当しません：%1。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">メモ</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">該当する可能性あり — 次の回答によります：%1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">ここでの結果：%1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">まだ到達していません</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">まだ変わりうる結果：%1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">現在：%1、未回答の質問しだいで最大 %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">取るべき対応：</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">結果を左右しうる未回答の質問：</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">スクリーニング結果</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">助言</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">この結果の意味</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">評価の詳細</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">要素、数えられた指標、未回答の質問。Tab キーで質問のリンク間を移動します</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">開いているケースはありません</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">まだ結果に到達していません</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">本人のペースに合わせて進めてください。下の未回答の質問によって結果が変わる可能性があります。</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">この結果は条件付きです：どのプロファイルが該当するかは、まだ未回答の質問によって決まります。</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">これはスクリーニング結果であり、被害者認定ではありません。回答にどの指標が含まれ、次に何をすべきかを示します。人身取引の被害者であるかどうかを判断できるのは、正式な被害者認定の手続きだけです。</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">満たす</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">満たさない</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">未確定</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">強 %1</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">中 %1</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">弱 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">なし</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">該当</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">非該当</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">強</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">中</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">弱</translation>
    </message>
</context>
<context>
    <name>lantern::AuditDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation type="unfinished">ケース %1 の監査記録</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">監査イベント</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">内容</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">質問</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">変更</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">詳細</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(なし)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">作成</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">回答</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">回答を変更</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">メモを編集</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">状態を変更</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">エクスポート</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">ロック解除</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">ロック</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">パスフレーズを変更しました</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">監査記録を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">バックアップは書き込まれませんでした</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">バックアップファイルが破損しています。別のバックアップを選んでください</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">バックアップフォルダー %1 を作成できません (データベースのフォルダーが書き込み可能か確認してください)</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">バックアップフォルダー %1 は読み取り専用です</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">バックアップフォルダーを読み込めません</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">バックアップに名前を付けられませんでした</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">バックアップ用のフォルダーが存在しません</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">このパスにバックアップはありません</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">バックアップファイルを読み込めません (アクセス権を確認してください)</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">バックアップを読み込めませんでした</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">古いバックアップをバックアップフォルダーから削除できませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">チェックリストがファイルから読み込まれていないため、固定できません</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">このケースとともに保存されたチェックリストが破損しています。バックアップから復元してください</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">スクリーニング結果 (レベル %1)：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ケース</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">チェックリスト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状態</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">最終変更</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">スクリーニング結果</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">新しいケース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">開く(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">状態を変更(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">監査記録(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">サマリーをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">選択したケースをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">ケース番号、結果、記録されたテキストで検索</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">ケースを検索</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">状態で絞り込む</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">すべての状態</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">表示中のケース数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">ケース</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">検索(&amp;E)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">状態(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n 件のケース</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">ケースは保存されませんでした</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">ケースを読み込めませんでした</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">チェックリストは保存されませんでした</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">チェックリストを読み込めませんでした</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">ケースは作成されませんでした</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">セッションは保存されませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">データベースは作成されませんでした</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">データベースが完全には作成されませんでした。もう一度作成してください</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">データベースを開けませんでした</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">暗号化されたデータベースには、ロック解除されたデータ鍵が必要です</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">これは暗号化されていない研修用データベースです。パスフレーズはありません</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">データベースのロックを解除できませんでした</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">このデータベースは暗号化されています。パスフレーズを入力してください</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">このデータベースにそのケースはありません</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">チェックリストが SHA-256 と一致しないため、保存されませんでした</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">チェックリストが有効でないため、保存されませんでした</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">チェックリストは保存されませんでした</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">このケースのチェックリストはこのデータベースに保存されていません</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">ケースは作成されませんでした</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">ケース番号は空にできません</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">ケース番号は変更されませんでした</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">状態は変更されませんでした</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">セッションは保存されませんでした</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">回答には質問が必要です</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">回答は保存されませんでした</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">回答の面接セッションは別のケースのものです</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">回答を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">現在のデータベースをバックアップとして保存できませんでした (%1)。何も復元されていません</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">データベースそのものではなく、バックアップファイルを選んでください</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">何も復元されていません</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">データベースを置き換えられませんでした</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">何も復元されていません (現在のファイルはバックアップフォルダーに保存されています)</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">これは暗号化されていない研修用データベースです。パスフレーズはありません</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">パスフレーズは変更されませんでした</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">データベースの鍵の設定がありません</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">エクスポートには形式の指定が必要です</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">エクスポートは記録されませんでした</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">データベースのアップグレード前のバックアップに失敗しました (%1)。データベースはバックアップなしでアップグレードされました</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">毎日の自動バックアップに失敗しました：%1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1 (%2 の正常なバックアップを復元できます)</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">ケース一覧の項目は更新されませんでした</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">検索対象の回答を読み込めませんでした</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">検索対象の回答は変更されませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">ケーススタディ %1 — 架空</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">ケーススタディの本文</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">ケースを読み込めませんでした</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">ケース一覧を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">新しいケース(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">ケース一覧に戻る(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">状態を変更(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">監査記録(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">ケース一覧に戻る</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">ケースを開く</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">ケースを開けませんでした：%1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">ケース %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">ケースは作成されませんでした：%1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">状態は変更されませんでした：%1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">ケース %1 の状態は「%2」になりました。</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">監査記録を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">検索対象の回答(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>ケース一覧で、選択した回答を検索するようになりました (準備したケース: %n 件)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">同梱</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">問題 1 件</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">問題 %1 件</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — 無効、%2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">このチェックリストを提示(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">見つかったチェックリスト</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">ファイルで見つかった問題</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">チェックリストが見つかりませんでした。</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">プロファイル(&amp;R)：</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">提示するプロファイル</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 は有効なチェックリストではないため、使用できません。次の問題を修正してから、この一覧を開き直してください：</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">チェックリスト</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">概要</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">スコアリングのわかりやすい説明</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">出典情報</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">チェックリストのテキストの言語</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">プロファイル別の指標の強さ</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">質問(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">指標(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">スコアリング(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">出典情報(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 はすでにインストールされています。変更はありません。</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">%1 %2 は、内容の異なるものがすでにインストールされています。新しいファイルには、より大きいバージョン番号を付けてください。%2 で開始したケースは、引き続きそのバージョンに固定されます。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 はチェックリストのフォルダーにすでに存在し、読み込めません。先に別の場所へ移動してください。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">%1 %2 をチェックリストのフォルダーに追加しました。</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 は有効なチェックリストではありません (問題 1 件)。何も追加されていません。</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 は有効なチェックリストではありません (問題 %2 件)。何も追加されていません。</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">%1 (バージョン %2) を追加しました。新しいケースを開始するときに選択できます。すでに開始したケースは、開始時のチェックリストをそのまま使います。</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1 (バージョン %2) は同じ内容ですでにインストールされています。変更はありません。</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">このファイルは有効なチェックリストではないため、追加されませんでした。以下の問題 (ファイル内の行と列) を修正して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">チェックリストは追加されませんでした：%1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">チェックリストをインポートしました</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">チェックリストはインポートされませんでした</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">チェックリストファイルで見つかった問題</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">ファイルが %1 MiB を超えています。これはチェックリストではありません</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">メンバー「%1」が重複しています。1 つのオブジェクト内で同じ名前は 1 回しか使用できません</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">サポートされていない形式「%1」です。このバージョンの Lantern が読み込めるのは %2 です</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">チェックリスト ID「%1」が無効です：英小文字、数字、&apos;_&apos;、&apos;-&apos; を使い、英字で始めてください</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">バージョン「%1」が MAJOR.MINOR.PATCH の形式ではありません (例：1.0.0)</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">言語は &quot;en&quot; や &quot;th&quot; のようなコードで指定してください</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">言語「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language「%1」が言語の一覧 (%2) に含まれていません</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">%1 の ID「%2」が重複しています。最初の定義は {related} にあります</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; は言語コードをキーとするオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">「%1」はチェックリストの言語に含まれていません</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">翻訳の状態は &quot;draft&quot; または &quot;reviewed&quot; でなければなりません (&quot;%1&quot; は使用できません)</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">不明な質問の種類「%1」です。yesno、single、multi、text、number、date のいずれかを指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">「%1」は数値 (number) の質問でのみ使用できます</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; が &apos;max&apos; より大きくなっています</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; は single または multi の質問でのみ使用できます</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 の質問に必須フィールド &apos;options&apos; がありません</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">不明なグループ「%1」です。act、means、purpose のいずれかを指定してください</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">しきい値は {&quot;any_of&quot;: [...]}、{&quot;count&quot;: N}、または {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N} でなければなりません</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">重みに負の値は指定できません</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; は 0 より大きくなければなりません</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">しきい値の選択肢は、最小個数を指定するオブジェクトでなければなりません (例：{&quot;strong&quot;: 2})</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">しきい値に不明な強さ「%1」があります。strong、medium、weak、medium_or_weak、strong_or_medium、any のいずれかを指定してください</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">最小個数は 1 以上の整数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; では、少なくとも 1 つのプロファイル ID に strong、medium、weak のいずれかを対応付ける必要があります</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">不明な強さ「%1」です。strong、medium、weak のいずれかを指定してください</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">トリガーには &apos;any_of&apos; または &apos;min&apos;/&apos;max&apos; のどちらか一方だけを指定できます。両方は指定できません</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; には single、multi、text のいずれかの質問が必要です</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; が &apos;max&apos; より大きくなっています</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; には数値 (number) の質問が必要です</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">単純なトリガーには yesno の質問が必要です。選択肢には &apos;any_of&apos; を使用してください</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">不明な要素「%1」</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">不明なプロファイル「%1」</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">不明な出典「%1」です。provenance.sources に記載してください</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">不明な質問「%1」</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">質問「%1」は %2 型の質問です：%3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">照合するテキストの回答は文字列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">「%1」は質問「%2」の選択肢ではありません</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">規則が「%1」を参照していますが、これはこのチェックリストの質問ではありません</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">結果の規則が「%1」を参照していますが、これはこのチェックリストの要素ではありません</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">表示条件の循環：質問「%1」が表示されるかどうかが、その質問自身の回答に依存しています (所属するセクションの規則、または質問自身の規則を介して)</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">表示条件の循環：%1</translation>
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
        <translation type="unfinished">すべての人に該当</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">該当する条件：%1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">それ以外のすべての場合に到達</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">到達する条件：%1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">常に質問する</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">次の場合のみ質問する：%1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1 の回答が「はい」</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text quoted</comment>
        <translation type="unfinished">「%1」</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">『%1』</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 に %2 が含まれる</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 に %2 のいずれかが含まれる</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 が %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 が %2 のいずれか</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 が %2 から %3 の間</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 が %2 以上</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 が %2 以下</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 が回答済み</translation>
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
        <translation type="unfinished">%1 (%2) を見落としました。模範解答はこれを %3 から記録しています。</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">%1 を未回答のままにしました。これは「いいえ」ではありませんが、質問するまでこの指標は数えられません。</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">あなたの回答は %1 でした。</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">あなたの記録は %1 でした。</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">あなたの回答ではこの質問が表示されませんでした。%1 と記録したためです (模範解答：%2)。</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">%3 から %1 (%2) を追加しました。模範解答ではこれは未回答です (%4)。</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">%3 から %1 (%2) を追加しました。模範解答の回答は %4 です。</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">%3 から %1 (%2) を追加しました。模範解答の記録は %4 です。</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">あなたの回答では %1 は %2 (模範解答：%3) のため、「%5」ではなく「%4」になります。</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">未回答のままの質問によって、まだ結果が決まる可能性があります：%1。</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">それでも、%1 はどちらも「%2」です。</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">%1 では、あなたの結果は模範解答と一致しています：%2。</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1 (あなた：%2、模範解答：%3)</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">%1 では、%2 の規則があなたの回答では「%3」、模範解答では「%4」のため、ここでのあなたの結果は %6 ではなく %5 です。</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">%1 では、%2 の規則は %3 を参照します。あなたの回答では「%4」、模範解答では「%5」のため、ここでのあなたの結果は %7 ではなく %6 です。</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">%1 では、ここでのあなたの結果は %3 ではなく %2 です。</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">未回答のままの質問によっては、まだ %1 になる可能性があります。</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1 (模範解答：%2、あなた：%3)</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">どのプロファイルが該当するかについて、あなたと模範解答の判断が異なります：%1 は模範解答では「%2」ですが、あなたの回答では「%3」です。</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">どのプロファイルが該当するかについて、あなたと模範解答の判断が異なります：%1 は模範解答では「%2」ですが、あなたの回答では「%3」です。%4 の回答が異なるためです。</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">あなたの回答ではこれが未確定のため、こちらも評価しました。</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">あなたのスクリーニング結果は模範解答と一致しています：%1。</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">あなたのスクリーニング結果は %1 で、模範解答は %2 です。</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">あなたの結果は条件付きです：あなたの回答では、確実に該当するプロファイルはありません。</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">模範解答の結果は条件付きです：その回答では、確実に該当するプロファイルはありません。</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">未回答のままの質問によっては、あなたの結果はまだ %1 になる可能性があります。</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">どちらにも該当するプロファイルがないため、比較する要素はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>模範解答が記録した指標 %n 個のうち、あなたは %1 個を発見し、%2 個を見落としました。また、模範解答にない指標を %3 個追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">データベースを開けませんでした</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">データベース用のフォルダーが存在しません</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">Qt 用の SQLite ドライバーがありません。Lantern を再インストールしてください</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">この場所ではデータベースで先行書き込みログ (WAL) を使用できません。ローカルディスクに移動してください</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">データベースを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">戻る(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">ケースデータベースの作成</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">ケースは、このパスフレーズでのみ解除できる鍵で暗号化されます。パスフレーズを紛失すると、ケースを復元することはできません。</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">データベースファイルの場所</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">データベースの場所を選択</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">パスフレーズ (確認)</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">パスフレーズの強度</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">データベースを作成</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">戻る</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">場所(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">パスフレーズ (確認)(&amp;R)：</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">作成中…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">データベースを作成し、その鍵をこのコンピューターに合わせて調整しています。数秒かかります。</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">データベースファイルの保存先を選んでください。</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">この場所にはすでにファイルがあります。別の名前を選ぶか、既存のデータベースを開いてください。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">パスフレーズが短すぎます。%1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">2つのパスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">新しいケースデータベースの場所</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern データベース (*.lantern);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">データベースは別の Lantern ウィンドウまたはプロセスで開かれています (プロセス %1)</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">データベースのフォルダーではファイルをロックできません。データベースをローカルディスクに移動してください</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">フォルダー %1 を作成できません。別の場所を選んでください。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">開いているデータベースはありません。</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD の形式で入力し、Enter キーを押します</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">年-月-日の形式の日付</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">日付を年-月-日の形式で入力してください (例：2024-03-15)。</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> (「%1」の誤りではありませんか？)</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">強 %1、中 %2、弱 %3</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">%1 点</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">%1 点</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1 (スコア %2、必要なのは %3)</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1。必要なもの：%2 (未回答の質問によって補われる可能性があります)</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1。必要なもの：%2</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">このプロファイルでは重み付けされません：その指標はいずれもここでは数えられません</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1。必要なスコアを満たしています</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1。%2 を満たしています</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1。しきい値に選択肢が定められていません</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">なし</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">%2 %1 個</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between missing counts</comment>
        <translation type="unfinished">、</translation>
    </message>
</context>
<context>
    <name>lantern::EvalContext</name>
    <message>
        <source>rule takes too much work to evaluate</source>
        <translation type="unfinished">規則の評価に必要な処理量が多すぎます</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">模範解答は質問「%1」に回答していますが、チェックリスト「%2」バージョン %3 にはこの質問がありません。別のチェックリスト用の回答ではありませんか？</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">参加者の回答は質問「%1」に回答していますが、チェックリスト「%2」バージョン %3 にはこの質問がありません。別のチェックリスト用の回答ではありませんか？</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">演習と模範解答の比較</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">トレーナー向けにエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">演習の比較</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">研修 — 架空のケーススタディ</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">結果の一致</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">両方の結果</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">見つけた指標、見落とした指標、追加した指標</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">判断の根拠</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">要素ごと</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">理由 — 判断の根拠</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">トレーナー向けにエクスポート</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">この比較を HTML レポート、CSV 表、または JSON としてトレーナー向けに保存します</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">ケーススタディ：&lt;b&gt;%1&lt;/b&gt; · 参加者：&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;チェックリスト：%3、バージョン %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ あなたの結果は模範解答と一致しています</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ あなたの結果は模範解答と異なります</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">条件付き：確実に該当するプロファイルはありません</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">模範解答：</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">あなたの回答：</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">未回答のままにした質問を尋ねると、あなたの結果はまだ %1 になる可能性があります。</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished">または</translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ 発見 %1  ·  ✗ 見落とし %2  ·  + 追加 %3  —  模範解答の指標 %4 個のうち</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">比較結果はエクスポートされませんでした：%1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">トレーナー向けにエクスポートしました：%1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ あり</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– なし</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? 未回答</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">未回答 (「いいえ」ではありません)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">回答が異なる</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">あなたの回答では表示されない質問</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">発見</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">見落とし</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">追加</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">要素の比較</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">要素</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">模範解答</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">あなたの回答</translation>
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
        <translation type="unfinished">発見：模範解答とあなたの回答の両方にある指標</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">見落とし：模範解答にはあるが、あなたの回答にはない指標</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">追加：あなたの回答にはあるが、模範解答にはない指標</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">発見</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">見落とし</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">追加</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">該当</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">非該当</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">該当の可能性あり</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">あなたの状態は模範解答と異なります</translation>
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
        <translation type="unfinished">研修 — 架空のケーススタディ</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">比較結果のエクスポート先ファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">該当</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">非該当</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">該当の可能性あり (未回答の質問によって決まる)</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">未回答 (「いいえ」ではありません)</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">回答が異なる</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">参加者の回答では表示されない質問</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — 条件付き：確実に該当するプロファイルはありません</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ 同じ</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">異なる</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">模範解答：%1 · 参加者：%2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ 発見</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ 見落とし</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ 追加</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">この要素の指標は、どちらにもありません。</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">(✓ 一致)</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">(≠ 不一致)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">プロファイル：%1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">模範解答：%1、参加者：%2。</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">ここでの結果 — 模範解答：%1、参加者：%2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">要素</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">模範解答</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">参加者</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">発見</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">見落とし</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">追加</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">判断の根拠</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">異なる回答</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">参加者の回答は模範解答と同じです。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">質問</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">(未回答)</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">演習の比較 — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1。実在の人物ではありません。研修専用です。</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">演習の比較：%1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">ケーススタディ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">チェックリスト</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1 (%2 バージョン %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">エクスポート</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ 結果は模範解答と一致しています</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ 結果は模範解答と異なります</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">模範解答：%1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">参加者：%1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">指標：✓ 発見 %1 · ✗ 見落とし %2 · + 追加 %3</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">どちらにも該当するプロファイルがないため、比較する要素はありません。</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1。スクリーニングの演習であり、被害者認定ではありません。Lantern でエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">まだ結果なし</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">まだ質問していない</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">「%1」</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">強</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">中</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">弱</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">該当</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">非該当</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">該当の可能性あり</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">指標なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>指標：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>指標：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1と%2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">サマリーをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">選択したケースをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">ケース %1 のサマリーを %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">サマリーを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">1 件のケースを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">%1 件のケースを %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">ケースが選択されていません。</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">ケースを開けませんでした：%1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">ケースワーカーのメモを含める(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">ケース %1 のサマリーをエクスポート</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF 文書</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML ページ</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON (ケースのすべての内容)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">形式</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">レター</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished">用紙サイズ</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">ケースワーカーのメモを含める</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">出力ファイル</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">サマリーの保存先</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">出力ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">用紙(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">保存先(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">エクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">サマリーの保存先を選んでください。</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">データベースがロックされています。エクスポートするにはロックを解除してください。</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">サマリーはエクスポートされませんでした：%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML ページ (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">サマリーに名前を付けて保存</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">第 2 言語 (2 言語併記のサマリー)(&amp;B)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">なし</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1 (翻訳の下書き)</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">サマリーの言語</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">第 2 言語 (2 言語併記のサマリー)</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">すべての質問、回答の選択肢、タイトル、助言が、第 1 言語の下にこの言語でも表示されます。</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">自由記述 (テキストの回答とメモ) を含める(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">ケースワーカーのメモを含める(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">1 件のケースをエクスポート</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">%1 件のケースをエクスポート</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV 表 (1 ファイル)</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON 表 (1 ファイル)</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF サマリー (新しいフォルダー)</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML サマリー (新しいフォルダー)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">形式</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">自由記述を含める</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">ケースワーカーのメモを含める</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">出力ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">書き込むファイル、または新しいフォルダー</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">出力ファイルまたはフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">保存先(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">エクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">エクスポートするケースをケース一覧で選択してください。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">エクスポートの保存先を選んでください。</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">データベースがロックされています。エクスポートするにはロックを解除してください。</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">選択した %1 件のケースをエクスポートしています…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">エクスポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">ケースはエクスポートされませんでした：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">表に名前を付けて保存</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">サマリーを入れる新しいフォルダーの名前</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">オブジェクトが必要です</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">不明なフィールド「%1」</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">必須フィールド「%1」がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">「%1」は空にできません</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">ID「%1」が無効です：英小文字、数字、&apos;_&apos; を使い、英字で始めてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">「%1」は true または false でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">「%1」は数値でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">「%1」は %2 以上の整数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">「%1」は配列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">「%1」は {&quot;en&quot;: &quot;...&quot;} のようなロケールマップでなければなりません</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">ロケールマップ「%1」が空です。少なくとも既定の言語でテキストを指定してください</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">言語「%1」は &quot;languages&quot; に記載されていません</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">「%1」のテキストは空でない文字列でなければなりません</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">ロケールマップ「%1」に既定の言語「%2」がありません</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">ファイルを書き込めませんでした (フォルダーが書き込み可能か確認してください)</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">コピーを最後まで書き込めませんでした (ディスクがいっぱいではありませんか？)</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[未翻訳 — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[%1 への翻訳なし]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">注：%1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">存在する指標：%1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">、未回答の質問しだいで最大：%1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">取るべき対応：</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">数えられた指標</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">未確定の指標</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">この要素を左右しうる質問</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">(現在：%1)</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">プロファイル：%1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">該当するかどうかは次によって決まります：%1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">このプロファイルでの結果：</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">まだ到達していません</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">、まだ変わりうる結果：%1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">セクション別の回答</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">ケースワーカーのメモは、このサマリーには含まれていません。</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">まだ回答は記録されていません。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">質問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">回答</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">情報源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">メモ</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">(記録は保持。この質問はもう該当しないため、数えられていません)</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">面接セッション</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">面接セッションの記録はありません。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">終了</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">通訳者</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">面接言語</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1、ケースワーカーの表示言語：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">未終了</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1 (翻訳の下書き、レビュー未実施)</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">このサマリーは 2 言語で記載されています：チェックリストの各テキストは %1 で示し、その下に %2 で示します。</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">チェックリストのテキストは %1 で示しています。</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">翻訳の下書きは、母語話者による確認を受けていません。注意して読んでください。</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 は、チェックリストにその言語のテキストがないことを示します。代わりに、記載された言語のテキストを表示しています (「%2」は、上の行のテキストしかないことを示します)。</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1、第 2 言語：%2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">言語</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">スクリーニング結果：%1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">(レベル %1)</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">条件付き：</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">結果は未回答の質問によって決まります。注記を参照してください。</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">助言：%1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ケース</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">ケース番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状態</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">最終変更</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">チェックリスト</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">チェックリストの ID とバージョン</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">チェックリストの SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">エクスポート</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">ケースサマリー %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">研修 — 架空のケースです。実在の人物ではありません。</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">結果に至った経緯</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">%1 に Lantern でエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">回答済み</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">不明</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">回答しない</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">未質問</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">該当なし</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">まだ質問していない</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">いずれも該当しない</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">本人の申告</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">観察</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">書類</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">第三者</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">面接</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">面接対象者向け · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ 一部未翻訳 — 一部のテキストは%1のままです</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">翻訳の下書き (レビュー未実施)</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">面接対象者への質問 (%1)：%2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">規則を評価するためのメモリが不足しています</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">規則を評価できませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">ファイルが空です。JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON ドキュメントの終わりの後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">ネストが %1 階層を超えています</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">予期しないファイルの終わりです。値が必要です</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">値が必要です。JSON では末尾のカンマは使用できません</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">無効な値です。JSON では true、false、null は小文字で書き、テキストは二重引用符で囲みます</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">値 (オブジェクト、配列、文字列、数値、true、false、null のいずれか) が必要です</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">無効なリテラルです。%1 が必要です (JSON のテキスト値は二重引用符で囲む必要があります)</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">無効な数値です。先頭のゼロは使用できません</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">無効な数値です</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">無効な数値です。小数点の後に数字が必要です</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">無効な数値です。指数部に数字が必要です</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">数値が大きすぎます</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">無効な \u エスケープです。4 桁の 16 進数が必要です</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">文字列が閉じられていません</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">文字列内に無効なエスケープシーケンス &apos;\%1&apos; があります</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u エスケープ内に対になっていないサロゲートがあります</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">文字列内の UTF-8 が無効です。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">文字列が閉じられていません。閉じる &apos;&quot;&apos; が必要です</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">文字列が閉じられていません。行末までに閉じる &apos;&quot;&apos; が必要です</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">文字列内に制御文字があります。\t などのエスケープで記述してください</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">メンバー名が必要です。JSON では末尾のカンマは使用できません</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">二重引用符で囲んだメンバー名が必要です</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">メンバー名の後に &apos;:&apos; が必要です</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">予期しないファイルの終わりです。&apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">オブジェクトのメンバーの後に &apos;,&apos; または &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">予期しないファイルの終わりです。&apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">配列の要素の後に &apos;,&apos; または &apos;]&apos; が必要です</translation>
    </message>
</context>
<context>
    <name>lantern::LineAnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished">回答</translation>
    </message>
</context>
<context>
    <name>lantern::LockController</name>
    <message>
        <source>Locked because Lantern was hidden.</source>
        <translation type="unfinished">Lantern が非表示になったためロックされました。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n 分間操作がなかったためロックしました。</numerusform>
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
        <translation type="unfinished">非表示中です。F12 キーを押すと Lantern が再表示されます。</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">データベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">ロック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">回答を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">回答をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">ケース(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">表示(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">前回使用したデータベース %1 が見つかりません。新しく作成するか、別のデータベースを開いてください。</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">データベースは作成されませんでした：%1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">ケースデータベースを開く</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern データベース (*.lantern);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">このデータベースを開けません：%1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">最新の正常なバックアップを復元</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">データベースのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">ロックを解除できませんでした：%1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">このデータベースのバックアップはまだありません。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">バックアップから復元</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">データベースをバックアップ %1 で置き換えますか？現在のファイルは、先にバックアップとして保存されます。</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">バックアップを復元しました。バックアップ作成時にデータベースで使用していたパスフレーズでロックを解除してください。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">バックアップは復元されませんでした：%1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — 研修 (架空のケース)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">チェックリスト(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">チェックリストを閲覧(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">チェックリストを提示(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">チェックリストをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">チェックリストをインポート</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern チェックリスト (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">研修(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">研修用ワークスペースを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">研修用ワークスペースをリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">演習を開始(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">ケーススタディを表示(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">模範解答と比較(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">このケースは模範解答と比較できません：%1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">事例</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">ロックされました。</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">研修用ワークスペースを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">研修用ワークスペースをリセット</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">研修用ワークスペースを、配布時のケーススタディの状態に戻しますか？ここで行った演習と変更はすべて削除されます。実際のケースデータベースには影響しません。</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">研修用ワークスペースはリセットされませんでした：%1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">研修用ワークスペースをケーススタディの初期状態にリセットしました。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">Lantern について(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">再試行</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">メッセージ</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">新しいケース</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1 (バージョン %2)%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">、あなたのフォルダーから</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">チェックリスト</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">ケース番号</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">ケースを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">ケースを開始</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">チェックリスト(&amp;C)：</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">ケース番号(&amp;C)：</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">番号は自動的に生成されます。必要に応じて、ご自身のファイル番号に合わせて変更できます。氏名やその他の個人を特定できる情報は入れないでください。</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">有効なチェックリストが見つかりませんでした。設定でチェックリストのフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">チェックリストを選んでください。</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">ケース番号を入力してください。</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">ケース番号 %1 はすでに別のケースで使われています。別の番号を選んでください。</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">メモ：</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">この回答に関するメモ (任意)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">メモ</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">情報源：</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">回答の情報源</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">数値</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1 から %2 までの数値</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">%1 以上の数値</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">%1 以下の数値</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">数値を入力してください (例：42)。</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">サポートされていない演算子「%1」</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">演算子「%1」には少なくとも 1 個の引数が必要です</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">演算子「%1」には少なくとも %2 個の引数が必要です</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">演算子「%1」の引数は 1 個です</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">演算子「%1」の引数は %2 個です</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">演算子「%1」の引数は最大 1 個です</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">演算子「%1」の引数は最大 %2 個です</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">演算子「%1」の引数は %2 個または %3 個です</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">演算子「%1」の引数は %2～%3 個です</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">規則のネストが深すぎます</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">プロファイル「%2」の結果「%1」は未確定の要素を %3 個参照しており、すべての組み合わせを試すには多すぎます。この結果は未確定として扱われます。</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">プロファイル「%2」の結果「%1」の規則を評価できませんでした (%3)。この結果は未確定として扱われます。</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeReasons</name>
    <message>
        <source>%1 is %2</source>
        <comment>an element and its status: X is met</comment>
        <translation type="unfinished">%1 は「%2」</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1と%2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">到達：これより前の結果にどれも到達しない場合に該当します。</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">到達：%1 のためです。</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">到達：要素の判定結果について、その規則が成り立ちます。</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">未到達：%1 のためです。</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">未到達：要素の判定結果について、その規則が成り立ちません。</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">まだ到達する可能性があります：未確定の要素によって決まります (%1)。</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">まだ到達する可能性があります：未確定の要素によって決まります。</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">ケース %1 · エクスポート：%2 · %3 / %4 ページ</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">研修 — 架空のケース · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">強</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">中</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">弱</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">未回答</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">満たす</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">満たさない</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">未確定</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">不要</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">スライドのタイトル</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — プレゼンテーション</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">スライド</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">ステップ</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">提示する内容がありません</translation>
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
        <translation type="unfinished">チェックリスト</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">要素</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">指標</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">プロファイル</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">出典と照合済みです。</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">全体としては出典と照合されていません。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">出典：%1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">未検証：</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1、出典：%2、%3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1、出典：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a part and what is still to check</comment>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionPane</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished">質問</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">質問</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">種類</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">必須</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">要配慮</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">質問する条件</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">セクションと質問</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">はい / いいえ</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">%1 個の選択肢から 1 つ</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">%1 個の選択肢から複数可</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">テキスト</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">日付</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">数値、%1～%2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">数値</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">必須</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ 要配慮</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">慎重に扱ってください。提示時には表示されません</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">必須</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">要配慮 — 穏やかに尋ねてください</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">未翻訳</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">質問</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">質問 · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">質問 %1：%2 (必須)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">質問 %1：%2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">面接者へのメモ：</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">受け付ける回答：</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">あなた向け</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">面接者向け</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">クイック非表示(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">ウィンドウをすぐに隠します。もう一度 F12 を押すと表示されます</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">質問「%1」</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">セクション「%1」</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">%1 の表示条件がそれ自身に依存しています。表示したうえで、未確定として扱います。</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">質問「%1」の表示条件の規則を評価できませんでした (%2)。表示したうえで、未確定として扱います。</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">セクション「%1」の表示条件の規則を評価できませんでした (%2)。表示したうえで、未確定として扱います。</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">バックアップから復元</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">復元するバックアップを選んでください。現在のデータベースファイルは先にバックアップとして保存されるため、何も失われません。バックアップは、作成時にデータベースで使用していたパスフレーズで開きます。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">バックアップ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">復元(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2 バックアップ、%3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">変数名はリテラル文字列でなければなりません</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">規則を解析できませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::RuleOperands</name>
    <message>
        <source>“%1”</source>
        <comment>a value quoted</comment>
        <translation type="unfinished">「%1」</translation>
    </message>
    <message>
        <source>%1 is more than %2</source>
        <translation type="unfinished">%1 が %2 より大きい</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 が %2 以上</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 が %2 より小さい</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 が %2 以下</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 が %2 ではない</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 が %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">『%1』</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">満たす</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">満たさない</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">真</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">偽</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">回答なし</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">なし</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1 (未回答の場合は %2)</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1 のうち最大のもの</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1 のうち最小のもの</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">マイナス %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1 が「はい」</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1 で選択肢が選ばれている</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 が 0 以外の数</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 が回答済み</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 が %2 より大きく %3 より小さい</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 が %2 から %3 の間</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1 を満たす</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 を満たさない</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 に %2 が含まれる</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 が %2 のいずれか</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1 に %2 が含まれる</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 が %2 に含まれる</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1 に %2 のすべてが含まれる</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 に %2 のいずれかが含まれる</translation>
    </message>
</context>
<context>
    <name>lantern::RuleWords</name>
    <message>
        <source>“%1”</source>
        <comment>a title quoted</comment>
        <translation type="unfinished">「%1」</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an element and its status: Exploitation (met)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>a sensitive question</source>
        <translation type="unfinished">要配慮の質問</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">常に不成立</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">常に成立</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">、かつ </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">。または </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished"> かつ </translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished">または</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1 を満たさない</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1 が「はい」ではない</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1 で選択肢が選ばれていない</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1 が未回答</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">%1 ではない</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">(%1) ではない</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">%1 の場合は %2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">そうでなく %1 の場合は %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">それ以外の場合は %1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2 のうち回答済みが %1 未満</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1 が未回答</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1 のいずれかが未回答</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">保存状態</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ 保存済み</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ 保存済み %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ 保存されていません：%1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">プロファイル「%1」の &apos;applies&apos; 規則を評価できませんでした (%2)。該当するかどうかは未確定として扱われます。</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">未回答の質問によっては、プロファイル「%1」の結果がより重大なもの (%2) に変わる可能性があります。</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">プロファイル「%1」も該当する可能性があります (次の回答によります：%2)。該当する場合、その結果「%3」のほうがより重大です。</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">プロファイル「%1」が該当するかどうかは、未回答の質問によって決まります：%2。それでも評価を行いました。</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">これらの回答に該当するプロファイルがないため、全体の結果はありません。</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">まだ結果に到達したプロファイルはありません：どの結果も、まだ未回答の質問によって決まります。</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">確実に該当するプロファイルはありません：全体の結果は、どのプロファイルが該当するかを決める未回答の質問しだいの、条件付きのものです。</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">指標「%1」の規則を評価できませんでした (%2)。この指標は未確定として扱われます。</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern の利用者が読むすべての文字体系を、このコンピューターが表示に使うフォントで示します</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — フォントなし</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">四角形で表示：%1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">ケースのサマリーは保存されませんでした</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">%2 件のケースのうち %1 件を新しい検索用に準備できませんでした (%3)。各ケースは次に開いたときに準備されます</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">検索対象の回答</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">ケース一覧では、ケース番号と結果のほか、ここでチェックを付けた質問への回答でもケースを検索できます。これらの回答はデータベース内で暗号化されたまま保存されます。データベースのロックが解除されている間は、検索のためにメモリー上に保持されます。チェックリストで要配慮とされている質問は、検索対象にはなりません。</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1 (バージョン %2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">チェックリスト</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">ケース一覧で回答を検索する質問</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">適用(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">既定値を使用(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">要配慮とされていないテキスト形式の質問への回答</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">チェックリスト(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — 要配慮、検索対象外</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">セクション</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down と Ctrl+Page Up でセクション間を移動します</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">これまでの回答では質問されません</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ %1 問すべて回答済み</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2 問中 %1 問回答済み</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">通訳者を使用(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">セッションの状態</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">通訳者を使用</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">面接言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">面接言語</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">面接で使用する言語 (th などの言語コード)</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">面接セッションを開始または一時停止</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">セッションを記録できません：ケースデータベースが開かれていません。</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">セッションを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">この画面ではセッションは記録されません。</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">セッションを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">セッション %1 (%2 から実施中)</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">セッションを再開(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">まだセッションの記録はありません。</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">一時停止中 — これまでに 1 セッション。</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">一時停止中 — これまでに %1 セッション。</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern が最小化または非表示になったらロック(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">設定</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> 分</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">しない</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">操作がない状態が続いたらロックするまでの分数</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">最小化または非表示時にロック</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">独自のチェックリストのフォルダー</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">デスクトップの既定値</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">表示の文字サイズ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">チェックリストのフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">操作がないときにロック(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">チェックリストのフォルダー(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">文字サイズ(&amp;F)：</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">デスクトップの設定に従う</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — 翻訳の下書き</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">表示言語</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">左右に並べる</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">上下に並べる</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">2 言語での質問表示</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">面接対象者向けの文字サイズ</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">表示言語(&amp;G)：</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">2 言語での質問表示(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">面接対象者向けの文字サイズ(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">暗号化ライブラリを起動できませんでした</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">パスフレーズが正しくありません</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">パスフレーズが空です</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">データベースの鍵の設定が破損しています</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">データベースはロックされています</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">保存されたデータが整合性チェックに失敗しました (改ざんまたは破損)</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">データベースの暗号化に必要なメモリが不足しています。他のプログラムを閉じてから、もう一度お試しください</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">演習を開始</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">ケーススタディを読み、実際の業務と同じようにチェックリストを使って面接してください。終わったら、あなたの回答を模範解答と比較します。</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">ケーススタディ</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">例：グループ 3、またはあなたの名前</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">参加者またはグループ</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">ケーススタディ(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">参加者またはグループ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">開始(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">テーマ：%1 · チェックリスト %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">ケーススタディがインストールされていません。</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">トレーナーが演習を区別できるよう、名前またはグループを入力してください。</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 はすでにこのケーススタディを開始しています。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">新しいケースデータベースを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">既存のデータベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">研修用ワークスペースを開く(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">Lantern へようこそ</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern は、スクリーニングのケースをこのコンピューター上の暗号化されたデータベースに保存します。データはどこにも送信されません。始めるには、パスフレーズで保護されたデータベースを作成するか、既存のデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">トレーナーと研修参加者の方へ：研修用ワークスペースには架空のケーススタディのみが含まれています。暗号化されておらず、その旨がはっきり表示されています。実在する人物のケースは絶対に入力しないでください。</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">研修用ワークスペースを開く</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">新しいケースデータベースを作成</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">既存のデータベースを開く</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">ケース %1 の状態を変更</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">新しい状態</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">変更の理由</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">状態を変更する理由 (例：「国の紹介制度 (NRM) に紹介した」)</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">状態を変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">状態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">現在とは異なる状態を選んでください。</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">理由を入力してください。理由はケースの監査記録に残ります。</translation>
    </message>
</context>
<context>
    <name>lantern::StorageError</name>
    <message>
        <source>%1: %2</source>
        <comment>a cause, then what did not happen</comment>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished">ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">データベースファイルを開けません (フォルダーが存在し、書き込み可能か確認してください)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">コンピューターのメモリが不足しました</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">データベースで予期しない問題が発生しました (コード %1)</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">このファイルは Lantern のデータベースではありません</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">このデータベースは新しいバージョンの Lantern で作成されています (スキーマ %1)。開くには Lantern を更新してください</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">データベースが読み取り専用の場所にあります</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">データベースは別の Lantern ウィンドウまたはプロセスで開かれています</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">データベースファイルが破損しています。バックアップから復元してください</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">このパスにデータベースはありません</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">このパスには既にファイルがあります</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">データベースはロックされています。先にロックを解除してください</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">ディスクの読み書きができませんでした</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ 強</translation>
    </message>
    <message>
        <source>■■□ medium</source>
        <translation type="unfinished">■■□ 中</translation>
    </message>
    <message>
        <source>■□□ weak</source>
        <translation type="unfinished">■□□ 弱</translation>
    </message>
    <message>
        <source>not weighed in this profile</source>
        <translation type="unfinished">このプロファイルでは重み付けされない</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">指標 (要素別)</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">ケース %1 の印刷プレビュー</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">回答を入力し、Enter キーを押します</translation>
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
            <numerusform>%1の指標 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%1の指標 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1と%2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">強</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished">中</translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished">弱</translation>
    </message>
    <message>
        <source>medium or weak</source>
        <translation type="unfinished">中または弱</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">強または中</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">強さを問わず</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">指標がまったくない</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">強さを問わず %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>強さを問わず指標 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>強さを問わず指標 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">合計 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>合計で指標 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>合計で指標 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">どの強さにも重みがありません</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">存在する指標の重みの合計が %1 以上で満たす (%2)</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">満たすことはありません：しきい値に選択肢が定められていません</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">満たす条件：%1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">。または </translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">研修 — 架空のケース · 暗号化なし · 実在する人物のケースは絶対に入力しないでください</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">研修用ワークスペース：架空のケースのみ</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">別のデータベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">ケースデータベースのロック解除</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">データベース名</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">データベースのフォルダー</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">パスフレーズ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">ロック解除</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">別のデータベースを開く</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">新しいデータベースを作成</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">バックアップから復元</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">場所：%1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">ロック解除中…</translation>
    </message>
</context>
</TS>
