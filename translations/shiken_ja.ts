<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>Mock exam</source>
        <translation>模擬試験</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>Weak-area drill</source>
        <translation>弱点ドリル</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>ドリル</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>正解数</translation>
    </message>
</context>
<context>
    <name>AttemptReport</name>
    <message>
        <source>Results: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Estimated scaled score: %1 (%2)</source>
        <translation>推定スケールスコア: %1 (%2)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 of %2 correct · passing score %3 · time used %4 · %5</source>
        <translation>%2 問中 %1 問正解 · 合格スコア %3 · 所要時間 %4 · %5</translation>
    </message>
    <message>
        <source>The scaled score is an estimate: AWS does not publish how the real exam scales scores.</source>
        <translation>スケールスコアは推定値です。本番の試験でのスコアの換算方法は AWS から公開されていません。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Domain %1: %2</source>
        <translation>第 %1 分野: %2</translation>
    </message>
    <message>
        <source>Meets competencies</source>
        <translation>コンピテンシーを満たしている</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>改善が必要</translation>
    </message>
    <message>
        <source>Score per domain</source>
        <translation>分野ごとのスコア</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>問題 %1</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>第 %1 分野</translation>
    </message>
    <message>
        <source>Shiken results</source>
        <translation>Shiken の結果</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>%1 をコピーできません: %2</translation>
    </message>
    <message>
        <source>the copy of %1 failed its check: %2</source>
        <translation>%1 のコピーが検査に合格しませんでした: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できません</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a readable SQLite database</source>
        <translation>読み込める SQLite データベースではありません</translation>
    </message>
    <message>
        <source>it failed its integrity check: %1</source>
        <translation>整合性チェックに失敗しました: %1</translation>
    </message>
    <message>
        <source>not a Shiken database</source>
        <translation>Shiken のデータベースではありません</translation>
    </message>
    <message>
        <source>written by a newer version of Shiken</source>
        <translation>新しいバージョンの Shiken で書かれています</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 は復元できません: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 を %2 にコピーできません</translation>
    </message>
