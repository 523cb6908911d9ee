<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">进行中</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished">已评估</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">已转介</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">已结案</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished">尚未评估</translation>
    </message>
    <message>
        <source>Outcome level %1</source>
        <translation type="unfinished">结果级别 %1</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished">%1（默认）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">版本</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">文件</translation>
    </message>
    <message>
        <source>%1 (bundled with Lantern)</source>
        <translation type="unfinished">%1（随 Lantern 附带）</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">已核实</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no — see Provenance</source>
        <translation type="unfinished">否 — 见“来源说明”</translation>
    </message>
    <message>
        <source>%1 sections, %2 questions (%3 sensitive), %4 indicators, %5 elements, %6 profiles.</source>
        <translation type="unfinished">%1 个部分，%2 个问题（%3 个敏感问题），%4 项指标，%5 个要素，%6 个类别。</translation>
    </message>
    <message>
        <source>Elements and when each is met</source>
        <translation type="unfinished">各要素及其满足条件</translation>
    </message>
    <message>
        <source>no indicator weighed here</source>
        <translation type="unfinished">此处不计入任何指标</translation>
    </message>
    <message>
        <source>weighs %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">计入 %1 项强指标、%2 项中指标、%3 项弱指标</translation>
    </message>
    <message>
        <source>Outcomes, tried in order</source>
        <translation type="unfinished">结果（按顺序判定）</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished">第 %1 级</translation>
    </message>
    <message>
        <source>Marked as verified against its sources.</source>
        <translation type="unfinished">已标记为已对照来源核实。</translation>
    </message>
    <message>
        <source>Not verified: parts of this checklist still have to be checked against their sources.</source>
        <translation type="unfinished">未核实：此核查清单的部分内容仍需对照来源核实。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <source>Nothing is marked unverified.</source>
        <translation type="unfinished">没有标记为未核实的内容。</translation>
    </message>
    <message>
        <source>Still unverified (%1)</source>
        <translation type="unfinished">仍未核实（%1）</translation>
    </message>
    <message>
        <source>As a whole: see the notes above.</source>
        <translation type="unfinished">整体情况：见上方说明。</translation>
    </message>