</context>
<context>
    <name>BankOverviewPage</name>
    <message>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>配点</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題数</translation>
    </message>
    <message>
        <source>No exam in the database</source>
        <translation>データベースに試験がありません</translation>
    </message>
    <message>
        <source>Domain %1: %2</source>
        <translation>第 %1 分野: %2</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>タスク %1: %2</translation>
    </message>
    <message>
        <source>A mock exam has %1 questions and lasts %2 minutes; the passing score is %3 on a scale of %4–%5.</source>
        <translation>模擬試験は %1 問、試験時間は %2 分で、合格スコアは %4～%5 のスケールで %3 です。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) in the bank.</source>
        <translation>
            <numerusform>問題バンクには %Ln 問あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them suspended: left out of exams and drills until you unsuspend them (Browse Questions lists them).</source>
        <translation>
            <numerusform>うち %Ln 問は出題停止中で、停止を解除するまで試験とドリルには出題されません (「問題の閲覧」に一覧があります)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankReader</name>
    <message>
        <source>line %1, column %2: invalid JSON: %3</source>
        <translation>%1 行 %2 列: JSON が正しくありません: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>ファイルには JSON オブジェクトを 1 つだけ記述してください</translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation>不明なフィールドです (綴りを確認してください)</translation>
    </message>
    <message>
        <source>must be an object with &quot;en&quot; and &quot;ja&quot; texts</source>
        <translation>&quot;en&quot; と &quot;ja&quot; のテキストを持つオブジェクトにしてください</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>ないか、空です</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>空でない文字列にしてください</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数にしてください</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot; にしてください</translation>
    </message>
    <message>
        <source>must match [a-z0-9][a-z0-9-]*</source>
        <translation>[a-z0-9][a-z0-9-]* の形式にしてください</translation>
    </message>
    <message>
        <source>must list at least one domain</source>
        <translation>分野を 1 つ以上記述してください</translation>
    </message>
    <message>
        <source>missing or not unique</source>
        <translation>ないか、重複しています</translation>
    </message>
    <message>
        <source>must list at least one task statement</source>
        <translation>タスクステートメントを 1 つ以上記述してください</translation>
    </message>
    <message>
        <source>the weights add up to %1, not 100</source>
        <translation>配点の合計が 100 ではなく %1 です</translation>
    </message>
    <message>
        <source>missing, not unique or not of the form [a-z0-9][a-z0-9-]*</source>
        <translation>ないか、重複しているか、[a-z0-9][a-z0-9-]* の形式ではありません</translation>
    </message>
    <message>
        <source>no domain &quot;%1&quot; in exam %2</source>
        <translation>試験 %2 に分野 &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>no task &quot;%1&quot; in exam %2</source>
        <translation>試験 %2 にタスク &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>task %1 belongs to domain %2, not %3</source>
        <translation>タスク %1 は第 %3 分野ではなく第 %2 分野のものです</translation>
    </message>
    <message>
        <source>must list at least one topic</source>
        <translation>トピックを 1 つ以上記述してください</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; is listed twice</source>
        <translation>トピック &quot;%1&quot; が 2 回記述されています</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot; (not in topics.json)</source>
        <translation>不明なトピック &quot;%1&quot; です (topics.json にありません)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (keys A, B, C, ... in order)</source>
        <translation>&quot;%1&quot; にしてください (キーは A、B、C… の順です)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true か false にしてください</translation>
    </message>
    <message>
        <source>only multiple-response questions have &quot;select&quot;</source>
        <translation>&quot;select&quot; を持てるのは複数選択問題だけです</translation>
    </message>
    <message>
        <source>a single-answer question has exactly 4 choices, not %1</source>
        <translation>単一選択問題の選択肢はちょうど 4 つです (%1 つではありません)</translation>
    </message>
    <message>
        <source>a single-answer question has exactly 1 correct choice, not %1</source>
        <translation>単一選択問題の正解はちょうど 1 つです (%1 つではありません)</translation>
    </message>
    <message>
        <source>a multiple-response question has 5 to %1 choices, not %2</source>
        <translation>複数選択問題の選択肢は 5～%1 個です (%2 個ではありません)</translation>
    </message>
    <message>
        <source>select is %1 but %2 choices are correct</source>
        <translation>select は %1 ですが、正解の選択肢は %2 つです</translation>
    </message>
    <message>
        <source>must be &quot;single&quot; or &quot;multiple&quot;</source>
        <translation>&quot;single&quot; か &quot;multiple&quot; にしてください</translation>
    </message>
    <message>
        <source>must not say how many choices to pick: the application adds that from &quot;select&quot;</source>
        <translation>選ぶ数を書かないでください。アプリケーションが &quot;select&quot; から表示します</translation>
    </message>
    <message>
        <source>must list at least one reference</source>
        <translation>参考資料を 1 つ以上記述してください</translation>
    </message>
    <message>
        <source>must be an https:// address</source>
        <translation>https:// のアドレスにしてください</translation>
    </message>
    <message>
        <source>no exam blueprint &quot;%1&quot;</source>
        <translation>試験ブループリント &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>must be a list of questions</source>
        <translation>問題のリストにしてください</translation>
    </message>
    <message>
        <source>every entry must be a question object</source>
        <translation>各要素は問題のオブジェクトにしてください</translation>
    </message>
    <message>
        <source>used twice in this file</source>
        <translation>このファイル内で 2 回使われています</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>no exam blueprint found</source>
        <translation>試験ブループリントが見つかりません</translation>
    </message>
    <message>
        <source>exam id &quot;%1&quot; is used twice</source>
        <translation>試験 ID &quot;%1&quot; が 2 回使われています</translation>
    </message>
    <message>
        <source>already used in %1</source>
        <translation>%1 で既に使われています</translation>
    </message>
    <message>
        <source>a question with this id already exists</source>
        <translation>この ID の問題は既にあります</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>2 回指定されています</translation>
    </message>
    <message>
        <source>must be an object with an &quot;en&quot; or &quot;ja&quot; text</source>
        <translation>&quot;en&quot; または &quot;ja&quot; のテキストを持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>テキストでなければなりません</translation>
    </message>
    <message>
        <source>needs a text in English or Japanese</source>
        <translation>英語か日本語のテキストが必要です</translation>
    </message>
    <message>
        <source>the stem has no text in this language</source>
        <translation>問題文にこの言語のテキストがありません</translation>
    </message>
    <message>
        <source>must be a list of topics</source>
        <translation>トピックのリストでなければなりません</translation>
    </message>
    <message>
        <source>a question has 2 to %1 choices, not %2</source>
        <translation>選択肢は 2〜%1 個です (%2 個ではありません)</translation>
    </message>
    <message>
        <source>a multiple-response question has 3 to %1 choices, not %2</source>
        <translation>複数回答の問題の選択肢は 3〜%1 個です (%2 個ではありません)</translation>
    </message>
    <message>
        <source>must be a list of references</source>
        <translation>参考資料のリストでなければなりません</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>The search failed: %1</source>
        <translation>検索できませんでした: %1</translation>
    </message>
    <message>
        <source>The bank holds no questions.</source>
        <translation>問題バンクに問題がありません。</translation>
    </message>
    <message>
        <source>No question contains %1.</source>
        <translation>%1 を含む問題はありません。</translation>
    </message>
    <message>
        <source>More than %1 questions.</source>
        <translation>%1 問を超えています。</translation>
    </message>
    <message>
        <source>Browse Questions</source>
        <translation>問題の閲覧</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Words in English or Japanese; &quot;a phrase&quot;</source>
        <translation>英語または日本語の語句。&quot;語句&quot; で連続した語句を検索</translation>
    </message>
    <message>
        <source>Both lan&amp;guages</source>
        <translation>両方の言語(&amp;G)</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Domain %1: %2</source>
        <translation>第 %1 分野: %2</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべてのトピック</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>分野(&amp;D):</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>トピック(&amp;O):</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>すべてのタスク</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>タスク %1: %2</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべての入手元</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>Practise These Questions</source>
        <translation>見つかった問題で練習</translation>
    </message>
    <message>
        <source>A session of the questions found, those you have not answered for longest first (never answered ones before all others). Suspended and retired questions are left out.</source>
        <translation>見つかった問題でセッションを始めます。最後に解答してから最も時間がたった問題から出題します (未解答の問題が最優先)。出題停止中の問題と廃止された問題は除きます。</translation>
    </message>
    <message>
        <source>Practice (each answer checked at once)</source>
        <translation>練習 (1 問ごとに正誤を確認)</translation>
    </message>
    <message>
        <source>Drill (each answer checked at once, counted as a drill)</source>
        <translation>ドリル (1 問ごとに正誤を確認し、ドリルとして記録)</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>問題数(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Every question found is suspended or retired.</source>
        <translation>見つかった問題はすべて出題停止中か廃止済みです。</translation>
    </message>
    <message>
        <source>Include &amp;retired</source>
        <translation>廃止された問題も含める(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>形式(&amp;Y):</translation>
    </message>
    <message>
        <source>Diff&amp;iculty:</source>
        <translation>難易度(&amp;I):</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>入手元(&amp;C):</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての形式</translation>
    </message>
    <message>
        <source>Single answer</source>
        <translation>単一選択</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>複数選択</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>すべての難易度</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>易しい</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <source>Never answered</source>
        <translation>未解答</translation>
    </message>
    <message>
        <source>Last answer wrong</source>
        <translation>前回不正解</translation>
    </message>
    <message>
        <source>Missed at least (times):</source>
        <translation>不正解の回数が次以上:</translation>
    </message>
    <message numerus="yes">
        <source>Leeches (missed %n times or more)</source>
        <translation>
            <numerusform>苦手な問題 (%n 回以上不正解)</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>復習期限が来ている</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>ブックマーク済み</translation>
    </message>
    <message>
        <source>With a note</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>出題停止中</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 回</translation>
    </message>
    <message>
        <source>&amp;Practise These…</source>
        <translation>これらで練習(&amp;P)…</translation>
    </message>
    <message>
        <source>Start a practice session or a drill with the questions found</source>
        <translation>見つかった問題で練習またはドリルを始めます</translation>
    </message>
    <message>
        <source>Bank order</source>
        <translation>問題バンクの順</translation>
    </message>
    <message>
        <source>%1, ascending</source>
        <translation>%1 (昇順)</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1 (降順)</translation>
    </message>
    <message>
        <source>Ord&amp;er:</source>
        <translation>並べ替え(&amp;E):</translation>
    </message>
    <message>
        <source>No question matches these filters.</source>
        <translation>この条件に合う問題はありません。</translation>
    </message>
    <message>
        <source>No question with these filters contains %1.</source>
        <translation>この条件の問題に「%1」を含むものはありません。</translation>
    </message>
    <message>
        <source>The questions found</source>
        <translation>見つかった問題</translation>
    </message>
    <message>
        <source>E&amp;xport These…</source>
        <translation>これらをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the questions found for Moodle, a spreadsheet, Anki or another Shiken</source>
        <translation>見つかった問題を Moodle、表計算ソフト、Anki、別の Shiken 向けに書き出します</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s).</source>
        <translation>
            <numerusform>%Ln 問</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>&lt;path&gt; のデータベースを使います。</translation>
    </message>
    <message>
        <source>Interface language: en or ja.</source>
        <translation>表示言語: en または ja。</translation>
    </message>
    <message>
        <source>shiken: unknown command &quot;%1&quot;</source>
        <translation>shiken: 不明なコマンド &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>the bundled question bank is invalid: %1</source>
        <translation>同梱の問題バンクが正しくありません: %1</translation>
    </message>
    <message>
        <source>cannot bring the bundled questions into %1: %2</source>
        <translation>同梱の問題を %1 に取り込めません: %2</translation>
    </message>
    <message>
        <source>the file was left as it is</source>
        <translation>ファイルは変更していません</translation>
    </message>
    <message>
        <source>Checks question files: the bundled bank when no path is given.</source>
        <translation>問題ファイルを検査します。パスを指定しないときは同梱の問題バンクを検査します。</translation>
    </message>
    <message>
        <source>Question files, or folders of them.</source>
        <translation>問題ファイル、またはそれを含むフォルダー。</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルやフォルダーはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n 件のエラーが見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) valid</source>
        <translation>
            <numerusform>%n 問は正しい形式です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Question files to import.</source>
        <translation>インポートする問題ファイル。</translation>
    </message>
    <message>
        <source>name at least one question file</source>
        <translation>問題ファイルを 1 つ以上指定してください</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) found</source>
        <translation>
            <numerusform>何もインポートしませんでした: %n 件のエラーが見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>何もインポートしませんでした</translation>
    </message>
    <message numerus="yes">
        <source>imported %n question(s)</source>
        <translation>
            <numerusform>%n 問をインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the history and the mastery per domain, task and topic.</source>
        <translation>履歴と、分野・タスク・トピックごとの習熟度を表示します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>The exam (default: soa-c03).</source>
        <translation>試験 (既定値: soa-c03)。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>想定外の引数 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>no exam &quot;%1&quot; in the database</source>
        <translation>データベースに試験 &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>問題数: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (%2 submitted)</source>
        <translation>受験回数: %1 (提出済み %2)</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>データ不足</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>解答数</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正解数</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>習熟度</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>answer lengths (%1): single answer (%2): the key is the 1st, 2nd, 3rd, ... longest choice in %3 (each at most %4); multiple response (%5): the correct set is the longest choices in %6, its commonest length ranks (%7) in %8 (each at most %9)</source>
        <translation>選択肢の長さ (%1): 単一回答 (%2 問) で正解が 1 番目、2 番目、3 番目…に長い選択肢である割合は %3 (それぞれ上限 %4)。複数回答 (%5 問) で正解の組が最も長い選択肢の組である割合は %6、最も多い長さの順位の組 (%7) は %8 (それぞれ上限 %9)</translation>
    </message>
    <message>
        <source>answer lengths (%1): too many single-answer keys are the choice of length rank %2 (%3): %4</source>
        <translation>選択肢の長さ (%1): 正解が長さ %2 番目の選択肢になっている単一回答の問題が多すぎます (%3): %4</translation>
    </message>
    <message>
        <source>answer lengths (%1): too many correct sets are the longest choices (%2): %3</source>
        <translation>選択肢の長さ (%1): 正解の組が最も長い選択肢の組になっている複数回答の問題が多すぎます (%2): %3</translation>
    </message>
    <message>
        <source>answer lengths (%1): too many correct sets hold the choices of length ranks %2 (%3): %4</source>
        <translation>選択肢の長さ (%1): 正解の組が長さの順位 %2 の選択肢になっている複数回答の問題が多すぎます (%3): %4</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>%1 にデータベースはありません</translation>
    </message>
    <message>
        <source>%1 is in use by another Shiken; close it and try again</source>
        <translation>%1 は別の Shiken が使用中です。閉じてからもう一度実行してください</translation>
    </message>
    <message>
        <source>%1 is open in Shiken (%2); close it and try again</source>
        <translation>%1 は Shiken (%2) で開かれています。閉じてからもう一度実行してください</translation>
    </message>
    <message>
        <source>Writes a consistent, checked copy of the database: into the backups folder beside it, or to the file given with --to.</source>
        <translation>データベースの一貫した、検査済みのコピーを書き出します。書き出し先は、データベースと同じ場所の backups フォルダー、または --to で指定したファイルです。</translation>
    </message>
    <message>
        <source>Write the copy to &lt;file&gt; (it must not exist).</source>
        <translation>コピーを &lt;file&gt; に書き出します (既存のファイルは不可)。</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written</source>
        <translation>%1 はすでに存在します。何も書き出していません</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>%1 を %2 にバックアップしました</translation>
    </message>
    <message>
        <source>Replaces the database with a backup. The current database is kept beside it, renamed to &lt;name&gt;.before-restore-&lt;time&gt;.</source>
        <translation>データベースをバックアップで置き換えます。現在のデータベースは &lt;名前&gt;.before-restore-&lt;日時&gt; に名前を変えて同じ場所に残します。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>復元するバックアップ。</translation>
    </message>
    <message>
        <source>name one backup file</source>
        <translation>バックアップファイルを 1 つ指定してください</translation>
    </message>
    <message>
        <source>the database was left as it is</source>
        <translation>データベースは変更していません</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%2 から %1 を復元しました</translation>
    </message>
    <message>
        <source>the database it replaced is at %1</source>
        <translation>置き換えられたデータベースは %1 にあります</translation>
    </message>
    <message>
        <source>Reviews due now: %1 of %2 answered questions (desired retention %3).</source>
        <translation>いま復習の期日を迎えている問題: 解答済み %2 問のうち %1 問 (目標保持率 %3)。</translation>
    </message>
    <message>
        <source>Readiness: about %1 on this bank today (likely %2–%3).</source>
        <translation>予測スコア: この問題集なら今日は約 %1 (推定範囲 %2〜%3)。</translation>
    </message>
    <message>
        <source>About %1 on questions new to you.</source>
        <translation>初めて見る問題では約 %1。</translation>
    </message>
    <message>
        <source>Finds the questions that contain every word given, in English or Japanese: in their id, stem, choices, rationales or explanation. Put a phrase in double quotes.</source>
        <translation>指定したすべての語を含む問題を、英語と日本語の両方から探します。対象は ID、問題文、選択肢、各選択肢の根拠、解説です。語句をひとまとまりで探すときは二重引用符で囲みます。</translation>
    </message>
    <message>
        <source>Only questions of the exam &lt;id&gt;.</source>
        <translation>試験 &lt;id&gt; の問題だけを対象にします。</translation>
    </message>
    <message>
        <source>Only questions of the domain &lt;id&gt;.</source>
        <translation>分野 &lt;id&gt; の問題だけを対象にします。</translation>
    </message>
    <message>
        <source>Only questions of the task &lt;id&gt;.</source>
        <translation>タスク &lt;id&gt; の問題だけを対象にします。</translation>
    </message>
    <message>
        <source>Only questions of the topic &lt;id&gt;.</source>
        <translation>トピック &lt;id&gt; の問題だけを対象にします。</translation>
    </message>
    <message>
        <source>Include retired questions.</source>
        <translation>廃止された問題も含めます。</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; questions (default 20).</source>
        <translation>表示する問題を最大 &lt;n&gt; 件にします (既定は 20)。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>探す語。</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1, not &quot;%1&quot;</source>
        <translation>--limit には 1 以上の整数を指定してください (&quot;%1&quot; は使えません)</translation>
    </message>
    <message>
        <source>give the words to look for</source>
        <translation>探す語を指定してください</translation>
    </message>
    <message>
        <source>No question contains %1.</source>
        <translation>%1 を含む問題はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) found; the first %1:</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。最初の %1 件:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) found:</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました:</numerusform>
        </translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>タスク %1</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(廃止)</translation>
    </message>
    <message>
        <source>Also apply the bundled bank&apos;s editorial rules (both languages, four choices for a single answer, rationales, references, answer lengths).</source>
        <translation>同梱の問題集の編集ルール (両言語、単一回答は選択肢 4 つ、各選択肢の根拠、参考資料、正解の長さ) も適用します。</translation>
    </message>
    <message>
        <source>Adds questions to the database: all of them or, if any is invalid, none. Reads Shiken&apos;s JSON, GIFT, Moodle XML and CSV (docs/formats.md).</source>
        <translation>データベースに問題を追加します。すべて追加するか、1 問でも不正なら何も追加しません。Shiken の JSON、GIFT、Moodle XML、CSV を読み込めます (docs/formats.md)。</translation>
    </message>
    <message>
        <source>The files&apos; format when their names do not say: %1.</source>
        <translation>ファイル名から形式が分からない場合のファイル形式: %1。</translation>
    </message>
    <message>
        <source>The domain of questions whose file gives none.</source>
        <translation>ファイルに分野がない問題の分野。</translation>
    </message>
    <message>
        <source>The task statement of questions whose file gives none (e.g. 1.2).</source>
        <translation>ファイルにタスクがない問題のタスクステートメント (例: 1.2)。</translation>
    </message>
    <message>
        <source>The topic (id or name) of questions whose file gives none.</source>
        <translation>ファイルにトピックがない問題のトピック (ID または名前)。</translation>
    </message>
    <message>
        <source>--format takes %1, not &quot;%2&quot;</source>
        <translation>--format には %1 のいずれかを指定します (&quot;%2&quot; ではありません)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped: Shiken serves multiple-choice questions only</source>
        <translation>
            <numerusform>%n 件をスキップしました: Shiken で出題できるのは多肢選択問題だけです</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes questions for other tools: Shiken&apos;s JSON, GIFT and Moodle XML (for Moodle and other learning systems), CSV (for spreadsheets), or a text file for Anki. The whole bank by default; for Anki, the questions you have missed.</source>
        <translation>ほかのツール向けに問題を書き出します: Shiken の JSON、GIFT と Moodle XML (Moodle などの学習管理システム向け)、CSV (表計算ソフト向け)、Anki 用のテキストファイル。既定では問題集全体、Anki では間違えたことのある問題です。</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>次のいずれか: %1。</translation>
    </message>
    <message>
        <source>The questions&apos; language: en, ja or both (default: both).</source>
        <translation>問題の言語: en、ja、both (既定: both)。</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (default: the standard output).</source>
        <translation>&lt;file&gt; に書き出します (既定: 標準出力)。</translation>
    </message>
    <message>
        <source>Only questions you have answered wrong.</source>
        <translation>間違えたことのある問題だけ。</translation>
    </message>
    <message>
        <source>Every question (for Anki too).</source>
        <translation>すべての問題 (Anki でも)。</translation>
    </message>
    <message>
        <source>Only questions that contain the words (as shiken search finds them).</source>
        <translation>語を含む問題だけ (shiken search と同じ検索)。</translation>
    </message>
    <message>
        <source>Only the questions of the attempt &lt;id&gt; (an exam you sat).</source>
        <translation>受験記録 &lt;id&gt; の問題だけ (受けた試験)。</translation>
    </message>
    <message>
        <source>--lang takes en, ja or both, not &quot;%1&quot;</source>
        <translation>--lang には en、ja、both のいずれかを指定します (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>--missed and --all exclude each other</source>
        <translation>--missed と --all は同時に指定できません</translation>
    </message>
    <message>
        <source>--attempt takes an attempt&apos;s number, not &quot;%1&quot;</source>
        <translation>--attempt には受験記録の番号を指定します (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>no attempt %1 in the database</source>
        <translation>データベースに受験記録 %1 はありません</translation>
    </message>
    <message numerus="yes">
        <source>exported %n question(s) to %1</source>
        <translation>
            <numerusform>%n 問を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>no question matched: the file holds none</source>
        <translation>該当する問題がないため、ファイルには問題が含まれません</translation>
    </message>
    <message>
        <source>say where they go with --domain and --task (--task alone names its domain)</source>
        <translation>--domain と --task で登録先を指定してください (--task だけでも分野が決まります)</translation>
    </message>
    <message numerus="yes">
        <source>Questions: %1 (%n suspended)</source>
        <translation>
            <numerusform>問題数: %1 (出題停止中 %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a readable SQLite database: %2</source>
        <translation>%1 は読み込める SQLite データベースではありません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Shiken (schema %2; this version reads up to %3)</source>
        <translation>%1 は新しいバージョンの Shiken で書き込まれています (スキーマ %2。このバージョンが読めるのは %3 までです)</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 は整合性チェックに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program</source>
        <translation>%1 は別のプログラムの SQLite データベースです</translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation>%1 を設定できません: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema %2: %3</source>
        <translation>%1 をスキーマ %2 に更新できません: %3</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できません</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>%3 のプロセス %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>Shiken cannot use its database</source>
        <translation>Shiken はデータベースを使用できません</translation>
    </message>
    <message>
        <source>The file has not been changed. Shiken can move it aside, keeping it beside the original name, and start with an empty history.</source>
        <translation>ファイルは変更していません。Shiken はこのファイルを元の場所に別名で残したうえで、空の履歴で始めることができます。</translation>
    </message>
    <message>
        <source>Move Aside and Start Fresh</source>
        <translation>別名で残して新しく始める</translation>
    </message>
    <message>
        <source>A fresh database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>The old database was moved to %1.</source>
        <translation>以前のデータベースは %1 に移動しました。</translation>
    </message>
    <message>
        <source>The file has not been changed. Shiken can put your newest good backup in its place (%1: %2 attempts, %3 answers), keeping the file beside it, or move it aside and start with an empty history.</source>
        <translation>ファイルは変更していません。Shiken は最新の正常なバックアップ (%1: 受験 %2 回、解答 %3 件) をこのファイルの代わりに置き、ファイル自体は同じ場所に残すことができます。またはファイルを別名で残し、空の履歴で始めることもできます。</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>The unreadable database was moved to %1.</source>
        <translation>読み込めないデータベースは %1 に移動しました。</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <source>← &amp;Previous</source>
        <translation>← 前へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>次へ(&amp;N) →</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>見直し(&amp;R)</translation>
    </message>
    <message>
        <source>All, incomplete and flagged questions (Ctrl+R)</source>
        <translation>すべての問題、未完了の問題、フラグ付きの問題 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Check Answer</source>
        <translation>解答を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Save and &amp;Leave</source>
        <translation>保存して中断(&amp;L)</translation>
    </message>
    <message>
        <source>Stop the clock and come back to this attempt later</source>
        <translation>時計を止めて、後でこの受験を再開します</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Mark this question for review (M)</source>
        <translation>この問題に見直し用のフラグを付けます (M)</translation>
    </message>
    <message>
        <source>Show this question in the other language (Ctrl+L)</source>
        <translation>この問題をもう一方の言語で表示します (Ctrl+L)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題一覧</translation>
    </message>
    <message>
        <source>Paused. The question is hidden while the clock is stopped.</source>
        <translation>一時停止中です。時計が止まっている間、問題は表示されません。</translation>
    </message>
    <message>
        <source>&amp;End Exam</source>
        <translation>試験を終了(&amp;E)</translation>
    </message>
    <message>
        <source>Mock exam</source>
        <translation>模擬試験</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>ドリル</translation>
    </message>
    <message>
        <source>Weak-area drill</source>
        <translation>弱点ドリル</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>問題 %1 / %2</translation>
    </message>
    <message>
        <source>Choose TWO.</source>
        <translation>2 つ選択してください。</translation>
    </message>
    <message>
        <source>Choose THREE.</source>
        <translation>3 つ選択してください。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>残り時間 %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>経過時間 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>残り %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>You have answered %1 of %2 questions.</source>
        <translation>%2 問中 %1 問に解答しました。</translation>
    </message>
    <message>
        <source>Unanswered questions count as incorrect.</source>
        <translation>未解答の問題は不正解として扱われます。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are flagged for review.</source>
        <translation>
            <numerusform>%n 問に見直し用のフラグが付いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the Session</source>
        <translation>セッションの終了</translation>
    </message>
    <message>
        <source>End the Exam</source>
        <translation>試験の終了</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your last change could not be saved:&lt;/b&gt; %1&lt;br&gt;The exam is paused and your answers are kept. Free some disk space, or fix what stops Shiken from writing to its database, then retry. Quitting now loses only what is not saved yet.</source>
        <translation>&lt;b&gt;直前の変更を保存できませんでした:&lt;/b&gt; %1&lt;br&gt;試験は一時停止しており、解答は保持されています。ディスクの空き容量を増やすか、Shiken がデータベースに書き込めない原因を取り除いてから、もう一度保存してください。ここで終了すると、まだ保存されていない分だけが失われます。</translation>
    </message>
    <message>
        <source>Retry &amp;Saving</source>
        <translation>もう一度保存(&amp;S)</translation>
    </message>
    <message>
        <source>Review of due questions</source>
        <translation>期日が来た問題の復習</translation>
    </message>
    <message>
        <source>Key %1 or %2; Shift+%2 or a right click strikes it out</source>
        <translation>キー %1 または %2。Shift+%2 または右クリックで取り消し線を引きます</translation>
    </message>
    <message>
        <source>struck out</source>
        <translation>取り消し線あり</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>セッションを終了(&amp;E)</translation>
    </message>
    <message>
        <source>⚑ Fla&amp;gged</source>
        <translation>⚑ フラグ付き(&amp;G)</translation>
    </message>
    <message>
        <source>Fla&amp;g for Review</source>
        <translation>見直し用にフラグを付ける(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of pace</source>
        <translation>
            <numerusform>ペースより %n 分早い</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind pace</source>
        <translation>
            <numerusform>ペースより %n 分遅い</numerusform>
        </translation>
    </message>
    <message>
        <source>On pace</source>
        <translation>ペースどおり</translation>
    </message>
    <message>
        <source>The time limit allows %1 a question: %2 for %3 questions.</source>
        <translation>制限時間から見た 1 問あたりの時間は %1 です (%3 問で %2)。</translation>
    </message>
    <message>
        <source>Bookmark the question to find it again after the exam (%1)</source>
        <translation>試験の後で見つけられるように問題をブックマークします (%1)</translation>
    </message>
    <message>
        <source>★ Boo&amp;kmarked</source>
        <translation>★ ブックマーク済み(&amp;K)</translation>
    </message>
    <message>
        <source>☆ Boo&amp;kmark</source>
        <translation>☆ ブックマーク(&amp;K)</translation>
    </message>
    <message>
        <source>Bookmark Not Saved</source>
        <translation>ブックマークを保存できませんでした</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>ブックマークを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Japanese only</source>
        <translation>日本語のみ</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>英語のみ</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>%1 つ選択してください。</translation>
    </message>
</context>
<context>
    <name>ExamSession</name>
    <message>
        <source>There are no questions for this selection.</source>
        <translation>この選択に該当する問題がありません。</translation>
    </message>
    <message>
        <source>The attempt %1 is not in the database.</source>
        <translation>受験 %1 はデータベースにありません。</translation>
    </message>
    <message>
        <source>The exam %1 is not in the database.</source>
        <translation>試験 %1 はデータベースにありません。</translation>
    </message>
    <message>
        <source>Some questions of this attempt are missing from the database.</source>
        <translation>この受験の問題の一部がデータベースにありません。</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Not answered</source>
        <translation>未解答</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>正解の選択肢</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>あなたの解答</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解説</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考資料</translation>
    </message>
    <message>
        <source>Report &amp;a Problem…</source>
        <translation>問題の不具合を報告(&amp;A)…</translation>
    </message>
    <message>
        <source>Something wrong with this question? Describe it: the report is saved and copied to the clipboard, ready to send.</source>
        <translation>この問題に誤りがありますか? 内容を書いてください。報告はファイルに保存され、クリップボードにもコピーされるので、そのまま送れます。</translation>
    </message>
    <message>
        <source>Bookmark the question to find it again in Browse Questions</source>
        <translation>「問題の閲覧」で見つけられるように問題をブックマークします</translation>
    </message>
    <message>
        <source>Your own note on the question, shown under its explanation</source>
        <translation>この問題についての自分のメモ。解説の下に表示されます</translation>
    </message>
    <message>
        <source>A suspended question is left out of every session and review until you resume it: for one you have mastered, or believe is wrong</source>
        <translation>出題停止中の問題は、停止を解除するまでどのセッションにも復習にも出題されません。習得済みの問題や、誤りがあると思われる問題に使います</translation>
    </message>
    <message>
        <source>★ Boo&amp;kmarked</source>
        <translation>★ ブックマーク済み(&amp;K)</translation>
    </message>
    <message>
        <source>☆ Boo&amp;kmark</source>
        <translation>☆ ブックマーク(&amp;K)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>メモを追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>メモを編集(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;uspended</source>
        <translation>出題停止中(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>出題停止(&amp;U)</translation>
    </message>
    <message>
        <source>Could not save your change: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>自分のメモ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Questions</source>
        <translation>問題のエクスポート</translation>
    </message>
    <message>
        <source>Writes questions for other tools: Moodle and other learning systems, spreadsheets, Anki, or another Shiken.</source>
        <translation>問題をほかのツール向けに書き出します: Moodle などの学習システム、表計算ソフト、Anki、別の Shiken。</translation>
    </message>
    <message>
        <source>GIFT, for Moodle and other learning systems</source>
        <translation>GIFT (Moodle などの学習システム向け)</translation>
    </message>
    <message>
        <source>Moodle XML</source>
        <translation>Moodle XML</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV (表計算ソフト向け)</translation>
    </message>
    <message>
        <source>Anki (a text file for File &gt; Import)</source>
        <translation>Anki ([ファイル] &gt; [読み込む] 用のテキストファイル)</translation>
    </message>
    <message>
        <source>Shiken&apos;s own question file (JSON)</source>
        <translation>Shiken の問題ファイル (JSON)</translation>
    </message>
    <message>
        <source>English and Japanese</source>
        <translation>英語と日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>問題(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Moodle&apos;s plain-text quiz format: Question bank &gt; Import in Moodle, and most quiz tools, read it. Both languages travel as Moodle&apos;s language filter spans.</source>
        <translation>Moodle のテキスト形式の問題フォーマットです。Moodle の [問題バンク] &gt; [インポート] をはじめ、多くのクイズツールが読み込めます。両方の言語は Moodle の言語フィルター (span) で書き出されます。</translation>
    </message>
    <message>
        <source>Moodle&apos;s own question format, with feedback and categories.</source>
        <translation>Moodle 独自の問題フォーマットです。フィードバックとカテゴリも含まれます。</translation>
    </message>
    <message>
        <source>One row per question and language, for a spreadsheet program; Shiken reads it back.</source>
        <translation>問題と言語ごとに 1 行の、表計算ソフト向けの形式です。Shiken で読み込み直せます。</translation>
    </message>
    <message>
        <source>A card per question: the question and its choices in front, the answer and the explanations on the back. Anki adds the cards with File &gt; Import.</source>
        <translation>1 問につき 1 枚のカードです。表に問題文と選択肢、裏に正解と解説が入ります。Anki の [ファイル] &gt; [読み込む] でカードを追加できます。</translation>
    </message>
    <message>
        <source>Everything Shiken knows of each question, for another Shiken&apos;s File &gt; Import Questions.</source>
        <translation>各問題のすべての情報を含みます。別の Shiken の [ファイル] &gt; [問題のインポート] で読み込めます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln question(s))</source>
        <translation>
            <numerusform>%1 (%Ln 問)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiftFormat</name>
    <message>
        <source>The question title has no closing &quot;::&quot;.</source>
        <translation>問題のタイトルが「::」で閉じられていません。</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot; before it (write \} for a brace).</source>
        <translation>「}」の前に「{」がありません (波かっこそのものは \} と書きます)。</translation>
    </message>
    <message>
        <source>The answers&apos; &quot;{&quot; is not closed with &quot;}&quot;.</source>
        <translation>選択肢の「{」が「}」で閉じられていません。</translation>
    </message>
    <message>
        <source>A question has one answer block {...}; write \{ and \} for braces.</source>
        <translation>1 つの問題に書ける選択肢ブロック {...} は 1 つです。波かっこそのものは \{ と \} と書きます。</translation>
    </message>
    <message>
        <source>A question can have at most 26 answers.</source>
        <translation>1 つの問題の選択肢は 26 個までです。</translation>
    </message>
    <message>
        <source>A multiple-choice question needs at least two answers.</source>
        <translation>多肢選択問題には選択肢が 2 つ以上必要です。</translation>
    </message>
    <message>
        <source>No answer is marked correct (with &quot;=&quot; or a positive weight such as ~%50%).</source>
        <translation>正解の選択肢がありません (「=」または ~%50% のような正の重みで示します)。</translation>
    </message>
    <message>
        <source>The Shiken metadata is not valid JSON: %1</source>
        <translation>Shiken のメタデータが正しい JSON ではありません: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Attempts</source>
        <translation>受験履歴</translation>
    </message>
    <message>
        <source>Domains over Time</source>
        <translation>分野ごとの推移</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>習熟度</translation>
    </message>
    <message>
        <source>Leeches</source>
        <translation>苦手な問題</translation>
    </message>
    <message>
        <source>Task statement or topic</source>
        <translation>タスクステートメントまたはトピック</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正答率</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>解答数</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>不正解の回数</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>問題文</translation>
    </message>
    <message>
        <source>Mastery weighs recent answers more (half as much after 30 days) and is the cautious end of its range, so a few lucky answers do not rank high. Weakest first; below %1 answers there is not enough data.</source>
        <translation>習熟度は最近の解答ほど重く扱い (30 日で重みが半分になります)、推定範囲の控えめな側の値を示すので、たまたま正解した数問で高くなることはありません。弱い順に並べています。解答が %1 件未満のものはデータ不足です。</translation>
    </message>
    <message>
        <source>Leeches are questions you have missed %1 times or more. Drilling them again helps less than reading their explanation closely.</source>
        <translation>苦手な問題とは、%1 回以上間違えた問題です。繰り返し解くよりも、解説をじっくり読むほうが効果的です。</translation>
    </message>
    <message>
        <source>Estimated score</source>
        <translation>推定スコア</translation>
    </message>
    <message>
        <source>Passing score</source>
        <translation>合格スコア</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>第 %1 分野</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>タスク %1: %2</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>データ不足</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean estimated score per day of study (dashed: the passing score)</source>
        <translation>学習日ごとの推定スコアの平均 (破線: 合格スコア)</translation>
    </message>
    <message>
        <source>Accuracy per domain per day of study</source>
        <translation>学習日ごとの分野別正答率</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>&amp;Desired retention:</source>
        <translation>目標保持率(&amp;D):</translation>
    </message>
    <message>
        <source>The chance of a right answer at which a question comes back for review. Higher means more reviews and less forgetting; 90 % suits most learners.</source>
        <translation>正解できる見込みがこの値まで下がった問題が、復習に戻ってきます。高くすると復習は増え、忘れることは減ります。多くの学習者には 90 % が適しています。</translation>
    </message>
    <message>
        <source>Due today: %1; in the next 7 days: %2; in the next %3 days: %4.</source>
        <translation>今日が期日: %1 問、今後 7 日間: %2 問、今後 %3 日間: %4 問。</translation>
    </message>
    <message>
        <source>True retention is measured once questions are answered again when due.</source>
        <translation>実際の保持率は、期日が来た問題にもう一度解答すると測定されます。</translation>
    </message>
    <message>
        <source>Reviews due per day, the next %1 days (today includes overdue)</source>
        <translation>今後 %1 日間の日ごとの復習予定数 (今日の分には期日を過ぎた問題を含みます)</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>復習予定</translation>
    </message>
    <message>
        <source>True retention per week (dashed: the desired retention)</source>
        <translation>週ごとの実際の保持率 (破線: 目標保持率)</translation>
    </message>
    <message>
        <source>True retention</source>
        <translation>実際の保持率</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>目標保持率</translation>
    </message>
    <message numerus="yes">
        <source>True retention over the last %1 weeks: %2 % of %Ln review(s) of questions that were due.</source>
        <translation>
            <numerusform>直近 %1 週間の実際の保持率: 期日が来た問題の復習 %Ln 回のうち %2 %。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Sit a timed mock exam as the real one runs, practise with the explanation after every answer, or drill the domains and topics you choose.</source>
        <translation>本番と同じ条件の時間制限付き模擬試験、1 問ごとに解説を読める練習、選んだ分野やトピックのドリルで学習できます。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Full &amp;Mock Exam</source>
        <translation>模擬試験(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Practice Session</source>
        <translation>練習(&amp;P)</translation>
    </message>
    <message>
        <source>Domain or &amp;Topic Drill</source>
        <translation>分野・トピック別ドリル(&amp;T)</translation>
    </message>
    <message>
        <source>Question &amp;Bank</source>
        <translation>問題バンク(&amp;B)</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>最近の結果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>正解数</translation>
    </message>
    <message>
        <source>Shiken</source>
        <translation>Shiken</translation>
    </message>
    <message>
        <source>An attempt is in progress: question %1 of %2, %3 answered.</source>
        <translation>中断中のセッションがあります: 全 %2 問中 %1 問目、%3 問解答済み。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left.</source>
        <translation>
            <numerusform>残り %n 分です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Weak-Area Drill</source>
        <translation>弱点ドリル(&amp;W)</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>学習の進捗</translation>
    </message>
    <message>
        <source>Drill These</source>
        <translation>ドリル開始</translation>
    </message>
    <message>
        <source>Domain %1: %2</source>
        <translation>第 %1 分野: %2</translation>
    </message>
    <message>
        <source>No questions are due for review.</source>
        <translation>復習の期日を迎えた問題はありません。</translation>
    </message>
    <message>
        <source>Readiness: about %1 on this bank today (likely %2–%3), about %4 on questions new to you; %5 passes.</source>
        <translation>予測スコア: この問題集なら今日は約 %1 (推定範囲 %2〜%3)、初めて見る問題では約 %4。合格スコアは %5 です。</translation>
    </message>
    <message>
        <source>Readiness: about %1 on this bank today (likely %2–%3); %4 passes.</source>
        <translation>予測スコア: この問題集なら今日は約 %1 (推定範囲 %2〜%3)。合格スコアは %4 です。</translation>
    </message>
    <message>
        <source>Progress and Histor&amp;y</source>
        <translation>進捗と履歴(&amp;Y)</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>第 %1 分野</translation>
    </message>
    <message>
        <source>Readiness is estimated once every domain has %1 answers (not yet: %2).</source>
        <translation>すべての分野で解答が %1 件以上になると予測スコアを表示します (不足している分野: %2)。</translation>
    </message>
    <message>
        <source>Review &amp;Now</source>
        <translation>今すぐ復習(&amp;N)</translation>
    </message>
    <message>
        <source>Each domain today</source>
        <translation>今日の分野別の見込み</translation>
    </message>
    <message>
        <source>Expected share right if the exam were today: at or above the %1 % that meets competencies.</source>
        <translation>今日試験を受けた場合に見込まれる正答率です。コンピテンシーを満たす %1 % 以上です。</translation>
    </message>
    <message>
        <source>Expected share right if the exam were today: below the %1 % that meets competencies.</source>
        <translation>今日試験を受けた場合に見込まれる正答率です。コンピテンシーを満たす %1 % を下回っています。</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>解答が不足しています</translation>
    </message>
    <message>
        <source>Browse &amp;Questions</source>
        <translation>問題を閲覧(&amp;Q)</translation>
    </message>
    <message>
        <source>Working out your readiness from your answers…</source>
        <translation>これまでの解答から予測スコアを計算しています…</translation>
    </message>
    <message numerus="yes">
        <source>Weak: %1 (recall %2% over %Ln answered question(s))</source>
        <translation>
            <numerusform>弱点: %1 (解答済み %Ln 問の想起率 %2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) due for review.</source>
        <translation>
            <numerusform>%Ln 問が復習の期日を迎えています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>問題のインポート</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Where to file questions the files do not place</source>
        <translation>ファイルに所属の記載がない問題の登録先</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Domain %1: %2</source>
        <translation>第 %1 分野: %2</translation>
    </message>
    <message>
        <source>The file&apos;s own, or none</source>
        <translation>ファイルの記載どおり (なければなし)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>分野(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T):</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>トピック(&amp;P):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>タスク %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) ready to import.</source>
        <translation>
            <numerusform>%Ln 問をインポートできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) give no domain and task: choose where to file them below.</source>
        <translation>
            <numerusform>%Ln 問に分野とタスクの記載がありません。下で登録先を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until the problems listed are mended in the files.</source>
        <translation>一覧の問題点をファイルで直すまで、何もインポートできません。</translation>
    </message>
    <message>
        <source>The files hold no question Shiken can serve.</source>
        <translation>ファイルに Shiken で出題できる問題がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped: Shiken serves multiple-choice questions only.</source>
        <translation>
            <numerusform>%n 件をスキップしました: Shiken で出題できるのは多肢選択問題だけです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message numerus="yes">
        <source>Reading the files: %Ln question(s) so far…</source>
        <translation>
            <numerusform>ファイルを読み込んでいます: これまでに %Ln 問…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Importing Questions</source>
        <translation>問題をインポートしています</translation>
    </message>
    <message>
        <source>Stopping: no question of these files is kept…</source>
        <translation>中止しています。これらのファイルの問題は 1 問も追加されません…</translation>
    </message>
    <message>
        <source>Storing the questions: %1 of %2…</source>
        <translation>問題を保存しています: %2 問中 %1 問…</translation>
    </message>
    <message>
        <source>Storing the questions: %1 so far…</source>
        <translation>問題を保存しています: これまでに %1 問…</translation>
    </message>
</context>
<context>
    <name>JsonObjectStream</name>
    <message>
        <source>the file ends where %1 is expected</source>
        <translation>%1 があるべき位置でファイルが終わっています</translation>
    </message>
    <message>
        <source>%1 expected</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <source>“{” (the file must hold one JSON object)</source>
        <translation>「{」（ファイルは 1 つの JSON オブジェクトでなければなりません）</translation>
    </message>
    <message>
        <source>a field name in quotes</source>
        <translation>引用符で囲んだフィールド名</translation>
    </message>
    <message>
        <source>the end of a string</source>
        <translation>文字列の終わり</translation>
    </message>
    <message>
        <source>“:” after a field name</source>
        <translation>フィールド名の後の「:」</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>“,” or “}”</source>
        <translation>「,」または「}」</translation>
    </message>
    <message>
        <source>“,” or “]”</source>
        <translation>「,」または「]」</translation>
    </message>
    <message>
        <source>text after the end of the JSON object</source>
        <translation>JSON オブジェクトの終わりの後にテキストがあります</translation>
    </message>
</context>
<context>
    <name>KeyHelpDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>On the exam page</source>
        <translation>試験画面</translation>
    </message>
    <message>
        <source>On the new session page</source>
        <translation>「新しいセッション」画面</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>すべての画面</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shiken</source>
        <translation>Shiken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Shiken</source>
        <translation>Shiken について(&amp;A)</translation>
    </message>
    <message>
        <source>About Shiken</source>
        <translation>Shiken について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shiken %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Practice exams for AWS Certified CloudOps Engineer – Associate (SOA-C03), in English and Japanese.&lt;/p&gt;&lt;p&gt;Your history is kept in %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Shiken %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;AWS Certified CloudOps Engineer – Associate (SOA-C03) の模擬試験を英語と日本語で練習できます。&lt;/p&gt;&lt;p&gt;学習履歴は %2 に保存されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Discard the Attempt</source>
        <translation>受験の破棄</translation>
    </message>
    <message>
        <source>The answers of this attempt will be deleted and not counted.</source>
        <translation>この受験の解答は削除され、集計されません。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>An Attempt Is in Progress</source>
        <translation>中断中のセッションがあります</translation>
    </message>
    <message>
        <source>Starting a new session leaves the attempt in progress as it is; you can resume it from the home page later.</source>
        <translation>新しいセッションを始めても、受験中の試験はそのまま残ります。後でホーム画面から再開できます。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>開始できません</translation>
    </message>
    <message>
        <source>There is no exam in the database.</source>
        <translation>データベースに試験がありません。</translation>
    </message>
    <message>
        <source>Cannot Resume</source>
        <translation>再開できません</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>ホーム(&amp;H)</translation>
    </message>
    <message>
        <source>Question &amp;Bank</source>
        <translation>問題バンク(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Nothing to Review</source>
        <translation>復習する問題はありません</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>問題のインポート</translation>
    </message>
    <message>
        <source>Questions Imported</source>
        <translation>問題をインポートしました</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>何もインポートしませんでした</translation>
    </message>
    <message>
        <source>The files have problems; no question was added:</source>
        <translation>ファイルにエラーがあるため、問題を 1 問も追加していません:</translation>
    </message>
    <message>
        <source>&amp;Import Questions…</source>
        <translation>問題をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 は復元できません: %2</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Your history will be replaced by the backup (%1 attempts, %2 answers). The current database is kept beside it, renamed, so nothing is lost. An attempt in progress is kept in the current database, not carried over.</source>
        <translation>学習履歴がバックアップ (受験 %1 回、解答 %2 件) の内容に置き換わります。現在のデータベースは名前を変えて同じ場所に残すので、何も失われません。受験中の試験は現在のデータベースに残り、引き継がれません。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>Your history is now the backup&apos;s. The database it replaced is kept at %1.</source>
        <translation>学習履歴をバックアップの内容に戻しました。置き換えられたデータベースは %1 に残してあります。</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>The Database Is Damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>Shiken&apos;s check of its database found damage: %1

Answers may not be saved from now on. Restore a backup now? The damaged file is kept beside it.</source>
        <translation>データベースの検査で破損が見つかりました: %1

このままでは今後の解答が保存されないおそれがあります。今すぐバックアップから復元しますか？破損したファイルはそのまま横に残します。</translation>
    </message>
    <message>
        <source>Choose a &amp;Backup…</source>
        <translation>バックアップを選択(&amp;B)…</translation>
    </message>
    <message>
        <source>No questions are due for review.</source>
        <translation>復習の期日を迎えた問題はありません。</translation>
    </message>
    <message>
        <source>Progress and Histor&amp;y</source>
        <translation>進捗と履歴(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Bro&amp;wse Questions</source>
        <translation>問題の閲覧(&amp;W)</translation>
    </message>
    <message>
        <source>Question files (*.json *.gift *.txt *.xml *.csv);;Shiken (*.json);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;CSV (*.csv)</source>
        <translation>問題ファイル (*.json *.gift *.txt *.xml *.csv);;Shiken (*.json);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The whole bank</source>
        <translation>問題バンク全体</translation>
    </message>
    <message>
        <source>The questions you have answered wrong</source>
        <translation>間違えたことのある問題</translation>
    </message>
    <message>
        <source>Export Questions</source>
        <translation>問題のエクスポート</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Questions Exported</source>
        <translation>問題をエクスポートしました</translation>
    </message>
    <message>
        <source>&amp;Export Questions…</source>
        <translation>問題をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>インポートを中止しました</translation>
    </message>
    <message>
        <source>The import was stopped; no question was added.</source>
        <translation>インポートを中止しました。問題は 1 問も追加されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) added to the bank.</source>
        <translation>
            <numerusform>問題バンクに %Ln 問を追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) skipped: Shiken serves multiple-choice questions only.</source>
        <translation>
            <numerusform>%Ln 件をスキップしました: Shiken で出題できるのは多肢選択問題だけです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) written to %1.</source>
        <translation>
            <numerusform>%Ln 問を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodleXmlFormat</name>
    <message>
        <source>an embedded file was left out: %1</source>
        <translation>埋め込みファイルを除外しました: %1</translation>
    </message>
    <message>
        <source>a true/false question needs exactly two answers</source>
        <translation>正誤問題には選択肢がちょうど 2 つ必要です</translation>
    </message>
    <message>
        <source>a multiple-choice question needs at least two answers</source>
        <translation>多肢選択問題には選択肢が 2 つ以上必要です</translation>
    </message>
    <message>
        <source>a question has more than 26 answers</source>
        <translation>選択肢が 26 個を超えています</translation>
    </message>
    <message>
        <source>no answer is correct: none has a grade (fraction) above zero</source>
        <translation>正解の選択肢がありません: 評点 (fraction) が 0 より大きい選択肢がありません</translation>
    </message>
    <message>
        <source>the Shiken data in the question&apos;s comment was ignored: %1</source>
        <translation>問題のコメント内の Shiken データを無視しました: %1</translation>
    </message>
    <message>
        <source>the XML is not well formed: %1</source>
        <translation>XML の形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>this is not a Moodle XML file: it has no &lt;quiz&gt;</source>
        <translation>Moodle XML ファイルではありません: &lt;quiz&gt; がありません</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Question %1</source>
        <translation>問題 %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>解答済み</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未解答</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>見直し用フラグあり</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>%1 のメモ</translation>
    </message>
    <message>
        <source>Your own words on this question: what to remember, where you went wrong, a link. Markdown works (**bold**, lists, `code`). The note is shown under the explanation wherever this question is explained; an empty note is removed.</source>
        <translation>この問題について自分の言葉で残すメモです。覚えておくこと、間違えた理由、リンクなど。Markdown が使えます (**太字**、箇条書き、`コード`)。メモはこの問題の解説が表示される場所すべてで解説の下に表示されます。空にするとメモは削除されます。</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>メモを保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>QuestionCsvFormat</name>
    <message>
        <source>field %1 has a value but the header names no column for it</source>
        <translation>%1 番目の項目に値がありますが、見出し行にその列がありません</translation>
    </message>
    <message>
        <source>the difficulty &quot;%1&quot; is not 1, 2 or 3</source>
        <translation>難易度 &quot;%1&quot; は 1、2、3 のいずれでもありません</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use en or ja)</source>
        <translation>不明な言語 &quot;%1&quot; です (en か ja を使います)</translation>
    </message>
    <message>
        <source>the stem is empty</source>
        <translation>問題文が空です</translation>
    </message>
    <message>
        <source>%1 is given but %2 is empty</source>
        <translation>%1 があるのに %2 が空です</translation>
    </message>
    <message>
        <source>%1 is empty but %2 is given</source>
        <translation>%1 が空なのに %2 があります</translation>
    </message>
    <message>
        <source>a question needs at least 2 choices</source>
        <translation>問題には選択肢が 2 つ以上必要です</translation>
    </message>
    <message>
        <source>no correct answer: the column correct is empty</source>
        <translation>正解がありません: correct 列が空です</translation>
    </message>
    <message>
        <source>the correct answer &quot;%1&quot; names no choice</source>
        <translation>正解 &quot;%1&quot; に当たる選択肢がありません</translation>
    </message>
    <message>
        <source>the correct answer &quot;%1&quot; names no choice (the choices are A to %2)</source>
        <translation>正解 &quot;%1&quot; に当たる選択肢がありません (選択肢は A〜%2 です)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (use single or multiple)</source>
        <translation>不明な種類 &quot;%1&quot; です (single か multiple を使います)</translation>
    </message>
    <message>
        <source>the type is single but %1 choices are correct</source>
        <translation>種類は single ですが、正解の選択肢が %1 つあります</translation>
    </message>
    <message>
        <source>the type is multiple but only one choice is correct</source>
        <translation>種類は multiple ですが、正解の選択肢が 1 つしかありません</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as &quot;CSV UTF-8&quot;</source>
        <translation>ファイルが UTF-8 のテキストではありません: 「CSV UTF-8」として保存してください</translation>
    </message>
    <message>
        <source>a quoted field starts here but its closing quote is missing</source>
        <translation>ここで始まる引用符付きの項目に閉じ引用符がありません</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice</source>
        <translation>列 &quot;%1&quot; が 2 回あります</translation>
    </message>
    <message>
        <source>unknown column %1 (the columns are %2)</source>
        <translation>不明な列 %1 です (使える列: %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>列 &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; already has a row in this language (%2) on line %3</source>
        <translation>問題 &quot;%1&quot; には、この言語 (%2) の行が %3 行目にすでにあります</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has %2 choices here but %3 on line %4</source>
        <translation>問題 &quot;%1&quot; の選択肢はここでは %2 個ですが、%4 行目では %3 個です</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; of question &quot;%2&quot; differs from its row on line %3</source>
        <translation>問題 &quot;%2&quot; の列 &quot;%1&quot; が %3 行目の行と異なります</translation>
    </message>
</context>
<context>
    <name>QuestionExchange</name>
    <message>
        <source>an image was left out: %1</source>
        <translation>画像を除外しました: %1</translation>
    </message>
</context>
<context>
    <name>QuestionImport</name>
    <message>
        <source>%1:%2: skipped (%3): %4</source>
        <translation>%1:%2: スキップ (%3): %4</translation>
    </message>
    <message>
        <source>no exam &quot;%1&quot; in the bank</source>
        <translation>問題集に試験 &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>no task &quot;%1&quot; in exam %2</source>
        <translation>試験 %2 にタスク &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>task %1 belongs to domain %2, not %3</source>
        <translation>タスク %1 は分野 %3 ではなく分野 %2 に属します</translation>
    </message>
    <message>
        <source>no domain &quot;%1&quot; in exam %2</source>
        <translation>試験 %2 に分野 &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>no topic &quot;%1&quot; (not in topics.json)</source>
        <translation>トピック &quot;%1&quot; はありません (topics.json にありません)</translation>
    </message>
    <message>
        <source>cannot tell the file&apos;s format from its name: name it (%1)</source>
        <translation>ファイル名から形式が分かりません: 形式を指定してください (%1)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>a question with this id is already in the bank (was the file imported before?)</source>
        <translation>この ID の問題はすでに問題集にあります (このファイルは以前に読み込み済みですか?)</translation>
    </message>
    <message>
        <source>used twice in this import</source>
        <translation>この読み込みの中で 2 回使われています</translation>
    </message>
    <message>
        <source>the files hold no question Shiken can serve</source>
        <translation>ファイルに Shiken で出題できる問題がありません</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) of this file give no domain and task: choose where to file them</source>
        <translation>
            <numerusform>このファイルの %n 問に分野とタスクの記載がありません: 登録先を選んでください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionStore</name>
    <message>
        <source>a question with the id %1 already exists</source>
        <translation>ID が %1 の問題は既にあります</translation>
    </message>
    <message>
        <source>the import was stopped</source>
        <translation>インポートが中止されました</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>Report a Problem with %1</source>
        <translation>%1 の不具合を報告</translation>
    </message>
    <message>
        <source>What is wrong with this question? A wrong answer, a fact that has changed, a typo, an unclear choice: describe it in a few sentences. The report names the question and its version, and is saved and copied to the clipboard, ready to send.</source>
        <translation>この問題のどこが誤っていますか? 正解の誤り、変更された事実、誤字、わかりにくい選択肢などを、数文で説明してください。報告には問題とそのバージョンが記載され、ファイルに保存されるとともにクリップボードにもコピーされるので、そのまま送れます。</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation>報告を保存(&amp;S)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. It is on the clipboard.</source>
        <translation>報告を %1 に保存できませんでした: %2。報告はクリップボードにあります。</translation>
    </message>
    <message>
        <source>Saved to %1 and copied to the clipboard.</source>
        <translation>%1 に保存し、クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Shiken backs up your history once a day and after every submitted exam, into %1. Restoring a backup replaces the current database, which is kept beside it.</source>
        <translation>Shiken は 1 日 1 回と、試験を提出するたびに、学習履歴を %1 にバックアップします。バックアップを復元すると現在のデータベースが置き換わります。現在のデータベースは同じ場所に残します。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>受験回数</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>解答数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>復元できません: %1</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>まだバックアップはありません。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Incorrect questions</source>
        <translation>不正解の問題</translation>
    </message>
    <message>
        <source>Flagged questions</source>
        <translation>フラグ付きの問題</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>正答率</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Re&amp;take These Questions</source>
        <translation>同じ問題で再受験(&amp;T)</translation>
    </message>
    <message>
        <source>The scaled score is an estimate: Shiken maps the share of correct answers linearly onto %1–%2. AWS does not publish how the real exam scales scores, and unscored questions there are not marked.</source>
        <translation>スケールスコアは推定値です。Shiken は正答率を %1～%2 に線形に換算しています。本番の試験でのスコアの換算方法は AWS から公開されておらず、採点対象外の問題も明示されません。</translation>
    </message>
    <message>
        <source>Time ran out: the exam was submitted automatically.</source>
        <translation>時間切れのため、試験は自動的に提出されました。</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Domain %1: %2</source>
        <translation>第 %1 分野: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Meets competencies</source>
        <translation>コンピテンシーを満たしている</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>改善が必要</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未解答</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>問題 %1</translation>
    </message>
    <message>
        <source>Show &amp;both languages</source>
        <translation>両方の言語で表示(&amp;B)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF にエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV にエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>第 %1 分野</translation>
    </message>
    <message>
        <source>Score per domain (dashed: the pass line)</source>
        <translation>分野ごとのスコア (破線: 合格ライン)</translation>
    </message>
    <message>
        <source>Score per topic, weakest first</source>
        <translation>トピックごとのスコア (弱い順)</translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation>レポートの PDF エクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Export the Answers as CSV</source>
        <translation>解答の CSV エクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>ホーム(&amp;O)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The %1 &amp;slowest questions (Enter opens the explanation)</source>
        <translation>時間がかかった上位 %1 問(&amp;S) (Enter で解説を表示)</translation>
    </message>
    <message>
        <source>Minutes per question (dashed: the pace the time limit allows)</source>
        <translation>問題ごとの所要時間 (分。破線: 制限時間から見たペース)</translation>
    </message>
    <message>
        <source>Minutes per question</source>
        <translation>問題ごとの所要時間 (分)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>E&amp;xport Questions…</source>
        <translation>問題をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write this exam&apos;s questions for Moodle, a spreadsheet, Anki or another Shiken</source>
        <translation>この試験の問題を Moodle、表計算ソフト、Anki、別の Shiken 向けに書き出します</translation>
    </message>
    <message>
        <source>The questions of this exam</source>
        <translation>この試験の問題</translation>
    </message>
    <message>
        <source>The questions answered wrong in it</source>
        <translation>この試験で間違えた問題</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation>見直し</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <source>Incomplete (unanswered or partly answered)</source>
        <translation>未完了 (未解答または選択数不足)</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>見直し用フラグ付き</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>問題文</translation>
    </message>
    <message>
        <source>Go to Question</source>
        <translation>この問題へ移動</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>解答済み</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未解答</translation>
    </message>
    <message>
        <source>%1 of %2 answered; %3 incomplete; %4 flagged.</source>
        <translation>%2 問中 %1 問解答済み、未完了 %3 問、フラグ付き %4 問。</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>%1: %2 of %3 correct</source>
        <translation>%1: %3 問中 %2 問正解</translation>
    </message>
    <message>
        <source>Pass line</source>
        <translation>合格ライン</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (廃止)</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>複数選択</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>単一選択</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>易しい</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>期限到来</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>難易度</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>解答回数</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>前回の結果</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回の復習</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>システムに従う (%1)</translation>
    </message>
    <message>
        <source>The interface and the questions switch at once. Each question can still be shown in the other language with Ctrl+L. The --lang option overrides this setting for one start.</source>
        <translation>画面と問題の表示言語はすぐに切り替わります。各問題は Ctrl+L でもう一方の言語でも表示できます。起動時に --lang オプションを指定すると、その回だけこの設定より優先されます。</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Domain %1: %2</source>
        <translation>第 %1 分野: %2</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>タスク %1: %2</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Mock exam</source>
        <translation>模擬試験</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>Domain or topic drill</source>
        <translation>分野・トピック別ドリル</translation>
    </message>
    <message>
        <source>Domains and task statements</source>
        <translation>分野とタスクステートメント</translation>
    </message>
    <message>
        <source>Topics (none checked: any topic)</source>
        <translation>トピック (未選択の場合はすべて)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題数</translation>
    </message>
    <message>
        <source>Timed, minutes:</source>
        <translation>時間制限 (分):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>As in the real exam: %1 questions in %2 minutes, weighted by domain, with no feedback until you end the exam.</source>
        <translation>本番と同じく、分野の配点に沿った %1 問を %2 分で解きます。試験を終了するまで正誤は表示されません。</translation>
    </message>
    <message>
        <source>Check each answer as you go and read its explanation at once. The timer is optional and can be paused.</source>
        <translation>1 問ごとに解答を確認し、その場で解説を読めます。時間制限は任意で、一時停止もできます。</translation>
    </message>
    <message>
        <source>Only the domains, task statements and topics you check.</source>
        <translation>選択した分野、タスクステートメント、トピックの問題だけを出題します。</translation>
    </message>
    <message>
        <source>No question matches this selection.</source>
        <translation>この選択に該当する問題はありません。</translation>
    </message>
    <message>
        <source>Domain %1 (%2) has %3 of the %4 questions its weight asks for.</source>
        <translation>第 %1 分野 (%2) の問題は、配点から必要な %4 問のうち %3 問しかありません。</translation>
    </message>
    <message>
        <source>The rest is taken from the other domains.</source>
        <translation>不足分は他の分野から出題します。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be asked.</source>
        <translation>
            <numerusform>%n 問を出題します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bank has only %n matching question(s): the session will be shorter.</source>
        <translation>
            <numerusform>該当する問題は %n 問しかないため、セッションは短くなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;ESL +%1 minutes (English is not my first language)</source>
        <translation>ESL +%1 分 (英語が母語ではない)(&amp;E)</translation>
    </message>
    <message>
        <source>AWS grants candidates whose first language is not English %1 more minutes on request (the &quot;ESL +30&quot; accommodation). Shiken remembers this choice.</source>
        <translation>英語を母語としない受験者は、申請により試験時間を %1 分延長できます (「ESL +30」の配慮)。この選択は次回も引き継がれます。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suspended question(s) are left out (Browse Questions lists them).</source>
        <translation>
            <numerusform>出題停止中の %Ln 問は除きます (「問題の閲覧」に一覧があります)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to the home page</source>
        <translation>ホーム画面に移動</translation>
    </message>
    <message>
        <source>Open Progress and History</source>
        <translation>「進捗と履歴」を開く</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Quit Shiken</source>
        <translation>Shiken を終了</translation>
    </message>
    <message>
        <source>Larger text in questions and explanations</source>
        <translation>問題と解説の文字を大きくする</translation>
    </message>
    <message>
        <source>Smaller text in questions and explanations</source>
        <translation>問題と解説の文字を小さくする</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>標準の文字サイズに戻す</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts of this page</source>
        <translation>この画面のキーボードショートカットを表示</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>セッションを開始</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>ホーム画面に戻る</translation>
    </message>
    <message>
        <source>1–8 or A–H</source>
        <translation>1〜8 または A〜H</translation>
    </message>
    <message>
        <source>Choose that choice (for multiple response, choose or clear it)</source>
        <translation>その選択肢を選ぶ (複数選択問題では選択と解除を切り替え)</translation>
    </message>
    <message>
        <source>Shift+A–H</source>
        <translation>Shift+A〜H</translation>
    </message>
    <message>
        <source>Strike that choice out, or restore it</source>
        <translation>その選択肢に取り消し線を引く、または元に戻す</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>前の問題</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <source>Flag the question for review, or clear the flag</source>
        <translation>問題に見直し用のフラグを付ける、または外す</translation>
    </message>
    <message>
        <source>Open the review screen</source>
        <translation>見直し画面を開く</translation>
    </message>
    <message>
        <source>End the exam or session</source>
        <translation>試験またはセッションを終了</translation>
    </message>
    <message>
        <source>Show the question in the other language</source>
        <translation>問題をもう一方の言語で表示</translation>
    </message>
    <message>
        <source>Practice: check the answer and show its explanation</source>
        <translation>練習: 解答を確認して解説を表示</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between two keys that do the same, e.g. &quot;Left or P&quot;</extracomment>
        <translation> または </translation>
    </message>
    <message>
        <source>Browse and search the questions (outside an exam)</source>
        <translation>問題を閲覧・検索する (試験中を除く)</translation>
    </message>
    <message>
        <source>Bookmark the question, or remove its bookmark</source>
        <translation>問題をブックマークする、またはブックマークを外す</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Time used of the time limit, e.g. &quot;1:25:00 of 2:40:00&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list, e.g. &quot;Domain 1, Domain 3&quot;</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shiken</source>
        <translation>Shiken</translation>
    </message>
    <message>
        <source>%1 is open in another Shiken (%2). Close it first.</source>
        <translation>%1 は別の Shiken (%2) で開かれています。先にそちらを閉じてください。</translation>
    </message>
    <message>
        <source>Cannot make the lock file %1: check that its folder exists and can be written.</source>
        <translation>ロックファイル %1 を作成できません。フォルダーが存在し、書き込めることを確認してください。</translation>
    </message>
</context>
</TS>