</context>
<context>
    <name>ExerciseExportFileDialog</name>
    <message>
        <source>HTML report for the trainer (*.html)</source>
        <translation type="unfinished">供培训师使用的 HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>CSV table, one row per indicator (*.csv)</source>
        <translation type="unfinished">CSV 表格，每项指标一行 (*.csv)</translation>
    </message>
    <message>
        <source>JSON, everything compared (*.json)</source>
        <translation type="unfinished">JSON，包含全部比较内容 (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison for the trainer</source>
        <translation type="unfinished">为培训师导出比较结果</translation>
    </message>
</context>
<context>
    <name>ExerciseReasoningHtml</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">总体</translation>
    </message>
    <message>
        <source>model answer: %1; yours: %2</source>
        <translation type="unfinished">参考答案：%1；您的答案：%2</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">不同的回答</translation>
    </message>
    <message>
        <source>You gave the same answers as the model answer.</source>
        <translation type="unfinished">您的回答与参考答案相同。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">参考答案</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">您的答案</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">（留空）</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <source>Choose a passphrase: several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished">请选择密码短语：由几个您记得住的词组成，既容易输入，又更难被猜到。</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished">太短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Weak: this could be guessed. Add a few more words.</source>
        <translation type="unfinished">弱：可能会被猜到。请再加几个词。</translation>
    </message>
    <message>
        <source>Fair: acceptable, but one or two more words would make it much stronger.</source>
        <translation type="unfinished">一般：可以接受，但再加一两个词会安全得多。</translation>
    </message>
    <message>
        <source>Strong: this would take very long to guess.</source>
        <translation type="unfinished">强：需要很长时间才能猜到。</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>Asked with a sensitive question, not shown here</source>
        <translation type="unfinished">通过敏感问题询问，此处不显示</translation>
    </message>
    <message>
        <source>1 sensitive question, not shown here</source>
        <translation type="unfinished">1 个敏感问题，此处不显示</translation>
    </message>
    <message>
        <source>%1 sensitive questions, not shown here</source>
        <translation type="unfinished">%1 个敏感问题，此处不显示</translation>
    </message>
    <message>
        <source>1 indicator in this profile</source>
        <translation type="unfinished">此类别中有 1 项指标</translation>
    </message>
    <message>
        <source>%1 indicators in this profile</source>
        <translation type="unfinished">此类别中有 %1 项指标</translation>
    </message>
    <message>
        <source>indicators %1–%2 of %3</source>
        <translation type="unfinished">指标 %1–%2（共 %3 项）</translation>
    </message>
    <message>
        <source>Strong indicators</source>
        <translation type="unfinished">强指标</translation>
    </message>
    <message>
        <source>Medium indicators</source>
        <translation type="unfinished">中指标</translation>
    </message>
    <message>
        <source>Weak indicators</source>
        <translation type="unfinished">弱指标</translation>
    </message>
    <message>
        <source>None of its indicators counts in this profile.</source>
        <translation type="unfinished">在此类别中，其指标均不计入。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2：%3</translation>
    </message>
    <message>
        <source>How it is decided</source>
        <translation type="unfinished">判定方式</translation>
    </message>
    <message>
        <source>Met when any one of these is found</source>
        <translation type="unfinished">发现以下任意一项即为满足</translation>
    </message>
    <message>
        <source>No example answers: this step shows the rule only.</source>
        <translation type="unfinished">没有示例回答：此步骤仅显示规则。</translation>
    </message>
    <message>
        <source>the example answers</source>
        <translation type="unfinished">示例回答</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished">根据%1</translation>
    </message>
    <message>
        <source>Indicators found</source>
        <translation type="unfinished">发现的指标</translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished">未发现</translation>
    </message>
    <message numerus="yes">
        <source>%n still open: </source>
        <translation type="unfinished">
            <numerusform>%n 项仍未确定：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform>；另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the threshold</source>
        <translation type="unfinished">与阈值比较</translation>
    </message>
    <message>
        <source>Found: %1 strong, %2 medium, %3 weak</source>
        <translation type="unfinished">发现：强 %1 项，中 %2 项，弱 %3 项</translation>
    </message>
    <message>
        <source>This profile weighs none of its indicators.</source>
        <translation type="unfinished">此类别不计入其任何指标。</translation>
    </message>
    <message>
        <source>Score %1 of the %2 needed</source>
        <translation type="unfinished">得分 %1，需要 %2</translation>
    </message>
    <message>
        <source>%1 — reached</source>
        <translation type="unfinished">%1 — 已达到</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation type="unfinished">%1 — 需要 %2</translation>
    </message>
    <message>
        <source>%1: undetermined — open questions could still decide it</source>
        <translation type="unfinished">%1：未确定 — 尚未回答的问题仍可能决定结果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>Outcome %1 of %2 · level %3</source>
        <translation type="unfinished">结果 %1/%2 · 第 %3 级</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">规则</translation>
    </message>
    <message>
        <source>Elements it reads</source>
        <translation type="unfinished">所依据的要素</translation>
    </message>
    <message>
        <source>Not needed: an outcome before it was reached. %1</source>
        <translation type="unfinished">无需判定：之前的结果已达到。%1</translation>
    </message>
    <message>
        <source>This is the result. %1</source>
        <translation type="unfinished">这就是结果。%1</translation>
    </message>
    <message>
        <source>Outcomes are tried in order; the first one reached is the result.</source>
        <translation type="unfinished">结果按顺序判定；第一个达到的结果即为最终结果。</translation>
    </message>
    <message>
        <source>The checklist “%1” has no profile “%2” to present.</source>
        <translation type="unfinished">核查清单“%1”中没有可演示的类别“%2”。</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished">%1 · 版本 %2</translation>
    </message>
    <message>
        <source>Who this profile is for</source>
        <translation type="unfinished">此类别的适用对象</translation>
    </message>
    <message>
        <source>What is weighed, in order</source>
        <translation type="unfinished">计入的内容（按顺序）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile applies</source>
        <translation type="unfinished">示例：%1 — 此类别适用</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile does not apply, but is shown with it</source>
        <translation type="unfinished">示例：%1 — 此类别不适用，但一并显示</translation>
    </message>
    <message>
        <source>Worked example: %1 — this profile may apply (an answer it depends on is open)</source>
        <translation type="unfinished">示例：%1 — 此类别可能适用（其所依据的某个回答尚未确定）</translation>
    </message>
    <message>
        <source>A screening aid, not a verdict: it shows which indicators were found and whether to refer for formal identification.</source>
        <translation type="unfinished">这是筛查辅助工具，不是最终判定：它显示发现了哪些指标，以及是否应转介进行正式识别。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished">结果：%1</translation>
    </message>
    <message>
        <source>Reached: level %1</source>
        <translation type="unfinished">已达到：第 %1 级</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">应采取的行动</translation>
    </message>
    <message>
        <source>Result: none reached yet</source>
        <translation type="unfinished">结果：尚未达到任何结果</translation>
    </message>
    <message>
        <source>No outcome is reached on the example answers</source>
        <translation type="unfinished">根据示例回答，未达到任何结果</translation>
    </message>
    <message>
        <source>Could still become</source>
        <translation type="unfinished">仍可能变为</translation>
    </message>
    <message>
        <source>This profile does not apply to the example answers; the result shows how its rules would read them.</source>
        <translation type="unfinished">此类别不适用于示例回答；结果显示的是其规则将如何解读这些回答。</translation>
    </message>
    <message>
        <source>Whether this profile applies depends on an open answer.</source>
        <translation type="unfinished">此类别是否适用，取决于一个尚未回答的问题。</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">强</translation>
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
        <translation type="unfinished">满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">不满足</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">未确定</translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished">续</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <translation type="unfinished">%1 · 续</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">进行中</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">恢复默认值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">全选</translation>
    </message>
</context>
<context>
    <name>ShellOptions</name>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished">未知参数“%1”</translation>
    </message>
    <message>
        <source>--training and --database cannot be used together</source>
        <translation type="unfinished">--training 和 --database 不能同时使用</translation>
    </message>
</context>
<context>
    <name>lantern::AboutDialog</name>
    <message>
        <source>Reviewed by a native speaker (%1)</source>
        <translation type="unfinished">已由母语人士审校（%1）</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation type="unfinished">已由母语人士审校</translation>
    </message>
    <message>
        <source>Interface languages</source>
        <translation type="unfinished">界面语言</translation>
    </message>
    <message>
        <source>Checklist languages</source>
        <translation type="unfinished">核查清单语言</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished">关于 Lantern</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished">Lantern</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">版本 %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">版本</translation>
    </message>
    <message>
        <source>Screening checklists for caseworkers who may meet victims of human trafficking. Cases stay encrypted on this computer.</source>
        <translation type="unfinished">供可能接触人口贩运受害人的个案工作者使用的筛查核查清单。个案在本机上加密保存。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished">自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。不提供任何担保。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">许可证</translation>
    </message>
    <message>
        <source>To contribute a review of a translation, see docs/translations.md: review it in Qt Linguist, then mark its entries finished.</source>
        <translation type="unfinished">如要提交译文审校，请参阅 docs/translations.md：在 Qt Linguist 中审校译文，然后将其条目标记为已完成。</translation>
    </message>
    <message>
        <source>How to contribute a review</source>
        <translation type="unfinished">如何提交审校</translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished">开发版本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished">原文</translation>
    </message>
    <message>
        <source>Draft — not yet reviewed by a native speaker</source>
        <translation type="unfinished">草稿 — 尚未经母语人士审校</translation>
    </message>
    <message>
        <source>Checklist and language</source>
        <translation type="unfinished">核查清单和语言</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished">版本 %1</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerRepository</name>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">无法读取回答</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerSet</name>
    <message>
        <source>question &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished">问题“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished">应为“是”或“否”</translation>
    </message>
    <message>
        <source>expected one of its option ids</source>
        <translation type="unfinished">应为该问题的某个选项 ID</translation>
    </message>
    <message>
        <source>expected a list of option ids</source>
        <translation type="unfinished">应为选项 ID 的列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its option ids</source>
        <translation type="unfinished">“%1”不是该问题的选项 ID</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished">应为文本</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished">应为数字</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished">%1 低于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished">%1 高于最大值 %2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished">应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>unsupported question type</source>
        <translation type="unfinished">不支持的问题类型</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answer</source>
        <translation type="unfinished">回答中有未知字段“%1”</translation>
    </message>
    <message>
        <source>unknown answer state &apos;%1&apos;</source>
        <translation type="unfinished">未知的回答状态“%1”</translation>
    </message>
    <message>
        <source>a value cannot go with state &apos;%1&apos;</source>
        <translation type="unfinished">状态为“%1”时不能填写值</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in answers file (expected only &quot;answers&quot;)</source>
        <translation type="unfinished">回答文件中有未知字段“%1”（只应包含 &quot;answers&quot;）</translation>
    </message>
    <message>
        <source>answers file must contain an object &quot;answers&quot;</source>
        <translation type="unfinished">回答文件必须包含对象 &quot;answers&quot;</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (not in checklist %2)</source>
        <translation type="unfinished">未知问题“%1”（核查清单 %2 中没有此问题）</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerStateBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">不详</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">拒绝回答</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">未询问</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>Shortcut: %1 while the question has focus</source>
        <translation type="unfinished">快捷键：问题获得焦点时按 %1</translation>
    </message>
    <message>
        <source>%1 — press %2 while this question has focus</source>
        <translation type="unfinished">%1 — 此问题获得焦点时按 %2</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">已回答</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">不详</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished">拒绝回答</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">未询问</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished">未回答</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>none of the options</source>
        <translation type="unfinished">以上都不是</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation type="unfinished">本人陈述</translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished">观察所见</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">文件资料</translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished">第三方</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerUndoCommand</name>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished">对“%1”的回答</translation>
    </message>
</context>
<context>
    <name>lantern::AnswerValidator</name>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <comment>a question id, then what is wrong with its answer</comment>
        <translation type="unfinished">问题“%1”：%2</translation>
    </message>
    <message>
        <source>the answer must be yes or no</source>
        <translation type="unfinished">回答必须为“是”或“否”</translation>
    </message>
    <message>
        <source>choose one of the question&apos;s options</source>
        <translation type="unfinished">请从该问题的选项中选择一项</translation>
    </message>
    <message>
        <source>the answer must be a list of the question&apos;s options</source>
        <translation type="unfinished">回答必须是该问题选项的列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the question&apos;s options</source>
        <translation type="unfinished">“%1”不是该问题的选项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is chosen twice</source>
        <translation type="unfinished">“%1”被选择了两次</translation>
    </message>
    <message>
        <source>the answer must be text</source>
        <translation type="unfinished">回答必须是文本</translation>
    </message>
    <message>
        <source>the answer must be a number</source>
        <translation type="unfinished">回答必须是数字</translation>
    </message>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation type="unfinished">%1 低于允许的最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation type="unfinished">%1 高于允许的最大值 %2</translation>
    </message>
    <message>
        <source>the answer must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">回答必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>this kind of question cannot be answered here</source>
        <translation type="unfinished">此类问题无法在此回答</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <translation type="unfinished">此处不允许该回答</translation>
    </message>
    <message>
        <source>there is no question &apos;%1&apos; in checklist %2</source>
        <translation type="unfinished">核查清单 %2 中没有问题“%1”</translation>
    </message>
    <message>
        <source>a value cannot go with the state &apos;%1&apos;</source>
        <translation type="unfinished">状态为“%1”时不能填写值</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentHtml</name>
    <message>
        <source>● met</source>
        <translation type="unfinished">● 满足</translation>
    </message>
    <message>
        <source>○ not met</source>
        <translation type="unfinished">○ 不满足</translation>
    </message>
    <message>
        <source>◐ undetermined</source>
        <translation type="unfinished">◐ 未确定</translation>
    </message>
    <message>
        <source>Does not apply on the answers given: %1.</source>
        <translation type="unfinished">根据已有回答不适用：%1。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>May apply — depends on: %1</source>
        <translation type="unfinished">可能适用 — 取决于：%1</translation>
    </message>
    <message>
        <source>Result here: %1</source>
        <translation type="unfinished">此处结果：%1</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">尚未达到任何结果</translation>
    </message>
    <message>
        <source>Could still become: %1</source>
        <translation type="unfinished">仍可能变为：%1</translation>
    </message>
    <message>
        <source>present: %1; with open questions up to %2</source>
        <translation type="unfinished">现有：%1；若计入尚未回答的问题，最高可达 %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">应采取的行动：</translation>
    </message>
    <message>
        <source>Open questions that could decide it:</source>
        <translation type="unfinished">可能决定结果的未回答问题：</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentPanel</name>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">筛查结果</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished">建议</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation type="unfinished">此结果的含义</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation type="unfinished">评估详情</translation>
    </message>
    <message>
        <source>Elements, the indicators counted and the open questions; Tab moves between question links</source>
        <translation type="unfinished">要素、计入的指标和尚未回答的问题；按 Tab 键可在问题链接之间移动</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished">没有打开的个案</translation>
    </message>
    <message>
        <source>No result reached yet</source>
        <translation type="unfinished">尚未得出结果</translation>
    </message>
    <message>
        <source>Keep going at the person&apos;s pace; the open questions below could change the result.</source>
        <translation type="unfinished">请按对方的节奏继续；下方尚未回答的问题可能改变结果。</translation>
    </message>
</context>
<context>
    <name>lantern::AssessmentText</name>
    <message>
        <source>The result is conditional: which profile applies still depends on open questions.</source>
        <translation type="unfinished">结果是有条件的：适用哪个类别仍取决于尚未回答的问题。</translation>
    </message>
    <message>
        <source>This is a screening result, not an identification: it shows which indicators the answers contain and what to do next. Only a formal identification process can decide whether a person is a victim of trafficking.</source>
        <translation type="unfinished">这是筛查结果，不是身份识别：它显示回答中包含哪些指标以及下一步应做什么。只有正式识别程序才能判定一个人是否为人口贩运受害人。</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">不满足</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">未确定</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation type="unfinished">强 %1 项</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished">中 %1 项</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation type="unfinished">弱 %1 项</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">无</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">适用</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">强</translation>
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
        <translation type="unfinished">个案 %1 的审计记录</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished">审计事件</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">事件</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">更改</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">详情</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished">%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">（无）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">已创建</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished">已回答</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation type="unfinished">回答已更改</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished">备注已编辑</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">状态已更改</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">已导出</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">已解锁</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">已锁定</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">密码短语已更改</translation>
    </message>
</context>
<context>
    <name>lantern::AuditLog</name>
    <message>
        <source>the audit trail could not be read</source>
        <translation type="unfinished">无法读取审计记录</translation>
    </message>
</context>
<context>
    <name>lantern::Backups</name>
    <message>
        <source>the backup was not written</source>
        <translation type="unfinished">未写入备份</translation>
    </message>
    <message>
        <source>the backup file is damaged; choose another backup</source>
        <translation type="unfinished">备份文件已损坏；请选择其他备份</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created (check that the database&apos;s folder is writable)</source>
        <translation type="unfinished">无法创建备份文件夹 %1（请检查数据库所在文件夹是否可写）</translation>
    </message>
    <message>
        <source>the backup folder %1 is read-only</source>
        <translation type="unfinished">备份文件夹 %1 为只读</translation>
    </message>
    <message>
        <source>the backup folder cannot be read</source>
        <translation type="unfinished">无法读取备份文件夹</translation>
    </message>
    <message>
        <source>the backup could not be given its name</source>
        <translation type="unfinished">无法为备份命名</translation>
    </message>
    <message>
        <source>the folder for the backup does not exist</source>
        <translation type="unfinished">备份所用的文件夹不存在</translation>
    </message>
    <message>
        <source>there is no backup at this path</source>
        <translation type="unfinished">此路径下没有备份</translation>
    </message>
    <message>
        <source>the backup file cannot be read (check its permissions)</source>
        <translation type="unfinished">无法读取备份文件（请检查其权限）</translation>
    </message>
    <message>
        <source>the backup could not be read</source>
        <translation type="unfinished">无法读取备份</translation>
    </message>
    <message>
        <source>old backups could not be deleted from the backup folder</source>
        <translation type="unfinished">无法从备份文件夹中删除旧备份</translation>
    </message>
</context>
<context>
    <name>lantern::CaseFile</name>
    <message>
        <source>the checklist was not loaded from a file, so it cannot be pinned</source>
        <translation type="unfinished">该核查清单不是从文件加载的，因此无法固定到个案</translation>
    </message>
    <message>
        <source>the checklist stored with this case is damaged; restore a backup</source>
        <translation type="unfinished">与此个案一起保存的核查清单已损坏；请从备份恢复</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListModel</name>
    <message>
        <source>Screening result (level %1): %2</source>
        <translation type="unfinished">筛查结果（第 %1 级）：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">个案</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">核查清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">最后更改</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished">筛查结果</translation>
    </message>
</context>
<context>
    <name>lantern::CaseListWidget</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">新建个案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">打开(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">更改状态(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished">审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">导出摘要(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">导出所选个案(&amp;C)…</translation>
    </message>
    <message>
        <source>Search by case code, result or recorded text</source>
        <translation type="unfinished">按个案编号、结果或记录的文本搜索</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished">搜索个案</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">按状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">所有状态</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished">显示的个案数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">个案</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished">搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">状态(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n 个个案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::CaseRepository</name>
    <message>
        <source>the case was not saved</source>
        <translation type="unfinished">未保存个案</translation>
    </message>
    <message>
        <source>the cases could not be read</source>
        <translation type="unfinished">无法读取个案</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">未保存核查清单</translation>
    </message>
    <message>
        <source>the checklist could not be read</source>
        <translation type="unfinished">无法读取核查清单</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">未创建个案</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">未保存访谈场次</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStore</name>
    <message>
        <source>the database was not created</source>
        <translation type="unfinished">未创建数据库</translation>
    </message>
    <message>
        <source>the database was not completely created; create it again</source>
        <translation type="unfinished">数据库未完全创建；请重新创建</translation>
    </message>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">未打开数据库</translation>
    </message>
    <message>
        <source>an encrypted database needs an unlocked data key</source>
        <translation type="unfinished">加密数据库需要已解锁的数据密钥</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">这是未加密的培训数据库；它没有密码短语</translation>
    </message>
    <message>
        <source>the database was not unlocked</source>
        <translation type="unfinished">未解锁数据库</translation>
    </message>
    <message>
        <source>this database is encrypted: enter its passphrase</source>
        <translation type="unfinished">此数据库已加密：请输入其密码短语</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreContent</name>
    <message>
        <source>there is no such case in this database</source>
        <translation type="unfinished">此数据库中没有该个案</translation>
    </message>
    <message>
        <source>the checklist does not match its SHA-256; it was not stored</source>
        <translation type="unfinished">核查清单与其 SHA-256 不符；未保存</translation>
    </message>
    <message>
        <source>the checklist is not valid; it was not stored</source>
        <translation type="unfinished">核查清单无效；未保存</translation>
    </message>
    <message>
        <source>the checklist was not stored</source>
        <translation type="unfinished">未保存核查清单</translation>
    </message>
    <message>
        <source>the case&apos;s checklist is not stored in this database</source>
        <translation type="unfinished">此个案的核查清单未保存在此数据库中</translation>
    </message>
    <message>
        <source>the case was not created</source>
        <translation type="unfinished">未创建个案</translation>
    </message>
    <message>
        <source>a case code cannot be empty</source>
        <translation type="unfinished">个案编号不能为空</translation>
    </message>
    <message>
        <source>the case code was not changed</source>
        <translation type="unfinished">未更改个案编号</translation>
    </message>
    <message>
        <source>the status was not changed</source>
        <translation type="unfinished">未更改状态</translation>
    </message>
    <message>
        <source>the session was not saved</source>
        <translation type="unfinished">未保存访谈场次</translation>
    </message>
    <message>
        <source>an answer needs a question</source>
        <translation type="unfinished">回答必须对应一个问题</translation>
    </message>
    <message>
        <source>the answer was not saved</source>
        <translation type="unfinished">未保存回答</translation>
    </message>
    <message>
        <source>the answer&apos;s interview session belongs to another case</source>
        <translation type="unfinished">该回答所属的访谈场次属于另一个个案</translation>
    </message>
    <message>
        <source>the answers could not be read</source>
        <translation type="unfinished">无法读取回答</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreMaintenance</name>
    <message>
        <source>the current database could not be kept as a backup (%1); nothing was restored</source>
        <translation type="unfinished">无法将当前数据库保留为备份（%1）；未恢复任何内容</translation>
    </message>
    <message>
        <source>choose a backup file, not the database itself</source>
        <translation type="unfinished">请选择备份文件，而不是数据库本身</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished">未恢复任何内容</translation>
    </message>
    <message>
        <source>the database could not be replaced</source>
        <translation type="unfinished">无法替换数据库</translation>
    </message>
    <message>
        <source>nothing was restored (the current file is kept in the backup folder)</source>
        <translation type="unfinished">未恢复任何内容（当前文件保留在备份文件夹中）</translation>
    </message>
    <message>
        <source>this is an unencrypted training database; it has no passphrase</source>
        <translation type="unfinished">这是未加密的培训数据库；它没有密码短语</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation type="unfinished">未更改密码短语</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are missing</source>
        <translation type="unfinished">缺少数据库的密钥设置</translation>
    </message>
    <message>
        <source>an export needs a format</source>
        <translation type="unfinished">导出需要指定格式</translation>
    </message>
    <message>
        <source>the export was not recorded</source>
        <translation type="unfinished">未记录此次导出</translation>
    </message>
    <message>
        <source>the backup before upgrading the database failed (%1); the database was upgraded without it</source>
        <translation type="unfinished">升级数据库前的备份失败（%1）；数据库已在没有备份的情况下升级</translation>
    </message>
    <message>
        <source>the automatic daily backup failed: %1</source>
        <translation type="unfinished">每日自动备份失败：%1</translation>
    </message>
    <message>
        <source>%1 (a good backup from %2 can be restored)</source>
        <comment>an error that makes a database unusable, then a way out</comment>
        <translation type="unfinished">%1（可以恢复 %2 的完好备份）</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStoreSummary</name>
    <message>
        <source>the case list entry was not updated</source>
        <translation type="unfinished">未更新个案列表条目</translation>
    </message>
    <message>
        <source>the searchable answers could not be read</source>
        <translation type="unfinished">无法读取可搜索的回答</translation>
    </message>
    <message>
        <source>the searchable answers were not changed</source>
        <translation type="unfinished">未更改可搜索的回答</translation>
    </message>
</context>
<context>
    <name>lantern::CaseStudyWindow</name>
    <message>
        <source>Case study %1 — fictional</source>
        <translation type="unfinished">案例研究 %1 — 虚构</translation>
    </message>
    <message>
        <source>Case study narrative</source>
        <translation type="unfinished">案例研究叙述</translation>
    </message>
</context>
<context>
    <name>lantern::CaseSummaryRepository</name>
    <message>
        <source>the case could not be read</source>
        <translation type="unfinished">无法读取个案</translation>
    </message>
    <message>
        <source>the case list could not be read</source>
        <translation type="unfinished">无法读取个案列表</translation>
    </message>
</context>
<context>
    <name>lantern::CaseWorkspace</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">新建个案(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to case &amp;list</source>
        <translation type="unfinished">返回个案列表(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished">更改状态(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished">审计记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to case list</source>
        <translation type="unfinished">返回个案列表</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished">打开个案</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">无法打开个案：%1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">个案 %1</translation>
    </message>
    <message>
        <source>The case was not created: %1</source>
        <translation type="unfinished">未创建个案：%1</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished">未更改状态：%1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished">个案 %1 的状态已改为“%2”。</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished">无法读取审计记录：%1</translation>
    </message>
    <message>
        <source>Searchable &amp;answers…</source>
        <translation type="unfinished">可搜索的回答(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>The case list now searches the chosen answers (%n case(s) prepared).</source>
        <translation type="unfinished">
            <numerusform>个案列表现在会搜索所选的回答（已准备 %n 个个案）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowser</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished">内置</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished">1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished">%1 个问题</translation>
    </message>
    <message>
        <source>⚠ %1 — not valid, %2</source>
        <translation type="unfinished">⚠ %1 — 无效，%2</translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished">%1
%2 %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Present this checklist…</source>
        <translation type="unfinished">演示此核查清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Checklists found</source>
        <translation type="unfinished">找到的核查清单</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished">文件中发现的问题</translation>
    </message>
    <message>
        <source>No checklists were found.</source>
        <translation type="unfinished">未找到核查清单。</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">类别(&amp;R)：</translation>
    </message>
    <message>
        <source>Profile to present</source>
        <translation type="unfinished">要演示的类别</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist and cannot be used. Fix these problems and reopen this list:</source>
        <translation type="unfinished">%1 不是有效的核查清单，无法使用。请修正以下问题，然后重新打开此列表：</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistBrowserDialog</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished">核查清单</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">概览</translation>
    </message>
    <message>
        <source>Scoring in plain words</source>
        <translation type="unfinished">评分方式（通俗说明）</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">来源说明</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the checklist texts</source>
        <translation type="unfinished">核查清单文本的语言</translation>
    </message>
    <message>
        <source>Indicator strength per profile</source>
        <translation type="unfinished">各类别的指标强度</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished">概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished">问题(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished">指标(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished">评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished">来源说明(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImport</name>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation type="unfinished">%1 %2 已安装；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 %2 is already installed with different content. Give the new file a higher version number: cases started with %2 stay pinned to it.</source>
        <translation type="unfinished">已安装的 %1 %2 内容不同。请为新文件指定更高的版本号：使用 %2 开始的个案仍固定使用该版本。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already exists in the checklist folder and does not load; move it away first.</source>
        <translation type="unfinished">%1 已存在于核查清单文件夹中且无法加载；请先将其移走。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 was added to the checklist folder.</source>
        <translation type="unfinished">已将 %1 %2 添加到核查清单文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (1 problem); nothing was added.</source>
        <translation type="unfinished">%1 不是有效的核查清单（1 个问题）；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a valid checklist (%2 problems); nothing was added.</source>
        <translation type="unfinished">%1 不是有效的核查清单（%2 个问题）；未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistImportDialog</name>
    <message>
        <source>%1 (version %2) was added. It is offered when you start a new case; cases already started keep the checklist they began with.</source>
        <translation type="unfinished">已添加 %1（版本 %2）。开始新个案时可以选用；已开始的个案继续使用其开始时的核查清单。</translation>
    </message>
    <message>
        <source>%1 (version %2) is already installed with the same content. Nothing changed.</source>
        <translation type="unfinished">%1（版本 %2）已安装，且内容相同。未作任何更改。</translation>
    </message>
    <message>
        <source>This file is not a valid checklist, so it was not added. Fix the problems below (line and column in the file) and import it again.</source>
        <translation type="unfinished">此文件不是有效的核查清单，因此未添加。请修正以下问题（括号内为文件中的行号和列号），然后重新导入。</translation>
    </message>
    <message>
        <source>The checklist was not added: %1</source>
        <translation type="unfinished">未添加核查清单：%1</translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished">核查清单已导入</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation type="unfinished">核查清单未导入</translation>
    </message>
    <message>
        <source>Problems found in the checklist file</source>
        <translation type="unfinished">核查清单文件中发现的问题</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; this is not a checklist</source>
        <translation type="unfinished">文件大于 %1 MiB；这不是核查清单</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;; a name may appear only once in an object</source>
        <translation type="unfinished">成员“%1”重复；同一对象中每个名称只能出现一次</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReader</name>
    <message>
        <source>unsupported format &apos;%1&apos;; this version of Lantern reads %2</source>
        <translation type="unfinished">不支持的格式“%1”；此版本的 Lantern 可读取 %2</translation>
    </message>
    <message>
        <source>invalid checklist id &apos;%1&apos;: use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished">无效的核查清单 ID“%1”：请使用小写字母、数字、&apos;_&apos; 和 &apos;-&apos;，并以字母开头</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH, e.g. 1.0.0</source>
        <translation type="unfinished">版本“%1”不符合 MAJOR.MINOR.PATCH 格式，例如 1.0.0</translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot; or &quot;th&quot;</source>
        <translation type="unfinished">语言必须是代码，例如 &quot;en&quot; 或 &quot;th&quot;</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished">语言“%1”列出了两次</translation>
    </message>
    <message>
        <source>default_language &apos;%1&apos; is not one of the languages (%2)</source>
        <translation type="unfinished">default_language“%1”不在语言列表（%2）中</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;; first defined at {related}</source>
        <translation type="unfinished">%1 ID“%2”重复；首次定义于 {related}</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be an object keyed by language code</source>
        <translation type="unfinished">&apos;translations&apos; 必须是以语言代码为键的对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the checklist&apos;s languages</source>
        <translation type="unfinished">“%1”不是该核查清单的语言之一</translation>
    </message>
    <message>
        <source>translation status must be &quot;draft&quot; or &quot;reviewed&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished">译文状态必须为 &quot;draft&quot; 或 &quot;reviewed&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos;; expected yesno, single, multi, text, number or date</source>
        <translation type="unfinished">未知的问题类型“%1”；应为 yesno、single、multi、text、number 或 date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only allowed on number questions</source>
        <translation type="unfinished">“%1”只能用于数字（number）类型的问题</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; 大于 &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;options&apos; is only allowed on single and multi questions</source>
        <translation type="unfinished">&apos;options&apos; 只能用于 single 和 multi 类型的问题</translation>
    </message>
    <message>
        <source>missing required field &apos;options&apos; for a %1 question</source>
        <translation type="unfinished">%1 类型的问题缺少必填字段 &apos;options&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReaderScoring</name>
    <message>
        <source>unknown group &apos;%1&apos;; expected act, means or purpose</source>
        <translation type="unfinished">未知的组“%1”；应为 act、means 或 purpose</translation>
    </message>
    <message>
        <source>a threshold must be {&quot;any_of&quot;: [...]}, {&quot;count&quot;: N} or {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</source>
        <translation type="unfinished">阈值必须为 {&quot;any_of&quot;: [...]}、{&quot;count&quot;: N} 或 {&quot;weighted&quot;: {...}, &quot;min_score&quot;: N}</translation>
    </message>
    <message>
        <source>a weight must not be negative</source>
        <translation type="unfinished">权重不能为负数</translation>
    </message>
    <message>
        <source>&apos;min_score&apos; must be greater than 0</source>
        <translation type="unfinished">&apos;min_score&apos; 必须大于 0</translation>
    </message>
    <message>
        <source>a threshold alternative must be an object of minimum counts, e.g. {&quot;strong&quot;: 2}</source>
        <translation type="unfinished">阈值的条件组合必须是由最低数量构成的对象，例如 {&quot;strong&quot;: 2}</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos; in threshold; expected strong, medium, weak, medium_or_weak, strong_or_medium or any</source>
        <translation type="unfinished">阈值中有未知的强度“%1”；应为 strong、medium、weak、medium_or_weak、strong_or_medium 或 any</translation>
    </message>
    <message>
        <source>a minimum count must be a whole number of at least 1</source>
        <translation type="unfinished">最低数量必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>&apos;strength&apos; must map at least one profile id to strong, medium or weak</source>
        <translation type="unfinished">&apos;strength&apos; 必须将至少一个类别 ID 对应到 strong、medium 或 weak</translation>
    </message>
    <message>
        <source>unknown strength &apos;%1&apos;; expected strong, medium or weak</source>
        <translation type="unfinished">未知的强度“%1”；应为 strong、medium 或 weak</translation>
    </message>
    <message>
        <source>a trigger takes either &apos;any_of&apos; or &apos;min&apos;/&apos;max&apos;, not both</source>
        <translation type="unfinished">触发条件只能使用 &apos;any_of&apos; 或 &apos;min&apos;/&apos;max&apos; 其中之一，不能同时使用</translation>
    </message>
    <message>
        <source>&apos;any_of&apos; needs a single, multi or text question</source>
        <translation type="unfinished">&apos;any_of&apos; 需要 single、multi 或 text 类型的问题</translation>
    </message>
    <message>
        <source>&apos;min&apos; is greater than &apos;max&apos;</source>
        <translation type="unfinished">&apos;min&apos; 大于 &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;min&apos;/&apos;max&apos; need a number question</source>
        <translation type="unfinished">&apos;min&apos;/&apos;max&apos; 需要数字（number）类型的问题</translation>
    </message>
    <message>
        <source>a plain trigger needs a yesno question; use &apos;any_of&apos; for options</source>
        <translation type="unfinished">简单触发条件需要 yesno 类型的问题；针对选项请使用 &apos;any_of&apos;</translation>
    </message>
</context>
<context>
    <name>lantern::ChecklistReferences</name>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation type="unfinished">未知要素“%1”</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished">未知类别“%1”</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;; list it in provenance.sources</source>
        <translation type="unfinished">未知来源“%1”；请在 provenance.sources 中列出</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation type="unfinished">未知问题“%1”</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is a %2 question: %3</source>
        <translation type="unfinished">问题“%1”是 %2 类型的问题：%3</translation>
    </message>
    <message>
        <source>a text answer to match must be a string</source>
        <translation type="unfinished">要匹配的文本回答必须是字符串</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of question &apos;%2&apos;</source>
        <translation type="unfinished">“%1”不是问题“%2”的选项</translation>
    </message>
    <message>
        <source>rule reads &apos;%1&apos;, which is not a question of this checklist</source>
        <translation type="unfinished">规则读取了“%1”，但它不是此核查清单中的问题</translation>
    </message>
    <message>
        <source>outcome rule reads &apos;%1&apos;, which is not an element of this checklist</source>
        <translation type="unfinished">结果规则读取了“%1”，但它不是此核查清单中的要素</translation>
    </message>
    <message>
        <source>relevance cycle: question &apos;%1&apos; is shown only depending on its own answer (through its section&apos;s or its own rule)</source>
        <translation type="unfinished">显示条件循环：问题“%1”是否显示取决于其自身的回答（通过其所在部分的规则或其自身的规则）</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation type="unfinished">显示条件循环：%1</translation>
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
        <translation type="unfinished">适用于所有人</translation>
    </message>
    <message>
        <source>Applies when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">适用条件：%1</translation>
    </message>
    <message>
        <source>Reached in every other case</source>
        <translation type="unfinished">其他所有情况下均达到</translation>
    </message>
    <message>
        <source>Reached when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">达到条件：%1</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished">始终询问</translation>
    </message>
    <message>
        <source>Asked only when %1</source>
        <comment>%1: a rule in words</comment>
        <translation type="unfinished">仅在以下情况询问：%1</translation>
    </message>
    <message>
        <source>%1 is answered yes</source>
        <translation type="unfinished">%1 回答为“是”</translation>
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
        <translation type="unfinished">%1 包含 %2</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 包含 %2 中的任意一项</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 为 %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 为 %2 之一</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 至少为 %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 至多为 %2</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 已回答</translation>
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
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>You missed %1 (%2), which the model answer records from %3.</source>
        <translation type="unfinished">您遗漏了 %1（%2），参考答案根据 %3 记录了该指标。</translation>
    </message>
    <message>
        <source>You left %1 open: that is not a “no”, but the indicator cannot count until the question is asked.</source>
        <translation type="unfinished">您将 %1 留空：这不等于“否”，但在询问该问题之前，此指标无法计入。</translation>
    </message>
    <message>
        <source>You answered %1.</source>
        <translation type="unfinished">您的回答是 %1。</translation>
    </message>
    <message>
        <source>You recorded %1.</source>
        <translation type="unfinished">您记录的是 %1。</translation>
    </message>
    <message>
        <source>Its question was not shown on your answers, because you recorded %1 (the model answer: %2).</source>
        <translation type="unfinished">根据您的回答，其问题不会显示，因为您记录的是 %1（参考答案：%2）。</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer leaves it open (%4).</source>
        <translation type="unfinished">您根据 %3 新增了 %1（%2）；参考答案对此留空（%4）。</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer says %4.</source>
        <translation type="unfinished">您根据 %3 新增了 %1（%2）；参考答案的回答是 %4。</translation>
    </message>
    <message>
        <source>You added %1 (%2) from %3; the model answer has %4.</source>
        <translation type="unfinished">您根据 %3 新增了 %1（%2）；参考答案记录的是 %4。</translation>
    </message>
    <message>
        <source>With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.</source>
        <translation type="unfinished">根据您的回答，%1 %2（参考答案：%3），因此为“%4”，而不是“%5”。</translation>
    </message>
    <message>
        <source>Questions you left open could still decide it: %1.</source>
        <translation type="unfinished">您留空的问题仍可能决定结果：%1。</translation>
    </message>
    <message>
        <source>%1 is %2 on both sides all the same.</source>
        <translation type="unfinished">尽管如此，%1 在双方都为“%2”。</translation>
    </message>
    <message>
        <source>In %1 your result matches the model answer: %2.</source>
        <translation type="unfinished">在 %1 中，您的结果与参考答案一致：%2。</translation>
    </message>
    <message>
        <source>%1 (yours: %2, model answer: %3)</source>
        <translation type="unfinished">%1（您的答案：%2，参考答案：%3）</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 instead of %6.</source>
        <translation type="unfinished">在 %1 中，%2 的规则根据您的答案为“%3”，根据参考答案为“%4”，因此您在此处的结果是 %5，而不是 %6。</translation>
    </message>
    <message>
        <source>In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your result here is %6 instead of %7.</source>
        <translation type="unfinished">在 %1 中，%2 的规则依据 %3；根据您的答案为“%4”，根据参考答案为“%5”，因此您在此处的结果是 %6，而不是 %7。</translation>
    </message>
    <message>
        <source>In %1 so your result here is %2 instead of %3.</source>
        <translation type="unfinished">在 %1 中，因此您在此处的结果是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Depending on the questions you left open, it could still become %1.</source>
        <translation type="unfinished">取决于您留空的问题，结果仍可能变为 %1。</translation>
    </message>
    <message>
        <source>%1 (model answer: %2; yours: %3)</source>
        <translation type="unfinished">%1（参考答案：%2；您的答案：%3）</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours.</source>
        <translation type="unfinished">您与参考答案对适用哪些类别看法不同：%1 按参考答案为“%2”，但按您的答案为“%3”。</translation>
    </message>
    <message>
        <source>You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on yours, because the answers differ on %4.</source>
        <translation type="unfinished">您与参考答案对适用哪些类别看法不同：%1 按参考答案为“%2”，但按您的答案为“%3”，因为以下回答不同：%4。</translation>
    </message>
    <message>
        <source>Your answers leave that open, so it was evaluated too.</source>
        <translation type="unfinished">您的回答对此未作确定，因此也对其进行了评估。</translation>
    </message>
    <message>
        <source>Your screening result matches the model answer: %1.</source>
        <translation type="unfinished">您的筛查结果与参考答案一致：%1。</translation>
    </message>
    <message>
        <source>Your screening result is %1, where the model answer has %2.</source>
        <translation type="unfinished">您的筛查结果是 %1，而参考答案是 %2。</translation>
    </message>
    <message>
        <source>Your result is conditional: on your answers no profile surely applies.</source>
        <translation type="unfinished">您的结果是有条件的：根据您的回答，没有确定适用的类别。</translation>
    </message>
    <message>
        <source>The model answer&apos;s result is conditional: on its answers no profile surely applies.</source>
        <translation type="unfinished">参考答案的结果是有条件的：根据其回答，没有确定适用的类别。</translation>
    </message>
    <message>
        <source>Your result could still become %1, depending on the questions you left open.</source>
        <translation type="unfinished">取决于您留空的问题，您的结果仍可能变为 %1。</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">双方均没有适用的类别，因此没有可比较的要素。</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does not record.</source>
        <translation type="unfinished">
            <numerusform>参考答案记录了 %n 项指标，您发现了 %1 项，遗漏了 %2 项；另外新增了 %3 项参考答案中没有的指标。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::Connection</name>
    <message>
        <source>the database was not opened</source>
        <translation type="unfinished">未打开数据库</translation>
    </message>
    <message>
        <source>the folder for the database does not exist</source>
        <translation type="unfinished">数据库所在的文件夹不存在</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; reinstall Lantern</source>
        <translation type="unfinished">缺少 Qt 的 SQLite 驱动程序；请重新安装 Lantern</translation>
    </message>
    <message>
        <source>the database cannot use write-ahead logging here; move it to a local disk</source>
        <translation type="unfinished">数据库无法在此位置使用预写日志；请将其移到本地磁盘</translation>
    </message>
</context>
<context>
    <name>lantern::CreateDatabaseWidget</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished">创建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished">返回(&amp;K)</translation>
    </message>
    <message>
        <source>Create a case database</source>
        <translation type="unfinished">创建个案数据库</translation>
    </message>
    <message>
        <source>Cases are encrypted with a key that only this passphrase unlocks. If the passphrase is lost, the cases cannot be recovered.</source>
        <translation type="unfinished">个案使用只有此密码短语才能解锁的密钥加密。如果遗失密码短语，个案将无法恢复。</translation>
    </message>
    <message>
        <source>Database file location</source>
        <translation type="unfinished">数据库文件位置</translation>
    </message>
    <message>
        <source>Choose database location</source>
        <translation type="unfinished">选择数据库位置</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">新密码短语</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished">重复密码短语</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">密码短语强度</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished">创建数据库</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">重复密码短语(&amp;R)：</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished">正在创建…</translation>
    </message>
    <message>
        <source>Creating the database and tuning its key to this computer; this takes a few seconds.</source>
        <translation type="unfinished">正在创建数据库，并根据本机调整其密钥；这需要几秒钟。</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished">请选择数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>A file already exists at this location. Choose another name, or open the existing database instead.</source>
        <translation type="unfinished">此位置已存在文件。请另选名称，或改为打开现有数据库。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished">密码短语太短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished">两次输入的密码短语不一致。请输入相同的密码短语两次。</translation>
    </message>
    <message>
        <source>Location of the new case database</source>
        <translation type="unfinished">新个案数据库的位置</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern 数据库 (*.lantern);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseLock</name>
    <message>
        <source>the database is open in another Lantern window or process (process %1)</source>
        <translation type="unfinished">数据库已在另一个 Lantern 窗口或进程中打开（进程 %1）</translation>
    </message>
    <message>
        <source>files cannot be locked in the database&apos;s folder; move the database to a local disk</source>
        <translation type="unfinished">无法在数据库所在文件夹中锁定文件；请将数据库移到本地磁盘</translation>
    </message>
</context>
<context>
    <name>lantern::DatabaseSession</name>
    <message>
        <source>The folder %1 cannot be created; choose another location.</source>
        <translation type="unfinished">无法创建文件夹 %1；请选择其他位置。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">没有打开的数据库。</translation>
    </message>
</context>
<context>
    <name>lantern::DateAnswerEditor</name>
    <message>
        <source>YYYY-MM-DD, then press Enter</source>
        <translation type="unfinished">YYYY-MM-DD，然后按 Enter 键</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation type="unfinished">日期，格式为年-月-日</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished">请按年-月-日格式输入日期，例如 2024-03-15。</translation>
    </message>
</context>
<context>
    <name>lantern::Diagnostic</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"> （您是不是指“%1”？）</translation>
    </message>
</context>
<context>
    <name>lantern::ElementProgress</name>
    <message>
        <source>has %1 strong, %2 medium, %3 weak</source>
        <comment>indicators present, by strength</comment>
        <translation type="unfinished">有强 %1 项、中 %2 项、弱 %3 项</translation>
    </message>
    <message>
        <source>%1 more point</source>
        <translation type="unfinished">%1 分</translation>
    </message>
    <message>
        <source>%1 more points</source>
        <translation type="unfinished">%1 分</translation>
    </message>
    <message>
        <source>%1 (score %2 of the %3 needed)</source>
        <comment>%1: the indicators present, e.g. has 1 strong, 0 medium, 1 weak</comment>
        <translation type="unfinished">%1（得分 %2，需要 %3）</translation>
    </message>
    <message>
        <source>%1; needs %2, which open questions could still add</source>
        <translation type="unfinished">%1；还需：%2，尚未回答的问题仍可能补足</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation type="unfinished">%1；还需：%2</translation>
    </message>
    <message>
        <source>not weighed in this profile: none of its indicators counts here</source>
        <translation type="unfinished">此类别中不计入：其指标在此均不计入</translation>
    </message>
    <message>
        <source>%1; meets the score needed</source>
        <translation type="unfinished">%1；已达到所需得分</translation>
    </message>
    <message>
        <source>%1; meets %2</source>
        <translation type="unfinished">%1；已满足 %2</translation>
    </message>
    <message>
        <source>%1; the threshold lists no alternative</source>
        <translation type="unfinished">%1；阈值未列出任何条件组合</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished">无</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <comment>a count and the strengths it counts: 1 more medium</comment>
        <translation type="unfinished">%1 项%2</translation>
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
        <translation type="unfinished">规则的计算量过大</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparer</name>
    <message>
        <source>The model answer answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">参考答案回答了问题“%1”，但核查清单“%2”版本 %3 中没有该问题；这些回答是否针对另一份核查清单？</translation>
    </message>
    <message>
        <source>The participant&apos;s answers answers question &apos;%1&apos;, which checklist &apos;%2&apos; version %3 does not have; were they given for another checklist?</source>
        <translation type="unfinished">学员的回答回答了问题“%1”，但核查清单“%2”版本 %3 中没有该问题；这些回答是否针对另一份核查清单？</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonDialog</name>
    <message>
        <source>Exercise compared with the model answer</source>
        <translation type="unfinished">练习与参考答案的比较</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseComparisonView</name>
    <message>
        <source>&amp;Export for the trainer…</source>
        <translation type="unfinished">为培训师导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Exercise comparison</source>
        <translation type="unfinished">练习比较</translation>
    </message>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">培训 — 虚构案例研究</translation>
    </message>
    <message>
        <source>Outcome match</source>
        <translation type="unfinished">结果是否一致</translation>
    </message>
    <message>
        <source>Both outcomes</source>
        <translation type="unfinished">双方结果</translation>
    </message>
    <message>
        <source>Indicators found, missed and added</source>
        <translation type="unfinished">发现、遗漏和新增的指标</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">推理过程</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="unfinished">逐个要素</translation>
    </message>
    <message>
        <source>Why — the reasoning</source>
        <translation type="unfinished">原因 — 推理过程</translation>
    </message>
    <message>
        <source>Export for the trainer</source>
        <translation type="unfinished">为培训师导出</translation>
    </message>
    <message>
        <source>Save this comparison as an HTML report, a CSV table or JSON for the trainer</source>
        <translation type="unfinished">将此比较保存为 HTML 报告、CSV 表格或 JSON，供培训师使用</translation>
    </message>
    <message>
        <source>Case study: &lt;b&gt;%1&lt;/b&gt; · Participant: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Checklist: %3, version %4</source>
        <translation type="unfinished">案例研究：&lt;b&gt;%1&lt;/b&gt; · 学员：&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;核查清单：%3，版本 %4</translation>
    </message>
    <message>
        <source>✓ Your outcome matches the model answer</source>
        <translation type="unfinished">✓ 您的结果与参考答案一致</translation>
    </message>
    <message>
        <source>≠ Your outcome differs from the model answer</source>
        <translation type="unfinished">≠ 您的结果与参考答案不同</translation>
    </message>
    <message>
        <source>conditional: no profile surely applies</source>
        <translation type="unfinished">有条件：没有确定适用的类别</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation type="unfinished">参考答案：</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished">您的答案：</translation>
    </message>
    <message>
        <source>Yours could still become %1 once the questions you left open are asked.</source>
        <translation type="unfinished">在询问您留空的问题后，您的结果仍可能变为%1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished">或</translation>
    </message>
    <message>
        <source>✓ %1 found  ·  ✗ %2 missed  ·  + %3 added  —  of the %4 indicators in the model answer</source>
        <translation type="unfinished">✓ 发现 %1 项  ·  ✗ 遗漏 %2 项  ·  + 新增 %3 项  —  参考答案中共有 %4 项指标</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation type="unfinished">未导出比较结果：%1</translation>
    </message>
    <message>
        <source>Exported for the trainer: %1</source>
        <translation type="unfinished">已为培训师导出：%1</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseElementTree</name>
    <message>
        <source>✓ present</source>
        <translation type="unfinished">✓ 存在</translation>
    </message>
    <message>
        <source>– absent</source>
        <translation type="unfinished">– 不存在</translation>
    </message>
    <message>
        <source>? left open</source>
        <translation type="unfinished">? 留空</translation>
    </message>
    <message>
        <source>left open, not a “no”</source>
        <translation type="unfinished">留空，不等于“否”</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">回答不同</translation>
    </message>
    <message>
        <source>question not shown on your answers</source>
        <translation type="unfinished">根据您的回答，此问题不会显示</translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished">发现</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished">遗漏</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">新增</translation>
    </message>
    <message>
        <source>Elements compared</source>
        <translation type="unfinished">要素比较</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">要素</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">参考答案</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished">您的答案</translation>
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
        <translation type="unfinished">发现：参考答案和您的答案中都有的指标</translation>
    </message>
    <message>
        <source>Missed: indicators present in the model answer but not in yours</source>
        <translation type="unfinished">遗漏：参考答案中有、但您的答案中没有的指标</translation>
    </message>
    <message>
        <source>Added: indicators present in yours but not in the model answer</source>
        <translation type="unfinished">新增：您的答案中有、但参考答案中没有的指标</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">发现</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">遗漏</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">新增</translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished">适用</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">可能适用</translation>
    </message>
    <message>
        <source>Your status differs from the model answer</source>
        <translation type="unfinished">您的状态与参考答案不同</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation type="unfinished">✓ %1（%2）</translation>
    </message>
    <message>
        <source>✗ %1 (%2)</source>
        <translation type="unfinished">✗ %1（%2）</translation>
    </message>
    <message>
        <source>+ %1 (%2)</source>
        <translation type="unfinished">+ %1（%2）</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseExport</name>
    <message>
        <source>TRAINING — fictional case study</source>
        <translation type="unfinished">培训 — 虚构案例研究</translation>
    </message>
    <message>
        <source>Choose a file to export the comparison to.</source>
        <translation type="unfinished">请选择要导出比较结果的文件。</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseHtml</name>
    <message>
        <source>applies</source>
        <translation type="unfinished">适用</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>may apply (depends on open questions)</source>
        <translation type="unfinished">可能适用（取决于尚未回答的问题）</translation>
    </message>
    <message>
        <source>left open (not a “no”)</source>
        <translation type="unfinished">留空（不等于“否”）</translation>
    </message>
    <message>
        <source>answered differently</source>
        <translation type="unfinished">回答不同</translation>
    </message>
    <message>
        <source>question not shown on the participant&apos;s answers</source>
        <translation type="unfinished">根据学员的回答，此问题不会显示</translation>
    </message>
    <message>
        <source>%1 — conditional: no profile surely applies</source>
        <comment>%1: a result</comment>
        <translation type="unfinished">%1 — 有条件：没有确定适用的类别</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished">✓ 相同</translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished">不同</translation>
    </message>
    <message>
        <source>Model answer: %1 · Participant: %2 · %3</source>
        <comment>%3: whether the two are the same</comment>
        <translation type="unfinished">参考答案：%1 · 学员：%2 · %3</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation type="unfinished">✓ 发现</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished">✗ 遗漏</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished">+ 新增</translation>
    </message>
    <message>
        <source>No indicator of this element is present on either side.</source>
        <translation type="unfinished">双方均没有此要素的指标。</translation>
    </message>
    <message>
        <source>(✓ matches)</source>
        <translation type="unfinished">（✓ 一致）</translation>
    </message>
    <message>
        <source>(≠ differs)</source>
        <translation type="unfinished">（≠ 不同）</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished">类别：%1</translation>
    </message>
    <message>
        <source>Model answer: %1; participant: %2.</source>
        <translation type="unfinished">参考答案：%1；学员：%2。</translation>
    </message>
    <message>
        <source>Result here — model answer: %1; participant: %2 %3</source>
        <comment>%3: whether they match</comment>
        <translation type="unfinished">此处结果 — 参考答案：%1；学员：%2 %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished">要素</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished">参考答案</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished">学员</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished">发现</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">遗漏</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">新增</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">推理过程</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished">不同的回答</translation>
    </message>
    <message>
        <source>The participant gave the same answers as the model answer.</source>
        <translation type="unfinished">学员的回答与参考答案相同。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <source>(left open)</source>
        <translation type="unfinished">（留空）</translation>
    </message>
    <message>
        <source>Exercise comparison — %1</source>
        <translation type="unfinished">练习比较 — %1</translation>
    </message>
    <message>
        <source>%1. Not a real person; for the workshop only.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1。非真实人物；仅供研讨会使用。</translation>
    </message>
    <message>
        <source>Exercise comparison: %1</source>
        <translation type="unfinished">练习比较：%1</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">案例研究</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">核查清单</translation>
    </message>
    <message>
        <source>%1 (%2 version %3)</source>
        <comment>a checklist&apos;s title, id and version</comment>
        <translation type="unfinished">%1（%2 版本 %3）</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">已导出</translation>
    </message>
    <message>
        <source>✓ The outcome matches the model answer</source>
        <translation type="unfinished">✓ 结果与参考答案一致</translation>
    </message>
    <message>
        <source>≠ The outcome differs from the model answer</source>
        <translation type="unfinished">≠ 结果与参考答案不同</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation type="unfinished">参考答案：%1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished">学员：%1</translation>
    </message>
    <message>
        <source>Indicators: ✓ %1 found · ✗ %2 missed · + %3 added</source>
        <translation type="unfinished">指标：✓ 发现 %1 项 · ✗ 遗漏 %2 项 · + 新增 %3 项</translation>
    </message>
    <message>
        <source>No profile applies on either side, so there are no elements to compare.</source>
        <translation type="unfinished">双方均没有适用的类别，因此没有可比较的要素。</translation>
    </message>
    <message>
        <source>%1. A screening exercise, not an identification. Exported by Lantern.</source>
        <comment>%1: the training mark</comment>
        <translation type="unfinished">%1。这是筛查练习，不是身份识别。由 Lantern 导出。</translation>
    </message>
</context>
<context>
    <name>lantern::ExerciseText</name>
    <message>
        <source>no result yet</source>
        <translation type="unfinished">尚无结果</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">尚未询问</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title or answer quoted</comment>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">强</translation>
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
        <translation type="unfinished">适用</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>may apply</source>
        <translation type="unfinished">可能适用</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a strength: 2 medium</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation type="unfinished">无指标</translation>
    </message>
    <message numerus="yes">
        <source>%1 indicator</source>
        <comment>%1: e.g. 1 strong</comment>
        <translation type="unfinished">
            <numerusform>指标：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 indicators</source>
        <comment>%1: e.g. 1 strong and 2 medium</comment>
        <translation type="unfinished">
            <numerusform>指标：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished">
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished">%1和%2</translation>
    </message>
</context>
<context>
    <name>lantern::ExportActions</name>
    <message>
        <source>E&amp;xport summary…</source>
        <translation type="unfinished">导出摘要(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished">打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Export selected &amp;cases…</source>
        <translation type="unfinished">导出所选个案(&amp;C)…</translation>
    </message>
    <message>
        <source>The summary of case %1 was exported to %2.</source>
        <translation type="unfinished">个案 %1 的摘要已导出到 %2。</translation>
    </message>
    <message>
        <source>The summary could not be prepared: %1</source>
        <translation type="unfinished">无法准备摘要：%1</translation>
    </message>
    <message>
        <source>1 case exported to %1.</source>
        <translation type="unfinished">已将 1 个个案导出到 %1。</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation type="unfinished">已将 %1 个个案导出到 %2。</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation type="unfinished">未选择个案。</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">无法打开个案：%1</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCaseDialog</name>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">包括个案工作者备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export summary of case %1</source>
        <translation type="unfinished">导出个案 %1 的摘要</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF 文档</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished">HTML 页面</translation>
    </message>
    <message>
        <source>JSON (everything the case holds)</source>
        <translation type="unfinished">JSON（个案的全部内容）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">格式</translation>
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
        <translation type="unfinished">纸张大小</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">包括个案工作者备注</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished">输出文件</translation>
    </message>
    <message>
        <source>Where to save the summary</source>
        <translation type="unfinished">摘要的保存位置</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished">选择输出文件</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished">纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation type="unfinished">请选择摘要的保存位置。</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">数据库已锁定；请解锁后再导出。</translation>
    </message>
    <message>
        <source>The summary was not exported: %1</source>
        <translation type="unfinished">未导出摘要：%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished">HTML 页面 (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation type="unfinished">摘要另存为</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Second language (&amp;bilingual summary):</source>
        <translation type="unfinished">第二语言（双语摘要）(&amp;B)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">无</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation type="unfinished">%1（译文草稿）</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished">摘要的语言</translation>
    </message>
    <message>
        <source>Second language (bilingual summary)</source>
        <translation type="unfinished">第二语言（双语摘要）</translation>
    </message>
    <message>
        <source>Every question, answer option, title and advice shows in this language too, below the first.</source>
        <translation type="unfinished">每个问题、回答选项、标题和建议也会以此语言显示在第一语言下方。</translation>
    </message>
</context>
<context>
    <name>lantern::ExportCasesDialog</name>
    <message>
        <source>Include &amp;free text (text answers and notes)</source>
        <translation type="unfinished">包括自由文本（文本回答和备注）(&amp;F)</translation>
    </message>
    <message>
        <source>Include caseworker &amp;notes</source>
        <translation type="unfinished">包括个案工作者备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export 1 case</source>
        <translation type="unfinished">导出 1 个个案</translation>
    </message>
    <message>
        <source>Export %1 cases</source>
        <translation type="unfinished">导出 %1 个个案</translation>
    </message>
    <message>
        <source>CSV table (one file)</source>
        <translation type="unfinished">CSV 表格（单个文件）</translation>
    </message>
    <message>
        <source>JSON table (one file)</source>
        <translation type="unfinished">JSON 表格（单个文件）</translation>
    </message>
    <message>
        <source>PDF summaries (a new folder)</source>
        <translation type="unfinished">PDF 摘要（新建文件夹）</translation>
    </message>
    <message>
        <source>HTML summaries (a new folder)</source>
        <translation type="unfinished">HTML 摘要（新建文件夹）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">格式</translation>
    </message>
    <message>
        <source>Include free text</source>
        <translation type="unfinished">包括自由文本</translation>
    </message>
    <message>
        <source>Include caseworker notes</source>
        <translation type="unfinished">包括个案工作者备注</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation type="unfinished">输出文件或文件夹</translation>
    </message>
    <message>
        <source>The file, or the new folder, to write</source>
        <translation type="unfinished">要写入的文件或新文件夹</translation>
    </message>
    <message>
        <source>Choose the output file or folder</source>
        <translation type="unfinished">选择输出文件或文件夹</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished">另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Select the cases to export in the case list.</source>
        <translation type="unfinished">请在个案列表中选择要导出的个案。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">请选择导出内容的保存位置。</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to export.</source>
        <translation type="unfinished">数据库已锁定；请解锁后再导出。</translation>
    </message>
    <message>
        <source>Exporting %1 selected cases…</source>
        <translation type="unfinished">正在导出 %1 个所选个案…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">取消(&amp;C)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">导出进度</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>The cases were not exported: %1</source>
        <translation type="unfinished">未导出个案：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation type="unfinished">表格另存为</translation>
    </message>
    <message>
        <source>Name of the new folder for the summaries</source>
        <translation type="unfinished">存放摘要的新文件夹名称</translation>
    </message>
</context>
<context>
    <name>lantern::FieldReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">应为对象</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished">未知字段“%1”</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished">缺少必填字段“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished">“%1”必须是字符串</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished">“%1”不能为空</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished">无效的 ID“%1”：请使用小写字母、数字和 &apos;_&apos;，并以字母开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished">“%1”必须为 true 或 false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished">“%1”必须是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of at least %2</source>
        <translation type="unfinished">“%1”必须是不小于 %2 的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished">“%1”必须是数组</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a locale map such as {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished">“%1”必须是语言映射，例如 {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>empty locale map &apos;%1&apos;; give the text in at least the default language</source>
        <translation type="unfinished">语言映射“%1”为空；请至少提供默认语言的文本</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not listed in &quot;languages&quot;</source>
        <translation type="unfinished">语言“%1”未在 &quot;languages&quot; 中列出</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text must be a non-empty string</source>
        <translation type="unfinished">“%1”文本必须是非空字符串</translation>
    </message>
    <message>
        <source>locale map &apos;%1&apos; lacks the default language &apos;%2&apos;</source>
        <translation type="unfinished">语言映射“%1”缺少默认语言“%2”</translation>
    </message>
</context>
<context>
    <name>lantern::FileSync</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished">无法读取文件</translation>
    </message>
    <message>
        <source>the file could not be written (check that its folder is writable)</source>
        <translation type="unfinished">无法写入文件（请检查其所在文件夹是否可写）</translation>
    </message>
    <message>
        <source>the copy could not be written completely (is the disk full?)</source>
        <translation type="unfinished">未能完整写入副本（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>lantern::HtmlReportWriter</name>
    <message>
        <source>[not translated — %1]</source>
        <translation type="unfinished">[未翻译 — %1]</translation>
    </message>
    <message>
        <source>[not translated into %1]</source>
        <translation type="unfinished">[无 %1 译文]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">备注：%1</translation>
    </message>
    <message>
        <source>Indicators present: %1</source>
        <translation type="unfinished">存在的指标：%1</translation>
    </message>
    <message>
        <source>; counting open questions, up to: %1</source>
        <translation type="unfinished">；若计入尚未回答的问题，最高可达：%1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished">应采取的行动：</translation>
    </message>
    <message>
        <source>Indicators counted</source>
        <translation type="unfinished">计入的指标</translation>
    </message>
    <message>
        <source>Indicators still open</source>
        <translation type="unfinished">仍未确定的指标</translation>
    </message>
    <message>
        <source>Questions that could decide this element</source>
        <translation type="unfinished">可能决定此要素的问题</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation type="unfinished">（当前：%1）</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation type="unfinished">类别：%1 — %2</translation>
    </message>
    <message>
        <source>Whether it applies depends on: %1</source>
        <translation type="unfinished">是否适用取决于：%1</translation>
    </message>
    <message>
        <source>Result in this profile:</source>
        <translation type="unfinished">此类别中的结果：</translation>
    </message>
    <message>
        <source>none reached yet</source>
        <translation type="unfinished">尚未达到任何结果</translation>
    </message>
    <message>
        <source>; could still become: %1</source>
        <translation type="unfinished">；仍可能变为：%1</translation>
    </message>
    <message>
        <source>Answers by section</source>
        <translation type="unfinished">按部分列出的回答</translation>
    </message>
    <message>
        <source>Caseworker notes are not included in this summary.</source>
        <translation type="unfinished">本摘要不包括个案工作者备注。</translation>
    </message>
    <message>
        <source>No answers recorded yet.</source>
        <translation type="unfinished">尚未记录任何回答。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">回答</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>(kept; question no longer applies, not counted)</source>
        <translation type="unfinished">（已保留；该问题已不再适用，不计入）</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished">访谈场次</translation>
    </message>
    <message>
        <source>No interview session recorded.</source>
        <translation type="unfinished">未记录任何访谈场次。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished">口译员</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">访谈语言</translation>
    </message>
    <message>
        <source>%1; caseworker&apos;s interface: %2</source>
        <translation type="unfinished">%1；个案工作者界面：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished">未结束</translation>
    </message>
    <message>
        <source>%1, an unreviewed draft translation</source>
        <translation type="unfinished">%1（未经审校的译文草稿）</translation>
    </message>
    <message>
        <source>This summary is in two languages: each checklist text shows in %1, and below it in %2.</source>
        <translation type="unfinished">本摘要为双语：核查清单的每段文本先以 %1 显示，其下方再以 %2 显示。</translation>
    </message>
    <message>
        <source>The checklist&apos;s texts are in %1.</source>
        <translation type="unfinished">核查清单的文本语言为 %1。</translation>
    </message>
    <message>
        <source>A draft translation has not been checked by a native speaker: read it with care.</source>
        <translation type="unfinished">译文草稿尚未经母语人士审校：请谨慎阅读。</translation>
    </message>
    <message>
        <source>%1 marks a text the checklist does not have in that language; its text in the language named is shown instead (&quot;%2&quot;: the line above is all there is).</source>
        <translation type="unfinished">%1 表示核查清单没有该语言的文本，因此改为显示所注明语言的文本（“%2”：表示只有上一行的内容）。</translation>
    </message>
    <message>
        <source>%1; second language: %2</source>
        <translation type="unfinished">%1；第二语言：%2</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <source>Screening result: %1</source>
        <translation type="unfinished">筛查结果：%1</translation>
    </message>
    <message>
        <source>(level %1)</source>
        <translation type="unfinished">（第 %1 级）</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation type="unfinished">有条件：</translation>
    </message>
    <message>
        <source>the result depends on open questions; see the notes.</source>
        <translation type="unfinished">结果取决于尚未回答的问题；请参阅备注。</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished">建议：%1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">个案</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">个案编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">最后更改</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">核查清单</translation>
    </message>
    <message>
        <source>Checklist id and version</source>
        <translation type="unfinished">核查清单 ID 和版本</translation>
    </message>
    <message>
        <source>Checklist SHA-256</source>
        <translation type="unfinished">核查清单 SHA-256</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">已导出</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished">个案摘要 %1</translation>
    </message>
    <message>
        <source>TRAINING — fictional case. Not a real person.</source>
        <translation type="unfinished">培训 — 虚构个案。非真实人物。</translation>
    </message>
    <message>
        <source>How the result was reached</source>
        <translation type="unfinished">结果是如何得出的</translation>
    </message>
    <message>
        <source>Exported %1 by Lantern.</source>
        <translation type="unfinished">由 Lantern 于 %1 导出。</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewText</name>
    <message>
        <source>answered</source>
        <translation type="unfinished">已回答</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">不详</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation type="unfinished">拒绝回答</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished">未询问</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished">尚未询问</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished">以上都不是</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished">本人陈述</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">观察所见</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished">文件资料</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">第三方</translation>
    </message>
</context>
<context>
    <name>lantern::InterviewWidget</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished">访谈</translation>
    </message>
</context>
<context>
    <name>lantern::IntervieweeBlock</name>
    <message>
        <source>For the interviewee · %1</source>
        <translation type="unfinished">给受访者 · %1</translation>
    </message>
    <message>
        <source>⚠ not all translated — some text in %1</source>
        <translation type="unfinished">⚠ 未完全翻译 — 部分文本为%1</translation>
    </message>
    <message>
        <source>draft translation, not reviewed</source>
        <translation type="unfinished">译文草稿，未经审校</translation>
    </message>
    <message>
        <source>Question for the interviewee in %1: %2</source>
        <translation type="unfinished">以%1向受访者提出的问题：%2</translation>
    </message>
</context>
<context>
    <name>lantern::JsonLogic</name>
    <message>
        <source>not enough memory to evaluate the rule</source>
        <translation type="unfinished">内存不足，无法计算规则</translation>
    </message>
    <message>
        <source>the rule could not be evaluated</source>
        <translation type="unfinished">无法计算规则</translation>
    </message>
</context>
<context>
    <name>lantern::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished">文件为空；应为 JSON 对象</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished">JSON 文档结束后出现意外的文本</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished">嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished">文件意外结束；应为值</translation>
    </message>
    <message>
        <source>expected a value; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">应为值；JSON 中不允许尾随逗号</translation>
    </message>
    <message>
        <source>invalid value; JSON writes true, false and null in lower case, and text in double quotes</source>
        <translation type="unfinished">无效的值；JSON 中 true、false 和 null 须为小写，文本须用双引号括起</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished">应为值（对象、数组、字符串、数字、true、false 或 null）</translation>
    </message>
    <message>
        <source>invalid literal; expected %1 (JSON text values need double quotes)</source>
        <translation type="unfinished">无效的字面量；应为 %1（JSON 的文本值需要用双引号括起）</translation>
    </message>
    <message>
        <source>invalid number; leading zeros are not allowed</source>
        <translation type="unfinished">无效的数字；不允许前导零</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished">无效的数字</translation>
    </message>
    <message>
        <source>invalid number; expected digits after the decimal point</source>
        <translation type="unfinished">无效的数字；小数点后应有数字</translation>
    </message>
    <message>
        <source>invalid number; expected digits in the exponent</source>
        <translation type="unfinished">无效的数字；指数部分应有数字</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished">数字过大</translation>
    </message>
    <message>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation type="unfinished">无效的 \u 转义；应为四位十六进制数字</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished">字符串未结束</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in string</source>
        <translation type="unfinished">字符串中有无效的转义序列 &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished">\u 转义中有未配对的代理项</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string; save the file as UTF-8</source>
        <translation type="unfinished">字符串中有无效的 UTF-8；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos;</source>
        <translation type="unfinished">字符串未结束；缺少结尾的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>unterminated string; expected a closing &apos;&quot;&apos; before the end of the line</source>
        <translation type="unfinished">字符串未结束；行尾之前缺少结尾的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation type="unfinished">字符串中有控制字符；请写成转义形式，例如 \t</translation>
    </message>
    <message>
        <source>expected a member name; a trailing comma is not allowed in JSON</source>
        <translation type="unfinished">应为成员名称；JSON 中不允许尾随逗号</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished">应为用双引号括起的成员名称</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished">成员名称后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;}&apos;</source>
        <translation type="unfinished">文件意外结束；应为 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation type="unfinished">对象成员后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;]&apos;</source>
        <translation type="unfinished">文件意外结束；应为 &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation type="unfinished">数组元素后应为 &apos;,&apos; 或 &apos;]&apos;</translation>
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
        <translation type="unfinished">Lantern 被隐藏，因此已锁定。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>闲置 %n 分钟后已锁定。</numerusform>
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
        <translation type="unfinished">已隐藏。按 F12 可再次显示 Lantern。</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished">数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished">打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation type="unfinished">撤销回答(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation type="unfinished">重做回答(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">个案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">视图(&amp;V)</translation>
    </message>
    <message>
        <source>The database last used, %1, is no longer there. Create a new one or open another.</source>
        <translation type="unfinished">上次使用的数据库 %1 已不存在。请新建数据库或打开其他数据库。</translation>
    </message>
    <message>
        <source>The database was not created: %1</source>
        <translation type="unfinished">未创建数据库：%1</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished">打开个案数据库</translation>
    </message>
    <message>
        <source>Lantern databases (*.lantern);;All files (*)</source>
        <translation type="unfinished">Lantern 数据库 (*.lantern);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This database cannot be opened: %1</source>
        <translation type="unfinished">无法打开此数据库：%1</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished">恢复最近一次完好的备份</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished">请输入数据库的密码短语。</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation type="unfinished">未解锁：%1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished">此数据库还没有备份。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">从备份恢复</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? The current file is kept as a backup first.</source>
        <translation type="unfinished">要用备份 %1 替换数据库吗？当前文件会先保存为备份。</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">备份已恢复。请使用创建该备份时数据库所用的密码短语解锁。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">未恢复备份：%1</translation>
    </message>
    <message>
        <source>Lantern — TRAINING (fictional cases)</source>
        <translation type="unfinished">Lantern — 培训（虚构个案）</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished">核查清单(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse checklists…</source>
        <translation type="unfinished">浏览核查清单(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Present a checklist…</source>
        <translation type="unfinished">演示核查清单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a checklist…</source>
        <translation type="unfinished">导入核查清单(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished">导入核查清单</translation>
    </message>
    <message>
        <source>Lantern checklists (*.json);;All files (*)</source>
        <translation type="unfinished">Lantern 核查清单 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished">培训(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the training workspace</source>
        <translation type="unfinished">打开培训工作区(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset the training workspace…</source>
        <translation type="unfinished">重置培训工作区(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start an exercise…</source>
        <translation type="unfinished">开始练习(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the &amp;case study</source>
        <translation type="unfinished">显示案例研究(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with the model answer</source>
        <translation type="unfinished">与参考答案比较(&amp;C)</translation>
    </message>
    <message>
        <source>This case cannot be compared with the model answer: %1</source>
        <translation type="unfinished">无法将此个案与参考答案比较：%1</translation>
    </message>
    <message>
        <source>the worked example</source>
        <translation type="unfinished">示例</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished">已锁定。</translation>
    </message>
    <message>
        <source>The training workspace could not be created: %1</source>
        <translation type="unfinished">无法创建培训工作区：%1</translation>
    </message>
    <message>
        <source>Reset the training workspace</source>
        <translation type="unfinished">重置培训工作区</translation>
    </message>
    <message>
        <source>Put the training workspace back to its case studies as shipped? Every exercise and change made in it is deleted. Real case databases are not touched.</source>
        <translation type="unfinished">要将培训工作区恢复为随附的原始案例研究吗？其中的所有练习和更改都将被删除。真实的个案数据库不受影响。</translation>
    </message>
    <message>
        <source>The training workspace was not reset: %1</source>
        <translation type="unfinished">未重置培训工作区：%1</translation>
    </message>
    <message>
        <source>The training workspace was reset to its case studies.</source>
        <translation type="unfinished">培训工作区已重置为原始案例研究。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished">关于 Lantern(&amp;A)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">重试</translation>
    </message>
</context>
<context>
    <name>lantern::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">消息</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished">关闭消息</translation>
    </message>
</context>
<context>
    <name>lantern::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">新建个案</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished">%1（版本 %2）%3</translation>
    </message>
    <message>
        <source>, from your folder</source>
        <translation type="unfinished">，来自您的文件夹</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">核查清单</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished">个案编号</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation type="unfinished">开始个案(&amp;S)</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation type="unfinished">开始个案</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">核查清单(&amp;C)：</translation>
    </message>
    <message>
        <source>Case &amp;code:</source>
        <translation type="unfinished">个案编号(&amp;C)：</translation>
    </message>
    <message>
        <source>The code is generated; change it to match your own file numbers if you like. Do not put names or other identifying details in it.</source>
        <translation type="unfinished">编号为自动生成；如有需要，可改为与您自己的档案编号一致。请勿在其中填写姓名或其他可识别身份的信息。</translation>
    </message>
    <message>
        <source>No valid checklist was found. Check the checklist folder in Settings.</source>
        <translation type="unfinished">未找到有效的核查清单。请在“设置”中检查核查清单文件夹。</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation type="unfinished">请选择核查清单。</translation>
    </message>
    <message>
        <source>Enter a case code.</source>
        <translation type="unfinished">请输入个案编号。</translation>
    </message>
    <message>
        <source>Another case already has the code %1; choose a different one.</source>
        <translation type="unfinished">已有其他个案使用编号 %1；请另选一个。</translation>
    </message>
</context>
<context>
    <name>lantern::NoteSourceEditor</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished">备注：</translation>
    </message>
    <message>
        <source>Optional note for this answer</source>
        <translation type="unfinished">此回答的备注（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished">来源：</translation>
    </message>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished">回答的来源</translation>
    </message>
</context>
<context>
    <name>lantern::NumberAnswerEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished">数字</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished">%1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation type="unfinished">数字，至少为 %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation type="unfinished">数字，最多为 %1</translation>
    </message>
    <message>
        <source>Enter a number, for example 42.</source>
        <translation type="unfinished">请输入数字，例如 42。</translation>
    </message>
</context>
<context>
    <name>lantern::OperatorTable</name>
    <message>
        <source>unsupported operator &apos;%1&apos;</source>
        <translation type="unfinished">不支持的运算符“%1”</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least 1 argument</source>
        <translation type="unfinished">运算符“%1”至少需要 1 个参数</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at least %2 arguments</source>
        <translation type="unfinished">运算符“%1”至少需要 %2 个参数</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes 1 argument</source>
        <translation type="unfinished">运算符“%1”需要 1 个参数</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 arguments</source>
        <translation type="unfinished">运算符“%1”需要 %2 个参数</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most 1 argument</source>
        <translation type="unfinished">运算符“%1”最多接受 1 个参数</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes at most %2 arguments</source>
        <translation type="unfinished">运算符“%1”最多接受 %2 个参数</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 or %3 arguments</source>
        <translation type="unfinished">运算符“%1”需要 %2 或 %3 个参数</translation>
    </message>
    <message>
        <source>operator &apos;%1&apos; takes %2 to %3 arguments</source>
        <translation type="unfinished">运算符“%1”需要 %2 到 %3 个参数</translation>
    </message>
    <message>
        <source>rule nested too deeply</source>
        <translation type="unfinished">规则嵌套过深</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeEvaluator</name>
    <message>
        <source>Outcome &apos;%1&apos; of profile &apos;%2&apos; reads %3 undetermined elements, too many to try every combination; it is treated as undetermined.</source>
        <translation type="unfinished">类别“%2”的结果“%1”读取了 %3 个未确定的要素，数量过多，无法逐一尝试所有组合；该结果视为未确定。</translation>
    </message>
    <message>
        <source>The rule of outcome &apos;%1&apos; in profile &apos;%2&apos; could not be evaluated (%3); it is treated as undetermined.</source>
        <translation type="unfinished">无法计算类别“%2”中结果“%1”的规则（%3）；该结果视为未确定。</translation>
    </message>
</context>
<context>
    <name>lantern::OutcomeReasons</name>
    <message>
        <source>%1 is %2</source>
        <comment>an element and its status: X is met</comment>
        <translation type="unfinished">%1为“%2”</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1和%2</translation>
    </message>
    <message>
        <source>Reached: it applies whenever no outcome before it is reached.</source>
        <translation type="unfinished">已达到：在之前的结果均未达到时适用。</translation>
    </message>
    <message>
        <source>Reached because %1.</source>
        <translation type="unfinished">已达到，因为%1。</translation>
    </message>
    <message>
        <source>Reached: its rule holds on the element statuses.</source>
        <translation type="unfinished">已达到：根据各要素的状态，其规则成立。</translation>
    </message>
    <message>
        <source>Not reached because %1.</source>
        <translation type="unfinished">未达到，因为%1。</translation>
    </message>
    <message>
        <source>Not reached: its rule does not hold on the element statuses.</source>
        <translation type="unfinished">未达到：根据各要素的状态，其规则不成立。</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open (%1).</source>
        <translation type="unfinished">仍可能达到：取决于尚未确定的要素（%1）。</translation>
    </message>
    <message>
        <source>Could still be reached: it depends on elements still open.</source>
        <translation type="unfinished">仍可能达到：取决于尚未确定的要素。</translation>
    </message>
</context>
<context>
    <name>lantern::PdfReportWriter</name>
    <message>
        <source>Case %1 · exported %2 · page %3 of %4</source>
        <translation type="unfinished">个案 %1 · 导出于 %2 · 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <source>TRAINING — fictional case · </source>
        <translation type="unfinished">培训 — 虚构个案 · </translation>
    </message>
</context>
<context>
    <name>lantern::PresenterSlide</name>
    <message>
        <source>strong</source>
        <translation type="unfinished">强</translation>
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
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">未回答</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">不满足</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished">未确定</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished">无需判定</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation type="unfinished">幻灯片标题</translation>
    </message>
</context>
<context>
    <name>lantern::PresenterWindow</name>
    <message>
        <source>Lantern — presentation</source>
        <translation type="unfinished">Lantern — 演示</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished">幻灯片</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">步骤</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished">没有可演示的内容</translation>
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
        <translation type="unfinished">核查清单</translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished">要素</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished">类别</translation>
    </message>
    <message>
        <source>Verified against its sources.</source>
        <translation type="unfinished">已对照来源核实。</translation>
    </message>
    <message>
        <source>Not verified against its sources as a whole.</source>
        <translation type="unfinished">整体上未对照来源核实。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">来源：%1</translation>
    </message>
    <message>
        <source>Not yet verified:</source>
        <translation type="unfinished">尚未核实：</translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <comment>a list item: the kind of part (element, indicator, ...), its title and its id</comment>
        <translation type="unfinished">- %1 %2（%3）</translation>
    </message>
    <message>
        <source>%1, source: %2, %3</source>
        <comment>%3: where in the source, e.g. p. 4</comment>
        <translation type="unfinished">%1，来源：%2，%3</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished">%1，来源：%2</translation>
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
        <translation type="unfinished">问题</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionTree</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">必答</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished">敏感</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished">提问条件</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished">部分和问题</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished">是 / 否</translation>
    </message>
    <message>
        <source>one of %1 options</source>
        <translation type="unfinished">单选（%1 个选项）</translation>
    </message>
    <message>
        <source>any of %1 options</source>
        <translation type="unfinished">多选（%1 个选项）</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">文本</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>number, %1 to %2</source>
        <translation type="unfinished">数字，%1 到 %2</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">数字</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">必答</translation>
    </message>
    <message>
        <source>⚠ sensitive</source>
        <translation type="unfinished">⚠ 敏感</translation>
    </message>
    <message>
        <source>Handle with care; never shown when presenting</source>
        <translation type="unfinished">请谨慎处理；演示时绝不显示</translation>
    </message>
</context>
<context>
    <name>lantern::QuestionView</name>
    <message>
        <source>required</source>
        <translation type="unfinished">必答</translation>
    </message>
    <message>
        <source>sensitive — ask gently</source>
        <translation type="unfinished">敏感 — 请温和地提问</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished">未翻译</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished">提问</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation type="unfinished">提问 · %1</translation>
    </message>
    <message>
        <source>Question %1: %2 (required)</source>
        <translation type="unfinished">问题 %1：%2（必答）</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished">问题 %1：%2</translation>
    </message>
    <message>
        <source>Interviewer note:</source>
        <translation type="unfinished">访谈人员提示：</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished">可接受的回答：</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished">供您参考</translation>
    </message>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished">供访谈人员参考</translation>
    </message>
</context>
<context>
    <name>lantern::QuickHide</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation type="unfinished">快速隐藏(&amp;Q)</translation>
    </message>
    <message>
        <source>Blank the window at once; press F12 again to show it</source>
        <translation type="unfinished">立即隐藏窗口；再次按 F12 可显示</translation>
    </message>
</context>
<context>
    <name>lantern::Relevance</name>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished">问题“%1”</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished">部分“%1”</translation>
    </message>
    <message>
        <source>The relevance of %1 depends on itself; it is shown and treated as undetermined.</source>
        <translation type="unfinished">%1的显示条件取决于其自身；该项照常显示，并视为未确定。</translation>
    </message>
    <message>
        <source>The relevance rule of question &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">无法计算问题“%1”的显示条件规则（%2）；该问题照常显示，并视为未确定。</translation>
    </message>
    <message>
        <source>The relevance rule of section &apos;%1&apos; could not be evaluated (%2); it is shown and treated as undetermined.</source>
        <translation type="unfinished">无法计算部分“%1”的显示条件规则（%2）；该部分照常显示，并视为未确定。</translation>
    </message>
</context>
<context>
    <name>lantern::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database file is kept as a backup first, so nothing is lost. A backup opens with the passphrase the database had when the backup was taken.</source>
        <translation type="unfinished">请选择要恢复的备份。当前数据库文件会先保存为备份，因此不会丢失任何内容。备份需使用创建该备份时数据库所用的密码短语打开。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished">备份</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">恢复(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 backup, %3</source>
        <translation type="unfinished">%1 — %2备份，%3</translation>
    </message>
</context>
<context>
    <name>lantern::RuleAnalyser</name>
    <message>
        <source>variable name must be a literal string</source>
        <translation type="unfinished">变量名必须是字面字符串</translation>
    </message>
    <message>
        <source>the rule could not be analysed</source>
        <translation type="unfinished">无法分析规则</translation>
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
        <translation type="unfinished">%1 大于 %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished">%1 至少为 %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished">%1 小于 %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished">%1 至多为 %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished">%1 不是 %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished">%1 为 %2</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>an option label quoted</comment>
        <translation type="unfinished">‘%1’</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">不满足</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">真</translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished">假</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">无回答</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished">无</translation>
    </message>
    <message>
        <source>%1 (or %2 when unanswered)</source>
        <translation type="unfinished">%1（未回答时为 %2）</translation>
    </message>
    <message>
        <source>the largest of %1</source>
        <translation type="unfinished">%1 中的最大值</translation>
    </message>
    <message>
        <source>the smallest of %1</source>
        <translation type="unfinished">%1 中的最小值</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation type="unfinished">减去 %1</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation type="unfinished">%1 为“是”</translation>
    </message>
    <message>
        <source>%1 has an option chosen</source>
        <translation type="unfinished">%1 已选择选项</translation>
    </message>
    <message>
        <source>%1 is a number other than 0</source>
        <translation type="unfinished">%1 为非 0 的数字</translation>
    </message>
    <message>
        <source>%1 is answered</source>
        <translation type="unfinished">%1 已回答</translation>
    </message>
    <message>
        <source>%1 is more than %2 and less than %3</source>
        <translation type="unfinished">%1 大于 %2 且小于 %3</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3</source>
        <translation type="unfinished">%1 在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 is met</source>
        <translation type="unfinished">%1满足</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1不满足</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished">%1 包含 %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished">%1 为 %2 之一</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished">%1 包含 %2</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished">%1 属于 %2</translation>
    </message>
    <message>
        <source>%1 includes all of %2</source>
        <translation type="unfinished">%1 包含 %2 中的全部</translation>
    </message>
    <message>
        <source>%1 includes any of %2</source>
        <translation type="unfinished">%1 包含 %2 中的任意一项</translation>
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
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>a sensitive question</source>
        <translation type="unfinished">一个敏感问题</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">从不</translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished">始终</translation>
    </message>
    <message>
        <source>, and </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">，且</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between groups of conditions</comment>
        <translation type="unfinished">；或</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation type="unfinished">且</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between conditions</comment>
        <translation type="unfinished">或</translation>
    </message>
    <message>
        <source>%1 is not met</source>
        <translation type="unfinished">%1不满足</translation>
    </message>
    <message>
        <source>%1 is not yes</source>
        <translation type="unfinished">%1 不为“是”</translation>
    </message>
    <message>
        <source>%1 has no option chosen</source>
        <translation type="unfinished">%1 未选择任何选项</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished">%1 未回答</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished">非 %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished">非（%1）</translation>
    </message>
    <message>
        <source>if %1, then %2</source>
        <translation type="unfinished">如果%1，则%2</translation>
    </message>
    <message>
        <source>else if %1, then %2</source>
        <translation type="unfinished">否则如果%1，则%2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation type="unfinished">否则%1</translation>
    </message>
    <message>
        <source>fewer than %1 of %2 are answered</source>
        <translation type="unfinished">%2 中已回答的少于 %1 个</translation>
    </message>
    <message>
        <source>%1 is unanswered</source>
        <translation type="unfinished">%1 未回答</translation>
    </message>
    <message>
        <source>any of %1 is unanswered</source>
        <translation type="unfinished">%1 中有任意一项未回答</translation>
    </message>
</context>
<context>
    <name>lantern::SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished">保存状态</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished">✓ 已保存</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished">✓ 已保存 %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished">⚠ 未保存：%1</translation>
    </message>
</context>
<context>
    <name>lantern::Scorer</name>
    <message>
        <source>The &apos;applies&apos; rule of profile &apos;%1&apos; could not be evaluated (%2); its applicability is treated as undetermined.</source>
        <translation type="unfinished">无法计算类别“%1”的 &apos;applies&apos; 规则（%2）；其是否适用视为未确定。</translation>
    </message>
    <message>
        <source>The result of profile &apos;%1&apos; could still become more serious (%2), depending on open questions.</source>
        <translation type="unfinished">根据尚未回答的问题，类别“%1”的结果仍可能变得更严重（%2）。</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; may also apply (depending on: %2); if it does, its result &apos;%3&apos; is more serious.</source>
        <translation type="unfinished">类别“%1”也可能适用（取决于：%2）；如适用，其结果“%3”更为严重。</translation>
    </message>
    <message>
        <source>Whether profile &apos;%1&apos; applies depends on open questions: %2. It was evaluated anyway.</source>
        <translation type="unfinished">类别“%1”是否适用取决于尚未回答的问题：%2。仍已对其进行评估。</translation>
    </message>
    <message>
        <source>No profile applies to these answers, so there is no overall result.</source>
        <translation type="unfinished">没有适用于这些回答的类别，因此没有总体结果。</translation>
    </message>
    <message>
        <source>No profile has reached a result yet: every outcome still depends on open questions.</source>
        <translation type="unfinished">尚无任何类别达到结果：每个结果仍取决于尚未回答的问题。</translation>
    </message>
    <message>
        <source>No profile surely applies: the overall result is conditional on the open questions that decide which profile applies.</source>
        <translation type="unfinished">没有确定适用的类别：总体结果是有条件的，取决于决定适用哪个类别的尚未回答的问题。</translation>
    </message>
    <message>
        <source>The rule of indicator &apos;%1&apos; could not be evaluated (%2); it is treated as open.</source>
        <translation type="unfinished">无法计算指标“%1”的规则（%2）；该指标视为尚未确定。</translation>
    </message>
</context>
<context>
    <name>lantern::ScriptFontsWidget</name>
    <message>
        <source>Every script Lantern&apos;s users read, in the font this computer draws it with</source>
        <translation type="unfinished">Lantern 用户所读的每种文字，以本机显示该文字所用的字体呈现</translation>
    </message>
    <message>
        <source>%1 — no font</source>
        <translation type="unfinished">%1 — 无字体</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>drawn as boxes: %1</source>
        <translation type="unfinished">显示为方框：%1</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswers</name>
    <message>
        <source>its summary was not stored</source>
        <translation type="unfinished">未保存该个案的摘要</translation>
    </message>
    <message>
        <source>%1 of %2 cases could not be prepared for the new search (%3); each is prepared when next opened</source>
        <translation type="unfinished">%2 个个案中有 %1 个未能为新的搜索做好准备（%3）；这些个案将在下次打开时分别准备</translation>
    </message>
</context>
<context>
    <name>lantern::SearchableAnswersDialog</name>
    <message>
        <source>Searchable answers</source>
        <translation type="unfinished">可搜索的回答</translation>
    </message>
    <message>
        <source>The case list finds a case by its code and its outcome, and by its answers to the questions ticked here. Those answers stay encrypted in the database; while it is unlocked they are held in memory for searching. Questions the checklist marks sensitive are never searchable.</source>
        <translation type="unfinished">个案列表按个案编号和结果查找个案，也按个案对此处勾选的问题所作的回答查找。这些回答在数据库中始终加密保存；数据库解锁期间，这些回答会保存在内存中以供搜索。核查清单标记为敏感的问题始终不可搜索。</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished">%1（版本 %2）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">核查清单</translation>
    </message>
    <message>
        <source>Questions whose answers the case list searches</source>
        <translation type="unfinished">个案列表搜索其回答的问题</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">应用(&amp;A)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished">使用默认设置(&amp;D)</translation>
    </message>
    <message>
        <source>The answers to text questions that are not marked sensitive</source>
        <translation type="unfinished">未标记为敏感的文本问题的回答</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished">核查清单(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 — sensitive, never searchable</source>
        <translation type="unfinished">%1 — 敏感，始终不可搜索</translation>
    </message>
</context>
<context>
    <name>lantern::SectionNavigator</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished">部分</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation type="unfinished">Ctrl+Page Down 和 Ctrl+Page Up 可在各部分之间切换</translation>
    </message>
    <message>
        <source>not asked on the answers so far</source>
        <translation type="unfinished">根据目前的回答，无需询问</translation>
    </message>
    <message>
        <source>✓ all %1 answered</source>
        <translation type="unfinished">✓ 全部 %1 个问题已回答</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">已回答 %1/%2</translation>
    </message>
</context>
<context>
    <name>lantern::SessionBar</name>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished">使用了口译员(&amp;I)</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished">访谈场次状态</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished">使用了口译员</translation>
    </message>
    <message>
        <source>Interview &amp;language:</source>
        <translation type="unfinished">访谈语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">访谈语言</translation>
    </message>
    <message>
        <source>The language the interview is held in (a language code such as th)</source>
        <translation type="unfinished">访谈所用的语言（语言代码，例如 th）</translation>
    </message>
    <message>
        <source>Start or pause the interview session</source>
        <translation type="unfinished">开始或暂停本场访谈</translation>
    </message>
    <message>
        <source>Sessions cannot be recorded: no case database is open.</source>
        <translation type="unfinished">无法记录访谈场次：没有打开的个案数据库。</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished">开始本场访谈(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions are not recorded for this view.</source>
        <translation type="unfinished">此视图不记录访谈场次。</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation type="unfinished">暂停本场访谈(&amp;P)</translation>
    </message>
    <message>
        <source>Session %1 running since %2</source>
        <translation type="unfinished">第 %1 场访谈，自 %2 起进行中</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation type="unfinished">继续本场访谈(&amp;R)</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished">尚未记录任何访谈场次。</translation>
    </message>
    <message>
        <source>Paused — 1 session so far.</source>
        <translation type="unfinished">已暂停 — 目前共 1 场访谈。</translation>
    </message>
    <message>
        <source>Paused — %1 sessions so far.</source>
        <translation type="unfinished">已暂停 — 目前共 %1 场访谈。</translation>
    </message>
</context>
<context>
    <name>lantern::SettingsDialog</name>
    <message>
        <source>Lock when Lantern is &amp;minimised or hidden</source>
        <translation type="unfinished">Lantern 最小化或隐藏时锁定(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">从不</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished">无操作达指定分钟数后锁定</translation>
    </message>
    <message>
        <source>Lock when minimised or hidden</source>
        <translation type="unfinished">最小化或隐藏时锁定</translation>
    </message>
    <message>
        <source>Folder of your own checklists</source>
        <translation type="unfinished">您自己的核查清单所在的文件夹</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"> pt</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation type="unfinished">桌面默认值</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation type="unfinished">界面字号</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose checklist folder</source>
        <translation type="unfinished">选择核查清单文件夹</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished">无操作后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Checklist folder:</source>
        <translation type="unfinished">核查清单文件夹(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished">字号(&amp;F)：</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished">跟随桌面设置</translation>
    </message>
    <message>
        <source>%1 — draft translation</source>
        <translation type="unfinished">%1 — 译文草稿</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">界面语言</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished">并排</translation>
    </message>
    <message>
        <source>One above the other</source>
        <translation type="unfinished">上下排列</translation>
    </message>
    <message>
        <source>Bilingual questions</source>
        <translation type="unfinished">双语问题</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"> %</translation>
    </message>
    <message>
        <source>Interviewee&apos;s text size</source>
        <translation type="unfinished">受访者文本字号</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished">界面语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Bilingual &amp;questions:</source>
        <translation type="unfinished">双语问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Interviewee&apos;s text size:</source>
        <translation type="unfinished">受访者文本字号(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>lantern::Sodium</name>
    <message>
        <source>the encryption library could not be started</source>
        <translation type="unfinished">无法启动加密库</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished">密码短语错误</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">密码短语为空</translation>
    </message>
    <message>
        <source>the database&apos;s key settings are damaged</source>
        <translation type="unfinished">数据库的密钥设置已损坏</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation type="unfinished">数据库已锁定</translation>
    </message>
    <message>
        <source>stored data failed its integrity check (tampered or damaged)</source>
        <translation type="unfinished">已保存的数据未通过完整性检查（已被篡改或损坏）</translation>
    </message>
    <message>
        <source>there is not enough memory for the database&apos;s encryption; close other programs and try again</source>
        <translation type="unfinished">内存不足，无法进行数据库加密；请关闭其他程序后重试</translation>
    </message>
</context>
<context>
    <name>lantern::StartExerciseDialog</name>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished">开始练习</translation>
    </message>
    <message>
        <source>Read the case study, then interview with the checklist as you would at work. When you are done, compare your answers with the model answer.</source>
        <translation type="unfinished">请阅读案例研究，然后像在工作中一样使用核查清单进行访谈。完成后，将您的回答与参考答案进行比较。</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished">案例研究</translation>
    </message>
    <message>
        <source>e.g. Group 3, or your first name</source>
        <translation type="unfinished">例如“第 3 组”或您的名字</translation>
    </message>
    <message>
        <source>Participant or group</source>
        <translation type="unfinished">学员或小组</translation>
    </message>
    <message>
        <source>Case &amp;study:</source>
        <translation type="unfinished">案例研究(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Participant or group:</source>
        <translation type="unfinished">学员或小组(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">开始(&amp;S)</translation>
    </message>
    <message>
        <source>Topic: %1 · checklist %2 %3</source>
        <translation type="unfinished">主题：%1 · 核查清单 %2 %3</translation>
    </message>
    <message>
        <source>No case studies are installed.</source>
        <translation type="unfinished">未安装任何案例研究。</translation>
    </message>
    <message>
        <source>Enter a name or group, so the trainer can tell the exercises apart.</source>
        <translation type="unfinished">请输入名字或小组，以便培训师区分各份练习。</translation>
    </message>
    <message>
        <source>%1 has already started this case study; choose another name.</source>
        <translation type="unfinished">%1 已开始此案例研究；请另选一个名字。</translation>
    </message>
</context>
<context>
    <name>lantern::StartWidget</name>
    <message>
        <source>&amp;Create a new case database…</source>
        <translation type="unfinished">创建新的个案数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished">打开现有数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;training workspace</source>
        <translation type="unfinished">打开培训工作区(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished">欢迎使用 Lantern</translation>
    </message>
    <message>
        <source>Lantern keeps screening cases in an encrypted database on this computer. Nothing is sent anywhere. To begin, create a database protected by a passphrase, or open one you already have.</source>
        <translation type="unfinished">Lantern 将筛查个案保存在本机上的加密数据库中，不会向任何地方发送数据。开始使用时，请创建一个受密码短语保护的数据库，或打开已有的数据库。</translation>
    </message>
    <message>
        <source>Trainers and workshop participants: the training workspace holds fictional case studies only. It is not encrypted and is clearly marked; never enter a real person&apos;s case there.</source>
        <translation type="unfinished">培训师和研讨会学员请注意：培训工作区只包含虚构的案例研究。它未加密且有明确标记；切勿在其中输入真实人物的个案。</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation type="unfinished">打开培训工作区</translation>
    </message>
    <message>
        <source>Create a new case database</source>
        <translation type="unfinished">创建新的个案数据库</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished">打开现有数据库</translation>
    </message>
</context>
<context>
    <name>lantern::StatusDialog</name>
    <message>
        <source>Change status of case %1</source>
        <translation type="unfinished">更改个案 %1 的状态</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished">新状态</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished">更改原因</translation>
    </message>
    <message>
        <source>Why the status changes, e.g. &quot;referred to the national referral mechanism&quot;</source>
        <translation type="unfinished">状态更改的原因，例如“已转介至国家转介机制”</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished">更改状态(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation type="unfinished">请选择与当前状态不同的状态。</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the case&apos;s audit trail.</source>
        <translation type="unfinished">请填写原因：它将保存在个案的审计记录中。</translation>
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
        <translation type="unfinished">磁盘已满</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation type="unfinished">无法打开数据库文件（请检查其所在文件夹是否存在且可写）</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished">计算机内存不足</translation>
    </message>
    <message>
        <source>the database reported an unexpected problem (code %1)</source>
        <translation type="unfinished">数据库报告了意外问题（代码 %1）</translation>
    </message>
    <message>
        <source>this file is not a Lantern database</source>
        <translation type="unfinished">此文件不是 Lantern 数据库</translation>
    </message>
    <message>
        <source>this database was made by a newer version of Lantern (schema %1); update Lantern to open it</source>
        <translation type="unfinished">此数据库由较新版本的 Lantern 创建（架构 %1）；请更新 Lantern 后再打开</translation>
    </message>
    <message>
        <source>the database is in a read-only location</source>
        <translation type="unfinished">数据库位于只读位置</translation>
    </message>
    <message>
        <source>the database is open in another Lantern window or process</source>
        <translation type="unfinished">数据库已在另一个 Lantern 窗口或进程中打开</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation type="unfinished">数据库文件已损坏；请从备份恢复</translation>
    </message>
    <message>
        <source>there is no database at this path</source>
        <translation type="unfinished">此路径下没有数据库</translation>
    </message>
    <message>
        <source>a file already exists at this path</source>
        <translation type="unfinished">此路径下已存在文件</translation>
    </message>
    <message>
        <source>the database is locked: unlock it first</source>
        <translation type="unfinished">数据库已锁定：请先解锁</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished">无法读取或写入磁盘</translation>
    </message>
</context>
<context>
    <name>lantern::StrengthTableModel</name>
    <message>
        <source>■■■ strong</source>
        <translation type="unfinished">■■■ 强</translation>
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
        <translation type="unfinished">此类别中不计入</translation>
    </message>
    <message>
        <source>Indicator, by element</source>
        <translation type="unfinished">指标（按要素）</translation>
    </message>
</context>
<context>
    <name>lantern::SummaryPreview</name>
    <message>
        <source>Print preview of case %1</source>
        <translation type="unfinished">个案 %1 的打印预览</translation>
    </message>
</context>
<context>
    <name>lantern::TextAnswerEditor</name>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished">输入回答，然后按 Enter 键</translation>
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
            <numerusform>%n 项%1指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 indicators</source>
        <comment>%1: the strengths counted, e.g. medium or weak</comment>
        <translation type="unfinished">
            <numerusform>%n 项%1指标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two parts of a list</comment>
        <translation type="unfinished">%1和%2</translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished">强</translation>
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
        <translation type="unfinished">中或弱</translation>
    </message>
    <message>
        <source>strong or medium</source>
        <translation type="unfinished">强或中</translation>
    </message>
    <message>
        <source>of any strength</source>
        <translation type="unfinished">任意强度</translation>
    </message>
    <message>
        <source>no indicator at all</source>
        <translation type="unfinished">完全没有指标</translation>
    </message>
    <message>
        <source>%1 of any strength</source>
        <translation type="unfinished">任意强度 %1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator of any strength</source>
        <translation type="unfinished">
            <numerusform>任意强度的指标 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators of any strength</source>
        <translation type="unfinished">
            <numerusform>任意强度的指标 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished">共 %1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator in all</source>
        <translation type="unfinished">
            <numerusform>共 %n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators in all</source>
        <translation type="unfinished">
            <numerusform>共 %n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a strength and its weight: strong 3</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no strength carries a weight</source>
        <translation type="unfinished">没有任何强度带有权重</translation>
    </message>
    <message>
        <source>Met when the weights of the indicators present add up to at least %1 (%2)</source>
        <comment>%1: the score needed; %2: the weights, e.g. strong 3, medium 2, weak 1</comment>
        <translation type="unfinished">当存在的指标权重之和至少达到 %1 时满足（%2）</translation>
    </message>
    <message>
        <source>Never met: the threshold lists no alternative</source>
        <translation type="unfinished">永不满足：阈值未列出任何条件组合</translation>
    </message>
    <message>
        <source>Met with %1</source>
        <comment>%1: the alternatives, e.g. 2 strong indicators; or 1 strong and 1 medium or weak</comment>
        <translation type="unfinished">满足条件：%1</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between the alternatives of a threshold</comment>
        <translation type="unfinished">；或</translation>
    </message>
</context>
<context>
    <name>lantern::TrainingBanner</name>
    <message>
        <source>TRAINING — fictional cases · not encrypted · never enter a real person&apos;s case here</source>
        <translation type="unfinished">培训 — 虚构个案 · 未加密 · 切勿在此输入真实人物的个案</translation>
    </message>
    <message>
        <source>Training workspace: fictional cases only</source>
        <translation type="unfinished">培训工作区：仅限虚构个案</translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished">打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished">新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Unlock the case database</source>
        <translation type="unfinished">解锁个案数据库</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished">数据库名称</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation type="unfinished">数据库文件夹</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">密码短语</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">解锁</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished">打开其他数据库</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished">创建新数据库</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">从备份恢复</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">位于 %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">正在解锁…</translation>
    </message>
</context>
</TS>
